// SPDX-License-Identifier: MIT
#pragma once

#include "catalogsnapshot.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace tco::cli {

/// Bytes of input `predict` reads at a time: it holds about this much input (and the output of
/// it) however many rows the input has.
inline constexpr std::size_t kPredictBlockBytes = std::size_t(2) << 20;
/// Longest record (a row with its quoted line breaks) `predict` holds: beyond this the input is
/// refused (an unterminated quoted field would otherwise be read to the end of the input).
inline constexpr std::size_t kPredictMaxRecordBytes = std::size_t(64) << 20;
/// Largest gpu_count, tp and pp of a row (2^20: more GPUs than any deployment has); a larger
/// count is refused, so the search of tensor-parallel degrees stays short.
inline constexpr std::int64_t kPredictMaxGpus = std::int64_t(1) << 20;
/// Largest input_len and output_len of a row, in tokens (2^24: above the longest context of
/// any model, 10M tokens); 2^31-1 + 2^31-1 overflowed int in the engine.
inline constexpr std::int64_t kPredictMaxTokens = std::int64_t(1) << 24;
/// Largest fixed batch of a row, in concurrent sequences (N, or N/gpu times gpu_count).
inline constexpr std::int64_t kPredictMaxBatch = std::int64_t(1) << 24;
/// Largest request_rate_per_s of a row, in requests per second (10^6: beyond any deployment a
/// predict row describes; the queue model counts up to 10^9 requests a minute of overload).
inline constexpr double kPredictMaxRequestRate = 1e6;
/// Distinct deployments (GPU, model, precision, ...) whose prepared contexts are kept; the cache
/// is emptied when it is full, so memory stays flat whatever the input.
inline constexpr std::size_t kPredictMaxCachedDeployments = 4096;

/** What `tco-cli predict` writes: the CSV text, and how many rows it read and could not evaluate. */
struct PredictOutput
{
    std::string text;
    std::size_t rows = 0;
    std::size_t failed = 0;
};

/** Reads up to @p size bytes into @p buffer: the count, 0 at the end, -1 with @p error set. */
using PredictRead = std::function<std::int64_t(char *buffer, std::size_t size, std::string &error)>;
/** Writes @p bytes; false with @p error set when they could not all be written. */
using PredictWrite = std::function<bool(std::string_view bytes, std::string &error)>;

/**
 * The whole `predict` transformation, streaming: cases CSV in through @p read (columns by
 * header name, any order; the columns of measured_calibration.csv are accepted as they are),
 * predictions CSV out through @p write, block by block (kPredictBlockBytes), so memory does not
 * grow with the number of rows. Every row gets an output row (the input columns, then the
 * engine's figures and an `error` column; a row that cannot be evaluated keeps its place with
 * the reason, naming the line and column of a missing required cell). False with @p error
 * ("missing required column 'gpu'", "line 7, field 2: unterminated quoted field") when the
 * input as a whole cannot be read or the output cannot be written; the rows before it may have
 * been written. @p counts gets the rows read and failed (its text stays empty). Large blocks are
 * split over two threads when @p useThreads.
 */
bool predictStream(const engine::CatalogSnapshot &catalog, const PredictRead &read, const PredictWrite &write,
                   PredictOutput &counts, std::string &error, bool useThreads = true,
                   std::size_t blockBytes = kPredictBlockBytes);

/** predictStream() over a whole input in memory, the output into @p result's text. */
bool predictCsv(const engine::CatalogSnapshot &catalog, std::string_view cases, PredictOutput &result,
                std::string &error, bool useThreads = true, std::size_t blockBytes = kPredictBlockBytes);

} // namespace tco::cli
