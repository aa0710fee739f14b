// SPDX-License-Identifier: MIT
// Decode/prefill rooflines computed by hand, monotonicity, bounds, SLA search, bad inputs.
#include "fixtures.h"
#include "perfconstants.h"
#include "seedcatalog.h"

#include <QTest>

#include <limits>

using namespace tco::engine;
using namespace fixtures;

class TstPerfModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void denseDecodeStepByHand();
    void denseDecodeWithOverheads();
    void overflowingCatalogValuesAreErrors_data();
    void overflowingCatalogValuesAreErrors();
    void moeDecodeStepByHand_data();
    void moeDecodeStepByHand();
    void prefillByHand();
    void moreBandwidthNeverSlower_data();
    void moreBandwidthNeverSlower();
    void fp8WithoutFp8Units();
    void missingCatalogValues_data();
    void missingCatalogValues();
    void badInputs_data();
    void badInputs();
    void boundClassification();
    void maxFitAndSla();
    void requestRate();
    void staticVersusContinuous();
    void pipelineParallel();
    void deepSeekV3OnH200();
    void byName();
    void contextReuse();
    void seedSweepIsFinite();
    void allReduceByHand();
    void interconnects();

private:
    CatalogSnapshot m_seed;
};

void TstPerfModel::initTestCase()
{
    std::string err;
    QVERIFY2(testsupport::loadSeedCatalog(TCO_SEED_DIR, m_seed, err), err.c_str());
}

void TstPerfModel::denseDecodeStepByHand()
{
    // Dense 7e9 params, BF16, 1000 GB/s, bw efficiency 1, batch 1, tg128 (input 0):
    // weights read per step = (7e9 - 32000 * 4096 input-embedding rows) * 2 B = 13,737,856,000 B
    //   -> 13.737856 ms at 1e12 B/s;
    // linear FLOPs = 2 * 6.868928e9 at 100 TFLOPS * 0.5 MFU * 1/(1 + 16) roll-off = 4.67 ms < 13.74
    //   -> memory bound;
    // KV read at the mean context 64: 64 * 524,288 B = 33,554,432 B -> 0.033554432 ms.
    // TPOT = 13.737856 + 0.033554432 = 13.771410432 ms.
    PerfQuery q;
    q.input_len = 0;
    q.output_len = 128;
    const PerfResult r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY2(r.ok(), r.error_message.c_str());
    QVERIFY(r.fits);
    QVERIFY(near(r.decode.weights_ms, 13.737856));
    QVERIFY(near(r.decode.linear_compute_ms, 2.0 * 6.868928e9 * 17.0 / 50e12 * 1e3));
    QVERIFY(near(r.decode.kv_ms, 0.033554432));
    QVERIFY(near(r.tpot_ms, 13.771410432));
    QVERIFY(near(r.tok_s_per_user, 1000.0 / 13.771410432));
    QCOMPARE(r.bound, Bound::Memory);
    QCOMPARE(r.decode.comm_ms, 0.0);
}

void TstPerfModel::overflowingCatalogValuesAreErrors_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("bandwidth 5e-324 GB/s") << "bandwidth";
    QTest::newRow("VRAM 1e308 GB") << "vram";
    QTest::newRow("1e308 parameters") << "params";
    QTest::newRow("FP16 rate 5e-324 TFLOPS") << "tflops";
}

void TstPerfModel::overflowingCatalogValuesAreErrors()
{
    // A subnormal bandwidth gave ttft_ms = inf with "fits"; an enormous VRAM or parameter count
    // overflowed the byte counts. Each is an error naming the GPU or model, every figure finite.
    QFETCH(QString, what);
    GpuSpec g = gpu();
    ModelSpec m = dense7b();
    if (what == QLatin1StringView("bandwidth"))
        g.mem_bw_gbs = 5e-324;
    else if (what == QLatin1StringView("vram"))
        g.vram_gb = 1e308;
    else if (what == QLatin1StringView("params"))
        m.total_params_b = m.active_params_b = 1e308;
    else
        g.fp16_tflops = 5e-324;
    PerfQuery q;
    q.batch_mode = BatchMode::MaxUnderSla;
    q.input_len = 512;
    q.output_len = 256;
    q.sla_ttft_ms = 1000;
    q.sla_tpot_ms = 50;
    const PerfResult r = predict(g, m, bf16(), stack(), q);
    QCOMPARE(r.error, PerfError::BadInput);
    QVERIFY2(r.error_message.find("finite number") != std::string::npos
                 || r.error_message.find("too small to compute with") != std::string::npos,
             r.error_message.c_str());
    QVERIFY(allFinite(r));
}

