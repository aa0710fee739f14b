// SPDX-License-Identifier: MIT
// tco-cli catalog: tables | list TABLE [--format table|csv|json] | export TABLE FILE |
//                  import TABLE FILE [--replace [--cascade]] | info | reset
#include "catalog.h"
#include "commands.h"
#include "csvio.h"
#include "schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

/// Longest cell shown by `list --format table`; longer text is cut with an ellipsis.
constexpr int kMaxTableCellChars = 40;

void printCatalogUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] catalog <action>\n\n"
         "Actions:\n"
         "  tables                           the catalog's tables with their row counts\n"
         "  list TABLE [--format table|csv|json]\n"
         "                                   print a table (default: an aligned text table)\n"
         "  export TABLE FILE.csv            write a table as CSV (UTF-8 with BOM, RFC 4180); FILE is\n"
         "                                   replaced only if it is a regular file, never the catalog\n"
         "  import TABLE FILE.csv [--replace [--cascade]]\n"
         "                                   add or update rows from CSV (UTF-8, a regular file of at\n"
         "                                   most 256 MiB); with --replace the table afterwards holds\n"
         "                                   exactly the file's rows. A replace that would also remove\n"
         "                                   rows of other tables (rows referring to removed ones) is\n"
         "                                   refused with the counts per table unless --cascade is\n"
         "                                   given. All or nothing: any error leaves the catalog\n"
         "                                   unchanged (exit 1)\n"
         "  info                             the catalog file, its schema version and creation date\n"
         "  reset                            replace the catalog with the bundled defaults (the old\n"
         "                                   file is kept as a backup); only a catalog is reset\n";
}

bool checkTable(CliContext &ctx, const QString &table)
{
    if (db::isCatalogTable(table))
        return true;
    ctx.err << "tco-cli catalog: unknown table \"" << table << "\". Tables: " << db::catalogTables().join(u", "_s)
            << "\n\n";
    printCatalogUsage(ctx.err);
    return false;
}

int listTable(CliContext &ctx, const db::Catalog &catalog, const QString &table, const QString &format)
{
    const QSqlDatabase database = catalog.database();
    if (format == "csv"_L1) {
        // Same bytes as `export`, without the BOM (stdout goes to pipes, not spreadsheets).
        QByteArray data = db::exportCsv(database, table);
        if (data.startsWith("\xEF\xBB\xBF"))
            data.remove(0, 3);
        ctx.out << QString::fromUtf8(data);
        return kExitOk;
    }
    const db::TableInfo info = db::describeTable(database, table);
    QSqlQuery q(database);
    q.setForwardOnly(true);
    q.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(info.columnNames().join(u", "_s), table,
                                                  info.primaryKey().join(u", "_s)));
    if (format == "json"_L1) {
        QJsonArray rows;
        while (q.next()) {
            QJsonObject o;
            for (int i = 0; i < info.columns.size(); ++i) {
                const QVariant v = q.value(i);
                if (v.isNull())
                    o.insert(info.columns[i].name, QJsonValue::Null);
                else if (info.columns[i].type == db::ColumnType::Text)
                    o.insert(info.columns[i].name, v.toString());
                else
                    o.insert(info.columns[i].name, v.toDouble());
            }
            rows.append(o);
        }
        ctx.out << escapeControls(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)),
                                  EscapeStyle::Json);
        return kExitOk;
    }
    // Aligned text table.
    QList<QStringList> cells;
    QStringList header;
    for (const db::ColumnInfo &c : info.columns) {
        const QString unit = db::columnUnit(c.name);
        header << (unit.isEmpty() ? c.name : c.name + u" ["_s + unit + u']');
    }
    cells << header;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < info.columns.size(); ++i) {
            QString text = escapeControls(q.value(i).toString().simplified());
            if (text.size() > kMaxTableCellChars)
                text = text.left(kMaxTableCellChars - 1) + u'…';
            row << text;
        }
        cells << row;
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : cells)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    for (const QStringList &row : cells) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += (i ? u"  "_s : QString()) + row[i].leftJustified(widths[i]);
        ctx.out << line.trimmed() << '\n';
    }
    ctx.out << "(" << cells.size() - 1 << " rows)\n";
    return kExitOk;
}

} // namespace

