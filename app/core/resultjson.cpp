// SPDX-License-Identifier: MIT
#include "core/resultjson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

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

bool finite(double v)
{
    return std::isfinite(v);
}

/**
 * Whether every figure resultToJson writes of @p t is a finite number. The engine guarantees it
 * (an overflow is an issue); this keeps an infinity from ever reaching the file as null.
 */
bool figuresFinite(const engine::TierResult &t)
{
    const double scalars[] = { t.hardware_cost,
                               t.output_tok_s,
                               t.ttft_ms,
                               t.tpot_ms,
                               t.tco_total,
                               t.tco_present_value,
                               t.cost_per_million_tokens,
                               t.cost_per_request,
                               t.tokens_per_s_per_watt,
                               t.flops_per_currency,
                               t.elasticity,
                               t.cost_performance_index,
                               t.power_w,
                               t.peak_power_w,
                               t.served_share,
                               t.capacity_output_tok_s,
                               t.peak_tflops,
                               t.refresh_reserve,
                               t.energy_kwh_per_month,
                               t.perf.batch };
    return std::all_of(std::begin(scalars), std::end(scalars), finite)
        && std::all_of(t.monthly.begin(), t.monthly.end(), finite)
        && std::all_of(t.breakdown.begin(), t.breakdown.end(), finite);
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
    root.insert(u"market"_s, result.market.empty() ? QJsonValue() : QJsonValue(str(result.market))); // null: none
    root.insert(u"horizon_months"_s, result.horizon_months);
    const engine::Recommendation &rec = result.recommendation;
    root.insert(u"recommended_tier"_s, rec.tier >= 0 && rec.tier < int(result.tiers.size())
                                           ? QJsonValue(str(result.tiers[std::size_t(rec.tier)].name))
                                           : QJsonValue());
    root.insert(u"recommendation_reason"_s, str(engine::render(rec.reason))); // English, like every JSON text
    QJsonArray tiers;
    for (std::size_t index = 0; index < result.tiers.size(); ++index) {
        const engine::TierResult &source = result.tiers[index];
        // A tier with a non-finite figure is written as a tier without figures, with the reason.
        const bool finiteFigures = figuresFinite(source);
        engine::TierResult withoutFigures;
        if (!finiteFigures) {
            withoutFigures.name = source.name;
            withoutFigures.kind = source.kind;
            withoutFigures.issues = source.issues;
            withoutFigures.issues.push_back({ engine::TierIssue::Severity::Error,
                                              "tiers[" + std::to_string(index) + "]",
                                              "a figure is not a finite number (an input overflows): no figures",
                                              {} });
            withoutFigures.monthly.assign(source.monthly.size(), 0.0);
        }
        const engine::TierResult &t = finiteFigures ? source : withoutFigures;
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
            {"peak_power_w", t.peak_power_w},
            {"served_share", t.served_share},
            {"capacity_output_tok_s", t.capacity_output_tok_s},
            {"capacity_paid_tok_s", t.capacity_output_tok_s},
            {"refresh_reserve", t.refresh_reserve},
            {"peak_tflops", t.peak_tflops},
        };
        for (const auto &[key, value] : figures)
            o.insert(QLatin1StringView(key), value);
        o.insert(u"energy_kwh_per_month"_s, t.energy_kwh_per_month);
        o.insert(u"nodes_needed_for_demand"_s, t.ok && t.nodes_needed_for_demand > 0 ? QJsonValue(t.nodes_needed_for_demand) : QJsonValue());
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
        if (finite(b.cumulative_cost) && b.tier_a >= 0 && b.tier_b >= 0 && std::size_t(b.tier_a) < result.tiers.size()
            && std::size_t(b.tier_b) < result.tiers.size())
            breakEven.append(QJsonObject { { u"tier_a"_s, str(result.tiers[std::size_t(b.tier_a)].name) },
                                           { u"tier_b"_s, str(result.tiers[std::size_t(b.tier_b)].name) },
                                           { u"month"_s, b.month },
                                           { u"cumulative_cost"_s, b.cumulative_cost } });
    root.insert(u"break_even"_s, breakEven);
    QJsonArray advice;
    for (const engine::Advice &a : result.advice)
        advice.append(QJsonObject { { u"id"_s, str(a.id) },
                                    { u"tier"_s,
                                      a.tier >= 0 && a.tier < int(result.tiers.size())
                                          ? QJsonValue(str(result.tiers[std::size_t(a.tier)].name))
                                          : QJsonValue() },
                                    { u"title"_s, str(a.title) },
                                    { u"detail"_s, str(a.detail) },
                                    { u"saving"_s, finite(a.saving) ? a.saving : 0.0 },
                                    { u"apply_field"_s, str(a.apply_field) },
                                    { u"apply_value"_s, str(a.apply_value) } });
    root.insert(u"advice"_s, advice);
    root.insert(u"api"_s, apiToJson(result));
    QJsonArray issues;
    for (const std::string &i : result.issues)
        issues.append(str(i));
    root.insert(u"issues"_s, issues);
    return root;
}

} // namespace tco::app
