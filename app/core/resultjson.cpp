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

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

/**
 * The hosted API alternatives: prices and `currency` as the catalog lists them; `monthly_cost`,
 * `cost_per_million_output` and the break-even volumes (output tokens per month) in the result's
 * currency. `break_even_tokens_per_month` maps each tier's name to a volume or null.
 */
QJsonArray apiToJson(const engine::Result &result)
{
    QJsonArray list;
    for (const engine::ApiAlternative &a : result.api) {
        const engine::ApiPrice &p = a.price;
        QJsonObject breakEven;
        for (std::size_t t = 0; t < result.tiers.size() && t < a.break_even_tokens_per_month.size(); ++t)
            breakEven.insert(str(result.tiers[t].name), optional(a.break_even_tokens_per_month[t]));
        QJsonObject o { { u"provider"_s, str(p.provider) },
                        { u"model"_s, str(p.api_model) },
                        { u"model_id"_s, str(p.model_id) },
                        { u"input_cache_hit_per_million"_s, optional(p.input_cache_hit_per_million) },
                        { u"input_cache_miss_per_million"_s, p.input_cache_miss_per_million },
                        { u"output_per_million"_s, p.output_per_million },
                        { u"offpeak_input_cache_hit_per_million"_s, optional(p.offpeak_input_cache_hit_per_million) },
                        { u"offpeak_input_cache_miss_per_million"_s, optional(p.offpeak_input_cache_miss_per_million) },
                        { u"offpeak_output_per_million"_s, optional(p.offpeak_output_per_million) },
                        { u"offpeak_start_utc_h"_s, optional(p.offpeak_start_utc_h) },
                        { u"offpeak_end_utc_h"_s, optional(p.offpeak_end_utc_h) },
                        { u"currency"_s, str(p.currency) },
                        { u"source"_s, str(p.provenance.source) },
                        { u"as_of"_s, str(p.provenance.as_of) },
                        { u"monthly_cost"_s, a.monthly_cost },
                        { u"cost_per_million_output"_s, a.cost_per_million_output },
                        { u"input_tokens_per_month"_s, a.input_tokens_per_month },
                        { u"output_tokens_per_month"_s, a.output_tokens_per_month },
                        { u"offpeak_share"_s, a.offpeak_share },
                        { u"break_even_tokens_per_month"_s, breakEven } };
        list.append(o);
    }
    return list;
}
} // namespace

QJsonObject resultToJson(const engine::Result &result)
{
    QJsonObject root;
    root.insert(u"currency"_s, str(result.currency));
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
    root.insert(u"api"_s, apiToJson(result));
    QJsonArray issues;
    for (const std::string &i : result.issues)
        issues.append(str(i));
    root.insert(u"issues"_s, issues);
    return root;
}

} // namespace tco::app
