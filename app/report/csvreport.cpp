// SPDX-License-Identifier: MIT
#include "csvreport.h"

#include "csv.h"
#include "reportfacts.h"
#include "reportio.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

using namespace Qt::StringLiterals;

namespace tco::report {

namespace {

constexpr int kMonthsPerYear = 12;

/** A plain C-locale number with @p decimals decimals; "" when not finite; never "-0.00". */
std::string number(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    std::string s = fmt::format("{:.{}f}", value, decimals);
    if (s.front() == '-' && s.find_first_not_of("-0.") == std::string::npos)
        s.erase(0, 1);
    return s;
}

std::string money(double value)
{
    return number(value, 2);
}

/** Every cell goes through neutralizeFormula: numbers pass unchanged, text starting with = + - @ does not. */
class CsvTable
{
public:
    void row(const std::vector<std::string> &cells)
    {
        std::vector<std::string> safe;
        safe.reserve(cells.size());
        for (const std::string &cell : cells)
            safe.push_back(engine::csv::neutralizeFormula(cell));
        engine::csv::appendRecord(m_text, safe);
    }
    std::string text() const { return std::string(engine::csv::kUtf8Bom) + m_text; }

private:
    std::string m_text;
};

const char *kindId(engine::TierKind kind)
{
    return kind == engine::TierKind::Cloud ? "cloud" : "on_premises";
}

const char *severityId(engine::TierIssue::Severity severity)
{
    switch (severity) {
    case engine::TierIssue::Severity::Info:
        return "info";
    case engine::TierIssue::Severity::Warning:
        return "warning";
    case engine::TierIssue::Severity::Error:
        return "error";
    }
    return "warning";
}

std::string issuesText(const engine::TierResult &t)
{
    std::string text;
    for (const engine::TierIssue &issue : t.issues) {
        if (!text.empty())
            text += "; ";
        text += fmt::format("{}: {}{}{}", severityId(issue.severity), issue.field, issue.field.empty() ? "" : ": ",
                            issue.message);
    }
    return text;
}

/** Categories with a non-zero amount in some month of @p t, in their fixed order. */
std::vector<int> categoriesInUse(const engine::TierResult &t)
{
    std::vector<int> used;
    for (int c = 0; c < engine::kCostCategoryCount; ++c) {
        const bool any = std::any_of(t.monthly_by_category.begin(), t.monthly_by_category.end(),
                                     [c](const auto &month) { return std::abs(month[std::size_t(c)]) > 0.0; });
        if (any)
            used.push_back(c);
    }
    return used;
}

bool plotted(const engine::TierResult &t)
{
    return t.ok && !t.monthly.empty();
}

} // namespace

std::string comparisonCsv(const engine::Scenario &scenario, const engine::Result &r)
{
    const std::string &cur = r.currency;
    CsvTable table;
    table.row({ "tier",
                "kind",
                "ok",
                "meets_sla",
                "recommended",
                "gpus",
                "hardware_cost_" + cur,
                "output_tok_s",
                "ttft_ms",
                "tpot_ms",
                fmt::format("tco_{}m_{}", r.horizon_months, cur),
                fmt::format("tco_present_value_{}m_{}", r.horizon_months, cur),
                fmt::format("refresh_reserve_{}m_{}", r.horizon_months, cur),
                "cost_per_million_tokens_" + cur,
                "cost_per_request_" + cur,
                "tokens_per_s_per_watt",
                "gflops_per_" + cur,
                "elasticity",
                "cost_performance_index",
                "served_share",
                "power_w",
                "issues" });
    const Recommendation rec = recommend(scenario, r);
    for (std::size_t i = 0; i < r.tiers.size(); ++i) {
        const engine::TierResult &t = r.tiers[i];
        const std::string recommended = int(i) == rec.tier ? "yes" : "no";
        if (!t.ok) {
            table.row(
                { t.name, kindId(t.kind), "no", "", recommended, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                  "",     issuesText(t) });
            continue;
        }
        table.row({ t.name,
                    kindId(t.kind),
                    "yes",
                    rec.tiers[i].meetsSla ? "yes" : "no",
                    recommended,
                    std::to_string(t.gpus),
                    money(t.hardware_cost),
                    number(t.output_tok_s, 1),
                    number(t.ttft_ms, 2),
                    number(t.tpot_ms, 2),
                    money(t.tco_total),
                    money(t.tco_present_value),
                    money(t.refresh_reserve),
                    number(t.cost_per_million_tokens, 4),
                    number(t.cost_per_request, 6),
                    number(t.tokens_per_s_per_watt, 4),
                    number(t.flops_per_currency / 1e9, 4),
                    number(t.elasticity, 4),
                    number(t.cost_performance_index, 4),
                    number(t.served_share, 4),
                    number(t.power_w, 1),
                    issuesText(t) });
    }
    return table.text();
}

std::string timelineCsv(const engine::Result &r)
{
    const std::string &cur = r.currency;
    const std::vector<std::string> names = uniqueTierNames(r);
    std::vector<std::size_t> tiers;
    std::size_t months = 0;
    for (std::size_t i = 0; i < r.tiers.size(); ++i) {
        if (plotted(r.tiers[i])) {
            tiers.push_back(i);
            months = std::max(months, r.tiers[i].monthly.size());
        }
    }
    std::vector<std::vector<int>> used;
    std::vector<std::string> header { "month" };
    for (std::size_t i : tiers) {
        header.push_back(names[i] + "/total_" + cur);
        header.push_back(names[i] + "/cumulative_" + cur);
    }
    for (std::size_t i : tiers) {
        used.push_back(categoriesInUse(r.tiers[i]));
        for (int c : used.back())
            header.push_back(fmt::format("{}/{}_{}", names[i], engine::costCategoryId(engine::CostCategory(c)), cur));
    }
    CsvTable table;
    table.row(header);
    std::vector<double> cumulative(tiers.size(), 0.0);
    for (std::size_t m = 0; m < months; ++m) {
        std::vector<std::string> row { std::to_string(m + 1) };
        for (std::size_t k = 0; k < tiers.size(); ++k) {
            const engine::TierResult &t = r.tiers[tiers[k]];
            if (m < t.monthly.size()) {
                cumulative[k] += t.monthly[m];
                row.push_back(money(t.monthly[m]));
                row.push_back(money(cumulative[k]));
            } else {
                row.insert(row.end(), { "", "" });
            }
        }
        for (std::size_t k = 0; k < tiers.size(); ++k) {
            const engine::TierResult &t = r.tiers[tiers[k]];
            for (int c : used[k])
                row.push_back(m < t.monthly_by_category.size() ? money(t.monthly_by_category[m][std::size_t(c)]) : "");
        }
        table.row(row);
    }
    return table.text();
}

std::string breakdownCsv(const engine::Result &r)
{
    const std::string &cur = r.currency;
    const std::vector<std::string> names = uniqueTierNames(r);
    std::size_t months = 0;
    for (const engine::TierResult &t : r.tiers)
        if (plotted(t))
            months = std::max(months, t.monthly_by_category.size());
    const std::size_t years = (months + kMonthsPerYear - 1) / kMonthsPerYear;

    std::vector<std::string> header { "tier", "category" };
    for (std::size_t y = 0; y < years; ++y)
        header.push_back(fmt::format("year_{}_{}", y + 1, cur));
    header.push_back("total_" + cur);
    CsvTable table;
    table.row(header);
    for (std::size_t i = 0; i < r.tiers.size(); ++i) {
        const engine::TierResult &t = r.tiers[i];
        if (!plotted(t))
            continue;
        std::vector<double> yearTotal(years, 0.0);
        for (int c : categoriesInUse(t)) {
            std::vector<std::string> row { names[i], engine::costCategoryId(engine::CostCategory(c)) };
            double total = 0.0;
            for (std::size_t y = 0; y < years; ++y) {
                double sum = 0.0;
                for (std::size_t m = y * kMonthsPerYear;
                     m < std::min(t.monthly_by_category.size(), (y + 1) * kMonthsPerYear); ++m)
                    sum += t.monthly_by_category[m][std::size_t(c)];
                yearTotal[y] += sum;
                total += sum;
                row.push_back(money(sum));
            }
            row.push_back(money(total));
            table.row(row);
        }
        std::vector<std::string> row { names[i], "total" };
        double total = 0.0;
        for (double v : yearTotal) {
            row.push_back(money(v));
            total += v;
        }
        row.push_back(money(total));
        table.row(row);
    }
    return table.text();
}

QString csvCompanionPath(const QString &path, const QString &suffix)
{
    // Keep the path as given (relative stays relative); only the file name changes. The companion
    // is a CSV file whatever the comparison's extension: "OUT.txt" -> "OUT-timeline.csv".
    const QString name = QFileInfo(path).fileName();
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString stem = dot > 0 ? path.left(path.size() - (name.size() - dot)) : path;
    return stem + suffix + u".csv"_s;
}

QStringList csvReportPaths(const QString &path)
{
    return { path, csvCompanionPath(path, u"-timeline"_s), csvCompanionPath(path, u"-breakdown"_s) };
}

bool writeCsvReport(const engine::Scenario &scenario, const engine::Result &result, const QString &path,
                    QStringList *written, QString *error, const QList<ProtectedFile> &inputs)
{
    const QStringList paths = csvReportPaths(path);
    const QList<OutputFile> files = {
        { paths[0], QByteArray::fromStdString(comparisonCsv(scenario, result)) },
        { paths[1], QByteArray::fromStdString(timelineCsv(result)) },
        { paths[2], QByteArray::fromStdString(breakdownCsv(result)) },
    };
    if (!writeFilesAtomically(files, error, inputs))
        return false;
    if (written)
        written->append(paths);
    return true;
}

} // namespace tco::report
