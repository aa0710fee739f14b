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

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fmt/compile.h>
#include <fmt/format.h>
#include <thread>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

void printPredictUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] predict --in CASES.csv [--out PREDICTIONS.csv|-]\n\n"
         "Predicts memory fit, latency and throughput for every row of a CSV file (RFC 4180, UTF-8).\n"
         "Columns by header name, in any order:\n"
         "  required  gpu, gpu_count, model, precision, batch, input_len, output_len\n"
         "  optional  framework, tp, pp, interconnect\n"
         "batch is a number of concurrent sequences or \"max\" (the largest batch that fits). The\n"
         "columns of measured_calibration.csv are accepted as they are: batch_or_concurrency instead\n"
         "of batch (N, max, offline, server, qps=R, N/gpu) and notes (TP4, EP32, FP8 KV, GGUF types,\n"
         "prefill-only, ...), read exactly as `tco-cli calibrate` reads them. GPU, model, precision\n"
         "and framework names resolve through the catalog's aliases (case and punctuation do not\n"
         "matter). TTFT includes the API server's time only when the row says so (online serving,\n"
         "Triton, qps=R), as in calibration.\n\n"
         "The output repeats the input columns and adds fits, weights_gib_per_gpu,\n"
         "kv_bytes_per_token, max_batch, ttft_ms, tpot_ms, tok_s_per_user, output_tok_s,\n"
         "total_tok_s, prefill_tok_s, bound, error. A row that cannot be evaluated (or does not\n"
         "fit) keeps its place with error filled. Numbers use a dot and no grouping, rounded to 3\n"
         "decimals (GiB, ms, tok/s per user) or 2 (throughputs). Without --out, or with --out -, the\n"
         "CSV goes to stdout; a file is written atomically, and only over a regular file that is\n"
         "neither the input nor the catalog.\n\n"
         "Exit codes: 0 every row was read (some may carry an error), 1 the input cannot be read or\n"
         "lacks a required column, or the output cannot be written; 2 the command line is wrong.\n";
}

/** The columns predict adds, in order. */
constexpr std::array kAddedColumns
    = { "fits",           "weights_gib_per_gpu", "kv_bytes_per_token", "max_batch",     "ttft_ms", "tpot_ms",
        "tok_s_per_user", "output_tok_s",        "total_tok_s",        "prefill_tok_s", "bound",   "error" };


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
    int framework = -1, tp = -1, pp = -1, interconnect = -1, notes = -1;
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
    double scale = 1.0; ///< throughput multiplier (EP notes: reported per fewer GPUs)
    std::vector<engine::PerfContext> contexts;
    std::vector<int> contextTp;
};

class Predictor
{
public:
    Predictor(const engine::CatalogSnapshot &catalog, const Columns &columns)
        : m_catalog(catalog)
        , m_columns(columns)
    { }

