// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file perfmodel.h
 * The performance engine: memory fit, prefill (TTFT) and decode (TPOT) rooflines, throughput,
 * the largest batch that fits or meets an SLA, and which bound applies. Pure functions on value
 * types; no allocation on the evaluation path.
 *
 * Model (docs/calibration.md has the derivation and the fitted constants):
 * - A decode step on one GPU is a sequence of kernels that do not overlap:
 *   linear layers  max(weight bytes / (BW * eta_bw),  linear FLOPs / (peak * MFU * g(M)))
 *   attention      max(KV bytes / (BW * eta_bw),      attention FLOPs / (peak16 * MFU))
 *   + tensor-parallel all-reduces (2 per layer) / expert all-to-alls + per-layer launch time,
 *   where g(M) = M / (M + 16) is the GEMM tile roll-off for M tokens in the pass, and
 *   narrow dtypes (FP8/INT8/INT4/FP4) run at 0.7 of their datasheet rate relative to FP16.
 * - MoE: weights read per step = shared/dense part + routed experts touched, an expected
 *   E * (1 - (1 - k/E)^T) distinct experts per layer for T tokens.
 * - Prefill is the same sum for I tokens per sequence, with causal attention FLOPs
 *   L * h * (d_qk + d_v) * I^2.
 * - Continuous batching: in steady state every step also carries (B - 1) * I / O prefill tokens of
 *   the other sequences (chunked prefill). Static batching: TTFT = prefill of the whole batch.
 * - Pipeline parallelism: TPOT = pp * stage time for a micro-batch of B/pp sequences.
 */

#include "text.h"
#include "catalogtypes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tco::engine {

class CatalogSnapshot;

/** How the batch of a query is chosen. */
enum class BatchMode : std::uint8_t {
    Fixed,       ///< exactly PerfQuery::batch concurrent sequences
    MaxFit,      ///< the largest batch that fits memory (and the stack's scheduler cap)
    MaxUnderSla, ///< the largest batch whose TTFT and TPOT meet the SLA (and fits)
    RequestRate, ///< open-loop arrivals at request_rate_per_s; concurrency from Little's law
};

/** Batching discipline. */
enum class Batching : std::uint8_t {
    StackDefault, ///< ServingStackSpec::continuous_batching decides
    Continuous,   ///< in-flight batching with chunked prefill mixed into decode steps
    Static,       ///< the batch is prefilled together, then decoded together
};

/** Prefill/decode disaggregation: which phase this deployment runs. */
enum class Phases : std::uint8_t {
    Both,        ///< colocated prefill and decode (the usual case)
    PrefillOnly, ///< a prefill node of a disaggregated deployment: only prefill_tok_s / TTFT
    DecodeOnly,  ///< a decode node: no prefill interference in TPOT
};

/** What limits an operating point. */
enum class Bound : std::uint8_t {
    None,          ///< not evaluated
    Memory,        ///< HBM/GDDR bandwidth (weights or KV cache reads)
    Compute,       ///< tensor-core throughput
    Communication, ///< GPU-to-GPU or inter-node transfers
    Overhead,      ///< kernel-launch / scheduling time dominates (small models, batch 1)
};

/** Why a configuration does not fit. */
enum class FitFailure : std::uint8_t {
    None,
    WeightsExceedVram,  ///< weights + runtime overhead per GPU exceed the usable VRAM
    NoRoomForKvCache,   ///< weights fit, but not the KV cache of one full sequence
};

/** Which limit decided the batch of a MaxFit/MaxUnderSla/RequestRate query. */
enum class BatchLimit : std::uint8_t {
    None,      ///< fixed batch
    Memory,    ///< KV-cache capacity
    Scheduler, ///< the stack's max_batch_per_replica
    Ttft,      ///< the TTFT SLA
    Tpot,      ///< the TPOT SLA
    Saturated, ///< RequestRate: arrivals exceed what the deployment can serve
};

