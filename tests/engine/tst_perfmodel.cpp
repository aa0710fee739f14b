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
    void slotWaitByHand();
    void mixedPrefillStepByHand();
    void openLoopQueue();
    void slaPercentile();
    void geforceAllReduceThroughHost();
    void emptyPromptFirstTokenCosts();
    void awqKeepsEmbeddingsIn16Bits();
    void pcieLinkNote();
    void llamaCppSplitsLayersSequentially();

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

namespace {

/** The fixture's 7B model, 512 prompt / 256 output tokens, at @p rate requests/s (@p requests in the run, 0: steady).
 */
PerfResult atRate(double rate, int requests = 0)
{
    PerfQuery q;
    q.input_len = 512;
    q.output_len = 256;
    q.batch_mode = BatchMode::RequestRate;
    q.request_rate_per_s = rate;
    q.request_count = requests;
    return predict(gpu(), dense7b(), bf16(), stack(), q);
}

} // namespace

void TstPerfModel::requestRate()
{
    // Little's law: concurrency = rate x (TTFT + (O - 1) TPOT); output = rate x O when served
    const PerfResult r = atRate(2.0);
    QVERIFY(r.ok() && r.fits);
    QVERIFY(!(r.warnings & kWarnRateSaturated));
    QVERIFY(near(r.output_tok_s, 2.0 * 256.0, 1e-3));
    // time in the engine: TTFT without the wait for the running step / a slot, then decoding
    const double latency_s = (r.ttft_ms - r.queue_ms + 255.0 * r.tpot_ms) * 1e-3;
    QVERIFY(near(r.batch, 2.0 * latency_s, 0.02));
    // far more arrivals than the GPU can take: saturated at the memory limit
    const PerfResult s = atRate(1e6);
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

void TstPerfModel::slotWaitByHand()
{
    // M/G/2 at lambda = 1/s with a 1 s hold: mu = 2/s, rho = 0.5. Sakasegawa's probability of
    // waiting P_w = 0.5^(sqrt(6) - 1) = 0.5^1.449490 = 0.366151 (exact M/M/2 Erlang C: 1/3);
    // tail 1 / (mu - lambda) x (c_a^2 + c_s^2) / 2 = 1 s x (1 + 1) / 2 = 1 s, so the mean wait is
    // 0.366151 s (exact M/M/2: 0.3333 s), p90 = 1 s x ln(0.366151 / 0.10) = 1.297875 s and
    // p99 = 1 s x ln(0.366151 / 0.01) = 3.600460 s.
    const SlotWait st = slotWait(1.0, 1.0, 2.0, 0.0);
    QVERIFY(near(st.utilization, 0.5));
    QVERIFY(!st.saturated);
    QVERIFY(near(st.mean_s, 0.3661509025661124));
    QVERIFY(near(st.p90_s, 1.2978753645333256));
    QVERIFY(near(st.p99_s, 3.6004604575273715));
    // a run of 10 requests starts empty: tau = 1 s / (2 (1 - sqrt 0.5)^2) = 5.828427 s,
    // x = (10 / 1 s) / tau = 1.715729, share 1 - (1 - e^-x) / x = 0.521971 -> mean 0.191120 s
    QVERIFY(near(slotWait(1.0, 1.0, 2.0, 10.0).mean_s, 0.19112030627180673));
    // overload: lambda 4/s, 2 slots held 1 s each (mu = 2/s), a run of 10 requests. The slots
    // fill after 0.5 s, then the backlog grows by 2/s; the last request (t = 2.5 s) finds 4
    // ahead of it and waits 4 / 2 = 2 s. 8 of 10 requests wait, on a ramp from 0 to 2 s:
    // mean 0.8 x 2 / 2 = 0.8 s, p90 = 2 x (0.9 - 0.2) / 0.8 = 1.75 s, p99 = 1.975 s.
    const SlotWait ov = slotWait(4.0, 1.0, 2.0, 10.0);
    QVERIFY(ov.saturated);
    QVERIFY(near(ov.utilization, 2.0));
    QVERIFY(near(ov.mean_s, 0.8));
    QVERIFY(near(ov.p90_s, 1.75));
    QVERIFY(near(ov.p99_s, 1.975));
    // a run that fits the slots never waits
    QCOMPARE(slotWait(4.0, 1.0, 2.0, 2.0).mean_s, 0.0);
    // steady-state overload: the arrivals of the first perf::kOverloadHorizon_s = 60 s (240):
    // w_max = (4 - 2) / 2 x 238 / 4 = 59.5 s, mean = 238 / 240 x 59.5 / 2 = 29.502083 s
    QCOMPARE(perf::kOverloadHorizon_s, 60.0);
    QVERIFY(near(slotWait(4.0, 1.0, 2.0, 0.0).mean_s, 238.0 / 240.0 * 59.5 / 2.0));
    // nonsense in, zeros out (no NaN)
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const SlotWait &w :
         { slotWait(nan, 1.0, 2.0, 0.0), slotWait(1.0, 0.0, 2.0, 0.0), slotWait(1.0, 1.0, -1.0, 0.0) })
        QVERIFY(w.mean_s == 0.0 && w.p99_s == 0.0 && w.utilization == 0.0);
}

