// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file costcatalog.h
 * Catalog value types the cost engine needs: server parts, cloud instances with their prices by
 * purchase option, electricity, PUE, exchange rates and cost defaults. Filled by db/ (repository),
 * never by SQL here. Money is in the row's own currency; the engine converts with dated rates.
 */

#include "catalogtypes.h"

#include <optional>
#include <string>
#include <vector>

namespace tco::engine {

/** A server part: CPU, memory, storage, NIC, switch, chassis, shared storage array... */
struct ServerPart
{
    std::string id;
    std::string kind; ///< cpu, memory, storage, nic, switch, chassis, storage_array, cable, other
    std::string vendor;
    std::string model;
    std::string spec;
    std::optional<double> capacity;
    std::string capacity_unit;
    std::optional<int> ports;
    std::optional<double> port_gbps;
    std::optional<double> power_w;
    std::optional<double> price;
    std::string price_currency;
    Provenance provenance;
};

/** How a cloud instance is paid for. */
enum class PurchaseOption {
    OnDemand,
    Spot,
    Reserved1yNoUpfront,
    Reserved1yPartialUpfront,
    Reserved1yAllUpfront,
    Reserved3yNoUpfront,
    Reserved3yPartialUpfront,
    Reserved3yAllUpfront,
    SavingsPlan1y,
    SavingsPlan3y,
};

/** "on_demand", "reserved_3y_all_upfront", ... (the catalog's spelling). */
const char *purchaseOptionId(PurchaseOption option);
/** Inverse of purchaseOptionId; nullopt for an unknown spelling. */
std::optional<PurchaseOption> purchaseOptionFromId(std::string_view id);
/** Commitment term in months (0 for on-demand and spot). */
int commitmentMonths(PurchaseOption option);

/** One price of an instance: an hourly part and, for reservations, an upfront payment per term. */
struct CloudPrice
{
    PurchaseOption option = PurchaseOption::OnDemand;
    std::string currency;
    double hourly = 0.0;  ///< per instance-hour
    double upfront = 0.0; ///< per instance, once per commitment term
    std::optional<double> interruption_rate; ///< spot: share of hours interrupted, when known
    Provenance provenance;
};

struct CloudInstance
{
    std::string id;
    std::string provider;      ///< provider id
    std::string region;        ///< region id
    std::string instance_type;
    std::string gpu_id;
    double gpu_count = 1.0;
    std::optional<int> vcpus;
    std::optional<double> ram_gb;
    std::string gpu_interconnect;
    std::optional<double> network_gbps;
    std::vector<CloudPrice> prices;
    Provenance provenance;

    /** The price for @p option, preferring @p currency when both currencies are listed. */
    const CloudPrice *price(PurchaseOption option, std::string_view currency = {}) const;
};

struct ElectricityPrice
{
    std::string id;
    std::string region;
    std::string customer_class;
    std::optional<double> price_per_kwh;
    std::string currency;
    Provenance provenance;
};

struct PueDefault
{
    std::string id;
    std::string facility;
    std::string region;
    double pue = 1.0;
    Provenance provenance;
};

/** 1 base = rate quote, as of a date. */
struct ExchangeRate
{
    std::string base;
    std::string quote;
    double rate = 0.0;
    std::string as_of;
    std::string source;
};

/** A named default of the cost model (maintenance fraction, depreciation years, ...). */
struct CostDefault
{
    std::string key;
    std::optional<double> value;
    std::string unit;
    std::string currency;
    std::string description;
    Provenance provenance;
};

/**
 * A hosted API's price per million tokens for one catalog model, as one provider published it on
 * one date (api_prices). Rows of the same provider and model at other dates are its history.
 */
struct ApiPrice
{
    std::string id;
    std::string provider; ///< who sells the tokens: "DeepSeek", "SiliconFlow", ...
    std::string api_model; ///< the provider's own name of the model ("deepseek-chat")
    std::string model_id; ///< the catalog model (models.id) it serves
    /** Input tokens found in the provider's context cache; nullopt: no separate price (the
        cache-miss price is charged). */
    std::optional<double> input_cache_hit_per_million;
    double input_cache_miss_per_million = 0.0;
    double output_per_million = 0.0;
    /** Off-peak prices and their window (UTC hours, start..end, may wrap midnight); all nullopt
        when the provider has no off-peak discount. A missing off-peak price is the standard one. */
    std::optional<double> offpeak_input_cache_hit_per_million;
    std::optional<double> offpeak_input_cache_miss_per_million;
    std::optional<double> offpeak_output_per_million;
    std::optional<double> offpeak_start_utc_h;
    std::optional<double> offpeak_end_utc_h;
    std::string currency;
    Provenance provenance;
};

/**
 * Where hardware is bought and staff are paid (catalog table markets): the market's currency,
 * whether its prices include VAT/sales tax, an operations FTE's cost (pay plus employer
 * on-costs), colocation per kW-month, and the electricity row scenarios in it start from.
 */
struct Market
{
    std::string id; ///< "cn", "us", ...
    std::string name; ///< "Mainland China"
    std::string country;
    std::string currency;
    bool prices_include_vat = false;
    std::optional<double> vat_rate; ///< 0.13 for 13%; empty when no source gives one
    std::optional<double> staff_cost_per_fte_year;
    std::string staff_cost_currency;
    std::optional<double> colocation_per_kw_month;
    std::string colocation_currency;
    std::string electricity_id; ///< electricity_prices.id
    Provenance provenance;
};

/** The street price of a GPU or server part in one market (catalog table market_prices). */
struct MarketPrice
{
    enum class Kind { Gpu, Part };
    std::string market_id;
    Kind kind = Kind::Gpu;
    std::string item_id; ///< gpus.id or server_parts.id
    double price = 0.0;
    std::string currency;
    bool includes_vat = false;
    std::string notes;
    Provenance provenance;
};

} // namespace tco::engine