/**
 * Which statistic of TTFT and TPOT an SLA holds to. Mean keeps the closed-loop figure of the
 * engine (a new request enters at a step boundary, no arrival queue): the figures of earlier
 * releases. P90/P99 evaluate open-loop Poisson arrivals at the rate that sustains the batch,
 * with the wait for the running step and for a free slot (docs/calibration.md, "Serving under
 * load").
 */
enum class SlaPercentile : std::uint8_t {
    Mean,
    P90,
    P99,
};

/** "mean", "p90", "p99". */
std::string_view slaPercentileName(SlaPercentile percentile);
/** Inverse of slaPercentileName (exact, lower case); empty for anything else. */
std::optional<SlaPercentile> parseSlaPercentile(std::string_view name);

/** Errors: the query could not be evaluated at all. */
enum class PerfError : std::uint8_t {
    None,
    BadInput,        ///< zero/negative/NaN inputs, inconsistent parallelism
    MissingSpec,     ///< a catalog value the formula needs is empty
    UnknownName,     ///< a name did not resolve through the catalog
};

/** Warnings, as bit flags in PerfResult::warnings (see warningText). */
enum PerfWarning : std::uint32_t {
    kWarnFp8AtFp16Rate = 1u << 0,        ///< GPU has no FP8 tensor cores: FP8 GEMMs at FP16 rate
    kWarnInt8AtFp16Rate = 1u << 1,       ///< no INT8 tensor rate in the catalog: FP16 rate used
    kWarnInt4AtLowerRate = 1u << 2,      ///< no INT4 tensor rate: INT8 or FP16 rate used
    kWarnFp4AtLowerRate = 1u << 3,       ///< no FP4 tensor rate: FP8 or FP16 rate used
    kWarnContextExceedsModel = 1u << 4,  ///< input + output longer than the model's context
    kWarnDefaultNetwork = 1u << 5,       ///< inter-node bandwidth assumed (400 Gb/s per GPU)
    kWarnSlaNotMet = 1u << 6,            ///< MaxUnderSla: even batch 1 misses the SLA
    kWarnRateSaturated = 1u << 7,        ///< RequestRate: arrivals exceed capacity
    kWarnKvHeadsReplicated = 1u << 8,    ///< tp > KV heads: KV heads replicated across GPUs
    kWarnBatchBelowReplicas = 1u << 9,   ///< fewer sequences than replicas: some GPUs idle
    kWarnPcieLinkAssumed = 1u << 10,     ///< link bandwidth taken from the PCIe generation
    kWarnFp16AtFp32Rate = 1u << 11,      ///< no FP16 tensor rate in the catalog: FP32 (CUDA-core) rate used
};

/** One deployment + workload to evaluate. Batch counts sequences over the whole deployment. */
struct PerfQuery
{
    // --- deployment
    int gpu_count = 1;   ///< GPUs in the deployment (tp * pp * replicas, or a multiple of ep)
    int tp = 0;          ///< tensor parallel degree; 0: automatic (see predict())
    int pp = 1;          ///< pipeline parallel degree
    int ep = 0;          ///< expert parallel group size; 0/1: experts sharded like tp. With ep > 1
                         ///< attention is data parallel (tp GPUs per attention replica)
    int gpus_per_node = 0;                  ///< 0: perf::kDefaultGpusPerNode
    std::optional<LinkKind> link_kind;      ///< override of the GPU's intra-node link
    std::optional<double> link_gbs;         ///< override, per GPU, bidirectional total GB/s
    std::optional<double> network_gbs_per_gpu; ///< inter-node, per GPU and direction, GB/s

    // --- workload
    BatchMode batch_mode = BatchMode::Fixed;
    int batch = 1;                   ///< concurrent sequences (Fixed)
    double request_rate_per_s = 0.0; ///< arrivals per second (RequestRate)
    int input_len = 0;               ///< prompt tokens per request
    int output_len = 0;              ///< generated tokens per request
    std::optional<double> kv_bytes_per_element; ///< KV-cache element size; default: precision's
    Batching batching = Batching::StackDefault;
    Phases phases = Phases::Both;
    bool include_request_overhead = true; ///< add the stack's API-server time to TTFT
    double sla_ttft_ms = 0.0;        ///< MaxUnderSla: TTFT limit (0: none)
    double sla_tpot_ms = 0.0;        ///< MaxUnderSla: TPOT limit (0: none)
    SlaPercentile sla_percentile = SlaPercentile::Mean; ///< MaxUnderSla: statistic the limits hold to
    /**
     * RequestRate: requests in a finite run (a benchmark such as vLLM benchmark_serving with
     * --num-prompts); 0: steady state. Only matters when arrivals outpace the service.
     */
    int request_count = 0;
};