void TstPerfModel::mixedPrefillStepByHand()
{
    // Continuous batching, batch 2, I = 512, O = 256: the new prompt shares one forward pass with
    // the other sequence's decode and its prompt chunk ((B - 1) I / O = 2 tokens per step), so the
    // weights are read once: 515 tokens, 1 decode at context 640 + 514 prompt tokens.
    //   linear: (13.737856e9 + 514 x 13.475712e9) FLOP / (50 TFLOPS x 515/531) = 143.117467 ms
    //           (> 13.737856 ms of weights);
    //   attention: (640 x 524,288 + 514 x 512 x 262,144) FLOP / 50 TFLOPS = 1.386469 ms
    //           (> 0.605 ms of KV);
    //   TTFT = 144.503936 ms, against 143.683315 ms for the prompt alone. (Before: prompt alone +
    //   a whole decode step of the other sequence, 157.8 ms: the weights read twice.)
    PerfQuery q;
    q.batch = 2;
    q.input_len = 512;
    q.output_len = 256;
    const PerfResult r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY2(r.ok() && r.fits, r.error_message.c_str());
    QVERIFY(near(r.prefill.total_ms, 143.68331497472002));
    QVERIFY(near(r.ttft_ms, 144.50393633583224));
    // closed loop: no arrival queue, percentiles are the means
    QCOMPARE(r.queue_ms, 0.0);
    QCOMPARE(r.ttft_ms_p99, r.ttft_ms);
    QCOMPARE(r.tpot_ms_p90, r.tpot_ms);
}

void TstPerfModel::openLoopQueue()
{
    const PerfResult r = atRate(2.0);
    QVERIFY(r.ok() && r.fits);
    // B = 2/s x latency requests in flight; an arrival finds a step running with probability
    // 1 - e^-B and waits for its end, TPOT / 2 on average; far from full, nobody waits for a slot
    const double in_flight = 2.0 * (r.ttft_ms - r.queue_ms + 255.0 * r.tpot_ms) * 1e-3;
    // (+ the slot queue: ~185 slots at utilisation 0.6, P_w = 0.6^(sqrt(372) - 1) ~ 1e-4, +0.07 ms)
    const double resid_ms = (1.0 - std::exp(-in_flight)) * r.tpot_ms / 2.0;
    QVERIFY(r.queue_ms >= resid_ms && near(r.queue_ms, resid_ms, 0.01));
    // p90/p99 of the step residual: TPOT (1 - (1 - p) / (1 - e^-B))
    const double busy = 1.0 - std::exp(-in_flight);
    const double base = r.ttft_ms - r.queue_ms;
    QVERIFY(near(r.ttft_ms_p90, base + r.tpot_ms * (1.0 - 0.10 / busy), 1e-3));
    QVERIFY(near(r.ttft_ms_p99, base + r.tpot_ms * (1.0 - 0.01 / busy), 1e-3));
    QVERIFY(r.tpot_ms_p99 >= r.tpot_ms_p90 && r.tpot_ms_p90 >= r.tpot_ms);
    QVERIFY(r.utilization > 0.0 && r.utilization < 1.0);

    // arrivals outpacing the service: a finite run queues in proportion to its length, and the
    // steady state reports the first minute of overload (finite numbers, saturated)
    const PerfResult a = atRate(200.0, 1000);
    const PerfResult b = atRate(200.0, 4000);
    QVERIFY(a.warnings & kWarnRateSaturated);
    QVERIFY(a.utilization > 1.0);
    QVERIFY(a.queue_ms > 1000.0);
    QVERIFY(b.queue_ms > 3.0 * a.queue_ms);
    QVERIFY(a.ttft_ms_p99 > a.ttft_ms_p90 && a.ttft_ms_p90 > a.ttft_ms);
    const PerfResult steady = atRate(200.0);
    QVERIFY(std::isfinite(steady.queue_ms) && steady.queue_ms > 0.0);
    // absurd rates stay finite; a negative run length is refused with a message
    const PerfResult absurd = atRate(1e300);
    QVERIFY(absurd.ok() && std::isfinite(absurd.queue_ms) && std::isfinite(absurd.ttft_ms_p99));
    const PerfResult negative = atRate(2.0, -1);
    QCOMPARE(negative.error, PerfError::BadInput);
    QCOMPARE(QString::fromStdString(negative.error_message),
             QStringLiteral("bad input: request_count must be >= 0 (got -1)"));
}

