// SPDX-License-Identifier: MIT
// Security checks: only bound parameters reach SQL (a source scan that fails on string-built
// SQL), CSV formula injection is neutralised on the way out, and paths inside a scenario file
// are never used to write anything.
#include "robustness.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <catalog.h>
#include <core/defaultscenario.h>
#include <core/scenariofile.h>
#include <csv.h>
#include <csvio.h>
#include <string>

#if defined(TCO_HAVE_REPORT)
#include <costmodel.h>
#include <report/deployyaml.h>
#include <repository.h>
#endif

using namespace tco;
using namespace Qt::StringLiterals;

namespace {

/// Marker for a line that builds SQL text from identifiers of the schema or the fixed table list
/// only (never from a value); it must be on one of the lines of the statement.
constexpr char kIdentifiersOnlyMarker[] = "sql-identifiers-only";

/** One statement of C++ source: its code with literals blanked, its literals, its lines. */
struct Statement
{
    QString code; ///< string and character literals replaced by "" and '', comments removed
    QStringList literals;
    int firstLine = 0; ///< 1-based
    int lastLine = 0;
};

/**
 * Splits C++ source into statements at ; { } outside literals and comments. Knows string,
 * character and raw string literals, line and block comments; enough for a heuristic scan.
 */
QList<Statement> statements(const QString &source)
{
    QList<Statement> out;
    Statement cur;
    QString literal;
    int line = 1;
    const qsizetype n = source.size();
    auto flush = [&]() {
        if (!cur.code.trimmed().isEmpty() || !cur.literals.isEmpty()) {
            cur.lastLine = line;
            out << cur;
        }
        cur = Statement();
    };
    auto touch = [&]() {
        if (cur.firstLine == 0)
            cur.firstLine = line;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source[i];
        const QChar next = i + 1 < n ? source[i + 1] : QChar();
        if (c == u'\n') {
            ++line;
            cur.code += u' ';
            continue;
        }
        if (c == u'/' && next == u'/') { // line comment
            while (i < n && source[i] != u'\n')
                ++i;
            --i;
            continue;
        }
        if (c == u'/' && next == u'*') { // block comment
            i += 2;
            while (i + 1 < n && !(source[i] == u'*' && source[i + 1] == u'/')) {
                if (source[i] == u'\n')
                    ++line;
                ++i;
            }
            ++i;
            continue;
        }
        if (c == u'R' && next == u'"'
            && (i == 0 || !(source[i - 1].isLetterOrNumber() || source[i - 1] == u'_') || source[i - 1] == u'u'
                || source[i - 1] == u'8' || source[i - 1] == u'L' || source[i - 1] == u'U')) {
            // raw string literal R"delim( ... )delim"
            touch();
            const qsizetype open = source.indexOf(u'(', i + 2);
            const QString delim = u')' + source.mid(i + 2, open - i - 2) + u'"';
            const qsizetype close = source.indexOf(delim, open);
            literal = source.mid(open + 1, close - open - 1);
            line += int(literal.count(u'\n'));
            cur.literals << literal;
            cur.code += u"\"\""_s;
            i = close + delim.size() - 1;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            touch();
            literal.clear();
            qsizetype j = i + 1;
            while (j < n && source[j] != c) {
                if (source[j] == u'\\' && j + 1 < n)
                    literal += source[j++];
                if (source[j] == u'\n')
                    ++line;
                literal += source[j++];
            }
            if (c == u'"')
                cur.literals << literal;
            cur.code += c;
            cur.code += c;
            i = j;
            continue;
        }
        if (c == u'#' && cur.code.trimmed().isEmpty()) { // preprocessor line
            while (i < n && source[i] != u'\n')
                ++i;
            --i;
            continue;
        }
        if (c == u';' || c == u'{' || c == u'}') {
            flush();
            continue;
        }
        if (!c.isSpace())
            touch();
        cur.code += c;
    }
    flush();
    return out;
}

bool looksLikeSql(const QString &literal)
{
    static const QRegularExpression keyword(QStringLiteral("\\b(SELECT|INSERT|UPDATE|DELETE|WHERE)\\b"));
    static const QRegularExpression lower(
        QStringLiteral("\\bselect\\b.*\\bfrom\\b|\\bdelete\\s+from\\b|"
                       "\\binsert\\s+(or\\s+\\w+\\s+)?into\\b|\\bupdate\\s+\\w+\\s+set\\b|"
                       "\\bwhere\\s+\\w+\\s*(=|<|>|like\\b|in\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return keyword.match(literal).hasMatch() || lower.match(literal).hasMatch();
}

/** Code that builds a string out of parts. */
bool buildsText(const QString &code)
{
    static const QRegularExpression builder(
        QStringLiteral("\\.arg\\s*\\(|(?<![+])\\+(?![+])|(?<![%])%(?![%=])|<<|\\.append\\s*\\(|\\.prepend\\s*\\(|"
                       "QString::number|QString::asprintf|fmt::format|std::format|std::to_string|sprintf"));
    return builder.match(code).hasMatch();
}

/**
 * Statements of @p source that build SQL text with .arg(), +, %, <<, QString::number, fmt and the
 * like, and do not carry the identifiers-only marker on one of their lines. Also flags later
 * changes of a variable first assigned SQL text ("sql += value").
 */
QStringList stringBuiltSql(const QString &source, const QString &file)
{
    const QStringList lines = source.split(u'\n');
    auto marked = [&](const Statement &s) {
        for (int l = s.firstLine; l <= s.lastLine && l <= lines.size(); ++l)
            if (lines[l - 1].contains(QLatin1String(kIdentifiersOnlyMarker)))
                return true;
        return false;
    };
    // "QString sql = ...", "const auto sql(...)", "sql = ..." at the start of the statement
    static const QRegularExpression assignment(
        QStringLiteral("^\\s*(?:(?:const|static|constexpr)\\s+)*(?:[\\w:<>]+\\s+)?(\\w+)\\s*(?:\\(|\\{|=(?!=))"));
    QStringList findings;
    QStringList sqlVariables;
    for (const Statement &s : statements(source)) {
        bool sql = false;
        for (const QString &l : s.literals)
            sql = sql || looksLikeSql(l);
        bool flagged = false;
        if (sql) {
            // "QString sql = u"SELECT ..."_s" : remember the variable
            const qsizetype firstLiteral = s.code.indexOf(u'"');
            const auto m = assignment.match(s.code.left(firstLiteral));
            if (m.hasMatch())
                sqlVariables << m.captured(1);
            flagged = buildsText(s.code);
        } else {
            for (const QString &v : std::as_const(sqlVariables)) {
                const QRegularExpression use(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(v)));
                if (use.match(s.code).hasMatch() && buildsText(s.code))
                    flagged = true;
            }
        }
        if (flagged && !marked(s))
            findings
                << QStringLiteral("%1:%2: %3").arg(file).arg(s.firstLine).arg(lines.value(s.firstLine - 1).trimmed());
    }
    return findings;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // ---- (a) only bound parameters in SQL

    void sqlScanFlagsStringBuiltSql_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("flagged");
        const auto row = [](const char *name, const char *code, bool flagged) {
            QTest::newRow(name) << QString::fromUtf8(code) << flagged;
        };
        row("concatenated value", "q.exec(\"SELECT * FROM gpus WHERE id = '\" + value + \"'\");", true);
        row("concatenated u_s", "q.exec(u\"DELETE FROM gpus WHERE id = '\"_s + id + u\"'\"_s);", true);
        row("arg value", "q.exec(u\"SELECT * FROM gpus WHERE id = '%1'\"_s.arg(value));", true);
        row("number", "q.prepare(QStringLiteral(\"UPDATE gpus SET price = \") + QString::number(p));", true);
        row("fmt", "const std::string s = fmt::format(\"UPDATE gpus SET price = {}\", p);", true);
        row("string builder", "q.exec(u\"SELECT id FROM gpus WHERE vendor = \"_s % vendor);", true);
        row("lower case", "q.exec(\"select * from gpus where id = \" + v);", true);
        row("multi-line", "q.exec(u\"SELECT * FROM gpus \"\n        \"WHERE id = '\"_s\n        + id);", true);
        row("built later", "QString sql = u\"SELECT * FROM gpus WHERE \"_s;\nsql += u\"id = '\"_s + id;\nq.exec(sql);",
            true);
        row("appended later", "QString sql(u\"DELETE FROM gpus WHERE id = \"_s);\nsql.append(id);\nq.exec(sql);", true);
        row("raw string", "q.exec(QString::fromUtf8(R\"(SELECT * FROM t WHERE a = ')\") + a);", true);
        row("bound", "q.prepare(u\"SELECT value FROM catalog_meta WHERE key = ?\"_s);\nq.addBindValue(key);", false);
        row("constant", "q.exec(u\"SELECT * FROM gpus ORDER BY id\"_s);", false);
        row("adjacent literals",
            "q.exec(u\"SELECT i.* FROM cloud_instances i \"\n \"JOIN r ON r.id = i.region_id\"_s);", false);
        row("marked", "q.exec(u\"SELECT COUNT(*) FROM %1\"_s.arg(table)); // sql-identifiers-only", false);
        row("marked multi-line",
            "q.prepare(u\"INSERT INTO %1 (%2) \"\n  \"VALUES (%3)\"_s.arg( // sql-identifiers-only\n  t, c, m));",
            false);
        row("in a comment", "// q.exec(\"SELECT * FROM t WHERE id = \" + id);\nint x = a + b;", false);
        row("message", "box.setText(tr(\"Delete the selected rows? %1 rows\").arg(n));", false);
        row("marker elsewhere", "// sql-identifiers-only\nq.exec(u\"SELECT * FROM t WHERE a = \"_s + a);", true);
    }
    void sqlScanFlagsStringBuiltSql()
    {
        QFETCH(QString, code);
        QFETCH(bool, flagged);
        const QStringList findings = stringBuiltSql(code, QStringLiteral("sample.cpp"));
        QVERIFY2(findings.isEmpty() != flagged, qPrintable(findings.join(u'\n') + u'\n' + code));
    }

    // Every SQL statement text in db/ and ui/ is constant, or built from schema identifiers on a
    // line marked "sql-identifiers-only"; values only ever go through bound parameters.
    void onlyBoundParametersInSql()
    {
        const QDir root(QStringLiteral(TCO_SOURCE_DIR));
        QStringList findings;
        int files = 0, markers = 0;
        for (const QString &folder : { QStringLiteral("db"), QStringLiteral("ui") }) {
            QDirIterator it(root.filePath(folder), { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString source = QString::fromUtf8(read(path));
                ++files;
                markers += int(source.count(QLatin1String(kIdentifiersOnlyMarker)));
                findings << stringBuiltSql(source, root.relativeFilePath(path));
            }
        }
        QVERIFY2(files >= 20, qPrintable(QString::number(files)));
        QVERIFY2(findings.isEmpty(),
                 qPrintable(u"string-built SQL (bind the value with ?; if the text is built from schema identifiers "
                            u"only, mark the line \"// sql-identifiers-only\"):\n"_s
                            + findings.join(u'\n')));
        QVERIFY(markers > 0);
    }

    // ---- (b) CSV formula injection

    void neutralizeFormula_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("formula") << QByteArray("=1+1") << QByteArray("'=1+1");
        QTest::newRow("hyperlink") << QByteArray("=HYPERLINK(\"http://x\")") << QByteArray("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QByteArray("+SUM(A1:A9)") << QByteArray("'+SUM(A1:A9)");
        QTest::newRow("dde") << QByteArray("-2+3+cmd|' /C calc'!A0") << QByteArray("'-2+3+cmd|' /C calc'!A0");
        QTest::newRow("at") << QByteArray("@SUM(1)") << QByteArray("'@SUM(1)");
        QTest::newRow("tab") << QByteArray("\t=1") << QByteArray("'\t=1");
        QTest::newRow("cr") << QByteArray("\r=1") << QByteArray("'\r=1");
        QTest::newRow("negative number") << QByteArray("-3.5") << QByteArray("-3.5");
        QTest::newRow("negative exponent") << QByteArray("-1e-5") << QByteArray("-1e-5");
        QTest::newRow("signed number") << QByteArray("+42") << QByteArray("+42");
        QTest::newRow("minus word") << QByteArray("-abc") << QByteArray("'-abc");
        QTest::newRow("text") << QByteArray("RTX 4090") << QByteArray("RTX 4090");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void neutralizeFormula()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QByteArray, written);
        QCOMPARE(QByteArray::fromStdString(engine::csv::neutralizeFormula(cell.toStdString())), written);
    }

    // The catalog export puts an apostrophe before text cells a spreadsheet would run, keeps
    // numbers as they are, and the import takes the apostrophe off again. (A negative cost default
    // is refused by the import since issue 21; negative numbers are covered by neutralizeFormula.)
    void catalogExportNeutralisesFormulas()
    {
        QTemporaryDir dir;
        db::Catalog c(dir.filePath(QStringLiteral("c.sqlite")));
        const QByteArray row = "key,value,unit,currency,region,description,source,as_of,notes\n"
                               "injection_test,3.5,-2+3,,global,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","
                               "+cmd|' /C calc'!A0,2026-01,@SUM(1+1)\n";
        const db::ImportResult r
            = db::importCsv(c.database(), QStringLiteral("cost_defaults"), row, QStringLiteral("inject.csv"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        const QByteArray exported = db::exportCsv(c.database(), QStringLiteral("cost_defaults"));
        std::optional<engine::csv::ParseError> error;
        const auto records
            = engine::csv::parseAll(std::string_view(exported.constData(), std::size_t(exported.size())), &error);
        QVERIFY(!error);
        const std::vector<std::string> &header = records.at(0).fields;
        auto column = [&](const char *name) {
            return std::size_t(std::find(header.begin(), header.end(), name) - header.begin());
        };
        const engine::csv::Record *found = nullptr;
        for (const engine::csv::Record &rec : records)
            if (rec.fields.at(column("key")) == "injection_test")
                found = &rec;
        QVERIFY(found);
        QCOMPARE(found->fields.at(column("value")), std::string("3.5"));
        QCOMPARE(found->fields.at(column("unit")), std::string("'-2+3"));
        QCOMPARE(found->fields.at(column("description")), std::string("'=HYPERLINK(\"http://evil.example\",\"x\")"));
        QCOMPARE(found->fields.at(column("source")), std::string("'+cmd|' /C calc'!A0"));
        QCOMPARE(found->fields.at(column("notes")), std::string("'@SUM(1+1)"));
        // No exported cell starts a formula.
        for (const engine::csv::Record &rec : records)
            for (const std::string &f : rec.fields)
                QVERIFY2(f.empty() || (f[0] != '=' && f[0] != '@' && f[0] != '\t' && f[0] != '\r'), f.c_str());

        // importing the export gives the original text back
        db::Catalog other(dir.filePath(QStringLiteral("other.sqlite")));
        const db::ImportResult back = db::importCsv(other.database(), QStringLiteral("cost_defaults"), exported,
                                                    QStringLiteral("exported.csv"), db::ImportMode::Replace);
        QVERIFY2(back.ok(), qPrintable(back.issues.value(0).toString()));
        QCOMPARE(db::exportCsv(other.database(), QStringLiteral("cost_defaults")), exported);
    }

    // ---- (c) paths inside scenario files are never used to write

    // The scenario and report writers take the output path from their caller only: no file
    // operation in them mentions a scenario's title or a tier's name.
    void writersTakeOutputPathsFromTheCallerOnly()
    {
        const QDir root(QStringLiteral(TCO_SOURCE_DIR));
        QStringList files { QStringLiteral("app/core/scenariofile.cpp") };
        QDirIterator it(root.filePath(QStringLiteral("app/report")), { QStringLiteral("*.cpp") }, QDir::Files);
        while (it.hasNext())
            files << root.relativeFilePath(it.next());
        static const QRegularExpression fileOperation(QStringLiteral(
            "\\b(QSaveFile|QFile|QDir|QTemporaryFile|QPdfWriter|QLockFile)\\b\\s*\\w*\\s*[({]|setOutputFileName|"
            "\\bmkpath\\b|\\bmkdir\\b|QFile::(copy|rename|remove|link)|std::(ofstream|fopen)|\\bfopen\\b"));
        static const QRegularExpression fromDocument(
            QStringLiteral("\\btitle\\b|\\.name\\b|\\bscenario\\.|\\btier\\.|\\bt\\.name\\b|\\bsource\\b"));
        QStringList findings;
        for (const QString &file : files) {
            const QStringList lines = QString::fromUtf8(read(root.filePath(file))).split(u'\n');
            QVERIFY2(!lines.isEmpty(), qPrintable(file));
            for (int i = 0; i < lines.size(); ++i)
                if (fileOperation.match(lines[i]).hasMatch() && fromDocument.match(lines[i]).hasMatch())
                    findings << QStringLiteral("%1:%2: %3").arg(file).arg(i + 1).arg(lines[i].trimmed());
        }
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(u'\n')));
        // saveScenarioFile opens exactly the path it is given
        const QString source = QString::fromUtf8(read(root.filePath(QStringLiteral("app/core/scenariofile.cpp"))));
        QCOMPARE(source.count(QStringLiteral("QSaveFile file(path)")), 1);
        QCOMPARE(source.count(QStringLiteral("QSaveFile ")), 1);
    }

    // A scenario whose title and tier names are paths (relative ones climbing out, absolute ones)
    // saves and loads with nothing written anywhere but the chosen file.
    void pathsInAScenarioAreNeverWritten()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("work/inner"));
        QVERIFY(QDir().mkpath(folder));
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(outside));
        engine::Scenario s = app::defaultScenario();
        s.title = "../../etc/passwd";
        const std::string absolute = QDir(outside).filePath(QStringLiteral("evil.tcoplan")).toStdString();
        const QStringList names { QStringLiteral("../../etc/passwd"), QString::fromStdString(absolute),
                                  QStringLiteral("/tmp/../../root/.bashrc"),
                                  QStringLiteral("..\\..\\windows\\system32") };
        for (std::size_t i = 0; i < s.tiers.size(); ++i)
            s.tiers[i].name = names[qsizetype(i) % names.size()].toStdString();
        s.tiers[0].stack = absolute;
        s.workload.model = "../../../../tmp/model";
        if (s.tiers[0].published)
            s.tiers[0].published->source = absolute;

        const QStringList before = tco::robustness::listTree(dir.path());
        const QString path = QDir(folder).filePath(QStringLiteral("chosen.tcoplan"));
        QString error;
        QVERIFY2(app::saveScenarioFile(s, path, &error), qPrintable(error));
        const app::ScenarioLoad load = app::loadScenarioFile(path);
        QVERIFY(!load.problems.isEmpty() || load.ok());
        QCOMPARE(load.bestEffort.title, s.title);
        QCOMPARE(load.bestEffort.tiers.size(), s.tiers.size());
        QCOMPARE(load.bestEffort.tiers[1].name, s.tiers[1].name);
        QVERIFY(app::saveScenarioFile(load.bestEffort, path, &error));
        QStringList expected = before;
        expected << QStringLiteral("work/inner/chosen.tcoplan");
        expected.sort();
        QCOMPARE(tco::robustness::listTree(dir.path()), expected);
        QVERIFY(!QFile::exists(QString::fromStdString(absolute)));
    }

