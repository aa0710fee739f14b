// SPDX-License-Identifier: MIT
#pragma once

#include "catalogsnapshot.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace tco::cli {

/** What `tco-cli predict` writes: the CSV text, and how many rows it read and could not evaluate. */
struct PredictOutput
{
    std::string text;
    std::size_t rows = 0;
    std::size_t failed = 0;
};

/**
 * The whole `predict` transformation, without files: cases CSV in (columns by header name, any
 * order; the columns of measured_calibration.csv are accepted as they are), predictions CSV out
 * (the input columns, then the engine's figures and an `error` column; a row that cannot be
 * evaluated keeps its place). False with @p error ("missing required column 'gpu'", "line 7:
 * unterminated quoted field") when the input as a whole cannot be read. Large inputs are split
 * over two threads when @p useThreads.
 */
bool predictCsv(const engine::CatalogSnapshot &catalog, std::string_view cases, PredictOutput &result,
                std::string &error, bool useThreads = true);

} // namespace tco::cli
