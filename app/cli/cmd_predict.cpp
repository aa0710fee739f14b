// SPDX-License-Identifier: MIT
// tco-cli predict --in CASES.csv [--out PREDICTIONS.csv|-]
#include "calibration.h"
#include "catalog.h"
#include "commands.h"
#include "csv.h"
#include "perfmodel.h"
#include "predictcsv.h"
#include "repository.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fmt/compile.h>
#include <fmt/format.h>
#include <thread>
#include <unordered_map>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#else
#include <cstdio>
#ifndef STDIN_FILENO
#define STDIN_FILENO 0
#endif
#endif

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

void printPredictUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] predict --in CASES.csv|- [--out PREDICTIONS.csv|-]\n\n"
         "Predicts memory fit, latency and throughput for every row of a CSV file (RFC 4180, UTF-8).\n"
         "Columns by header name, in any order:\n"
         "  required  gpu, gpu_count, model, precision, batch, input_len, output_len\n"
         "  optional  framework, tp, pp, interconnect, request_rate_per_s\n"
         "batch is a number of concurrent sequences or \"max\" (the largest batch that fits). The\n"
         "columns of measured_calibration.csv are accepted as they are: batch_or_concurrency instead\n"
         "of batch (N, max, offline, server, qps=R, N/gpu) and notes (TP4, EP32, FP8 KV, GGUF types,\n"
         "prefill-only, ...), read exactly as `tco-cli calibrate` reads them. GPU, model, precision\n"
         "and framework names resolve through the catalog's aliases (case and punctuation do not\n"
         "matter). TTFT includes the API server's time only when the row says so (online serving,\n"
         "Triton, qps=R), as in calibration.\n\n"
         "request_rate_per_s (requests per second, a positive number up to 1000000) evaluates the row\n"
         "under open-loop Poisson arrivals at that rate, as batch qps=R does: the concurrency follows\n"
         "from the rate, so the row's batch cell must be empty. An empty cell keeps the batch.\n\n"
         "The output repeats the input columns and adds fits, weights_gib_per_gpu,\n"
         "kv_bytes_per_token, max_batch, ttft_ms, tpot_ms, tok_s_per_user, output_tok_s,\n"
         "total_tok_s, prefill_tok_s, bound, ttft_ms_p90, ttft_ms_p99, queue_ms, error. The last three\n"
         "are filled for a row evaluated at a request rate (request_rate_per_s or qps=R): the 90th and\n"
         "99th percentile TTFT and the mean wait in the queue (in ttft_ms). When arrivals outpace what\n"
         "the deployment serves, output_tok_s is its capacity and queue_ms the mean wait of the\n"
         "requests that arrive in the first minute of overload. A row that cannot be evaluated (or does not\n"
         "fit) keeps its place with error filled. Numbers use a dot and no grouping, rounded to 3\n"
         "decimals (GiB, ms, tok/s per user) or 2 (throughputs). Without --out, or with --out -, the\n"
         "CSV goes to stdout; a file is written atomically, and only over a regular file that is\n"
         "neither the input nor the catalog.\n\n"
         "Every required cell needs a value: an empty one is an error of its row (naming its line and\n"
         "column), except where the notes of a measured_calibration.csv row define it, as calibrate\n"
         "reads them (input_len of an OpenOrca run, output_len of a prefill- or decode-only row, the\n"
         "batch of a prefill-only row). Limits per row: gpu_count, tp and pp at most 1048576,\n"
         "input_len and output_len 0 to 16777216 tokens, a fixed batch at most 16777216.\n\n"
         "--in - reads standard input; otherwise --in must name a regular file (a FIFO or a device is\n"
         "refused instead of waiting for a writer). Rows are read and written as a stream: memory does\n"
         "not grow with the number of rows. On standard output, the rows before an unreadable part of\n"
         "the input have been written when the command fails; a file is only written when all went well.\n\n"
         "Exit codes: 0 every row was read (some may carry an error), 1 the input cannot be read or\n"
         "lacks a required column, or the output cannot be written; 2 the command line is wrong.\n";
}

/** The columns predict adds, in order. */
constexpr std::array kAddedColumns
    = { "fits",    "weights_gib_per_gpu", "kv_bytes_per_token", "max_batch",   "ttft_ms",
        "tpot_ms", "tok_s_per_user",      "output_tok_s",       "total_tok_s", "prefill_tok_s",
        "bound",   "ttft_ms_p90",         "ttft_ms_p99",        "queue_ms",    "error" };

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] - 'A' + 'a') : a[i];
        if (x != b[i])
            return false;
    }
    return true;
}

/** Positions of the columns predict reads; -1 when absent. */
struct Columns
{
    int gpu = -1, gpu_count = -1, model = -1, precision = -1, batch = -1, input_len = -1, output_len = -1;
    int framework = -1, tp = -1, pp = -1, interconnect = -1, notes = -1, request_rate = -1;
    const char *batchName = "batch"; ///< the header the batch came from, for messages
    std::size_t count = 0; ///< columns in the header
};