/** Time of one forward pass on one GPU, by component, in milliseconds. */
struct StepBreakdown
{
    double weights_ms = 0.0;        ///< reading weights (linear layers, memory roofline)
    double linear_compute_ms = 0.0; ///< linear-layer FLOPs (compute roofline)
    double kv_ms = 0.0;             ///< reading the KV cache (attention, memory roofline)
    double attention_compute_ms = 0.0; ///< attention FLOPs (compute roofline)
    double comm_ms = 0.0;           ///< all-reduce / all-to-all / pipeline sends
    double overhead_ms = 0.0;       ///< kernel launches, scheduling
    double total_ms = 0.0;          ///< what the step takes (rooflines max'ed, then summed)
    Bound bound = Bound::None;
};

/** Result of one evaluation. Numbers are finite; 0 where not applicable (see fits / error). */
struct PerfResult
{
    PerfError error = PerfError::None;
    std::string error_message; ///< "cannot compute: ..." when error != None
    std::uint32_t warnings = 0; ///< PerfWarning bits

    // memory
    bool fits = false;
    FitFailure fit_failure = FitFailure::None;
    double weights_gib_per_gpu = 0.0;
    double runtime_overhead_gib = 0.0;
    double usable_gib_per_gpu = 0.0;
    double kv_bytes_per_token = 0.0;     ///< whole model, one token
    double kv_gib_per_gpu = 0.0;         ///< KV cache held per GPU at the evaluated batch
    int max_batch = 0;                   ///< largest concurrency that fits (deployment total)

    // parallel layout actually used
    int tp = 0, pp = 0, ep = 0, replicas = 0;

    // operating point
    double batch = 0.0;                  ///< concurrency evaluated (deployment total)
    BatchLimit batch_limit = BatchLimit::None;
    double ttft_ms = 0.0;
    double tpot_ms = 0.0;
    double tok_s_per_user = 0.0;         ///< 1000 / TPOT
    double output_tok_s = 0.0;           ///< generated tokens per second, deployment total
    double total_tok_s = 0.0;            ///< (input + output) tokens per second
    double prefill_tok_s = 0.0;          ///< prompt tokens per second while prefilling
    Bound bound = Bound::None;           ///< of the decode step (prefill bound below)
    Bound prefill_bound = Bound::None;
    StepBreakdown decode;                ///< one decode step of one pipeline stage
    StepBreakdown prefill;               ///< the prefill pass behind TTFT
    double uncertainty_pct = 0.0;        ///< +/- band from calibration residuals (see docs)

    // serving under load: open-loop Poisson arrivals (RequestRate, and MaxUnderSla held to a
    // percentile); otherwise the percentiles equal the closed-loop figures and queue_ms is 0
    double queue_ms = 0.0; ///< mean wait for the running step and a free slot (in ttft_ms)
    double ttft_ms_p90 = 0.0;
    double ttft_ms_p99 = 0.0;
    double tpot_ms_p90 = 0.0;
    double tpot_ms_p99 = 0.0;
    double utilization = 0.0; ///< arrivals / what the deployment serves at full concurrency

    bool ok() const { return error == PerfError::None; }
};

/**
 * Everything about a (gpu, model, precision, stack, deployment) that does not depend on the
 * batch or the sequence lengths, precomputed so that evaluate() is a few dozen flops.
 * Holds no pointers: it can outlive the catalog.
 */
struct PerfContext
{
    // layout
    int tp = 1, pp = 1, ep = 1, replicas = 1;
    bool layer_split = false; ///< pp stages run one after another (llama.cpp), no micro-batches
    int expert_shards = 1;        ///< GPUs the routed experts of one group are spread over
    double attn_groups_per_expert_group = 1.0; ///< ep > 1: attention replicas sharing experts
    bool moe = false;
    bool continuous = true;
    int layers = 0;

