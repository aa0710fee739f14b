// SPDX-License-Identifier: MIT
#include "perfmodel.h"

#include "catalogsnapshot.h"
#include "perfconstants.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tco::engine {

using namespace perf;

namespace {

bool finitePositive(double v) { return std::isfinite(v) && v > 0.0; }
bool finiteNonNegative(double v) { return std::isfinite(v) && v >= 0.0; }

PerfStatus fail(PerfError code, std::string message)
{
    return PerfStatus{code, std::move(message)};
}

const std::string &gpuLabel(const GpuSpec &gpu) { return gpu.model.empty() ? gpu.id : gpu.model; }
const std::string &modelLabel(const ModelSpec &m) { return m.name.empty() ? m.id : m.name; }

bool containsNoCase(std::string_view hay, std::string_view needle)
{
    if (needle.empty() || hay.size() < needle.size())
        return needle.empty();
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        bool eq = true;
        for (std::size_t j = 0; j < needle.size() && eq; ++j) {
            char a = hay[i + j], b = needle[j];
            if (a >= 'A' && a <= 'Z')
                a = static_cast<char>(a - 'A' + 'a');
            if (b >= 'A' && b <= 'Z')
                b = static_cast<char>(b - 'A' + 'a');
            eq = a == b;
        }
        if (eq)
            return true;
    }
    return false;
}

/** GeForce boards: the catalog's FP16 rate is the FP32-accumulate rate (see catalog notes). */
bool isGeForce(const GpuSpec &gpu)
{
    return containsNoCase(gpu.model, "geforce") || containsNoCase(gpu.id, "geforce");
}

/** Per-direction PCIe x16 bandwidth from a link name such as "PCIe Gen4 x16"; 0 if unknown. */
double pcieFromName(std::string_view name)
{
    if (containsNoCase(name, "gen6"))
        return kPcieGen6x16_gbs;
    if (containsNoCase(name, "gen5"))
        return kPcieGen5x16_gbs;
    if (containsNoCase(name, "gen4"))
        return kPcieGen4x16_gbs;
    if (containsNoCase(name, "gen3"))
        return kPcieGen3x16_gbs;
    return 0.0;
}

double linkLatency_s(LinkKind kind)
{
    switch (kind) {
    case LinkKind::NvLink:
        return kNvlinkAllReduceLatency_us * 1e-6;
    case LinkKind::InfinityFabric:
        return kInfinityFabricAllReduceLatency_us * 1e-6;
    case LinkKind::Other:
        return kNetworkAllReduceLatency_us * 1e-6;
    case LinkKind::Pcie:
        break;
    }
    return kPcieAllReduceLatency_us * 1e-6;
}

/**
 * Stacks that spread a model over several GPUs by layers, run one GPU after the other
 * (llama.cpp's default --split-mode layer), rather than by tensor parallelism.
 */
bool splitsLayersAcrossGpus(const ServingStackSpec &stack)
{
    return stack.id == "llama.cpp";
}

/** Input embedding + LM head parameters (one table when tied). */
double embeddingParams(const ModelSpec &m)
{
    return double(m.vocab_size) * double(m.hidden_size) * (m.tie_word_embeddings ? 1.0 : 2.0);
}

/** GEMM tile roll-off: share of the tensor-core rate a pass over @p tokens rows achieves. */
double gemmEfficiency(double tokens) { return tokens / (tokens + kGemmHalfEfficiencyTokens); }

/**
 * Uncertainty band (+/- %) reported with every prediction: the 80th percentile of the absolute
 * percentage errors on the calibration file for stacks that have calibration rows, 1.6x that
 * for stacks whose factors are literature priors only (docs/calibration.md, "Uncertainty").
 */
constexpr double kCalibratedUncertaintyPct = 25.0;
constexpr double kPriorOnlyUncertaintyFactor = 1.6;

bool stackHasCalibrationRows(std::string_view id)
{
    return id == "llama.cpp" || id == "trt-llm" || id == "sglang" || id == "vllm";
}

Bound classify(const StepBreakdown &s)
{
    double mem = 0.0, comp = 0.0;
    (s.weights_ms >= s.linear_compute_ms ? mem : comp) += std::max(s.weights_ms, s.linear_compute_ms);
    (s.kv_ms >= s.attention_compute_ms ? mem : comp) += std::max(s.kv_ms, s.attention_compute_ms);
    Bound b = Bound::Memory;
    double best = mem;
    if (comp > best) {
        best = comp;
        b = Bound::Compute;
    }
    if (s.comm_ms > best) {
        best = s.comm_ms;
        b = Bound::Communication;
    }
    if (s.overhead_ms > best)
        b = Bound::Overhead;
    return b;
}

/**
 * One forward pass of one pipeline stage over @p m decoding sequences at context @p ctx plus
 * @p p prompt tokens (chunked prefill of other requests whose prompts are @p prompt_len long).
 */
StepBreakdown stagePass(const PerfContext &c, double m, double ctx, double p, double prompt_len)
{
    const double tokens = m + p;
    double frac = 1.0;
    if (c.moe) {
        const double t_group = tokens * c.attn_groups_per_expert_group;
        frac = 1.0 - std::exp(t_group * c.log_expert_miss);
    }
    StepBreakdown s;
    const double weights_s = (c.nonrouted_read_bytes_gpu + c.routed_bytes_gpu * frac) / c.bw_Bps;
    const double linear_s = (m * c.linear_flops_decode_tok + p * c.linear_flops_prefill_tok)
        / (c.linear_decode_Fps * gemmEfficiency(tokens));
    const double kv_s = (m * ctx + p) * c.kv_bytes_per_token_gpu / c.bw_Bps;
    const double attn_s = (m * ctx * c.attn_decode_flops_tok_ctx
                           + p * prompt_len * c.attn_prefill_flops_i2)
        / c.attn_decode_Fps;
    const double comm_s = tokens > 0.0 ? c.comm_fixed_s + tokens * c.comm_s_per_token : 0.0;
    s.weights_ms = weights_s * 1e3;
    s.linear_compute_ms = linear_s * 1e3;
    s.kv_ms = kv_s * 1e3;
    s.attention_compute_ms = attn_s * 1e3;
    s.comm_ms = comm_s * 1e3;
    s.overhead_ms = c.layer_overhead_s * 1e3;
    s.total_ms = std::max(s.weights_ms, s.linear_compute_ms) + std::max(s.kv_ms, s.attention_compute_ms)
        + s.comm_ms + s.overhead_ms;
    return s;
}

/** Prefill of @p n sequences of @p len prompt tokens through all pipeline stages. */
StepBreakdown prefillPass(const PerfContext &c, double n, double len)
{
    const double tokens = n * len;
    StepBreakdown s;
    if (tokens <= 0.0)
        return s;
    const double pp = c.pp;
    const double weights_s = (c.nonrouted_read_bytes_gpu + c.routed_bytes_gpu) / c.bw_Bps;
    const double linear_s = (tokens * c.linear_flops_prefill_tok + n * c.lm_head_flops_seq)
        / (c.linear_prefill_Fps * gemmEfficiency(tokens));
    const double kv_s = tokens * c.kv_bytes_per_token_gpu / c.bw_Bps; // writing the cache
    const double attn_s = n * len * len * c.attn_prefill_flops_i2 / c.attn_prefill_Fps;
    const double comm_s = c.comm_fixed_s + tokens * c.comm_s_per_token;
    const double p2p_s = (pp - 1.0) * (kP2pLatency_us * 1e-6 + tokens * c.p2p_s_per_token);
    s.weights_ms = pp * weights_s * 1e3;
    s.linear_compute_ms = pp * linear_s * 1e3;
    s.kv_ms = pp * kv_s * 1e3;
    s.attention_compute_ms = pp * attn_s * 1e3;
    s.comm_ms = (pp * comm_s + p2p_s) * 1e3;
    s.overhead_ms = (pp * c.layer_overhead_s + c.step_overhead_s) * 1e3;
    s.total_ms = std::max(s.weights_ms, s.linear_compute_ms) + std::max(s.kv_ms, s.attention_compute_ms)
        + s.comm_ms + s.overhead_ms;
    s.bound = classify(s);
    return s;
}

