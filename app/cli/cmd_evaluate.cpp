// SPDX-License-Identifier: MIT
// tco-cli evaluate --scenario FILE [--format table|json|csv] [--currency CNY|USD]
#include "catalog.h"
#include "commands.h"
#include "core/resultjson.h"
#include "core/scenariofile.h"
#include "costmodel.h"
#include "csv.h"
#include "repository.h"

#include <QJsonDocument>

#include <fmt/format.h>

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

/// Longest cell of the table format, in characters (after escaping); longer text is cut.
constexpr qsizetype kMaxCellChars = 60;

void printEvaluateUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] evaluate --scenario FILE [--format table|json|csv] [--currency CNY|USD]\n\n"
         "Evaluates every tier of a scenario (*.tcoplan) against the catalog: throughput and latency at\n"
         "the SLA, hardware cost, TCO over the horizon, cost per 1M output tokens, tokens/s per watt,\n"
         "FLOPS per currency unit, elasticity and the cost-performance index; break-even months and the\n"
         "advisor's recommendations. --currency overrides the scenario's currency.\n"
         "JSON: {currency, horizon_months, recommended_tier (a name or null), recommendation_reason,\n"
         "tiers: [{name, hardware_cost, output_tok_s, ttft_ms, tpot_ms, served_share, capacity_paid_tok_s,\n"
         "nodes_needed_for_demand, energy_kwh_per_month, refresh_reserve (beside tco_total),\n"
         "tco_total, cost_per_million_tokens, tokens_per_s_per_watt, flops_per_currency,\n"
         "cost_performance_index, monthly: [...], breakdown: {...}, ...}], break_even: [...], advice: [...]}\n";
}

/** The comparison table as rows of text, shared by the table and CSV formats. */
std::vector<std::vector<std::string>> comparisonRows(const engine::Result &r)
{
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"tier", "ok", fmt::format("hardware_cost_{}", r.currency), "output_tok_s", "ttft_ms", "tpot_ms",
                    "cost_performance_index", fmt::format("tco_{}m_{}", r.horizon_months, r.currency),
                    fmt::format("cost_per_million_tokens_{}", r.currency), "tokens_per_s_per_watt",
                    fmt::format("gflops_per_{}", r.currency), "elasticity", "served_share"});
    for (const engine::TierResult &t : r.tiers) {
        if (!t.ok) {
            std::string why = t.issues.empty() ? std::string("cannot be evaluated") : t.issues.front().message;
            rows.push_back({t.name, "no", why, "", "", "", "", "", "", "", "", "", ""});
            continue;
        }
        rows.push_back({t.name, "yes", fmt::format("{:.0f}", t.hardware_cost), fmt::format("{:.1f}", t.output_tok_s),
                        fmt::format("{:.1f}", t.ttft_ms), fmt::format("{:.2f}", t.tpot_ms),
                        fmt::format("{:.3f}", t.cost_performance_index), fmt::format("{:.0f}", t.tco_total),
                        fmt::format("{:.2f}", t.cost_per_million_tokens), fmt::format("{:.3f}", t.tokens_per_s_per_watt),
                        fmt::format("{:.3f}", t.flops_per_currency / 1e9), fmt::format("{:.3f}", t.elasticity),
                        fmt::format("{:.3f}", t.served_share)});
    }
    return rows;
}

} // namespace

