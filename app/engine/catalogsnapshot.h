// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file catalogsnapshot.h
 * An immutable in-memory copy of the catalog that the engine evaluates against, with
 * name resolution through aliases. db/ builds it; the engine never sees SQL.
 */

#include "catalogtypes.h"
#include "costcatalog.h"

#include <optional>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tco::engine {

/**
 * The key names are compared by: lowercase ASCII letters and digits only, everything else
 * dropped ("NVIDIA H100-SXM5 80GB" -> "nvidiah100sxm580gb"). Non-ASCII bytes (e.g. Chinese
 * names) are kept as they are, so they still compare exactly.
 */
std::string normalizeName(std::string_view name);

/** Everything the engine needs from the catalog, by value. */
class CatalogSnapshot
{
public:
    std::vector<GpuSpec> gpus;
    std::vector<ModelSpec> models;
    std::vector<PrecisionSpec> precisions;
    std::vector<ServingStackSpec> stacks;
    std::vector<ServerPart> parts;
    std::vector<CloudInstance> instances;
    std::vector<ElectricityPrice> electricity;
    std::vector<PueDefault> pue;
    std::vector<ExchangeRate> exchange_rates;
    std::vector<CostDefault> cost_defaults;
    std::vector<ApiPrice> api_prices; ///< every dated row (history included)
    std::vector<Market> markets;
    std::vector<MarketPrice> market_prices;

    /** Registers an alias (any spelling) for the row with id @p id; ids and names are always keys. */
    void addGpuAlias(std::string_view alias, std::string_view id);
    void addModelAlias(std::string_view alias, std::string_view id);
    void addPrecisionAlias(std::string_view alias, std::string_view id);
    void addStackAlias(std::string_view alias, std::string_view id);

    /** Rebuilds the lookup tables from ids, names and registered aliases; call after filling. */
    void reindex();

    /** Lookups by id, name or alias (normalized); nullptr when unknown. */
    const GpuSpec *findGpu(std::string_view name) const;
    const ModelSpec *findModel(std::string_view name) const;
    const PrecisionSpec *findPrecision(std::string_view name) const;
    const ServingStackSpec *findStack(std::string_view name) const;

    /** Lookups by exact id; nullptr when unknown. */
    const ServerPart *findPart(std::string_view id) const;
    const CloudInstance *findInstance(std::string_view id) const;
    const CostDefault *findCostDefault(std::string_view key) const;
    /** The market with id @p id (exact); nullptr when unknown or @p id is empty. */
    const Market *findMarket(std::string_view id) const;
    /** The price of item @p itemId (a GPU or part id, exact) in market @p marketId; nullptr if none. */
    const MarketPrice *findMarketPrice(std::string_view marketId, MarketPrice::Kind kind,
                                       std::string_view itemId) const;
    /** A cost default's value, or nullopt when the key is absent or its value empty. */
    std::optional<double> costDefault(std::string_view key) const;

    /**
     * @p amount in @p from converted to @p to with the newest dated rate (direct or inverse;
     * through USD when neither exists). nullopt when no rate connects them.
     */
    std::optional<double> convert(double amount, std::string_view from, std::string_view to) const;
    /** How convert(from -> to) converts: one unit of @p from in @p to, and the rate's date. */
    struct Conversion
    {
        double rate = 0.0; ///< units of `to` per unit of `from`
        std::string as_of; ///< date of the rate used (the older one when going through USD)
        bool through_usd = false;
    };
    /** The conversion convert() applies; nullopt when no rate connects the currencies or they are equal. */
    std::optional<Conversion> conversion(std::string_view from, std::string_view to) const;
    /** The rate used by convert(from -> to) for one unit, with its date; nullptr if none is direct. */
    const ExchangeRate *newestRate(std::string_view base, std::string_view quote) const;

private:
    using Index = std::unordered_map<std::string, std::size_t>;
    template<typename T>
    static void build(Index &index, const std::vector<T> &rows,
                      const std::vector<std::pair<std::string, std::string>> &aliases);
    template<typename T>
    static const T *find(const Index &index, const std::vector<T> &rows, std::string_view name);

    std::vector<std::pair<std::string, std::string>> m_gpuAliases, m_modelAliases,
        m_precisionAliases, m_stackAliases;
    Index m_gpuIndex, m_modelIndex, m_precisionIndex, m_stackIndex;
};

} // namespace tco::engine
