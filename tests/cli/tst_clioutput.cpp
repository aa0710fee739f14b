// SPDX-License-Identifier: MIT
// What tco-cli writes and prints (issue 21): outputs that would replace a device, a FIFO, a
// folder or an input are refused; short writes (a full device, a file-size limit) fail with the
// system's reason and leave the target as it was; standard output is checked; names with control
// characters reach the terminal escaped. The real binary runs as a child process throughout.
#include "catalog.h"
#include "clicontext.h"
#include "csv.h"
#include "csvio.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

/// Bounded wait for one tco-cli run, ms.
constexpr int kRunTimeout_ms = 120000;
/// File-size limit of the "full disk" runs, in bash's `ulimit -f` units (1024 bytes).
constexpr int kFileSizeLimit_kib = 4;

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

struct RunOptions
{
    QString workDir;
    QString stdoutFile; ///< standard output goes to this file (e.g. /dev/full)
    bool fileSizeLimit = false; ///< run under `ulimit -f kFileSizeLimit_kib`
};

Run runCli(const QStringList &args, const RunOptions &options = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    if (!options.workDir.isEmpty())
        p.setWorkingDirectory(options.workDir);
    if (!options.stdoutFile.isEmpty())
        p.setStandardOutputFile(options.stdoutFile, QIODevice::Append);
    if (options.fileSizeLimit)
        p.start(u"bash"_s,
                QStringList { u"-c"_s, u"ulimit -f %1 && exec \"$0\" \"$@\""_s.arg(kFileSizeLimit_kib),
                              QStringLiteral(TCO_CLI_EXE) }
                    + args);
    else
        p.start(QStringLiteral(TCO_CLI_EXE), args);
    if (!p.waitForFinished(kRunTimeout_ms))
        return { -1, {}, u"timed out"_s };
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/** Every entry under @p dir with its type (so a FIFO replaced by a file shows), sorted. */
QStringList listTree(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st = {};
        const int type = ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & S_IFMT) : -1;
        entries << u"%1 %2"_s.arg(QDir(dir).relativeFilePath(path)).arg(type, 0, 8);
    }
    entries.sort();
    return entries;
}

mode_t fileType(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

/// A cases file for predict: one row of the calibration file's kind.
const QByteArray kCases = "gpu,gpu_count,model,precision,batch,input_len,output_len\n"
                          "RTX 4090 24GB,1,CodeLlama-7B,FP16,1,128,128\n";
/// A measurements file for calibrate.
const QByteArray kMeasured = "gpu,gpu_count,model,precision,batch_or_concurrency,input_len,output_len,metric,value\n"
                             "RTX 4090 24GB,1,CodeLlama-7B,FP16,1,0,128,tok_s_per_user,61.03\n";

/** @p from with tier @p tier (and the title when @p title) renamed to @p name, written to @p to. */
bool writeRenamedScenario(const QString &from, const QString &to, qsizetype tier, const QString &name, bool title)
{
    QJsonObject root = QJsonDocument::fromJson(readFile(from)).object();
    QJsonArray tiers = root.value(u"tiers"_s).toArray();
    QJsonObject renamed = tiers.at(tier).toObject();
    renamed.insert(u"name"_s, name);
    tiers.replace(tier, renamed);
    root.insert(u"tiers"_s, tiers);
    if (title)
        root.insert(u"title"_s, name);
    return writeFile(to, QJsonDocument(root).toJson());
}

/** Characters that must never reach the terminal raw (the line feed ends lines and is allowed). */
bool isDangerous(char32_t c)
{
    return (c < 0x20 && c != u'\n') || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString firstDangerous(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (isDangerous(c))
            return u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0'));
    return {};
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void escapeControls_data();
    void escapeControls();

    void refusesNonRegularTargets_data();
    void refusesNonRegularTargets();

    void refusesToReplaceAnInput_data();
    void refusesToReplaceAnInput();

    void fullStandardOutputFails_data();
    void fullStandardOutputFails();

    void fileSizeLimitLeavesTheTarget_data();
    void fileSizeLimitLeavesTheTarget();

    void writeErrorsNameTheSystemsReason_data();
    void writeErrorsNameTheSystemsReason();

    void csvCompanionsAreCsvFiles();

    void controlCharactersAreEscapedOnTheTerminal();
    void machineFormatsKeepHostileNamesExact();

    void catalogWriterReportsShortWrites();

private:
    /**
     * A fresh folder with s.tcoplan, catalog.sqlite, cases.csv and measured.csv; with @p name,
     * also h.tcoplan: s.tcoplan with tier @p tier (and the title when @p title) called @p name.
     */
    QString workFolder(QTemporaryDir &dir, qsizetype tier = -1, const QString &name = {}, bool title = false);

    QTemporaryDir m_dir;
    QString m_db; ///< a catalog made once, copied into each work folder
    QString m_scenario;
    QString m_deployFile; ///< the name deploy gives the first tier's file
};

void TestCliOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"catalog.sqlite"_s);
    m_scenario = m_dir.filePath(u"s.tcoplan"_s);
    Run r = runCli({ u"--db"_s, m_db, u"scenario"_s, u"template"_s, u"--out"_s, m_scenario });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString out = m_dir.filePath(u"deploy"_s);
    r = runCli({ u"--db"_s, m_db, u"deploy"_s, u"--scenario"_s, m_scenario, u"--tier"_s, u"1"_s, u"--out"_s, out });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList files = QDir(out).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    m_deployFile = files.first();
}