void TstPerfModel::slaPercentile()
{
    // the same TPOT limit held to the mean, p90 and p99: each tail is at least as strict
    PerfQuery q;
    q.input_len = 512;
    q.output_len = 256;
    q.batch_mode = BatchMode::MaxUnderSla;
    q.sla_tpot_ms = 25.0;
    q.sla_ttft_ms = 400.0;
    const PerfResult mean = predict(gpu(), dense7b(), bf16(), stack(), q);
    q.sla_percentile = SlaPercentile::P90;
    const PerfResult p90 = predict(gpu(), dense7b(), bf16(), stack(), q);
    q.sla_percentile = SlaPercentile::P99;
    const PerfResult p99 = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(mean.ok() && p90.ok() && p99.ok());
    QVERIFY2(p90.batch < mean.batch, qPrintable(QStringLiteral("%1 vs %2").arg(p90.batch).arg(mean.batch)));
    QVERIFY(p99.batch <= p90.batch);
    QVERIFY(p90.tpot_ms_p90 <= 25.0 && p90.ttft_ms_p90 <= 400.0);
    QVERIFY(p99.tpot_ms_p99 <= 25.0 && p99.ttft_ms_p99 <= 400.0);
    QVERIFY(p90.queue_ms > 0.0);
    // Mean keeps the closed-loop figures (no queue)
    QCOMPARE(mean.queue_ms, 0.0);
    // names
    QCOMPARE(slaPercentileName(SlaPercentile::P99), std::string_view("p99"));
    QCOMPARE(parseSlaPercentile("p90").value(), SlaPercentile::P90);
    QVERIFY(!parseSlaPercentile("P95"));
}

void TstPerfModel::geforceAllReduceThroughHost()
{
    // tp=2 on PCIe Gen4: 64 all-reduces per step. A data-centre card talks peer to peer:
    // 64 x 30 us + 64 x 8192 B / (31.5 GB/s x 0.8) = 1.920 + 0.020805 ms. GeForce cards have
    // P2P disabled, NCCL goes through host memory: 64 x 60 us + 64 x 8192 B / 5 GB/s
    // = 3.840 + 0.104858 ms.
    GpuSpec geforce = pcieGpu();
    geforce.model = "GeForce RTX Test";
    const std::pair<GpuSpec, double> cases[] = {
        { pcieGpu(), 1.92 + 64.0 * 8192.0 / (31.5e9 * 0.8) * 1e3 },
        { geforce, 3.84 + 64.0 * 8192.0 / 5e9 * 1e3 },
    };
    PerfQuery tp2;
    tp2.gpu_count = 2;
    tp2.output_len = 128;
    for (const auto &[card, comm_ms] : cases) {
        const PerfResult r = predict(card, dense7b(), bf16(), stack(), tp2);
        QVERIFY2(r.ok(), r.error_message.c_str());
        QVERIFY2(near(r.decode.comm_ms, comm_ms), card.model.c_str());
    }
}

void TstPerfModel::emptyPromptFirstTokenCosts()
{
    // input_len 0 (llama-bench tg128): the first token is a forward pass like the others, so
    // output tok/s at batch 1 = O / (O x TPOT) = 1000 / TPOT (was O / ((O - 1) TPOT): 54.52 vs
    // 54.09 tok/s on the example)
    PerfQuery q;
    q.input_len = 0;
    q.output_len = 128;
    const PerfResult r = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY2(r.ok() && r.fits, r.error_message.c_str());
    QVERIFY(near(r.ttft_ms, 13.771410432)); // one decode step (denseDecodeStepByHand)
    QVERIFY(near(r.output_tok_s, r.tok_s_per_user));
}

