// SPDX-License-Identifier: MIT
#pragma once

// Small hand-made specs with round numbers, so that expected values can be computed by hand.

#include "catalogsnapshot.h"
#include "perfmodel.h"

#include <cmath>
#include <string>

namespace fixtures {

using namespace tco::engine;

/** 80 GB, 1000 GB/s, 100 TFLOPS FP16, no FP8, NVLink 400 GB/s (bidirectional). */
inline GpuSpec gpu(double bw_gbs = 1000.0)
{
    GpuSpec g;
    g.id = "test-gpu";
    g.vendor = "Test";
    g.model = "TestGPU";
    g.vram_gb = 80.0;
    g.mem_bw_gbs = bw_gbs;
    g.fp16_tflops = 100.0;
    g.link_kind = LinkKind::NvLink;
    g.link_name = "NVLink";
    g.link_gbs = 400.0;
    return g;
}

/** Same as gpu() but PCIe Gen4 only, no catalog link bandwidth. */
inline GpuSpec pcieGpu()
{
    GpuSpec g = gpu();
    g.id = "test-pcie-gpu";
    g.model = "TestPCIeGPU";
    g.link_kind = LinkKind::Pcie;
    g.link_name = "PCIe Gen4 x16";
    g.link_gbs.reset();
    return g;
}

/** Dense MHA model, 7e9 parameters (no intermediate_size: the catalog count is used). */
inline ModelSpec dense7b()
{
    ModelSpec m;
    m.id = "dense-7b";
    m.name = "Dense-7B";
    m.family = "Test dense";
    m.total_params_b = 7.0;
    m.active_params_b = 7.0;
    m.layers = 32;
    m.hidden_size = 4096;
    m.attention_heads = 32;
    m.kv_heads = 32;
    m.head_dim = 128;
    m.attention = AttentionKind::Mha;
    m.vocab_size = 32000;
    m.max_context_tokens = 4096;
    return m;
}

/** Dense 1e9-parameter model, same shape otherwise (for communication-bound cases). */
inline ModelSpec dense1b()
{
    ModelSpec m = dense7b();
    m.id = "dense-1b";
    m.name = "Dense-1B";
    m.total_params_b = 1.0;
    m.active_params_b = 1.0;
    m.layers = 16;
    m.hidden_size = 2048;
    m.attention_heads = 16;
    m.kv_heads = 16;
    return m;
}

/** MoE: 47e9 total / 13e9 active, 8 experts top-2, GQA 8 KV heads (Mixtral-like). */
inline ModelSpec moe47b()
{
    ModelSpec m = dense7b();
    m.id = "moe-47b";
    m.name = "MoE-47B";
    m.total_params_b = 47.0;
    m.active_params_b = 13.0;
    m.kv_heads = 8;
    m.attention = AttentionKind::Gqa;
    m.routed_experts = 8;
    m.experts_per_token = 2;
    m.moe_intermediate_size = 14336;
    return m;
}

inline PrecisionSpec precision(const char *id, double bits, ComputeDtype dtype, double kv_bytes = 2.0)
{
    PrecisionSpec p;
    p.id = id;
    p.name = id;
    p.bits_per_weight = bits;
    p.compute_dtype = dtype;
    p.kv_bytes_per_element = kv_bytes;
    return p;
}

inline PrecisionSpec bf16() { return precision("bf16", 16.0, ComputeDtype::Fp16); }
inline PrecisionSpec fp8() { return precision("fp8", 8.0, ComputeDtype::Fp8); }

/** bw_efficiency 1, MFU 0.5, no overheads, 90% usable, 1 GiB runtime. */
inline ServingStackSpec stack()
{
    ServingStackSpec s;
    s.id = "test-stack";
    s.name = "Test stack";
    s.bw_efficiency = 1.0;
    s.prefill_mfu = 0.5;
    s.decode_mfu = 0.5;
    s.step_overhead_ms = 0.0;
    s.layer_overhead_us = 0.0;
    s.request_overhead_ms = 0.0;
    s.usable_vram_fraction = 0.9;
    s.runtime_overhead_gib = 1.0;
    s.continuous_batching = true;
    return s;
}

inline bool allFinite(const PerfResult &r)
{
    const double v[] = {r.weights_gib_per_gpu, r.runtime_overhead_gib, r.usable_gib_per_gpu,
                        r.kv_bytes_per_token, r.kv_gib_per_gpu, r.batch, r.ttft_ms, r.tpot_ms,
                        r.tok_s_per_user, r.output_tok_s, r.total_tok_s, r.prefill_tok_s,
                        r.decode.total_ms, r.prefill.total_ms, r.uncertainty_pct};
    for (double x : v)
        if (!std::isfinite(x))
            return false;
    return true;
}

inline bool near(double a, double b, double rel = 1e-6)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b)) + 1e-12;
}

} // namespace fixtures
