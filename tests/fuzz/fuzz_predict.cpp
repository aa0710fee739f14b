// SPDX-License-Identifier: MIT
// libFuzzer target: the `tco-cli predict` input path, through cli::predictCsv (the very code the
// command runs, single-threaded). The same bytes also go through engine::readMeasuredCsv +
// calibrate (the `tco-cli calibrate` input).
//
// Invariants (abort = finding): no crash, leak or UB; an unreadable file says why; the output is
// well-formed CSV with one row per input row; every figure is a finite number, not negative;
// read in small blocks (the streaming of `predict`), the input gives the same bytes and verdict.
#include "fuzzsupport.h"
#include "predictcsv.h"

#include <calibration.h>
#include <charconv>
#include <cstdint>
#include <csv.h>
#include <optional>
#include <perfmodel.h>
#include <string>
#include <string_view>
#include <vector>

namespace csv = tco::engine::csv;
using namespace tco;

namespace {

/// Rows of the calibration check per input at most (keeps one execution short).
constexpr int kMaxRows = 64;
/// The columns `predict` adds after the input's; all but `bound` and `error` are numbers.
constexpr std::size_t kAddedColumns = 15;
/// Position of `bound` counted from the end of a row (then ttft_ms_p90, ttft_ms_p99, queue_ms, error).
constexpr std::size_t kBoundFromEnd = 5;
/// Block size of the second, streamed read of each input (small, so that records cross blocks).
constexpr std::size_t kSmallBlockBytes = 5;

void predictRows(std::string_view data, const engine::CatalogSnapshot &catalog)
{
    cli::PredictOutput out, streamed;
    std::string error, streamedError;
    const bool ok = cli::predictCsv(catalog, data, out, error, false);
    const bool streamedOk = cli::predictCsv(catalog, data, streamed, streamedError, false, kSmallBlockBytes);
    fuzz::require(ok == streamedOk, "read in small blocks, the input is as readable as read whole");
    if (!ok) {
        fuzz::require(!error.empty(), "an unreadable cases file says why");
        return;
    }
    fuzz::require(streamed.text == out.text && streamed.rows == out.rows && streamed.failed == out.failed,
                  "read in small blocks, the input gives the same predictions");
    std::optional<csv::ParseError> parseError;
    const std::vector<csv::Record> records = csv::parseAll(out.text, &parseError);
    fuzz::require(!parseError, "the predictions are well-formed CSV");
    fuzz::require(records.size() == out.rows + 1, "one output row per input row, after the header");
    fuzz::require(out.failed <= out.rows, "no more failed rows than rows");
    for (std::size_t r = 1; r < records.size(); ++r) {
        const std::vector<std::string> &f = records[r].fields;
        fuzz::require(f.size() >= kAddedColumns, "every row has the added columns");
        // fits, weights_gib_per_gpu, kv_bytes_per_token, max_batch, ttft_ms, tpot_ms,
        // tok_s_per_user, output_tok_s, total_tok_s, prefill_tok_s, ttft_ms_p90, ttft_ms_p99,
        // queue_ms: empty or a finite number >= 0
        for (std::size_t c = f.size() - kAddedColumns + 1; c < f.size() - 1; ++c) {
            if (c == f.size() - kBoundFromEnd || f[c].empty())
                continue;
            double v = 0.0;
            const auto [p, ec] = std::from_chars(f[c].data(), f[c].data() + f[c].size(), v);
            fuzz::require(ec == std::errc() && p == f[c].data() + f[c].size(), "a predicted figure is a number");
            fuzz::requireFinite(v, "a predicted figure");
            fuzz::require(v >= 0.0, "a predicted figure is not negative");
        }
    }
}

void calibrateRows(std::string_view data, const engine::CatalogSnapshot &catalog)
{
    std::vector<engine::MeasuredRow> rows;
    std::string error;
    if (!engine::readMeasuredCsv(data, rows, error)) {
        fuzz::require(!error.empty(), "an unreadable measurement file says why");
        return;
    }
    if (rows.size() > std::size_t(kMaxRows))
        rows.resize(std::size_t(kMaxRows));
    const engine::CalibrationReport report = engine::calibrate(rows, catalog);
    fuzz::require(std::size_t(report.evaluated + report.failed) == report.rows.size(),
                  "every row is evaluated or failed");
    for (const engine::CalibrationRowResult &r : report.rows) {
        fuzz::requireFinite(r.predicted, "a calibration prediction");
        fuzz::requireFinite(r.error_pct, "a calibration error");
    }
    for (double v : { report.mdape_pct, report.within_25pct_share, report.p80_ape_pct })
        fuzz::requireFinite(v, "a calibration summary");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const std::string_view data(reinterpret_cast<const char *>(bytes), size);
    predictRows(data, fuzz::seedSnapshot());
    calibrateRows(data, fuzz::seedSnapshot());
    return 0;
}