/** Finds the columns by name; returns the name of the first missing required column, or "". */
std::string mapColumns(const std::vector<std::string> &header, Columns &c)
{
    c.count = header.size();
    int batchAlt = -1;
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string_view h = engine::csv::trimmed(header[i]);
        const int at = int(i);
        auto take = [&](std::string_view name, int &slot) {
            if (slot < 0 && equalsNoCase(h, name))
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
        take("request_rate_per_s", c.request_rate);
    }
    if (c.batch < 0 && batchAlt >= 0) {
        c.batch = batchAlt;
        c.batchName = "batch_or_concurrency";
    }
    const std::pair<const char *, int> required[] = {
        { "gpu", c.gpu },
        { "gpu_count", c.gpu_count },
        { "model", c.model },
        { "precision", c.precision },
        { "batch", c.batch },
        { "input_len", c.input_len },
        { "output_len", c.output_len },
    };
    for (const auto &[name, pos] : required)
        if (pos < 0)
            return std::string(name) == "batch" ? std::string("batch' (or 'batch_or_concurrency") : std::string(name);
    return {};
}

/** Number just before "gb/s" in an interconnect description ("PCIe Gen4 64GB/s"). */
std::optional<double> gbsIn(std::string_view lowerText)
{
    const std::size_t pos = lowerText.find("gb/s");
    if (pos == std::string_view::npos)
        return std::nullopt;
    std::size_t end = pos;
    while (end > 0 && lowerText[end - 1] == ' ')
        --end;
    std::size_t begin = end;
    while (begin > 0 && ((lowerText[begin - 1] >= '0' && lowerText[begin - 1] <= '9') || lowerText[begin - 1] == '.'))
        --begin;
    double v = 0.0;
    const auto [p, ec] = std::from_chars(lowerText.data() + begin, lowerText.data() + end, v);
    if (begin == end || ec != std::errc() || p != lowerText.data() + end || !(v > 0.0))
        return std::nullopt;
    return v;
}

/**
 * Everything of a row that does not depend on its batch and lengths: the interpreted query and
 * the prepared contexts (several when the tensor-parallel degree is automatic and the batch is
 * not fixed: the best one wins, as in engine::predict()).
 */
struct Deployment
{
    std::string error;
    engine::PerfQuery query;
    bool batchFromRow = false; ///< integer batch: taken from each row
    bool inputFromRow = false; ///< non-empty input_len: taken from each row
    bool outputFromRow = false;
    // An empty required cell is an error unless the row's notes define the value (as calibrate reads them).
    bool inputFromNotes = false; ///< empty input_len: the notes give it (an OpenOrca run)
    bool outputFromNotes = false; ///< empty output_len: the notes give it, or the row is prefill- or decode-only
    bool batchFromNotes = false; ///< empty batch: a prefill-only row (its batch is what fits)
    bool rateFromRow = false; ///< request_rate_per_s given: RequestRate at each row's rate
    double scale = 1.0; ///< throughput multiplier (EP notes: reported per fewer GPUs)
    std::vector<engine::PerfContext> contexts;
    std::vector<int> contextTp;
};

