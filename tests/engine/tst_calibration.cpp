// SPDX-License-Identifier: MIT
// Calibration: reading measurements, interpreting rows, MdAPE on the published measurements,
// reproducibility of the fitted serving-stack profiles, the hold-out set.
#include "calibration.h"
#include "seedcatalog.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace tco::engine;

Q_DECLARE_METATYPE(std::string)

class TstCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readErrors_data();
    void readErrors();
    void interpretation_data();
    void interpretation();
    void mdapeOnPublishedMeasurements();
    void fitIsReproducibleAndPlausible();
    void holdOut();
    void servingLoadInterpretation();
    void servingLoadMdape();

private:
    CatalogSnapshot m_seed;
    std::vector<MeasuredRow> m_rows;
};

void TstCalibration::initTestCase()
{
    std::string err;
    QVERIFY2(testsupport::loadSeedCatalog(TCO_SEED_DIR, m_seed, err), err.c_str());
    const std::string text = testsupport::readFile(TCO_TEST_DATA_DIR "/measured_calibration.csv", &err);
    QVERIFY2(err.empty(), err.c_str());
    QVERIFY2(readMeasuredCsv(text, m_rows, err), err.c_str());
    QCOMPARE(m_rows.size(), std::size_t(24));
}

void TstCalibration::readErrors_data()
{
    QTest::addColumn<std::string>("csv");
    QTest::addColumn<std::string>("error");
    const std::string hdr = "gpu,gpu_count,model,precision,batch_or_concurrency,input_len,output_len,metric,value\n";
    QTest::newRow("missing column") << std::string("gpu,gpu_count,model,precision,batch_or_concurrency,input_len,metric,value\n")
                                    << std::string("missing required column 'output_len'");
    QTest::newRow("bad value") << hdr + "H100,1,llama-2-7b,fp16,1,1,1,ttft_ms,fast\n"
                               << std::string("line 2: value 'fast' is not a number");
    QTest::newRow("bad gpu_count") << hdr + "H100,0,llama-2-7b,fp16,1,1,1,ttft_ms,3\n"
                                   << std::string("line 2: gpu_count '0' is not a positive integer");
    QTest::newRow("negative length") << hdr + "H100,1,llama-2-7b,fp16,1,-5,1,ttft_ms,3\n"
                                     << std::string("line 2: input_len '-5' is not a non-negative integer");
    QTest::newRow("empty") << std::string() << std::string("empty file: no header");
}

void TstCalibration::readErrors()
{
    QFETCH(std::string, csv);
    QFETCH(std::string, error);
    std::vector<MeasuredRow> rows;
    std::string err;
    QVERIFY(!readMeasuredCsv(csv, rows, err));
    QCOMPARE(QString::fromStdString(err), QString::fromStdString(error));
}

void TstCalibration::interpretation_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<std::string>("precision");
    QTest::addColumn<int>("batchMode");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("gpuCount");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("kvBytes"); // 0: precision default
    QTest::addColumn<int>("batching");
    QTest::addColumn<int>("phases");
    const int fixed = int(BatchMode::Fixed), maxfit = int(BatchMode::MaxFit),
              sla = int(BatchMode::MaxUnderSla), rate = int(BatchMode::RequestRate);
    const int dflt = int(Batching::StackDefault), stat = int(Batching::Static);
    const int both = int(Phases::Both), pre = int(Phases::PrefillOnly), dec = int(Phases::DecodeOnly);
    QTest::newRow("llama.cpp Q8_0") << 3 << std::string("gguf-q8_0") << fixed << 1 << 1 << 1.0 << 0.0 << dflt << both;
    QTest::newRow("llama.cpp FP16") << 2 << std::string("fp16") << fixed << 1 << 1 << 1.0 << 0.0 << dflt << both;
    QTest::newRow("llama.cpp Q4_0") << 6 << std::string("gguf-q4_0") << fixed << 1 << 1 << 1.0 << 0.0 << dflt << both;
    QTest::newRow("TRT static FP8") << 7 << std::string("fp8") << fixed << 768 << 1 << 1.0 << 1.0 << stat << both;
    QTest::newRow("TRT qps=2") << 15 << std::string("bf16") << rate << 1 << 1 << 1.0 << 0.0 << dflt << both;
    QTest::newRow("TRT max") << 19 << std::string("fp8") << maxfit << 1 << 1 << 1.0 << 1.0 << dflt << both;
    QTest::newRow("MLPerf server") << 22 << std::string("fp8") << sla << 1 << 8 << 1.0 << 1.0 << dflt << both;
    QTest::newRow("SGLang prefill EP32") << 23 << std::string("fp8") << maxfit << 1 << 32 << 0.25 << 0.0 << dflt << pre;
    QTest::newRow("SGLang decode 256/gpu") << 24 << std::string("fp8") << fixed << 256 * 72 << 72 << 8.0 / 72.0 << 0.0 << dflt << dec;
}