QString TestCliOutput::workFolder(QTemporaryDir &dir, qsizetype tier, const QString &name, bool title)
{
    if (!dir.isValid())
        return {};
    const QString path = QFileInfo(dir.path()).canonicalFilePath();
    if (!QFile::copy(m_db, path + u"/catalog.sqlite"_s) || !QFile::copy(m_scenario, path + u"/s.tcoplan"_s)
        || !writeFile(path + u"/cases.csv"_s, kCases) || !writeFile(path + u"/measured.csv"_s, kMeasured))
        return {};
    if (tier >= 0 && !writeRenamedScenario(m_scenario, path + u"/h.tcoplan"_s, tier, name, title))
        return {};
    return path;
}

void TestCliOutput::escapeControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("visible");
    QTest::addColumn<QString>("json");
    QTest::newRow("plain") << u"GPU cluster (4x H100) — 集群"_s << u"GPU cluster (4x H100) — 集群"_s
                           << u"GPU cluster (4x H100) — 集群"_s;
    QTest::newRow("ESC sequence") << u"a\x1b[2Jb"_s << u"a\\x1b[2Jb"_s << u"a\x1b[2Jb"_s;
    QTest::newRow("CR LF TAB") << u"a\rb\nc\td"_s << u"a\\rb\\nc\\td"_s << u"a\rb\nc\td"_s;
    QTest::newRow("NUL") << QString(u"a\0b"_s) << u"a\\x00b"_s << QString(u"a\0b"_s);
    QTest::newRow("DEL and C1 CSI") << u"a\x7f\u009b31mb"_s << u"a\\x7f\\x9b31mb"_s << u"a\\u007f\\u009b31mb"_s;
    QTest::newRow("bidi override") << u"evil\u202Etxt.exe"_s << u"evil\\u202etxt.exe"_s << u"evil\\u202etxt.exe"_s;
    QTest::newRow("bidi isolates") << u"\u2066a\u2067b\u2068c\u2069"_s << u"\\u2066a\\u2067b\\u2068c\\u2069"_s
                                   << u"\\u2066a\\u2067b\\u2068c\\u2069"_s;
    QTest::newRow("embeddings and marks")
        << u"\u202A\u202B\u202C\u202D\u200E\u200F\u061C"_s << u"\\u202a\\u202b\\u202c\\u202d\\u200e\\u200f\\u061c"_s
        << u"\\u202a\\u202b\\u202c\\u202d\\u200e\\u200f\\u061c"_s;
    QTest::newRow("line and paragraph separators")
        << u"a\u2028b\u2029c"_s << u"a\\u2028b\\u2029c"_s << u"a\\u2028b\\u2029c"_s;
    QTest::newRow("backslash stays") << u"C:\\dir"_s << u"C:\\dir"_s << u"C:\\dir"_s;
}