void TstPerfModel::denseDecodeWithOverheads()
{
    // + 1 ms per step + 10 us per layer x 32 layers = +1.32 ms
    ServingStackSpec s = stack();
    s.step_overhead_ms = 1.0;
    s.layer_overhead_us = 10.0;
    PerfQuery q;
    q.output_len = 128;
    const PerfResult r = predict(gpu(), dense7b(), bf16(), s, q);
    QVERIFY(r.ok());
    QVERIFY(near(r.tpot_ms, 13.771410432 + 1.32));
}

void TstPerfModel::moeDecodeStepByHand_data()
{
    // MoE 47e9 total / 13e9 active, 8 experts top-2:
    // routed params R = (47e9 - 13e9) / (1 - 2/8) = 45.333e9; always-read N = 1.6667e9.
    // Expected distinct experts per layer for B tokens: E (1 - (1 - k/E)^B).
    // bytes read = (N - 32000*4096 + R * (1 - 0.75^B)) * 2
    QTest::addColumn<int>("batch");
    QTest::addColumn<double>("weightsMs");
    QTest::newRow("B=1: 25% of experts") << 1 << 25.737856;   // (1.535595e9 + 11.3333e9) * 2 B
    QTest::newRow("B=4: 68.4% of experts") << 4 << 65.050356;
    QTest::newRow("B=64: all experts") << 64 << 93.7378550851108;
}

void TstPerfModel::moeDecodeStepByHand()
{
    QFETCH(int, batch);
    QFETCH(double, weightsMs);
    PerfQuery q;
    q.output_len = 128;
    q.batch = batch;
    GpuSpec g = gpu();
    g.vram_gb = 192.0;
    const PerfResult r = predict(g, moe47b(), bf16(), stack(), q);
    QVERIFY2(r.ok(), r.error_message.c_str());
    QVERIFY(r.fits);
    QVERIFY(near(r.decode.weights_ms, weightsMs));
    // active FLOPs per token: 2 * (13e9 - 32000*4096); compute at 50 TFLOPS x B/(B+16)
    const double lin = batch * 2.0 * (13e9 - 131072000.0) / (50e12 * batch / (batch + 16.0)) * 1e3;
    QVERIFY(near(r.decode.linear_compute_ms, lin));
    // KV: GQA 8 heads -> 131,072 B per token, mean context 64
    QVERIFY(near(r.decode.kv_ms, batch * 64.0 * 131072.0 / 1e12 * 1e3));
}

void TstPerfModel::prefillByHand()
{
    // 2048-token prompt, 1 output token, dense 7e9: linear FLOPs per prompt token exclude both
    // embedding matrices: 2 * (7e9 - 2 * 131,072,000) = 13,475,712,000; + LM head for the last
    // token 2 * 131,072,000. Compute at 50 TFLOPS x 2048/2064.
    // attention (causal): L * h * (d_qk + d_v) * I^2 = 32 * 32 * 256 * 2048^2 at 50 TFLOPS.
    PerfQuery q;
    q.input_len = 2048;
    q.output_len = 1;
    const PerfResult r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(r.ok() && r.fits);
    const double lin_ms = (2048.0 * 13475712000.0 + 262144000.0) / (50e12 * 2048.0 / 2064.0) * 1e3;
    const double attn_ms = 32.0 * 32.0 * 256.0 * 2048.0 * 2048.0 / 50e12 * 1e3;
    QVERIFY(near(r.prefill.linear_compute_ms, lin_ms));
    QVERIFY(near(r.prefill.attention_compute_ms, attn_ms));
    QCOMPARE(r.prefill_bound, Bound::Compute);
    // KV write 2048 * 524,288 B < attention time; weights read 13.74 ms < linear time
    QVERIFY(near(r.ttft_ms, lin_ms + attn_ms));
    QVERIFY(near(r.prefill_tok_s, 2048.0 / (r.ttft_ms * 1e-3)));
}

