// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file memoryfit.h
 * When a configuration does not fit: the cheapest changes that would make it fit, as data.
 *
 * Order of preference (cheapest first): a shorter context (no hardware, no quality change, when
 * only the KV cache of one sequence is missing), fewer bits per weight (no hardware; a quality
 * trade-off, only down to 4 bits), more GPUs of the same kind (hardware), a smaller model of the
 * same family (quality). Each option carries the memory it would leave.
 */

#include "perfmodel.h"

#include <string>
#include <vector>

namespace tco::engine {

/** Kind of change that would make a configuration fit. */
enum class FitChange : std::uint8_t {
    ShorterContext, ///< keep everything, cap input + output tokens at max_context_tokens
    FewerBits,      ///< switch to precision_id
    MoreGpus,       ///< gpu_count GPUs (tensor parallel), same GPU
    SmallerModel,   ///< model_id of the same family
};

/** One change that makes the configuration fit, and what it leaves. */
struct FitSuggestion
{
    FitChange change = FitChange::MoreGpus;
    std::string precision_id;     ///< FewerBits: the precision
    int gpu_count = 0;            ///< MoreGpus: total GPUs (tp = gpu_count / pp)
    std::string model_id;         ///< SmallerModel: the model
    int max_context_tokens = 0;   ///< ShorterContext: longest input + output that fits
    double weights_gib_per_gpu = 0.0; ///< after the change
    int max_batch = 0;            ///< sequences that fit after the change
    std::string text;             ///< one line for people ("use 4 GPUs (tp=4): ...")
};

/**
 * Changes that make @p query fit, cheapest first (at most one per kind). Empty when it already
 * fits, or when nothing in the catalog helps. Candidates: the catalog's precisions with fewer
 * bits per weight (>= 4), GPU counts up to @p max_gpus (powers of two), and models of the same
 * family with fewer parameters.
 */
std::vector<FitSuggestion> suggestFit(const CatalogSnapshot &catalog, const GpuSpec &gpu,
                                      const ModelSpec &model, const PrecisionSpec &precision,
                                      const ServingStackSpec &stack, const PerfQuery &query,
                                      int max_gpus = 64);

} // namespace tco::engine