void TestCliOutput::escapeControls()
{
    QFETCH(QString, text);
    QFETCH(QString, visible);
    QFETCH(QString, json);
    QCOMPARE(tco::cli::escapeControls(text), visible);
    QCOMPARE(tco::cli::escapeControls(text, tco::cli::EscapeStyle::Json), json);
    // in a JSON string (where QJsonDocument leaves no C0 control, quote or backslash raw), the
    // JSON form reads back as the same text
    const bool jsonSafe
        = std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; });
    if (jsonSafe)
        QCOMPARE(QJsonDocument::fromJson(u"[\"%1\"]"_s.arg(json).toUtf8()).array().at(0).toString(), text);
}

void TestCliOutput::refusesNonRegularTargets_data()
{
    QTest::addColumn<QStringList>("args"); // @OUT@ is the target, relative to the work folder
    QTest::addColumn<QString>("target"); // the path that is made a FIFO, a folder, a link, ...
    QTest::addColumn<QString>("kind");
    const struct
    {
        const char *name;
        QStringList args;
        QString target;
    } commands[] = {
        { "report --csv", { u"report"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--csv"_s, u"@OUT@"_s }, u"out.csv"_s },
        { "report --csv companion",
          { u"report"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--csv"_s, u"out.csv"_s },
          u"out-timeline.csv"_s },
        { "report --pdf", { u"report"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--pdf"_s, u"@OUT@"_s }, u"out.pdf"_s },
        { "catalog export", { u"catalog"_s, u"export"_s, u"gpus"_s, u"@OUT@"_s }, u"out.csv"_s },
        { "scenario template", { u"scenario"_s, u"template"_s, u"--out"_s, u"@OUT@"_s }, u"out.tcoplan"_s },
        { "predict --out", { u"predict"_s, u"--in"_s, u"cases.csv"_s, u"--out"_s, u"@OUT@"_s }, u"out.csv"_s },
        { "calibrate --report",
          { u"calibrate"_s, u"--measured"_s, u"measured.csv"_s, u"--report"_s, u"@OUT@"_s },
          u"out.csv"_s },
        { "deploy --out",
          { u"deploy"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--tier"_s, u"1"_s, u"--out"_s, u"deploy"_s },
          u"deploy/@DEPLOY@"_s },
    };
    for (const auto &c : commands) {
        for (const char *kind : { "device", "fifo", "folder", "link to device", "dangling link" }) {
            // /dev/full itself only where the command takes a file path
            if (QByteArray(kind) == "device" && !c.args.contains(u"@OUT@"_s))
                continue;
            QTest::addRow("%s: %s", c.name, kind) << c.args << c.target << QString::fromLatin1(kind);
        }
    }
}

void TestCliOutput::refusesNonRegularTargets()
{
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString work = workFolder(dir);
    QVERIFY(!work.isEmpty());
    target.replace(u"@DEPLOY@"_s, m_deployFile);
    const QString targetPath = kind == "device"_L1 ? u"/dev/full"_s : work + u'/' + target;
    QVERIFY(QDir().mkpath(QFileInfo(targetPath).absolutePath()));
    if (kind == "fifo"_L1)
        QCOMPARE(::mkfifo(QFile::encodeName(targetPath).constData(), 0600), 0);
    else if (kind == "folder"_L1)
        QVERIFY(QDir().mkpath(targetPath));
    else if (kind == "link to device"_L1)
        QVERIFY(QFile::link(u"/dev/full"_s, targetPath));
    else if (kind == "dangling link"_L1)
        QVERIFY(QFile::link(work + u"/nowhere"_s, targetPath));
    const mode_t typeBefore = fileType(targetPath);
    QVERIFY(typeBefore != 0);
    const QStringList before = listTree(work);
    const QByteArray catalog = readFile(work + u"/catalog.sqlite"_s);

    args.replaceInStrings(u"@OUT@"_s, kind == "device"_L1 ? targetPath : target);
    const Run r = runCli(QStringList { u"--db"_s, u"catalog.sqlite"_s } + args, { work, {}, false });
    QCOMPARE(r.code, 1);
    const QString shown = kind == "device"_L1 ? targetPath : (target.startsWith(u"deploy/"_s) ? QString() : target);
    QVERIFY2(r.err.contains(shown), qPrintable(r.err));
    const QString why = kind == "dangling link"_L1 ? u"a symbolic link that leads to no file"_s
        : kind == "folder"_L1                      ? u"it is a folder, not a regular file"_s
        : kind == "fifo"_L1                        ? u"it is a FIFO (named pipe), not a regular file"_s
        : kind == "link to device"_L1              ? u"it is a symbolic link to a character device"_s
                                                   : u"it is a character device, not a regular file"_s;
    QVERIFY2(r.err.contains(why), qPrintable(r.err));
    QCOMPARE(fileType(targetPath), typeBefore);
    QCOMPARE(listTree(work), before); // nothing written, no temporary file left
    QCOMPARE(readFile(work + u"/catalog.sqlite"_s), catalog);
}

void TestCliOutput::refusesToReplaceAnInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("links"); // "NAME=TARGET" hard link, "NAME->TARGET" symbolic link
    QTest::addColumn<QString>("kept"); // the file that must stay byte for byte as it was
    QTest::addColumn<QString>("role");
    const QString scenario = u"the --scenario file"_s;
    const QStringList report { u"report"_s, u"--scenario"_s, u"s.tcoplan"_s };
    QTest::newRow("report --csv S with --scenario S")
        << report + QStringList { u"--csv"_s, u"s.tcoplan"_s } << QStringList() << u"s.tcoplan"_s << scenario;
    QTest::newRow("report --csv ./S") << report + QStringList { u"--csv"_s, u"./s.tcoplan"_s } << QStringList()
                                      << u"s.tcoplan"_s << scenario;
    QTest::newRow("report --csv sub/../S") << report + QStringList { u"--csv"_s, u"sub/../s.tcoplan"_s }
                                           << QStringList { u"sub/x->../cases.csv"_s } << u"s.tcoplan"_s << scenario;
    QTest::newRow("report --pdf S") << report + QStringList { u"--pdf"_s, u"s.tcoplan"_s } << QStringList()
                                    << u"s.tcoplan"_s << scenario;
    QTest::newRow("report --csv hard link to S") << report + QStringList { u"--csv"_s, u"h.csv"_s }
                                                 << QStringList { u"h.csv=s.tcoplan"_s } << u"s.tcoplan"_s << scenario;
    QTest::newRow("report --csv symbolic link to S")
        << report + QStringList { u"--csv"_s, u"l.csv"_s } << QStringList { u"l.csv->s.tcoplan"_s } << u"s.tcoplan"_s
        << scenario;
    QTest::newRow("report companion is S")
        << QStringList { u"report"_s, u"--scenario"_s, u"r-timeline.csv"_s, u"--csv"_s, u"r.csv"_s }
        << QStringList { u"r-timeline.csv=s.tcoplan"_s } << u"s.tcoplan"_s << scenario;
    QTest::newRow("report --pdf onto its own --csv")
        << report + QStringList { u"--csv"_s, u"t.csv"_s, u"--pdf"_s, u"t-breakdown.csv"_s } << QStringList()
        << u"s.tcoplan"_s << u"another output of this command"_s;
    QTest::newRow("catalog export onto --db")
        << QStringList { u"catalog"_s, u"export"_s, u"gpus"_s, u"catalog.sqlite"_s } << QStringList()
        << u"catalog.sqlite"_s << u"the catalog"_s;
    QTest::newRow("catalog export onto ./--db")
        << QStringList { u"catalog"_s, u"export"_s, u"gpus"_s, u"./catalog.sqlite"_s } << QStringList()
        << u"catalog.sqlite"_s << u"the catalog"_s;
    QTest::newRow("catalog export onto a hard link to --db")
        << QStringList { u"catalog"_s, u"export"_s, u"gpus"_s, u"gpus.csv"_s }
        << QStringList { u"gpus.csv=catalog.sqlite"_s } << u"catalog.sqlite"_s << u"the catalog"_s;
    QTest::newRow("scenario template onto --db")
        << QStringList { u"scenario"_s, u"template"_s, u"--out"_s, u"catalog.sqlite"_s } << QStringList()
        << u"catalog.sqlite"_s << u"the catalog"_s;
    QTest::newRow("predict --out --in") << QStringList { u"predict"_s, u"--in"_s, u"cases.csv"_s, u"--out"_s,
                                                         u"cases.csv"_s }
                                        << QStringList() << u"cases.csv"_s << u"the --in file"_s;
    QTest::newRow("predict --out hard link to --in")
        << QStringList { u"predict"_s, u"--in"_s, u"cases.csv"_s, u"--out"_s, u"p.csv"_s }
        << QStringList { u"p.csv=cases.csv"_s } << u"cases.csv"_s << u"the --in file"_s;
    QTest::newRow("calibrate --report --measured")
        << QStringList { u"calibrate"_s, u"--measured"_s, u"measured.csv"_s, u"--report"_s, u"measured.csv"_s }
        << QStringList() << u"measured.csv"_s << u"the --measured file"_s;
    QTest::newRow("deploy file is a hard link to the scenario")
        << QStringList { u"deploy"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--tier"_s, u"1"_s, u"--out"_s, u"d"_s }
        << QStringList { u"d/@DEPLOY@=s.tcoplan"_s } << u"s.tcoplan"_s << QString();
}

void TestCliOutput::refusesToReplaceAnInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, links);
    QFETCH(QString, kept);
    QFETCH(QString, role);
    QTemporaryDir dir;
    const QString work = workFolder(dir);
    QVERIFY(!work.isEmpty());
    for (QString link : std::as_const(links)) {
        link.replace(u"@DEPLOY@"_s, m_deployFile);
        const bool symbolic = link.contains(u"->"_s);
        const QStringList parts = link.split(symbolic ? u"->"_s : u"="_s);
        const QString name = work + u'/' + parts[0];
        QVERIFY(QDir().mkpath(QFileInfo(name).absolutePath()));
        if (symbolic)
            QVERIFY(QFile::link(parts[1], name));
        else
            QCOMPARE(::link(QFile::encodeName(work + u'/' + parts[1]).constData(), QFile::encodeName(name).constData()),
                     0);
    }
    const QByteArray before = readFile(work + u'/' + kept);
    QVERIFY(!before.isEmpty());
    const Run r = runCli(QStringList { u"--db"_s, u"catalog.sqlite"_s } + args, { work, {}, false });
    QVERIFY2(r.code != 0, qPrintable(r.err));
    if (!role.isEmpty()) {
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"it is the same file as "_s + role), qPrintable(r.err));
    }
    QCOMPARE(readFile(work + u'/' + kept), before);
}

void TestCliOutput::fullStandardOutputFails_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("evaluate") << QStringList { u"evaluate"_s, u"--scenario"_s, u"s.tcoplan"_s };
    QTest::newRow("evaluate json") << QStringList { u"evaluate"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--format"_s,
                                                    u"json"_s };
    QTest::newRow("catalog list csv") << QStringList { u"catalog"_s, u"list"_s, u"cloud_prices"_s, u"--format"_s,
                                                       u"csv"_s };
    QTest::newRow("catalog tables") << QStringList { u"catalog"_s, u"tables"_s };
    QTest::newRow("scenario template") << QStringList { u"scenario"_s, u"template"_s };
    QTest::newRow("predict") << QStringList { u"predict"_s, u"--in"_s, u"cases.csv"_s };
    QTest::newRow("report --csv -") << QStringList { u"report"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--csv"_s, u"-"_s };
    QTest::newRow("help") << QStringList { u"--help"_s };
}

void TestCliOutput::fullStandardOutputFails()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString work = workFolder(dir);
    QVERIFY(!work.isEmpty());
    const Run r = runCli(QStringList { u"--db"_s, u"catalog.sqlite"_s } + args, { work, u"/dev/full"_s, false });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"tco-cli: cannot write to standard output: No space left on device"_s), qPrintable(r.err));
    QCOMPARE(fileType(u"/dev/full"_s), mode_t(S_IFCHR));
}

