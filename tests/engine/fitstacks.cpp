// SPDX-License-Identifier: MIT
// tco_fit_stacks: reproducible fit of the serving-stack efficiency factors (docs/calibration.md).
//
//   tco_fit_stacks --seed db/seed --measured tests/data/measured_calibration.csv
//                  [--write-stacks db/seed/serving_stacks.csv] [--markdown docs/calibration-tables.md]
//
// Priors: engine::stackPriors(). Catalog: the seed CSVs. Prints the fitted values, the per-row
// residuals before/after and MdAPE per metric as Markdown.
#include "calibration.h"
#include "seedcatalog.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>

using namespace tco::engine;

namespace {

std::string rowsText(const std::vector<MeasuredRow> &rows, const std::vector<CalibrationCase> &cases,
                     const std::string &stack)
{
    std::vector<std::size_t> lines;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (cases[i].error.empty() && cases[i].stack_id == stack)
            lines.push_back(rows[i].line);
    if (lines.empty())
        return {};
    std::string out;
    std::size_t i = 0;
    while (i < lines.size()) {
        std::size_t j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1)
            ++j;
        if (!out.empty())
            out += ",";
        out += i == j ? fmt::format("{}", lines[i]) : fmt::format("{}-{}", lines[i], lines[j]);
        i = j + 1;
    }
    return out;
}

std::string report(const CalibrationReport &rep, const std::vector<MeasuredRow> &rows)
{
    std::string out;
    out += "| line | stack | gpu x n | model | precision | batch | I/O | metric | measured | predicted | error |\n";
    out += "|---:|---|---|---|---|---|---|---|---:|---:|---:|\n";
    for (std::size_t i = 0; i < rep.rows.size(); ++i) {
        const auto &r = rep.rows[i];
        const auto &m = rows[i];
        const std::string io = fmt::format("{}/{}", m.input_len ? std::to_string(*m.input_len) : "-",
                                           m.output_len ? std::to_string(*m.output_len) : "-");
        out += fmt::format("| {} | {} | {} x{} | {} | {} | {} | {} | {} | {:.4g} | {} | {} |\n", r.line,
                           r.stack_id, m.gpu, m.gpu_count, m.model, m.precision, m.batch_or_concurrency,
                           io, metricName(r.metric), r.measured,
                           r.error.empty() ? fmt::format("{:.4g}", r.predicted) : "-",
                           r.error.empty() ? fmt::format("{:+.1f}%", r.error_pct) : r.error);
    }
    out += "\n| metric | rows | MdAPE | within ±25% | p80 APE |\n|---|---:|---:|---:|---:|\n";
    for (const auto &s : rep.metrics)
        out += fmt::format("| {} | {} | {:.1f}% | {:.0f}% | {:.1f}% |\n", metricName(s.metric), s.rows,
                           s.mdape_pct, 100.0 * s.within_25pct_share, s.p80_ape_pct);
    out += fmt::format("| all | {} | {:.1f}% | {:.0f}% | {:.1f}% |\n", rep.evaluated, rep.mdape_pct,
                       100.0 * rep.within_25pct_share, rep.p80_ape_pct);
    return out;
}

