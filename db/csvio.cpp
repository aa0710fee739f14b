// SPDX-License-Identifier: MIT
#include "csvio.h"

#include "csv.h"
#include "schema.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;
namespace csv = tco::engine::csv;

namespace tco::db {

QString ImportIssue::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    if (!columnName.isEmpty())
        where += u" ("_s + columnName + u')';
    return where + u": "_s + reason;
}

namespace {

/// Records between two progress callbacks during an import.
constexpr int kProgressEveryRecords = 4096;

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/** Strict C-locale number parsing: no thousands separators, no units, finite values only. */
std::optional<double> parseNumber(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString formatNumber(double v)
{
    char buf[64];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? QString::fromLatin1(buf, ptr - buf) : QString();
}

class Importer
{
public:
    Importer(const QSqlDatabase &db, const QString &table, const QString &file, ImportMode mode)
        : m_db(db), m_file(file), m_mode(mode)
    {
        m_info = describeTable(db, table);
    }

    ImportResult run(const QByteArray &data, TransactionMode transaction, const ImportProgress &progress);

private:
    void issue(qint64 line, int column, const QString &reason)
    {
        if (m_result.issues.size() < kMaxImportIssues) {
            const QString name = column > 0 && column <= m_header.size() ? m_header[column - 1] : QString();
            m_result.issues.append({m_file, line, column, name, reason});
        }
    }
    bool full() const { return m_result.issues.size() >= kMaxImportIssues; }
    bool readHeader(const csv::Record &rec);
    void loadReferenceKeys();
    bool convertRecord(const csv::Record &rec, QVariantList &values, QString &key);
    bool write(const QList<QVariantList> &rows, const QList<qint64> &lines, const QStringList &keys,
               const QList<qint64> &ends, qint64 total, const ImportProgress &progress);

    QSqlDatabase m_db;
    QString m_file;
    ImportMode m_mode;
    TableInfo m_info;
    QStringList m_header;
    QList<int> m_headerColumn;              ///< header position -> table column index
    QList<int> m_keyFields;                 ///< header positions of the primary key
    QHash<int, QSet<QString>> m_refKeys;    ///< header position -> keys existing in the referenced table
    ImportResult m_result;
};

bool Importer::readHeader(const csv::Record &rec)
{
    QSet<QString> seen;
    for (std::size_t i = 0; i < rec.fields.size(); ++i) {
        const QString name = QString::fromUtf8(rec.fields[i]).trimmed();
        m_header << name;
        const int col = m_info.indexOf(name);
        m_headerColumn << col;
        const int pos = int(i) + 1;
        if (col < 0)
            issue(rec.line, pos, QObject::tr("unknown column \"%1\" for table %2 (expected: %3)")
                                     .arg(name, m_info.name, m_info.columnNames().join(u", "_s)));
        else if (seen.contains(name))
            issue(rec.line, pos, QObject::tr("column \"%1\" appears twice in the header").arg(name));
        seen.insert(name);
        if (col >= 0 && m_info.columns[col].primaryKey)
            m_keyFields << int(i);
    }
    for (const ColumnInfo &c : m_info.columns)
        if ((c.required() || c.primaryKey) && !seen.contains(c.name))
            issue(rec.line, 0, QObject::tr("required column \"%1\" is missing from the header").arg(c.name));
    return m_result.issues.isEmpty();
}

void Importer::loadReferenceKeys()
{
    for (int i = 0; i < m_headerColumn.size(); ++i) {
        const ColumnInfo &c = m_info.columns[m_headerColumn[i]];
        if (c.refTable.isEmpty() || !isCatalogTable(c.refTable))
            continue;
        QSet<QString> keys;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Table and column names come from the schema itself, never from the CSV.
        q.exec(u"SELECT %1 FROM %2"_s.arg(c.refColumn, c.refTable)); // sql-identifiers-only
        while (q.next())
            keys.insert(q.value(0).toString());
        m_refKeys.insert(i, keys);
    }
}

bool Importer::convertRecord(const csv::Record &rec, QVariantList &values, QString &key)
{
    const int before = m_result.issues.size();
    values.clear();
    key.clear();
    for (int i = 0; i < m_header.size(); ++i) {
        const ColumnInfo &c = m_info.columns[m_headerColumn[i]];
        const std::string &raw = rec.fields[std::size_t(i)];
        const int pos = i + 1;
        QString text = QString::fromUtf8(raw);
        if (text.trimmed().isEmpty()) {
            if (c.required() || c.primaryKey)
                issue(rec.line, pos, QObject::tr("a value is required"));
            // NOT NULL with a default: store the schema's default, not NULL.
            values << (c.notNull ? c.defaultValue
                                 : QVariant(QMetaType(c.type == ColumnType::Text ? QMetaType::QString
                                                                                : QMetaType::Double)));
            continue;
        }
        if (c.isNumeric()) {
            const std::optional<double> v = parseNumber(raw);
            if (!v) {
                issue(rec.line, pos, QObject::tr("\"%1\" is not a number").arg(text));
                values << QVariant();
                continue;
            }
            if (c.isMoney() && *v < 0) {
                issue(rec.line, pos, QObject::tr("negative price %1").arg(text.trimmed()));
            }
            if (c.type == ColumnType::Integer) {
                if (std::trunc(*v) != *v || std::fabs(*v) > 9.0e15) {
                    issue(rec.line, pos, QObject::tr("\"%1\" is not a whole number").arg(text));
                    values << QVariant();
                    continue;
                }
                values << QVariant(qlonglong(*v));
            } else {
                values << QVariant(*v);
            }
            text = values.last().toString();
        } else {
            // Undo the apostrophe that exportCsv() adds against formula injection.
            if (text.size() >= 2 && text[0] == u'\'' && isFormulaStart(text[1]))
                text.remove(0, 1);
            values << QVariant(text);
        }
        if (const auto it = m_refKeys.constFind(i); it != m_refKeys.constEnd() && !it->contains(text))
            issue(rec.line, pos, QObject::tr("unknown %1 reference \"%2\" (no such %3 in table %1)")
                                     .arg(c.refTable, text, c.refColumn));
        if (m_keyFields.contains(i))
            key += (key.isEmpty() ? QString() : u"\x1f"_s) + text;
    }
    return m_result.issues.size() == before;
}

bool Importer::write(const QList<QVariantList> &rows, const QList<qint64> &lines, const QStringList &keys,
                     const QList<qint64> &ends, qint64 total, const ImportProgress &progress)
{
    const QStringList pk = m_info.primaryKey();
    QStringList cols, marks, updates;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString &name = m_info.columns[m_headerColumn[i]].name;
        cols << name;
        marks << u"?"_s;
        if (!pk.contains(name))
            updates << name + u" = excluded."_s + name;
    }
    QStringList pkMatch;
    for (const QString &k : pk)
        pkMatch << k + u" = ?"_s;

    // Identifiers come from the schema (validated header); every value is a bound parameter.
    QSqlQuery exists(m_db), upsert(m_db);
    exists.prepare(u"SELECT 1 FROM %1 WHERE %2"_s.arg(m_info.name, pkMatch.join(u" AND "_s))); // sql-identifiers-only
    upsert.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5"_s.arg( // sql-identifiers-only
        m_info.name, cols.join(u", "_s), marks.join(u", "_s), pk.join(u", "_s),
        updates.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + updates.join(u", "_s)));

    for (int r = 0; r < rows.size() && !full(); ++r) {
        // writing is the second half of the work: the row's end in the file, halved, past the middle
        if (progress && r % kProgressEveryRecords == kProgressEveryRecords - 1
            && !progress(total - total / 2 + ends[r] / 2, total)) {
            m_result.cancelled = true;
            return false;
        }
        const QVariantList &values = rows[r];
        for (int f : m_keyFields)
            exists.addBindValue(values[f]);
        const bool existed = exists.exec() && exists.next();
        exists.finish();
        for (const QVariant &v : values)
            upsert.addBindValue(v);
        if (!upsert.exec()) {
            issue(lines[r], 0, QObject::tr("rejected by the catalog: %1").arg(upsert.lastError().databaseText()));
            continue;
        }
        existed ? ++m_result.updated : ++m_result.inserted;
    }

    if (m_mode == ImportMode::Replace && m_result.issues.isEmpty()) {
        const QSet<QString> keep(keys.cbegin(), keys.cend());
        QSqlQuery all(m_db), del(m_db);
        all.setForwardOnly(true);
        all.exec(u"SELECT %1 FROM %2"_s.arg(pk.join(u", "_s), m_info.name)); // sql-identifiers-only
        del.prepare(u"DELETE FROM %1 WHERE %2"_s.arg(m_info.name, pkMatch.join(u" AND "_s))); // sql-identifiers-only
        QList<QVariantList> doomed;
        while (all.next()) {
            QVariantList k;
            QString joined;
            for (int i = 0; i < pk.size(); ++i) {
                k << all.value(i);
                joined += (i ? u"\x1f"_s : QString()) + all.value(i).toString();
            }
            if (!keep.contains(joined))
                doomed << k;
        }
        for (const QVariantList &k : doomed) {
            for (const QVariant &v : k)
                del.addBindValue(v);
            if (!del.exec()) {
                QStringList shown;
                for (const QVariant &v : k)
                    shown << v.toString();
                issue(0, 0, QObject::tr("cannot remove %1 \"%2\", which is not in the file: other catalog rows "
                                        "still refer to it (%3)")
                                .arg(m_info.name, shown.join(u", "_s), del.lastError().databaseText()));
                if (full())
                    break;
                continue;
            }
            ++m_result.deleted;
        }
    }
    return m_result.issues.isEmpty();
}

