// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file costmodel.h
 * The cost engine: performance at the SLA (through the performance engine) turned into money,
 * month by month, for every tier of a scenario. See docs/cost-model.md for every formula.
 *
 * Units: money in Scenario::financials.currency unless a name says otherwise (_usd), power in W,
 * time in months of kHoursPerMonth hours.
 */

#include "catalogsnapshot.h"
#include "scenario.h"
#include "tcoresult.h"

namespace tco::engine {

/// Hours in an average month: 8760 h / 12.
inline constexpr double kHoursPerMonth = 8760.0 / 12.0;
/// Days in an average month: 365 / 12.
inline constexpr double kDaysPerMonth = 365.0 / 12.0;
/// Seconds in an hour.
inline constexpr double kSecondsPerHour = 3600.0;
/// Scale-out factors at which the elasticity (log-log slope of throughput against cost) is sampled.
inline constexpr int kElasticityScales[] = {1, 2, 4, 8};

/**
 * Evaluates every tier of @p scenario against @p catalog, then runs the advisor (advisor.h).
 * Never throws; problems are issues.
 */
Result evaluate(const Scenario &scenario, const CatalogSnapshot &catalog);

/** evaluate() without the advisor: tiers, cost-performance index and break-even months. */
Result evaluateTiers(const Scenario &scenario, const CatalogSnapshot &catalog);

/** How much of a tier's result to compute. */
enum class TierDetail {
    Full,    ///< everything, including the batch sweep for the charts
    Figures, ///< costs and figures only, no batch sweep (the advisor's what-if evaluations)
};

/** One tier of @p scenario on its own (no index: that needs the baseline tier). */
TierResult evaluateTier(const Scenario &scenario, const CatalogSnapshot &catalog, int tier,
                        TierDetail detail = TierDetail::Full);

/**
 * Tier @p tier of @p scenario as if it were @p variant (the advisor's what-if evaluations): the
 * scenario is not copied, so a what-if costs the same however many tiers there are.
 */
TierResult evaluateTierVariant(const Scenario &scenario, const CatalogSnapshot &catalog, int tier, const Tier &variant,
                               TierDetail detail = TierDetail::Figures);

/** Demand in output tokens per second in each hour of the day. */
std::array<double, kHoursPerDay> hourlyDemandOutputTokS(const Workload &workload);

/** Cumulative cost per month (running sum of TierResult::monthly). */
std::vector<double> cumulative(const std::vector<double> &monthly);

} // namespace tco::engine
