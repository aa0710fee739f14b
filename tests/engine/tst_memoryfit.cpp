// SPDX-License-Identifier: MIT
// Memory fit: weights, KV cache per token (GQA/MHA and MLA), max batch, the does-not-fit path
// and its suggestions. Expected values computed by hand in the comments.
#include "fixtures.h"
#include "memoryfit.h"
#include "perfconstants.h"
#include "seedcatalog.h"

#include <QTest>

using namespace tco::engine;
using namespace fixtures;

Q_DECLARE_METATYPE(std::string)

class TstMemoryFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kvBytesPerToken_data();
    void kvBytesPerToken();
    void seedKvBytesPerToken_data();
    void seedKvBytesPerToken();
    void derivedParams();
    void denseMemory();
    void moreGpusNeverLessMemory_data();
    void moreGpusNeverLessMemory();
    void weightsDoNotFit();
    void kvDoesNotFit();
    void batchBeyondMemory();

private:
    CatalogSnapshot m_seed;
};

void TstMemoryFit::initTestCase()
{
    std::string err;
    QVERIFY2(testsupport::loadSeedCatalog(TCO_SEED_DIR, m_seed, err), err.c_str());
}

void TstMemoryFit::kvBytesPerToken_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("kvHeads");
    QTest::addColumn<int>("headDim");
    QTest::addColumn<int>("kvLoraRank"); // 0: not MLA
    QTest::addColumn<int>("ropeDim");
    QTest::addColumn<double>("bytes");
    QTest::addColumn<double>("expected");
    // 2 * L * h_kv * d_h * b
    QTest::newRow("Llama-3.1-70B GQA BF16") << 80 << 8 << 128 << 0 << 0 << 2.0 << 327680.0;
    QTest::newRow("Llama-2-7B MHA BF16") << 32 << 32 << 128 << 0 << 0 << 2.0 << 524288.0;
    QTest::newRow("Llama-3.1-8B GQA FP8 KV") << 32 << 8 << 128 << 0 << 0 << 1.0 << 65536.0;
    // L * (r + d_r) * b
    QTest::newRow("DeepSeek-V3 MLA BF16") << 61 << 128 << 128 << 512 << 64 << 2.0 << 70272.0;
    QTest::newRow("DeepSeek-V3 MLA FP8") << 61 << 128 << 128 << 512 << 64 << 1.0 << 35136.0;
}

void TstMemoryFit::kvBytesPerToken()
{
    QFETCH(int, layers);
    QFETCH(int, kvHeads);
    QFETCH(int, headDim);
    QFETCH(int, kvLoraRank);
    QFETCH(int, ropeDim);
    QFETCH(double, bytes);
    QFETCH(double, expected);
    ModelSpec m = dense7b();
    m.layers = layers;
    m.kv_heads = kvHeads;
    m.head_dim = headDim;
    if (kvLoraRank > 0) {
        m.attention = AttentionKind::Mla;
        m.kv_lora_rank = kvLoraRank;
        m.qk_rope_head_dim = ropeDim;
    }
    QCOMPARE(tco::engine::kvBytesPerToken(m, bytes), expected);
}

void TstMemoryFit::seedKvBytesPerToken_data()
{
    QTest::addColumn<std::string>("model");
    QTest::addColumn<double>("expected");
    QTest::newRow("deepseek-v3") << std::string("deepseek-v3") << 70272.0;
    QTest::newRow("deepseek-r1") << std::string("DeepSeek-R1") << 70272.0;
    QTest::newRow("llama-3.1-70b") << std::string("llama-3.1-70b") << 327680.0;
    QTest::newRow("llama-2-7b") << std::string("Llama-2-7B") << 524288.0;
}

void TstMemoryFit::seedKvBytesPerToken()
{
    QFETCH(std::string, model);
    QFETCH(double, expected);
    const ModelSpec *m = m_seed.findModel(model);
    QVERIFY(m);
    QCOMPARE(tco::engine::kvBytesPerToken(*m, 2.0), expected);
}