void TstCalibration::interpretation()
{
    QFETCH(int, line);
    QFETCH(std::string, precision);
    QFETCH(int, batchMode);
    QFETCH(int, batch);
    QFETCH(int, gpuCount);
    QFETCH(double, scale);
    QFETCH(double, kvBytes);
    QFETCH(int, batching);
    QFETCH(int, phases);
    const MeasuredRow *row = nullptr;
    for (const MeasuredRow &r : m_rows)
        if (int(r.line) == line)
            row = &r;
    QVERIFY(row);
    const CalibrationCase c = interpretRow(*row, m_seed);
    QVERIFY2(c.error.empty(), c.error.c_str());
    QCOMPARE(c.precision->id, precision);
    QCOMPARE(int(c.query.batch_mode), batchMode);
    if (c.query.batch_mode == BatchMode::Fixed)
        QCOMPARE(c.query.batch, batch);
    QCOMPARE(c.query.gpu_count, gpuCount);
    QCOMPARE(c.scale, scale);
    QCOMPARE(c.query.kv_bytes_per_element.value_or(0.0), kvBytes);
    QCOMPARE(int(c.query.batching), batching);
    QCOMPARE(int(c.query.phases), phases);
    if (c.query.batch_mode == BatchMode::RequestRate)
        QCOMPARE(c.query.request_rate_per_s, 2.0);
    if (c.query.batch_mode == BatchMode::MaxUnderSla) {
        QCOMPARE(c.query.sla_ttft_ms, 2000.0);
        QCOMPARE(c.query.sla_tpot_ms, 200.0);
        QCOMPARE(c.query.output_len, 294); // "reference 294.45 output tokens/sample"
        QCOMPARE(c.query.sla_percentile, SlaPercentile::P99); // MLPerf's limits are p99
    }
}

void TstCalibration::mdapeOnPublishedMeasurements()
{
    // the seed profiles (db/seed/serving_stacks.csv) against the published measurements
    const CalibrationReport rep = calibrate(m_rows, m_seed);
    for (const CalibrationRowResult &r : rep.rows)
        QVERIFY2(r.error.empty(), qPrintable(QStringLiteral("line %1: %2").arg(r.line).arg(QString::fromStdString(r.error))));
    QCOMPARE(rep.evaluated, 24);
    for (const MetricSummary &s : rep.metrics) {
        const QString what = QStringLiteral("%1: MdAPE %2% over %3 rows")
                                 .arg(QString::fromStdString(std::string(metricName(s.metric))))
                                 .arg(s.mdape_pct)
                                 .arg(s.rows);
        qInfo("%s", qPrintable(what));
        if (s.rows >= 4)
            QVERIFY2(s.mdape_pct <= 20.0, qPrintable(what));
    }
    QVERIFY(rep.within_25pct_share >= 0.9);
}

void TstCalibration::fitIsReproducibleAndPlausible()
{
    // fitting from the literature priors gives the profiles in the seed
    CatalogSnapshot cat = m_seed;
    cat.stacks = stackPriors();
    cat.reindex();
    const std::vector<StackFit> fits = fitStacks(m_rows, cat);
    QCOMPARE(fits.size(), std::size_t(7));
    for (const StackFit &f : fits) {
        const ServingStackSpec *seed = m_seed.findStack(f.stack.id);
        QVERIFY(seed);
        const auto same = [](double a, double b) { return std::fabs(a - b) <= 1e-4 * std::max(1.0, std::fabs(a)); };
        QVERIFY2(same(f.stack.bw_efficiency, seed->bw_efficiency), f.stack.id.c_str());
        QVERIFY2(same(f.stack.prefill_mfu, seed->prefill_mfu), f.stack.id.c_str());
        QVERIFY2(same(f.stack.decode_mfu, seed->decode_mfu), f.stack.id.c_str());
        QVERIFY2(same(f.stack.step_overhead_ms, seed->step_overhead_ms), f.stack.id.c_str());
        QVERIFY2(same(f.stack.layer_overhead_us, seed->layer_overhead_us), f.stack.id.c_str());
        QVERIFY2(same(f.stack.request_overhead_ms, seed->request_overhead_ms), f.stack.id.c_str());
        // physically plausible
        QVERIFY(f.stack.bw_efficiency > 0.0 && f.stack.bw_efficiency <= 1.0);
        QVERIFY(f.stack.prefill_mfu > 0.0 && f.stack.prefill_mfu <= 1.0);
        QVERIFY(f.stack.decode_mfu > 0.0 && f.stack.decode_mfu <= 1.0);
        // few parameters per stack: at most one per two rows
        QVERIFY(f.fitted_params.size() <= std::size_t(std::max(1, f.rows / 2)));
        QVERIFY(f.loss_after <= f.loss_before + 1e-9);
    }
}