void TestCliOutput::fileSizeLimitLeavesTheTarget_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("failing"); // the file the message names
    QTest::newRow("catalog export") << QStringList { u"catalog"_s, u"export"_s, u"cloud_prices"_s, u"out.csv"_s }
                                    << u"out.csv"_s << u"out.csv"_s;
    // the comparison fits under the limit, the timeline does not: neither is written
    QTest::newRow("report --csv") << QStringList { u"report"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--csv"_s,
                                                   u"out.csv"_s }
                                  << u"out.csv"_s << u"out-timeline.csv"_s;
    QTest::newRow("scenario template") << QStringList { u"scenario"_s, u"template"_s, u"--out"_s, u"out.tcoplan"_s }
                                       << u"out.tcoplan"_s << u"out.tcoplan"_s;
    QTest::newRow("predict --out") << QStringList { u"predict"_s, u"--in"_s, u"many.csv"_s, u"--out"_s, u"out.csv"_s }
                                   << u"out.csv"_s << u"out.csv"_s;
    QTest::newRow("calibrate --report") << QStringList { u"calibrate"_s, u"--measured"_s, u"many-measured.csv"_s,
                                                         u"--report"_s, u"out.csv"_s }
                                        << u"out.csv"_s << u"out.csv"_s;
}

void TestCliOutput::fileSizeLimitLeavesTheTarget()
{
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(QString, failing);
    QTemporaryDir dir;
    const QString work = workFolder(dir);
    QVERIFY(!work.isEmpty());
    // inputs whose outputs are larger than the limit
    QByteArray cases = kCases, measured = kMeasured;
    const QByteArray caseRow = kCases.mid(kCases.indexOf('\n') + 1),
                     measuredRow = kMeasured.mid(kMeasured.indexOf('\n') + 1);
    for (int i = 0; i < 100; ++i) {
        cases += caseRow;
        measured += measuredRow;
    }
    QVERIFY(writeFile(work + u"/many.csv"_s, cases));
    QVERIFY(writeFile(work + u"/many-measured.csv"_s, measured));
    const QByteArray old = "the previous file\n";
    QVERIFY(writeFile(work + u'/' + target, old));
    const QStringList before = listTree(work);
    const Run r = runCli(QStringList { u"--db"_s, u"catalog.sqlite"_s } + args, { work, {}, true });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"cannot write %1: File too large"_s.arg(failing)), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"Unknown error"_s), qPrintable(r.err));
    QCOMPARE(readFile(work + u'/' + target), old);
    QCOMPARE(listTree(work), before); // the temporary file was removed
}

