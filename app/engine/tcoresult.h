// SPDX-License-Identifier: MIT
#pragma once

#include "text.h"

/**
 * @file tcoresult.h
 * What evaluate(Scenario, CatalogSnapshot) returns: per tier its performance at the SLA, its
 * cost month by month and by category, and the derived figures of the dashboard; across tiers
 * the break-even months and the advisor's recommendations. Every money figure is in
 * Scenario::financials.currency. One result feeds every view, report and export.
 */

#include "perfmodel.h"
#include "recommendation.h"
#include "scenario.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace tco::engine {

/** Cost categories of the timeline. */
enum class CostCategory {
    Hardware,      ///< capex: GPUs, servers, parts (upfront or depreciated)
    Power,         ///< electricity, PUE included
    Colocation,    ///< data-centre space and power per kW-month
    Maintenance,   ///< support contracts, % of capex per year
    Staff,         ///< operations staff
    RefreshReserve,///< budget set aside for hardware refresh (only when Financials::refresh_reserve_in_tco)
    CloudReserved, ///< reserved / savings-plan instances (hourly part and upfront payments)
    CloudOnDemand, ///< on-demand instance hours (baseline and autoscaled bursts)
    CloudSpot,     ///< spot instance hours (and their on-demand fallback)
    Storage,       ///< object storage and the cache tier
    Egress,        ///< data transfer out
    ResidualValue, ///< negative: what the hardware is worth at the end
    Count
};
inline constexpr int kCostCategoryCount = static_cast<int>(CostCategory::Count);

/** "hardware", "power", ... (stable ids for files). */
const char *costCategoryId(CostCategory category);

/** Problems found while evaluating a tier; the figures that depend on them are 0. */
struct TierIssue
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    std::string field;   ///< what it is about, e.g. "tiers[0].onprem.gpu"
    std::string message; ///< in English (render(text))
    Text text;           ///< the same, translatable
};

/** One operating point of a batch sweep: what a replica does at a fixed concurrency. */
struct SweepPoint
{
    int batch = 0;              ///< concurrent sequences per replica
    double ttft_ms = 0.0;
    double tpot_ms = 0.0;
    double output_tok_s = 0.0;  ///< per replica
    double tok_s_per_user = 0.0;
};

struct TierResult
{
    std::string name;
    TierKind kind = TierKind::OnPremises;
    bool ok = false;                     ///< false: an Error issue stops the figures
    std::vector<TierIssue> issues;

    PerfResult perf;        ///< one replica (or the whole on-prem tier) at the SLA operating point
    PerfResult cold_perf;   ///< cloud: one cold replica
    /** Throughput against latency as the batch grows (1, 2, 4, ... up to what fits), one replica. */
    std::vector<SweepPoint> batch_sweep;
    int gpus = 0;           ///< GPUs in the tier (cloud: at peak)
    double gpu_vram_gib = 0.0;            ///< memory of one GPU of the tier (cloud: a hot replica's)
    double peak_tflops = 0.0;             ///< dense tensor TFLOPS of the tier's GPUs at its precision

    // capacity and demand
    /** At the SLA, whole tier: what the tier pays for (cloud: the replicas running in the busiest
        hour, hot and cold, never the unused autoscaler ceiling). */
    double capacity_output_tok_s = 0.0;
    double served_output_tok_s_avg = 0.0; ///< demand-limited, averaged over the day
    double served_share = 0.0;            ///< share of the demand the tier serves (0..1)
    /** Nodes (on premises) or replicas in the busiest hour (cloud) that serve the peak demand
        within the SLA, plus one with Tier::n_plus_one; 0 when no count up to the engine's limit
        does (or the tier has no figures). */
    int nodes_needed_for_demand = 0;
    /** Energy at the wall per average month, PUE included (cloud: of the rented GPUs, hour by
        hour, not billed separately). */
    double energy_kwh_per_month = 0.0;
    std::array<double, 24> hot_replicas{};  ///< cloud: replicas running in each hour
    std::array<double, 24> cold_replicas{}; ///< cloud: cold replicas in each hour

