// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file catalogtypes.h
 * Plain value types that describe the catalog as the engine sees it.
 *
 * The catalog (db/) fills these from SQLite; the engine only ever sees these structs, never SQL.
 * Units are in the member names. A value that the catalog does not have is an empty
 * std::optional: the engine must say what it cannot compute instead of guessing.
 */

#include <optional>
#include <string>
#include <vector>

namespace tco::engine {

/** Where a catalog value came from, and when it was true. */
struct Provenance
{
    std::string source; ///< citation: publisher, document, URL
    std::string as_of;  ///< ISO-like date or period ("2025-04", "2024-Q4", "2022-10 (launch)")
};

/** Kind of link between GPUs inside one node. */
enum class LinkKind {
    Pcie,           ///< only the PCIe bus (and host memory) between GPUs
    NvLink,         ///< NVIDIA NVLink / NVSwitch
    InfinityFabric, ///< AMD Infinity Fabric
    Other,          ///< vendor-specific fabric (e.g. Gaudi RoCE, Ascend HCCS)
};

/** One GPU (or accelerator) model. */
struct GpuSpec
{
    std::string id;          ///< stable key, e.g. "nvidia-h100-sxm5-80gb"
    std::string vendor;      ///< "NVIDIA", "AMD", ...
    std::string model;       ///< display name
    std::string form_factor; ///< "SXM5", "PCIe (consumer card)", ...
    double vram_gb = 0.0;    ///< memory capacity as the vendor states it; read as GiB (an "80GB" H100 shows 81,559 MiB)
    std::string memory_type;
    std::optional<double> mem_bw_gbs;        ///< memory bandwidth, GB/s
    std::optional<double> fp32_tflops;       ///< dense FP32 (non-tensor) TFLOPS
    std::optional<double> fp16_tflops;       ///< dense FP16/BF16 tensor TFLOPS
    std::optional<double> fp8_tflops;        ///< dense FP8 tensor TFLOPS (empty: no FP8 units)
    std::optional<double> int8_tops;         ///< dense INT8 tensor TOPS
    std::optional<double> int4_tops;         ///< dense INT4 tensor TOPS
    std::optional<double> fp4_tflops;        ///< dense FP4 tensor TFLOPS
    std::optional<double> tdp_w;             ///< board power, W
    /** Power while holding a model with no request to serve ("loaded idle"), W; empty when no
        source gives it (then the engine counts the serving draw in every hour). */
    std::optional<double> idle_w;
    LinkKind link_kind = LinkKind::Pcie;     ///< intra-node GPU-to-GPU link
    std::string link_name;                   ///< "NVLink 4", "PCIe Gen4 x16", ...
    std::optional<double> link_gbs;          ///< per-GPU link bandwidth, GB/s, bidirectional total
    std::optional<int> launch_year;
    std::optional<double> price;             ///< purchase price per GPU
    std::string price_currency;              ///< ISO code of price
    std::string price_note;                  ///< list / street / launch MSRP, and its date
    Provenance provenance;
};

/** Attention layout, which decides the size of the KV cache. */
enum class AttentionKind {
    Mha, ///< multi-head: kv_heads == heads
    Gqa, ///< grouped-query: kv_heads < heads
    Mla, ///< DeepSeek multi-head latent attention: cache is kv_lora_rank + rope dim per layer
};

/** One language model's architecture. */
struct ModelSpec
{
    std::string id;      ///< stable key, e.g. "deepseek-v3"
    std::string name;    ///< display name
    std::string hf_repo; ///< Hugging Face id
    std::string family;
    double total_params_b = 0.0;  ///< all parameters resident in memory, billions
    double active_params_b = 0.0; ///< parameters used per token (MoE: fewer than total), billions
    int layers = 0;
    int hidden_size = 0;
    std::optional<int> intermediate_size;     ///< dense FFN width
    std::optional<int> moe_intermediate_size; ///< per-expert FFN width
    int attention_heads = 0;
    int kv_heads = 0;
    int head_dim = 0;
    AttentionKind attention = AttentionKind::Mha;
    std::optional<int> q_lora_rank;       ///< MLA only
    std::optional<int> kv_lora_rank;      ///< MLA only: compressed KV width per layer
    std::optional<int> qk_nope_head_dim;  ///< MLA only
    std::optional<int> qk_rope_head_dim;  ///< MLA only: decoupled RoPE key width per layer
    std::optional<int> v_head_dim;        ///< MLA only
    int routed_experts = 0;               ///< 0 for dense models
    int shared_experts = 0;
    int experts_per_token = 0;
    int first_dense_layers = 0;           ///< dense layers before the MoE layers
    int vocab_size = 0;
    int max_context_tokens = 0;
    bool tie_word_embeddings = false;
    std::string native_dtype; ///< "bfloat16", "float8_e4m3fn", ...
    Provenance provenance;

    bool isMoe() const { return routed_experts > 0; }
};

/** Arithmetic the tensor cores run a precision's matrix multiplies in. */
enum class ComputeDtype { Fp32, Fp16, Fp8, Int8, Int4, Fp4 };

/** A weight precision or quantization format. */
struct PrecisionSpec
{
    std::string id;   ///< "bf16", "fp8", "int4-awq", "gguf-q4_k_m", ...
    std::string name;
    double bits_per_weight = 16.0; ///< effective, including group scales and zero points
    ComputeDtype compute_dtype = ComputeDtype::Fp16; ///< dtype of the GEMMs
    double kv_bytes_per_element = 2.0; ///< default KV-cache element size with this precision
    Provenance provenance;
};

/** A serving stack's efficiency profile (fitted to measurements; see docs/calibration.md). */
struct ServingStackSpec
{
    std::string id;   ///< "vllm", "sglang", "trt-llm", "llama.cpp", "hf-tgi", "generic"
    std::string name;
    double bw_efficiency = 0.0;     ///< achieved / peak memory bandwidth in decode (0..1]
    double prefill_mfu = 0.0;       ///< achieved / peak tensor FLOPS in prefill (0..1]
    double decode_mfu = 0.0;        ///< achieved / peak tensor FLOPS in compute-bound decode (0..1]
    double step_overhead_ms = 0.0;  ///< fixed time per decode step (scheduling, kernel launches)
    double layer_overhead_us = 0.0; ///< launch/dispatch time per transformer layer per forward pass
    double request_overhead_ms = 0.0; ///< API-server time added to TTFT (HTTP, tokenizer, queue hop)
    double usable_vram_fraction = 0.9; ///< share of VRAM the stack lets the model use
    double runtime_overhead_gib = 0.0; ///< CUDA context, workspaces, activations per GPU
    int max_batch_per_replica = 0;  ///< scheduler cap on concurrent sequences per replica (0: none)
    bool fp16_accumulate = false;   ///< FP16 GEMMs accumulate in FP16 (2x rate on GeForce cards)
    bool continuous_batching = true;
    Provenance provenance;
};

} // namespace tco::engine