void TestCliOutput::writeErrorsNameTheSystemsReason_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString missing = u"no-such-folder/out.csv"_s, underFile = u"cases.csv/out.csv"_s;
    QTest::newRow("export, missing folder") << QStringList { u"catalog"_s, u"export"_s, u"gpus"_s, missing }
                                            << u"cannot write %1: No such file or directory"_s.arg(missing);
    QTest::newRow("export, folder is a file") << QStringList { u"catalog"_s, u"export"_s, u"gpus"_s, underFile }
                                              << u"cannot write %1: Not a directory"_s.arg(underFile);
    QTest::newRow("report, missing folder")
        << QStringList { u"report"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--csv"_s, missing }
        << u"cannot write %1: No such file or directory"_s.arg(missing);
    QTest::newRow("predict, folder is a file")
        << QStringList { u"predict"_s, u"--in"_s, u"cases.csv"_s, u"--out"_s, underFile }
        << u"cannot write %1: Not a directory"_s.arg(underFile);
}

void TestCliOutput::writeErrorsNameTheSystemsReason()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString work = workFolder(dir);
    QVERIFY(!work.isEmpty());
    const Run r = runCli(QStringList { u"--db"_s, u"catalog.sqlite"_s } + args, { work, {}, false });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"Unknown error"_s), qPrintable(r.err));
}