    // money (Scenario::financials.currency)
    double hardware_cost = 0.0;          ///< capex (cloud: upfront reservation payments)
    std::vector<double> monthly;         ///< total per month of the horizon
    std::vector<std::array<double, kCostCategoryCount>> monthly_by_category;
    std::array<double, kCostCategoryCount> breakdown{}; ///< horizon total per category
    double tco_total = 0.0;              ///< sum of monthly
    double tco_present_value = 0.0;      ///< discounted with financials.discount_rate_per_year
    /** The refresh reserve over the horizon (capex x fraction per year x years); inside tco_total
        only when Financials::refresh_reserve_in_tco, else beside it. */
    double refresh_reserve = 0.0;
    /** Average wall power over the day, PUE included: on premises it follows the load (sourced
        idle power plus the serving draw's share of the utilisation); cloud: the busiest hour's. */
    double power_w = 0.0;
    /** Wall power at full load, PUE included (what colocation is provisioned for; tokens/s per W). */
    double peak_power_w = 0.0;

    // dashboard figures
    double output_tok_s = 0.0;           ///< throughput at the SLA (capacity)
    double ttft_ms = 0.0;
    double tpot_ms = 0.0;
    double output_tokens_served = 0.0;   ///< over the horizon
    double requests_served = 0.0;        ///< over the horizon
    double cost_per_million_tokens = 0.0;///< tco_total / output tokens served * 1e6
    double cost_per_request = 0.0;
    double tokens_per_s_per_watt = 0.0;  ///< output_tok_s / power_w
    double flops_per_currency = 0.0;     ///< peak FLOP/s per currency unit of tco_total
    double elasticity = 0.0;             ///< log-log slope of throughput against cost when scaling out
    std::vector<std::pair<double, double>> scaling_curve; ///< (cost, throughput) points behind it
    double cost_performance_index = 0.0; ///< (output_tok_s / tco_total) / the same for the baseline
};

/** The month in which tier b's cumulative cost falls below tier a's (or rises above). */
struct BreakEven
{
    int tier_a = 0;
    int tier_b = 0;
    int month = 0; ///< 1-based month of the horizon in which the order of the cumulative costs flips
    double cumulative_cost = 0.0; ///< of either tier at that month
};

/** One recommendation of the advisor. */
struct Advice
{
    std::string id;          ///< stable rule id: "memory-fit", "reserved-vs-on-demand", ...
    int tier = -1;           ///< tier it applies to, -1: the whole scenario
    std::string title;       ///< short, e.g. "Reserve the baseline replicas for 3 years"
    std::string detail;      ///< why, with the numbers
    Text title_text;         ///< title, translatable
    Text detail_text;        ///< detail, translatable
    double saving = 0.0;     ///< over the horizon, in the result currency (0: not a saving)
    /** A change that applies it: scenario field path and its new value (JSON text), if any. */
    std::string apply_field;
    std::string apply_value;
};

/**
 * Buying the scenario's tokens from a hosted API instead (docs/cost-model.md, "The API
 * alternative"): one provider's newest price for the scenario's model. A reference, never a tier.
 */
struct ApiAlternative
{
    ApiPrice price; ///< the catalog row used (prices in price.currency, as published)
    double monthly_cost = 0.0; ///< the scenario's demand for one month, in Result::currency
    double input_tokens_per_month = 0.0;
    double output_tokens_per_month = 0.0;
    /** monthly_cost / output tokens per month x 10^6: the API's cost per million output tokens
        (their input tokens included), in Result::currency. */
    double cost_per_million_output = 0.0;
    double offpeak_share = 0.0; ///< share of the month's tokens billed at the off-peak price
    /** Per tier (index as Result::tiers): the monthly output-token volume at which the tier's
        average monthly cost equals the API's; nullopt when they never meet. */
    std::vector<std::optional<double>> break_even_tokens_per_month;
};

struct Result
{
    std::string currency;
    std::string market; ///< the scenario's market profile id ("" = none)
    int horizon_months = 0;
    std::vector<TierResult> tiers;
    std::vector<BreakEven> break_even;
    std::vector<Advice> advice;
    Recommendation recommendation; ///< the one rule of recommendation.h, for every view
    std::vector<ApiAlternative> api; ///< hosted APIs serving the scenario's model (may be empty)
    /** Per tier, as the break-even volumes take them: its average monthly cost (tco_total / horizon
        months), fixed up to the output tokens per month it can produce (0 when it has no figures). */
    std::vector<double> api_tier_monthly_cost;
    std::vector<double> api_tier_max_output_tokens_per_month;
    std::vector<std::string> issues; ///< scenario-level problems (e.g. no exchange rate), in English
    std::vector<Text> issue_texts;   ///< the same, translatable (one per issue)

    void addIssue(Text t)
    {
        issues.push_back(render(t));
        issue_texts.push_back(std::move(t));
    }
};

} // namespace tco::engine