    // memory, bytes per GPU
    double weights_bytes_gpu = 0.0;      ///< resident weights
    double nonrouted_read_bytes_gpu = 0.0; ///< read every decode step (excl. input embedding)
    double routed_bytes_gpu = 0.0;       ///< all routed experts resident on this GPU
    double log_expert_miss = 0.0;        ///< log(1 - k/E) for the expected-distinct formula
    double usable_bytes_gpu = 0.0;        ///< continuous-batching pool: VRAM x usable fraction
    double vram_bytes_gpu = 0.0;
    double runtime_overhead_bytes_gpu = 0.0;
    double kv_bytes_per_token = 0.0;     ///< whole model
    double kv_bytes_per_token_gpu = 0.0; ///< this GPU's share for one sequence
    int max_context_tokens = 0;
    int max_batch_per_replica = 0;

    // rates
    double bw_Bps = 0.0;                 ///< effective memory bandwidth (peak * eta)
    double linear_prefill_Fps = 0.0;     ///< effective linear-layer FLOP/s in prefill
    double linear_decode_Fps = 0.0;      ///< effective linear-layer FLOP/s in decode
    double attn_prefill_Fps = 0.0;       ///< effective attention FLOP/s (FP16 rate) in prefill
    double attn_decode_Fps = 0.0;

    // work per GPU
    double linear_flops_decode_tok = 0.0;  ///< per decode token (incl. LM head)
    double linear_flops_prefill_tok = 0.0; ///< per prompt token (LM head excluded)
    double lm_head_flops_seq = 0.0;        ///< LM head for the last prompt token
    double attn_decode_flops_tok_ctx = 0.0; ///< per decode token per context token
    double attn_prefill_flops_i2 = 0.0;    ///< per sequence per I^2

    // communication, per forward pass of one stage
    double comm_fixed_s = 0.0;           ///< latencies (all-reduce + all-to-all + p2p)
    double comm_s_per_token = 0.0;       ///< bandwidth part, per token in the pass
    double p2p_s_per_token = 0.0;        ///< pipeline send between stages, per token

    // overheads
    double layer_overhead_s = 0.0;       ///< per forward pass of one stage
    double step_overhead_s = 0.0;        ///< per decode iteration
    double request_overhead_s = 0.0;

    std::uint32_t warnings = 0;
    double uncertainty_pct = 0.0;
};

/** Status of building a context. */
struct PerfStatus
{
    PerfError error = PerfError::None;
    std::string message;
    bool ok() const { return error == PerfError::None; }
};

/**
 * Resolves the deployment of @p query (tp/pp/ep/replicas; tp = 0 is read as gpu_count / pp)
 * and precomputes the context. Errors: bad inputs, and catalog values the formulas need but
 * the catalog lacks ("cannot compute: <gpu> has no memory bandwidth in the catalog").
 */
PerfStatus makeContext(const GpuSpec &gpu, const ModelSpec &model, const PrecisionSpec &precision,
                       const ServingStackSpec &stack, const PerfQuery &query, PerfContext &out);

/**
 * Evaluates one operating point on a prepared context (the hot path: no allocation unless the
 * query is invalid). Uses query's batch mode, lengths, batching, phases and SLA; the deployment
 * fields of @p query must be those the context was made with.
 */
PerfResult evaluate(const PerfContext &ctx, const PerfQuery &query);

/**
 * makeContext + evaluate. With tp = 0 and a MaxFit / MaxUnderSla / RequestRate query, every
 * tensor-parallel degree dividing gpu_count / pp is tried (the rest become data-parallel
 * replicas) and the one with the highest output throughput is returned; with a Fixed batch,
 * tp = gpu_count / pp (lowest latency).
 */
PerfResult predict(const GpuSpec &gpu, const ModelSpec &model, const PrecisionSpec &precision,
                   const ServingStackSpec &stack, const PerfQuery &query);