void TestCliOutput::csvCompanionsAreCsvFiles()
{
    QTemporaryDir dir;
    const QString work = workFolder(dir);
    QVERIFY(!work.isEmpty());
    const Run r = runCli(
        { u"--db"_s, u"catalog.sqlite"_s, u"report"_s, u"--scenario"_s, u"s.tcoplan"_s, u"--csv"_s, u"tables.txt"_s },
        { work, {}, false });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char *name : { "tables.txt", "tables-timeline.csv", "tables-breakdown.csv" })
        QVERIFY2(QFileInfo::exists(work + u'/' + QLatin1StringView(name)), name);
    QVERIFY(!QFileInfo::exists(work + u"/tables-timeline.txt"_s));
    QVERIFY(r.out.contains("Wrote tables-timeline.csv\n"));
}

void TestCliOutput::controlCharactersAreEscapedOnTheTerminal()
{
    // A tier name and a title that try to clear the screen, overwrite a row and reverse the text.
    const QString hostile = u"Hybrid\x1b[2J\rFAKE\u202Eevil\u2066x\u2028y\x7f\u009b1m\u0007\0z"_s;
    QTemporaryDir dir;
    // tier 2 (the cluster): its messages on stderr name the tier
    const QString work = workFolder(dir, 2, hostile, true);
    QVERIFY(!work.isEmpty());
    const QString escaped = u"Hybrid\\x1b[2J\\rFAKE\\u202eevil\\u2066x\\u2028y\\x7f\\x9b1m\\x07\\x00z"_s;

    for (const QStringList &args :
         { QStringList { u"evaluate"_s, u"--scenario"_s, u"h.tcoplan"_s },
           QStringList { u"scenario"_s, u"check"_s, u"h.tcoplan"_s },
           QStringList { u"report"_s, u"--scenario"_s, u"h.tcoplan"_s, u"--csv"_s, u"h.csv"_s } }) {
        const Run r = runCli(QStringList { u"--db"_s, u"catalog.sqlite"_s } + args, { work, {}, false });
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(firstDangerous(out).isEmpty(), qPrintable(args.join(u' ') + u": stdout has "_s + firstDangerous(out)));
        QVERIFY2(firstDangerous(r.err).isEmpty(),
                 qPrintable(args.join(u' ') + u": stderr has "_s + firstDangerous(r.err)));
        if (args.first() != "report"_L1) // report names no tier when all can be evaluated
            QVERIFY2(out.contains(escaped) || r.err.contains(escaped),
                     qPrintable(args.join(u' ') + u'\n' + out + r.err));
        if (args.first() == "evaluate"_L1) {
            // the table row and the messages on stderr both name the tier, escaped
            QVERIFY2(out.contains(u"\n"_s + escaped.left(20)), qPrintable(out));
            QVERIFY2(r.err.contains(escaped + u": "_s), qPrintable(r.err));
        }
    }
    // a file name with control characters in an error message
    const Run missing
        = runCli({ u"--db"_s, u"catalog.sqlite"_s, u"evaluate"_s, u"--scenario"_s, u"x\x1b]0;pwned\x07.tcoplan"_s },
                 { work, {}, false });
    QCOMPARE(missing.code, 1);
    QVERIFY2(firstDangerous(missing.err).isEmpty(), qPrintable(firstDangerous(missing.err)));
    QVERIFY2(missing.err.contains(u"x\\x1b]0;pwned\\x07.tcoplan"_s), qPrintable(missing.err));
    // a command line word in a usage error
    const Run unknown = runCli({ u"frob\x1b[2Jnicate"_s });
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(u"unknown command \"frob\\x1b[2Jnicate\""_s), qPrintable(unknown.err));
}