/** A whole number in a cell, read wide (an int would overflow); empty when it is not one. */
std::optional<std::int64_t> parseWide(std::string_view cell)
{
    cell = engine::csv::trimmed(cell);
    std::int64_t v = 0;
    const auto [p, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
    if (cell.empty() || ec != std::errc() || p != cell.data() + cell.size())
        return std::nullopt;
    return v;
}

/**
 * A count of a row between @p min and @p max, or the reason it is not ("gpu_count '0' is not an
 * integer from 1 to 1048576").
 */
std::optional<int> boundedCount(std::string_view cell, std::string_view name, std::int64_t min, std::int64_t max,
                                std::string_view unit, std::string &error)
{
    const std::optional<std::int64_t> v = parseWide(cell);
    if (v && *v >= min && *v <= max)
        return int(*v);
    if (!v)
        error = fmt::format("{} '{}' is not an integer", name, cell);
    else if (*v < min)
        error = fmt::format("{} '{}' is not an integer from {} to {}", name, cell, min, max);
    else
        error = fmt::format("{} {} is above the limit of {} {}", name, *v, max, unit);
    return std::nullopt;
}

/**
 * The tensor-parallel degrees engine::predict() tries for @p q (every t dividing the GPUs of
 * one pipeline), in increasing order, found through the divisors up to the square root.
 */
std::vector<int> automaticTpDegrees(const engine::PerfQuery &q)
{
    const int perPipeline = q.gpu_count / q.pp;
    std::vector<int> low, high;
    for (int t = 1; std::int64_t(t) * t <= perPipeline; ++t) {
        if (perPipeline % t != 0)
            continue;
        low.push_back(t);
        if (perPipeline / t != t)
            high.push_back(perPipeline / t);
    }
    low.insert(low.end(), high.rbegin(), high.rend());
    std::vector<int> tps;
    for (const int t : low) {
        if (q.gpu_count % (std::int64_t(t) * q.pp) != 0)
            continue;
        if (q.ep > 1 && q.ep % t != 0)
            continue;
        tps.push_back(t);
    }
    return tps;
}

class Predictor
{
public:
    Predictor(const engine::CatalogSnapshot &catalog, const Columns &columns)
        : m_catalog(catalog)
        , m_columns(columns)
    { }

    /**
     * Reads @p data (whole records only, no header; its first line is line @p firstLine of the
     * input) and appends one output record per input record.
     */
    bool run(std::string_view data, std::size_t firstLine, std::string &out, std::string &error)
    {
        m_firstLine = firstLine;
        engine::csv::Reader reader(data);
        engine::csv::Record rec;
        while (reader.next(rec)) {
            if (rec.fields.size() == 1 && engine::csv::trimmed(rec.fields[0]).empty())
                continue; // blank line
            processRow(rec, out);
        }
        if (reader.error()) {
            const engine::csv::ParseError &e = *reader.error();
            error = fmt::format("line {}, field {}: {}", e.line + firstLine - 1, e.column, e.message);
            return false;
        }
        return true;
    }

    std::size_t rows() const { return m_rows; }
    std::size_t failed() const { return m_failed; }
    std::size_t deployments() const { return m_deployments.size(); }

private:
    std::string_view field(const engine::csv::Record &rec, int column) const
    {
        if (column < 0 || std::size_t(column) >= rec.fields.size())
            return {};
        return engine::csv::trimmed(rec.fields[std::size_t(column)]);
    }

    const Deployment &deployment(const engine::csv::Record &rec, bool batchIsInt, bool rated)
    {
        // The key: every cell the deployment depends on, raw, separated by a unit separator.
        m_key.clear();
        for (int col : { m_columns.gpu, m_columns.gpu_count, m_columns.model, m_columns.precision, m_columns.framework,
                         m_columns.tp, m_columns.pp, m_columns.interconnect, m_columns.notes }) {
            m_key.append(field(rec, col));
            m_key.push_back('\x1f');
        }
        if (rated)
            m_key.push_back('@');
        else if (batchIsInt)
            m_key.push_back('#');
        else
            m_key.append(field(rec, m_columns.batch));
        m_key.push_back('\x1f');
        m_key.push_back(field(rec, m_columns.input_len).empty() ? 'e' : 'v');
        m_key.push_back(field(rec, m_columns.output_len).empty() ? 'e' : 'v');
        if (const auto it = m_deployments.find(m_key); it != m_deployments.end())
            return it->second;
        if (m_deployments.size() >= kPredictMaxCachedDeployments)
            m_deployments.clear(); // flat memory: rows rarely come back to a deployment seen long ago
        return m_deployments.emplace(m_key, makeDeployment(rec, batchIsInt, rated)).first->second;
    }

    Deployment makeDeployment(const engine::csv::Record &rec, bool batchIsInt, bool rated) const
    {
        Deployment d;
        const std::string_view gpuCount = field(rec, m_columns.gpu_count);
        const auto count = boundedCount(gpuCount, "gpu_count", 1, kPredictMaxGpus, "GPUs", d.error);
        if (!count)
            return d;
        std::optional<int> tp, pp;
        if (const std::string_view s = field(rec, m_columns.tp); !s.empty()) {
            if (!(tp = boundedCount(s, "tp", 1, kPredictMaxGpus, "GPUs", d.error)))
                return d;
        }
        if (const std::string_view s = field(rec, m_columns.pp); !s.empty()) {
            if (!(pp = boundedCount(s, "pp", 1, kPredictMaxGpus, "GPUs", d.error)))
                return d;
        }
        // N/gpu: the engine multiplies it by gpu_count in an int
        const std::string_view batchCell = field(rec, m_columns.batch);
        if (!batchIsInt && batchCell.size() > 4) {
            std::string lower(batchCell);
            for (char &ch : lower)
                if (ch >= 'A' && ch <= 'Z')
                    ch = char(ch - 'A' + 'a');
            if (lower.compare(lower.size() - 4, 4, "/gpu") == 0) {
                const auto perGpu = parseWide(std::string_view(lower).substr(0, lower.size() - 4));
                if (perGpu && *perGpu > kPredictMaxBatch / *count) {
                    d.error = fmt::format("{} '{}' is a batch above the limit of {} sequences", m_columns.batchName,
                                          batchCell, kPredictMaxBatch);
                    return d;
                }
            }
        }

        // The calibration reader's rules, so that predict and calibrate read a row the same way.
        engine::MeasuredRow m;
        m.gpu = std::string(field(rec, m_columns.gpu));
        m.gpu_count = *count;
        m.model = std::string(field(rec, m_columns.model));
        m.precision = std::string(field(rec, m_columns.precision));
        m.framework = std::string(field(rec, m_columns.framework));
        m.interconnect = std::string(field(rec, m_columns.interconnect));
        m.notes = std::string(field(rec, m_columns.notes));
        // placeholders: each row's batch or rate is used
        m.batch_or_concurrency = rated ? std::string("qps=1")
            : batchIsInt               ? std::string("1")
                                       : std::string(field(rec, m_columns.batch));
        d.inputFromRow = !field(rec, m_columns.input_len).empty();
        d.outputFromRow = !field(rec, m_columns.output_len).empty();
        if (d.inputFromRow)
            m.input_len = 0; // placeholder: each row's value is used
        if (d.outputFromRow)
            m.output_len = 0;
        m.metric = "output_tok_s";
        m.value = 1.0;
        const engine::CalibrationCase c = engine::interpretRow(m, m_catalog);
        if (!c.error.empty()) {
            d.error = c.error;
            if (std::string_view(m_columns.batchName) != "batch_or_concurrency")
                if (const std::size_t at = d.error.find("batch_or_concurrency"); at != std::string::npos)
                    d.error.replace(at, std::string_view("batch_or_concurrency").size(), m_columns.batchName);
            return d;
        }
        // A framework that is itself a catalog name or alias wins over the free-text matching.
        const engine::ServingStackSpec *stack = m.framework.empty() ? nullptr : m_catalog.findStack(m.framework);
        if (!stack)
            stack = m_catalog.findStack(c.stack_id);
        if (!stack) {
            d.error = fmt::format("serving stack '{}' is not in the catalog", c.stack_id);
            return d;
        }
        d.query = c.query;
        d.scale = c.scale;
        d.batchFromRow = batchIsInt && !rated;
        d.rateFromRow = rated;
        d.inputFromNotes = !d.inputFromRow && c.query.input_len > 0;
        d.outputFromNotes = !d.outputFromRow && (c.query.output_len > 0 || c.query.phases != engine::Phases::Both);
        d.batchFromNotes = batchCell.empty() && c.query.phases == engine::Phases::PrefillOnly;
        if (tp)
            d.query.tp = *tp;
        if (pp)
            d.query.pp = *pp;
        if (!d.query.link_kind) {
            // interpretRow knows NVLink; a predict case may also name the other links
            std::string link(m.interconnect);
            for (char &ch : link)
                if (ch >= 'A' && ch <= 'Z')
                    ch = char(ch - 'A' + 'a');
            std::optional<engine::LinkKind> kind;
            if (link.find("pcie") != std::string::npos)
                kind = engine::LinkKind::Pcie;
            else if (link.find("infinity fabric") != std::string::npos || link.find("xgmi") != std::string::npos)
                kind = engine::LinkKind::InfinityFabric;
            if (kind) {
                d.query.link_kind = kind;
                if (const auto g = gbsIn(link))
                    d.query.link_gbs = *g;
            }
        }

        // The same choice of tensor parallelism as engine::predict().
        const engine::PerfQuery &q = d.query;
        std::vector<int> tps;
        if (q.tp != 0 || q.batch_mode == engine::BatchMode::Fixed || q.gpu_count <= q.pp || q.pp < 1) {
            tps.push_back(q.tp);
        } else {
            tps = automaticTpDegrees(q);
            // No degree divides the GPUs evenly (e.g. 9 GPUs, pp 2): let the engine say why.
            if (tps.empty())
                tps.push_back(q.tp);
        }
        for (int t : tps) {
            engine::PerfQuery qt = q;
            qt.tp = t;
            engine::PerfContext ctx;
            const engine::PerfStatus st = engine::makeContext(*c.gpu, *c.model, *c.precision, *stack, qt, ctx);
            if (!st.ok()) {
                d.error = st.message;
                d.contexts.clear();
                d.contextTp.clear();
                return d;
            }
            d.contexts.push_back(ctx);
            d.contextTp.push_back(t);
        }
        return d;
    }

    /**
     * ",<v>" rounded to @p Decimals decimals, written in the shortest form that reads back as that
     * rounded value ("12.871", "478", "0.5"): fmt's shortest formatting (Dragonbox) is several
     * times faster than its fixed-precision path, and both are locale-independent.
     */
    template<int Decimals> static void appendNumber(std::string &out, double v)
    {
        static_assert(Decimals >= 0 && Decimals <= 6);
        constexpr double kScale = Decimals == 0 ? 1.0
            : Decimals == 1                     ? 10.0
            : Decimals == 2                     ? 100.0
            : Decimals == 3                     ? 1e3
            : Decimals == 4                     ? 1e4
            : Decimals == 5                     ? 1e5
                                                : 1e6;
        /// Below this magnitude the shortest form never switches to an exponent (fmt: 1e16).
        constexpr double kPlainLimit = 1e15;
        char buf[64];
        buf[0] = ',';
        double rounded = std::round(v * kScale) / kScale;
        if (rounded == 0.0)
            rounded = 0.0; // no "-0"
        const auto end = std::fabs(rounded) < kPlainLimit
            ? fmt::format_to_n(buf + 1, sizeof buf - 1, FMT_COMPILE("{}"), rounded)
            : fmt::format_to_n(buf + 1, sizeof buf - 1, FMT_COMPILE("{:.0f}"), v);
        out.append(buf, std::min(end.size, sizeof buf - 1) + 1);
    }
    static void appendInt(std::string &out, int v)
    {
        char buf[16];
        buf[0] = ',';
        const auto end = fmt::format_to_n(buf + 1, sizeof buf - 1, FMT_COMPILE("{}"), v);
        out.append(buf, std::min(end.size, sizeof buf - 1) + 1);
    }

    void finishRow(std::string &out, std::string_view error)
    {
        out.push_back(',');
        if (!error.empty()) {
            ++m_failed;
            engine::csv::appendField(out, engine::csv::neutralizeFormula(error));
        }
        out.append("\r\n");
    }

    void echo(const engine::csv::Record &rec, std::string &out) const
    {
        for (std::size_t i = 0; i < m_columns.count; ++i) {
            if (i)
                out.push_back(',');
            if (i >= rec.fields.size())
                continue;
            const std::string &f = rec.fields[i];
            const char c0 = f.empty() ? '\0' : f.front();
            if (c0 == '=' || c0 == '+' || c0 == '-' || c0 == '@' || c0 == '\t' || c0 == '\r')
                engine::csv::appendField(out, engine::csv::neutralizeFormula(f));
            else
                engine::csv::appendField(out, f);
        }
    }

    void processRow(const engine::csv::Record &rec, std::string &out)
    {
        ++m_rows;
        echo(rec, out);
        auto fail = [&](std::string_view message) {
            out.append(",,,,,,,,,,,,,,"); // fits .. queue_ms empty
            finishRow(out, message);
        };
        if (rec.fields.size() > m_columns.count) {
            m_message = fmt::format("the row has {} fields, the header {}", rec.fields.size(), m_columns.count);
            fail(m_message);
            return;
        }
        const std::pair<int, const char *> identity[] = { { m_columns.gpu, "gpu" },
                                                          { m_columns.gpu_count, "gpu_count" },
                                                          { m_columns.model, "model" },
                                                          { m_columns.precision, "precision" } };
        for (const auto &[column, name] : identity) {
            if (field(rec, column).empty()) {
                fail(emptyCell(rec, column, name));
                return;
            }
        }
        const std::string_view batchCell = field(rec, m_columns.batch);
        const std::optional<int> batch = engine::csv::parseInt(batchCell);
        const std::string_view rateCell = field(rec, m_columns.request_rate);
        double rate = 0.0;
        if (!rateCell.empty()) {
            if (!requestRate(rec, rateCell, batchCell, rate)) {
                fail(m_message);
                return;
            }
        }
        const Deployment &d = deployment(rec, batch.has_value(), !rateCell.empty());
        if (!d.error.empty()) {
            fail(d.error);
            return;
        }
        if (batchCell.empty() && !d.batchFromNotes && !d.rateFromRow) {
            fail(emptyCell(rec, m_columns.batch, m_columns.batchName));
            return;
        }
        if (field(rec, m_columns.input_len).empty() && !d.inputFromNotes) {
            fail(emptyCell(rec, m_columns.input_len, "input_len"));
            return;
        }
        if (field(rec, m_columns.output_len).empty() && !d.outputFromNotes) {
            fail(emptyCell(rec, m_columns.output_len, "output_len"));
            return;
        }
        engine::PerfQuery q = d.query;
        if (d.batchFromRow) {
            if (*batch > kPredictMaxBatch) {
                m_message = fmt::format("{} {} is above the limit of {} sequences", m_columns.batchName, *batch,
                                        kPredictMaxBatch);
                fail(m_message);
                return;
            }
            q.batch = *batch;
        }
        if (d.rateFromRow)
            q.request_rate_per_s = rate;
        const auto length = [&](int column, const char *name, bool fromRow, int &target) {
            if (!fromRow)
                return true;
            const auto v = boundedCount(field(rec, column), name, 0, kPredictMaxTokens, "tokens", m_message);
            if (v)
                target = *v;
            return v.has_value();
        };
        if (!length(m_columns.input_len, "input_len", d.inputFromRow, q.input_len)
            || !length(m_columns.output_len, "output_len", d.outputFromRow, q.output_len)) {
            fail(m_message);
            return;
        }

        // Evaluate on the prepared contexts; with automatic tp the best fitting one wins.
        const bool prefillOnly = q.phases == engine::Phases::PrefillOnly;
        bool haveBest = false;
        for (std::size_t i = 0; i < d.contexts.size(); ++i) {
            q.tp = d.contextTp[i];
            m_result = engine::evaluate(d.contexts[i], q);
            if (!m_result.ok())
                break; // errors do not depend on tp
            if (d.contexts.size() == 1)
                break;
            const double score = prefillOnly ? m_result.prefill_tok_s : m_result.output_tok_s;
            const double bestScore = prefillOnly ? m_best.prefill_tok_s : m_best.output_tok_s;
            if (m_result.fits && (!haveBest || score > bestScore)) {
                m_best = m_result;
                haveBest = true;
            }
        }
        const engine::PerfResult &r = haveBest ? m_best : m_result;
        if (!r.ok()) {
            fail(r.error_message);
            return;
        }
        out.append(r.fits ? ",yes" : ",no");
        appendNumber<3>(out, r.weights_gib_per_gpu);
        appendNumber<0>(out, r.kv_bytes_per_token);
        appendInt(out, r.max_batch);
        if (!r.fits) {
            out.append(",,,,,,,,,,"); // ttft_ms .. queue_ms empty
            finishRow(out, engine::fitFailureText(r));
            return;
        }
        appendNumber<3>(out, r.ttft_ms);
        appendNumber<3>(out, r.tpot_ms);
        appendNumber<3>(out, r.tok_s_per_user);
        appendNumber<2>(out, r.output_tok_s * d.scale);
        appendNumber<2>(out, r.total_tok_s * d.scale);
        appendNumber<2>(out, r.prefill_tok_s * d.scale);
        out.push_back(',');
        out.append(engine::boundName(r.bound));
        if (q.batch_mode == engine::BatchMode::RequestRate) {
            appendNumber<3>(out, r.ttft_ms_p90);
            appendNumber<3>(out, r.ttft_ms_p99);
            appendNumber<3>(out, r.queue_ms);
        } else {
            out.append(",,,"); // closed loop: no arrival queue
        }
        finishRow(out, {});
    }

    /**
     * Reads a request_rate_per_s cell into @p rate: a positive finite number of requests per
     * second up to kPredictMaxRequestRate, in a row whose batch cell is empty (the rate sets the
     * concurrency). False with m_message naming the problem.
     */
    bool requestRate(const engine::csv::Record &rec, std::string_view cell, std::string_view batchCell, double &rate)
    {
        const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), rate);
        if (ec != std::errc() || end != cell.data() + cell.size()) {
            m_message = fmt::format("request_rate_per_s '{}' is not a number", cell);
            return false;
        }
        if (!std::isfinite(rate) || !(rate > 0.0)) {
            m_message
                = fmt::format("request_rate_per_s '{}' is not a positive finite number of requests per second", cell);
            return false;
        }
        if (rate > kPredictMaxRequestRate) {
            m_message = fmt::format("request_rate_per_s {} is above the limit of {} requests per second", cell,
                                    kPredictMaxRequestRate);
            return false;
        }
        if (!batchCell.empty()) {
            m_message = fmt::format("line {}: {} (column {}) and request_rate_per_s (column {}) are both given: the "
                                    "rate sets the concurrency, leave {} empty",
                                    rec.line + m_firstLine - 1, m_columns.batchName, m_columns.batch + 1,
                                    m_columns.request_rate + 1, m_columns.batchName);
            return false;
        }
        return true;
    }

    /** "line 7: input_len (column 6) is empty: a required cell". */
    std::string emptyCell(const engine::csv::Record &rec, int column, std::string_view name) const
    {
        return fmt::format("line {}: {} (column {}) is empty: a required cell", rec.line + m_firstLine - 1, name,
                           column + 1);
    }

    const engine::CatalogSnapshot &m_catalog;
    const Columns &m_columns;
    std::size_t m_firstLine = 1; ///< line of the input where the data given to run() starts
    std::unordered_map<std::string, Deployment> m_deployments;
    std::string m_key;
    std::string m_message;
    engine::PerfResult m_result, m_best;
    std::size_t m_rows = 0;
    std::size_t m_failed = 0;
};

