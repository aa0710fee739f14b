// SPDX-License-Identifier: MIT
// Faults while saving a scenario: a full disk (file-size limit), a folder that is a file, the
// process killed in the middle of a save. The previous file must survive every one of them.
#include "robustness.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <core/defaultscenario.h>
#include <core/scenariofile.h>
#include <csignal>
#include <sys/resource.h>

using namespace tco;
using namespace tco::robustness;

namespace {

/// Part lines of each tier of the "big" scenario (as many tiers as a file may have, each with
/// the most part lines, named at length): a few megabytes of JSON, so that a save takes a while.
constexpr int kBigScenarioPartIdChars = 150;
/// Kill-during-save rounds, and the longest random delay before the kill, ms.
constexpr int kKillRounds = 8;
constexpr int kMaxKillDelay_ms = 400;
/// File-size limit of the "full disk" child, bytes.
constexpr rlim_t kFileSizeLimit = 64 * 1024;
/// Bounded waits for child processes, ms.
constexpr int kChildTimeout_ms = 120000;

engine::Scenario bigScenario(const char *title, int inputLen)
{
    engine::Scenario s = app::defaultScenario();
    s.title = title;
    s.workload.input_len = inputLen;
    const std::vector<engine::Tier> tiers = s.tiers;
    s.tiers.clear();
    while (int(s.tiers.size()) < app::kMaxScenarioTiers) {
        engine::Tier t = tiers[s.tiers.size() % tiers.size()];
        t.onprem.node_parts.clear();
        t.onprem.shared_parts.clear();
        for (int i = 0; i < app::kMaxPartLines; ++i) {
            const std::string id = std::to_string(i) + std::string(kBigScenarioPartIdChars, 'p');
            t.onprem.node_parts.push_back({ id, 1.0 });
            t.onprem.shared_parts.push_back({ id, 2.0 });
        }
        s.tiers.push_back(std::move(t));
    }
    return s;
}

/** Saves two different big scenarios to @p path alternately until killed. */
int saveLoop(const QString &path)
{
    const engine::Scenario a = bigScenario("A", 1111), b = bigScenario("B", 2222);
    for (long i = 0;; ++i) {
        QString error;
        if (!app::saveScenarioFile(i % 2 ? b : a, path, &error)) {
            QTextStream(stdout) << "save failed: " << error << Qt::endl;
            return 1;
        }
        if (i == 1)
            QTextStream(stdout) << "ready" << Qt::endl;
    }
}

/** Saves a big scenario under a small file-size limit (a full disk); must fail cleanly. */
int saveLimited(const QString &path)
{
    std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing the process
    const rlimit limit { kFileSizeLimit, kFileSizeLimit };
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        return 77;
    QString error;
    const bool saved = app::saveScenarioFile(bigScenario("too big", 3333), path, &error);
    QTextStream(stdout) << (saved ? "saved" : "refused: ") << error << Qt::endl;
    return saved || error.isEmpty() ? 1 : 0;
}

int childMain(const QString &mode, const QStringList &args)
{
    if (mode == QLatin1String("saveloop") && args.size() == 1)
        return saveLoop(args[0]);
    if (mode == QLatin1String("savelimited") && args.size() == 1)
        return saveLimited(args[0]);
    return 2;
}

} // namespace

class TestSaveFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_old = app::scenarioToJson(app::defaultScenario());
    }

    // The disk fills up (RLIMIT_FSIZE) in the middle of a save: the save reports it and the
    // previous file is byte for byte what it was; no temporary file is left behind.
    void fullDiskKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("scenario.tcoplan"));
        QVERIFY(writeFile(path, m_old));
        QProcess child;
        startChild(child, QStringLiteral("savelimited"), { path });
        QVERIFY(child.waitForFinished(kChildTimeout_ms));
        const QByteArray out = child.readAll();
        if (child.exitCode() == 77)
            QSKIP("cannot set a file-size limit here");
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
        QVERIFY2(out.contains(path.toUtf8()), out.constData());
        QCOMPARE(readFile(path), m_old);
        QCOMPARE(listTree(dir.path()), QStringList { QStringLiteral("scenario.tcoplan") });
        qInfo("%s", out.trimmed().constData());
    }

    // The folder of the target is a file, or the target is a folder: an error naming the path,
    // nothing created or changed.
    void unwritableTargets()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("folder"));
        QVERIFY(writeFile(notAFolder, "I replaced the folder\n"));
        const QString folder = dir.filePath(QStringLiteral("target.tcoplan"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList before = listTree(dir.path());
        for (const QString &path : { QDir(notAFolder).filePath(QStringLiteral("scenario.tcoplan")), folder }) {
            QString error;
            QVERIFY2(!app::saveScenarioFile(app::defaultScenario(), path, &error), qPrintable(path));
            QVERIFY2(error.contains(path), qPrintable(error));
            QCOMPARE(listTree(dir.path()), before);
        }
        QCOMPARE(readFile(notAFolder), QByteArray("I replaced the folder\n"));
    }

    // A program saving in a loop is killed (SIGKILL) at random moments: the file on disk is
    // always one complete scenario, the old or the new one, never a mixture or a cut.
    void killedDuringSaveLeavesACompleteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.tcoplan"));
        const QByteArray a = app::scenarioToJson(bigScenario("A", 1111));
        const QByteArray b = app::scenarioToJson(bigScenario("B", 2222));
        QVERIFY(a.size() > 1000000);
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        int sawA = 0, sawB = 0;
        for (int round = 0; round < kKillRounds; ++round) {
            QProcess child;
            startChild(child, QStringLiteral("saveloop"), { path });
            QByteArray seen;
            QVERIFY2(waitForLine(child, "ready", kChildTimeout_ms, &seen), seen.constData());
            QThread::msleep(random.bounded(kMaxKillDelay_ms));
            child.kill();
            QVERIFY(child.waitForFinished(kChildTimeout_ms));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const app::ScenarioLoad load = app::loadScenarioFile(path);
            QVERIFY2(load.ok(), qPrintable(load.problems.value(0).toString()));
            const QByteArray now = readFile(path);
            QVERIFY2(now == a || now == b,
                     qPrintable(QStringLiteral("round %1 (seed %2): %3 bytes, neither A nor B")
                                    .arg(round)
                                    .arg(seed)
                                    .arg(now.size())));
            (now == a ? sawA : sawB)++;
        }
        qInfo("seed %u: %d rounds, the file was A %d times and B %d times; left in the folder: %s", seed, kKillRounds,
              sawA, sawB, qPrintable(listTree(dir.path()).join(QStringLiteral(", "))));
    }

private:
    QByteArray m_old;
};

TCO_ROBUSTNESS_MAIN(QCoreApplication, TestSaveFaults, childMain)
#include "tst_savefaults.moc"