void TstMemoryFit::derivedParams()
{
    // Llama-2-7B: 32 x (2*4096*4096 + 2*4096*4096 + 3*4096*11008) + 2*32000*4096 = 6,738,149,376
    const ModelSpec *m = m_seed.findModel("llama-2-7b");
    QVERIFY(m);
    QCOMPARE(effectiveParams(*m), 6738149376.0);
    // without the FFN width the catalog count (7e9) is used
    QCOMPARE(effectiveParams(dense7b()), 7e9);
    // MoE models keep the catalog count
    QCOMPARE(effectiveParams(moe47b()), 47e9);
}

void TstMemoryFit::denseMemory()
{
    // 7e9 params x 2 bytes = 14e9 B = 13.0385 GiB per GPU at tp=1, 6.5193 GiB at tp=2.
    // usable 80 GiB x 0.9 = 72 GiB; free = 72 - 13.0385 - 1 (runtime) = 57.9615 GiB;
    // KV per sequence of 4096 tokens = 524,288 B x 4096 = 2 GiB -> max batch 28.
    PerfQuery q;
    q.input_len = 2048;
    q.output_len = 2048;
    PerfResult r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY2(r.ok(), r.error_message.c_str());
    QVERIFY(r.fits);
    QVERIFY(near(r.weights_gib_per_gpu, 14e9 / 1073741824.0));
    QVERIFY(near(r.usable_gib_per_gpu, 72.0));
    QCOMPARE(r.kv_bytes_per_token, 524288.0);
    QCOMPARE(r.max_batch, 28);
    // tp=2: weights halved; KV heads split too -> 1 GiB per sequence per GPU, 64.48 GiB free
    // -> 64 sequences
    q.gpu_count = 2;
    r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(r.ok() && r.fits);
    QVERIFY(near(r.weights_gib_per_gpu, 7e9 / 1073741824.0));
    QCOMPARE(r.max_batch, 64);
}

void TstMemoryFit::moreGpusNeverLessMemory_data()
{
    QTest::addColumn<std::string>("model");
    QTest::addColumn<std::string>("precision");
    QTest::newRow("llama-3.1-70b bf16") << std::string("llama-3.1-70b") << std::string("bf16");
    QTest::newRow("deepseek-v3 fp8") << std::string("deepseek-v3") << std::string("fp8");
    QTest::newRow("mixtral-8x7b bf16") << std::string("mixtral-8x7b") << std::string("bf16");
}

void TstMemoryFit::moreGpusNeverLessMemory()
{
    QFETCH(std::string, model);
    QFETCH(std::string, precision);
    const GpuSpec *g = m_seed.findGpu("H100 SXM");
    const ModelSpec *m = m_seed.findModel(model);
    const PrecisionSpec *p = m_seed.findPrecision(precision);
    const ServingStackSpec *s = m_seed.findStack("vllm");
    QVERIFY(g && m && p && s);
    double last_weights = 1e300;
    int last_batch = -1;
    for (int n : {1, 2, 4, 8, 16}) {
        PerfQuery q;
        q.gpu_count = n;
        q.tp = n;
        q.input_len = 1024;
        q.output_len = 1024;
        q.batch_mode = BatchMode::MaxFit;
        ServingStackSpec uncapped = *s;
        uncapped.max_batch_per_replica = 0;
        const PerfResult r = predict(*g, *m, *p, uncapped, q);
        QVERIFY2(r.ok(), r.error_message.c_str());
        QVERIFY(r.weights_gib_per_gpu <= last_weights);
        QVERIFY(r.max_batch >= last_batch);
        last_weights = r.weights_gib_per_gpu;
        last_batch = r.max_batch;
    }
}