/** Below this many bytes of records a second thread is not worth starting. */
constexpr std::size_t kParallelMinBytes = 1 << 20;

/**
 * Where to split @p data in two: the start of the first record after the middle. Quoted fields
 * may hold line breaks, so quotes are counted from the start (RFC 4180: "" toggles twice).
 */
std::size_t splitPoint(std::string_view data)
{
    const std::size_t middle = data.size() / 2;
    bool quoted = false;
    for (std::size_t i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted && i >= middle)
            return i + 1;
    }
    return data.size();
}

/**
 * The lines csv::Reader counts in @p s (whole records): every line feed, and outside quotes a
 * lone carriage return (a record end of its own), so that line numbers do not depend on where
 * the input was cut into blocks.
 */
std::size_t linesIn(std::string_view s)
{
    std::size_t lines = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' || (c == '\r' && !quoted && (i + 1 >= s.size() || s[i + 1] != '\n')))
            ++lines;
    }
    return lines;
}

/**
 * The input as a sequence of blocks of whole records: bytes are read in blocks and held until
 * the line break that ends the last complete record of what was read (a line feed outside
 * quotes; quotes counted as in splitPoint()).
 */
class RecordBlocks
{
public:
    RecordBlocks(const PredictRead &read, std::size_t blockBytes)
        : m_read(read)
        , m_blockBytes(std::max<std::size_t>(1, blockBytes))
    { }

