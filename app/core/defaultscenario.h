// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file defaultscenario.h
 * The built-in scenario: the three deployments of the reference deployment guide (2025-09-25)
 * — a workstation with one RTX 4090, an elastic hybrid cloud (A10G on-demand hot replicas plus
 * T4 spot replicas for low-priority traffic) and a 4×H100 SXM node with NVLink and InfiniBand
 * NDR — serving DeepSeek LLM 7B in BF16 with the guide's latency target (≤ 50 ms per token).
 *
 * The hardware is named by catalog ids; prices and specs are the catalog's, never the guide's.
 * The guide's own figures (hardware cost, tokens/s, latency, index) travel with each tier as
 * PublishedFigures, to be shown beside ours "as published".
 */

#include <scenario.h>

namespace tco::engine {
class CatalogSnapshot;
}

namespace tco::app {

/** Catalog rows and keys the financial assumptions of the default scenario come from. */
namespace defaults {
inline constexpr char kMarket[] = "cn"; ///< markets.csv: the guide is Chinese and prices in CNY
inline constexpr char kElectricityId[] = "cn-other-regions-typical-2026-04"; ///< electricity_prices.csv (no market)
inline constexpr char kPueId[] = "cn-policy-national-average-max"; ///< pue_defaults.csv (market cn, or none)
inline constexpr char kPueIdOutsideChina[] = "uptime-global-2025"; ///< pue_defaults.csv (other markets)
inline constexpr char kMaintenanceKey[] = "maintenance_fraction_per_year"; ///< cost_defaults.csv
inline constexpr char kDepreciationKey[] = "depreciation_years";
inline constexpr char kColocationKey[] = "colocation_usd_per_kw_month";
inline constexpr char kStaffKey[] = "staff_cost_per_fte_year_usd";
inline constexpr char kRefreshKey[] = "refresh_reserve_fraction_per_year";
inline constexpr char kPowerDrawKey[] = "server_power_draw_fraction";
inline constexpr char kObjectStorageKey[] = "s3_standard_usd_per_gb_month";
inline constexpr char kEgressKey[] = "aws_data_transfer_out_usd_per_gb";
} // namespace defaults

/**
 * The default scenario with the financial values taken from @p catalog (the rows and keys of
 * tco::app::defaults). A value the catalog lacks is left 0, so that validation or the engine says
 * what is missing instead of the program guessing.
 */
engine::Scenario defaultScenario(const engine::CatalogSnapshot &catalog);
/**
 * The same in market @p market (markets.id, e.g. "cn", "us"): the market's currency and
 * electricity row; staff cost and colocation left 0 so that the engine takes the market's. An
 * id the catalog lacks gives the scenario without a market (catalog prices, cost_defaults).
 */
engine::Scenario defaultScenario(const engine::CatalogSnapshot &catalog, const std::string &market);

/**
 * The same scenario without a catalog: the financial values are copies of the bundled catalog's
 * (db/seed), noted by key next to each value. tests/app checks that the copies still match.
 */
engine::Scenario defaultScenario();

} // namespace tco::app
