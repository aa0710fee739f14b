// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file calibration.h
 * Comparing the engine with published measurements, and fitting the serving-stack efficiency
 * factors to them (docs/calibration.md).
 *
 * Measurements use the columns of measured_calibration.csv: gpu, gpu_count, interconnect,
 * framework, model, precision, batch_or_concurrency, input_len, output_len, metric, value,
 * notes (+ source, unit, ... kept as text). batch_or_concurrency is an integer (fixed batch),
 * "max"/"offline" (largest batch that fits), "server" (largest batch within the MLPerf
 * Llama-2-70B server latency limits), "qps=R" (open-loop arrivals at R requests/s), or "N/gpu"
 * (N sequences per GPU). Notes are read for what the columns cannot say: "TP4", "EP32",
 * "PER-NODE (8 GPU)", "static batching", "FP8 KV", GGUF types ("Q4_0"), "reference 294.45
 * output tokens", "prefill-only"/"decode deployment".
 */

#include "catalogsnapshot.h"
#include "perfmodel.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tco::engine {

/** The measurable quantities. */
enum class Metric : std::uint8_t { TokSPerUser, OutputTokS, PrefillTokS, TtftMs, TpotMs };

/** "tok_s_per_user", "output_tok_s", "prefill_tok_s", "ttft_ms", "tpot_ms". */
std::string_view metricName(Metric metric);
std::optional<Metric> parseMetric(std::string_view name);

/** The value of @p metric in a result. */
double metricValue(const PerfResult &result, Metric metric);

/** One published measurement. */
struct MeasuredRow
{
    std::size_t line = 0; ///< 1-based line in the source file
    std::string source;
    std::string framework;
    std::string gpu;
    int gpu_count = 1;
    std::string interconnect;
    std::string model;
    std::string precision;
    std::string batch_or_concurrency;
    std::optional<int> input_len;  ///< empty cell: the notes or the benchmark define it
    std::optional<int> output_len;
    std::string metric;
    double value = 0.0;
    std::string notes;
};

/**
 * Reads measurements by header name (any column order; extra columns ignored). Required:
 * gpu, gpu_count, model, precision, batch_or_concurrency, input_len, output_len, metric, value.
 * Returns false with @p error naming the missing column / bad cell on failure.
 */
bool readMeasuredCsv(std::string_view text, std::vector<MeasuredRow> &rows, std::string &error);

/** A measurement turned into an engine query. */
struct CalibrationCase
{
    const GpuSpec *gpu = nullptr;
    const ModelSpec *model = nullptr;
    const PrecisionSpec *precision = nullptr;
    std::string stack_id;
    PerfQuery query;
    Metric metric = Metric::OutputTokS;
    double scale = 1.0;         ///< prediction multiplier (throughput reported per fewer GPUs)
    std::string interpretation; ///< how the row was read, for the report
    std::string error;          ///< why the row cannot be evaluated
};

/** Interprets @p row against @p catalog (see the file comment for the rules). */
CalibrationCase interpretRow(const MeasuredRow &row, const CatalogSnapshot &catalog);

/** Prediction of one case with the given stack profile (used by the fit). */
double predictCase(const CalibrationCase &c, const ServingStackSpec &stack, std::string *error = nullptr);

/** One compared row. */
struct CalibrationRowResult
{
    std::size_t line = 0;
    std::string stack_id;
    Metric metric = Metric::OutputTokS;
    double measured = 0.0;
    double predicted = 0.0;     ///< 0 when error is set
    double error_pct = 0.0;     ///< 100 * (predicted / measured - 1)
    std::string interpretation;
    std::string error;
};

/** Median absolute percentage error and share within +/-25% for one metric. */
struct MetricSummary
{
    Metric metric = Metric::OutputTokS;
    int rows = 0;
    double mdape_pct = 0.0;
    double within_25pct_share = 0.0;
    double p80_ape_pct = 0.0;
};

struct CalibrationReport
{
    std::vector<CalibrationRowResult> rows;
    std::vector<MetricSummary> metrics; ///< metrics with at least one evaluated row
    int evaluated = 0;
    int failed = 0;
    double mdape_pct = 0.0;           ///< over all evaluated rows
    double within_25pct_share = 0.0;
    double p80_ape_pct = 0.0;
};

/** Predicts every row with the catalog's stacks and compares. */
CalibrationReport calibrate(const std::vector<MeasuredRow> &rows, const CatalogSnapshot &catalog);

/**
 * The literature priors of the serving-stack profiles (llama.cpp, hf-transformers, hf-tgi, vllm,
 * sglang, trt-llm, generic), each with its provenance. fitStacks() starts from these; stacks
 * without calibration rows keep them. The fitted values live in db/seed/serving_stacks.csv.
 */
std::vector<ServingStackSpec> stackPriors();

/** Fitted parameters of a stack, and how they were fitted. */
struct StackFit
{
    ServingStackSpec stack;        ///< fitted profile (other fields from the prior)
    ServingStackSpec prior;
    int rows = 0;                  ///< calibration rows of this stack
    std::vector<std::string> fitted_params; ///< names of the parameters moved from the prior
    std::vector<std::pair<std::string, double>> sensitivities; ///< sum |d log pred / d log p|, desc
    double loss_before = 0.0;      ///< sum of squared log errors
    double loss_after = 0.0;
};

struct FitOptions
{
    /**
     * Weight of the pull towards the prior, per parameter, on the squared log ratio. Keeps the
     * parameters that the rows do not constrain at their literature values.
     */
    double prior_weight = 0.02;
    double initial_step = 0.5;     ///< initial multiplicative step, in log units
    double min_step = 1e-4;
    int max_sweeps = 2000;
    /** Parameters whose summed row sensitivity is below this are left at the prior. */
    double min_sensitivity = 0.05;
};

/**
 * Fits the serving-stack factors of every stack that has rows, by coordinate search on the sum
 * of squared log errors plus a prior term. Candidates: bw_efficiency (<= 0.92), prefill_mfu and
 * decode_mfu (<= 0.9), step_overhead_ms, layer_overhead_us, request_overhead_ms. A stack with
 * n rows moves at most max(1, n/2) of them, the ones its rows are most sensitive to; the rest
 * keep their literature priors. Deterministic. @p catalog's stacks are the priors. Returns one
 * StackFit per catalog stack (unfitted ones unchanged).
 */
std::vector<StackFit> fitStacks(const std::vector<MeasuredRow> &rows, const CatalogSnapshot &catalog,
                                const FitOptions &options = {});

} // namespace tco::engine