    /**
     * The next block of whole records (at the end, whatever is left); empty at the end of the
     * input. Call consume() with the bytes used before calling it again. False on a read error
     * or a record longer than kPredictMaxRecordBytes.
     */
    bool next(std::string_view &block, std::string &error)
    {
        for (;;) {
            scan();
            if (m_cut > 0 || m_eof) {
                block = std::string_view(m_buffer).substr(0, m_eof ? m_buffer.size() : m_cut);
                return true;
            }
            if (m_buffer.size() > kPredictMaxRecordBytes) {
                error = fmt::format("line {}: no end of record within {} MiB (an unterminated quoted field?)", m_line,
                                    kPredictMaxRecordBytes >> 20);
                return false;
            }
            const std::size_t old = m_buffer.size();
            m_buffer.resize(old + m_blockBytes);
            const std::int64_t n = m_read(m_buffer.data() + old, m_blockBytes, error);
            m_buffer.resize(old + std::size_t(std::max<std::int64_t>(0, n)));
            if (n < 0)
                return false;
            m_eof = n == 0;
        }
    }

    /** Drops the first @p bytes (as returned by next()), keeping the line count. */
    void consume(std::size_t bytes)
    {
        m_line += linesIn(std::string_view(m_buffer).substr(0, bytes));
        m_buffer.erase(0, bytes);
        m_scanned -= std::min(m_scanned, bytes);
        m_cut -= std::min(m_cut, bytes);
    }