void TstMemoryFit::weightsDoNotFit()
{
    // Llama-3.1-70B BF16 (70.55e9 x 2 B = 131.4 GiB) on one 80 GB H100: 72 GiB usable.
    const GpuSpec *g = m_seed.findGpu("H100 SXM");
    const ModelSpec *m = m_seed.findModel("llama-3.1-70b");
    const PrecisionSpec *p = m_seed.findPrecision("bf16");
    QVERIFY(g && m && p);
    ServingStackSpec s = stack();
    PerfQuery q;
    q.input_len = 1000;
    q.output_len = 1000;
    const PerfResult r = predict(*g, *m, *p, s, q);
    QVERIFY(r.ok());
    QVERIFY(!r.fits);
    QCOMPARE(r.fit_failure, FitFailure::WeightsExceedVram);
    QVERIFY(r.weights_gib_per_gpu > 130.0 && r.weights_gib_per_gpu < 132.0);
    QCOMPARE(r.ttft_ms, 0.0);
    QVERIFY(allFinite(r));
    QVERIFY(QString::fromStdString(fitFailureText(r)).startsWith(QStringLiteral("does not fit: weights")));

    const std::vector<FitSuggestion> sug = suggestFit(m_seed, *g, *m, *p, s, q);
    QCOMPARE(sug.size(), std::size_t(3));
    // cheapest first: fewer bits (no hardware), then more GPUs, then a smaller model
    QCOMPARE(sug[0].change, FitChange::FewerBits);
    QCOMPARE(sug[0].precision_id, std::string("fp8")); // 8 bits: 65.7 GiB fits, least quality loss
    QCOMPARE(sug[1].change, FitChange::MoreGpus);
    QCOMPARE(sug[1].gpu_count, 2);                      // 65.7 GiB per GPU
    QCOMPARE(sug[2].change, FitChange::SmallerModel);
    QCOMPARE(sug[2].model_id, std::string("llama-3.1-8b"));
    for (const FitSuggestion &x : sug) {
        QVERIFY(x.weights_gib_per_gpu < 72.0);
        QVERIFY(x.max_batch >= 1);
        QVERIFY(!x.text.empty());
    }
}

void TstMemoryFit::kvDoesNotFit()
{
    // Llama-3.1-8B BF16 on a 24 GB RTX 4090 with a 120,000-token context:
    // weights 8.03e9 x 2 B = 14.96 GiB; usable 24 x 0.9 = 21.6 GiB - 1 GiB runtime -> 5.64 GiB
    // free; KV 131,072 B/token x 120,000 = 14.65 GiB > free.
    const GpuSpec *g = m_seed.findGpu("RTX 4090");
    const ModelSpec *m = m_seed.findModel("llama-3.1-8b");
    const PrecisionSpec *p = m_seed.findPrecision("bf16");
    QVERIFY(g && m && p);
    PerfQuery q;
    q.input_len = 100000;
    q.output_len = 20000;
    const PerfResult r = predict(*g, *m, *p, stack(), q);
    QVERIFY(r.ok());
    QVERIFY(!r.fits);
    QCOMPARE(r.fit_failure, FitFailure::NoRoomForKvCache);
    const std::vector<FitSuggestion> sug = suggestFit(m_seed, *g, *m, *p, stack(), q);
    QVERIFY(!sug.empty());
    QCOMPARE(sug[0].change, FitChange::ShorterContext);
    // free bytes / KV per token = (21.6 - 1 - 14.958) GiB / 131,072 B
    const double free_gib = 21.6 - 1.0 - effectiveParams(*m) * 2.0 / perf::kBytesPerGib;
    QCOMPARE(sug[0].max_context_tokens, int(std::floor(free_gib * perf::kBytesPerGib / 131072.0)));
    // and the suggested length really fits
    q.input_len = sug[0].max_context_tokens - 100;
    q.output_len = 100;
    QVERIFY(predict(*g, *m, *p, stack(), q).fits);
}

void TstMemoryFit::batchBeyondMemory()
{
    // dense7b: 28 sequences of 4096 tokens fit (see denseMemory); 29 do not.
    PerfQuery q;
    q.input_len = 2048;
    q.output_len = 2048;
    q.batch = 28;
    QVERIFY(predict(gpu(), dense7b(), bf16(), stack(), q).fits);
    q.batch = 29;
    const PerfResult r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(r.ok());
    QVERIFY(!r.fits);
    QCOMPARE(r.max_batch, 28);
    QVERIFY(allFinite(r));
}

QTEST_GUILESS_MAIN(TstMemoryFit)
#include "tst_memoryfit.moc"