void TstPerfModel::moreBandwidthNeverSlower_data()
{
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("gpus");
    QTest::newRow("B=1 tp1") << 1 << 1;
    QTest::newRow("B=16 tp1") << 16 << 1;
    QTest::newRow("B=16 tp4") << 16 << 4;
    QTest::newRow("B=200 tp2") << 200 << 2;
}

void TstPerfModel::moreBandwidthNeverSlower()
{
    QFETCH(int, batch);
    QFETCH(int, gpus);
    double last_tpot = std::numeric_limits<double>::infinity();
    double last_ttft = last_tpot, last_tput = 0.0;
    for (double bw : {250.0, 500.0, 1000.0, 2000.0, 4000.0, 8000.0}) {
        PerfQuery q;
        q.gpu_count = gpus;
        q.batch = batch;
        q.input_len = 512;
        q.output_len = 256;
        for (const ModelSpec &m : {dense7b(), moe47b()}) {
            GpuSpec g = gpu(bw);
            g.vram_gb = 192.0;
            const PerfResult r = predict(g, m, bf16(), stack(), q);
            QVERIFY2(r.ok() && r.fits, r.error_message.c_str());
            if (m.id == "dense-7b") {
                QVERIFY(r.tpot_ms <= last_tpot);
                QVERIFY(r.ttft_ms <= last_ttft);
                QVERIFY(r.output_tok_s >= last_tput);
                last_tpot = r.tpot_ms;
                last_ttft = r.ttft_ms;
                last_tput = r.output_tok_s;
            }
        }
    }
}

void TstPerfModel::fp8WithoutFp8Units()
{
    // the fixture GPU has no FP8 rate: FP8 GEMMs run at the FP16 rate, with a warning
    std::uint32_t warn = 0;
    QCOMPARE(peakFlops(gpu(), ComputeDtype::Fp8, &warn), 100e12);
    QVERIFY(warn & kWarnFp8AtFp16Rate);
    PerfQuery q;
    q.input_len = 4096;
    q.output_len = 1;
    const PerfResult r8 = predict(gpu(), dense7b(), fp8(), stack(), q);
    const PerfResult r16 = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(r8.ok() && r16.ok());
    QVERIFY(r8.warnings & kWarnFp8AtFp16Rate);
    // prefill is compute bound: same linear time at the same rate
    QVERIFY(near(r8.prefill.linear_compute_ms, r16.prefill.linear_compute_ms));
    // with FP8 units the narrow-dtype rate applies: 200 TFLOPS x 0.7
    GpuSpec g = gpu();
    g.fp8_tflops = 200.0;
    const PerfResult rf = predict(g, dense7b(), fp8(), stack(), q);
    QVERIFY(!(rf.warnings & kWarnFp8AtFp16Rate));
    QVERIFY(near(rf.prefill.linear_compute_ms,
                 r16.prefill.linear_compute_ms / (2.0 * perf::kNarrowDtypeGemmEfficiency)));
}

void TstPerfModel::missingCatalogValues_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("no bandwidth") << 0 << QStringLiteral("cannot compute: TestGPU has no memory bandwidth in the catalog");
    QTest::newRow("no FP16 rate") << 1 << QStringLiteral("cannot compute: TestGPU has no FP16 tensor throughput in the catalog");
    QTest::newRow("no link for tp=2") << 2 << QStringLiteral("cannot compute: TestGPU has no GPU-to-GPU link bandwidth in the catalog");
    QTest::newRow("MLA without rank") << 3 << QStringLiteral("cannot compute: Dense-7B uses MLA but has no kv_lora_rank/qk_rope_head_dim in the catalog");
}