    /** The input line the next block starts on. */
    std::size_t line() const { return m_line; }

private:
    void scan()
    {
        for (; m_scanned < m_buffer.size(); ++m_scanned) {
            const char c = m_buffer[m_scanned];
            if (c == '"')
                m_quoted = !m_quoted;
            else if (c == '\n' && !m_quoted)
                m_cut = m_scanned + 1;
        }
    }

    const PredictRead &m_read;
    const std::size_t m_blockBytes;
    std::string m_buffer;
    std::size_t m_scanned = 0; ///< bytes of m_buffer looked at for record ends
    std::size_t m_cut = 0; ///< end of the last whole record in m_buffer (0: none yet)
    bool m_quoted = false; ///< inside quotes at m_scanned
    bool m_eof = false;
    std::size_t m_line = 1;
};

/**
 * Predictor::run() on records that are not at the start of the input: a csv::Reader skips a
 * byte-order mark at the start of what it is given, which is data there (the first field of a
 * row), so such a block is read after a line feed, an empty line that run() skips.
 */
bool runRecords(Predictor &p, std::string_view records, std::size_t firstLine, std::string &out, std::string &error)
{
    if (records.substr(0, engine::csv::kUtf8Bom.size()) != engine::csv::kUtf8Bom)
        return p.run(records, firstLine, out, error);
    std::string guarded = "\n";
    guarded.append(records);
    return p.run(guarded, firstLine - 1, out, error);
}

} // namespace