void TstPerfModel::awqKeepsEmbeddingsIn16Bits()
{
    // Dense-7B (32,000 x 4,096 embeddings, untied: 2 x 131,072,000 parameters) at AWQ 4.15625
    // bits: (7e9 - 262,144,000) x 4.15625 / 8 + 262,144,000 x 2 B = 4,024,814,750 B (4-bit
    // everywhere: 3,636,718,750 B, 10% light). Read per decode step: all but the input
    // embedding = 3,500,526,750 + 131,072,000 x 2 = 3,762,670,750 B -> 3.76267075 ms at 1 TB/s.
    const PrecisionSpec awq = precision("int4-awq", 4.15625, ComputeDtype::Fp16);
    QVERIFY(near(weightBytes(dense7b(), awq), 4024814750.0));
    QCOMPARE(embeddingBits(awq), 16.0);
    PerfQuery q;
    q.output_len = 128;
    const PerfResult r = predict(gpu(), dense7b(), awq, stack(), q);
    QVERIFY2(r.ok(), r.error_message.c_str());
    QVERIFY(near(r.decode.weights_ms, 3.76267075));
    QVERIFY(near(r.weights_gib_per_gpu, 4024814750.0 / perf::kBytesPerGib));
    // GGUF quantizes the embeddings too: unchanged
    const PrecisionSpec q4 = precision("gguf-q4_0", 4.5, ComputeDtype::Fp16);
    QVERIFY(near(weightBytes(dense7b(), q4), 7e9 * 4.5 / 8.0));
    QCOMPARE(embeddingBits(q4), 4.5);
}

void TstPerfModel::pcieLinkNote()
{
    // one GPU uses no link: no note about where its link bandwidth came from
    PerfQuery q;
    q.output_len = 128;
    const PerfResult one = predict(pcieGpu(), dense7b(), bf16(), stack(), q);
    QVERIFY(one.ok());
    QVERIFY(!(one.warnings & kWarnPcieLinkAssumed));
    q.gpu_count = 2;
    QVERIFY(predict(pcieGpu(), dense7b(), bf16(), stack(), q).warnings & kWarnPcieLinkAssumed);
    // an L40S-class card whose row names no link at all still runs tensor parallel, over PCIe
    // Gen4 x16: 64 x 30 us + 64 x 8192 B / (31.5 GB/s x 0.8), with the note
    GpuSpec bare = pcieGpu();
    bare.link_name.clear();
    const PerfResult tp2 = predict(bare, dense7b(), bf16(), stack(), q);
    QVERIFY2(tp2.ok(), tp2.error_message.c_str());
    QVERIFY(tp2.warnings & kWarnPcieLinkAssumed);
    QVERIFY(near(tp2.decode.comm_ms, 1.92 + 64.0 * 8192.0 / (31.5e9 * 0.8) * 1e3));
}

void TstPerfModel::llamaCppSplitsLayersSequentially()
{
    // llama.cpp on 2 GPUs: 16 layers each, one GPU after the other for every token: TPOT = both
    // halves (13.737856 ms of weights in all) + one activation send (10 us + 8192 B over NVLink
    // 160 GB/s), not the tensor-parallel half
    ServingStackSpec cpp = stack();
    cpp.id = "llama.cpp";
    PerfQuery q;
    q.output_len = 128;
    const PerfResult single = predict(gpu(), dense7b(), bf16(), cpp, q);
    q.gpu_count = 2;
    const PerfResult split = predict(gpu(), dense7b(), bf16(), cpp, q);
    const PerfResult tp = predict(gpu(), dense7b(), bf16(), stack(), q);
    QVERIFY2(split.ok() && single.ok() && tp.ok(), split.error_message.c_str());
    QCOMPARE(split.pp, 2);
    QCOMPARE(split.tp, 1);
    QVERIFY(near(split.tpot_ms, single.tpot_ms + (10e-6 + 8192.0 / 160e9) * 1e3));
    QVERIFY(tp.tpot_ms < 0.6 * split.tpot_ms);
    // the case: 8x RTX 4090, 70B FP16 with llama.cpp measure 6.5 tok/s (the engine said 34)
    q.gpu_count = 8;
    const PerfResult big = predict(m_seed, "RTX 4090", "llama-3-70b", "fp16", "llama.cpp", q);
    QVERIFY2(big.ok() && big.fits, big.error_message.c_str());
    qInfo("8x RTX 4090, Llama-3-70B FP16, llama.cpp: %.2f tok/s", big.tok_s_per_user);
    QVERIFY2(big.tok_s_per_user > 5.0 && big.tok_s_per_user < 8.0, qPrintable(QString::number(big.tok_s_per_user)));
}

QTEST_GUILESS_MAIN(TstPerfModel)
#include "tst_perfmodel.moc"
