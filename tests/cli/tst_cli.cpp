// SPDX-License-Identifier: MIT
#include "../robustness/cataloglock.h"
#include "catalog.h"
#include "commands.h"
#include "core/appsetup.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runTool(const QString &exe, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(exe, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run runInProcess(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = tco::cli::runCli(QStringList{QStringLiteral("tco-cli")} + args, o, e);
    o.flush();
    e.flush();
    return {code, out, err};
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        tco::app::setApplicationIdentity(QStringLiteral("tco-cli-test"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    }

    void versionOfBothBinariesAgree()
    {
        const Run cli = runTool(QStringLiteral(TCO_CLI_EXE), {QStringLiteral("--version")});
        QCOMPARE(cli.code, 0);
        QCOMPARE(cli.out.trimmed(), QStringLiteral("tco-cli 0.1.0").replace(QStringLiteral("0.1.0"),
                                                                             QCoreApplication::applicationVersion()));
        const Run gui = runTool(QStringLiteral(TCO_GUI_EXE), {QStringLiteral("--version")});
        QCOMPARE(gui.code, 0);
        QCOMPARE(gui.out.trimmed().section(u' ', -1), cli.out.trimmed().section(u' ', -1));
    }

    void helpListsSubcommands()
    {
        const Run r = runTool(QStringLiteral(TCO_CLI_EXE), {QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--db PATH")));
        for (const tco::cli::Command &c : tco::cli::commands())
            QVERIFY2(r.out.contains(QLatin1StringView(c.name)), c.name);
    }

    void unknownOptionIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("global option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown option --frobnicate");
        QTest::newRow("command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage:");
        QTest::newRow("db without path") << QStringList{QStringLiteral("--db")} << QStringLiteral("--db needs a file path");
        QTest::newRow("catalog action") << QStringList{QStringLiteral("catalog"), QStringLiteral("shred")} << QStringLiteral("unknown action");
        QTest::newRow("catalog table") << QStringList{QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("nope")} << QStringLiteral("unknown table");
        QTest::newRow("cascade without replace")
            << QStringList { QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("gpus"),
                             QStringLiteral("x.csv"), QStringLiteral("--cascade") }
            << QStringLiteral("--cascade applies to --replace only");
        QTest::newRow("replace outside import") << QStringList { QStringLiteral("catalog"), QStringLiteral("list"),
                                                                 QStringLiteral("gpus"), QStringLiteral("--replace") }
                                                << QStringLiteral("--replace applies to import only");
        QTest::newRow("catalog format") << QStringList{QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("gpus"), QStringLiteral("--format"), QStringLiteral("xml")} << QStringLiteral("unknown format");
    }
    void unknownOptionIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = runInProcess(QStringList{QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.code, int(tco::cli::kExitUsage));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage:")), qPrintable(r.err));
    }

    void unknownOptionOfTheRealBinaryExitsNonZero()
    {
        const Run r = runTool(QStringLiteral(TCO_CLI_EXE), {QStringLiteral("--no-such-option")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: tco-cli")));
        const Run g = runTool(QStringLiteral(TCO_GUI_EXE), {QStringLiteral("--no-such-option")});
        QVERIFY(g.code != 0);
    }

    void dbOptionIsHonouredAnywhere()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        const Run r = runInProcess({QStringLiteral("catalog"), QStringLiteral("info"), QStringLiteral("--db"), other});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(other));
        QVERIFY(QFile::exists(other));
    }

    void catalogTablesAndList()
    {
        Run r = runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("tables")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("gpus")));
        r = runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("list"),
                          QStringLiteral("gpus"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"vram_gb\": 80")));
        r = runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("gpus")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("vram_gb [GB]")));
    }

    void importErrorExitsNonZeroAndNamesTheProblem()
    {
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("alias,gpu_id\nMy Card,no-such-gpu\n");
        f.close();
        const Run r = runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("catalog"), QStringLiteral("import"),
                                    QStringLiteral("gpu_aliases"), csv});
        QCOMPARE(r.code, int(tco::cli::kExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv:2:2 (gpu_id): unknown gpus reference \"no-such-gpu\"")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("unchanged")));
    }

    // A replace that would also remove rows of other tables is refused with the counts per
    // table and the catalog byte-identical; --cascade does it and lists what went.
    void replaceThatCascadesNeedsTheFlag()
    {
        const QString db = m_dir.filePath(QStringLiteral("cascade.sqlite"));
        QString kept;
        qint64 regions = 0;
        {
            tco::db::Catalog c(db);
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM cloud_providers ORDER BY id LIMIT 1")) && q.next());
            kept = q.value(0).toString();
            QVERIFY(q.prepare(QStringLiteral("SELECT COUNT(*) FROM cloud_regions WHERE provider_id <> ?")));
            q.addBindValue(kept);
            QVERIFY(q.exec() && q.next());
            regions = q.value(0).toLongLong();
        }
        QVERIFY(regions > 0);
        const QString csv = m_dir.filePath(QStringLiteral("providers.csv"));
        writeFile(csv, "id,name,source,as_of\n" + kept.toUtf8() + ",Kept,test,2026\n");
        const QByteArray before = fileHash(db);
        const QStringList import = { QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("catalog"),
                                     QStringLiteral("import"),
                                     QStringLiteral("cloud_providers"),
                                     csv,
                                     QStringLiteral("--replace") };
        Run r = runInProcess(import);
        QCOMPARE(r.code, int(tco::cli::kExitFailure));
        const QRegularExpression regionCount(QStringLiteral("cloud_regions\\s+%1\\n").arg(regions));
        QVERIFY2(regionCount.match(r.err).hasMatch(), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cloud_prices")) && r.err.contains(QStringLiteral("--cascade")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("the catalog is unchanged")));
        QCOMPARE(fileHash(db), before);

        r = runInProcess(import + QStringList { QStringLiteral("--cascade") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Also removed")) && regionCount.match(r.out).hasMatch(),
                 qPrintable(r.out));
        tco::db::Catalog c(db);
        QCOMPARE(c.rowCount(QStringLiteral("cloud_providers")), 1);
    }

    // `catalog reset` resets only a catalog: a folder at --db is refused and left as it was.
    void resetRefusesAFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("not-a-catalog"));
        QVERIFY(QDir().mkpath(folder));
        writeFile(folder + QStringLiteral("/keep.txt"), "keep me\n");
        const Run r
            = runInProcess({ QStringLiteral("--db"), folder, QStringLiteral("catalog"), QStringLiteral("reset") });
        QCOMPARE(r.code, int(tco::cli::kExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("is a folder, not a catalog file")), qPrintable(r.err));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList { QStringLiteral("keep.txt") });
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("not-a-catalog.*") }, QDir::AllEntries), QStringList());
    }

    // Another program holding the catalog's lock: tco-cli says "busy" (not "damaged"), and
    // `scenario check` fails instead of passing with the names unchecked.
    void busyCatalogIsNamedAndFailsTheCheck()
    {
        const QString db = m_dir.filePath(QStringLiteral("busy.sqlite"));
        const QString plan = m_dir.filePath(QStringLiteral("busy.tcoplan"));
        QCOMPARE(runInProcess({ QStringLiteral("--db"), db, QStringLiteral("scenario"), QStringLiteral("template"),
                                QStringLiteral("--out"), plan })
                     .code,
                 0);
        const QString csv = m_dir.filePath(QStringLiteral("busy.csv"));
        writeFile(csv, "alias,gpu_id\nbusy alias,nvidia-a10g\n");
        {
            tco::robustness::CatalogLock lock(db, QStringLiteral("BEGIN EXCLUSIVE"));
            QVERIFY(lock.locked());
            const Run r
                = runTool(QStringLiteral(TCO_CLI_EXE),
                          { QStringLiteral("--db"), db, QStringLiteral("scenario"), QStringLiteral("check"), plan });
            QCOMPARE(r.code, int(tco::cli::kExitFailure));
            QVERIFY2(r.err.contains(QStringLiteral("is busy")) && !r.err.contains(QStringLiteral("damaged")),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("not checked")), qPrintable(r.err));
        }
        {
            tco::robustness::CatalogLock lock(db, QStringLiteral("BEGIN IMMEDIATE"));
            QVERIFY(lock.locked());
            const Run r = runTool(QStringLiteral(TCO_CLI_EXE),
                                  { QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("import"),
                                    QStringLiteral("gpu_aliases"), csv });
            QCOMPARE(r.code, int(tco::cli::kExitFailure));
            QVERIFY2(r.err.contains(QStringLiteral("is busy")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("busy.csv:2")), qPrintable(r.err));
        }
        const Run ok
            = runTool(QStringLiteral(TCO_CLI_EXE),
                      { QStringLiteral("--db"), db, QStringLiteral("scenario"), QStringLiteral("check"), plan });
        QCOMPARE(ok.code, 0);
    }

    void scenarioTemplateToStdoutIsAValidScenario()
    {
        const Run r
            = runInProcess({ QStringLiteral("--db"), m_db, QStringLiteral("scenario"), QStringLiteral("template") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("\"format\": \"tco-planner-scenario\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"hot_instance\": \"aws-us-east-1-g5.2xlarge\"")));
        // stdout holds the file itself: saved as is, it passes the check
        const QString path = m_dir.filePath(QStringLiteral("stdout.tcoplan"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out.toUtf8());
        f.close();
        const Run check
            = runInProcess({ QStringLiteral("--db"), m_db, QStringLiteral("scenario"), QStringLiteral("check"), path });
        QCOMPARE(check.code, 0);
        QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
    }

    void scenarioTemplateByMarket_data()
    {
        QTest::addColumn<QStringList>("marketArgs");
        QTest::addColumn<QString>("market");
        QTest::addColumn<QString>("currency");
        QTest::newRow("default") << QStringList {} << QStringLiteral("cn") << QStringLiteral("CNY");
        QTest::newRow("cn") << QStringList { QStringLiteral("--market"), QStringLiteral("cn") } << QStringLiteral("cn")
                            << QStringLiteral("CNY");
        QTest::newRow("us") << QStringList { QStringLiteral("--market=us") } << QStringLiteral("us")
                            << QStringLiteral("USD");
    }
    void scenarioTemplateByMarket()
    {
        // Issue 13 contract: scenario template --market cn|us (default cn); the scenario file's
        // "market" key and evaluate's JSON top-level "market"; both open with no warning.
        QFETCH(QStringList, marketArgs);
        QFETCH(QString, market);
        QFETCH(QString, currency);
        const QString path
            = m_dir.filePath(QStringLiteral("market-%1.tcoplan").arg(QString::fromLatin1(QTest::currentDataTag())));
        const Run r = runInProcess(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("scenario"),
                                                 QStringLiteral("template"), QStringLiteral("--out"), path }
                                   + marketArgs);
        QCOMPARE(r.code, 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject file = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(file.value(QStringLiteral("market")).toString(), market);
        const Run e
            = runInProcess({ QStringLiteral("--db"), m_db, QStringLiteral("evaluate"), QStringLiteral("--scenario"),
                             path, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(e.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(e.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("market")).toString(), market);
        QCOMPARE(json.value(QStringLiteral("currency")).toString(), currency);
        for (const QJsonValue t : json.value(QStringLiteral("tiers")).toArray())
            for (const QJsonValue i : t.toObject().value(QStringLiteral("issues")).toArray())
                QVERIFY2(i.toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("info"),
                         qPrintable(i.toObject().value(QStringLiteral("message")).toString()));
    }

    void scenarioTemplateUnknownMarketFails()
    {
        const Run r = runInProcess({ QStringLiteral("--db"), m_db, QStringLiteral("scenario"),
                                     QStringLiteral("template"), QStringLiteral("--market"), QStringLiteral("mars") });
        QCOMPARE(r.code, int(tco::cli::kExitFailure));
        QVERIFY2(r.err.contains(QStringLiteral("unknown market \"mars\" (markets in the catalog: cn, us)")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const Run noId = runInProcess({ QStringLiteral("--db"), m_db, QStringLiteral("scenario"),
                                        QStringLiteral("template"), QStringLiteral("--market") });
        QCOMPARE(noId.code, int(tco::cli::kExitUsage));
    }

    void scenarioTemplateOutThenCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("default.tcoplan"));
        Run r = runInProcess({ QStringLiteral("--db"), m_db, QStringLiteral("scenario"), QStringLiteral("template"),
                               QStringLiteral("--out"), path });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(path));
        QVERIFY(QFile::exists(path));
        // the real binary, so the exit code is the process's
        const Run check
            = runTool(QStringLiteral(TCO_CLI_EXE),
                      { QStringLiteral("--db"), m_db, QStringLiteral("scenario"), QStringLiteral("check"), path });
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.contains(path + QStringLiteral(": valid scenario")), qPrintable(check.out));
        QVERIFY(check.out.contains(QStringLiteral("(3 tiers, 0 warning(s))")));
    }

    void scenarioCheckNamesFileFieldAndProblem_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("range") << QStringLiteral("\"max_replicas\": 8") << QStringLiteral("\"max_replicas\": 0")
                               << int(tco::cli::kExitFailure)
                               << QStringLiteral(": tiers[1].cloud.max_replicas: must be at least 1, got 0");
        QTest::newRow("purchase option") << QStringLiteral("\"hot_option\": \"on_demand\"")
                                         << QStringLiteral("\"hot_option\": \"reserverd_1y\"")
                                         << int(tco::cli::kExitFailure)
                                         << QStringLiteral(": tiers[1].cloud.hot_option: unknown purchase option "
                                                           "\"reserverd_1y\" (expected one of on_demand, spot, ");
        QTest::newRow("catalog name")
            << QStringLiteral("\"gpu\": \"nvidia-geforce-rtx-4090\"") << QStringLiteral("\"gpu\": \"nvidia-rtx-9999\"")
            << int(tco::cli::kExitFailure)
            << QStringLiteral(": tiers[0].on_premises.gpu: unknown GPU \"nvidia-rtx-9999\" (not in the catalog)");
        QTest::newRow("no price for the option")
            << QStringLiteral("\"hot_option\": \"on_demand\"") << QStringLiteral("\"hot_option\": \"savings_plan_3y\"")
            << int(tco::cli::kExitFailure)
            << QStringLiteral(": tiers[1].cloud.hot_option: the catalog has no savings_plan_3y price for "
                              "aws-us-east-1-g5.2xlarge");
        QTest::newRow("newer version")
            << QStringLiteral("\"version\": 1") << QStringLiteral("\"version\": 2") << int(tco::cli::kExitFailure)
            << QStringLiteral(
                   ": version: written by a newer TCO Planner (format version 2; this program reads up to 1)");
        QTest::newRow("truncated") << QStringLiteral("\"workload\"") << QStringLiteral("\"workload")
                                   << int(tco::cli::kExitFailure) << QStringLiteral(": not valid JSON: ");
        QTest::newRow("warning only") << QStringLiteral("\"title\"") << QStringLiteral("\"titel\"")
                                      << int(tco::cli::kExitOk)
                                      << QStringLiteral(
                                             ": titel: warning: unknown key (ignored); did you mean \"title\"?");
    }
    void scenarioCheckNamesFileFieldAndProblem()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const QString good = m_dir.filePath(QStringLiteral("good.tcoplan"));
        QCOMPARE(runInProcess({ QStringLiteral("--db"), m_db, QStringLiteral("scenario"), QStringLiteral("template"),
                                QStringLiteral("--out"), good })
                     .code,
                 0);
        QFile in(good);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(from, to);
        const QString bad = m_dir.filePath(QStringLiteral("edited.tcoplan"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        out.close();
        const Run r
            = runInProcess({ QStringLiteral("--db"), m_db, QStringLiteral("scenario"), QStringLiteral("check"), bad });
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(bad + expected), qPrintable(r.err));
    }

    void scenarioCheckOfAMissingFileFails()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.tcoplan"));
        const Run r
            = runTool(QStringLiteral(TCO_CLI_EXE),
                      { QStringLiteral("--db"), m_db, QStringLiteral("scenario"), QStringLiteral("check"), missing });
        QCOMPARE(r.code, int(tco::cli::kExitFailure));
        QVERIFY2(r.err.contains(missing + QStringLiteral(": cannot read ") + missing), qPrintable(r.err));
    }

    void scenarioUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no action") << QStringList {} << QStringLiteral("Usage: tco-cli [--db PATH] scenario");
        QTest::newRow("unknown action") << QStringList { QStringLiteral("shred") }
                                        << QStringLiteral("unknown action \"shred\"");
        QTest::newRow("check without file")
            << QStringList { QStringLiteral("check") } << QStringLiteral("expected 1 argument (FILE), got 0");
        QTest::newRow("check two files") << QStringList { QStringLiteral("check"), QStringLiteral("a"),
                                                          QStringLiteral("b") }
                                         << QStringLiteral("expected 1 argument (FILE), got 2");
        QTest::newRow("template argument") << QStringList { QStringLiteral("template"), QStringLiteral("x.tcoplan") }
                                           << QStringLiteral("unexpected argument \"x.tcoplan\" (use --out FILE)");
        QTest::newRow("out without path") << QStringList { QStringLiteral("template"), QStringLiteral("--out") }
                                          << QStringLiteral("--out needs a file path");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("check"), QStringLiteral("--strict"),
                                                         QStringLiteral("a") }
                                        << QStringLiteral("unknown option --strict");
    }
    void scenarioUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = runInProcess(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("scenario") } + args);
        QCOMPARE(r.code, int(tco::cli::kExitUsage));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage:")), qPrintable(r.err));
        // --help is not an error
        const Run help = runInProcess({ QStringLiteral("scenario"), QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("template [--market ID] [--out FILE]")));
    }

    void evaluateJsonHasTheContract()
    {
        const QString file = m_dir.filePath(QStringLiteral("eval.tcoplan"));
        QCOMPARE(runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("scenario"), QStringLiteral("template"),
                               QStringLiteral("--out"), file}).code, 0);
        const Run r = runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("evaluate"), QStringLiteral("--scenario"), file,
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--currency"),
                                    QStringLiteral("USD")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QCOMPARE(root.value(QStringLiteral("horizon_months")).toInt(), 36);
        const QJsonArray tiers = root.value(QStringLiteral("tiers")).toArray();
        QCOMPARE(tiers.size(), 3);
        for (const QJsonValue &v : tiers) {
            const QJsonObject t = v.toObject();
            for (const char *key : {"name", "hardware_cost", "output_tok_s", "ttft_ms", "tpot_ms", "tco_total",
                                    "cost_per_million_tokens", "tokens_per_s_per_watt", "flops_per_currency",
                                    "cost_performance_index", "monthly", "breakdown"})
                QVERIFY2(t.contains(QLatin1StringView(key)), key);
            const QJsonArray monthly = t.value(QStringLiteral("monthly")).toArray();
            QCOMPARE(monthly.size(), 36);
            double sum = 0.0;
            for (const QJsonValue &m : monthly)
                sum += m.toDouble();
            QVERIFY(qAbs(sum - t.value(QStringLiteral("tco_total")).toDouble()) < 1e-6 * qMax(1.0, sum));
            QVERIFY(t.value(QStringLiteral("output_tok_s")).toDouble() > 0);
        }
        QVERIFY(root.value(QStringLiteral("break_even")).isArray());
        QVERIFY(!root.value(QStringLiteral("advice")).toArray().isEmpty());
        QCOMPARE(tiers.at(0).toObject().value(QStringLiteral("cost_performance_index")).toDouble(), 1.0);
    }

    void evaluateUsageErrors()
    {
        Run r = runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("evaluate")});
        QCOMPARE(r.code, int(tco::cli::kExitUsage));
        QVERIFY(r.err.contains(QStringLiteral("--scenario FILE is required")));
        r = runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("evaluate"), QStringLiteral("--scenario"),
                          m_dir.filePath(QStringLiteral("nope.tcoplan"))});
        QCOMPARE(r.code, int(tco::cli::kExitFailure));
        QVERIFY(r.err.contains(QStringLiteral("nope.tcoplan")));
        r = runInProcess({QStringLiteral("--db"), m_db, QStringLiteral("evaluate"), QStringLiteral("--scenario"),
                          QStringLiteral("x"), QStringLiteral("--currency"), QStringLiteral("EUR")});
        QCOMPARE(r.code, int(tco::cli::kExitUsage));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
