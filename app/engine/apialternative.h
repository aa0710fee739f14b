// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file apialternative.h
 * "Why not just buy tokens?": the scenario's demand priced at each hosted API that serves the
 * same model (the catalog's api_prices), and each tier's break-even monthly token volume against
 * it. See docs/cost-model.md, "The API alternative", for every formula.
 */

#include "catalogsnapshot.h"
#include "scenario.h"
#include "tcoresult.h"

#include <array>
#include <vector>

namespace tco::engine {

/**
 * The demand profile's hours are taken as Beijing time (UTC+8): the default scenario's market,
 * and the zone in which DeepSeek states its own off-peak window (00:30-08:30 Beijing time).
 */
inline constexpr double kApiProfileUtcOffsetHours = 8.0;

/**
 * Share (0..1) of each local hour of the profile that falls inside the UTC window
 * [@p startUtcH, @p endUtcH) (wrapping midnight when end <= start; empty when they are equal),
 * with the profile at UTC+kApiProfileUtcOffsetHours.
 */
std::array<double, kHoursPerDay> offPeakShareByHour(double startUtcH, double endUtcH);

/**
 * The newest row of each provider for the scenario's model (preferring the scenario's currency
 * among rows of that date), its monthly cost for the scenario's demand and each tier's
 * break-even volume against @p result's tiers. Problems (no exchange rate) go to @p result.
 */
std::vector<ApiAlternative> evaluateApiAlternatives(const Scenario &scenario, const CatalogSnapshot &catalog,
                                                    Result &result);

/** The monthly cost of @p price for @p workload's demand, in the price's own currency. */
ApiAlternative priceApiDemand(const ApiPrice &price, const Workload &workload);

} // namespace tco::engine
