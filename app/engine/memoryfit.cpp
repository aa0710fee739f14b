// SPDX-License-Identifier: MIT
#include "memoryfit.h"

#include "catalogsnapshot.h"
#include "perfconstants.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace tco::engine {

namespace {

/** Below 4 bits per weight quality drops sharply (GPTQ/AWQ/llama.cpp perplexity tables). */
constexpr double kMinSuggestedBitsPerWeight = 4.0;

struct FitCheck
{
    bool ok = false;
    PerfResult result;
    PerfContext ctx;
};

FitCheck check(const GpuSpec &gpu, const ModelSpec &model, const PrecisionSpec &precision,
               const ServingStackSpec &stack, PerfQuery q)
{
    FitCheck fc;
    if (q.batch_mode != BatchMode::Fixed) {
        q.batch_mode = BatchMode::Fixed;
        q.batch = 1;
    }
    if (!makeContext(gpu, model, precision, stack, q, fc.ctx).ok())
        return fc;
    fc.result = evaluate(fc.ctx, q);
    fc.ok = fc.result.ok() && fc.result.fits;
    return fc;
}

bool isGguf(const PrecisionSpec &p) { return p.id.rfind("gguf", 0) == 0; }

} // namespace

std::vector<FitSuggestion> suggestFit(const CatalogSnapshot &catalog, const GpuSpec &gpu,
                                      const ModelSpec &model, const PrecisionSpec &precision,
                                      const ServingStackSpec &stack, const PerfQuery &query,
                                      int max_gpus)
{
    std::vector<FitSuggestion> out;
    const FitCheck base = check(gpu, model, precision, stack, query);
    if (base.ok || base.ctx.bw_Bps <= 0.0 || !base.result.ok())
        return out; // fits already, or cannot be evaluated at all
    const int batch = query.batch_mode == BatchMode::Fixed ? std::max(1, query.batch) : 1;

    // 1. shorter context: the weights fit, only the KV cache of the sequence(s) does not
    {
        const PerfContext &c = base.ctx;
        const double free_bytes = c.usable_bytes_gpu - c.weights_bytes_gpu - c.runtime_overhead_bytes_gpu;
        const double per_replica = std::ceil(double(batch) / c.replicas);
        if (free_bytes > 0.0 && c.kv_bytes_per_token_gpu > 0.0) {
            const double tokens = std::floor(free_bytes / (per_replica * c.kv_bytes_per_token_gpu));
            if (tokens >= 1.0) {
                FitSuggestion s;
                s.change = FitChange::ShorterContext;
                s.max_context_tokens = int(std::min(tokens, 2147483647.0));
                s.weights_gib_per_gpu = c.weights_bytes_gpu / perf::kBytesPerGib;
                s.max_batch = batch;
                s.text = fmt::format("limit input + output to {} tokens per sequence", s.max_context_tokens);
                out.push_back(std::move(s));
            }
        }
    }

    // 2. fewer bits per weight, least reduction first
    {
        std::vector<const PrecisionSpec *> cands;
        for (const PrecisionSpec &p : catalog.precisions)
            if (p.bits_per_weight < precision.bits_per_weight
                && p.bits_per_weight >= kMinSuggestedBitsPerWeight
                && isGguf(p) == (stackIdForFramework(stack.id) == "llama.cpp"))
                cands.push_back(&p);
        std::stable_sort(cands.begin(), cands.end(), [](const PrecisionSpec *a, const PrecisionSpec *b) {
            return a->bits_per_weight > b->bits_per_weight;
        });
        for (const PrecisionSpec *p : cands) {
            const FitCheck fc = check(gpu, model, *p, stack, query);
            if (fc.ok) {
                FitSuggestion s;
                s.change = FitChange::FewerBits;
                s.precision_id = p->id;
                s.weights_gib_per_gpu = fc.result.weights_gib_per_gpu;
                s.max_batch = fc.result.max_batch;
                s.text = fmt::format("quantize to {} ({:.2f} bits/weight): {:.1f} GiB weights per GPU",
                                     p->name.empty() ? p->id : p->name, p->bits_per_weight,
                                     s.weights_gib_per_gpu);
                out.push_back(std::move(s));
                break;
            }
        }
    }

    // 3. more GPUs of the same kind (tensor parallel), smallest count first
    for (int n = 2; n <= max_gpus; n *= 2) {
        if (n <= query.gpu_count || n % std::max(1, query.pp) != 0)
            continue;
        PerfQuery q = query;
        q.gpu_count = n;
        q.tp = n / std::max(1, query.pp);
        q.ep = 0;
        const FitCheck fc = check(gpu, model, precision, stack, q);
        if (fc.ok) {
            FitSuggestion s;
            s.change = FitChange::MoreGpus;
            s.gpu_count = n;
            s.weights_gib_per_gpu = fc.result.weights_gib_per_gpu;
            s.max_batch = fc.result.max_batch;
            s.text = fmt::format("use {} GPUs (tp={}): {:.1f} GiB weights per GPU", n, q.tp,
                                 s.weights_gib_per_gpu);
            out.push_back(std::move(s));
            break;
        }
    }

    // 4. a smaller model of the same family, largest first
    if (!model.family.empty()) {
        std::vector<const ModelSpec *> cands;
        for (const ModelSpec &m : catalog.models)
            if (m.family == model.family && m.id != model.id && m.total_params_b < model.total_params_b)
                cands.push_back(&m);
        std::stable_sort(cands.begin(), cands.end(), [](const ModelSpec *a, const ModelSpec *b) {
            return a->total_params_b > b->total_params_b;
        });
        for (const ModelSpec *m : cands) {
            const FitCheck fc = check(gpu, *m, precision, stack, query);
            if (fc.ok) {
                FitSuggestion s;
                s.change = FitChange::SmallerModel;
                s.model_id = m->id;
                s.weights_gib_per_gpu = fc.result.weights_gib_per_gpu;
                s.max_batch = fc.result.max_batch;
                s.text = fmt::format("use the smaller {} ({:g}B): {:.1f} GiB weights per GPU",
                                     m->name.empty() ? m->id : m->name, m->total_params_b,
                                     s.weights_gib_per_gpu);
                out.push_back(std::move(s));
                break;
            }
        }
    }
    return out;
}

} // namespace tco::engine
