// SPDX-License-Identifier: MIT
// Faults around the catalog file: damage, permissions, two programs at once, a huge import.
#include "cataloglock.h"
#include "robustness.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <catalog.h>
#include <csignal>
#include <csvio.h>
#include <grp.h>
#include <pwd.h>
#include <repository.h>
#include <sqlfailure.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tco;
using namespace tco::robustness;
using db::Catalog;
using db::CatalogError;

namespace {

/// Rows of the large import (issue 9: a 1,000,000-row CSV).
constexpr int kBigImportRows = 1000000;
/// Imports each of the two concurrent writers makes, and rows per import.
constexpr int kConcurrentImports = 40;
constexpr int kRowsPerImport = 25;
/// Bounded waits for child processes, ms (generous: the suite also runs under sanitizers).
constexpr int kChildTimeout_ms = 240000;
/// How long an import of a non-regular file may take before it counts as blocked, ms.
constexpr int kImportFileTimeout_ms = 60000;
/// File size limit of the child whose catalog creation must fail (far below a catalog's size).
constexpr rlim_t kCreationFileLimit_bytes = 64 * 1024;

QString anyGpuId(const Catalog &c)
{
    QSqlQuery q(c.database());
    return q.exec(QStringLiteral("SELECT id FROM gpus ORDER BY id LIMIT 1")) && q.next() ? q.value(0).toString()
                                                                                         : QString();
}

QByteArray aliasCsv(const QString &prefix, int from, int count, const QString &gpu)
{
    QByteArray csv = "alias,gpu_id\n";
    csv.reserve(24 + qsizetype(count) * (prefix.size() + gpu.size() + 12));
    const QByteArray p = prefix.toUtf8(), g = gpu.toUtf8();
    for (int i = from; i < from + count; ++i)
        csv += p + QByteArray::number(i) + ',' + g + '\n';
    return csv;
}

// ---- child processes ----------------------------------------------------------------------

/** Checks run without write permission on @p dir; prints what failed, returns the exit code. */
int readOnlyChecks(const QString &dir)
{
    int failures = 0;
    auto fail = [&](const QString &what) {
        QTextStream(stdout) << "FAIL: " << what << '\n';
        ++failures;
    };
    if (QFileInfo(dir).isWritable())
        fail(QStringLiteral("the folder is writable for this user (uid %1)").arg(geteuid()));

    // (1) a catalog that does not exist yet, in a folder we may not write: a clear error
    const QString missing = QDir(dir).filePath(QStringLiteral("new.sqlite"));
    const QStringList before = listTree(dir);
    try {
        Catalog c(missing);
        fail(QStringLiteral("a catalog was created in a read-only folder"));
    } catch (const CatalogError &e) {
        QTextStream(stdout) << "message: " << e.message() << '\n';
        if (!e.message().contains(QDir::toNativeSeparators(dir)))
            fail(QStringLiteral("the message does not name the folder: ") + e.message());
        if (!e.message().contains(QStringLiteral("not writable")))
            fail(QStringLiteral("the message does not say the folder is not writable: ") + e.message());
    }
    if (listTree(dir) != before)
        fail(QStringLiteral("the folder changed"));

    // (2) an existing read-only catalog opens read-only; reads work, writes fail cleanly
    const QString existing = QDir(dir).filePath(QStringLiteral("existing.sqlite"));
    const QByteArray hash = fileHash(existing);
    const QByteArray inFolderHash = fileHash(QDir(dir).filePath(QStringLiteral("writable.sqlite")));
    try {
        Catalog c(existing, Catalog::OpenMode::MustExist);
        if (c.rowCount(QStringLiteral("gpus")) <= 0)
            fail(QStringLiteral("cannot count the GPUs of a read-only catalog"));
        if (db::loadSnapshot(c.database()).gpus.empty())
            fail(QStringLiteral("cannot load a read-only catalog"));
        const db::ImportResult r
            = db::importCsv(c.database(), QStringLiteral("gpu_aliases"),
                            aliasCsv(QStringLiteral("ro-"), 0, 3, anyGpuId(c)), QStringLiteral("ro.csv"));
        if (r.ok())
            fail(QStringLiteral("an import into a read-only catalog succeeded"));
        else
            QTextStream(stdout) << "import refused: " << r.issues.value(0).toString() << '\n';
        // the file is named as read-only; the CSV is not blamed
        const QString why = r.issues.value(0).toString();
        if (!why.contains(QStringLiteral("is read-only")) || !why.contains(existing)
            || why.contains(QStringLiteral("ro.csv:2")))
            fail(QStringLiteral("the refusal does not say the catalog file is read-only: ") + why);
        if (!c.isReadOnly())
            fail(QStringLiteral("the catalog does not know it is read-only"));
    } catch (const CatalogError &e) {
        fail(QStringLiteral("a read-only catalog does not open: ") + e.message());
    }
    // (3) a writable catalog in a folder we may not write: SQLite cannot make its journal there;
    // the folder is named
    const QString inFolder = QDir(dir).filePath(QStringLiteral("writable.sqlite"));
    try {
        Catalog c(inFolder, Catalog::OpenMode::MustExist);
        const db::ImportResult r
            = db::importCsv(c.database(), QStringLiteral("gpu_aliases"),
                            aliasCsv(QStringLiteral("ro-"), 0, 3, anyGpuId(c)), QStringLiteral("ro.csv"));
        const QString why = r.issues.value(0).toString();
        QTextStream(stdout) << "import in a read-only folder: " << why << '\n';
        if (r.ok())
            fail(QStringLiteral("an import into a catalog in a read-only folder succeeded"));
        else if (!why.contains(QStringLiteral("The folder %1 is not writable").arg(QDir::toNativeSeparators(dir))))
            fail(QStringLiteral("the refusal does not name the read-only folder: ") + why);
    } catch (const CatalogError &e) {
        fail(QStringLiteral("a read-only catalog does not open: ") + e.message());
    }
    if (fileHash(existing) != hash)
        fail(QStringLiteral("the read-only catalog changed"));
    if (fileHash(inFolder) != inFolderHash)
        fail(QStringLiteral("the catalog in the read-only folder changed"));
    if (listTree(dir) != before)
        fail(QStringLiteral("the folder changed"));
    return failures ? 1 : 0;
}

/** One of two programs importing into the same catalog in a loop. */
int concurrentImports(const QString &path, const QString &prefix)
{
    try {
        Catalog c(path, Catalog::OpenMode::MustExist);
        const QString gpu = anyGpuId(c);
        int inserted = 0;
        for (int i = 0; i < kConcurrentImports; ++i) {
            const db::ImportResult r = db::importCsv(c.database(), QStringLiteral("gpu_aliases"),
                                                     aliasCsv(prefix, i * kRowsPerImport, kRowsPerImport, gpu),
                                                     QStringLiteral("concurrent.csv"));
            if (!r.ok()) {
                QTextStream(stdout) << "import " << i << " failed: " << r.issues.value(0).toString() << '\n';
                return 1;
            }
            inserted += r.inserted;
        }
        QTextStream(stdout) << "inserted " << inserted << '\n';
        return inserted == kConcurrentImports * kRowsPerImport ? 0 : 1;
    } catch (const CatalogError &e) {
        QTextStream(stdout) << "cannot open: " << e.message() << '\n';
        return 1;
    }
}

/** Imports the file @p csv into gpu_aliases of @p path; prints the first problem. 0 when refused. */
int importFile(const QString &path, const QString &csv)
{
    try {
        Catalog c(path, Catalog::OpenMode::MustExist);
        const db::ImportResult r = db::importCsvFile(c.database(), QStringLiteral("gpu_aliases"), csv);
        QTextStream(stdout) << (r.ok() ? "imported" : "refused: ") << r.issues.value(0).toString() << '\n';
        return r.ok() ? 1 : 0;
    } catch (const std::exception &e) {
        QTextStream(stdout) << "exception: " << e.what() << '\n';
        return 1;
    }
}

/** Creates a catalog with a file size limit far below its size: the creation must fail cleanly. */
int createLimited(const QString &path)
{
    std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing us
    const rlimit limit { kCreationFileLimit_bytes, kCreationFileLimit_bytes };
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        return 3;
    try {
        Catalog c(path);
        QTextStream(stdout) << "created despite the limit\n";
        return 1;
    } catch (const CatalogError &e) {
        QTextStream(stdout) << "failed: " << e.message() << '\n';
        return 0;
    }
}

/** Creates a catalog (the parent kills this process part way). */
int create(const QString &path)
{
    try {
        Catalog c(path);
        return 0;
    } catch (const CatalogError &e) {
        QTextStream(stdout) << e.message() << '\n';
        return 1;
    }
}

int childMain(const QString &mode, const QStringList &args)
{
    if (mode == QLatin1String("readonly") && args.size() == 1)
        return readOnlyChecks(args[0]);
    if (mode == QLatin1String("import") && args.size() == 2)
        return concurrentImports(args[0], args[1]);
    if (mode == QLatin1String("importfile") && args.size() == 2)
        return importFile(args[0], args[1]);
    if (mode == QLatin1String("createlimited") && args.size() == 1)
        return createLimited(args[0]);
    if (mode == QLatin1String("create") && args.size() == 1)
        return create(args[0]);
    return 2;
}

} // namespace

class TestCatalogFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
        {
            Catalog c(m_pristine);
        }
        m_pristineBytes = readFile(m_pristine);
        QVERIFY(m_pristineBytes.size() > 16384);
    }

    // A catalog file cut short anywhere (a copy or a download interrupted) is refused with a
    // message naming it, and left exactly as it was: no backup, no migration, no journal.
    void truncatedCatalogIsRefusedUntouched_data()
    {
        QTest::addColumn<qsizetype>("length");
        const qsizetype size = m_pristineBytes.size();
        const qsizetype page = 4096;
        for (qsizetype length : { qsizetype(16), qsizetype(17), qsizetype(50), qsizetype(99), qsizetype(100),
                                  qsizetype(512), page - 1, page, page + 100, 2 * page, (size / 2 / page) * page,
                                  size / 2 + 1234, size - page, size - 100, size - 1 })
            QTest::addRow("%lld of %lld bytes", qlonglong(length), qlonglong(size)) << length;
    }
    void truncatedCatalogIsRefusedUntouched()
    {
        QFETCH(qsizetype, length);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QVERIFY(writeFile(path, m_pristineBytes.left(length)));
        const QByteArray before = fileHash(path);
        try {
            Catalog c(path);
            QFAIL(qPrintable(QStringLiteral("a catalog cut to %1 bytes was accepted (%2 GPUs)")
                                 .arg(length)
                                 .arg(c.rowCount(QStringLiteral("gpus")))));
        } catch (const CatalogError &e) {
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("damaged"))
                         || e.message().contains(QStringLiteral("not an SQLite database")),
                     qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
        QCOMPARE(listTree(dir.path()), QStringList { QStringLiteral("catalog.sqlite") });
    }

    // A data folder the user may not write: a missing catalog cannot be created there (the error
    // names the folder), an existing read-only one opens read-only and can be read.
    void readOnlyDataFolder()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(dir));
        const QString existing = QDir(dir).filePath(QStringLiteral("existing.sqlite"));
        QVERIFY(QFile::copy(m_pristine, existing));
        const QString writable = QDir(dir).filePath(QStringLiteral("writable.sqlite"));
        QVERIFY(QFile::copy(m_pristine, writable));
        const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto writeAll = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        QVERIFY(QFile::setPermissions(writable, readOnly | writeAll));
        const auto exec = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(existing, readOnly));
        QVERIFY(QFile::setPermissions(dir, readOnly | exec));
        QVERIFY(QFile::setPermissions(tmp.path(), readOnly | exec | QFile::WriteOwner));
        const auto restore = qScopeGuard([&] { QFile::setPermissions(dir, readOnly | exec | QFile::WriteOwner); });

        if (geteuid() != 0) {
            QCOMPARE(readOnlyChecks(dir), 0);
            return;
        }
        // root ignores file permissions: run the checks in a child that drops to "nobody"
        const passwd *nobody = getpwnam("nobody");
        if (!nobody)
            QSKIP("running as root and there is no user \"nobody\" to drop to: permissions cannot be tested");
        const uid_t uid = nobody->pw_uid;
        const gid_t gid = nobody->pw_gid;
        QProcess child;
        child.setChildProcessModifier([uid, gid] {
            // between fork and exec: async-signal-safe calls only
            if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0)
                _exit(77);
        });
        startChild(child, QStringLiteral("readonly"), { dir });
        QVERIFY(child.waitForFinished(kChildTimeout_ms));
        const QByteArray out = child.readAllStandardOutput() + child.readAllStandardError();
        if (child.exitCode() == 77)
            QSKIP("running as root and cannot drop to \"nobody\": permissions cannot be tested");
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
        qInfo("%s", out.trimmed().constData());
    }

    // Input that is not a regular file is refused before it is read: a FIFO used to block the
    // import forever, /dev/zero to abort it with std::bad_alloc; a file over the size limit is
    // refused without being read. Each runs in a child with a deadline.
    void nonRegularAndHugeInputIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("FIFO") << QStringLiteral("fifo")
                              << QStringLiteral("is not a regular file (a device, FIFO or socket)");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                                   << QStringLiteral("is not a regular file (a device, FIFO or socket)");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("this is a folder, not a CSV file");
        QTest::newRow("over the size limit")
            << QStringLiteral("huge") << QStringLiteral("the limit of one import is 268435456 bytes (256 MiB)");
    }
    void nonRegularAndHugeInputIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QVERIFY(QFile::copy(m_pristine, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QString input = kind;
        if (kind == QLatin1String("fifo")) {
            input = dir.filePath(QStringLiteral("pipe.csv"));
            QCOMPARE(::mkfifo(QFile::encodeName(input).constData(), 0600), 0);
        } else if (kind == QLatin1String("folder")) {
            input = dir.filePath(QStringLiteral("folder.csv"));
            QVERIFY(QDir().mkpath(input));
        } else if (kind == QLatin1String("huge")) {
            input = dir.filePath(QStringLiteral("huge.csv"));
            QFile f(input);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("alias,gpu_id\n") > 0);
            QVERIFY(f.resize(db::kMaxImportFileBytes + 1)); // sparse: no disk space used
        }
        const QByteArray before = fileHash(path);
        QProcess child;
        startChild(child, QStringLiteral("importfile"), { path, input });
        const bool finished = child.waitForFinished(kImportFileTimeout_ms);
        if (!finished) {
            child.kill();
            child.waitForFinished();
        }
        const QByteArray out = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(finished, "the import blocked");
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
        QVERIFY2(out.contains(message.toUtf8()), out.constData());
        QCOMPARE(fileHash(path), before);
    }

    // A first creation that fails (here: past a file size limit) leaves nothing behind; one that
    // is killed leaves its .creating-<pid> file, which the next open removes.
    void failedCreationLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QProcess child;
        startChild(child, QStringLiteral("createlimited"), { path });
        QVERIFY(child.waitForFinished(kChildTimeout_ms));
        const QByteArray out = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
        QCOMPARE(listTree(dir.path()), QStringList());
    }
    void killedCreationIsCleanedUpOnTheNextOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QProcess child;
        startChild(child, QStringLiteral("create"), { path });
        QVERIFY(child.waitForStarted());
        const QString temp = path + QStringLiteral(".creating-%1").arg(child.processId());
        // kill it while the temporary file exists (seeding takes far longer than this poll)
        QDeadlineTimer deadline(kChildTimeout_ms);
        while (!QFile::exists(temp) && child.state() == QProcess::Running && !deadline.hasExpired())
            QThread::usleep(200);
        QVERIFY2(child.state() == QProcess::Running, "the creation finished before it could be interrupted");
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(kChildTimeout_ms));
        QVERIFY(QFile::exists(temp));
        QVERIFY(!QFile::exists(path));
        {
            Catalog c(path);
            QVERIFY(c.createdNow());
        }
        QCOMPARE(listTree(dir.path()), QStringList { QStringLiteral("catalog.sqlite") });
    }

    // A catalog another program keeps locked is called busy (not damaged) after the busy
    // timeout, when opening, reading and importing.
    void busyCatalogIsCalledBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        QVERIFY(QFile::copy(m_pristine, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QString busy = QStringLiteral("is busy: another program");
        {
            robustness::CatalogLock lock(path, QStringLiteral("BEGIN EXCLUSIVE"));
            QVERIFY(lock.locked());
            QElapsedTimer timer;
            timer.start();
            try {
                Catalog c(path);
                QFAIL("a catalog locked by another program opened");
            } catch (const CatalogError &e) {
                QVERIFY2(e.message().contains(busy) && !e.message().contains(QStringLiteral("damaged")),
                         qPrintable(e.message()));
            }
            QVERIFY2(timer.elapsed() >= db::kBusyTimeout_ms / 2, "gave up without waiting for the lock");
        }
        Catalog c(path);
        {
            robustness::CatalogLock lock(path, QStringLiteral("BEGIN IMMEDIATE"));
            QVERIFY(lock.locked());
            const db::ImportResult r
                = db::importCsv(c.database(), QStringLiteral("gpu_aliases"),
                                aliasCsv(QStringLiteral("busy-"), 0, 3, anyGpuId(c)), QStringLiteral("busy.csv"));
            QVERIFY(!r.ok());
            QVERIFY2(r.issues.value(0).toString().contains(busy), qPrintable(r.issues.value(0).toString()));
        }
        {
            robustness::CatalogLock lock(path, QStringLiteral("BEGIN EXCLUSIVE"));
            QVERIFY(lock.locked());
            try {
                const auto snap = db::loadSnapshot(c.database());
                QFAIL(qPrintable(QStringLiteral("a locked catalog was read as %1 GPUs").arg(snap.gpus.size())));
            } catch (const CatalogError &e) {
                QVERIFY2(e.message().contains(busy), qPrintable(e.message()));
            }
        }
    }

    // Two programs import into the same table at the same time: the busy timeout serialises them,
    // no import fails with "database is locked", and no row is lost.
    void twoProgramsImportConcurrently()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        QVERIFY(QFile::copy(m_pristine, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        qint64 before = 0;
        {
            Catalog c(path);
            before = c.rowCount(QStringLiteral("gpu_aliases"));
        }
        QProcess a, b;
        startChild(a, QStringLiteral("import"), { path, QStringLiteral("writer-a-") });
        startChild(b, QStringLiteral("import"), { path, QStringLiteral("writer-b-") });
        QVERIFY(a.waitForFinished(kChildTimeout_ms));
        QVERIFY(b.waitForFinished(kChildTimeout_ms));
        const QByteArray outA = a.readAll(), outB = b.readAll();
        QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0, outA.constData());
        QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0, outB.constData());
        Catalog c(path);
        QCOMPARE(c.rowCount(QStringLiteral("gpu_aliases")), before + 2 * kConcurrentImports * kRowsPerImport);
    }

    // 1,000,000 rows: progress is reported along the way, reading and writing; cancelling leaves
    // the file byte for byte as it was; the full import succeeds.
    void millionRowImportWithProgressAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.sqlite"));
        QVERIFY(QFile::copy(m_pristine, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        auto catalog = std::make_unique<Catalog>(path);
        const qint64 rowsBefore = catalog->rowCount(QStringLiteral("gpu_aliases"));
        const QByteArray csv = aliasCsv(QStringLiteral("bulk-alias-"), 0, kBigImportRows, anyGpuId(*catalog));
        const QString csvPath = dir.filePath(QStringLiteral("gpu_aliases-1M.csv"));
        QVERIFY(writeFile(csvPath, csv));
        const QByteArray fileBefore = readFile(path);

        // cancelled while reading the file (first half of the work) and while writing its rows
        // (second half): the transaction is rolled back, the file is byte for byte as it was
        for (const double cancelAt : { 0.3, 0.75 }) {
            int calls = 0;
            qint64 lastPos = -1, lastTotal = -1;
            bool monotonic = true;
            const db::ImportResult cancelled = db::importCsvFile(
                catalog->database(), QStringLiteral("gpu_aliases"), csvPath, db::ImportMode::Merge,
                [&](qint64 pos, qint64 total) {
                    ++calls;
                    monotonic = monotonic && pos >= lastPos && pos <= total && (lastTotal < 0 || total == lastTotal);
                    lastPos = pos;
                    lastTotal = total;
                    return pos < qint64(double(total) * cancelAt);
                });
            QVERIFY(cancelled.cancelled);
            QVERIFY(!cancelled.ok());
            QVERIFY(cancelled.issues.isEmpty());
            QCOMPARE(cancelled.inserted + cancelled.updated + cancelled.deleted, 0);
            QVERIFY(monotonic);
            QCOMPARE(lastTotal, qint64(csv.size()));
            QVERIFY2(calls >= 10, qPrintable(QString::number(calls)));
            QCOMPARE(catalog->rowCount(QStringLiteral("gpu_aliases")), rowsBefore);
            catalog.reset();
            QVERIFY2(readFile(path) == fileBefore, "a cancelled import changed the catalog file");
            QCOMPARE(listTree(dir.path()),
                     (QStringList { QStringLiteral("big.sqlite"), QStringLiteral("gpu_aliases-1M.csv") }));
            qInfo("cancelled at %.0f%%: %d progress calls, the last at %lld of %lld", cancelAt * 100, calls,
                  qlonglong(lastPos), qlonglong(lastTotal));
            catalog = std::make_unique<Catalog>(path);
        }

        // the whole file
        int calls = 0;
        qint64 lastPos = -1;
        bool monotonic = true;
        QElapsedTimer timer;
        qint64 lastCall_ms = 0;
        timer.start();
        const db::ImportResult full = db::importCsvFile(catalog->database(), QStringLiteral("gpu_aliases"), csvPath,
                                                        db::ImportMode::Merge, [&](qint64 pos, qint64 total) {
                                                            ++calls;
                                                            monotonic = monotonic && pos >= lastPos && pos <= total;
                                                            lastPos = pos;
                                                            lastCall_ms = timer.elapsed();
                                                            return true;
                                                        });
        const qint64 elapsed_ms = timer.elapsed();
        QVERIFY2(full.ok(), qPrintable(full.issues.value(0).toString()));
        QCOMPARE(full.inserted, kBigImportRows);
        QVERIFY(monotonic);
        QVERIFY2(calls >= 2 * (kBigImportRows / 4096) - 2, qPrintable(QString::number(calls)));
        QVERIFY2(lastPos > qint64(csv.size()) / 2, "no progress while writing the rows");
        QCOMPARE(catalog->rowCount(QStringLiteral("gpu_aliases")), rowsBefore + kBigImportRows);
        qInfo("full import of %d rows (%lld bytes): %.1f s, %d progress calls, the last at %.1f s", kBigImportRows,
              qlonglong(csv.size()), double(elapsed_ms) / 1000.0, calls, double(lastCall_ms) / 1000.0);
    }

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    QByteArray m_pristineBytes;
};

TCO_ROBUSTNESS_MAIN(QCoreApplication, TestCatalogFaults, childMain)
#include "tst_catalogfaults.moc"
