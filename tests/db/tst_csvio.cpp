// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "csvio.h"
#include "schema.h"
#include "valueranges.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace tco::db;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

qint64 count(const Catalog &c, const QString &sql, const QString &bound = QString())
{
    QSqlQuery q(c.database());
    q.prepare(sql);
    if (!bound.isNull())
        q.addBindValue(bound);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

const QByteArray kModelHeader = "id,name,total_params_b,active_params_b,layers,hidden_size,attention_heads,kv_heads,"
                                "head_dim,attention,vocab_size,max_context_tokens,source,as_of\n";
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

    void apiPricesRoundTrip()
    {
        // The bundled API prices export, re-import (replacing the table) and export again unchanged,
        // and an edited price comes back as edited.
        Catalog c(m_path);
        QVERIFY(c.rowCount(QStringLiteral("api_prices")) >= 20);
        const QByteArray exported = exportCsv(c.database(), QStringLiteral("api_prices"));
        QVERIFY(exported.contains("deepseek-chat-v3.2-cny-2025-09-29"));
        QByteArray edited = exported;
        edited.replace("siliconflow-deepseek-v3-2025-09,SiliconFlow,deepseek-ai/DeepSeek-V3,deepseek-v3,,2,8",
                       "siliconflow-deepseek-v3-2025-09,SiliconFlow,deepseek-ai/DeepSeek-V3,deepseek-v3,,2.5,8");
        QVERIFY(edited != exported);
        ImportResult r = importCsv(c.database(), QStringLiteral("api_prices"), edited, QStringLiteral("e.csv"),
                                   ImportMode::Replace);
        QVERIFY2(r.ok(), r.issues.isEmpty() ? "" : qPrintable(r.issues.first().toString()));
        QCOMPARE(exportCsv(c.database(), QStringLiteral("api_prices")), edited);
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT input_cache_miss_per_million FROM api_prices WHERE id = 'siliconflow-deepseek-v3-2025-09'"))
                && q.next());
        QCOMPARE(q.value(0).toDouble(), 2.5);
        r = importCsv(c.database(), QStringLiteral("api_prices"), exported, QStringLiteral("back.csv"),
                      ImportMode::Replace);
        QVERIFY(r.ok());
        QCOMPARE(exportCsv(c.database(), QStringLiteral("api_prices")), exported);
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
        // plausible ranges (issue 21): the schema's CHECKs pass these
        QTest::newRow("subnormal bandwidth")
            << QStringLiteral("gpus")
            << QByteArray("id,vendor,model,vram_gb,mem_bw_gbs,source,as_of\nx,NVIDIA,X,8,5e-324,me,2026\n")
            << QStringLiteral("in.csv:2:5 (mem_bw_gbs): 4.94066e-324 is too close to zero");
        QTest::newRow("absurd bandwidth")
            << QStringLiteral("gpus")
            << QByteArray("id,vendor,model,vram_gb,mem_bw_gbs,source,as_of\nx,NVIDIA,X,8,1e9,me,2026\n")
            << QStringLiteral("in.csv:2:5 (mem_bw_gbs): 1000000000 is outside the plausible range "
                              "1–100000 GB/s (the fastest HBM");
        QTest::newRow("layers above 2^32")
            << QStringLiteral("models") << (kModelHeader + "m,M,7,7,4294967328,4096,32,32,128,mha,32000,4096,me,2026\n")
            << QStringLiteral("in.csv:2:5 (layers): 4294967328 is outside the plausible range 1–1000");
        QTest::newRow("vocabulary above 2^31")
            << QStringLiteral("models") << (kModelHeader + "m,M,7,7,32,4096,32,32,128,mha,2147483648,4096,me,2026\n")
            << QStringLiteral("in.csv:2:11 (vocab_size): 2147483648 is outside the plausible range");
        QTest::newRow("negative cost default")
            << QStringLiteral("cost_defaults") << QByteArray("key,value,unit,source,as_of\nneg,-1,USD,me,2026\n")
            << QStringLiteral("in.csv:2:2 (value): -1 is outside the plausible range 0–10000000000");
        QTest::newRow("API price above the range")
            << QStringLiteral("api_prices")
            << QByteArray("id,provider,api_model,model_id,input_cache_miss_per_million,output_per_million,currency,"
                          "source,as_of\n"
                          "x,P,m,deepseek-v3,2000000,1,USD,me,2026\n")
            << QStringLiteral(
                   "in.csv:2:5 (input_cache_miss_per_million): 2000000 is outside the plausible range 0–1000000");
        QTest::newRow("API off-peak hour 24")
            << QStringLiteral("api_prices")
            << QByteArray("id,provider,api_model,model_id,input_cache_miss_per_million,output_per_million,"
                          "offpeak_start_utc_h,currency,source,as_of\nx,P,m,deepseek-v3,1,1,24,USD,me,2026\n")
            << QStringLiteral("in.csv:2:7 (offpeak_start_utc_h): 24 is outside the plausible range 0–23.99");
        QTest::newRow("API price of an unknown model")
            << QStringLiteral("api_prices")
            << QByteArray("id,provider,api_model,model_id,input_cache_miss_per_million,output_per_million,currency,"
                          "source,as_of\n"
                          "x,P,m,deepseek-v9,1,1,USD,me,2026\n")
            << QStringLiteral("in.csv:2:4 (model_id): unknown models reference \"deepseek-v9\"");
        QTest::newRow("PUE below 1") << QStringLiteral("pue_defaults")
                                     << QByteArray("id,facility,pue,source,as_of\np,f,0.5,me,2026\n")
                                     << QStringLiteral("in.csv:2:3 (pue): 0.5 is outside the plausible range 1–5");
        // encodings (issue 21): named, never imported as U+FFFD or as garbage column names
        QTest::newRow("UTF-16 LE") << QStringLiteral("gpu_aliases")
                                   << QByteArray("\xFF\xFE"
                                                 "a\0l\0i\0a\0s\0",
                                                 12)
                                   << QStringLiteral("in.csv: the file is UTF-16 (little-endian); save it as UTF-8");
        QTest::newRow("UTF-16 BE") << QStringLiteral("gpu_aliases") << QByteArray("\xFE\xFF\0a\0l\0i\0a\0s", 12)
                                   << QStringLiteral("in.csv: the file is UTF-16 (big-endian); save it as UTF-8");
        QTest::newRow("Windows-1252") << QStringLiteral("gpu_aliases")
                                      << QByteArray("alias,gpu_id\nCaf\xE9 card,nvidia-h100-sxm5-80gb\n")
                                      << QStringLiteral("in.csv:2: not valid UTF-8 at line 2 byte 4 (Windows-1252");
        QTest::newRow("overlong UTF-8") << QStringLiteral(
            "gpu_aliases") << QByteArray("alias,gpu_id\nok,nvidia-h100-sxm5-80gb\nA\xC0\xAF,nvidia-h100-sxm5-80gb\n")
                                        << QStringLiteral("in.csv:3: not valid UTF-8 at line 3 byte 2");
        QTest::newRow("NUL byte") << QStringLiteral("gpu_aliases")
                                  << QByteArray("alias,gpu_id\nA\0B,nvidia-h100-sxm5-80gb\n", 36)
                                  << QStringLiteral("in.csv:2: a NUL byte at line 2 byte 2");
        QTest::newRow("field too long")
            << QStringLiteral("gpu_aliases")
            << "alias,gpu_id\n" + QByteArray(kMaxImportFieldBytes + 1, 'a') + ",nvidia-h100-sxm5-80gb\n"
            << QStringLiteral("in.csv:2:1 (alias): the field is 65537 bytes long; the limit is 65536 bytes");
        QTest::newRow("replace that cascades")
            << QStringLiteral("cloud_providers") << QByteArray("id,name,source,as_of\nonly-provider,Only,me,2026\n")
            << QStringLiteral("replacing cloud_providers would also remove rows of other tables");
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

    // Replacing a table counts what goes in every table (cascading foreign keys, transitively),
    // refuses without ReplaceCascade, and removes exactly that with it.
    void replaceCountsWhatCascades()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cascade.sqlite"));
        QVERIFY(QFile::copy(m_path, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Catalog c(path);
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM cloud_providers ORDER BY id LIMIT 1")) && q.next());
        const QString kept = q.value(0).toString();
        q = QSqlQuery();
        const QString gone = QStringLiteral("SELECT id FROM cloud_regions WHERE provider_id <> ?");
        const QString goneInstances
            = QStringLiteral("SELECT id FROM cloud_instances WHERE region_id IN (%1)").arg(gone);
        const QList<TableCount> expected = {
            { QStringLiteral("cloud_providers"),
              count(c, QStringLiteral("SELECT COUNT(*) FROM cloud_providers WHERE id <> ?"), kept) },
            { QStringLiteral("cloud_regions"), count(c, QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(gone), kept) },
            { QStringLiteral("cloud_instances"),
              count(c, QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(goneInstances), kept) },
            { QStringLiteral("cloud_prices"),
              count(c, QStringLiteral("SELECT COUNT(*) FROM cloud_prices WHERE instance_id IN (%1)").arg(goneInstances),
                    kept) },
        };
        for (const TableCount &t : expected)
            QVERIFY2(t.rows > 0, qPrintable(t.table));
        const qint64 regionsBefore = c.rowCount(QStringLiteral("cloud_regions"));
        const qint64 pricesBefore = c.rowCount(QStringLiteral("cloud_prices"));
        const QByteArray csv = "id,name,source,as_of\n" + kept.toUtf8() + ",Kept,test,2026\n";

        const QByteArray before = fileHash(path);
        ImportResult r = importCsv(c.database(), QStringLiteral("cloud_providers"), csv, QStringLiteral("p.csv"),
                                   ImportMode::Replace);
        QVERIFY(!r.ok());
        QVERIFY(r.needsCascade);
        QCOMPARE(r.removed, expected);
        QCOMPARE(r.inserted + r.updated + r.deleted, 0);
        QVERIFY2(r.issues.first().toString().contains(QStringLiteral("cloud_regions: %1").arg(expected[1].rows)),
                 qPrintable(r.issues.first().toString()));
        QCOMPARE(c.rowCount(QStringLiteral("cloud_regions")), regionsBefore);
        QCOMPARE(fileHash(path), before);

        r = importCsv(c.database(), QStringLiteral("cloud_providers"), csv, QStringLiteral("p.csv"),
                      ImportMode::ReplaceCascade);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.removed, expected);
        QCOMPARE(r.deleted, int(expected[0].rows));
        QCOMPARE(r.cascadedRows(), expected[1].rows + expected[2].rows + expected[3].rows);
        QCOMPARE(c.rowCount(QStringLiteral("cloud_providers")), 1);
        QCOMPARE(c.rowCount(QStringLiteral("cloud_regions")), regionsBefore - expected[1].rows);
        QCOMPARE(c.rowCount(QStringLiteral("cloud_prices")), pricesBefore - expected[3].rows);
    }

    // Composite keys are compared as tuples: a U+001F inside a key field does not make two keys
    // equal (a false duplicate), nor keep a row a replace should remove.
    void compositeKeysAreTuples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.sqlite"));
        QVERIFY(QFile::copy(m_path, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Catalog c(path);
        const QByteArray header = "base,quote,rate,as_of,source\n";
        ImportResult r = importCsv(c.database(), QStringLiteral("exchange_rates"),
                                   header
                                       + "A\x1f"
                                         "B,C,2,2020-01,t\nA,B\x1f"
                                         "C,3,2020-01,t\n",
                                   QStringLiteral("k.csv"));
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.inserted, 2);

        // the table holds ("X\x1fY", "Z"); the file only ("X", "Y\x1fZ"): the old row must go
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM exchange_rates")));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO exchange_rates(base, quote, rate, as_of, source) VALUES (?, ?, 1, '2020-01', 't')")));
        q.addBindValue(QStringLiteral("X\x1fY"));
        q.addBindValue(QStringLiteral("Z"));
        QVERIFY(q.exec());
        r = importCsv(c.database(), QStringLiteral("exchange_rates"),
                      header
                          + "X,Y\x1f"
                            "Z,1,2020-01,t\n",
                      QStringLiteral("k.csv"), ImportMode::Replace);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.deleted, 1);
        QCOMPARE(c.rowCount(QStringLiteral("exchange_rates")), 1);
        QCOMPARE(count(c, QStringLiteral("SELECT COUNT(*) FROM exchange_rates WHERE base = ?"), QStringLiteral("X")),
                 1);
    }

    // A key given in another column order than the table's primary key still matches its row.
    void compositeKeyInAnyColumnOrder()
    {
        Catalog c(m_path);
        const QByteArray exported = exportCsv(c.database(), QStringLiteral("exchange_rates"));
        QList<QByteArray> lines = exported.mid(3).split('\n');
        // swap the first two columns (base, quote) in every line
        for (QByteArray &l : lines) {
            QList<QByteArray> f = l.split(',');
            if (f.size() > 2)
                std::swap(f[0], f[1]);
            l = f.join(',');
        }
        const ImportResult r = importCsv(c.database(), QStringLiteral("exchange_rates"), lines.join('\n'),
                                         QStringLiteral("swapped.csv"), ImportMode::Replace);
        QVERIFY2(r.ok(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.inserted, 0);
        QCOMPARE(r.deleted, 0);
        QCOMPARE(exportCsv(c.database(), QStringLiteral("exchange_rates")), exported);
    }

    // More rows than kMaxImportRows are refused by name before any row is converted.
    void rowLimitIsNamed()
    {
        QByteArray data = "alias,gpu_id\n";
        data.reserve(data.size() + (kMaxImportRows + 1) * 4);
        for (qint64 i = 0; i <= kMaxImportRows; ++i)
            data += "a,b\n";
        const QByteArray before = fileHash(m_path);
        {
            Catalog c(m_path);
            const ImportResult r
                = importCsv(c.database(), QStringLiteral("gpu_aliases"), data, QStringLiteral("rows.csv"));
            QVERIFY(!r.ok());
            QCOMPARE(r.issues.size(), 1);
            QVERIFY2(r.issues.first().toString().contains(QStringLiteral("more than 2000000 data rows")),
                     qPrintable(r.issues.first().toString()));
        }
        QCOMPARE(fileHash(m_path), before);
    }

    // Every numeric column of every table has a named plausible range with a reason, integer
    // ranges fit the engine's int, and no range names a column that does not exist.
    void everyNumericColumnHasAPlausibleRange()
    {
        Catalog c(m_path);
        int numeric = 0;
        for (const QString &table : catalogTables()) {
            const TableInfo info = describeTable(c.database(), table);
            for (const ColumnInfo &col : info.columns) {
                if (!col.isNumeric())
                    continue;
                ++numeric;
                const ValueRange *range = valueRange(table, col.name);
                QVERIFY2(range, qPrintable(table + u'.' + col.name));
                QVERIFY(range->min <= range->max);
                QVERIFY(qstrlen(range->reason) > 10);
                if (col.type == ColumnType::Integer)
                    QVERIFY2(range->min >= std::numeric_limits<int>::min()
                                 && range->max <= std::numeric_limits<int>::max(),
                             qPrintable(table + u'.' + col.name));
            }
        }
        QCOMPARE(qsizetype(numeric), valueRanges().size());
        for (const ValueRange &r : valueRanges()) {
            const TableInfo info = describeTable(c.database(), QString(r.table));
            const int at = info.indexOf(QString(r.column));
            QVERIFY2(at >= 0 && info.columns[at].isNumeric(), r.column.data());
        }
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