#if defined(TCO_HAVE_REPORT)
    // The deployment files are named from the tier name, reduced to a Kubernetes name: a path in
    // the name cannot leave the chosen folder.
    void deploymentFileNamesStayInTheFolder()
    {
        for (const char *name : { "../../etc/passwd", "/etc/cron.d/evil", "..\\..\\x", "..", "/", "" }) {
            const QString k = QString::fromStdString(report::kubernetesName(name, 0));
            QVERIFY2(!k.isEmpty() && !k.contains(u'/') && !k.contains(u'\\') && !k.contains(u'.'), qPrintable(k));
        }
        QTemporaryDir dir;
        engine::CatalogSnapshot catalog;
        {
            db::Catalog c(dir.filePath(QStringLiteral("c.sqlite")));
            catalog = db::loadSnapshot(c.database());
        }
        engine::Scenario s = app::defaultScenario(catalog);
        for (engine::Tier &t : s.tiers)
            t.name = "../../etc/passwd";
        const engine::Result result = engine::evaluate(s, catalog);
        const QString out = dir.filePath(QStringLiteral("deploy"));
        const QStringList before = tco::robustness::listTree(dir.path());
        int written = 0;
        for (int i = 0; i < int(s.tiers.size()); ++i) {
            const report::DeployOutput files = report::deploymentFiles(s, result, catalog, i);
            if (!files.ok())
                continue;
            QStringList paths;
            QString error;
            QVERIFY2(report::writeDeploymentFiles(files, out, &paths, &error), qPrintable(error));
            for (const QString &p : paths) {
                QVERIFY2(QFileInfo(p).absolutePath() == QFileInfo(out).absoluteFilePath(), qPrintable(p));
                ++written;
            }
        }
        QVERIFY(written > 0);
        for (const QString &entry : tco::robustness::listTree(dir.path()))
            QVERIFY2(before.contains(entry) || entry == u"deploy"_s || entry.startsWith(u"deploy/"_s),
                     qPrintable(entry));
    }
#endif
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
