// SPDX-License-Identifier: MIT
#include "core/resultjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tco::app {

namespace {
QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

const char *severityId(engine::TierIssue::Severity s)
{
    switch (s) {
    case engine::TierIssue::Severity::Info: return "info";
    case engine::TierIssue::Severity::Warning: return "warning";
    case engine::TierIssue::Severity::Error: return "error";
    }
    return "warning";
}
} // namespace

QJsonObject resultToJson(const engine::Result &result)
{
    QJsonObject root;
    root.insert(u"currency"_s, str(result.currency));
    root.insert(u"market"_s, result.market.empty() ? QJsonValue() : QJsonValue(str(result.market))); // null: none
    root.insert(u"horizon_months"_s, result.horizon_months);
    QJsonArray tiers;
    for (const engine::TierResult &t : result.tiers) {
        QJsonObject o;
        o.insert(u"name"_s, str(t.name));
        o.insert(u"kind"_s, t.kind == engine::TierKind::Cloud ? u"cloud"_s : u"on_premises"_s);
        o.insert(u"ok"_s, t.ok);
        QJsonArray issues;
        for (const engine::TierIssue &i : t.issues)
            issues.append(QJsonObject{{u"severity"_s, QString::fromLatin1(severityId(i.severity))},
                                      {u"field"_s, str(i.field)},
                                      {u"message"_s, str(i.message)}});
        o.insert(u"issues"_s, issues);
        const std::pair<const char *, double> figures[] = {
            {"hardware_cost", t.hardware_cost},
            {"output_tok_s", t.output_tok_s},
            {"ttft_ms", t.ttft_ms},
            {"tpot_ms", t.tpot_ms},
            {"tco_total", t.tco_total},
            {"tco_present_value", t.tco_present_value},
            {"cost_per_million_tokens", t.cost_per_million_tokens},
            {"cost_per_request", t.cost_per_request},
            {"tokens_per_s_per_watt", t.tokens_per_s_per_watt},
            {"flops_per_currency", t.flops_per_currency},
            {"elasticity", t.elasticity},
            {"cost_performance_index", t.cost_performance_index},
            {"power_w", t.power_w},
            {"served_share", t.served_share},
            {"capacity_output_tok_s", t.capacity_output_tok_s},
            {"capacity_paid_tok_s", t.capacity_output_tok_s},
            {"refresh_reserve", t.refresh_reserve},
            {"peak_tflops", t.peak_tflops},
        };
        for (const auto &[key, value] : figures)
            o.insert(QLatin1StringView(key), value);
        o.insert(u"gpus"_s, t.gpus);
        o.insert(u"max_batch"_s, t.perf.max_batch);
        o.insert(u"batch"_s, t.perf.batch);
        o.insert(u"bound"_s, QString::fromLatin1(engine::boundName(t.perf.bound).data(),
                                                  qsizetype(engine::boundName(t.perf.bound).size())));
        QJsonArray monthly;
        for (double v : t.monthly)
            monthly.append(v);
        o.insert(u"monthly"_s, monthly);
        QJsonObject breakdown;
        for (int c = 0; c < engine::kCostCategoryCount; ++c)
            breakdown.insert(QLatin1StringView(engine::costCategoryId(engine::CostCategory(c))), t.breakdown[std::size_t(c)]);
        o.insert(u"breakdown"_s, breakdown);
        tiers.append(o);
    }
    root.insert(u"tiers"_s, tiers);
    QJsonArray breakEven;
    for (const engine::BreakEven &b : result.break_even)
        breakEven.append(QJsonObject{{u"tier_a"_s, str(result.tiers[std::size_t(b.tier_a)].name)},
                                     {u"tier_b"_s, str(result.tiers[std::size_t(b.tier_b)].name)},
                                     {u"month"_s, b.month},
                                     {u"cumulative_cost"_s, b.cumulative_cost}});
    root.insert(u"break_even"_s, breakEven);
    QJsonArray advice;
    for (const engine::Advice &a : result.advice)
        advice.append(QJsonObject{{u"id"_s, str(a.id)},
                                  {u"tier"_s, a.tier >= 0 && a.tier < int(result.tiers.size())
                                                  ? QJsonValue(str(result.tiers[std::size_t(a.tier)].name))
                                                  : QJsonValue()},
                                  {u"title"_s, str(a.title)},
                                  {u"detail"_s, str(a.detail)},
                                  {u"saving"_s, a.saving},
                                  {u"apply_field"_s, str(a.apply_field)},
                                  {u"apply_value"_s, str(a.apply_value)}});
    root.insert(u"advice"_s, advice);
    QJsonArray issues;
    for (const std::string &i : result.issues)
        issues.append(str(i));
    root.insert(u"issues"_s, issues);
    return root;
}

} // namespace tco::app
