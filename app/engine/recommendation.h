// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file recommendation.h
 * The one rule that decides the recommended tier, for the window, the PDF, the CSV and the CLI:
 * among the tiers that are evaluated, meet the SLA and serve the demand, the one with the lowest
 * TCO over the horizon. They all serve the same demand, so it is also the lowest cost per served
 * token (ties: the higher throughput per unit of TCO). The cost-performance index measures
 * capacity per cost, which a small demand does not use: it is shown beside the recommendation,
 * it does not decide it. A tier that does not serve the demand within the SLA is never
 * recommended and never marked best.
 */

#include "scenario.h"
#include "text.h"

#include <vector>

namespace tco::engine {

struct TierResult;
struct Result;

/**
 * Share of the demand a tier must serve to count as "serving the demand": the engine's hourly
 * replica model rounds, so 99.9 % is "all of it".
 */
inline constexpr double kServesDemandShare = 0.999;

/** How one tier stands against the recommendation rule. */
struct TierStanding
{
    bool evaluated = false; ///< TierResult::ok: no error stopped the figures
    bool meetsSla = false; ///< TTFT and TPOT at the operating point within the SLA, at its percentile
    bool servesDemand = false; ///< served_share >= kServesDemandShare
    bool eligible() const { return evaluated && meetsSla && servesDemand; }
};

struct Recommendation
{
    int tier = -1; ///< index into Result::tiers, -1 when no tier is eligible
    std::vector<TierStanding> tiers; ///< one per Result::tiers
    Text reason; ///< why this tier, or why none (translatable)
};

/** True when @p tier's TTFT and TPOT meet @p workload's SLA (and the engine did not flag a miss). */
bool meetsSla(const Workload &workload, const TierResult &tier);

/** TTFT and TPOT of a tier's operating point in the statistic its SLA holds to. */
struct SlaFigures
{
    double ttft_ms = 0.0;
    double tpot_ms = 0.0;
};
/** The mean (TierResult), or the p90/p99 of TierResult::perf, as workload.sla_percentile names. */
SlaFigures slaFigures(const Workload &workload, const TierResult &tier);

/** The recommendation rule over the evaluated tiers of @p result. */
Recommendation recommend(const Scenario &scenario, const Result &result);

} // namespace tco::engine
