// SPDX-License-Identifier: MIT
#include "catalogsnapshot.h"

#include <algorithm>

namespace tco::engine {

std::string normalizeName(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    for (unsigned char c : name) {
        if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
            out.push_back(static_cast<char>(c));
    }
    return out;
}

void CatalogSnapshot::addGpuAlias(std::string_view alias, std::string_view id)
{
    m_gpuAliases.emplace_back(alias, id);
}
void CatalogSnapshot::addModelAlias(std::string_view alias, std::string_view id)
{
    m_modelAliases.emplace_back(alias, id);
}
void CatalogSnapshot::addPrecisionAlias(std::string_view alias, std::string_view id)
{
    m_precisionAliases.emplace_back(alias, id);
}
void CatalogSnapshot::addStackAlias(std::string_view alias, std::string_view id)
{
    m_stackAliases.emplace_back(alias, id);
}

template<typename T>
void CatalogSnapshot::build(Index &index, const std::vector<T> &rows,
                            const std::vector<std::pair<std::string, std::string>> &aliases)
{
    index.clear();
    Index byId;
    for (std::size_t i = 0; i < rows.size(); ++i)
        byId.emplace(rows[i].id, i);
    // Precedence: explicit aliases, then ids, then display names (first wins for names).
    for (const auto &[alias, id] : aliases) {
        const auto it = byId.find(id);
        if (it != byId.end())
            index.insert_or_assign(normalizeName(alias), it->second);
    }
    for (std::size_t i = 0; i < rows.size(); ++i)
        index.insert_or_assign(normalizeName(rows[i].id), i);
    if constexpr (requires { rows[0].model; }) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            index.emplace(normalizeName(rows[i].model), i);
    } else {
        for (std::size_t i = 0; i < rows.size(); ++i)
            index.emplace(normalizeName(rows[i].name), i);
    }
}

template<typename T>
const T *CatalogSnapshot::find(const Index &index, const std::vector<T> &rows, std::string_view name)
{
    const auto it = index.find(normalizeName(name));
    return it == index.end() ? nullptr : &rows[it->second];
}

void CatalogSnapshot::reindex()
{
    build(m_gpuIndex, gpus, m_gpuAliases);
    build(m_modelIndex, models, m_modelAliases);
    build(m_precisionIndex, precisions, m_precisionAliases);
    build(m_stackIndex, stacks, m_stackAliases);
}

const GpuSpec *CatalogSnapshot::findGpu(std::string_view name) const
{
    return find(m_gpuIndex, gpus, name);
}
const ModelSpec *CatalogSnapshot::findModel(std::string_view name) const
{
    return find(m_modelIndex, models, name);
}
const PrecisionSpec *CatalogSnapshot::findPrecision(std::string_view name) const
{
    return find(m_precisionIndex, precisions, name);
}
const ServingStackSpec *CatalogSnapshot::findStack(std::string_view name) const
{
    return find(m_stackIndex, stacks, name);
}

const ServerPart *CatalogSnapshot::findPart(std::string_view id) const
{
    for (const ServerPart &p : parts)
        if (p.id == id)
            return &p;
    return nullptr;
}

const CloudInstance *CatalogSnapshot::findInstance(std::string_view id) const
{
    for (const CloudInstance &i : instances)
        if (i.id == id)
            return &i;
    return nullptr;
}

const CostDefault *CatalogSnapshot::findCostDefault(std::string_view key) const
{
    for (const CostDefault &c : cost_defaults)
        if (c.key == key)
            return &c;
    return nullptr;
}

const Market *CatalogSnapshot::findMarket(std::string_view id) const
{
    if (id.empty())
        return nullptr;
    for (const Market &m : markets)
        if (m.id == id)
            return &m;
    return nullptr;
}

const MarketPrice *CatalogSnapshot::findMarketPrice(std::string_view marketId, MarketPrice::Kind kind,
                                                    std::string_view itemId) const
{
    for (const MarketPrice &p : market_prices)
        if (p.kind == kind && p.market_id == marketId && p.item_id == itemId)
            return &p;
    return nullptr;
}

std::optional<double> CatalogSnapshot::costDefault(std::string_view key) const
{
    const CostDefault *c = findCostDefault(key);
    return c ? c->value : std::nullopt;
}

const ExchangeRate *CatalogSnapshot::newestRate(std::string_view base, std::string_view quote) const
{
    const ExchangeRate *best = nullptr;
    for (const ExchangeRate &r : exchange_rates)
        if (r.base == base && r.quote == quote && r.rate > 0 && (!best || r.as_of > best->as_of))
            best = &r; // ISO dates sort as text
    return best;
}

std::optional<CatalogSnapshot::Conversion> CatalogSnapshot::conversion(std::string_view from, std::string_view to) const
{
    if (from == to)
        return std::nullopt;
    const ExchangeRate *direct = newestRate(from, to);
    const ExchangeRate *inverse = newestRate(to, from);
    if (direct && (!inverse || direct->as_of >= inverse->as_of))
        return Conversion { direct->rate, direct->as_of, false };
    if (inverse)
        return Conversion { 1.0 / inverse->rate, inverse->as_of, false };
    if (from != "USD" && to != "USD") {
        const std::optional<Conversion> a = conversion(from, "USD");
        const std::optional<Conversion> b = conversion("USD", to);
        if (a && b)
            return Conversion { a->rate * b->rate, std::min(a->as_of, b->as_of), true };
    }
    return std::nullopt;
}

std::optional<double> CatalogSnapshot::convert(double amount, std::string_view from, std::string_view to) const
{
    if (from == to)
        return amount;
    const ExchangeRate *direct = newestRate(from, to);
    const ExchangeRate *inverse = newestRate(to, from);
    if (direct && (!inverse || direct->as_of >= inverse->as_of))
        return amount * direct->rate;
    if (inverse)
        return amount / inverse->rate;
    if (from != "USD" && to != "USD") {
        const std::optional<double> usd = convert(amount, from, "USD");
        if (usd)
            return convert(*usd, "USD", to);
    }
    return std::nullopt;
}

} // namespace tco::engine