ImportResult Importer::run(const QByteArray &data, TransactionMode transaction, const ImportProgress &progress)
{
    if (m_info.columns.isEmpty()) {
        issue(0, 0, QObject::tr("unknown catalog table \"%1\" (tables: %2)")
                        .arg(m_info.name, catalogTables().join(u", "_s)));
        return m_result;
    }
    csv::Reader reader(std::string_view(data.constData(), std::size_t(data.size())));
    csv::Record rec;
    bool haveHeader = false;
    QList<QVariantList> rows;
    QList<qint64> lines, ends;
    QStringList keys;
    QHash<QString, qint64> firstLineOfKey;
    QVariantList values;
    QString key;
    int count = 0;
    while (reader.next(rec)) {
        if (rec.fields.size() == 1 && rec.fields[0].empty())
            continue; // blank line
        if (!haveHeader) {
            haveHeader = true;
            if (!readHeader(rec))
                return m_result;
            loadReferenceKeys();
            continue;
        }
        // reading is the first half of the work
        if (progress && ++count % kProgressEveryRecords == 0 && !progress(qint64(reader.position()) / 2, data.size())) {
            m_result.cancelled = true;
            return m_result;
        }
        if (rec.fields.size() != std::size_t(m_header.size())) {
            issue(rec.line, 0, QObject::tr("wrong number of fields: expected %1, found %2")
                                   .arg(m_header.size()).arg(rec.fields.size()));
            if (full())
                return m_result;
            continue;
        }
        if (!convertRecord(rec, values, key)) {
            if (full())
                return m_result;
            continue;
        }
        if (const auto it = firstLineOfKey.constFind(key); it != firstLineOfKey.constEnd()) {
            issue(rec.line, m_keyFields.isEmpty() ? 0 : m_keyFields.first() + 1,
                  QObject::tr("duplicate key \"%1\" (first on line %2)").arg(QString(key).replace(u'\x1f', u", "_s)).arg(*it));
            continue;
        }
        firstLineOfKey.insert(key, rec.line);
        rows << values;
        lines << qint64(rec.line);
        keys << key;
        ends << qint64(reader.position());
    }
    if (const auto &err = reader.error())
        m_result.issues.append({m_file, qint64(err->line), int(err->column),
                                err->column > 0 && int(err->column) <= m_header.size() ? m_header[int(err->column) - 1] : QString(),
                                QObject::tr("malformed CSV: %1").arg(QString::fromStdString(err->message))});
    if (!haveHeader && m_result.issues.isEmpty())
        issue(0, 0, QObject::tr("the file is empty: a header row with column names is required"));
    if (!m_result.issues.isEmpty())
        return m_result;

    // BEGIN IMMEDIATE takes the write lock now, waiting up to the busy timeout for another
    // program's write to finish. A plain (deferred) BEGIN would take it only at the first insert,
    // after the existence check's read lock, and fail at once with "database is locked" when
    // another program's import is committing (SQLite does not wait where waiting could deadlock).
    if (transaction == TransactionMode::Own) {
        QSqlQuery begin(m_db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
            issue(0, 0, QObject::tr("cannot start a transaction: %1").arg(begin.lastError().text()));
            return m_result;
        }
    }
    const bool ok = write(rows, lines, keys, ends, data.size(), progress);
    if (transaction == TransactionMode::Own) {
        if (ok && m_db.commit())
            return m_result;
        if (ok)
            issue(0, 0, QObject::tr("cannot commit: %1").arg(m_db.lastError().text()));
        m_db.rollback();
    }
    if (!m_result.issues.isEmpty() || m_result.cancelled)
        m_result.inserted = m_result.updated = m_result.deleted = 0;
    return m_result;
}

} // namespace