/** Names resolved through the catalog's aliases; framework text through stackIdForFramework. */
PerfResult predict(const CatalogSnapshot &catalog, std::string_view gpu, std::string_view model,
                   std::string_view precision, std::string_view framework, const PerfQuery &query);

/** Wait for a serving slot under Poisson arrivals: mean and percentiles, in seconds (slotWait). */
struct SlotWait
{
    double mean_s = 0.0;
    double p90_s = 0.0;
    double p99_s = 0.0;
    double utilization = 0.0; ///< lambda x hold / slots
    bool saturated = false; ///< utilization >= 1
};

/**
 * Wait for one of @p slots slots at arrival rate @p lambda (/s) when a request holds its slot
 * @p hold_s seconds; all zero for non-positive or non-finite inputs.
 * @p requests: arrivals in a finite run (a benchmark); 0 = steady state.
 * - Stable (rho = lambda hold / slots < 1): M/G/c with the Sakasegawa approximation of the
 *   probability of waiting, P_w = rho^(sqrt(2(c+1)) - 1), the Allen-Cunneen mean
 *   W = P_w / (c/hold - lambda) x (c_a^2 + c_s^2) / 2, and an exponential tail
 *   P(W > t) = P_w exp(-t P_w / W). A finite run starts empty: P_w is scaled by
 *   1 - (1 - e^-x) / x, x = (n / lambda) / tau, tau = hold / (c (1 - sqrt(rho))^2) the
 *   relaxation time of the queue.
 * - Overloaded: a fluid queue over @p requests arrivals (steady state: those of the first
 *   perf::kOverloadHorizon_s seconds) at lambda: the slots fill after
 *   c / lambda, then the backlog grows at lambda - mu (mu = c / hold); a request arriving at t
 *   waits (lambda - mu)(t - t_fill) / mu, a straight ramp over the last (n - c) / n of the
 *   arrivals. No wait when requests <= slots.
 */
SlotWait slotWait(double lambda, double hold_s, double slots, double requests);

/** KV-cache bytes per token for the whole model (GQA/MHA: 2 L h_kv d_h b; MLA: L (r + d_r) b). */
double kvBytesPerToken(const ModelSpec &model, double kv_bytes_per_element);

/**
 * Parameter count the engine uses. Dense GQA/MHA models: derived from the dimensions
 * (V d (1 or 2) + L (2 d h d_h + 2 d h_kv d_h + 3 d d_ff)) when that agrees with the catalog's
 * count within 15% (catalog counts are often rounded: Llama-2-7B "7" is 6.74B); otherwise, and
 * for MoE/MLA models, the catalog's total_params_b.
 */
double effectiveParams(const ModelSpec &model);

/**
 * Bytes of all weights at @p precision: P * bits_per_weight / 8, except the embedding tables
 * (input embedding and LM head) at embeddingBits().
 */
double weightBytes(const ModelSpec &model, const PrecisionSpec &precision);

/**
 * Bits per parameter of the embedding tables: weight-only INT4 checkpoints (AWQ, GPTQ: precision
 * ids containing "awq"/"gptq") keep the input embedding and the LM head in 16 bits; every other
 * precision stores them like the rest.
 */
double embeddingBits(const PrecisionSpec &precision);

/** Peak dense tensor FLOP/s the GPU offers for @p dtype, with the fall-back rules; 0 if none. */
double peakFlops(const GpuSpec &gpu, ComputeDtype dtype, std::uint32_t *warnings = nullptr);

/** Human-readable text of the warning bits, "; "-separated. */
std::string warningText(std::uint32_t warnings);
/** The same, translatable. */
Text warningTexts(std::uint32_t warnings);

/** "memory", "compute", "communication", "overhead" or "". */
std::string_view boundName(Bound bound);

/** "does not fit: ..." explanation of a failed fit, or "" when it fits. */
std::string fitFailureText(const PerfResult &result);
/** The same, translatable. */
Text fitFailure(const PerfResult &result);

/** Serving stack profile id for free text such as "TensorRT-LLM 0.6.1 (gptSessionBenchmark)". */
std::string_view stackIdForFramework(std::string_view framework);

} // namespace tco::engine
