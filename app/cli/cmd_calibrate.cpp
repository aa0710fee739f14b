// SPDX-License-Identifier: MIT
// tco-cli calibrate --measured FILE.csv [--report OUT.csv]
#include "calibration.h"
#include "catalog.h"
#include "commands.h"
#include "csv.h"
#include "repository.h"

#include <QFile>

#include <cmath>
#include <fmt/format.h>

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

/** The band the share of close predictions is counted in (issue 4: within +/-25%). */
constexpr double kClosePct = 25.0;

void printCalibrateUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] calibrate --measured FILE.csv [--report OUT.csv]\n\n"
         "Compares the engine's predictions with measurements and prints, per metric, the number of\n"
         "rows compared, the median absolute percentage error (MdAPE), the share of rows within\n"
         "+/-25% and the 80th-percentile error. The file has the columns of measured_calibration.csv\n"
         "(any order; extra columns are ignored): gpu, gpu_count, model, precision,\n"
         "batch_or_concurrency, input_len, output_len, metric, value; optional framework,\n"
         "interconnect, notes, source. metric is one of tok_s_per_user, output_tok_s,\n"
         "prefill_tok_s, ttft_ms, tpot_ms. This is how to check the engine against your own\n"
         "benchmark runs (docs/calibration.md explains how rows are read).\n\n"
         "--report OUT.csv writes one row per measurement: the prediction, the error in percent and\n"
         "the residuals (predicted - measured, and ln(predicted / measured)), or why it was not\n"
         "evaluated. OUT.csv is written atomically, and only over a regular file that is neither the\n"
         "measurements nor the catalog.\n\n"
         "Exit codes: 0 compared (rows that cannot be evaluated are listed on stderr), 1 the file\n"
         "cannot be read or lacks a required column, or the report cannot be written; 2 the command\n"
         "line is wrong.\n";
}

std::string optionalInt(const std::optional<int> &v)
{
    return v ? fmt::format("{}", *v) : std::string();
}

std::string reportCsv(const std::vector<engine::MeasuredRow> &rows, const engine::CalibrationReport &report)
{
    std::string out;
    engine::csv::appendRecord(out,
                              { "line", "gpu", "gpu_count", "model", "precision", "framework", "batch_or_concurrency",
                                "input_len", "output_len", "metric", "stack", "interpretation", "measured", "predicted",
                                "error_pct", "abs_error_pct", "residual", "log_residual", "error" });
    for (std::size_t i = 0; i < report.rows.size() && i < rows.size(); ++i) {
        const engine::MeasuredRow &m = rows[i];
        const engine::CalibrationRowResult &r = report.rows[i];
        const bool ok = r.error.empty();
        std::vector<std::string> cells = {
            fmt::format("{}", r.line),
            m.gpu,
            fmt::format("{}", m.gpu_count),
            m.model,
            m.precision,
            m.framework,
            m.batch_or_concurrency,
            optionalInt(m.input_len),
            optionalInt(m.output_len),
            m.metric,
            r.stack_id,
            r.interpretation,
            fmt::format("{}", r.measured),
            ok ? fmt::format("{:.6g}", r.predicted) : std::string(),
            ok ? fmt::format("{:.2f}", r.error_pct) : std::string(),
            ok ? fmt::format("{:.2f}", std::fabs(r.error_pct)) : std::string(),
            ok ? fmt::format("{:.6g}", r.predicted - r.measured) : std::string(),
            ok ? fmt::format("{:.4f}", std::log(r.predicted / r.measured)) : std::string(),
            r.error,
        };
        for (std::string &c : cells)
            c = engine::csv::neutralizeFormula(c);
        engine::csv::appendRecord(out, cells);
    }
    return out;
}

} // namespace

int runCalibrateCommand(CliContext &ctx, const QStringList &args)
{
    QString measuredPath, reportPath;
    if (const std::optional<int> exit = parseValueOptions(ctx, args, "calibrate", {{"--measured", &measuredPath}, {"--report", &reportPath}}, &printCalibrateUsage))
        return *exit;
    if (measuredPath.isEmpty()) {
        ctx.err << "tco-cli calibrate: --measured FILE.csv is required\n\n";
        printCalibrateUsage(ctx.err);
        return kExitUsage;
    }

    QFile in(measuredPath);
    if (!in.open(QIODevice::ReadOnly)) {
        ctx.err << "tco-cli calibrate: cannot read " << measuredPath << ": " << in.errorString() << '\n';
        return kExitFailure;
    }
    const QByteArray bytes = in.readAll();
    std::vector<engine::MeasuredRow> rows;
    std::string error;
    if (!engine::readMeasuredCsv(std::string_view(bytes.constData(), std::size_t(bytes.size())), rows, error)) {
        ctx.err << "tco-cli calibrate: " << measuredPath << ": " << QString::fromStdString(error) << '\n';
        return kExitFailure;
    }

    engine::CalibrationReport report;
    try {
        const auto catalog = ctx.openCatalog();
        report = engine::calibrate(rows, db::loadSnapshot(catalog->database()));
    } catch (const db::CatalogError &e) {
        ctx.err << "tco-cli: " << e.message() << '\n';
        return kExitFailure;
    }

    std::string text
        = fmt::format("{}: {} rows, {} compared, {} not evaluated\n\n", escapeControls(measuredPath).toStdString(),
                      rows.size(), report.evaluated, report.failed);
    text += fmt::format("{:<16} {:>5} {:>8} {:>12} {:>9}\n", "metric", "rows", "MdAPE", "within_25pct", "p80_APE");
    for (const engine::MetricSummary &s : report.metrics)
        text += fmt::format("{:<16} {:>5} {:>7.1f}% {:>11.0f}% {:>8.1f}%\n", engine::metricName(s.metric), s.rows,
                            s.mdape_pct, 100.0 * s.within_25pct_share, s.p80_ape_pct);
    text += fmt::format("{:<16} {:>5} {:>7.1f}% {:>11.0f}% {:>8.1f}%\n", "all", report.evaluated, report.mdape_pct,
                        100.0 * report.within_25pct_share, report.p80_ape_pct);
    text += fmt::format("\nMdAPE: median |predicted / measured - 1|; within_25pct: share of rows within +/-{:.0f}%.\n",
                        kClosePct);
    ctx.out << QString::fromStdString(text);
    for (const engine::CalibrationRowResult &r : report.rows)
        if (!r.error.empty())
            ctx.err << measuredPath << ": line " << r.line << ": not evaluated: " << QString::fromStdString(r.error)
                    << '\n';

    if (!reportPath.isEmpty()) {
        const std::string csv = reportCsv(rows, report);
        if (!ctx.writeOutput("calibrate", reportPath, QByteArray::fromStdString(csv),
                             { { measuredPath, u"the --measured file"_s } }))
            return kExitFailure;
    }
    return kExitOk;
}

} // namespace tco::cli
