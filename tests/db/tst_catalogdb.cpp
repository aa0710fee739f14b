// SPDX-License-Identifier: MIT
#include "../robustness/robustness.h"
#include "catalog.h"
#include "repository.h"
#include "schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using tco::db::Catalog;
using tco::db::CatalogError;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

using tco::robustness::listTree;

/** Runs @p statements on @p path with a plain connection (what another tool would do). */
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s + u' ' + q.lastError().text()));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/** The schema as SQLite stores it, for comparing fresh and upgraded files. */
QStringList schemaDump(const Catalog &c)
{
    QStringList rows;
    QSqlQuery q(c.database());
    q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}.join(u'|');
    return rows;
}
} // namespace

class TestCatalogDb : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void freshCreateHasSchemaAndSeed()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        Catalog c(path);
        QVERIFY(c.createdNow());
        QCOMPARE(Catalog::fileSchemaVersion(path), Catalog::latestSchemaVersion());
        QVERIFY(Catalog::latestSchemaVersion() >= 1);
        for (const QString &t : tco::db::catalogTables())
            QVERIFY2(c.rowCount(t) >= 0, qPrintable(t));
        QVERIFY(c.rowCount(QStringLiteral("gpus")) >= 35);
        QVERIFY(c.rowCount(QStringLiteral("models")) >= 30);
        QVERIFY(!c.meta(QStringLiteral("created_at")).isEmpty());
        // every seeded row carries a source and an as-of date
        for (const QString &t : tco::db::catalogTables()) {
            const tco::db::TableInfo info = tco::db::describeTable(c.database(), t);
            if (info.indexOf(QStringLiteral("source")) < 0)
                continue;
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE trim(source) = '' OR trim(as_of) = ''").arg(t)));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 0, qPrintable(t + QStringLiteral(" has rows without source or as_of")));
        }
        // foreign keys are on for the connection
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO gpu_aliases(alias, gpu_id) VALUES ('x', 'no-such-gpu')")));
    }

    void reopenDoesNotRecreate()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        { Catalog c(path); }
        const QByteArray before = fileHash(path);
        {
            Catalog c(path);
            QVERIFY(!c.createdNow());
            QVERIFY(c.backupPath().isEmpty());
        }
        QCOMPARE(fileHash(path), before);
    }

    void mustExistRefusesMissingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
        QVERIFY_THROWS_EXCEPTION(CatalogError, Catalog(path, Catalog::OpenMode::MustExist));
        QVERIFY(!QFile::exists(path));
    }

    void refusesAndKeepsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QByteArray("gpu,price\nH100,30000\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("binary junk") << QByteArray(4096, '\x7f') << QStringLiteral("not an SQLite database");
        QByteArray truncated("SQLite format 3\0", 16);
        truncated += QByteArray(84, '\0') + QByteArray(300, 'x');
        QTest::newRow("truncated sqlite") << truncated << QStringLiteral("damaged");
    }
    void refusesAndKeepsBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        writeFile(path, content);
        const QByteArray before = fileHash(path);
        try {
            Catalog c(path);
            QFAIL("a bad file was accepted");
        } catch (const CatalogError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void corruptedPageIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        { Catalog c(path); }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray data = f.readAll();
        // Overwrite the middle of the file (b-tree pages) with garbage, keep the header.
        for (qsizetype i = 8192; i < data.size() - 8192 && i < 8192 + 40960; ++i)
            data[i] = char(i * 7);
        f.seek(0);
        f.write(data);
        f.close();
        const QByteArray before = fileHash(path);
        QVERIFY_THROWS_EXCEPTION(CatalogError, Catalog{path});
        QCOMPARE(fileHash(path), before);
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        { Catalog c(path); QSqlQuery q(c.database()); QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999"))); }
        const QByteArray before = fileHash(path);
        try {
            Catalog c(path);
            QFAIL("a newer file was accepted");
        } catch (const CatalogError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("999")));
        }
        QCOMPARE(fileHash(path), before);
    }

    void upgradesEveryFixtureWithBackup_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(QStringLiteral(TCO_TEST_DATA_DIR));
        const QStringList fixtures = dir.entryList({QStringLiteral("catalog-v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY(!fixtures.isEmpty());
        for (const QString &f : fixtures)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
        QTest::newRow("empty file (v0)") << QString();
    }
    void upgradesEveryFixtureWithBackup()
    {
        QFETCH(QString, fixture);
        const QString path = m_dir.filePath(QStringLiteral("upgrade-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile::remove(path);
        if (fixture.isEmpty())
            writeFile(path, QByteArray());
        else
            QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const int fromVersion = Catalog::fileSchemaVersion(path);
        const QByteArray before = fileHash(path);
        Catalog upgraded(path);
        if (fromVersion < Catalog::latestSchemaVersion()) {
            QVERIFY(!upgraded.backupPath().isEmpty());
            QCOMPARE(fileHash(upgraded.backupPath()), before);
        }
        Catalog fresh(m_dir.filePath(QStringLiteral("reference-fresh.sqlite")));
        QCOMPARE(schemaDump(upgraded), schemaDump(fresh));
        QCOMPARE(Catalog::fileSchemaVersion(path), Catalog::latestSchemaVersion());
    }

    // Migration 0004: the GPUs' sourced idle power (issue 13.4) reaches an upgraded catalog.
    void upgradeFromV1BringsIdlePower()
    {
        const QString path = m_dir.filePath(QStringLiteral("upgrade-idle.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(TCO_TEST_DATA_DIR "/catalog-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Catalog upgraded(path);
        const tco::engine::CatalogSnapshot snap = tco::db::loadSnapshot(upgraded.database());
        const tco::engine::GpuSpec *h100 = snap.findGpu("nvidia-h100-sxm5-80gb");
        QVERIFY(h100 && h100->idle_w);
        QCOMPARE(*h100->idle_w, 142.0);
        const tco::engine::GpuSpec *a10g = snap.findGpu("nvidia-a10g");
        QVERIFY(a10g && !a10g->idle_w); // no source gives it: stays empty
    }

    void upgradeFromV1BringsMarketsAndKeepsUserEdits()
    {
        // Migration 0002 on the v1 fixture: the new tables get the bundled rows (cn, us and their
        // prices); values the seed gained after v1 are filled only where still empty: the A10G's
        // FP16 rate (empty in v1) becomes 70, while an INT8 rate the user typed (123) stays.
        const QString path = m_dir.filePath(QStringLiteral("upgrade-markets.sqlite"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(TCO_TEST_DATA_DIR "/catalog-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Catalog::fileSchemaVersion(path), 1);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-edit"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT fp16_tflops IS NULL, int8_tops IS NULL FROM gpus WHERE id = 'nvidia-a10g'")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toBool() && q.value(1).toBool()); // the fixture is the v1 seed
            QVERIFY2(q.exec(QStringLiteral(
                         "UPDATE gpus SET int8_tops = 123, source = 'my own benchmark' WHERE id = 'nvidia-a10g'")),
                     qPrintable(q.lastError().text()));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1-edit"));

        Catalog upgraded(path);
        const tco::engine::CatalogSnapshot snap = tco::db::loadSnapshot(upgraded.database());
        QVERIFY(snap.findMarket("cn"));
        QVERIFY(snap.findMarket("us"));
        QCOMPARE(snap.findMarket("cn")->currency, std::string("CNY"));
        QCOMPARE(*snap.findMarket("cn")->staff_cost_per_fte_year, 253170.0);
        const tco::engine::MarketPrice *rtx
            = snap.findMarketPrice("cn", tco::engine::MarketPrice::Kind::Gpu, "nvidia-geforce-rtx-4090");
        QVERIFY(rtx);
        QCOMPARE(rtx->price, 14500.0);
        QCOMPARE(snap.market_prices.size(), std::size_t(8)); // db/seed/market_prices.csv
        const tco::engine::GpuSpec *a10g = snap.findGpu("nvidia-a10g");
        QVERIFY(a10g);
        QCOMPARE(*a10g->fp16_tflops, 70.0); // filled: it was empty
        QCOMPARE(*a10g->int8_tops, 123.0); // the user's value, kept
        QCOMPARE(*a10g->int4_tops, 280.0); // filled
        QCOMPARE(a10g->provenance.source, std::string("my own benchmark")); // the user's source, kept
        const tco::engine::ServerPart *psu = snap.findPart("psu-850w-atx");
        QVERIFY(psu && psu->price);
        QCOMPARE(*psu->price, 135.0); // empty in v1, filled
    }


    void upgradeFromV1BringsTheApiPrices_data()
    {
        QTest::addColumn<bool>("dropR1");
        QTest::newRow("v1 as shipped") << false;
        QTest::newRow("v1 without DeepSeek-R1") << true;
    }
    void upgradeFromV1BringsTheApiPrices()
    {
        // 0003 creates api_prices; an upgraded catalog gets the bundled rows like a new one. A
        // catalog whose user deleted a model keeps the other rows and still opens.
        QFETCH(bool, dropR1);
        const QString path = m_dir.filePath(QStringLiteral("api-upgrade-%1.sqlite").arg(int(dropR1)));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(TCO_TEST_DATA_DIR "/catalog-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Catalog::fileSchemaVersion(path), 1);
        if (dropR1) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop-r1"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("DELETE FROM model_aliases WHERE model_id = 'deepseek-r1'")));
                QVERIFY(q.exec(QStringLiteral("DELETE FROM models WHERE id = 'deepseek-r1'")));
                q = QSqlQuery();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("drop-r1"));
        }
        Catalog upgraded(path);
        Catalog fresh(m_dir.filePath(QStringLiteral("api-fresh.sqlite")));
        const qint64 bundled = fresh.rowCount(QStringLiteral("api_prices"));
        QVERIFY(bundled >= 20);
        QSqlQuery q(upgraded.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM api_prices WHERE model_id = 'deepseek-r1'")) && q.next());
        const qint64 r1Rows = q.value(0).toLongLong();
        QCOMPARE(r1Rows == 0, dropR1);
        QSqlQuery f(fresh.database());
        QVERIFY(f.exec(QStringLiteral("SELECT COUNT(*) FROM api_prices WHERE model_id = 'deepseek-r1'")) && f.next());
        QCOMPARE(upgraded.rowCount(QStringLiteral("api_prices")), dropR1 ? bundled - f.value(0).toLongLong() : bundled);
        const tco::engine::CatalogSnapshot snap = tco::db::loadSnapshot(upgraded.database());
        QVERIFY(std::any_of(snap.api_prices.begin(), snap.api_prices.end(), [](const tco::engine::ApiPrice &p) {
            return p.provider == "DeepSeek" && p.model_id == "deepseek-v3";
        }));
    }

    void resetKeepsBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("reset.sqlite"));
        {
            Catalog c(path);
            QSqlQuery q(c.database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM gpu_aliases")));
        }
        const QString backup = Catalog::resetToDefaults(path);
        QVERIFY(QFile::exists(backup));
        Catalog restored(path);
        QVERIFY(restored.rowCount(QStringLiteral("gpu_aliases")) > 0);
        Catalog old(backup, Catalog::OpenMode::MustExist);
        QCOMPARE(old.rowCount(QStringLiteral("gpu_aliases")), 0);
    }

    // Only a catalog is reset: anything else at the path is refused and left exactly as it was.
    void resetRefusesWhatIsNotACatalog_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder, not a catalog file");
        QTest::newRow("text file") << QStringLiteral("text")
                                   << QStringLiteral("is not a TCO Planner catalog (it is not an SQLite database)");
        QTest::newRow("another program's SQLite database")
            << QStringLiteral("sqlite") << QStringLiteral("not a TCO Planner catalog (it has no catalog_meta table)");
#ifdef Q_OS_UNIX
        QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("is not a regular file");
#endif
    }
    void resetRefusesWhatIsNotACatalog()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("target"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
            writeFile(path + QStringLiteral("/notes.txt"), "my notes\n");
        } else if (kind == QLatin1String("text")) {
            writeFile(path, "gpu,price\nH100,30000\n");
        } else if (kind == QLatin1String("sqlite")) {
            runSql(path,
                   { QStringLiteral("CREATE TABLE bookmarks(url TEXT)"),
                     QStringLiteral("INSERT INTO bookmarks VALUES ('x')") });
        } else {
#ifdef Q_OS_UNIX
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#endif
        }
        const QStringList before = listTree(dir.path());
        const QByteArray hash
            = QFileInfo(path).isFile() && kind != QLatin1String("fifo") ? fileHash(path) : QByteArray();
        try {
            Catalog::resetToDefaults(path);
            QFAIL("something that is not a catalog was reset");
        } catch (const CatalogError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("target")), qPrintable(e.message()));
        }
        QCOMPARE(listTree(dir.path()), before);
        if (!hash.isEmpty())
            QCOMPARE(fileHash(path), hash);
    }

    // A catalog too damaged to open is what a reset is for: it is still reset (with a backup).
    void resetReplacesADamagedCatalog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Catalog c(path);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 1000));
        f.close();
        QVERIFY_THROWS_EXCEPTION(CatalogError, Catalog { path });
        const QString backup = Catalog::resetToDefaults(path);
        QVERIFY(QFile::exists(backup));
        Catalog fresh(path);
        QVERIFY(fresh.rowCount(QStringLiteral("gpus")) > 0);
    }

    // A schema missing a table or a column (dropped by another tool) is refused at open, naming
    // what is missing, and left unchanged.
    void damagedSchemaIsNamedAtOpen_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("message");
        QTest::newRow("dropped table") << QStringList { QStringLiteral("DROP TABLE cloud_prices") }
                                       << QStringLiteral("table cloud_prices is missing");
        QTest::newRow("dropped column") << QStringList { QStringLiteral("ALTER TABLE gpus DROP COLUMN tdp_w") }
                                        << QStringLiteral("table gpus lacks the column(s) tdp_w");
        QTest::newRow("dropped identity table") << QStringList { QStringLiteral("DROP TABLE catalog_meta") }
                                                << QStringLiteral("table catalog_meta is missing");
    }
    void damagedSchemaIsNamedAtOpen()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema.sqlite"));
        {
            Catalog c(path);
        }
        runSql(path, QStringList { QStringLiteral("PRAGMA foreign_keys = OFF") } + statements);
        const QByteArray before = fileHash(path);
        try {
            Catalog c(path);
            QFAIL(qPrintable(QStringLiteral("a damaged schema was accepted (cloud_prices: %1 rows)")
                                 .arg(c.rowCount(QStringLiteral("cloud_prices")))));
        } catch (const CatalogError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("damaged")) && e.message().contains(path),
                     qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    // "<catalog>.creating-<pid>" files of a process that no longer runs (a killed first
    // creation) are removed on the next open; a running process's file is left alone.
    void staleCreationFilesAreRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            Catalog c(path);
        }
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QProcess running;
        running.start(QStringLiteral("sleep"), { QStringLiteral("60") });
        QVERIFY(running.waitForStarted());
        const QString dead = path + QStringLiteral(".creating-%1").arg(deadPid);
        const QString alive = path + QStringLiteral(".creating-%1").arg(running.processId());
        writeFile(dead, QByteArray("SQLite format 3\0", 16));
        writeFile(dead + QStringLiteral("-journal"), "journal");
        writeFile(alive, QByteArray("SQLite format 3\0", 16));
        const QString unrelated = dir.filePath(QStringLiteral("other.sqlite.creating-%1").arg(deadPid));
        writeFile(unrelated, "not ours");
        {
            Catalog c(path);
        }
        QVERIFY(!QFile::exists(dead));
        QVERIFY(!QFile::exists(dead + QStringLiteral("-journal")));
        QVERIFY(QFile::exists(alive));
        QVERIFY(QFile::exists(unrelated));
        running.kill();
        running.waitForFinished();
    }

    // Values out of their plausible range, stored by another tool or before the ranges existed,
    // are refused by name when the catalog is read into the engine: never wrapped to int.
    void outOfRangeValuesAreRefusedWhenRead_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("message");
        QTest::newRow("layers above 2^32")
            << QStringLiteral("UPDATE models SET layers = 4294967328 WHERE id = 'deepseek-v3'")
            << QStringLiteral("table models, row \"deepseek-v3\", column layers: 4294967328 is outside the plausible "
                              "range 1–1000");
        QTest::newRow("subnormal bandwidth")
            << QStringLiteral("UPDATE gpus SET mem_bw_gbs = 5e-324 WHERE id = 'nvidia-a10g'")
            << QStringLiteral("table gpus, row \"nvidia-a10g\", column mem_bw_gbs: 4.94066e-324 is too close to zero");
        QTest::newRow("negative cost default")
            << QStringLiteral("UPDATE cost_defaults SET value = -1 WHERE key = 'depreciation_years'")
            << QStringLiteral("column value: -1 is outside the plausible range 0–");
        QTest::newRow("text in a number") << QStringLiteral("UPDATE gpus SET vram_gb = 'lots' WHERE id = 'nvidia-a10g'")
                                          << QStringLiteral("column vram_gb: \"lots\" is not a number");
        QTest::newRow("fraction in an integer")
            << QStringLiteral("UPDATE models SET head_dim = 127.5 WHERE id = 'deepseek-v3'")
            << QStringLiteral("column head_dim: 127.5 is not a whole number");
    }
    void outOfRangeValuesAreRefusedWhenRead()
    {
        QFETCH(QString, statement);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("range.sqlite"));
        {
            Catalog c(path);
        }
        runSql(path, { statement });
        Catalog c(path);
        try {
            const auto snap = tco::db::loadSnapshot(c.database());
            QFAIL(qPrintable(QStringLiteral("read without complaint (%1 models)").arg(snap.models.size())));
        } catch (const CatalogError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }

    void aliasesResolve_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sameAs");
        QTest::newRow("H100 spelled as a product") << QStringLiteral("H100 SXM 80GB") << QStringLiteral("NVIDIA H100 80GB HBM3");
        QTest::newRow("H100 slug") << QStringLiteral("h100-sxm5-80gb") << QStringLiteral("H100 SXM 80GB");
        QTest::newRow("4090 case and punctuation") << QStringLiteral("rtx_4090") << QStringLiteral("GeForce RTX 4090");
    }
    void aliasesResolve()
    {
        QFETCH(QString, name);
        QFETCH(QString, sameAs);
        Catalog c(m_dir.filePath(QStringLiteral("alias.sqlite")));
        const auto snap = tco::db::loadSnapshot(c.database());
        const auto *a = snap.findGpu(name.toStdString());
        const auto *b = snap.findGpu(sameAs.toStdString());
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(b, qPrintable(sameAs));
        QCOMPARE(a->id, b->id);
    }

    void modelAliasesIncludeHuggingFaceIds()
    {
        Catalog c(m_dir.filePath(QStringLiteral("alias.sqlite")));
        const auto snap = tco::db::loadSnapshot(c.database());
        const auto *v3 = snap.findModel("deepseek-ai/DeepSeek-V3");
        QVERIFY(v3);
        QCOMPARE(v3->attention, tco::engine::AttentionKind::Mla);
        QCOMPARE(v3->layers, 61);
        QCOMPARE(v3->kv_lora_rank.value_or(0), 512);
        QCOMPARE(v3->qk_rope_head_dim.value_or(0), 64);
        QVERIFY(snap.findModel("DeepSeek V3") == v3);
    }

    void coversTheCalibrationFile()
    {
        QFile f(QStringLiteral(TCO_TEST_DATA_DIR "/../../data/measured_calibration.csv"));
        if (!f.exists())
            QSKIP("tests/data/measured_calibration.csv is not there yet");
        QVERIFY(f.open(QIODevice::ReadOnly));
        Catalog c(m_dir.filePath(QStringLiteral("alias.sqlite")));
        const auto snap = tco::db::loadSnapshot(c.database());
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() > 10);
        // columns 3 (gpu) and 6 (model) of the calibration file: simple fields, no quoting
        int checked = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            QStringList fields;
            QString field;
            bool quoted = false;
            for (char ch : lines[i]) {
                if (ch == '"') quoted = !quoted;
                else if (ch == ',' && !quoted) { fields << field; field.clear(); }
                else field += QLatin1Char(ch);
            }
            fields << field;
            QVERIFY(fields.size() > 9);
            QVERIFY2(snap.findGpu(fields[3].toStdString()), qPrintable(QStringLiteral("GPU ") + fields[3]));
            QVERIFY2(snap.findModel(fields[6].toStdString()), qPrintable(QStringLiteral("model ") + fields[6]));
            QVERIFY2(snap.findPrecision(fields[9].toStdString()), qPrintable(QStringLiteral("precision ") + fields[9]));
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCatalogDb)
#include "tst_catalogdb.moc"