void TestCliOutput::machineFormatsKeepHostileNamesExact()
{
    const QString hostile = u"=HYPERLINK(\"http://x\")\x1b[31m\r\n\u202E\u2028\x7f\u009b"_s;
    QTemporaryDir dir;
    const QString work = workFolder(dir, 0, hostile, false);
    QVERIFY(!work.isEmpty());

    // JSON: escaped (no raw ESC, DEL, C1, bidi or separator in the bytes), and read back exactly
    Run r = runCli(
        { u"--db"_s, u"catalog.sqlite"_s, u"evaluate"_s, u"--scenario"_s, u"h.tcoplan"_s, u"--format"_s, u"json"_s },
        { work, {}, false });
    QString text = QString::fromUtf8(r.out);
    QVERIFY2(firstDangerous(text).isEmpty(), qPrintable(firstDangerous(text)));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.object().value(u"tiers"_s).toArray().at(0).toObject().value(u"name"_s).toString(), hostile);

    // CSV: valid RFC 4180, the name read back exactly, with the apostrophe that keeps it a text
    r = runCli(
        { u"--db"_s, u"catalog.sqlite"_s, u"evaluate"_s, u"--scenario"_s, u"h.tcoplan"_s, u"--format"_s, u"csv"_s },
        { work, {}, false });
    tco::engine::csv::Reader reader(std::string_view(r.out.constData(), std::size_t(r.out.size())));
    tco::engine::csv::Record record;
    QVERIFY(reader.next(record)); // header
    QVERIFY(reader.next(record));
    QVERIFY(!reader.error());
    QCOMPARE(QString::fromStdString(record.fields.at(0)), u"'"_s + hostile);
}