void TstCalibration::holdOut()
{
    // published measurements NOT used by the fit (tests/engine/data/holdout_published.csv)
    std::string err;
    const std::string text = testsupport::readFile(TCO_ENGINE_TEST_DATA_DIR "/holdout_published.csv", &err);
    QVERIFY2(err.empty(), err.c_str());
    std::vector<MeasuredRow> rows;
    QVERIFY2(readMeasuredCsv(text, rows, err), err.c_str());
    QVERIFY(rows.size() >= 10);
    const CalibrationReport rep = calibrate(rows, m_seed);
    for (const CalibrationRowResult &r : rep.rows)
        QVERIFY2(r.error.empty(), qPrintable(QStringLiteral("line %1: %2").arg(r.line).arg(QString::fromStdString(r.error))));
    qInfo("hold-out: MdAPE %.1f%% over %d rows, %.0f%% within +/-25%%", rep.mdape_pct, rep.evaluated,
          100.0 * rep.within_25pct_share);
    QVERIFY(rep.mdape_pct <= 35.0);
}

namespace {

std::vector<MeasuredRow> servingLoadRows()
{
    std::string err;
    const std::string text = testsupport::readFile(TCO_TEST_DATA_DIR "/measured_serving_load.csv", &err);
    std::vector<MeasuredRow> rows;
    if (!err.empty() || !readMeasuredCsv(text, rows, err))
        qFatal("measured_serving_load.csv: %s", err.c_str());
    return rows;
}

/** MdAPE of @p metric over @p rows, as calibrate() reports it. */
double mdape(const std::vector<MeasuredRow> &rows, const CatalogSnapshot &catalog, Metric metric)
{
    for (const MetricSummary &m : calibrate(rows, catalog).metrics)
        if (m.metric == metric)
            return m.mdape_pct;
    return -1.0;
}

} // namespace

void TstCalibration::servingLoadInterpretation()
{
    // a vLLM benchmark_serving run: Poisson arrivals at qps=R, a finite run of 200 prompts,
    // several GPUs behind one server = one tensor-parallel group
    const std::vector<MeasuredRow> rows = servingLoadRows();
    QCOMPARE(rows.size(), std::size_t(255));
    const MeasuredRow &r = rows.front(); // 2x H100 PCIe, DeepSeek-R1-Distill-Llama-70B, qps=16
    const CalibrationCase c = interpretRow(r, m_seed);
    QVERIFY2(c.error.empty(), c.error.c_str());
    QCOMPARE(c.query.batch_mode, BatchMode::RequestRate);
    QCOMPARE(c.query.request_rate_per_s, 16.0);
    QCOMPARE(c.query.request_count, 200);
    QCOMPARE(c.query.tp, 2);
    QCOMPARE(c.stack_id, std::string("vllm"));
}

void TstCalibration::servingLoadMdape()
{
    // docs/calibration.md, "Serving under load": the copy of the 255 published vLLM runs
    const std::vector<MeasuredRow> rows = servingLoadRows();
    const CalibrationReport rep = calibrate(rows, m_seed);
    QCOMPARE(rep.evaluated, 255);
    for (const CalibrationRowResult &res : rep.rows)
        QVERIFY2(res.error.empty(), res.error.c_str());
    std::vector<MeasuredRow> one_gpu;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(one_gpu),
                 [](const MeasuredRow &r) { return r.gpu_count == 1; });
    QCOMPARE(one_gpu.size(), std::size_t(120));
    const double ttft_all = mdape(rows, m_seed, Metric::TtftMs);
    const double ttft_one_gpu = mdape(one_gpu, m_seed, Metric::TtftMs);
    const double tpot_all = mdape(rows, m_seed, Metric::TpotMs);
    qInfo("serving load: TTFT MdAPE %.1f%% (85 rows), %.1f%% (40 single-GPU rows); TPOT MdAPE %.1f%%", ttft_all,
          ttft_one_gpu, tpot_all);
    QVERIFY(ttft_one_gpu >= 0.0 && ttft_one_gpu <= 20.0); // the target, met on single-GPU servers
    QVERIFY(tpot_all >= 0.0 && tpot_all <= 20.0);
    // multi-GPU runs carry warm-up TTFTs of seconds at 1 request/s and KV-bound 70B runs
    // (docs/calibration.md): bounded here so that a regression shows
    QVERIFY(ttft_all >= 0.0 && ttft_all <= 40.0);
}

QTEST_GUILESS_MAIN(TstCalibration)
#include "tst_calibration.moc"
