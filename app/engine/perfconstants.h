// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file perfconstants.h
 * Every physical constant the performance engine uses, with its unit in the name, the reason
 * for its value and where the value comes from. Serving-stack efficiencies are not here: they
 * are catalog rows (db/seed/serving_stacks.csv) fitted by calibration.cpp (docs/calibration.md).
 */

namespace tco::engine::perf {

// ---- units -----------------------------------------------------------------------------------

/** Bytes in one gibibyte. */
inline constexpr double kBytesPerGib = 1073741824.0;

/**
 * Bytes per "GB" of GPU memory capacity. Vendors quote HBM/GDDR capacity in binary units:
 * nvidia-smi reports 81,559 MiB for an "H100 80GB" and 24,564 MiB for an "RTX 4090 24GB", i.e.
 * the quoted figure is GiB (minus a small reserved area). So catalog vram_gb is read as GiB.
 */
inline constexpr double kVramBytesPerGb = kBytesPerGib;

/** Memory bandwidth and link figures are decimal: 1 GB/s = 1e9 B/s (datasheet convention). */
inline constexpr double kBytesPerGbDecimal = 1e9;

// ---- arithmetic ------------------------------------------------------------------------------

/**
 * Bytes per activation element exchanged between GPUs (tensor-parallel all-reduce, pipeline
 * sends, expert combine): BF16/FP16 activations, as in vLLM, SGLang and TensorRT-LLM.
 */
inline constexpr double kActivationBytes = 2.0;

/**
 * GeForce cards run FP16 tensor math with FP16 accumulation at twice the FP32-accumulate rate
 * that the catalog stores (catalog notes of the RTX 3090/4090 rows; NVIDIA Ada/Ampere GeForce
 * whitepapers). Stacks that accumulate in FP16 (llama.cpp's cuBLAS path) get this factor there.
 */
inline constexpr double kGeForceFp16AccumulateSpeedup = 2.0;

/**
 * GEMM efficiency roll-off with the number of tokens M in a forward pass: achieved tensor
 * throughput scales as M / (M + kGemmHalfEfficiencyTokens). The smallest MMA tile is 16 rows
 * (mma.sync m16n8k16), so a pass over M rows does the work of at least ~M + 16 padded rows, and
 * small-batch kernels also pay a fixed dequantisation/ALU cost. Negligible for prefill (M in the
 * thousands); it matters for quantized models at batch 1-16 on consumer cards.
 */
inline constexpr double kGemmHalfEfficiencyTokens = 16.0;

/**
 * Narrow-dtype GEMMs (FP8, INT8, INT4, FP4) reach a lower share of their doubled datasheet peak
 * than FP16/BF16 GEMMs: cuBLAS on H100 SXM runs BF16 at ~75-80% of 989 TFLOPS but FP8 at
 * ~65-75% of 1979, and FP8 pipelines add activation-quantisation kernels that run at FP16/ALU
 * speed. Chosen by a one-dimensional scan over the TensorRT-LLM calibration rows, the only
 * stack with FP8 and FP16 rows of the same kind (docs/calibration.md, "Narrow-dtype factor").
 */
inline constexpr double kNarrowDtypeGemmEfficiency = 0.7;

/**
 * Dense models: parameter count derived from the dimensions (embeddings + L x (attention +
 * 3-matrix gated MLP)) is used instead of the catalog's when the two agree within this
 * tolerance. Catalog counts are often nominal ("7" for Llama-2-7B's 6.74B, "70" for 68.98B);
 * outside the tolerance the architecture differs (e.g. GPT-J's 2-matrix MLP) and the catalog
 * count is kept.
 */
inline constexpr double kDerivedParamsTolerance = 0.15;

/**
 * Kernels per transformer layer, for the per-layer launch/dispatch overhead of a stack (its
 * layer_overhead_us is measured on dense GQA/MHA layers). A dense layer runs ~12 kernels: 2
 * norms, QKV GEMM, RoPE, KV-cache write, attention, O GEMM, gate-up GEMM, activation, down
 * GEMM, 2 residual adds / all-reduces. A MoE MLP adds ~8 (router GEMM, top-k softmax, token
 * sort/align, gather, grouped GEMMs instead of dense ones, scatter-reduce, shared-expert GEMMs);
 * MLA adds ~5 (q down/up projections with their norm, kv down projection and norm).
 */
inline constexpr double kKernelsPerDenseLayer = 12.0;
inline constexpr double kExtraKernelsPerMoeLayer = 8.0;
inline constexpr double kExtraKernelsPerMlaLayer = 5.0;

/**
 * Bits per parameter of the input embedding and the LM head in weight-only INT4 checkpoints:
 * AutoAWQ and AutoGPTQ quantize only the linear layers inside the transformer blocks
 * (embed_tokens and lm_head stay FP16/BF16), and vLLM loads them unquantized.
 */
inline constexpr double kUnquantizedEmbeddingBits = 16.0;

// ---- interconnect ----------------------------------------------------------------------------

/**
 * Share of the per-direction link bandwidth that a ring all-reduce achieves as bus bandwidth.
 * nccl-tests all_reduce_perf on 8x H100 SXM reaches ~360-380 GB/s busbw of 450 GB/s per
 * direction; on A100 ~230 of 300 GB/s; ~0.8 in both cases.
 */
inline constexpr double kAllReduceBusEfficiency = 0.80;

/**
 * Small-message all-reduce latency, per collective. NCCL's LL protocol on NVSwitch systems
 * completes an 8-64 KB all-reduce in ~8-15 us; TensorRT-LLM's custom one-shot all-reduce
 * ~5-10 us. We take 10 us.
 */
inline constexpr double kNvlinkAllReduceLatency_us = 10.0;

/** AMD Infinity Fabric (XGMI mesh) all-reduce latency with RCCL: somewhat above NVSwitch. */
inline constexpr double kInfinityFabricAllReduceLatency_us = 15.0;

/**
 * GPUs that only share PCIe: all-reduce goes through the PCIe switch or host bridge; NCCL
 * small-message latency on PCIe-only boxes is ~20-40 us. We take 30 us.
 */
inline constexpr double kPcieAllReduceLatency_us = 30.0;

/**
 * GeForce cards (RTX 3090/4090/5090) have GPU peer-to-peer disabled by the driver, so NCCL runs
 * tensor-parallel all-reduces through pinned host memory (SHM transport): every ring step is a
 * GPU-to-host and a host-to-GPU copy over PCIe plus a host-side synchronisation. Bus bandwidth
 * about a quarter of PCIe Gen4 x16 (two serialised copies sharing the host memory and root
 * complex), latency several times the P2P figure. Fitted on the multi-GPU RTX 4090 rows of
 * tests/data/measured_serving_load.csv (docs/calibration.md, "Serving under load").
 */
inline constexpr double kHostStagedAllReduceBus_gbs = 5.0;
inline constexpr double kHostStagedAllReduceLatency_us = 60.0;

/** Inter-node (InfiniBand/RoCE) collective latency for small messages with NCCL: ~20-30 us. */
inline constexpr double kNetworkAllReduceLatency_us = 25.0;

/** One point-to-point activation send between pipeline stages (NCCL send/recv), latency part. */
inline constexpr double kP2pLatency_us = 10.0;

/**
 * Inter-node bandwidth per GPU and direction when the deployment does not say: one ConnectX-7
 * NDR 400 Gb/s NIC per GPU, the DGX/HGX H100 reference design = 50 GB/s.
 */
inline constexpr double kDefaultNetworkPerGpu_gbs = 50.0;

/** Achieved share of the NIC line rate for large RDMA transfers (DeepEP/NCCL reach ~0.85-0.9). */
inline constexpr double kNetworkEfficiency = 0.85;

/** PCIe x16 bandwidth per direction, by generation (PCI-SIG: 8/16/32/64 GT/s, 128b/130b). */
inline constexpr double kPcieGen3x16_gbs = 15.75;
inline constexpr double kPcieGen4x16_gbs = 31.5;
inline constexpr double kPcieGen5x16_gbs = 63.0;
inline constexpr double kPcieGen6x16_gbs = 121.0;

/**
 * GPU-to-GPU bandwidth per direction of a PCIe-only card whose catalog row names neither a link
 * bandwidth nor a PCIe generation (an L40S-class card without NVLink): PCIe Gen4 x16, the host
 * interface of the Ampere/Ada data-centre cards sold without NVLink. Flagged with
 * kWarnPcieLinkAssumed.
 */
inline constexpr double kAssumedPcieLink_gbs = kPcieGen4x16_gbs;

/**
 * Expert-parallel token dispatch element size: DeepEP (SGLang, vLLM wide-EP) sends FP8 tokens to
 * the experts when the model runs FP8, BF16 otherwise; the combine step returns BF16.
 */
inline constexpr double kEpDispatchBytesFp8 = 1.0;
inline constexpr double kEpCombineBytes = 2.0;

/** Small-message latency of one expert-parallel all-to-all (dispatch or combine), per layer. */
inline constexpr double kAllToAllLatency_us = 20.0;

/** GPUs per server when the deployment does not say (HGX/DGX/OAM 8-GPU baseboards). */
inline constexpr int kDefaultGpusPerNode = 8;

// ---- scheduling ------------------------------------------------------------------------------

/**
 * Static batching (HF generate, TensorRT-LLM gptSessionBenchmark) allocates the KV cache of
 * exactly batch x (input + output) tokens up front and keeps no pool headroom: it can use all
 * memory but the CUDA context and allocator slack (~3% of an 80 GB card), whatever the stack's
 * usable_vram_fraction for its continuous-batching pool says.
 */
inline constexpr double kStaticBatchUsableFraction = 0.97;

/**
 * Tokens per forward pass in a prefill-only (disaggregated) deployment that asks for "max":
 * the chunked-prefill budget of current servers (SGLang chunked_prefill_size 8192 on H100,
 * vLLM max_num_batched_tokens 8192). Prefill throughput is flat above a few thousand tokens.
 */
inline constexpr int kPrefillChunk_tokens = 8192;

/** Upper bound on the batch an SLA/rate search considers, to keep the search finite. */
inline constexpr int kMaxSearchBatch = 1 << 20;

/** Fixed-point iterations when a request rate is turned into a concurrency (Little's law). */
inline constexpr int kRequestRateIterations = 40;

// ---- serving under load (docs/calibration.md, "Serving under load") ----------------------------

/**
 * Standard-normal quantiles at 0.90 and 0.99. The number of requests in flight under Poisson
 * arrivals is Poisson distributed (M/G/infinity) with mean B; its 90th/99th percentile is taken
 * as B + z * sqrt(B) (normal approximation), and TPOT at those percentiles is the TPOT of that
 * batch.
 */
inline constexpr double kNormalQuantile90 = 1.2815515655446004;
inline constexpr double kNormalQuantile99 = 2.3263478740408408;

/**
 * Squared coefficient of variation of the inter-arrival times: 1 for Poisson arrivals (the
 * arrival process of vLLM benchmark_serving --request-rate and of MLPerf's server scenario).
 */
inline constexpr double kPoissonArrivalScv = 1.0;

/**
 * Squared coefficient of variation of the time a request holds its slot. That time is about
 * output_len x TPOT, and chat output lengths are close to exponential: ShareGPT completions have
 * a standard deviation about equal to their mean (CV ~ 1). Used in the Allen-Cunneen factor
 * (c_a^2 + c_s^2) / 2 of the slot queue.
 */
inline constexpr double kServiceTimeScv = 1.0;

/**
 * Steady-state overload has no finite queue. A saturated steady-state query reports the mean
 * wait of the requests arriving during this many seconds of overload (a fluid queue), the time
 * in which an autoscaler or an admission limit would have to act. Finite runs use their own
 * request count instead (PerfQuery::request_count).
 */
inline constexpr double kOverloadHorizon_s = 60.0;

/**
 * Upper bound on the requests a fluid overload queue counts (a run, or the overload horizon at
 * an absurd rate): keeps every figure finite; no real run comes near it.
 */
inline constexpr double kMaxQueuedRequests = 1e9;

} // namespace tco::engine::perf
