// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file reportfacts.h
 * What every report states beyond the engine's numbers, worked out once for the PDF, the CSV
 * and the GUI: which catalog prices the evaluation used (the recommended tier is the engine's),
 * each with its source and as-of date. Language-free: the writers word it.
 */

#include "catalogsnapshot.h"
#include "scenario.h"
#include "tcoresult.h"

#include <string>
#include <vector>

namespace tco::report {

// The recommendation rule lives in the engine (recommendation.h), one rule for every view.
using engine::kServesDemandShare;
using engine::meetsSla;
using engine::recommend;
using engine::Recommendation;
using engine::TierStanding;


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