bool predictStream(const engine::CatalogSnapshot &snapshot, const PredictRead &read, const PredictWrite &write,
                   PredictOutput &counts, std::string &error, bool useThreads, std::size_t blockBytes)
{
    counts = {};
    RecordBlocks blocks(read, blockBytes);
    std::string_view block;
    if (!blocks.next(block, error))
        return false;

    // Header
    engine::csv::Reader headerReader(block);
    engine::csv::Record header;
    if (!headerReader.next(header)) {
        error = headerReader.error()
            ? fmt::format("line {}: {}", headerReader.error()->line, headerReader.error()->message)
            : std::string("empty file (no header)");
        return false;
    }
    Columns columns;
    if (const std::string missing = mapColumns(header.fields, columns); !missing.empty()) {
        error = fmt::format("missing required column '{}'", missing);
        return false;
    }
    std::string out;
    {
        std::vector<std::string> head;
        head.reserve(header.fields.size() + kAddedColumns.size());
        for (const std::string &h : header.fields)
            head.push_back(engine::csv::neutralizeFormula(h));
        for (const char *name : kAddedColumns)
            head.emplace_back(name);
        engine::csv::appendRecord(out, head);
    }
    blocks.consume(headerReader.position());

    /// Output bytes per input byte, for reserving: the echo plus about 80 bytes of results per row.
    constexpr double kOutputPerInput = 2.2;
    // Each half of a large block on its own thread; each keeps its own cache of contexts.
    Predictor p1(snapshot, columns), p2(snapshot, columns);
    std::string out2, error1, error2;
    const bool threads = useThreads && std::thread::hardware_concurrency() > 1;
    for (;;) {
        if (!write(out, error))
            return false;
        out.clear();
        if (!blocks.next(block, error))
            return false;
        if (block.empty())
            break;
        const std::size_t split = threads && block.size() >= kParallelMinBytes ? splitPoint(block) : block.size();
        const std::string_view first = block.substr(0, split), second = block.substr(split);
        const std::size_t firstLine = blocks.line();
        out.reserve(std::size_t(double(first.size()) * kOutputPerInput) + 4096);
        bool ok1 = true, ok2 = true;
        if (!second.empty()) {
            out2.clear();
            std::thread worker([&] {
                out2.reserve(std::size_t(double(second.size()) * kOutputPerInput) + 4096);
                ok2 = runRecords(p2, second, firstLine + linesIn(first), out2, error2);
            });
            ok1 = runRecords(p1, first, firstLine, out, error1);
            worker.join();
        } else {
            ok1 = runRecords(p1, first, firstLine, out, error1);
        }
        if (!ok1 || !ok2) {
            error = !ok1 ? error1 : error2;
            // the rows before the error are written
            if (!ok1)
                write(out, error1);
            else if (write(out, error2))
                write(out2, error2);
            counts.rows = p1.rows() + p2.rows();
            counts.failed = p1.failed() + p2.failed();
            return false;
        }
        out += out2;
        out2.clear();
        blocks.consume(block.size());
    }
    counts.rows = p1.rows() + p2.rows();
    counts.failed = p1.failed() + p2.failed();
    return true;
}

bool predictCsv(const engine::CatalogSnapshot &snapshot, std::string_view data, PredictOutput &result,
                std::string &error, bool useThreads, std::size_t blockBytes)
{
    result = {};
    std::size_t at = 0;
    const PredictRead read = [&](char *buffer, std::size_t size, std::string &) -> std::int64_t {
        const std::size_t n = std::min(size, data.size() - at);
        std::copy_n(data.data() + at, n, buffer);
        at += n;
        return std::int64_t(n);
    };
    std::string text;
    const PredictWrite write = [&](std::string_view bytes, std::string &) {
        text.append(bytes);
        return true;
    };
    PredictOutput counts;
    const bool ok = predictStream(snapshot, read, write, counts, error, useThreads, blockBytes);
    result.text = std::move(text);
    result.rows = counts.rows;
    result.failed = counts.failed;
    return ok;
}

namespace {

/** Whether @p path names this process's standard input (/dev/stdin, /proc/self/fd/0, ...). */
bool isStandardInput(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat named, input;
    return ::stat(QFile::encodeName(path).constData(), &named) == 0 && ::fstat(STDIN_FILENO, &input) == 0
        && named.st_dev == input.st_dev && named.st_ino == input.st_ino;
#else
    Q_UNUSED(path);
    return false;
#endif
}

} // namespace