bool isContinuous(const PerfContext &c, const PerfQuery &q)
{
    switch (q.batching) {
    case Batching::Continuous:
        return true;
    case Batching::Static:
        return false;
    case Batching::StackDefault:
        break;
    }
    return c.continuous;
}

/**
 * Micro-batches in flight through the pipeline: pp when stages overlap (vLLM/TensorRT-LLM
 * pipeline parallelism), 1 when the layers are split over GPUs that run one after another
 * (llama.cpp --split-mode layer: every GPU waits for the previous one, for every token).
 */
double microBatches(const PerfContext &c)
{
    return c.layer_split ? 1.0 : double(c.pp);
}

/**
 * The iteration that carries a new request's prompt on a continuous-batching engine (chunked
 * prefill, in-flight batching): one forward pass over the b - 1 running decodes, the other
 * requests' prompt chunks (@p other_prompt_tokens per step) and the whole new prompt of @p in
 * tokens, reading the weights once. Per replica, through all pipeline stages.
 */
double mixedStep_ms(const PerfContext &c, double b, double ctx, double in, double other_prompt_tokens)
{
    const double pp = c.pp;
    const double m = std::max(1.0, (b - 1.0) / microBatches(c));
    const double p = (in + other_prompt_tokens) / microBatches(c);
    const StepBreakdown s = stagePass(c, m, ctx, p, in);
    const double p2p_ms = (pp - 1.0) * (kP2pLatency_us * 1e-6 + (m + p) * c.p2p_s_per_token) * 1e3;
    return pp * s.total_ms + c.step_overhead_s * 1e3 + p2p_ms;
}

/** Fills the operating-point fields of @p r for a deployment-wide concurrency @p batch. */
void operatingPoint(const PerfContext &c, const PerfQuery &q, double batch, PerfResult &r)
{
    const double replicas = c.replicas;
    const double b = std::max(1.0, batch / replicas);           // sequences per replica
    const double active = std::min(replicas, std::max(1.0, batch)); // replicas with work
    const double in = q.input_len;
    const double out = q.output_len;
    const double pp = c.pp;
    const bool continuous = isContinuous(c, q);
    const double req_ms = q.include_request_overhead ? c.request_overhead_s * 1e3 : 0.0;
    r.batch = active * b;
    r.kv_gib_per_gpu = b * c.kv_bytes_per_token_gpu * (in + out) / kBytesPerGib;

    if (q.phases == Phases::PrefillOnly) {
        const StepBreakdown one = prefillPass(c, 1.0, in);
        const StepBreakdown all = prefillPass(c, b, in);
        r.prefill = all;
        r.prefill_bound = all.bound;
        r.bound = all.bound;
        r.ttft_ms = one.total_ms + req_ms;
        r.prefill_tok_s = all.total_ms > 0.0 ? active * b * in / (all.total_ms * 1e-3) : 0.0;
        return;
    }

    const double ctx = in + out / 2.0; // mean context over the generation
    const double m = std::max(1.0, b / microBatches(c));
    const double p2p_ms = (pp - 1.0) * (kP2pLatency_us * 1e-6 + m * c.p2p_s_per_token) * 1e3;
    double prompt_tokens_per_step = 0.0;
    double ttft_engine_ms = 0.0;
    if (continuous) {
        if (q.phases == Phases::Both && out > 0.0)
            prompt_tokens_per_step = (b - 1.0) * in / out;
        const StepBreakdown pre = prefillPass(c, 1.0, in);
        r.prefill = pre;
        ttft_engine_ms = pre.total_ms;
        if (b > 1.0 && q.phases == Phases::Both)
            ttft_engine_ms = std::max(ttft_engine_ms, mixedStep_ms(c, b, ctx, in, prompt_tokens_per_step));
        r.prefill_tok_s = pre.total_ms > 0.0 ? active * in / (pre.total_ms * 1e-3) : 0.0;
    } else {
        const StepBreakdown pre = prefillPass(c, b, in);
        r.prefill = pre;
        ttft_engine_ms = pre.total_ms;
        r.prefill_tok_s = pre.total_ms > 0.0 ? active * b * in / (pre.total_ms * 1e-3) : 0.0;
    }
    r.prefill_bound = r.prefill.bound;

    StepBreakdown st = stagePass(c, m, ctx, prompt_tokens_per_step / microBatches(c), in);
    st.bound = classify(st);
    r.decode = st;
    r.bound = st.bound;
    r.tpot_ms = pp * st.total_ms + c.step_overhead_s * 1e3 + p2p_ms;
    if (in <= 0.0) // no prompt: the first token still takes a forward pass (a decode step)
        ttft_engine_ms = std::max(ttft_engine_ms, r.tpot_ms);
    r.ttft_ms = ttft_engine_ms + req_ms;
    r.tok_s_per_user = r.tpot_ms > 0.0 ? 1e3 / r.tpot_ms : 0.0;
    if (q.phases == Phases::DecodeOnly || out <= 0.0) {
        r.output_tok_s = q.phases == Phases::DecodeOnly && r.tpot_ms > 0.0
            ? active * b / (r.tpot_ms * 1e-3) : 0.0;
    } else {
        const double cycle_ms = ttft_engine_ms + (out - 1.0) * r.tpot_ms;
        r.output_tok_s = cycle_ms > 0.0 ? active * b * out / (cycle_ms * 1e-3) : 0.0;
    }
    r.total_tok_s = out > 0.0 ? r.output_tok_s * (in + out) / out : r.prefill_tok_s;
}

// ---- serving under load ---------------------------------------------------------------------
// Open-loop Poisson arrivals on a continuous-batching server (docs/calibration.md, "Serving
// under load"). Closed forms only: a handful of operatingPoint() calls per query, whatever the
// rate or the number of requests.

/** Time a request spends in the engine at an operating point: TTFT without the API server + decode. */
double engineLatency_ms(const PerfContext &c, const PerfQuery &q, const PerfResult &t)
{
    const double req_ms = q.include_request_overhead ? c.request_overhead_s * 1e3 : 0.0;
    return std::max(0.0, t.ttft_ms - req_ms) + std::max(0.0, double(q.output_len) - 1.0) * t.tpot_ms;
}

/**
 * Sequences one replica keeps in flight before an arrival has to wait for a slot. Paged KV caches
 * (vLLM, SGLang, TensorRT-LLM) hold each sequence's current tokens, on average I + O/2 over its
 * life, so the pool carries free / (kv per token x (I + O/2)) sequences; capped by the scheduler.
 * Never below the guaranteed max batch (whole sequences) of the memory fit.
 */
double slotsPerReplica(const PerfContext &c, double free_bytes, double in, double out, double fit_per_replica)
{
    const double kv_mean = c.kv_bytes_per_token_gpu * (in + out / 2.0);
    double s = kv_mean > 0.0 ? std::floor(free_bytes / kv_mean) : double(kMaxSearchBatch);
    s = std::min(s, double(kMaxSearchBatch));
    if (c.max_batch_per_replica > 0)
        s = std::min(s, double(c.max_batch_per_replica));
    return std::max({ 1.0, s, fit_per_replica });
}

