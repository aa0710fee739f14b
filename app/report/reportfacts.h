// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file reportfacts.h
 * What every report states beyond the engine's numbers, worked out once for the PDF, the CSV
 * and the GUI: which tier is recommended and why, and which catalog prices the evaluation used,
 * each with its source and as-of date. Language-free: the writers word it.
 */

#include "catalogsnapshot.h"
#include "scenario.h"
#include "tcoresult.h"

#include <string>
#include <vector>

namespace tco::report {

/**
 * Share of the demand a tier must serve to count as "serving the demand": the engine's hourly
 * replica model rounds, so 99.9 % is "all of it".
 */
inline constexpr double kServesDemandShare = 0.999;

/** How one tier stands against the recommendation rule. */
struct TierStanding
{
    bool evaluated = false; ///< TierResult::ok: no error stopped the figures
    bool meetsSla = false; ///< TTFT and TPOT at the operating point within the workload's SLA
    bool servesDemand = false; ///< served_share >= kServesDemandShare
    bool eligible() const { return evaluated && meetsSla && servesDemand; }
};

/**
 * The recommendation rule of every report: among the tiers that are evaluated, meet the SLA and
 * serve the demand, the one with the lowest TCO over the horizon — they all serve the same demand,
 * so it is also the lowest cost per served token (ties: the higher throughput per unit of TCO).
 * The cost-performance index measures capacity per cost, which a small demand does not use, so it
 * is reported beside the recommendation but does not decide it.
 */
struct Recommendation
{
    int tier = -1; ///< index into Result::tiers, -1 when no tier is eligible
    std::vector<TierStanding> tiers; ///< one per Result::tiers
};

/** True when @p tier's TTFT and TPOT meet @p workload's SLA (and the engine did not flag a miss). */
bool meetsSla(const engine::Workload &workload, const engine::TierResult &tier);

Recommendation recommend(const engine::Scenario &scenario, const engine::Result &result);

/** One catalog price (or rate) the evaluation used. */
struct PriceUse
{
    enum class Kind {
        Gpu, ///< purchase price per GPU
        Part, ///< purchase price per server part
        CloudPrice, ///< instance price for one purchase option (hourly, and upfront if any)
        Electricity, ///< the catalog row whose price equals the scenario's electricity price
        Pue, ///< the catalog row whose PUE equals the scenario's
        CostDefault, ///< a cost default whose value equals the scenario's financial value
        ExchangeRate, ///< a rate that converts a price into the result currency
    };
    Kind kind = Kind::Gpu;
    std::string id; ///< catalog id (instance id, part id, "USD/CNY", cost default key...)
    std::string name; ///< display name (GPU model, part model, instance type...)
    std::string option; ///< CloudPrice: purchase option id
    double value = 0.0; ///< price, hourly price, kWh price, PUE, rate or default value
    double upfront = 0.0; ///< CloudPrice: upfront payment per term
    std::string currency; ///< of value and upfront ("" for ratios)
    std::string note; ///< GPU price note, cost-default unit...
    engine::Provenance provenance;
    std::vector<int> tiers; ///< the tiers that use it (empty: the scenario's financials)
};

/**
 * The catalog prices behind @p result, in a stable order (kind, then first use): GPUs, parts and
 * cloud prices of each tier, the electricity row and PUE row that match the scenario's values,
 * the cost defaults that match, and the exchange rates into the result currency. Values the
 * scenario sets itself (not matching any catalog row) are not listed here; the assumptions are.
 */
std::vector<PriceUse> pricesUsed(const engine::Scenario &scenario, const engine::Result &result,
                                 const engine::CatalogSnapshot &catalog);

/** The precision a tier runs at: its own, else the workload's. */
std::string tierPrecision(const engine::Scenario &scenario, const engine::Tier &tier);

/**
 * Tier names made unique and never empty ("Tier 3" for an empty name, "X (2)" for a repeated
 * one), for column headers and file names.
 */
std::vector<std::string> uniqueTierNames(const engine::Result &result);

} // namespace tco::report