int runCatalogCommand(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == "--help"_L1 || args.first() == "-h"_L1) {
        printCatalogUsage(args.isEmpty() ? ctx.err : ctx.out);
        return args.isEmpty() ? kExitUsage : kExitOk;
    }
    const QString action = args.first();
    QStringList positional;
    QString format = u"table"_s;
    bool replace = false;
    bool cascade = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == "--format"_L1 && i + 1 < args.size()) {
            format = args[++i];
        } else if (a.startsWith("--format="_L1)) {
            format = a.mid(9);
        } else if (a == "--replace"_L1) {
            replace = true;
        } else if (a == "--cascade"_L1) {
            cascade = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            ctx.err << "tco-cli catalog: unknown option " << a << "\n\n";
            printCatalogUsage(ctx.err);
            return kExitUsage;
        } else {
            positional << a;
        }
    }
    if (format != "table"_L1 && format != "csv"_L1 && format != "json"_L1) {
        ctx.err << "tco-cli catalog: unknown format \"" << format << "\" (use table, csv or json)\n\n";
        printCatalogUsage(ctx.err);
        return kExitUsage;
    }
    struct Arity
    {
        QLatin1StringView action;
        int count;
    };
    static const Arity arities[] = { { "tables"_L1, 0 }, { "list"_L1, 1 }, { "export"_L1, 2 },
                                     { "import"_L1, 2 }, { "info"_L1, 0 }, { "reset"_L1, 0 } };
    const auto arity
        = std::find_if(std::begin(arities), std::end(arities), [&](const Arity &a) { return a.action == action; });
    if (arity == std::end(arities)) {
        ctx.err << "tco-cli catalog: unknown action \"" << action << "\"\n\n";
        printCatalogUsage(ctx.err);
        return kExitUsage;
    }
    if (positional.size() != arity->count) {
        ctx.err << "tco-cli catalog " << action << ": expected " << arity->count << " argument(s), got "
                << positional.size() << "\n\n";
        printCatalogUsage(ctx.err);
        return kExitUsage;
    }
    if (positional.size() >= 1 && action != "tables"_L1 && !checkTable(ctx, positional[0]))
        return kExitUsage;
    if ((replace || cascade) && action != "import"_L1) {
        ctx.err << "tco-cli catalog " << action << ": " << (replace ? "--replace" : "--cascade")
                << " applies to import only\n\n";
        printCatalogUsage(ctx.err);
        return kExitUsage;
    }
    if (cascade && !replace) {
        ctx.err << "tco-cli catalog import: --cascade applies to --replace only (a merge removes no rows)\n\n";
        printCatalogUsage(ctx.err);
        return kExitUsage;
    }

    try {
        if (action == "reset"_L1) {
            const QString backup = db::Catalog::resetToDefaults(ctx.dbPath);
            ctx.out << "Catalog " << escapeControls(ctx.dbPath) << " reset to the bundled defaults.\n";
            if (!backup.isEmpty())
                ctx.out << "The previous catalog was kept as " << escapeControls(backup) << '\n';
            return kExitOk;
        }
        const auto catalog = ctx.openCatalog();
        if (!catalog->backupPath().isEmpty())
            ctx.err << "Catalog upgraded to schema version " << db::Catalog::latestSchemaVersion()
                    << "; the previous file was kept as " << catalog->backupPath() << '\n';
        if (action == "tables"_L1) {
            for (const QString &t : db::catalogTables())
                ctx.out << t.leftJustified(24) << catalog->rowCount(t) << '\n';
            return kExitOk;
        }
        if (action == "info"_L1) {
            ctx.out << "file:           " << escapeControls(catalog->path()) << '\n'
                    << "schema version: " << db::Catalog::latestSchemaVersion() << '\n'
                    << "created:        " << escapeControls(catalog->meta(u"created_at"_s)) << '\n'
                    << "seed version:   " << escapeControls(catalog->meta(u"seed_version"_s)) << '\n';
            return kExitOk;
        }
        if (action == "list"_L1)
            return listTable(ctx, *catalog, positional[0], format);
        if (action == "export"_L1) {
            // Through the checked writer: never onto the catalog itself, a device or a folder.
            if (!ctx.writeOutput("catalog export", positional[1], db::exportCsv(catalog->database(), positional[0])))
                return kExitFailure;
            ctx.out << "Wrote " << catalog->rowCount(positional[0]) << " rows of " << positional[0] << " to "
                    << escapeControls(positional[1]) << '\n';
            return kExitOk;
        }
        // import
        const db::ImportMode mode = !replace ? db::ImportMode::Merge
            : cascade                        ? db::ImportMode::ReplaceCascade
                                             : db::ImportMode::Replace;
        const db::ImportResult r = db::importCsvFile(catalog->database(), positional[0], positional[1], mode);
        if (!r.ok()) {
            for (const db::ImportIssue &issue : r.issues)
                ctx.err << issue.toString() << '\n';
            if (r.issues.size() >= db::kMaxImportIssues)
                ctx.err << "(stopped after " << db::kMaxImportIssues << " problems)\n";
            if (r.needsCascade) {
                ctx.err << "The replace would remove:\n";
                for (const db::TableCount &c : r.removed)
                    ctx.err << "  " << c.table.leftJustified(24) << c.rows << '\n';
                ctx.err << "Run it again with --cascade to remove the rows of the other tables too.\n";
            }
            ctx.err << "Nothing was imported: the catalog is unchanged.\n";
            return kExitFailure;
        }
        ctx.out << "Imported " << escapeControls(positional[1]) << " into " << positional[0] << ": " << r.inserted
                << " added, " << r.updated << " updated, " << r.deleted << " removed.\n";
        if (r.cascadedRows() > 0) {
            ctx.out << "Also removed, with the rows they referred to:\n";
            for (qsizetype i = 1; i < r.removed.size(); ++i)
                ctx.out << "  " << r.removed[i].table.leftJustified(24) << r.removed[i].rows << '\n';
        }
        return kExitOk;
    } catch (const db::CatalogError &e) {
        ctx.err << "tco-cli: " << e.message() << '\n';
        return kExitFailure;
    }
}

} // namespace tco::cli
