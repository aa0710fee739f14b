// SPDX-License-Identifier: MIT
// libFuzzer target: the `tco-cli predict` input path. cmd_predict.cpp keeps its row reader
// private, so this drives the same pieces it is built from: engine::csv::Reader for the file,
// the header mapped by name (predict's columns), engine::interpretRow for each row (the rules
// predict shares with calibrate), then the performance engine on the row's batch and lengths.
// The same bytes also go through engine::readMeasuredCsv + calibrate (the calibrate input).
//
// Invariants (abort = finding): no crash, leak or UB; every figure the engine returns for a
// row is finite and not negative; a row it cannot evaluate says why.
#include "fuzzsupport.h"

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

/// Rows evaluated per input at most (keeps one execution short).
constexpr int kMaxRows = 64;

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

std::optional<int> parseInt(std::string_view s)
{
    s = trim(s);
    int v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

struct Columns
{
    int gpu = -1, gpu_count = -1, model = -1, precision = -1, batch = -1, input_len = -1, output_len = -1;
    int framework = -1, tp = -1, pp = -1, interconnect = -1, notes = -1;
};

bool mapColumns(const std::vector<std::string> &header, Columns &c)
{
    int batchAlt = -1;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string h = lower(trim(header[i]));
        const int at = int(i);
        auto take = [&](std::string_view name, int &slot) {
            if (slot < 0 && h == name)
                slot = at;
        };
        take("gpu", c.gpu);
        take("gpu_count", c.gpu_count);
        take("model", c.model);
        take("precision", c.precision);
        take("batch", c.batch);
        take("batch_or_concurrency", batchAlt);
        take("input_len", c.input_len);
        take("output_len", c.output_len);
        take("framework", c.framework);
        take("tp", c.tp);
        take("pp", c.pp);
        take("interconnect", c.interconnect);
        take("notes", c.notes);
    }
    if (c.batch < 0)
        c.batch = batchAlt;
    return c.gpu >= 0 && c.gpu_count >= 0 && c.model >= 0 && c.precision >= 0 && c.batch >= 0 && c.input_len >= 0
        && c.output_len >= 0;
}

std::string_view field(const csv::Record &rec, int column)
{
    if (column < 0 || std::size_t(column) >= rec.fields.size())
        return {};
    return trim(rec.fields[std::size_t(column)]);
}

void checkResult(const engine::PerfResult &r)
{
    if (!r.ok()) {
        fuzz::require(!r.error_message.empty(), "an engine error says why");
        return;
    }
    for (double v : { r.weights_gib_per_gpu,
                      r.runtime_overhead_gib,
                      r.usable_gib_per_gpu,
                      r.kv_bytes_per_token,
                      r.kv_gib_per_gpu,
                      r.batch,
                      r.ttft_ms,
                      r.tpot_ms,
                      r.tok_s_per_user,
                      r.output_tok_s,
                      r.total_tok_s,
                      r.prefill_tok_s,
                      r.uncertainty_pct,
                      r.decode.total_ms,
                      r.prefill.total_ms,
                      r.decode.weights_ms,
                      r.decode.kv_ms,
                      r.decode.comm_ms,
                      r.decode.overhead_ms,
                      r.prefill.linear_compute_ms,
                      r.prefill.attention_compute_ms }) {
        fuzz::requireFinite(v, "a predicted figure");
        fuzz::require(v >= 0.0, "a predicted figure is not negative");
    }
    fuzz::require(r.max_batch >= 0, "max_batch is not negative");
    if (!r.fits)
        fuzz::require(!engine::fitFailureText(r).empty(), "a row that does not fit says why");
}

void predictRows(std::string_view data, const engine::CatalogSnapshot &catalog)
{
    csv::Reader reader(data);
    csv::Record header, rec;
    if (!reader.next(header))
        return;
    Columns c;
    if (!mapColumns(header.fields, c))
        return;
    int rows = 0;
    while (rows < kMaxRows && reader.next(rec)) {
        if (rec.fields.size() == 1 && trim(rec.fields[0]).empty())
            continue;
        ++rows;
        const auto count = parseInt(field(rec, c.gpu_count));
        if (!count || *count < 1)
            continue;
        const std::optional<int> batch = parseInt(field(rec, c.batch));
        engine::MeasuredRow m;
        m.gpu = std::string(field(rec, c.gpu));
        m.gpu_count = *count;
        m.model = std::string(field(rec, c.model));
        m.precision = std::string(field(rec, c.precision));
        m.framework = std::string(field(rec, c.framework));
        m.interconnect = std::string(field(rec, c.interconnect));
        m.notes = std::string(field(rec, c.notes));
        m.batch_or_concurrency = batch ? std::string("1") : std::string(field(rec, c.batch));
        const auto input = parseInt(field(rec, c.input_len));
        const auto output = parseInt(field(rec, c.output_len));
        if (input)
            m.input_len = 0;
        if (output)
            m.output_len = 0;
        m.metric = "output_tok_s";
        m.value = 1.0;
        const engine::CalibrationCase cc = engine::interpretRow(m, catalog);
        if (!cc.error.empty())
            continue;
        fuzz::require(cc.gpu && cc.model && cc.precision, "an interpreted row names its GPU, model and precision");
        fuzz::requireFinite(cc.scale, "the throughput scale");
        const engine::ServingStackSpec *stack = m.framework.empty() ? nullptr : catalog.findStack(m.framework);
        if (!stack)
            stack = catalog.findStack(cc.stack_id);
        if (!stack)
            continue;
        engine::PerfQuery q = cc.query;
        if (batch)
            q.batch = *batch;
        if (input)
            q.input_len = *input;
        if (output)
            q.output_len = *output;
        if (const auto tp = parseInt(field(rec, c.tp)))
            q.tp = *tp;
        if (const auto pp = parseInt(field(rec, c.pp)))
            q.pp = *pp;
        checkResult(engine::predict(*cc.gpu, *cc.model, *cc.precision, *stack, q));
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
