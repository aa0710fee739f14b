// SPDX-License-Identifier: MIT
#include "commands.h"
#include "core/appsetup.h"

#include <QProcess>
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

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