/**
 * The catalog's own CSV writer (db::exportCsvFile, used by the window's catalog export) under a
 * file-size limit, in a child process: it must fail with the system's reason.
 */
int exportUnderFileSizeLimit(const QString &catalogPath, const QString &path)
{
    std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing the process
    const rlimit limit { rlim_t(kFileSizeLimit_kib) * 1024, rlim_t(kFileSizeLimit_kib) * 1024 };
    try {
        const tco::db::Catalog catalog(catalogPath);
        if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return 77;
        const QString error = tco::db::exportCsvFile(catalog.database(), u"cloud_prices"_s, path);
        QTextStream(stdout) << (error.isEmpty() ? u"written"_s : error) << Qt::endl;
        return error.isEmpty() ? 1 : 0;
    } catch (const tco::db::CatalogError &e) {
        QTextStream(stdout) << e.message() << Qt::endl;
        return 2;
    }
}

void TestCliOutput::catalogWriterReportsShortWrites()
{
    QTemporaryDir dir;
    const QString work = workFolder(dir);
    QVERIFY(!work.isEmpty());
    const QString target = work + u"/prices.csv"_s;
    const QByteArray old = "the previous file\n";
    QVERIFY(writeFile(target, old));
    const QStringList before = listTree(work);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), { u"--child-export"_s, work + u"/catalog.sqlite"_s, target });
    QVERIFY(child.waitForFinished(kRunTimeout_ms));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    if (child.exitCode() == 77)
        QSKIP("cannot set a file-size limit here");
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(u"cannot write %1: File too large"_s.arg(target)), qPrintable(out));
    QCOMPARE(readFile(target), old);
    QCOMPARE(listTree(work), before);
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--child-export") == 0) {
        QCoreApplication app(argc, argv);
        return exportUnderFileSizeLimit(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestCliOutput test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_clioutput.moc"