int runEvaluateCommand(CliContext &ctx, const QStringList &args)
{
    QString scenarioPath, format = u"table"_s, currency;
    if (const std::optional<int> exit = parseValueOptions(ctx, args, "evaluate", {{"--scenario", &scenarioPath}, {"--format", &format}, {"--currency", &currency}}, &printEvaluateUsage))
        return *exit;
    if (scenarioPath.isEmpty()) {
        ctx.err << "tco-cli evaluate: --scenario FILE is required\n\n";
        printEvaluateUsage(ctx.err);
        return kExitUsage;
    }
    if (format != "table"_L1 && format != "json"_L1 && format != "csv"_L1) {
        ctx.err << "tco-cli evaluate: unknown format \"" << format << "\" (use table, json or csv)\n";
        return kExitUsage;
    }
    if (!currency.isEmpty() && currency != "CNY"_L1 && currency != "USD"_L1) {
        ctx.err << "tco-cli evaluate: unknown currency \"" << currency << "\" (use CNY or USD)\n";
        return kExitUsage;
    }
    const app::ScenarioLoad load = app::loadScenarioFile(scenarioPath);
    for (const app::ScenarioProblem &p : load.problems)
        ctx.err << scenarioPath << ": " << p.toString() << '\n';
    if (!load.ok())
        return kExitFailure;
    engine::Scenario scenario = *load.scenario;
    if (!currency.isEmpty())
        scenario.financials.currency = currency.toStdString();

    engine::Result result;
    try {
        const auto catalog = ctx.openCatalog();
        result = engine::evaluate(scenario, db::loadSnapshot(catalog->database()));
    } catch (const db::CatalogError &e) {
        ctx.err << "tco-cli: " << e.message() << '\n';
        return kExitFailure;
    }

    if (format == "json"_L1) {
        ctx.out << escapeControls(
            QString::fromUtf8(QJsonDocument(app::resultToJson(result)).toJson(QJsonDocument::Indented)),
            EscapeStyle::Json);
    } else if (format == "csv"_L1) {
        std::string out;
        for (const auto &row : comparisonRows(result)) {
            std::vector<std::string> safe;
            for (const std::string &cell : row)
                safe.push_back(engine::csv::neutralizeFormula(cell));
            engine::csv::appendRecord(out, safe);
        }
        ctx.out << QString::fromStdString(out);
    } else {
        // Text for a terminal: every cell (tier names, messages) through escapeControls(), so that
        // no name can move the cursor, overwrite a row or reorder the line.
        const auto text = [](const std::string &s) {
            return escapeControls(QString::fromStdString(s));
        };
        QList<QStringList> rows;
        for (const auto &row : comparisonRows(result)) {
            QStringList cells;
            for (const std::string &cell : row)
                cells << text(cell).left(kMaxCellChars);
            rows << cells;
        }
        QList<qsizetype> widths(rows.front().size(), 0);
        for (const QStringList &row : std::as_const(rows))
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], row[c].size());
        for (const QStringList &row : std::as_const(rows)) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c)
                line += (c ? u"  "_s : QString()) + row[c].leftJustified(widths[c]);
            ctx.out << line.trimmed() << '\n';
        }
        const engine::Recommendation &rec = result.recommendation;
        if (rec.tier >= 0)
            ctx.out << "recommended: " << text(result.tiers[std::size_t(rec.tier)].name) << " (" << text(engine::render(rec.reason))
                    << ")\n";
        else
            ctx.out << "recommended: none (" << text(engine::render(rec.reason)) << ")\n";
        for (const engine::BreakEven &b : result.break_even)
            ctx.out << "break-even: " << text(result.tiers[std::size_t(b.tier_a)].name) << " and "
                    << text(result.tiers[std::size_t(b.tier_b)].name) << " cross in month " << b.month << '\n';
        for (const engine::TierResult &t : result.tiers)
            for (const engine::TierIssue &i : t.issues)
                ctx.err << QString::fromStdString(t.name) << ": " << QString::fromStdString(i.field) << ": "
                        << QString::fromStdString(i.message) << '\n';
        for (const engine::Advice &a : result.advice) {
            ctx.out << "advice: ";
            if (a.tier >= 0 && a.tier < int(result.tiers.size()))
                ctx.out << text(result.tiers[std::size_t(a.tier)].name) << ": ";
            ctx.out << text(a.title) << " — " << text(a.detail) << '\n';
        }
    }
    // A tier that cannot be evaluated is a failure for scripts, but the other tiers were printed.
    for (const engine::TierResult &t : result.tiers)
        if (!t.ok)
            return kExitFailure;
    return kExitOk;
}

} // namespace tco::cli