/** slotWait() without the input checks: callers pass positive, finite values. */
SlotWait slotWaitImpl(double lambda, double hold_s, double slots, double requests)
{
    SlotWait w;
    const double mu = slots / hold_s; // completions per second at full occupancy
    w.utilization = lambda / mu;
    if (w.utilization < 1.0) {
        const double rho = w.utilization;
        const double expo = std::sqrt(2.0 * (slots + 1.0));
        double p_wait = std::min(1.0, std::pow(rho, expo - 1.0));
        const double tail_s = 1.0 / (mu - lambda) * (kPoissonArrivalScv + kServiceTimeScv) / 2.0;
        if (requests > 0.0) {
            // a finite run starts empty: the queue relaxes towards steady state with the time
            // constant tau = hold / (c (1 - sqrt(rho))^2); averaged over a run of n / lambda
            // seconds the probability of waiting is P_w (1 - (1 - exp(-x)) / x), x = run / tau
            const double gap = 1.0 - std::sqrt(rho);
            const double tau_s = hold_s / (slots * gap * gap);
            const double x = requests / lambda / tau_s;
            p_wait *= x > 1e-9 ? 1.0 - (1.0 - std::exp(-x)) / x : 0.0;
        }
        const double mean = p_wait * tail_s;
        w.mean_s = mean;
        const auto pct = [&](double p) {
            return p_wait > 1.0 - p && p_wait > 0.0 ? tail_s * std::log(p_wait / (1.0 - p)) : 0.0;
        };
        w.p90_s = pct(0.90);
        w.p99_s = pct(0.99);
        return w;
    }
    w.saturated = true;
    if (requests <= 0.0)
        requests = lambda * kOverloadHorizon_s; // steady-state overload: the first minute of it
    requests = std::min(requests, kMaxQueuedRequests);
    if (requests <= slots)
        return w; // every request of the run finds a slot
    const double waiting_share = (requests - slots) / requests;
    const double w_max = (1.0 - mu / lambda) * (requests - slots) / mu; // = (lambda - mu)/mu (n - c)/lambda
    w.mean_s = waiting_share * w_max / 2.0;
    const auto pct = [&](double p) {
        return w_max * std::max(0.0, (p - (1.0 - waiting_share)) / waiting_share);
    };
    w.p90_s = pct(0.90);
    w.p99_s = pct(0.99);
    return w;
}

/**
 * Adds the queueing of open-loop Poisson arrivals at @p rate (deployment total, /s) to @p r, an
 * operating point already evaluated at the concurrency that rate sustains:
 * 1. the running step: an arrival finds the engine busy with probability 1 - exp(-B) (B requests
 *    in flight, Poisson distributed) and waits for the step to end, uniform on [0, TPOT];
 * 2. a free slot (slotWait) when the batch is full;
 * 3. TPOT percentiles: TPOT at the 90th/99th percentile of the requests in flight, B + z sqrt(B).
 * The percentile of the sum (1) + (2) is taken as max(p-quantile of (1), mean of (1) +
 * p-quantile of (2)): exact when nobody waits for a slot, within TPOT/2 otherwise.
 */
void applyLoad(const PerfContext &c, const PerfQuery &q, double rate, double slots, PerfResult &r)
{
    const double replicas = c.replicas;
    const double lambda = rate / replicas; // per replica
    const double step_ms = r.tpot_ms;
    const double in_flight = lambda * engineLatency_ms(c, q, r) * 1e-3; // per replica, Little
    const double busy = 1.0 - std::exp(-in_flight);
    const double resid_mean_ms = busy * step_ms / 2.0;
    const auto resid_ms = [&](double p) {
        return busy > 1.0 - p ? step_ms * (1.0 - (1.0 - p) / busy) : 0.0;
    };

    PerfResult full;
    operatingPoint(c, q, slots * replicas, full);
    const double hold_s = engineLatency_ms(c, q, full) * 1e-3;
    const double requests = q.request_count > 0 ? double(q.request_count) / replicas : 0.0;
    const SlotWait w = hold_s > 0.0 && lambda > 0.0 ? slotWaitImpl(lambda, hold_s, slots, requests) : SlotWait {};

    const double base_ms = r.ttft_ms;
    r.queue_ms = resid_mean_ms + w.mean_s * 1e3;
    r.ttft_ms = base_ms + r.queue_ms;
    r.ttft_ms_p90 = base_ms + std::max(resid_ms(0.90), resid_mean_ms + w.p90_s * 1e3);
    r.ttft_ms_p99 = base_ms + std::max(resid_ms(0.99), resid_mean_ms + w.p99_s * 1e3);
    r.utilization = w.utilization;

    const double b = std::min(slots, std::max(1.0, in_flight));
    const auto tpotAt = [&](double z) {
        const double bp = std::min(slots, b + z * std::sqrt(b));
        if (bp <= r.batch / replicas)
            return r.tpot_ms;
        PerfResult t;
        operatingPoint(c, q, bp * replicas, t);
        return std::max(r.tpot_ms, t.tpot_ms);
    };
    r.tpot_ms_p90 = tpotAt(kNormalQuantile90);
    r.tpot_ms_p99 = tpotAt(kNormalQuantile99);
}