ImportResult importCsv(const QSqlDatabase &db, const QString &table, const QByteArray &data,
                       const QString &fileLabel, ImportMode mode, TransactionMode transaction,
                       const ImportProgress &progress)
{
    Importer importer(db, table, fileLabel, mode);
    return importer.run(data, transaction, progress);
}

ImportResult importCsvFile(const QSqlDatabase &db, const QString &table, const QString &path,
                           ImportMode mode, const ImportProgress &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ImportResult r;
        r.issues.append({path, 0, 0, {}, QObject::tr("cannot read the file: %1").arg(f.errorString())});
        return r;
    }
    return importCsv(db, table, f.readAll(), path, mode, TransactionMode::Own, progress);
}

QByteArray exportCsv(const QSqlDatabase &db, const QString &table)
{
    const TableInfo info = describeTable(db, table);
    if (info.columns.isEmpty())
        return {};
    std::string out(csv::kUtf8Bom);
    std::vector<std::string> fields;
    for (const ColumnInfo &c : info.columns)
        fields.push_back(c.name.toStdString());
    csv::appendRecord(out, fields);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(info.columnNames().join(u", "_s), info.name, // sql-identifiers-only
                                                  info.primaryKey().join(u", "_s)));
    while (q.next()) {
        fields.clear();
        for (int i = 0; i < info.columns.size(); ++i) {
            const QVariant v = q.value(i);
            const ColumnInfo &c = info.columns[i];
            QString text;
            if (v.isNull())
                text.clear();
            else if (c.type == ColumnType::Real)
                text = formatNumber(v.toDouble());
            else if (c.type == ColumnType::Integer)
                text = QString::number(v.toLongLong());
            else {
                text = v.toString();
                if (!text.isEmpty() && isFormulaStart(text[0]))
                    text.prepend(u'\'');
            }
            fields.push_back(text.toStdString());
        }
        csv::appendRecord(out, fields);
    }
    return QByteArray::fromStdString(out);
}

QString exportCsvFile(const QSqlDatabase &db, const QString &table, const QString &path)
{
    if (!isCatalogTable(table))
        return QObject::tr("unknown catalog table \"%1\"").arg(table);
    QSaveFile f(path);
    // Unbuffered, every write checked: through Qt's buffer a short write (a full disk, a file-size
    // limit) is dropped at commit() and reported as success. A failed save leaves the old file.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
    const QByteArray data = exportCsv(db, table);
    for (qint64 done = 0; done < data.size();) {
        // after a short write, the next one fails with the system's reason (ENOSPC, EFBIG)
        const qint64 written = f.write(data.constData() + done, data.size() - done);
        if (written <= 0)
            return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
        done += written;
    }
    if (!f.commit())
        return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

} // namespace tco::db