int runPredictCommand(CliContext &ctx, const QStringList &args)
{
    QString inPath, outPath;
    if (const std::optional<int> exit
        = parseValueOptions(ctx, args, "predict", { { "--in", &inPath }, { "--out", &outPath } }, &printPredictUsage))
        return *exit;
    if (inPath.isEmpty()) {
        ctx.err << "tco-cli predict: --in CASES.csv is required\n\n";
        printPredictUsage(ctx.err);
        return kExitUsage;
    }

    // Standard input ("-", or a path to it such as /dev/stdin), else a regular file: opening a
    // FIFO nobody writes to would wait forever, a device such as /dev/zero never ends.
    QFile in;
    const bool fromStdin = inPath == "-"_L1 || isStandardInput(inPath);
    if (fromStdin) {
        if (!in.open(STDIN_FILENO, QIODevice::ReadOnly)) {
            ctx.err << "tco-cli predict: cannot read standard input: " << in.errorString() << '\n';
            return kExitFailure;
        }
    } else {
        const QFileInfo info(inPath);
        if (info.exists() && !info.isFile()) {
            ctx.err << "tco-cli predict: " << inPath << " is not a regular file ("
                    << (info.isDir() ? "a folder" : "a FIFO, socket or device")
                    << "): give a file, or --in - to read standard input\n";
            return kExitFailure;
        }
        in.setFileName(inPath);
        if (!in.open(QIODevice::ReadOnly)) {
            ctx.err << "tco-cli predict: cannot read " << inPath << ": " << in.errorString() << '\n';
            return kExitFailure;
        }
    }
    const QString inName = fromStdin ? u"standard input"_s : inPath;

    engine::CatalogSnapshot snapshot;
    try {
        const auto catalog = ctx.openCatalog();
        snapshot = db::loadSnapshot(catalog->database());
    } catch (const db::CatalogError &e) {
        ctx.err << "tco-cli: " << e.message() << '\n';
        return kExitFailure;
    }

    const bool toStdout = outPath.isEmpty() || outPath == "-"_L1;
    if (!toStdout) { // only over a regular file that is neither the input nor the catalog
        const QList<report::ProtectedFile> inputs
            = fromStdin ? ctx.protectedFiles() : ctx.protectedFiles({ { inPath, u"the --in file"_s } });
        if (const QString problem = report::outputPathProblem(outPath, inputs); !problem.isEmpty()) {
            ctx.err << "tco-cli predict: " << problem << '\n';
            return kExitFailure;
        }
    }
    QSaveFile file(toStdout ? QString() : outPath);
    // unbuffered: every write returns what reached the file (a full disk, a size limit)
    if (!toStdout && !file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        ctx.err << "tco-cli predict: cannot write " << outPath << ": " << file.errorString() << '\n';
        return kExitFailure;
    }
    bool writeFailed = false;
    const PredictRead read = [&in](char *buffer, std::size_t size, std::string &error) -> std::int64_t {
        const qint64 n = in.read(buffer, qint64(size));
        if (n < 0)
            error = "cannot read: " + in.errorString().toStdString();
        return n;
    };
    const PredictWrite write = [&](std::string_view bytes, std::string &error) {
        if (toStdout) {
            // The bytes as they are to the device behind the stream (stdout): no UTF-16 copy.
            ctx.out.flush();
            if (QIODevice *device = ctx.out.device(); device && device->isWritable()) {
                writeFailed = device->write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size());
                // stdout is buffered: a full disk shows at the flush
                if (auto *stdoutFile = qobject_cast<QFileDevice *>(device); stdoutFile && !writeFailed)
                    writeFailed = !stdoutFile->flush();
            } else
                ctx.out << QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
            writeFailed = writeFailed || ctx.out.status() != QTextStream::Ok;
        } else {
            // after a short write the next one fails with the system's reason (ENOSPC, EFBIG)
            for (qint64 done = 0; done < qint64(bytes.size()) && !writeFailed;) {
                const qint64 n = file.write(bytes.data() + done, qint64(bytes.size()) - done);
                writeFailed = n <= 0;
                done += std::max<qint64>(n, 0);
            }
        }
        if (writeFailed)
            error = "cannot write " + (toStdout ? std::string("standard output") : outPath.toStdString())
                + (toStdout ? std::string() : ": " + file.errorString().toStdString());
        return !writeFailed;
    };
    PredictOutput result;
    std::string error;
    if (!predictStream(snapshot, read, write, result, error)) {
        if (!toStdout)
            file.cancelWriting();
        ctx.err << "tco-cli predict: " << (writeFailed ? QString() : inName + u": "_s) << QString::fromStdString(error)
                << '\n';
        return kExitFailure;
    }
    if (!toStdout && !file.commit()) {
        ctx.err << "tco-cli predict: cannot write " << outPath << ": " << file.errorString() << '\n';
        return kExitFailure;
    }
    ctx.err << "tco-cli predict: " << result.rows << " rows, " << result.failed << " with an error"
            << (toStdout ? QString() : u" -> "_s + outPath) << '\n';
    return kExitOk;
}

} // namespace tco::cli
