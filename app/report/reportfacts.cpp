// SPDX-License-Identifier: MIT
#include "reportfacts.h"

#include "core/defaultscenario.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <set>

namespace tco::report {

using engine::PurchaseOption;

std::string tierPrecision(const engine::Scenario &scenario, const engine::Tier &tier)
{
    return tier.precision.empty() ? scenario.workload.precision : tier.precision;
}

std::vector<std::string> uniqueTierNames(const engine::Result &result)
{
    std::vector<std::string> names;
    for (std::size_t i = 0; i < result.tiers.size(); ++i) {
        std::string name = result.tiers[i].name.empty() ? fmt::format("Tier {}", i + 1) : result.tiers[i].name;
        const std::string base = name;
        for (int n = 2; std::find(names.begin(), names.end(), name) != names.end(); ++n)
            name = fmt::format("{} ({})", base, n);
        names.push_back(name);
    }
    return names;
}

namespace {

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

class PriceCollector
{
public:
    explicit PriceCollector(std::vector<PriceUse> &out)
        : m_out(out)
    { }

    void add(PriceUse use, int tier)
    {
        for (PriceUse &p : m_out) {
            if (p.kind == use.kind && p.id == use.id && p.option == use.option) {
                if (tier >= 0 && std::find(p.tiers.begin(), p.tiers.end(), tier) == p.tiers.end())
                    p.tiers.push_back(tier);
                return;
            }
        }
        if (tier >= 0)
            use.tiers.push_back(tier);
        m_out.push_back(std::move(use));
    }

private:
    std::vector<PriceUse> &m_out;
};

/** The rate convert() uses between two currencies (direct or inverse, the newer one). */
const engine::ExchangeRate *rateBetween(const engine::CatalogSnapshot &catalog, const std::string &from,
                                        const std::string &to)
{
    const engine::ExchangeRate *direct = catalog.newestRate(from, to);
    const engine::ExchangeRate *inverse = catalog.newestRate(to, from);
    if (direct && (!inverse || direct->as_of >= inverse->as_of))
        return direct;
    return inverse;
}

} // namespace

std::vector<PriceUse> pricesUsed(const engine::Scenario &scenario, const engine::Result &result,
                                 const engine::CatalogSnapshot &catalog)
{
    std::vector<PriceUse> out;
    PriceCollector prices(out);
    const std::string &currency = result.currency.empty() ? scenario.financials.currency : result.currency;
    std::set<std::string> currencies;
    bool anyOnPremises = false;

    // The market's local price replaces the catalog's when the engine used it (docs/cost-model.md).
    const auto local = [&](engine::MarketPrice::Kind kind, const std::string &id, PriceUse &use) {
        const engine::MarketPrice *p = catalog.findMarketPrice(scenario.market, kind, id);
        if (!p)
            return false;
        use.value = p->price;
        use.currency = p->currency;
        use.note = p->notes;
        use.provenance = p->provenance;
        return true;
    };
    auto addPart = [&](const engine::PartLine &line, int tier) {
        const engine::ServerPart *part = catalog.findPart(line.part_id);
        if (!part)
            return;
        PriceUse use;
        use.kind = PriceUse::Kind::Part;
        use.id = part->id;
        use.name = part->vendor.empty() ? part->model : part->vendor + " " + part->model;
        if (!local(engine::MarketPrice::Kind::Part, part->id, use)) {
            if (!part->price)
                return;
            use.value = *part->price;
            use.currency = part->price_currency;
            use.provenance = part->provenance;
        }
        currencies.insert(use.currency);
        prices.add(std::move(use), tier);
    };
    auto addCloud = [&](const std::string &instanceId, PurchaseOption option, int tier) {
        const engine::CloudInstance *inst = catalog.findInstance(instanceId);
        if (!inst)
            return;
        const engine::CloudPrice *p = inst->price(option, currency);
        if (!p)
            return;
        PriceUse use;
        use.kind = PriceUse::Kind::CloudPrice;
        use.id = inst->id;
        use.name = inst->instance_type + " (" + inst->region + ")";
        use.option = engine::purchaseOptionId(option);
        use.value = p->hourly;
        use.upfront = p->upfront;
        use.currency = p->currency;
        use.provenance = p->provenance;
        currencies.insert(p->currency);
        prices.add(std::move(use), tier);
    };

    const std::size_t n = std::min(scenario.tiers.size(), result.tiers.size());
    for (std::size_t i = 0; i < n; ++i) {
        const engine::Tier &t = scenario.tiers[i];
        const int tier = int(i);
        if (t.kind == engine::TierKind::OnPremises) {
            anyOnPremises = true;
            if (const engine::GpuSpec *gpu = catalog.findGpu(t.onprem.gpu)) {
                PriceUse use;
                use.kind = PriceUse::Kind::Gpu;
                use.id = gpu->id;
                use.name = gpu->vendor.empty() ? gpu->model : gpu->vendor + " " + gpu->model;
                const bool isLocal = local(engine::MarketPrice::Kind::Gpu, gpu->id, use);
                if (!isLocal && gpu->price) { // no local price: the catalog's
                    use.value = *gpu->price;
                    use.currency = gpu->price_currency;
                    use.note = gpu->price_note;
                    use.provenance = gpu->provenance;
                }
                if (isLocal || gpu->price) {
                    currencies.insert(use.currency);
                    prices.add(std::move(use), tier);
                }
            }
            for (const engine::PartLine &line : t.onprem.node_parts)
                addPart(line, tier);
            for (const engine::PartLine &line : t.onprem.shared_parts)
                addPart(line, tier);
        } else {
            const engine::CloudTier &c = t.cloud;
            addCloud(c.hot_instance, c.hot_option, tier);
            if (c.hot_option != PurchaseOption::OnDemand)
                addCloud(c.hot_instance, PurchaseOption::OnDemand, tier); // bursts above the baseline
            if (!c.cold_instance.empty() && scenario.workload.low_priority_share > 0.0) {
                addCloud(c.cold_instance, c.cold_option, tier);
                if (c.cold_option == PurchaseOption::Spot)
                    addCloud(c.cold_instance, PurchaseOption::OnDemand, tier); // when spot is unavailable
            }
            if (c.object_storage_usd_per_gb_month > 0.0 || c.cache_usd_per_month > 0.0 || c.egress_usd_per_gb > 0.0
                || c.staff_fte > 0.0)
                currencies.insert("USD");
        }
    }

    const engine::Financials &f = scenario.financials;
    if (anyOnPremises) {
        for (const engine::ElectricityPrice &e : catalog.electricity) {
            if (e.price_per_kwh && sameValue(*e.price_per_kwh, f.electricity_price_per_kwh)
                && e.currency == f.electricity_currency) {
                PriceUse use;
                use.kind = PriceUse::Kind::Electricity;
                use.id = e.id;
                use.name = e.region + (e.customer_class.empty() ? std::string() : ", " + e.customer_class);
                use.value = *e.price_per_kwh;
                use.currency = e.currency;
                use.provenance = e.provenance;
                currencies.insert(e.currency);
                prices.add(std::move(use), -1);
                break;
            }
        }
        for (const engine::PueDefault &p : catalog.pue) {
            if (sameValue(p.pue, f.pue)) {
                PriceUse use;
                use.kind = PriceUse::Kind::Pue;
                use.id = p.id;
                use.name = p.facility + (p.region.empty() ? std::string() : ", " + p.region);
                use.value = p.pue;
                use.provenance = p.provenance;
                prices.add(std::move(use), -1);
                break;
            }
        }
        currencies.insert("USD"); // colocation and staff are priced in USD
    }
    const std::pair<const char *, double> defaults[] = {
        { app::defaults::kMaintenanceKey, f.maintenance_fraction_per_year },
        { app::defaults::kDepreciationKey, f.depreciation_years },
        { app::defaults::kColocationKey, f.colocation_usd_per_kw_month },
        { app::defaults::kStaffKey, f.staff_usd_per_fte_year },
        { app::defaults::kRefreshKey, f.refresh_reserve_fraction_per_year },
        { app::defaults::kPowerDrawKey, f.gpu_power_draw_fraction },
    };
    for (const auto &[key, value] : defaults) {
        const engine::CostDefault *d = catalog.findCostDefault(key);
        if (!d || !d->value || !sameValue(*d->value, value))
            continue;
        PriceUse use;
        use.kind = PriceUse::Kind::CostDefault;
        use.id = d->key;
        use.name = d->description.empty() ? d->key : d->description;
        use.value = *d->value;
        use.currency = d->currency;
        use.note = d->unit;
        use.provenance = d->provenance;
        prices.add(std::move(use), -1);
    }

    // The rates that bring every price into the result currency (through USD when no rate is direct).
    auto addRate = [&](const engine::ExchangeRate *r) {
        if (!r)
            return;
        PriceUse use;
        use.kind = PriceUse::Kind::ExchangeRate;
        use.id = r->base + "/" + r->quote;
        use.name = fmt::format("1 {} = {} {}", r->base, r->rate, r->quote);
        use.value = r->rate;
        use.currency = r->quote;
        use.provenance = { r->source, r->as_of };
        prices.add(std::move(use), -1);
    };
    for (const std::string &from : currencies) {
        if (from.empty() || from == currency)
            continue;
        if (const engine::ExchangeRate *r = rateBetween(catalog, from, currency)) {
            addRate(r);
        } else if (from != "USD" && currency != "USD") {
            addRate(rateBetween(catalog, from, "USD"));
            addRate(rateBetween(catalog, "USD", currency));
        }
    }

    std::stable_sort(out.begin(), out.end(), [](const PriceUse &a, const PriceUse &b) { return a.kind < b.kind; });
    return out;
}

} // namespace tco::report