    /** Reads @p data (records only, no header) and appends one output record per input record. */
    bool run(std::string_view data, std::size_t firstLine, std::string &out, std::string &error)
    {
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

    const Deployment &deployment(const engine::csv::Record &rec, bool batchIsInt)
    {
        // The key: every cell the deployment depends on, raw, separated by a unit separator.
        m_key.clear();
        for (int col : { m_columns.gpu, m_columns.gpu_count, m_columns.model, m_columns.precision, m_columns.framework,
                         m_columns.tp, m_columns.pp, m_columns.interconnect, m_columns.notes }) {
            m_key.append(field(rec, col));
            m_key.push_back('\x1f');
        }
        if (batchIsInt)
            m_key.push_back('#');
        else
            m_key.append(field(rec, m_columns.batch));
        m_key.push_back('\x1f');
        m_key.push_back(field(rec, m_columns.input_len).empty() ? 'e' : 'v');
        m_key.push_back(field(rec, m_columns.output_len).empty() ? 'e' : 'v');
        if (const auto it = m_deployments.find(m_key); it != m_deployments.end())
            return it->second;
        return m_deployments.emplace(m_key, makeDeployment(rec, batchIsInt)).first->second;
    }

    Deployment makeDeployment(const engine::csv::Record &rec, bool batchIsInt) const
    {
        Deployment d;
        const std::string_view gpuCount = field(rec, m_columns.gpu_count);
        const auto count = engine::csv::parseInt(gpuCount);
        if (!count || *count < 1) {
            d.error = fmt::format("gpu_count '{}' is not a positive integer", gpuCount);
            return d;
        }
        std::optional<int> tp, pp;
        if (const std::string_view s = field(rec, m_columns.tp); !s.empty()) {
            tp = engine::csv::parseInt(s);
            if (!tp || *tp < 1) {
                d.error = fmt::format("tp '{}' is not a positive integer", s);
                return d;
            }
        }
        if (const std::string_view s = field(rec, m_columns.pp); !s.empty()) {
            pp = engine::csv::parseInt(s);
            if (!pp || *pp < 1) {
                d.error = fmt::format("pp '{}' is not a positive integer", s);
                return d;
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
        m.batch_or_concurrency = batchIsInt ? std::string("1") : std::string(field(rec, m_columns.batch));
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
        d.batchFromRow = batchIsInt;
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
            const int perPipeline = q.gpu_count / q.pp;
            for (int t = 1; t <= perPipeline; ++t) {
                if (perPipeline % t != 0 || q.gpu_count % (t * q.pp) != 0)
                    continue;
                if (q.ep > 1 && q.ep % t != 0)
                    continue;
                tps.push_back(t);
            }
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
            out.append(",,,,,,,,,,,"); // fits .. bound empty
            finishRow(out, message);
        };
        if (rec.fields.size() > m_columns.count) {
            m_message = fmt::format("the row has {} fields, the header {}", rec.fields.size(), m_columns.count);
            fail(m_message);
            return;
        }
        const std::string_view batchCell = field(rec, m_columns.batch);
        const std::optional<int> batch = engine::csv::parseInt(batchCell);
        const Deployment &d = deployment(rec, batch.has_value());
        if (!d.error.empty()) {
            fail(d.error);
            return;
        }
        engine::PerfQuery q = d.query;
        if (d.batchFromRow)
            q.batch = *batch;
        const auto length = [&](int column, const char *name, bool fromRow, int &target) {
            if (!fromRow)
                return true;
            const std::string_view s = field(rec, column);
            const auto v = engine::csv::parseInt(s);
            if (!v) {
                m_message = fmt::format("{} '{}' is not an integer", name, s);
                return false;
            }
            target = *v;
            return true;
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
            out.append(",,,,,,,"); // ttft_ms .. bound empty
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
        finishRow(out, {});
    }

    const engine::CatalogSnapshot &m_catalog;
    const Columns &m_columns;
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

} // namespace

bool predictCsv(const engine::CatalogSnapshot &snapshot, std::string_view data, PredictOutput &result,
                std::string &error, bool useThreads)
{
    result = {};
    // Header
    engine::csv::Reader headerReader(data);
    engine::csv::Record header;
    if (!headerReader.next(header)) {
        error = headerReader.error() ? fmt::format("line {}: {}", headerReader.error()->line, headerReader.error()->message)
                                     : std::string("empty file (no header)");
        return false;
    }
    Columns columns;
    if (const std::string missing = mapColumns(header.fields, columns); !missing.empty()) {
        error = fmt::format("missing required column '{}'", missing);
        return false;
    }
    const std::size_t bodyStart = headerReader.position();
    const std::string_view body = data.substr(bodyStart);

    /// Output bytes per input byte, for reserving: the echo plus about 80 bytes of results per row.
    constexpr double kOutputPerInput = 2.2;
    std::string &out = result.text;
    {
        std::vector<std::string> head;
        head.reserve(header.fields.size() + kAddedColumns.size());
        for (const std::string &h : header.fields)
            head.push_back(engine::csv::neutralizeFormula(h));
        for (const char *name : kAddedColumns)
            head.emplace_back(name);
        engine::csv::appendRecord(out, head);
    }

    // Two halves on two threads when the file is large; each has its own cache of contexts.
    const std::size_t split = useThreads && body.size() >= kParallelMinBytes && std::thread::hardware_concurrency() > 1
                                  ? splitPoint(body)
                                  : body.size();
    const std::string_view first = body.substr(0, split), second = body.substr(split);
    const auto linesIn = [](std::string_view s) {
        return std::size_t(std::count(s.begin(), s.end(), '\n'));
    };
    const std::size_t firstLine = header.line + linesIn(data.substr(0, bodyStart));
    out.reserve(out.size() + std::size_t(double(first.size()) * kOutputPerInput) + 4096);
    Predictor p1(snapshot, columns), p2(snapshot, columns);
    std::string out2, error1, error2;
    bool ok1 = true, ok2 = true;
    if (!second.empty()) {
        std::thread worker([&] {
            out2.reserve(std::size_t(double(second.size()) * kOutputPerInput) + 4096);
            ok2 = p2.run(second, firstLine + linesIn(first), out2, error2);
        });
        ok1 = p1.run(first, firstLine, out, error1);
        worker.join();
    } else {
        ok1 = p1.run(first, firstLine, out, error1);
    }
    if (!ok1 || !ok2) {
        error = !ok1 ? error1 : error2;
        return false;
    }
    out += out2;
    result.rows = p1.rows() + p2.rows();
    result.failed = p1.failed() + p2.failed();
    return true;
}

int runPredictCommand(CliContext &ctx, const QStringList &args)
{
    QString inPath, outPath;
    if (const std::optional<int> exit = parseValueOptions(ctx, args, "predict", {{"--in", &inPath}, {"--out", &outPath}}, &printPredictUsage))
        return *exit;
    if (inPath.isEmpty()) {
        ctx.err << "tco-cli predict: --in CASES.csv is required\n\n";
        printPredictUsage(ctx.err);
        return kExitUsage;
    }

    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        ctx.err << "tco-cli predict: cannot read " << inPath << ": " << in.errorString() << '\n';
        return kExitFailure;
    }
    const QByteArray bytes = in.readAll();
    in.close();
    const std::string_view data(bytes.constData(), std::size_t(bytes.size()));

    engine::CatalogSnapshot snapshot;
    try {
        const auto catalog = ctx.openCatalog();
        snapshot = db::loadSnapshot(catalog->database());
    } catch (const db::CatalogError &e) {
        ctx.err << "tco-cli: " << e.message() << '\n';
        return kExitFailure;
    }

    PredictOutput result;
    std::string error;
    if (!predictCsv(snapshot, data, result, error)) {
        ctx.err << "tco-cli predict: " << inPath << ": " << QString::fromStdString(error) << '\n';
        return kExitFailure;
    }
    if (outPath.isEmpty() || outPath == "-"_L1) {
        ctx.out << QString::fromUtf8(result.text.data(), qsizetype(result.text.size()));
    } else {
        if (!ctx.writeOutput("predict", outPath,
                             QByteArray::fromRawData(result.text.data(), qsizetype(result.text.size())),
                             { { inPath, u"the --in file"_s } }))
            return kExitFailure;
    }
    ctx.err << "tco-cli predict: " << result.rows << " rows, " << result.failed << " with an error"
            << (outPath.isEmpty() || outPath == "-"_L1 ? QString() : u" -> "_s + outPath) << '\n';
    return kExitOk;
}

} // namespace tco::cli