void TstPerfModel::missingCatalogValues()
{
    QFETCH(int, what);
    QFETCH(QString, message);
    GpuSpec g = gpu();
    ModelSpec m = dense7b();
    PerfQuery q;
    q.output_len = 128;
    if (what == 0)
        g.mem_bw_gbs.reset();
    if (what == 1)
        g.fp16_tflops.reset();
    if (what == 2) {
        g.link_gbs.reset();
        g.link_kind = LinkKind::NvLink;
        q.gpu_count = 2;
    }
    if (what == 3)
        m.attention = AttentionKind::Mla;
    const PerfResult r = predict(g, m, bf16(), stack(), q);
    QCOMPARE(r.error, PerfError::MissingSpec);
    QCOMPARE(QString::fromStdString(r.error_message), message);
    QVERIFY(allFinite(r));
    QCOMPARE(r.tpot_ms, 0.0);
}

void TstPerfModel::badInputs_data()
{
    QTest::addColumn<int>("what");
    const char *names[] = {"batch 0", "batch -3", "gpu_count 0", "input -1", "no tokens",
                           "NaN VRAM", "NaN bits", "NaN bandwidth efficiency", "MFU > 1",
                           "NaN request rate", "NaN SLA", "tp not dividing", "negative bandwidth",
                           "infinite bandwidth", "active > total"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

void TstPerfModel::badInputs()
{
    QFETCH(int, what);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    GpuSpec g = gpu();
    ModelSpec m = dense7b();
    PrecisionSpec p = bf16();
    ServingStackSpec s = stack();
    PerfQuery q;
    q.input_len = 128;
    q.output_len = 128;
    switch (what) {
    case 0: q.batch = 0; break;
    case 1: q.batch = -3; break;
    case 2: q.gpu_count = 0; break;
    case 3: q.input_len = -1; break;
    case 4: q.input_len = 0; q.output_len = 0; break;
    case 5: g.vram_gb = nan; break;
    case 6: p.bits_per_weight = nan; break;
    case 7: s.bw_efficiency = nan; break;
    case 8: s.decode_mfu = 1.5; break;
    case 9: q.batch_mode = BatchMode::RequestRate; q.request_rate_per_s = nan; break;
    case 10: q.batch_mode = BatchMode::MaxUnderSla; q.sla_tpot_ms = nan; break;
    case 11: q.gpu_count = 3; q.tp = 2; break;
    case 12: g.mem_bw_gbs = -5.0; break;
    case 13: g.mem_bw_gbs = std::numeric_limits<double>::infinity(); break;
    case 14: m.active_params_b = 9.0; break;
    }
    const PerfResult r = predict(g, m, p, s, q);
    QVERIFY(!r.ok());
    QVERIFY(!r.error_message.empty());
    QVERIFY(allFinite(r));
    QCOMPARE(r.tpot_ms, 0.0);
    QCOMPARE(r.output_tok_s, 0.0);
}

void TstPerfModel::boundClassification()
{
    // batch 1 decode: memory; long prefill: compute (see prefillByHand)
    PerfQuery q;
    q.output_len = 128;
    QCOMPARE(predict(gpu(), dense7b(), bf16(), stack(), q).bound, Bound::Memory);
    // large batch, short context: the GEMMs are compute bound
    q.batch = 512;
    q.input_len = 16;
    q.output_len = 16;
    GpuSpec big = gpu();
    big.vram_gb = 192.0;
    QCOMPARE(predict(big, dense7b(), bf16(), stack(), q).bound, Bound::Compute);
    // a 1e9 model split 8 ways over PCIe: 2 x 16 all-reduces x 30 us = 0.96 ms per step,
    // weights 2e9 B / 8 GPUs / 1e12 B/s = 0.25 ms -> communication
    q = PerfQuery{};
    q.output_len = 128;
    q.gpu_count = 8;
    const PerfResult r = predict(pcieGpu(), dense1b(), bf16(), stack(), q);
    QVERIFY2(r.ok(), r.error_message.c_str());
    QCOMPARE(r.bound, Bound::Communication);
    QVERIFY(r.warnings & kWarnPcieLinkAssumed);
    QVERIFY(r.decode.comm_ms > 0.96 && r.decode.comm_ms < 1.0);
    // launch overhead dominating a tiny model
    ServingStackSpec eager = stack();
    eager.layer_overhead_us = 500.0;
    q.gpu_count = 1;
    QCOMPARE(predict(gpu(), dense1b(), bf16(), eager, q).bound, Bound::Overhead);
}

void TstPerfModel::maxFitAndSla()
{
    PerfQuery q;
    q.input_len = 2048;
    q.output_len = 2048;
    q.batch_mode = BatchMode::MaxFit;
    const PerfResult mx = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(mx.ok() && mx.fits);
    QCOMPARE(mx.max_batch, 28);
    QCOMPARE(mx.batch, 28.0);
    QCOMPARE(mx.batch_limit, BatchLimit::Memory);

    // the largest batch with TPOT <= 20 ms (batch 1: 15.35 ms; each sequence adds 1.61 ms of
    // KV reads at the mean context 3072): check it meets the SLA and one more does not
    q.batch_mode = BatchMode::MaxUnderSla;
    q.sla_tpot_ms = 20.0;
    const PerfResult sla = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(sla.ok() && sla.fits);
    QVERIFY(sla.tpot_ms <= 20.0);
    QCOMPARE(sla.batch, 3.0);
    QCOMPARE(sla.batch_limit, BatchLimit::Tpot);
    PerfQuery fixed = q;
    fixed.batch_mode = BatchMode::Fixed;
    fixed.batch = int(sla.batch) + 1;
    QVERIFY(predict(gpu(), dense7b(), bf16(), stack(), fixed).tpot_ms > 20.0);
    // an SLA nobody can meet: batch 1 with a warning
    q.sla_tpot_ms = 1.0;
    const PerfResult none = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(none.warnings & kWarnSlaNotMet);
    QCOMPARE(none.batch, 1.0);
}

void TstPerfModel::requestRate()
{
    // Little's law: concurrency = rate x (TTFT + (O - 1) TPOT); output = rate x O when served
    PerfQuery q;
    q.input_len = 512;
    q.output_len = 256;
    q.batch_mode = BatchMode::RequestRate;
    q.request_rate_per_s = 2.0;
    const PerfResult r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(r.ok() && r.fits);
    QVERIFY(!(r.warnings & kWarnRateSaturated));
    QVERIFY(near(r.output_tok_s, 2.0 * 256.0, 1e-3));
    const double latency_s = (r.ttft_ms + 255.0 * r.tpot_ms) * 1e-3;
    QVERIFY(near(r.batch, 2.0 * latency_s, 0.02));
    // far more arrivals than the GPU can take: saturated at the memory limit
    q.request_rate_per_s = 1e6;
    const PerfResult s = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(s.warnings & kWarnRateSaturated);
    QCOMPARE(s.batch_limit, BatchLimit::Saturated);
}

void TstPerfModel::staticVersusContinuous()
{
    PerfQuery q;
    q.input_len = 1024;
    q.output_len = 128;
    q.batch = 16;
    q.batching = Batching::Static;
    const PerfResult st = predict(gpu(), dense7b(), bf16(), stack(), q);
    q.batching = Batching::Continuous;
    const PerfResult ct = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(st.ok() && ct.ok());
    // static: the whole batch is prefilled before the first token
    QVERIFY(st.ttft_ms > 10.0 * ct.prefill.total_ms);
    // continuous: other requests' prompts are folded into each decode step
    QVERIFY(ct.tpot_ms > st.tpot_ms);
}

void TstPerfModel::pipelineParallel()
{
    // pp=2 halves the weights per GPU but does not speed up one sequence's decode
    PerfQuery q;
    q.output_len = 128;
    const PerfResult one = predict(gpu(), dense7b(), bf16(), stack(), q);
    q.gpu_count = 2;
    q.pp = 2;
    q.tp = 1;
    const PerfResult two = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY2(two.ok(), two.error_message.c_str());
    QVERIFY(near(two.weights_gib_per_gpu, one.weights_gib_per_gpu / 2.0));
    QVERIFY(two.tpot_ms >= one.tpot_ms);
    QVERIFY(two.tpot_ms < one.tpot_ms * 1.05);
}

void TstPerfModel::deepSeekV3OnH200()
{
    // DeepSeek-V3 FP8 on 8x H200 (TP8): 671e9 B / 8 = 78.1 GiB per GPU, MLA cache 70,272 B/token
    const GpuSpec *g = m_seed.findGpu("H200");
    const ModelSpec *m = m_seed.findModel("DeepSeek-V3");
    const PrecisionSpec *p = m_seed.findPrecision("FP8");
    const ServingStackSpec *s = m_seed.findStack("sglang");
    QVERIFY(g && m && p && s);
    PerfQuery q;
    q.gpu_count = 8;
    q.input_len = 1000;
    q.output_len = 1000;
    q.batch = 32;
    const PerfResult r = predict(*g, *m, *p, *s, q);
    QVERIFY2(r.ok(), r.error_message.c_str());
    QVERIFY(r.fits);
    QVERIFY(near(r.weights_gib_per_gpu, 671e9 / 8.0 / perf::kBytesPerGib));
    QCOMPARE(r.kv_bytes_per_token, 70272.0);
    QVERIFY(r.tpot_ms > 5.0 && r.tpot_ms < 100.0);
    QVERIFY(r.decode.comm_ms > 0.0);
    QVERIFY(allFinite(r));
    // does not fit on one node of H100 80GB at FP8 (671 GB > 8 x 80 x 0.88)
    const PerfResult h100 = predict(*m_seed.findGpu("H100 SXM"), *m, *p, *s, q);
    QVERIFY(h100.ok() && !h100.fits);
}

void TstPerfModel::byName()
{
    PerfQuery q;
    q.input_len = 512;
    q.output_len = 128;
    PerfResult r = predict(m_seed, "NVIDIA H100 80GB HBM3", "meta-llama/Llama-3.1-8B-Instruct", "bf16",
                           "vLLM 0.6.3", q);
    QVERIFY2(r.ok() && r.fits, r.error_message.c_str());
    r = predict(m_seed, "No Such GPU", "llama-3.1-8b", "bf16", "", q);
    QCOMPARE(r.error, PerfError::UnknownName);
    QCOMPARE(QString::fromStdString(r.error_message), QStringLiteral("unknown GPU 'No Such GPU' (not in the catalog)"));
}

void TstPerfModel::contextReuse()
{
    // the precomputed context gives the same answer as predict(), and survives the specs
    PerfQuery q;
    q.input_len = 300;
    q.output_len = 200;
    q.batch = 8;
    PerfContext ctx;
    {
        const GpuSpec g = gpu();
        QVERIFY(makeContext(g, moe47b(), bf16(), stack(), q, ctx).ok());
    }
    GpuSpec big = gpu();
    const PerfResult a = evaluate(ctx, q);
    const PerfResult b = predict(big, moe47b(), bf16(), stack(), q);
    QCOMPARE(a.tpot_ms, b.tpot_ms);
    QCOMPARE(a.ttft_ms, b.ttft_ms);
    QCOMPARE(a.output_tok_s, b.output_tok_s);
}

void TstPerfModel::seedSweepIsFinite()
{
    // every GPU x model x precision of the seed: an answer or a clear error, never NaN/inf
    int evaluated = 0, errors = 0;
    for (const GpuSpec &g : m_seed.gpus) {
        for (const ModelSpec &m : m_seed.models) {
            for (const PrecisionSpec &p : m_seed.precisions) {
                for (const char *stack : {"vllm", "llama.cpp"}) {
                    for (BatchMode mode : {BatchMode::Fixed, BatchMode::MaxFit}) {
                        PerfQuery q;
                        q.gpu_count = 8;
                        q.input_len = 1000;
                        q.output_len = 1000;
                        q.batch_mode = mode;
                        const PerfResult r = predict(g, m, p, *m_seed.findStack(stack), q);
                        QVERIFY2(allFinite(r), qPrintable(QString::fromStdString(g.id + " " + m.id + " " + p.id)));
                        if (!r.ok()) {
                            ++errors;
                            QVERIFY(!r.error_message.empty());
                            QCOMPARE(r.error, PerfError::MissingSpec);
                        } else {
                            ++evaluated;
                            if (r.fits) {
                                QVERIFY(r.tpot_ms > 0.0 && r.ttft_ms > 0.0 && r.output_tok_s > 0.0);
                                QVERIFY(r.bound != Bound::None);
                            }
                        }
                    }
                }
            }
        }
    }
    QVERIFY(evaluated > errors);
}

void TstPerfModel::allReduceByHand()
{
    // tp=2 on the fixture's NVLink (400 GB/s bidirectional -> 200 per direction x 0.8 busbw):
    // 2 all-reduces x 32 layers = 64 per step, 10 us each = 0.64 ms, plus for one token
    // 64 x 4096 x 2 B x 2 (t-1)/t = 64 x 8192 B at 160 GB/s.
    PerfQuery q;
    q.gpu_count = 2;
    q.output_len = 128;
    const PerfResult r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY2(r.ok(), r.error_message.c_str());
    QVERIFY(near(r.decode.comm_ms, 0.64 + 64.0 * 8192.0 / 160e9 * 1e3));
    // weights and KV split in two
    QVERIFY(near(r.decode.weights_ms, 13.737856 / 2.0));
}

void TstPerfModel::interconnects()
{
    // NVLink vs PCIe: small-message latency and bandwidth both differ (model.md: 5-10x)
    PerfQuery q;
    q.gpu_count = 4;
    q.batch = 32;
    q.input_len = 2048;
    q.output_len = 256;
    const PerfResult nv = predict(gpu(), dense7b(), bf16(), stack(), q);
    const PerfResult pc = predict(pcieGpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(nv.ok() && pc.ok());
    QVERIFY(pc.decode.comm_ms > 2.5 * nv.decode.comm_ms);
    QVERIFY(pc.prefill.comm_ms > 5.0 * nv.prefill.comm_ms); // bandwidth bound: 31.5 vs 200 GB/s
    QVERIFY(pc.tpot_ms > nv.tpot_ms);
    // an override of the link wins over the catalog
    q.link_kind = LinkKind::NvLink;
    q.link_gbs = 400.0;
    const PerfResult ov = predict(pcieGpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(near(ov.decode.comm_ms, nv.decode.comm_ms));
    // tensor parallel across nodes goes over the network (400 Gb/s per GPU assumed, warned)
    q = PerfQuery{};
    q.gpu_count = 16;
    q.output_len = 128;
    const PerfResult ib = predict(gpu(), moe47b(), bf16(), stack(), q);
    QVERIFY2(ib.ok(), ib.error_message.c_str());
    QVERIFY(ib.warnings & kWarnDefaultNetwork);
    q.gpu_count = 8;
    const PerfResult node = predict(gpu(), moe47b(), bf16(), stack(), q);
    QVERIFY(!(node.warnings & kWarnDefaultNetwork));
    QVERIFY(ib.decode.comm_ms > node.decode.comm_ms);
    // more network bandwidth never slower
    q.gpu_count = 16;
    q.network_gbs_per_gpu = 100.0;
    QVERIFY(predict(gpu(), moe47b(), bf16(), stack(), q).tpot_ms <= ib.tpot_ms);
}

QTEST_GUILESS_MAIN(TstPerfModel)
#include "tst_perfmodel.moc"