std::string interpretations(const CalibrationReport &rep)
{
    std::string out = "| line | read as |\n|---:|---|\n";
    for (const auto &r : rep.rows)
        out += fmt::format("| {} | {} |\n", r.line, r.interpretation);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    std::map<std::string, std::string> args;
    for (int i = 1; i + 1 < argc; i += 2)
        args[argv[i]] = argv[i + 1];
    if (!args.count("--seed") || !args.count("--measured")) {
        std::fprintf(stderr, "usage: tco_fit_stacks --seed DIR --measured FILE [--write-stacks FILE] "
                             "[--markdown FILE] [--holdout FILE] [--prior-weight W]\n");
        return 2;
    }
    CatalogSnapshot cat;
    std::string err;
    if (!testsupport::loadSeedCatalog(args["--seed"], cat, err)) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    const std::string text = testsupport::readFile(args["--measured"], &err);
    std::vector<MeasuredRow> rows;
    if (!err.empty() || !readMeasuredCsv(text, rows, err)) {
        std::fprintf(stderr, "%s: %s\n", args["--measured"].c_str(), err.c_str());
        return 1;
    }
    cat.stacks = stackPriors();
    cat.reindex();
    const CalibrationReport before = calibrate(rows, cat);

    FitOptions opt;
    if (args.count("--prior-weight"))
        opt.prior_weight = std::stod(args["--prior-weight"]);
    const std::vector<StackFit> fits = fitStacks(rows, cat, opt);
    std::vector<CalibrationCase> cases;
    for (const auto &r : rows)
        cases.push_back(interpretRow(r, cat));

    std::vector<ServingStackSpec> fitted;
    std::vector<std::string> notes;
    std::string sensitivity_md = "\n### Row sensitivity per parameter (sum of |d log prediction / d log p| at the prior)\n\n"
                                 "| stack | rows | sensitivities |\n|---|---:|---|\n";
    std::string md = "### Fitted serving-stack profiles\n\n"
                     "| stack | rows | bw_eff | prefill_mfu | decode_mfu | step ms | layer us | request ms | "
                     "moved from prior | loss before | loss after |\n"
                     "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n";
    for (const StackFit &f : fits) {
        ServingStackSpec s = f.stack;
        const std::string lines = rowsText(rows, cases, s.id);
        s.provenance.source = lines.empty()
            ? fmt::format("prior only (no calibration rows); prior from {}", f.prior.provenance.source)
            : fmt::format("fitted to docs/calibration.md section 5 (tests/data/measured_calibration.csv "
                          "line{} {}); prior from {}", lines.find_first_of(",-") == std::string::npos ? "" : "s",
                          lines, f.prior.provenance.source);
        s.provenance.as_of = "2025-06";
        std::string moved;
        for (const auto &p : f.fitted_params)
            moved += (moved.empty() ? "" : ", ") + p;
        std::string sens;
        for (const auto &[n, v] : f.sensitivities)
            sens += fmt::format("{}{} {:.2f}", sens.empty() ? "" : ", ", n, v);
        sensitivity_md += fmt::format("| {} | {} | {} |\n", s.id, f.rows, sens.empty() ? "-" : sens);
        notes.push_back(lines.empty() ? "usable_vram_fraction, runtime_overhead_gib, max_batch_per_replica: priors"
                                      : fmt::format("fitted: {}; other fields: priors",
                                                    moved.empty() ? "none" : moved));
        md += fmt::format("| {} | {} | {:.3f} | {:.3f} | {:.3f} | {:.2f} | {:.1f} | {:.2f} | {} | {:.3f} | {:.3f} |\n",
                          s.id, f.rows, s.bw_efficiency, s.prefill_mfu, s.decode_mfu, s.step_overhead_ms,
                          s.layer_overhead_us, s.request_overhead_ms, moved.empty() ? "-" : moved,
                          f.loss_before, f.loss_after);
        fitted.push_back(std::move(s));
    }
    md += sensitivity_md;
    cat.stacks = fitted;
    cat.reindex();
    const CalibrationReport after = calibrate(rows, cat);
    md += "\n### Residuals with the fitted profiles\n\n" + report(after, rows);
    md += "\n### Residuals with the priors (before fitting)\n\n" + report(before, rows);
    md += "\n### How each row was read\n\n" + interpretations(after);
    if (args.count("--holdout")) {
        const std::string htext = testsupport::readFile(args["--holdout"], &err);
        std::vector<MeasuredRow> hrows;
        if (!err.empty() || !readMeasuredCsv(htext, hrows, err)) {
            std::fprintf(stderr, "%s: %s\n", args["--holdout"].c_str(), err.c_str());
            return 1;
        }
        const CalibrationReport hold = calibrate(hrows, cat);
        md += "\n### Hold-out: published measurements not used by the fit\n\n" + report(hold, hrows);
        md += "\n### How each hold-out row was read\n\n" + interpretations(hold);
    }
    std::fputs(md.c_str(), stdout);

    if (args.count("--write-stacks")) {
        std::ofstream o(args["--write-stacks"], std::ios::binary);
        o << testsupport::writeServingStacksCsv(fitted, notes);
        if (!o) {
            std::fprintf(stderr, "cannot write %s\n", args["--write-stacks"].c_str());
            return 1;
        }
    }
    if (args.count("--markdown")) {
        std::ofstream o(args["--markdown"], std::ios::binary);
        o << md;
    }
    return 0;
}