/** Closed-loop figures: no arrival queue, percentiles equal the means. */
void closedLoopPercentiles(PerfResult &r)
{
    r.queue_ms = 0.0;
    r.ttft_ms_p90 = r.ttft_ms_p99 = r.ttft_ms;
    r.tpot_ms_p90 = r.tpot_ms_p99 = r.tpot_ms;
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::string_view slaPercentileName(SlaPercentile percentile)
{
    switch (percentile) {
    case SlaPercentile::P90:
        return "p90";
    case SlaPercentile::P99:
        return "p99";
    case SlaPercentile::Mean:
        break;
    }
    return "mean";
}

std::optional<SlaPercentile> parseSlaPercentile(std::string_view name)
{
    for (SlaPercentile p : { SlaPercentile::Mean, SlaPercentile::P90, SlaPercentile::P99 })
        if (name == slaPercentileName(p))
            return p;
    return std::nullopt;
}

SlotWait slotWait(double lambda, double hold_s, double slots, double requests)
{
    if (!finitePositive(lambda) || !finitePositive(hold_s) || !finitePositive(slots) || !finiteNonNegative(requests))
        return {};
    return slotWaitImpl(lambda, hold_s, slots, requests);
}

double kvBytesPerToken(const ModelSpec &model, double kv_bytes_per_element)
{
    if (model.attention == AttentionKind::Mla && model.kv_lora_rank && model.qk_rope_head_dim)
        return double(model.layers) * double(*model.kv_lora_rank + *model.qk_rope_head_dim)
            * kv_bytes_per_element;
    return 2.0 * double(model.layers) * double(model.kv_heads) * double(model.head_dim)
        * kv_bytes_per_element;
}

double effectiveParams(const ModelSpec &m)
{
    const double catalog = m.total_params_b * 1e9;
    if (m.isMoe() || m.attention == AttentionKind::Mla || !m.intermediate_size || *m.intermediate_size <= 0
        || m.layers <= 0 || m.hidden_size <= 0 || m.head_dim <= 0 || !(catalog > 0.0))
        return catalog;
    const double d = m.hidden_size, q = double(m.attention_heads) * m.head_dim,
                 kv = double(m.kv_heads) * m.head_dim;
    const double per_layer = 2.0 * d * q + 2.0 * d * kv + 3.0 * d * double(*m.intermediate_size);
    const double emb = double(m.vocab_size) * d * (m.tie_word_embeddings ? 1.0 : 2.0);
    const double derived = emb + double(m.layers) * per_layer;
    return std::fabs(derived / catalog - 1.0) <= kDerivedParamsTolerance ? derived : catalog;
}

double embeddingBits(const PrecisionSpec &precision)
{
    const bool weight_only_int4 = containsNoCase(precision.id, "awq") || containsNoCase(precision.id, "gptq");
    return weight_only_int4 ? std::max(precision.bits_per_weight, kUnquantizedEmbeddingBits)
                            : precision.bits_per_weight;
}

double weightBytes(const ModelSpec &model, const PrecisionSpec &precision)
{
    const double P = effectiveParams(model);
    const double emb = std::min(P, embeddingParams(model));
    return (P - emb) * precision.bits_per_weight / 8.0 + emb * embeddingBits(precision) / 8.0;
}

double peakFlops(const GpuSpec &gpu, ComputeDtype dtype, std::uint32_t *warnings)
{
    auto warn = [warnings](std::uint32_t bit) {
        if (warnings)
            *warnings |= bit;
    };
    const auto v = [](const std::optional<double> &o) { return o && finitePositive(*o) ? *o : 0.0; };
    double fp16 = v(gpu.fp16_tflops);
    if (fp16 == 0.0 && v(gpu.fp32_tflops) > 0.0 && dtype != ComputeDtype::Fp32) {
        // Every GPU can run half-precision GEMMs at least at its CUDA-core FP32 rate: a sourced
        // lower bound when the catalog lacks the tensor rate (e.g. AWS's A10G variant).
        warn(kWarnFp16AtFp32Rate);
        fp16 = v(gpu.fp32_tflops);
    }
    double t = 0.0;
    switch (dtype) {
    case ComputeDtype::Fp32:
        t = v(gpu.fp32_tflops);
        break;
    case ComputeDtype::Fp16:
        t = fp16;
        break;
    case ComputeDtype::Fp8:
        t = v(gpu.fp8_tflops);
        if (t == 0.0) {
            warn(kWarnFp8AtFp16Rate);
            t = fp16;
        }
        break;
    case ComputeDtype::Int8:
        t = v(gpu.int8_tops);
        if (t == 0.0) {
            warn(kWarnInt8AtFp16Rate);
            t = fp16;
        }
        break;
    case ComputeDtype::Int4:
        t = v(gpu.int4_tops);
        if (t == 0.0) {
            warn(kWarnInt4AtLowerRate);
            t = v(gpu.int8_tops) > 0.0 ? v(gpu.int8_tops) : fp16;
        }
        break;
    case ComputeDtype::Fp4:
        t = v(gpu.fp4_tflops);
        if (t == 0.0) {
            warn(kWarnFp4AtLowerRate);
            t = v(gpu.fp8_tflops) > 0.0 ? v(gpu.fp8_tflops) : fp16;
        }
        break;
    }
    return t * 1e12;
}

PerfStatus makeContext(const GpuSpec &gpu, const ModelSpec &model, const PrecisionSpec &precision,
                       const ServingStackSpec &stack, const PerfQuery &q, PerfContext &c)
{
    c = PerfContext{};
    // ---- inputs
    if (q.gpu_count < 1)
        return fail(PerfError::BadInput, fmt::format("bad input: gpu_count must be >= 1 (got {})", q.gpu_count));
    if (q.pp < 1 || q.tp < 0 || q.ep < 0)
        return fail(PerfError::BadInput, "bad input: tp, pp and ep must be positive");
    if (model.layers <= 0 || model.hidden_size <= 0 || model.attention_heads <= 0
        || model.kv_heads <= 0 || model.head_dim <= 0 || model.vocab_size <= 0
        || !finitePositive(model.total_params_b) || !finitePositive(model.active_params_b)
        || model.active_params_b > model.total_params_b * 1.0001)
        return fail(PerfError::BadInput,
                    fmt::format("bad input: model {} has missing or inconsistent dimensions",
                                modelLabel(model)));
    if (model.attention == AttentionKind::Mla
        && (!model.kv_lora_rank || !model.qk_rope_head_dim || *model.kv_lora_rank <= 0))
        return fail(PerfError::MissingSpec,
                    fmt::format("cannot compute: {} uses MLA but has no kv_lora_rank/qk_rope_head_dim "
                                "in the catalog", modelLabel(model)));
    if (model.isMoe() && (model.experts_per_token <= 0 || model.experts_per_token > model.routed_experts))
        return fail(PerfError::BadInput,
                    fmt::format("bad input: model {} has inconsistent expert counts", modelLabel(model)));
    if (!finitePositive(precision.bits_per_weight) || precision.bits_per_weight > 64.0)
        return fail(PerfError::BadInput, fmt::format("bad input: precision {} has no valid bits per weight",
                                                     precision.id));
    const double kv_el = q.kv_bytes_per_element.value_or(precision.kv_bytes_per_element);
    if (!finitePositive(kv_el) || kv_el > 8.0)
        return fail(PerfError::BadInput, "bad input: KV-cache bytes per element must be in (0, 8]");
    auto eff = [](double v) { return std::isfinite(v) && v > 0.0 && v <= 1.0; };
    if (!eff(stack.bw_efficiency) || !eff(stack.prefill_mfu) || !eff(stack.decode_mfu)
        || !eff(stack.usable_vram_fraction) || !finiteNonNegative(stack.step_overhead_ms)
        || !finiteNonNegative(stack.layer_overhead_us) || !finiteNonNegative(stack.request_overhead_ms)
        || !finiteNonNegative(stack.runtime_overhead_gib) || stack.max_batch_per_replica < 0)
        return fail(PerfError::BadInput,
                    fmt::format("bad input: serving stack {} has efficiencies outside (0, 1] or "
                                "negative overheads", stack.id));
    if (!finitePositive(gpu.vram_gb))
        return fail(PerfError::MissingSpec,
                    fmt::format("cannot compute: {} has no VRAM size in the catalog", gpuLabel(gpu)));
    if (!gpu.mem_bw_gbs || !finitePositive(*gpu.mem_bw_gbs))
        return fail(PerfError::MissingSpec,
                    fmt::format("cannot compute: {} has no memory bandwidth in the catalog", gpuLabel(gpu)));
    if (q.link_gbs && !finitePositive(*q.link_gbs))
        return fail(PerfError::BadInput, "bad input: link bandwidth must be > 0");
    if (q.network_gbs_per_gpu && !finitePositive(*q.network_gbs_per_gpu))
        return fail(PerfError::BadInput, "bad input: network bandwidth must be > 0");

    // ---- parallel layout
    // llama.cpp spreads the layers over the GPUs (--split-mode layer, its default) unless a
    // layout is given: a pipeline without micro-batching
    const bool layer_split = splitsLayersAcrossGpus(stack) && q.tp == 0 && q.pp == 1 && q.ep <= 1 && q.gpu_count > 1;
    const int pp = layer_split ? q.gpu_count : q.pp;
    if (q.gpu_count % pp != 0)
        return fail(PerfError::BadInput,
                    fmt::format("bad input: gpu_count {} is not a multiple of pp {}", q.gpu_count, pp));
    // automatic: all GPUs of a pipeline stage as tensor parallel; with wide expert parallelism
    // attention is data parallel (tp = 1)
    const int tp = q.tp > 0 ? q.tp : (q.ep > 1 ? 1 : q.gpu_count / pp);
    const long long tp_times_pp = static_cast<long long>(tp) * pp; // 64 bits: tp and pp come from files
    if (tp_times_pp > q.gpu_count || q.gpu_count % tp_times_pp != 0)
        return fail(PerfError::BadInput,
                    fmt::format("bad input: gpu_count {} is not a multiple of tp x pp = {}",
                                q.gpu_count, tp_times_pp));
    int ep = q.ep > 1 ? q.ep : 1;
    if (ep > 1) {
        if (!model.isMoe())
            return fail(PerfError::BadInput,
                        fmt::format("bad input: expert parallelism needs a MoE model ({} is dense)",
                                    modelLabel(model)));
        if (pp != 1)
            return fail(PerfError::BadInput, "bad input: expert parallelism with pp > 1 is not modelled");
        if (ep % tp != 0 || q.gpu_count % ep != 0)
            return fail(PerfError::BadInput,
                        fmt::format("bad input: ep {} must be a multiple of tp {} and divide gpu_count {}",
                                    ep, tp, q.gpu_count));
    }
    const int gpn = q.gpus_per_node > 0 ? q.gpus_per_node : kDefaultGpusPerNode;
    c.tp = tp;
    c.pp = pp;
    c.ep = ep;
    c.layer_split = layer_split;
    c.replicas = q.gpu_count / (tp * pp);
    c.expert_shards = ep > 1 ? ep : tp;
    c.attn_groups_per_expert_group = ep > 1 ? double(ep) / double(tp) : 1.0;
    c.moe = model.isMoe();
    c.continuous = stack.continuous_batching;
    c.layers = model.layers;
    c.max_context_tokens = model.max_context_tokens;
    c.max_batch_per_replica = stack.max_batch_per_replica;

    // ---- rates
    std::uint32_t warn = 0;
    const double peak_linear = peakFlops(gpu, precision.compute_dtype, &warn);
    const double peak_fp16 = peakFlops(gpu, ComputeDtype::Fp16, nullptr);
    if (peak_linear <= 0.0 || peak_fp16 <= 0.0) {
        const bool fp16_missing = peak_fp16 <= 0.0;
        return fail(PerfError::MissingSpec,
                    fmt::format("cannot compute: {} has no {} tensor throughput in the catalog",
                                gpuLabel(gpu), fp16_missing ? "FP16" : precision.name));
    }
    const bool geforce_fast = stack.fp16_accumulate && isGeForce(gpu);
    const bool narrow = peak_linear != peak_fp16 && precision.compute_dtype != ComputeDtype::Fp32;
    const double linear_peak = peak_linear
        * (geforce_fast && !narrow ? kGeForceFp16AccumulateSpeedup : 1.0)
        * (narrow ? kNarrowDtypeGemmEfficiency : 1.0);
    const double attn_peak = peak_fp16 * (geforce_fast ? kGeForceFp16AccumulateSpeedup : 1.0);
    c.bw_Bps = *gpu.mem_bw_gbs * kBytesPerGbDecimal * stack.bw_efficiency;
    c.linear_prefill_Fps = linear_peak * stack.prefill_mfu;
    c.linear_decode_Fps = linear_peak * stack.decode_mfu;
    c.attn_prefill_Fps = attn_peak * stack.prefill_mfu;
    c.attn_decode_Fps = attn_peak * stack.decode_mfu;

    // ---- parameters: routed experts vs. always-read part, embeddings
    const double P = effectiveParams(model);
    const double Pa = model.isMoe() ? model.active_params_b * 1e9 : P;
    const double d = model.hidden_size;
    const double emb = double(model.vocab_size) * d;
    const double bytes_per_param = precision.bits_per_weight / 8.0;
    double routed = 0.0; // parameters of all routed experts
    if (c.moe) {
        const double kE = double(model.experts_per_token) / double(model.routed_experts);
        if (kE < 1.0)
            routed = std::clamp((P - Pa) / (1.0 - kE), 0.0, P);
        c.log_expert_miss = std::log1p(-std::min(kE, 1.0 - 1e-12));
    }
    const double nonrouted = P - routed;
    const double tp_pp = double(tp) * double(pp);
    // embedding tables at their own width (AWQ/GPTQ keep them in 16 bits)
    const double emb_params = std::min(nonrouted, embeddingParams(model));
    const double emb_extra_bytes = emb_params * (embeddingBits(precision) - precision.bits_per_weight) / 8.0;
    c.weights_bytes_gpu = (nonrouted * bytes_per_param + emb_extra_bytes) / tp_pp
        + routed * bytes_per_param / (double(c.expert_shards) * pp);
    const double input_emb = model.tie_word_embeddings ? 0.0 : emb;
    const double read_emb_extra = emb_params > 0.0 ? emb_extra_bytes * (emb_params - input_emb) / emb_params : 0.0;
    c.nonrouted_read_bytes_gpu
        = (std::max(0.0, nonrouted - input_emb) * bytes_per_param + std::max(0.0, read_emb_extra)) / tp_pp;
    c.routed_bytes_gpu = routed * bytes_per_param / (double(c.expert_shards) * pp);

    // linear FLOPs: 2 per active parameter; prefill skips the LM head except for the last token
    const double pa_decode = std::max(0.5 * Pa, Pa - input_emb);
    const double pa_prefill = std::max(0.5 * Pa, Pa - input_emb - emb);
    c.linear_flops_decode_tok = 2.0 * pa_decode / tp_pp;
    c.linear_flops_prefill_tok = 2.0 * pa_prefill / tp_pp;
    c.lm_head_flops_seq = 2.0 * emb / tp;

    // attention FLOPs (per GPU: heads split by tp, layers by pp)
    double dqk_pre = model.head_dim, dv_pre = model.head_dim, dqk_dec = dqk_pre, dv_dec = dv_pre;
    if (model.attention == AttentionKind::Mla) {
        const double r = *model.kv_lora_rank, dr = *model.qk_rope_head_dim;
        dqk_pre = double(model.qk_nope_head_dim.value_or(model.head_dim)) + dr;
        dv_pre = double(model.v_head_dim.value_or(model.head_dim));
        dqk_dec = r + dr; // absorbed MLA decode attends in the latent space
        dv_dec = r;
    }
    const double Lh = double(model.layers) * double(model.attention_heads);
    c.attn_decode_flops_tok_ctx = 2.0 * Lh * (dqk_dec + dv_dec) / tp_pp;
    c.attn_prefill_flops_i2 = Lh * (dqk_pre + dv_pre) / tp_pp;

    // ---- KV cache
    c.kv_bytes_per_token = kvBytesPerToken(model, kv_el);
    double kv_share = 1.0;
    if (model.attention != AttentionKind::Mla) {
        const int heads_per_gpu = (model.kv_heads + tp - 1) / tp;
        kv_share = double(heads_per_gpu) / double(model.kv_heads);
        if (tp > model.kv_heads)
            warn |= kWarnKvHeadsReplicated;
    } // MLA: the latent cache is replicated on every tensor-parallel rank
    c.kv_bytes_per_token_gpu = c.kv_bytes_per_token * kv_share / pp;

    // ---- memory
    c.vram_bytes_gpu = gpu.vram_gb * kVramBytesPerGb;
    c.usable_bytes_gpu = c.vram_bytes_gpu * stack.usable_vram_fraction;
    c.runtime_overhead_bytes_gpu = stack.runtime_overhead_gib * kBytesPerGib;

    // ---- interconnect
    const LinkKind kind = q.link_kind.value_or(gpu.link_kind);
    double link_dir_gbs = 0.0; // per direction
    if (q.link_gbs)
        link_dir_gbs = *q.link_gbs / 2.0;
    else if (gpu.link_gbs && finitePositive(*gpu.link_gbs) && (!q.link_kind || *q.link_kind == gpu.link_kind))
        link_dir_gbs = *gpu.link_gbs / 2.0;
    const bool needs_link = tp > 1 || pp > 1 || ep > 1;
    if (link_dir_gbs <= 0.0 && kind == LinkKind::Pcie) {
        // GPUs without a GPU-to-GPU link talk over PCIe: the generation the catalog names, else
        // the Gen4 x16 of the L40S/A10-class cards that ship without NVLink
        link_dir_gbs = pcieFromName(gpu.link_name);
        if (link_dir_gbs <= 0.0)
            link_dir_gbs = kAssumedPcieLink_gbs;
        if (needs_link) // a single GPU uses no link: nothing was assumed
            warn |= kWarnPcieLinkAssumed;
    }
    if (needs_link && link_dir_gbs <= 0.0)
        return fail(PerfError::MissingSpec,
                    fmt::format("cannot compute: {} has no GPU-to-GPU link bandwidth in the catalog",
                                gpuLabel(gpu)));
    double net_dir_gbs = kDefaultNetworkPerGpu_gbs;
    if (q.network_gbs_per_gpu)
        net_dir_gbs = *q.network_gbs_per_gpu;
    const bool crosses_nodes = tp * pp > gpn || ep > gpn;
    if (crosses_nodes && !q.network_gbs_per_gpu)
        warn |= kWarnDefaultNetwork;
    const double intra_Bps = link_dir_gbs * kBytesPerGbDecimal * kAllReduceBusEfficiency;
    const double net_Bps = net_dir_gbs * kBytesPerGbDecimal * kNetworkEfficiency;
    const double layers_stage = double(model.layers) / pp;

    if (tp > 1) {
        const bool tp_over_network = tp > gpn;
        // GeForce cards have GPU peer-to-peer disabled: NCCL stages every ring step through host
        // memory (SHM transport), unless the deployment names its own link bandwidth
        const bool host_staged = kind == LinkKind::Pcie && isGeForce(gpu) && !q.link_gbs;
        double bw = tp_over_network ? std::min(intra_Bps, net_Bps) : intra_Bps;
        double lat = tp_over_network ? kNetworkAllReduceLatency_us * 1e-6 : linkLatency_s(kind);
        if (host_staged && !tp_over_network) {
            bw = std::min(bw, kHostStagedAllReduceBus_gbs * kBytesPerGbDecimal);
            lat = kHostStagedAllReduceLatency_us * 1e-6;
        }
        const double n_ar = 2.0 * layers_stage; // after attention and after the MLP
        const double bytes_tok = d * kActivationBytes * 2.0 * double(tp - 1) / double(tp);
        c.comm_fixed_s += n_ar * lat;
        c.comm_s_per_token += n_ar * bytes_tok / bw;
    }
    if (ep > 1) {
        const double k = model.experts_per_token;
        const double moe_layers = std::max(1, model.layers - model.first_dense_layers);
        const double disp = precision.compute_dtype == ComputeDtype::Fp8 ? kEpDispatchBytesFp8
                                                                       : kActivationBytes;
        const double per_copy = d * (disp + kEpCombineBytes);
        const double nodes = std::ceil(double(ep) / gpn);
        double t_tok = 0.0;
        if (nodes <= 1.0) {
            t_tok = k * per_copy * double(ep - 1) / double(ep) / intra_Bps;
        } else {
            // node-deduplicated RDMA (DeepEP): one copy per distinct remote node, then NVLink
            const double remote_nodes = (nodes - 1.0) * (1.0 - std::pow(1.0 - 1.0 / nodes, k));
            t_tok = std::max(remote_nodes * per_copy / net_Bps, k * per_copy / intra_Bps);
        }
        c.comm_fixed_s += moe_layers * 2.0 * kAllToAllLatency_us * 1e-6;
        c.comm_s_per_token += moe_layers * t_tok;
    }
    if (pp > 1)
        c.p2p_s_per_token = d * kActivationBytes / (tp * pp > gpn ? std::min(intra_Bps, net_Bps) : intra_Bps);

    // ---- overheads
    double kernels = kKernelsPerDenseLayer;
    if (c.moe)
        kernels += kExtraKernelsPerMoeLayer * double(std::max(0, model.layers - model.first_dense_layers))
            / double(model.layers);
    if (model.attention == AttentionKind::Mla)
        kernels += kExtraKernelsPerMlaLayer;
    c.layer_overhead_s = layers_stage * stack.layer_overhead_us * 1e-6 * kernels / kKernelsPerDenseLayer;
    c.step_overhead_s = stack.step_overhead_ms * 1e-3;
    c.request_overhead_s = stack.request_overhead_ms * 1e-3;
    c.warnings = warn;
    c.uncertainty_pct = kCalibratedUncertaintyPct
        * (stackHasCalibrationRows(stack.id) ? 1.0 : kPriorOnlyUncertaintyFactor);

    // Catalog values far outside any real hardware overflow (or underflow to a division by 0):
    // an error naming them, never an infinite time or throughput later.
    const std::pair<double, const char *> derived[] = {
        { c.weights_bytes_gpu, "weights per GPU" },
        { c.nonrouted_read_bytes_gpu, "weights read per step" },
        { c.routed_bytes_gpu, "expert weights" },
        { c.usable_bytes_gpu, "usable memory" },
        { c.vram_bytes_gpu, "memory" },
        { c.kv_bytes_per_token, "KV cache per token" },
        { c.kv_bytes_per_token_gpu, "KV cache per token and GPU" },
        { c.bw_Bps, "memory bandwidth" },
        { c.linear_prefill_Fps, "tensor throughput" },
        { c.linear_decode_Fps, "tensor throughput" },
        { c.attn_prefill_Fps, "tensor throughput" },
        { c.attn_decode_Fps, "tensor throughput" },
        { c.linear_flops_decode_tok, "FLOPs per token" },
        { c.linear_flops_prefill_tok, "FLOPs per token" },
        { c.lm_head_flops_seq, "FLOPs per token" },
        { c.attn_decode_flops_tok_ctx, "attention FLOPs" },
        { c.attn_prefill_flops_i2, "attention FLOPs" },
        { c.comm_fixed_s, "communication time" },
        { c.comm_s_per_token, "communication time" },
        { c.p2p_s_per_token, "communication time" },
        { c.layer_overhead_s, "overhead" },
    };
    for (const auto &[v, what] : derived)
        if (!std::isfinite(v))
            return fail(PerfError::BadInput,
                        fmt::format("bad input: the {} of {} on {} is not a finite number: a catalog value of the "
                                    "GPU, model, precision or serving stack is out of range",
                                    what, modelLabel(model), gpuLabel(gpu)));
    if (c.bw_Bps <= 0.0 || c.linear_decode_Fps <= 0.0 || c.attn_decode_Fps <= 0.0 || c.linear_prefill_Fps <= 0.0
        || c.attn_prefill_Fps <= 0.0)
        return fail(PerfError::BadInput,
                    fmt::format("bad input: {} has a memory bandwidth or tensor throughput too small to compute with",
                                gpuLabel(gpu)));
    return {};
}

PerfResult evaluate(const PerfContext &c, const PerfQuery &q)
{
    PerfResult r;
    r.warnings = c.warnings;
    r.tp = c.tp;
    r.pp = c.pp;
    r.ep = c.ep;
    r.replicas = c.replicas;
    r.kv_bytes_per_token = c.kv_bytes_per_token;
    r.weights_gib_per_gpu = c.weights_bytes_gpu / kBytesPerGib;
    r.runtime_overhead_gib = c.runtime_overhead_bytes_gpu / kBytesPerGib;
    r.usable_gib_per_gpu = c.usable_bytes_gpu / kBytesPerGib;
    r.uncertainty_pct = c.uncertainty_pct;

    auto bad = [&r](std::string msg) {
        r.error = PerfError::BadInput;
        r.error_message = std::move(msg);
        return r;
    };
    if (c.bw_Bps <= 0.0)
        return bad("bad input: context was not prepared (makeContext failed?)");
    if (q.input_len < 0 || q.output_len < 0)
        return bad("bad input: input_len and output_len must be >= 0");
    if (q.phases == Phases::PrefillOnly && q.input_len == 0)
        return bad("bad input: a prefill-only deployment needs input_len > 0");
    if (q.input_len == 0 && q.output_len == 0) // (not a sum: two large lengths would overflow int)
        return bad("bad input: nothing to do (input_len and output_len are 0)");
    if (q.batch_mode == BatchMode::Fixed && q.batch < 1)
        return bad(fmt::format("bad input: batch must be >= 1 (got {})", q.batch));
    if (q.batch_mode == BatchMode::RequestRate && !finitePositive(q.request_rate_per_s))
        return bad("bad input: request rate must be > 0");
    if (q.request_count < 0)
        return bad(fmt::format("bad input: request_count must be >= 0 (got {})", q.request_count));
    if (!finiteNonNegative(q.sla_ttft_ms) || !finiteNonNegative(q.sla_tpot_ms))
        return bad("bad input: SLA limits must be finite and >= 0");

    // ---- memory fit
    const double in = q.input_len;
    const double out = q.phases == Phases::PrefillOnly ? 0.0 : q.output_len;
    const double seq_tokens = in + out;
    if (c.max_context_tokens > 0 && seq_tokens > c.max_context_tokens)
        r.warnings |= kWarnContextExceedsModel;
    const double usable = isContinuous(c, q)
        ? c.usable_bytes_gpu
        : std::max(c.usable_bytes_gpu, c.vram_bytes_gpu * kStaticBatchUsableFraction);
    r.usable_gib_per_gpu = usable / kBytesPerGib;
    const double free_bytes = usable - c.weights_bytes_gpu - c.runtime_overhead_bytes_gpu;
    const double kv_seq = c.kv_bytes_per_token_gpu * seq_tokens;
    if (free_bytes <= 0.0) {
        r.fit_failure = FitFailure::WeightsExceedVram;
        return r;
    }
    if (kv_seq > free_bytes) {
        r.fit_failure = FitFailure::NoRoomForKvCache;
        return r;
    }
    double per_replica = kv_seq > 0.0 ? std::floor(free_bytes / kv_seq) : double(kMaxSearchBatch);
    per_replica = std::min(per_replica, double(kMaxSearchBatch));
    BatchLimit cap_limit = BatchLimit::Memory;
    if (c.max_batch_per_replica > 0 && c.max_batch_per_replica < per_replica) {
        per_replica = c.max_batch_per_replica;
        cap_limit = BatchLimit::Scheduler;
    }
    if (q.phases == Phases::PrefillOnly && q.batch_mode != BatchMode::Fixed) {
        // a prefill node runs prompts in chunks of the chunked-prefill budget
        const double chunk_seqs = std::max(1.0, std::floor(double(kPrefillChunk_tokens) / std::max(1.0, in)));
        per_replica = std::min(per_replica, chunk_seqs);
    }
    const double max_batch = per_replica * c.replicas;
    r.max_batch = int(std::min(max_batch, double(std::numeric_limits<int>::max())));
    r.fits = true;
    // open-loop arrivals queue on continuous-batching engines that run both phases
    const bool open_loop_queue = isContinuous(c, q) && q.phases != Phases::PrefillOnly && out > 0.0;
    const double slots = open_loop_queue ? slotsPerReplica(c, free_bytes, in, out, per_replica) : per_replica;
    const bool sla_open_loop = open_loop_queue && q.sla_percentile != SlaPercentile::Mean;
    // the rate that sustains a deployment-wide concurrency b in the engine (Little's law)
    const auto sustainedRate = [&](double b, const PerfResult &t) {
        const double latency_ms = engineLatency_ms(c, q, t);
        return latency_ms > 0.0 ? b / (latency_ms * 1e-3) : 0.0;
    };

    double batch = 1.0;
    switch (q.batch_mode) {
    case BatchMode::Fixed:
        batch = q.batch;
        if (batch > max_batch) {
            r.fits = false;
            r.fit_failure = FitFailure::NoRoomForKvCache;
            return r;
        }
        if (batch < c.replicas)
            r.warnings |= kWarnBatchBelowReplicas;
        break;
    case BatchMode::MaxFit:
        batch = max_batch;
        r.batch_limit = cap_limit;
        break;
    case BatchMode::MaxUnderSla: {
        auto meets = [&](double b) {
            PerfResult t;
            operatingPoint(c, q, b, t);
            double ttft = t.ttft_ms, tpot = t.tpot_ms;
            if (sla_open_loop) {
                applyLoad(c, q, sustainedRate(b, t), slots, t);
                const bool p99 = q.sla_percentile == SlaPercentile::P99;
                ttft = p99 ? t.ttft_ms_p99 : t.ttft_ms_p90;
                tpot = p99 ? t.tpot_ms_p99 : t.tpot_ms_p90;
            }
            return (q.sla_ttft_ms <= 0.0 || ttft <= q.sla_ttft_ms) && (q.sla_tpot_ms <= 0.0 || tpot <= q.sla_tpot_ms);
        };
        if (!meets(1.0)) {
            r.warnings |= kWarnSlaNotMet;
            batch = 1.0;
            PerfResult t;
            operatingPoint(c, q, 1.0, t);
            if (sla_open_loop)
                applyLoad(c, q, sustainedRate(1.0, t), slots, t);
            const double ttft = q.sla_percentile == SlaPercentile::P99    ? t.ttft_ms_p99
                : q.sla_percentile == SlaPercentile::P90 && sla_open_loop ? t.ttft_ms_p90
                                                                          : t.ttft_ms;
            r.batch_limit = (q.sla_ttft_ms > 0.0 && ttft > q.sla_ttft_ms) ? BatchLimit::Ttft : BatchLimit::Tpot;
        } else if (meets(max_batch)) {
            batch = max_batch;
            r.batch_limit = cap_limit;
        } else {
            double lo = 1.0, hi = max_batch; // meets(lo), !meets(hi)
            while (hi - lo > 1.0) {
                const double mid = std::floor((lo + hi) / 2.0);
                (meets(mid) ? lo : hi) = mid;
            }
            batch = lo;
            // which limit the next batch breaks
            const auto meets_ttft = [&](double b) {
                PerfResult t;
                operatingPoint(c, q, b, t);
                if (sla_open_loop)
                    applyLoad(c, q, sustainedRate(b, t), slots, t);
                const double ttft = !sla_open_loop           ? t.ttft_ms
                    : q.sla_percentile == SlaPercentile::P99 ? t.ttft_ms_p99
                                                             : t.ttft_ms_p90;
                return q.sla_ttft_ms <= 0.0 || ttft <= q.sla_ttft_ms;
            };
            r.batch_limit = meets_ttft(hi) ? BatchLimit::Tpot : BatchLimit::Ttft;
        }
        break;
    }
    case BatchMode::RequestRate: {
        // Little's law: concurrency = rate x time a request spends in the system
        const double rate = q.request_rate_per_s;
        const double cap = open_loop_queue ? slots * c.replicas : max_batch;
        double conc = 1.0;
        bool saturated = false;
        for (int i = 0; i < kRequestRateIterations; ++i) {
            PerfResult t;
            operatingPoint(c, q, std::max(conc, 1.0), t);
            const double latency_s = q.phases == Phases::PrefillOnly
                ? t.ttft_ms * 1e-3
                : (t.ttft_ms + std::max(0.0, out - 1.0) * t.tpot_ms) * 1e-3;
            double next = rate * latency_s;
            if (next >= cap) {
                next = cap;
                saturated = true;
            } else {
                saturated = false;
            }
            conc = 0.5 * conc + 0.5 * next;
        }
        batch = std::max(1.0, std::min(conc, cap));
        if (saturated) {
            r.warnings |= kWarnRateSaturated;
            r.batch_limit = BatchLimit::Saturated;
        }
        break;
    }
    }
    operatingPoint(c, q, batch, r);
    if (q.batch_mode == BatchMode::RequestRate && !(r.warnings & kWarnRateSaturated) && out > 0.0)
        r.output_tok_s = std::min(r.output_tok_s, q.request_rate_per_s * out);
    if (q.batch_mode == BatchMode::RequestRate && open_loop_queue)
        applyLoad(c, q, q.request_rate_per_s, slots, r);
    else if (q.batch_mode == BatchMode::MaxUnderSla && sla_open_loop)
        applyLoad(c, q, sustainedRate(batch, r), slots, r);
    else
        closedLoopPercentiles(r);
    // Numbers are finite (perfmodel.h): an overflow is an error naming the inputs, never inf.
    for (const double v : { r.kv_gib_per_gpu, r.batch, r.ttft_ms, r.tpot_ms, r.tok_s_per_user, r.output_tok_s,
                            r.total_tok_s, r.prefill_tok_s, r.decode.total_ms, r.prefill.total_ms, r.queue_ms, r.ttft_ms_p90,
                            r.ttft_ms_p99, r.tpot_ms_p90, r.tpot_ms_p99 }) {
        if (!std::isfinite(v)) {
            PerfResult e; // none of the overflowed figures
            e.error = PerfError::BadInput;
            e.error_message = fmt::format("bad input: the times of {} input and {} output tokens are not finite "
                                          "numbers (too long for this deployment, or a catalog value out of range)",
                                          q.input_len, q.output_len);
            e.warnings = r.warnings;
            return e;
        }
    }
    return r;
}

PerfResult predict(const GpuSpec &gpu, const ModelSpec &model, const PrecisionSpec &precision,
                   const ServingStackSpec &stack, const PerfQuery &query)
{
    auto one = [&](const PerfQuery &q) {
        PerfContext ctx;
        PerfStatus st = makeContext(gpu, model, precision, stack, q, ctx);
        if (!st.ok()) {
            PerfResult r;
            r.error = st.error;
            r.error_message = std::move(st.message);
            return r;
        }
        return evaluate(ctx, q);
    };
    if (query.tp != 0 || query.batch_mode == BatchMode::Fixed || query.gpu_count <= query.pp || query.pp < 1
        || query.gpu_count < 1 || splitsLayersAcrossGpus(stack))
        return one(query);

    // automatic tensor parallelism: try every tp dividing the GPUs of one pipeline
    const int per_pipeline = query.gpu_count / query.pp;
    PerfResult best;
    bool have_best = false;
    PerfResult widest;
    bool tried = false;
    for (int tp = 1; tp <= per_pipeline; ++tp) {
        if (per_pipeline % tp != 0 || query.gpu_count % (tp * query.pp) != 0)
            continue;
        if (query.ep > 1 && query.ep % tp != 0)
            continue;
        PerfQuery q = query;
        q.tp = tp;
        PerfResult r = one(q);
        if (!r.ok())
            return r; // missing catalog values do not depend on tp
        tried = true;
        widest = r;
        const double score = query.phases == Phases::PrefillOnly ? r.prefill_tok_s : r.output_tok_s;
        const double best_score = query.phases == Phases::PrefillOnly ? best.prefill_tok_s : best.output_tok_s;
        if (r.fits && (!have_best || score > best_score)) {
            best = std::move(r);
            have_best = true;
        }
    }
    if (!tried) // no layout fits the GPUs (gpu_count not a multiple of pp): say why, not "does not fit"
        return one(query);
    return have_best ? best : widest;
}

PerfResult predict(const CatalogSnapshot &catalog, std::string_view gpu, std::string_view model,
                   std::string_view precision, std::string_view framework, const PerfQuery &query)
{
    PerfResult r;
    auto unknown = [&r](std::string_view what, std::string_view name) {
        r.error = PerfError::UnknownName;
        r.error_message = fmt::format("unknown {} '{}' (not in the catalog)", what, name);
        return r;
    };
    const GpuSpec *g = catalog.findGpu(gpu);
    if (!g)
        return unknown("GPU", gpu);
    const ModelSpec *m = catalog.findModel(model);
    if (!m)
        return unknown("model", model);
    const PrecisionSpec *p = catalog.findPrecision(precision);
    if (!p)
        return unknown("precision", precision);
    const ServingStackSpec *s = framework.empty() ? nullptr : catalog.findStack(framework);
    if (!s)
        s = catalog.findStack(stackIdForFramework(framework));
    if (!s)
        return unknown("serving stack", framework.empty() ? std::string_view("generic") : framework);
    return predict(*g, *m, *p, *s, query);
}

Text warningTexts(std::uint32_t w)
{
    static constexpr std::pair<std::uint32_t, const char *> kTexts[] = {
        {kWarnFp8AtFp16Rate, QT_TRANSLATE_NOOP("tco::engine", "GPU has no FP8 tensor cores: FP8 runs at its FP16 rate")},
        {kWarnInt8AtFp16Rate, QT_TRANSLATE_NOOP("tco::engine", "no INT8 tensor rate in the catalog: FP16 rate used")},
        {kWarnInt4AtLowerRate, QT_TRANSLATE_NOOP("tco::engine", "no INT4 tensor rate in the catalog: INT8/FP16 rate used")},
        {kWarnFp4AtLowerRate, QT_TRANSLATE_NOOP("tco::engine", "no FP4 tensor rate in the catalog: FP8/FP16 rate used")},
        {kWarnContextExceedsModel, QT_TRANSLATE_NOOP("tco::engine", "input + output exceed the model's context length")},
        {kWarnDefaultNetwork, QT_TRANSLATE_NOOP("tco::engine", "inter-node bandwidth assumed: 400 Gb/s per GPU")},
        {kWarnSlaNotMet, QT_TRANSLATE_NOOP("tco::engine", "the SLA is not met even at batch 1")},
        {kWarnRateSaturated, QT_TRANSLATE_NOOP("tco::engine", "request rate exceeds capacity: queue grows without bound")},
        {kWarnKvHeadsReplicated, QT_TRANSLATE_NOOP("tco::engine", "tp exceeds the KV heads: KV heads replicated")},
        {kWarnBatchBelowReplicas, QT_TRANSLATE_NOOP("tco::engine", "fewer sequences than replicas: some GPUs idle")},
        {kWarnPcieLinkAssumed, QT_TRANSLATE_NOOP("tco::engine", "GPU link bandwidth taken from its PCIe generation")},
        {kWarnFp16AtFp32Rate, QT_TRANSLATE_NOOP("tco::engine", "no FP16 tensor rate in the catalog: the FP32 (CUDA-core) rate is "
                                                               "used, a lower bound")},
    };
    std::vector<Text> out;
    for (const auto &[bit, pattern] : kTexts)
        if (w & bit)
            out.push_back(text(pattern));
    return out.empty() ? Text{} : joined(std::move(out));
}

std::string warningText(std::uint32_t w)
{
    return render(warningTexts(w));
}

std::string_view boundName(Bound bound)
{
    switch (bound) {
    case Bound::Memory:
        return "memory";
    case Bound::Compute:
        return "compute";
    case Bound::Communication:
        return "communication";
    case Bound::Overhead:
        return "overhead";
    case Bound::None:
        break;
    }
    return "";
}

Text fitFailure(const PerfResult &r)
{
    switch (r.fit_failure) {
    case FitFailure::WeightsExceedVram:
        return text(QT_TRANSLATE_NOOP("tco::engine", "does not fit: weights {:.1f} GiB + runtime {:.1f} GiB per GPU exceed the "
                                                     "{:.1f} GiB usable"),
                    r.weights_gib_per_gpu, r.runtime_overhead_gib, r.usable_gib_per_gpu);
    case FitFailure::NoRoomForKvCache:
        return text(QT_TRANSLATE_NOOP("tco::engine", "does not fit: after weights {:.1f} GiB + runtime {:.1f} GiB of {:.1f} GiB "
                                                     "usable per GPU, the KV cache holds {} sequence(s) of this length"),
                    r.weights_gib_per_gpu, r.runtime_overhead_gib, r.usable_gib_per_gpu, r.max_batch);
    case FitFailure::None:
        break;
    }
    return {};
}

std::string fitFailureText(const PerfResult &r)
{
    return render(fitFailure(r));
}

} // namespace tco::engine
