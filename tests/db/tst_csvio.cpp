// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "csvio.h"
#include "schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tco::db;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
} // namespace

class TestCsvIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        Catalog create(m_path);
    }

    void roundTripEveryTable_data()
    {
        QTest::addColumn<QString>("table");
        for (const QString &t : catalogTables())
            QTest::newRow(qPrintable(t)) << t;
    }
    void roundTripEveryTable()
    {
        QFETCH(QString, table);
        Catalog c(m_path);
        const QByteArray exported = exportCsv(c.database(), table);
        QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
        const qint64 rows = c.rowCount(table);
        // Replace the table by its own export: nothing changes.
        ImportResult r = importCsv(c.database(), table, exported, table + QStringLiteral(".csv"), ImportMode::Replace);
        QVERIFY2(r.ok(), r.issues.isEmpty() ? "" : qPrintable(r.issues.first().toString()));
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.updated, int(rows));
        QCOMPARE(r.deleted, 0);
        QCOMPARE(exportCsv(c.database(), table), exported);
    }

    void importWithoutBomAndInAnyColumnOrder()
    {
        Catalog c(m_path);
        const QByteArray data = "gpu_id,alias\r\nnvidia-h100-sxm5-80gb,\"Hopper, the SXM one\"\r\n";
        const ImportResult r = importCsv(c.database(), QStringLiteral("gpu_aliases"), data, QStringLiteral("x.csv"));
        QVERIFY2(r.ok(), r.issues.isEmpty() ? "" : qPrintable(r.issues.first().toString()));
        QCOMPARE(r.inserted, 1);
        QSqlQuery q(c.database());
        q.prepare(QStringLiteral("SELECT gpu_id FROM gpu_aliases WHERE alias = ?"));
        q.addBindValue(QStringLiteral("Hopper, the SXM one"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("nvidia-h100-sxm5-80gb"));
    }

    void formulaCellsAreNeutralisedAndRoundTrip()
    {
        Catalog c(m_path);
        const QByteArray data = "key,value,unit,source,as_of,notes\n"
                                "test_formula,1,ratio,\"=HYPERLINK(\"\"http://x\"\")\",2026-01,@SUM(A1)\n";
        ImportResult r = importCsv(c.database(), QStringLiteral("cost_defaults"), data, QStringLiteral("f.csv"));
        QVERIFY2(r.ok(), r.issues.isEmpty() ? "" : qPrintable(r.issues.first().toString()));
        const QByteArray exported = exportCsv(c.database(), QStringLiteral("cost_defaults"));
        QVERIFY(exported.contains("'=HYPERLINK"));
        QVERIFY(exported.contains("'@SUM(A1)"));
        r = importCsv(c.database(), QStringLiteral("cost_defaults"), exported, QStringLiteral("e.csv"), ImportMode::Replace);
        QVERIFY(r.ok());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT source, notes FROM cost_defaults WHERE key = 'test_formula'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("=HYPERLINK(\"http://x\")"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("@SUM(A1)"));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM cost_defaults WHERE key = 'test_formula'")));
    }

    void malformedFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected"); // the message, with file:line:column

        QTest::newRow("bad quoting") << QStringLiteral("gpu_aliases")
                                     << QByteArray("alias,gpu_id\nfoo,nvidia-h100-sxm5-80gb\n\"unterminated,nvidia-h100-sxm5-80gb\n")
                                     << QStringLiteral("in.csv:3:1 (alias): malformed CSV: unterminated quoted field");
        QTest::newRow("quote inside field") << QStringLiteral("gpu_aliases")
                                            << QByteArray("alias,gpu_id\nfo\"o,nvidia-h100-sxm5-80gb\n")
                                            << QStringLiteral("in.csv:2:1 (alias): malformed CSV: quote character inside an unquoted field");
        QTest::newRow("wrong column count") << QStringLiteral("gpu_aliases")
                                            << QByteArray("alias,gpu_id\nfoo,nvidia-h100-sxm5-80gb,extra\n")
                                            << QStringLiteral("in.csv:2: wrong number of fields: expected 2, found 3");
        QTest::newRow("negative price") << QStringLiteral("cloud_prices")
                                        << QByteArray("instance_id,purchase_option,currency,hourly,source,as_of\n"
                                                      "aws-us-east-1-g5.xlarge,on_demand,USD,-1.5,me,2026\n")
                                        << QStringLiteral("in.csv:2:4 (hourly): negative price -1.5");
        QTest::newRow("non-numeric") << QStringLiteral("gpus")
                                     << QByteArray("id,vendor,model,vram_gb,source,as_of\nx,NVIDIA,X,lots,me,2026\n")
                                     << QStringLiteral("in.csv:2:4 (vram_gb): \"lots\" is not a number");
        QTest::newRow("number with unit") << QStringLiteral("gpus")
                                          << QByteArray("id,vendor,model,vram_gb,source,as_of\nx,NVIDIA,X,80GB,me,2026\n")
                                          << QStringLiteral("in.csv:2:4 (vram_gb): \"80GB\" is not a number");
        QTest::newRow("NaN") << QStringLiteral("gpus")
                             << QByteArray("id,vendor,model,vram_gb,source,as_of\nx,NVIDIA,X,nan,me,2026\n")
                             << QStringLiteral("in.csv:2:4 (vram_gb): \"nan\" is not a number");
        QTest::newRow("unknown GPU reference") << QStringLiteral("gpu_aliases")
                                               << QByteArray("alias,gpu_id\nMy GPU,nvidia-h900\n")
                                               << QStringLiteral("in.csv:2:2 (gpu_id): unknown gpus reference \"nvidia-h900\"");
        QTest::newRow("duplicate") << QStringLiteral("gpu_aliases")
                                   << QByteArray("alias,gpu_id\nZZ1,nvidia-h100-sxm5-80gb\nZZ1,nvidia-h100-sxm5-80gb\n")
                                   << QStringLiteral("in.csv:3:1 (alias): duplicate key \"ZZ1\" (first on line 2)");
        QTest::newRow("unknown column") << QStringLiteral("gpu_aliases")
                                        << QByteArray("alias,gpu_id,colour\nZZ2,nvidia-h100-sxm5-80gb,red\n")
                                        << QStringLiteral("in.csv:1:3 (colour): unknown column \"colour\"");
        QTest::newRow("missing required column") << QStringLiteral("gpus")
                                                 << QByteArray("id,vendor,model,source,as_of\nx,NVIDIA,X,me,2026\n")
                                                 << QStringLiteral("in.csv:1: required column \"vram_gb\" is missing");
        QTest::newRow("missing required value") << QStringLiteral("gpus")
                                                << QByteArray("id,vendor,model,vram_gb,source,as_of\nx,NVIDIA,X,,me,2026\n")
                                                << QStringLiteral("in.csv:2:4 (vram_gb): a value is required");
        QTest::newRow("check constraint") << QStringLiteral("gpus")
                                          << QByteArray("id,vendor,model,vram_gb,source,as_of,link_kind\nx,NVIDIA,X,8,me,2026,carrier-pigeon\n")
                                          << QStringLiteral("in.csv:2: rejected by the catalog: CHECK constraint failed");
        QTest::newRow("fraction of an integer") << QStringLiteral("models")
                                                << QByteArray("id,name,total_params_b,active_params_b,layers,hidden_size,attention_heads,kv_heads,head_dim,attention,vocab_size,max_context_tokens,source,as_of\n"
                                                              "m,M,7,7,32.5,4096,32,32,128,mha,32000,4096,me,2026\n")
                                                << QStringLiteral("in.csv:2:5 (layers): \"32.5\" is not a whole number");
        QTest::newRow("empty file") << QStringLiteral("gpu_aliases") << QByteArray()
                                    << QStringLiteral("in.csv: the file is empty");
        QTest::newRow("unknown table") << QStringLiteral("users") << QByteArray("a\n1\n")
                                       << QStringLiteral("unknown catalog table \"users\"");
        QTest::newRow("replace would orphan rows") << QStringLiteral("gpus")
                                                   << QByteArray("id,vendor,model,vram_gb,source,as_of\nonly-gpu,NVIDIA,X,8,me,2026\n")
                                                   << QStringLiteral("other catalog rows still refer to it");
    }
    void malformedFilesChangeNothing()
    {
        QFETCH(QString, table);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QByteArray before = fileHash(m_path);
        {
            Catalog c(m_path);
            const bool replace = QByteArray(QTest::currentDataTag()).startsWith("replace");
            const ImportResult r = importCsv(c.database(), table, data, QStringLiteral("in.csv"),
                                             replace ? ImportMode::Replace : ImportMode::Merge);
            QVERIFY(!r.ok());
            QStringList all;
            for (const ImportIssue &i : r.issues)
                all << i.toString();
            QVERIFY2(all.join(u'\n').contains(expected), qPrintable(all.join(u'\n')));
            QCOMPARE(r.inserted + r.updated + r.deleted, 0);
        }
        QCOMPARE(fileHash(m_path), before);
    }

    void cancelledImportChangesNothing()
    {
        QByteArray data("alias,gpu_id\n");
        for (int i = 0; i < 20000; ++i)
            data += "bulk-alias-" + QByteArray::number(i) + ",nvidia-h100-sxm5-80gb\n";
        const QByteArray before = fileHash(m_path);
        {
            Catalog c(m_path);
            int calls = 0;
            const ImportResult r = importCsv(c.database(), QStringLiteral("gpu_aliases"), data, QStringLiteral("big.csv"),
                                             ImportMode::Merge, TransactionMode::Own,
                                             [&](qint64 done, qint64 total) {
                                                 Q_ASSERT(done <= total);
                                                 return ++calls < 2;
                                             });
            QVERIFY(r.cancelled);
            QVERIFY(!r.ok());
        }
        QCOMPARE(fileHash(m_path), before);
    }

    void exportFileIsAtomicAndReadable()
    {
        Catalog c(m_path);
        const QString out = m_dir.filePath(QStringLiteral("gpus.csv"));
        QCOMPARE(exportCsvFile(c.database(), QStringLiteral("gpus"), out), QString());
        ImportResult r = importCsvFile(c.database(), QStringLiteral("gpus"), out, ImportMode::Merge);
        QVERIFY(r.ok());
        QVERIFY(!exportCsvFile(c.database(), QStringLiteral("gpus"), m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))).isEmpty());
        r = importCsvFile(c.database(), QStringLiteral("gpus"), m_dir.filePath(QStringLiteral("absent.csv")));
        QVERIFY(!r.ok());
        QVERIFY(r.issues.first().toString().contains(QStringLiteral("absent.csv")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestCsvIo)
#include "tst_csvio.moc"
