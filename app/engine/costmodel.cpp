// SPDX-License-Identifier: MIT
#include "costmodel.h"

#include "advisor.h"
#include "apialternative.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fmt/format.h>
#include <numeric>
#include <set>

namespace tco::engine {

const char *costCategoryId(CostCategory category)
{
    switch (category) {
    case CostCategory::Hardware: return "hardware";
    case CostCategory::Power: return "power";
    case CostCategory::Colocation: return "colocation";
    case CostCategory::Maintenance: return "maintenance";
    case CostCategory::Staff: return "staff";
    case CostCategory::RefreshReserve: return "refresh_reserve";
    case CostCategory::CloudReserved: return "cloud_reserved";
    case CostCategory::CloudOnDemand: return "cloud_on_demand";
    case CostCategory::CloudSpot: return "cloud_spot";
    case CostCategory::Storage: return "storage";
    case CostCategory::Egress: return "egress";
    case CostCategory::ResidualValue: return "residual_value";
    case CostCategory::Count: break;
    }
    return "unknown";
}

std::array<double, kHoursPerDay> hourlyDemandOutputTokS(const Workload &w)
{
    std::array<double, kHoursPerDay> d{};
    for (int h = 0; h < kHoursPerDay; ++h)
        d[h] = std::max(0.0, w.peak_requests_per_s * w.hourly_profile[h] * w.output_len);
    return d;
}

std::vector<double> cumulative(const std::vector<double> &monthly)
{
    std::vector<double> c(monthly.size());
    std::partial_sum(monthly.begin(), monthly.end(), c.begin());
    return c;
}

namespace {

using Category = CostCategory;
constexpr int idx(Category c) { return static_cast<int>(c); }

/// Most operating points of a batch sweep (batch 1, 2, 4, ... 2^15).
constexpr std::size_t kMaxSweepPoints = 16;
/// Cost defaults read from the catalog when the scenario leaves the value at 0.
constexpr const char kServerPowerMultiplierKey[] = "server_power_per_gpu_tdp_multiplier";
/// Longest horizon the engine evaluates, months (100 years; the scenario file allows 10).
constexpr int kLongestHorizonMonths = 1200;

/** Everything one tier's evaluation needs, resolved once. */
struct Context
{
    const Scenario &scenario;
    const CatalogSnapshot &catalog;
    const ModelSpec *model = nullptr;
    std::array<double, kHoursPerDay> demand{}; ///< output tok/s per hour of the day
};

class TierEvaluator
{
public:
    TierEvaluator(const Context &ctx, const Tier &tier, int index, TierDetail detail = TierDetail::Full)
        : m_ctx(ctx), m_tier(tier), m_prefix(fmt::format("tiers[{}]", index)), m_detail(detail)
    {
        m_r.name = tier.name;
        m_r.kind = tier.kind;
        const int months = std::clamp(ctx.scenario.financials.horizon_months, 1, kLongestHorizonMonths);
        m_r.monthly.assign(std::size_t(months), 0.0);
        m_r.monthly_by_category.assign(std::size_t(months), {});
    }

    TierResult run()
    {
        if (!checkInputs())
            return finish();
        if (!m_ctx.model) {
            error("workload.model", text(QT_TRANSLATE_NOOP("tco::engine", "unknown model \"{}\""), m_ctx.scenario.workload.model));
            return finish();
        }
        m_stack = m_ctx.catalog.findStack(m_tier.stack);
        if (!m_stack) {
            error(".stack", text(QT_TRANSLATE_NOOP("tco::engine", "unknown serving stack \"{}\""), m_tier.stack));
            return finish();
        }
        m_precision = resolvePrecision(m_tier.precision, ".precision");
        if (!m_precision)
            return finish();
        if (m_tier.kind == TierKind::OnPremises)
            onPremises();
        else
            cloud();
        return finish();
    }

private:
    /**
     * Numbers no deployment can have (NaN, infinities, negative amounts, zero counts) are errors
     * at their field, before anything is computed from them: a figure is never NaN or infinite.
     */
    bool checkInputs()
    {
        const Workload &w = m_ctx.scenario.workload;
        const Financials &f = m_ctx.scenario.financials;
        const auto number = [](double v) {
            return fmt::format("{:g}", v);
        };
        const auto atLeast0 = [&](double v, const std::string &field) {
            if (!(std::isfinite(v) && v >= 0.0))
                error(field, text(QT_TRANSLATE_NOOP("tco::engine", "must be a number, 0 or more; got {}"), number(v)));
        };
        const auto fraction = [&](double v, const std::string &field) {
            if (!(std::isfinite(v) && v >= 0.0 && v <= 1.0))
                error(field, text(QT_TRANSLATE_NOOP("tco::engine", "must be between 0 and 1; got {}"), number(v)));
        };
        if (w.input_len < 0)
            error("workload.input_len", text(QT_TRANSLATE_NOOP("tco::engine", "must be 0 or more tokens; got {}"), w.input_len));
        if (w.output_len < 1)
            error("workload.output_len", text(QT_TRANSLATE_NOOP("tco::engine", "must be at least 1 token; got {}"), w.output_len));
        // 64 bits: two lengths near 2^31 overflow an int sum
        const std::int64_t sequence = std::int64_t(w.input_len) + std::int64_t(w.output_len);
        if (sequence > kMaxSequenceTokens)
            error(w.input_len >= w.output_len ? "workload.input_len" : "workload.output_len",
                  text(QT_TRANSLATE_NOOP(
                           "tco::engine",
                           "input + output must be at most {} tokens (the longest context of any model); got {}"),
                       kMaxSequenceTokens, sequence));
        atLeast0(w.peak_requests_per_s, "workload.peak_requests_per_s");
        for (int h = 0; h < kHoursPerDay; ++h)
            atLeast0(w.hourly_profile[std::size_t(h)], fmt::format("workload.hourly_profile[{}]", h));
        atLeast0(w.sla_ttft_ms, "workload.sla_ttft_ms");
        atLeast0(w.sla_tpot_ms, "workload.sla_tpot_ms");
        fraction(w.low_priority_share, "workload.low_priority_share");

        if (f.horizon_months < 1 || f.horizon_months > kLongestHorizonMonths)
            error("financials.horizon_months",
                  text(QT_TRANSLATE_NOOP("tco::engine", "must be 1 to {} months; got {}"), kLongestHorizonMonths, f.horizon_months));
        atLeast0(f.electricity_price_per_kwh, "financials.electricity_price_per_kwh");
        if (!(std::isfinite(f.pue) && f.pue >= 1.0))
            error("financials.pue",
                  text(QT_TRANSLATE_NOOP("tco::engine", "must be at least 1 (a facility uses at least its IT power); got {}"), number(f.pue)));
        atLeast0(f.maintenance_fraction_per_year, "financials.maintenance_fraction_per_year");
        if (!(std::isfinite(f.depreciation_years) && f.depreciation_years >= 0.0)
            || (f.capex_treatment == CapexTreatment::Depreciation && f.depreciation_years == 0.0))
            error("financials.depreciation_years",
                  text(QT_TRANSLATE_NOOP("tco::engine", "must be more than 0 years; got {}"), number(f.depreciation_years)));
        atLeast0(f.colocation_usd_per_kw_month, "financials.colocation_usd_per_kw_month");
        atLeast0(f.staff_usd_per_fte_year, "financials.staff_usd_per_fte_year");
        atLeast0(f.refresh_reserve_fraction_per_year, "financials.refresh_reserve_fraction_per_year");
        fraction(f.residual_value_fraction, "financials.residual_value_fraction"); // of the purchase price
        if (!(std::isfinite(f.discount_rate_per_year) && f.discount_rate_per_year > -1.0))
            error("financials.discount_rate_per_year",
                  text(QT_TRANSLATE_NOOP("tco::engine", "must be above -1 (-100% a year); got {}"), number(f.discount_rate_per_year)));
        if (!(std::isfinite(f.gpu_power_draw_fraction) && f.gpu_power_draw_fraction > 0.0
              && f.gpu_power_draw_fraction <= 1.0))
            error("financials.gpu_power_draw_fraction",
                  text(QT_TRANSLATE_NOOP("tco::engine", "must be above 0 and at most 1; got {}"), number(f.gpu_power_draw_fraction)));

        if (!m_ctx.scenario.market.empty() && !m_ctx.catalog.findMarket(m_ctx.scenario.market))
            error("market",
                  text(QT_TRANSLATE_NOOP("tco::engine",
                                         "unknown market \"{}\": pick one of the catalog's markets, or none"),
                       m_ctx.scenario.market));
        if (m_tier.tp < 0)
            error(".tp", text(QT_TRANSLATE_NOOP("tco::engine", "must be 0 (automatic) or more; got {}"), m_tier.tp));
        if (m_tier.pp < 1)
            error(".pp", text(QT_TRANSLATE_NOOP("tco::engine", "must be at least 1; got {}"), m_tier.pp));
        if (m_tier.kind == TierKind::OnPremises) {
            const OnPremisesTier &t = m_tier.onprem;
            if (t.gpus_per_node < 1 || t.nodes < 1)
                error(".onprem.nodes", text(QT_TRANSLATE_NOOP("tco::engine", "GPUs per node and nodes must be at least 1")));
            else if (static_cast<long long>(t.gpus_per_node) * t.nodes > kMaxGpusPerTier)
                error(".onprem.nodes",
                      text(QT_TRANSLATE_NOOP("tco::engine", "{} GPUs per node x {} nodes is more than {} GPUs"), t.gpus_per_node, t.nodes,
                                  kMaxGpusPerTier));
            for (const auto &[lines, name] :
                 { std::pair { &t.node_parts, "node_parts" }, std::pair { &t.shared_parts, "shared_parts" } })
                for (std::size_t i = 0; i < lines->size(); ++i)
                    atLeast0((*lines)[i].quantity, fmt::format(".onprem.{}[{}].quantity", name, i));
            atLeast0(t.network_gbps_per_gpu, ".onprem.network_gbps_per_gpu");
            atLeast0(t.staff_fte, ".onprem.staff_fte");
        } else {
            const CloudTier &c = m_tier.cloud;
            if (c.max_replicas > kMaxGpusPerTier)
                error(".cloud.max_replicas",
                      text(QT_TRANSLATE_NOOP("tco::engine", "must be at most {}; got {}"), kMaxGpusPerTier, c.max_replicas));
            fraction(c.spot_interruption_overhead, ".cloud.spot_interruption_overhead");
            fraction(c.spot_availability, ".cloud.spot_availability");
            atLeast0(c.object_storage_gb, ".cloud.object_storage_gb");
            atLeast0(c.object_storage_usd_per_gb_month, ".cloud.object_storage_usd_per_gb_month");
            atLeast0(c.cache_usd_per_month, ".cloud.cache_usd_per_month");
            atLeast0(c.egress_gb_per_month, ".cloud.egress_gb_per_month");
            atLeast0(c.egress_usd_per_gb, ".cloud.egress_usd_per_gb");
            atLeast0(c.staff_fte, ".cloud.staff_fte");
        }
        if (m_failed)
            return false;
        const std::array<double, kHoursPerDay> &d = m_ctx.demand;
        if (!std::all_of(d.begin(), d.end(), [](double v) { return std::isfinite(v); })) {
            overflow("workload.peak_requests_per_s", "demand");
            return false;
        }
        if (std::all_of(d.begin(), d.end(), [](double v) { return v <= 0.0; }))
            warning("workload.peak_requests_per_s",
                    text(QT_TRANSLATE_NOOP("tco::engine", "no demand in any hour: nothing is served, so there is no cost per token or request")));
        return true;
    }

    // ---- issues
    void issue(TierIssue::Severity s, const std::string &field, Text message)
    {
        const std::string path = field.empty() || field[0] != '.' ? field : m_prefix + field;
        std::string english = render(message);
        m_r.issues.push_back({s, path, std::move(english), std::move(message)});
        if (s == TierIssue::Severity::Error)
            m_failed = true;
    }
    void error(const std::string &field, Text message) { issue(TierIssue::Severity::Error, field, std::move(message)); }
    void warning(const std::string &field, Text message) { issue(TierIssue::Severity::Warning, field, std::move(message)); }
    void info(const std::string &field, Text message) { issue(TierIssue::Severity::Info, field, std::move(message)); }

    /**
     * A figure computed from @p field is not a finite number (an absurdly large input overflows):
     * an error at the field, once per field, and the tier has no figures. Never dropped as a 0.
     */
    void overflow(const std::string &field, const char *what)
    {
        m_overflowed = true;
        if (std::find(m_overflowFields.begin(), m_overflowFields.end(), field) != m_overflowFields.end())
            return;
        m_overflowFields.push_back(field);
        error(field,
              text(QT_TRANSLATE_NOOP("tco::engine",
                                     "too large: the {} computed from it is not a finite number (it overflows)"),
                   what));
    }
    /** True when @p v is finite; otherwise overflow(field, what). */
    bool finite(double v, const std::string &field, const char *what)
    {
        if (std::isfinite(v))
            return true;
        overflow(field, what);
        return false;
    }
    /** Of a product a x b, the field of the factor further from 1 (the absurd one, when it overflows). */
    static std::string largerOf(double a, const std::string &fieldA, double b, const std::string &fieldB)
    {
        const auto size = [](double v) {
            return std::isfinite(v) ? std::abs(std::log(std::max(std::abs(v), 1e-300))) : 1e300;
        };
        return size(a) >= size(b) ? fieldA : fieldB;
    }

    const PrecisionSpec *resolvePrecision(const std::string &override, const std::string &field)
    {
        const std::string &name = override.empty() ? m_ctx.scenario.workload.precision : override;
        const PrecisionSpec *p = m_ctx.catalog.findPrecision(name);
        if (!p)
            error(override.empty() ? "workload.precision" : field, text(QT_TRANSLATE_NOOP("tco::engine", "unknown precision \"{}\""), name));
        return p;
    }

    /** Converts catalog money into the result currency; reports a missing rate once. */
    double money(double amount, const std::string &currency, const std::string &what)
    {
        const std::string &to = m_ctx.scenario.financials.currency;
        const std::string from = currency.empty() ? std::string("USD") : currency;
        if (const std::optional<double> v = m_ctx.catalog.convert(amount, from, to))
            return *v;
        error("financials.currency", text(QT_TRANSLATE_NOOP("tco::engine", "no exchange rate from {} to {} in the catalog (needed for {})"), from, to, what));
        return 0.0;
    }

    // ---- market (docs/cost-model.md, "Markets")
    /**
     * One GPU or part in the result currency: the market's local price when it has one, else the
     * catalog's price (@p catalogPrice, nullopt when the catalog has none). nullopt when neither
     * exists. Any conversion is noted at @p field with its rate and date unless @p field is empty.
     */
    std::optional<double> itemPrice(MarketPrice::Kind kind, const std::string &id, const std::string &name,
                                    std::optional<double> catalogPrice, const std::string &catalogCurrency,
                                    const std::string &field)
    {
        const MarketPrice *local = m_ctx.catalog.findMarketPrice(m_ctx.scenario.market, kind, id);
        if (!local && !catalogPrice)
            return std::nullopt;
        const std::string from = local ? local->currency
            : catalogCurrency.empty()  ? std::string("USD")
                                       : catalogCurrency;
        const Market *market = m_ctx.catalog.findMarket(m_ctx.scenario.market);
        if (!field.empty()) {
            if (const auto c = m_ctx.catalog.conversion(from, m_ctx.scenario.financials.currency)) {
                const std::string &to = m_ctx.scenario.financials.currency;
                if (market && !local)
                    info(field,
                         text(QT_TRANSLATE_NOOP("tco::engine",
                                                "{} has no price in the {} market: the catalog price is converted "
                                                "from {} at {:.4f} {}/{}, {}"),
                              name, market->name, from, c->rate, to, from, c->as_of));
                else
                    info(field,
                         text(QT_TRANSLATE_NOOP("tco::engine", "{} price converted from {} at {:.4f} {}/{}, {}"), name,
                              from, c->rate, to, from, c->as_of));
            }
        }
        return money(local ? local->price : *catalogPrice, from, name + " price");
    }

    /**
     * A market-priced running cost in the result currency: the scenario's own value (in USD) when
     * it is above 0, else the market's, converted with a note; 0 without either.
     */
    double marketCost(double scenarioUsd, const std::optional<double> Market::*value,
                      const std::string Market::*currency, const char *field, const char *what,
                      const char *convertedNote)
    {
        const Market *market = m_ctx.catalog.findMarket(m_ctx.scenario.market);
        if (scenarioUsd > 0.0 || !market || !(market->*value))
            return money(scenarioUsd, "USD", what);
        const std::string from = (market->*currency).empty() ? market->currency : market->*currency;
        if (const auto c = m_ctx.catalog.conversion(from, m_ctx.scenario.financials.currency);
            c && m_notedMarketCosts.insert(field).second)
            info(field,
                 text(convertedNote, market->name, from, c->rate, m_ctx.scenario.financials.currency, from, c->as_of));
        return money(*(market->*value), from, what);
    }
    double staffPerFteYear()
    {
        return marketCost(
            m_ctx.scenario.financials.staff_usd_per_fte_year, &Market::staff_cost_per_fte_year,
            &Market::staff_cost_currency, "financials.staff_usd_per_fte_year", "staff cost",
            QT_TRANSLATE_NOOP("tco::engine", "staff cost of the {} market converted from {} at {:.4f} {}/{}, {}"));
    }
    double colocationPerKwMonth()
    {
        return marketCost(
            m_ctx.scenario.financials.colocation_usd_per_kw_month, &Market::colocation_per_kw_month,
            &Market::colocation_currency, "financials.colocation_usd_per_kw_month", "colocation",
            QT_TRANSLATE_NOOP("tco::engine", "colocation of the {} market converted from {} at {:.4f} {}/{}, {}"));
    }

        /** Adds a cost computed from @p field; a non-finite amount is an error there, never a 0. */
    void add(Category c, int month, double amount, const std::string &field)
    {
        if (!finite(amount, field, costCategoryId(c)) || month < 0 || month >= int(m_r.monthly.size()))
            return;
        double &cell = m_r.monthly_by_category[std::size_t(month)][std::size_t(idx(c))];
        if (finite(cell + amount, field, costCategoryId(c)))
            cell += amount;
        m_categoryField[std::size_t(idx(c))] = field;
    }
    void addEveryMonth(Category c, double amount, const std::string &field)
    {
        if (!finite(amount, field, costCategoryId(c)))
            return;
        for (int m = 0; m < int(m_r.monthly.size()); ++m)
            add(c, m, amount, field);
    }

    PerfQuery baseQuery(int gpuCount) const
    {
        const Workload &w = m_ctx.scenario.workload;
        PerfQuery q;
        q.gpu_count = gpuCount;
        q.tp = m_tier.tp;
        q.pp = std::max(1, m_tier.pp);
        q.batch_mode = BatchMode::MaxUnderSla;
        q.input_len = w.input_len;
        q.output_len = w.output_len;
        q.sla_ttft_ms = w.sla_ttft_ms;
        q.sla_tpot_ms = w.sla_tpot_ms;
        q.sla_percentile = w.sla_percentile;
        return q;
    }

    /** Runs the performance engine; false (with an Error issue) when nothing can be served. */
    bool perform(const GpuSpec &gpu, const PrecisionSpec &precision, const PerfQuery &q, PerfResult &out,
                 const std::string &field)
    {
        out = predict(gpu, *m_ctx.model, precision, *m_stack, q);
        if (!out.ok()) {
            error(field, text("{}", out.error_message)); // the performance engine's own words, not translated
            return false;
        }
        if (!out.fits) {
            error(field, fitFailure(out));
            return false;
        }
        if (out.warnings & kWarnSlaNotMet)
            warning("workload.sla_tpot_ms",
                    text(QT_TRANSLATE_NOOP("tco::engine", "{} misses the SLA even one request at a time: TTFT {:.0f} ms, TPOT {:.1f} ms"),
                                gpu.model, out.ttft_ms, out.tpot_ms));
        const std::uint32_t notable = out.warnings & ~std::uint32_t(kWarnSlaNotMet);
        if (notable)
            info(field, warningTexts(notable));
        return true;
    }

    /** Fixed-batch operating points of one replica, doubling the batch up to what fits. */
    void sweep(const GpuSpec &gpu, const PerfQuery &base)
    {
        const PerfResult &at = m_r.perf;
        const int replicas = std::max(1, at.replicas);
        const int maxPerReplica = std::max(1, at.max_batch / replicas);
        PerfQuery q = base;
        q.gpu_count = base.gpu_count / replicas;
        q.tp = at.tp;
        q.pp = at.pp;
        q.batch_mode = BatchMode::Fixed;
        for (int b = 1; b <= maxPerReplica && m_r.batch_sweep.size() < kMaxSweepPoints; b *= 2) {
            q.batch = b;
            const PerfResult p = predict(gpu, *m_ctx.model, *m_precision, *m_stack, q);
            if (!p.ok() || !p.fits)
                break;
            m_r.batch_sweep.push_back({b, p.ttft_ms, p.tpot_ms, p.output_tok_s, p.tok_s_per_user});
            if (b < maxPerReplica && b * 2 > maxPerReplica)
                b = maxPerReplica / 2; // end exactly on the largest batch that fits
        }
    }

    // ---- on premises
    void onPremises()
    {
        const OnPremisesTier &t = m_tier.onprem;
        const Financials &f = m_ctx.scenario.financials;
        const GpuSpec *gpu = m_ctx.catalog.findGpu(t.gpu);
        if (!gpu) {
            error(".onprem.gpu", text(QT_TRANSLATE_NOOP("tco::engine", "unknown GPU \"{}\""), t.gpu));
            return;
        }
        if (t.gpus_per_node < 1 || t.nodes < 1) {
            error(".onprem.nodes", text(QT_TRANSLATE_NOOP("tco::engine", "GPUs per node and nodes must be at least 1")));
            return;
        }
        // checkInputs() bounds the product by kMaxGpusPerTier; 64 bits all the same
        const std::int64_t gpus64 = std::int64_t(t.gpus_per_node) * std::int64_t(t.nodes);
        if (gpus64 > kMaxGpusPerTier) {
            error(".onprem.nodes",
                  text(QT_TRANSLATE_NOOP("tco::engine", "GPUs per node and nodes must be at least 1")));
            return;
        }
        const int gpus = int(gpus64);
        m_r.gpus = gpus;
        m_r.gpu_vram_gib = gpu->vram_gb;
        PerfQuery q = baseQuery(gpus);
        q.gpus_per_node = t.gpus_per_node;
        if (t.link == "nvlink")
            q.link_kind = LinkKind::NvLink;
        else if (t.link == "pcie")
            q.link_kind = LinkKind::Pcie;
        if (t.network_gbps_per_gpu > 0)
            q.network_gbs_per_gpu = t.network_gbps_per_gpu / 8.0;
        if (!perform(*gpu, *m_precision, q, m_r.perf, ".onprem.gpu"))
            return;
        if (m_detail == TierDetail::Full)
            sweep(*gpu, q);
        m_r.peak_tflops = double(gpus) * peakFlops(*gpu, m_precision->compute_dtype) / 1e12;
        m_capacity = m_r.perf.output_tok_s;

        // capex
        double capex = 0.0;
        const bool invalidPrice = gpu->price && !(std::isfinite(*gpu->price) && *gpu->price >= 0.0);
        const double gpuPrice = invalidPrice
            ? 0.0
            : itemPrice(MarketPrice::Kind::Gpu, gpu->id, gpu->model, gpu->price, gpu->price_currency, ".onprem.gpu")
                  .value_or(-1.0);
        if (invalidPrice) {
            error(".onprem.gpu",
                  text(QT_TRANSLATE_NOOP("tco::engine", "{} has an invalid price in the catalog ({:g})"), gpu->model,
                       *gpu->price));
        } else if (gpuPrice >= 0.0) { // -1: neither a market nor a catalog price
            if (gpuPrice == 0.0)
                warning(".onprem.gpu",
                        text(QT_TRANSLATE_NOOP(
                                 "tco::engine",
                                 "{} has a price of 0 in the catalog: its GPUs add nothing to this tier's cost"),
                             gpu->model));
            capex += double(gpus) * gpuPrice;
            finite(capex, ".onprem.gpu", "hardware cost");
        } else {
            error(".onprem.gpu", text(QT_TRANSLATE_NOOP("tco::engine", "{} has no price in the catalog: add one in the Catalog view to cost this tier"), gpu->model));
        }
        double partsPower_w = 0.0;
        bool anyPartPower = false;
        auto addParts = [&](const std::vector<PartLine> &lines, double multiplier, const char *field) {
            for (std::size_t i = 0; i < lines.size(); ++i) {
                const PartLine &line = lines[i];
                const std::string path = fmt::format(".onprem.{}[{}]", field, i);
                const std::string quantity = path + ".quantity";
                const ServerPart *part = m_ctx.catalog.findPart(line.part_id);
                if (!part) {
                    error(path, text(QT_TRANSLATE_NOOP("tco::engine", "unknown server part \"{}\""), line.part_id));
                    continue;
                }
                if (const std::optional<double> price = itemPrice(MarketPrice::Kind::Part, part->id, part->model,
                                                                  part->price, part->price_currency, path)) {
                    const double cost = line.quantity * multiplier * *price;
                    if (finite(cost, largerOf(line.quantity * multiplier, quantity, *price, path), "hardware cost")
                        && finite(capex + cost, quantity, "hardware cost"))
                        capex += cost;
                } else {
                    warning(path, text(QT_TRANSLATE_NOOP("tco::engine", "{} has no price in the catalog; counted as 0"), part->model));
                }
                if (part->power_w) {
                    const double power_w = line.quantity * multiplier * *part->power_w;
                    if (finite(power_w, largerOf(line.quantity * multiplier, quantity, *part->power_w, path), "power")
                        && finite(partsPower_w + power_w, quantity, "power"))
                        partsPower_w += power_w;
                    anyPartPower = true;
                }
            }
        };
        addParts(t.node_parts, t.nodes, "node_parts");
        addParts(t.shared_parts, 1.0, "shared_parts");
        m_r.hardware_cost = capex;

        // power: GPUs at their average draw, plus the rest of the node
        const double gpuTdp_w = gpu->tdp_w.value_or(0.0);
        if (!gpu->tdp_w)
            warning(".onprem.gpu", text(QT_TRANSLATE_NOOP("tco::engine", "{} has no TDP in the catalog; its power is counted as 0"), gpu->model));
        const double gpus_w = double(gpus) * gpuTdp_w * f.gpu_power_draw_fraction;
        finite(gpus_w, ".onprem.gpu", "power");
        double rest_w = partsPower_w;
        if (!anyPartPower) {
            // No part lists its power: the server's own overhead per GPU (Epoch AI's measured ratio).
            if (const std::optional<double> mult = m_ctx.catalog.costDefault(kServerPowerMultiplierKey)) {
                rest_w = double(gpus) * gpuTdp_w * f.gpu_power_draw_fraction * (*mult - 1.0);
                finite(rest_w, ".onprem.node_parts", "power");
                info(".onprem.node_parts",
                     text(QT_TRANSLATE_NOOP("tco::engine", "no part lists its power: rest of the node taken as {:.2f}x GPU power ({})"), *mult - 1.0,
                                 kServerPowerMultiplierKey));
            }
        }
        if (m_overflowed)
            return; // the error names the input; nothing below would be a figure
        // Provisioned (peak) IT power: every GPU at its serving draw, and the rest of the node.
        const double it_w = gpus_w + rest_w;
        m_r.peak_power_w = it_w * f.pue;
        if (!finite(m_r.peak_power_w, largerOf(it_w, ".onprem.node_parts", f.pue, "financials.pue"), "power"))
            return;
        // Average power follows the load: a GPU holding the model draws its sourced idle power plus
        // (serving draw - idle) x utilisation, hour by hour from the demand it serves. Without a
        // sourced idle power the GPU is counted at its serving draw around the clock (an upper bound).
        double avgGpus_w = gpus_w;
        if (gpu->idle_w && gpuTdp_w > 0.0) {
            const double serving_w = gpuTdp_w * f.gpu_power_draw_fraction;
            const double idle_w = std::min(*gpu->idle_w, serving_w);
            double utilisationSum = 0.0;
            for (int h = 0; h < kHoursPerDay; ++h)
                utilisationSum += m_capacity > 0.0 ? std::min(1.0, m_ctx.demand[h] / m_capacity) : 0.0;
            avgGpus_w = double(gpus) * (idle_w + (serving_w - idle_w) * utilisationSum / kHoursPerDay);
        } else if (gpuTdp_w > 0.0) {
            info(".onprem.gpu",
                 text(QT_TRANSLATE_NOOP("tco::engine", "{} has no sourced idle power in the catalog: its GPUs are counted at "
                                                       "their serving draw in every hour, whatever the load"),
                      gpu->model));
        }
        m_r.power_w = (avgGpus_w + rest_w) * f.pue;
        const double kwhPerMonth = m_r.power_w / 1000.0 * kHoursPerMonth;
        m_r.energy_kwh_per_month = kwhPerMonth;
        const double energyPerMonth = kwhPerMonth * money(f.electricity_price_per_kwh, f.electricity_currency, "electricity");
        addEveryMonth(Category::Power, energyPerMonth, "financials.electricity_price_per_kwh");
        if (t.colocated)
            addEveryMonth(Category::Colocation, // sold per provisioned kW: the peak IT load
                          it_w / 1000.0 * colocationPerKwMonth(),
                          "financials.colocation_usd_per_kw_month");
        addEveryMonth(Category::Maintenance, capex * f.maintenance_fraction_per_year / 12.0,
                      "financials.maintenance_fraction_per_year");
        addStaff(t.staff_fte, ".onprem.staff_fte");
        addRefreshReserve(capex);
        addCapex(capex);

        // demand served
        double demandSum = 0.0, servedSum = 0.0;
        for (int h = 0; h < kHoursPerDay; ++h) {
            demandSum += m_ctx.demand[h];
            servedSum += std::min(m_ctx.demand[h], m_capacity);
        }
        setServed(demandSum, servedSum);
        m_r.capacity_output_tok_s = m_capacity;
        if (m_detail == TierDetail::Full) // the advisor's what-ifs do not need it
            m_r.nodes_needed_for_demand = nodesForDemand(*gpu, q, t.gpus_per_node);
        m_r.output_tok_s = m_capacity;
        m_r.ttft_ms = m_r.perf.ttft_ms;
        m_r.tpot_ms = m_r.perf.tpot_ms;

        // elasticity: the same tier with k times the nodes (shared parts and staff stay)
        const double shared = sharedCapex(t);
        for (int k : kElasticityScales) {
            const double scaledCapex = (capex - shared) * k + shared;
            const double scale = (capex > 0) ? scaledCapex / capex : k;
            double cost = 0.0;
            for (const auto &month : m_r.monthly_by_category)
                for (int c = 0; c < kCostCategoryCount; ++c)
                    cost += month[std::size_t(c)] * (c == idx(Category::Staff) ? 1.0
                                                      : c == idx(Category::Power) || c == idx(Category::Colocation) ? k
                                                                                                                     : scale);
            m_r.scaling_curve.emplace_back(cost, m_capacity * k);
        }
    }

    /**
     * Size to demand, on premises: the fewest nodes whose capacity at the SLA serves the busiest
     * hour (plus one with N+1). Capacity grows with the node count, so a doubling search brackets
     * the count and a bisection finds it: about 2 log2(n) runs of the performance engine.
     */
    int nodesForDemand(const GpuSpec &gpu, PerfQuery q, int gpusPerNode)
    {
        const double peak = *std::max_element(m_ctx.demand.begin(), m_ctx.demand.end());
        const int extra = m_tier.n_plus_one ? 1 : 0;
        if (peak <= 0.0)
            return 1 + extra;
        const auto capacity = [&](long long nodes) {
            q.gpu_count = int(nodes * gpusPerNode);
            const PerfResult p = predict(gpu, *m_ctx.model, *m_precision, *m_stack, q);
            return p.ok() && p.fits ? p.output_tok_s : 0.0;
        };
        long long below = 0, enough = 1; // capacity(below) < peak <= capacity(enough)
        while (capacity(enough) < peak) {
            below = enough;
            enough *= 2;
            if (enough * gpusPerNode > kMaxGpusPerTier)
                return 0; // no count within the engine's limit serves it
        }
        while (enough - below > 1) {
            const long long mid = below + (enough - below) / 2;
            (capacity(mid) >= peak ? enough : below) = mid;
        }
        return int(enough) + extra;
    }

    double sharedCapex(const OnPremisesTier &t)
    {
        double s = 0.0;
        for (const PartLine &line : t.shared_parts)
            if (const ServerPart *p = m_ctx.catalog.findPart(line.part_id))
                s += line.quantity
                    * itemPrice(MarketPrice::Kind::Part, p->id, p->model, p->price, p->price_currency, {})
                          .value_or(0.0);
        return s;
    }

    /** Staff cost: @p fte of the tier at the financials' yearly cost per FTE. */
    void addStaff(double fte, const std::string &fteField)
    {
        const double perFte = staffPerFteYear(); // the scenario's, else the market's
        addEveryMonth(Category::Staff, fte * perFte / 12.0,
                      largerOf(fte, fteField, perFte, "financials.staff_usd_per_fte_year"));
    }

    /**
     * Bought hardware in the timeline, in one of two explicit views (docs/cost-model.md):
     * - cash: the purchase in month 1 and the resale value (residual_value_fraction x capex) back
     *   in the last month, net (1 - r) x capex;
     * - accrual: straight-line depreciation of the depreciable amount (1 - r) x capex over
     *   depreciation_years x 12 months, the last month of a fractional period charged its fraction;
     *   the horizon carries min(horizon, period) / period of it and no resale line.
     * Neither view ever charges more than the purchase price.
     */
    void addCapex(double capex)
    {
        const Financials &f = m_ctx.scenario.financials;
        const int months = int(m_r.monthly.size());
        const double residual = std::clamp(f.residual_value_fraction, 0.0, 1.0);
        if (f.capex_treatment == CapexTreatment::Depreciation && f.depreciation_years > 0) {
            const double periodMonths = f.depreciation_years * 12.0; // a double: huge periods do not fit an int
            const double perMonth = capex * (1.0 - residual) / periodMonths;
            for (int m = 0; m < months && m < periodMonths; ++m) // the last, partial month its fraction
                add(Category::Hardware, m, perMonth * std::min(1.0, periodMonths - m), "financials.depreciation_years");
        } else {
            add(Category::Hardware, 0, capex, ".onprem");
            if (residual > 0)
                add(Category::ResidualValue, months - 1, -capex * residual, "financials.residual_value_fraction");
        }
    }

    /** The refresh reserve: beside the TCO, inside it only when the user opts in. */
    void addRefreshReserve(double capex)
    {
        const Financials &f = m_ctx.scenario.financials;
        const double perMonth = capex * f.refresh_reserve_fraction_per_year / 12.0;
        m_r.refresh_reserve = perMonth * double(m_r.monthly.size());
        // beside the TCO or in it: an overflow is an error at its input either way
        if (!finite(m_r.refresh_reserve, "financials.refresh_reserve_fraction_per_year", "refresh reserve"))
            return;
        if (f.refresh_reserve_in_tco)
            addEveryMonth(Category::RefreshReserve, perMonth, "financials.refresh_reserve_fraction_per_year");
    }

    void setServed(double demandSumPerDay, double servedSumPerDay)
    {
        const Workload &w = m_ctx.scenario.workload;
        m_r.served_share = demandSumPerDay > 0 ? servedSumPerDay / demandSumPerDay : 0.0;
        m_r.served_output_tok_s_avg = servedSumPerDay / kHoursPerDay;
        // each hour of the profile stands for the same hour of every day of the horizon
        m_r.output_tokens_served = servedSumPerDay * kSecondsPerHour * kDaysPerMonth * double(m_r.monthly.size());
        m_r.requests_served = w.output_len > 0 ? m_r.output_tokens_served / w.output_len : 0.0;
        if (m_r.served_share < 0.999 && demandSumPerDay > 0)
            warning(m_prefix, text(QT_TRANSLATE_NOOP("tco::engine", "serves only {:.0f}% of the demand: peak demand {:.0f} tok/s, capacity {:.0f} tok/s at the SLA"),
                                          m_r.served_share * 100.0,
                                          *std::max_element(m_ctx.demand.begin(), m_ctx.demand.end()),
                                          m_r.capacity_output_tok_s > 0 ? m_r.capacity_output_tok_s : m_capacity));
    }

    // ---- cloud
    const CloudInstance *instance(const std::string &id, const std::string &field)
    {
        const CloudInstance *inst = m_ctx.catalog.findInstance(id);
        if (!inst) {
            error(field, text(QT_TRANSLATE_NOOP("tco::engine", "unknown cloud instance \"{}\""), id));
            return nullptr;
        }
        if (inst->gpu_count < 1.0 || std::trunc(inst->gpu_count) != inst->gpu_count) {
            error(field, text(QT_TRANSLATE_NOOP("tco::engine", "{} offers a fraction of a GPU ({}); pick a whole-GPU instance"), inst->instance_type, inst->gpu_count));
            return nullptr;
        }
        if (!(inst->gpu_count <= double(kMaxGpusPerTier))) { // (also NaN) before any conversion to int
            error(field,
                  text(QT_TRANSLATE_NOOP("tco::engine",
                                         "{} offers {} GPUs in the catalog: more than {} GPUs, not an instance"),
                       inst->instance_type, inst->gpu_count, kMaxGpusPerTier));
            return nullptr;
        }
        return inst;
    }

    /** Hourly price and upfront payment of @p option in the result currency; false when missing. */
    bool price(const CloudInstance &inst, PurchaseOption option, double &hourly, double &upfront, const std::string &field)
    {
        const CloudPrice *p = inst.price(option, m_ctx.scenario.financials.currency);
        if (!p) {
            error(field, text(QT_TRANSLATE_NOOP("tco::engine", "{} ({}) has no {} price in the catalog"), inst.instance_type, inst.region, purchaseOptionId(option)));
            return false;
        }
        if (!(std::isfinite(p->hourly) && p->hourly >= 0.0 && std::isfinite(p->upfront) && p->upfront >= 0.0)) {
            error(field,
                  text(QT_TRANSLATE_NOOP("tco::engine", "{} ({}) has an invalid {} price in the catalog"), inst.instance_type, inst.region,
                              purchaseOptionId(option)));
            return false;
        }
        if (p->hourly == 0.0 && p->upfront == 0.0)
            warning(field,
                    text(QT_TRANSLATE_NOOP("tco::engine", "{} ({}) has a {} price of 0 in the catalog: its hours cost nothing here"),
                                inst.instance_type, inst.region, purchaseOptionId(option)));
        hourly = money(p->hourly, p->currency, inst.instance_type + " price");
        upfront = money(p->upfront, p->currency, inst.instance_type + " upfront");
        return true;
    }

    void cloud()
    {
        const CloudTier &c = m_tier.cloud;
        const Financials &f = m_ctx.scenario.financials;
        const Workload &w = m_ctx.scenario.workload;
        if (c.min_replicas < 0 || c.max_replicas < 1 || c.max_replicas < c.min_replicas) {
            error(".cloud.max_replicas", text(QT_TRANSLATE_NOOP("tco::engine", "replica bounds must satisfy 0 <= min <= max and max >= 1")));
            return;
        }
        if (!(c.target_utilisation > 0.0 && c.target_utilisation <= 1.0)) {
            error(".cloud.target_utilisation", text(QT_TRANSLATE_NOOP("tco::engine", "must be above 0 and at most 1")));
            return;
        }
        const CloudInstance *hot = instance(c.hot_instance, ".cloud.hot_instance");
        if (!hot)
            return;
        const GpuSpec *hotGpu = m_ctx.catalog.findGpu(hot->gpu_id);
        if (!hotGpu) {
            error(".cloud.hot_instance", text(QT_TRANSLATE_NOOP("tco::engine", "GPU \"{}\" of {} is not in the catalog"), hot->gpu_id, hot->instance_type));
            return;
        }
        const int hotGpus = int(hot->gpu_count);
        m_r.gpu_vram_gib = hotGpu->vram_gb;
        if (!perform(*hotGpu, *m_precision, baseQuery(hotGpus), m_r.perf, ".cloud.hot_instance"))
            return;
        if (m_detail == TierDetail::Full)
            sweep(*hotGpu, baseQuery(hotGpus));
        const double hotCap = m_r.perf.output_tok_s;
        double baseHourly = 0, baseUpfront = 0, odHourly = 0, odUpfront = 0;
        if (!price(*hot, c.hot_option, baseHourly, baseUpfront, ".cloud.hot_option")
            || !price(*hot, PurchaseOption::OnDemand, odHourly, odUpfront, ".cloud.hot_instance"))
            return;

        // cold (low-priority) replicas
        const bool hasCold = !c.cold_instance.empty() && w.low_priority_share > 0.0;
        double coldCap = 0.0, coldCost_h = 0.0;
        const GpuSpec *coldGpu = nullptr;
        if (hasCold) {
            const CloudInstance *cold = instance(c.cold_instance, ".cloud.cold_instance");
            if (!cold)
                return;
            coldGpu = m_ctx.catalog.findGpu(cold->gpu_id);
            const PrecisionSpec *coldPrecision = resolvePrecision(c.cold_precision, ".cloud.cold_precision");
            if (!coldGpu || !coldPrecision) {
                if (!coldGpu)
                    error(".cloud.cold_instance", text(QT_TRANSLATE_NOOP("tco::engine", "GPU \"{}\" is not in the catalog"), cold->gpu_id));
                return;
            }
            PerfQuery cq = baseQuery(int(cold->gpu_count));
            cq.batch_mode = BatchMode::MaxFit; // low priority: no latency SLA, the most throughput that fits
            if (!perform(*coldGpu, *coldPrecision, cq, m_r.cold_perf, ".cloud.cold_instance"))
                return;
            coldCap = m_r.cold_perf.output_tok_s * (1.0 - std::clamp(c.spot_interruption_overhead, 0.0, 0.95));
            double spotH = 0, spotU = 0, coldOdH = 0, coldOdU = 0;
            if (!price(*cold, c.cold_option, spotH, spotU, ".cloud.cold_option")
                || !price(*cold, PurchaseOption::OnDemand, coldOdH, coldOdU, ".cloud.cold_instance"))
                return;
            const double avail = std::clamp(c.spot_availability, 0.0, 1.0);
            coldCost_h = c.cold_option == PurchaseOption::Spot ? avail * spotH + (1.0 - avail) * coldOdH : spotH;
        }

        // replicas hour by hour
        const double lowShare = hasCold ? std::clamp(w.low_priority_share, 0.0, 1.0) : 0.0;
        double demandSum = 0.0, servedSum = 0.0, burstReplicaHoursPerDay = 0.0, coldReplicaHoursPerDay = 0.0;
        double peakHot = 0.0, peakCold = 0.0;
        for (int h = 0; h < kHoursPerDay; ++h) {
            const double hotDemand = m_ctx.demand[h] * (1.0 - lowShare);
            const double coldDemand = m_ctx.demand[h] * lowShare;
            double replicas = hotCap > 0 ? std::ceil(hotDemand / (hotCap * c.target_utilisation) - 1e-9) : 0.0;
            replicas = std::clamp(replicas, double(c.min_replicas), double(c.max_replicas));
            double coldReplicas = coldCap > 0 ? std::ceil(coldDemand / (coldCap * c.target_utilisation) - 1e-9) : 0.0;
            coldReplicas = std::min(coldReplicas, double(c.max_replicas));
            m_r.hot_replicas[h] = replicas;
            m_r.cold_replicas[h] = coldReplicas;
            burstReplicaHoursPerDay += replicas - c.min_replicas;
            coldReplicaHoursPerDay += coldReplicas;
            demandSum += m_ctx.demand[h];
            servedSum += std::min(hotDemand, replicas * hotCap) + std::min(coldDemand, coldReplicas * coldCap);
            peakHot = std::max(peakHot, replicas);
            peakCold = std::max(peakCold, coldReplicas);
        }
        // 64 bits: replicas (up to kMaxGpusPerTier) times GPUs per instance overflow an int
        const std::int64_t coldGpus
            = hasCold ? std::int64_t(m_ctx.catalog.findInstance(c.cold_instance)->gpu_count) : 0;
        const std::int64_t peakGpus = std::int64_t(peakHot) * hotGpus + std::int64_t(peakCold) * coldGpus;
        if (peakGpus > kMaxGpusPerTier) {
            error(".cloud.max_replicas",
                  text(QT_TRANSLATE_NOOP("tco::engine", "at its peak the tier runs {} GPUs: more than {}"), peakGpus,
                       kMaxGpusPerTier));
            return;
        }
        m_r.gpus = int(peakGpus);
        m_r.peak_tflops = peakHot * double(hotGpus) * peakFlops(*hotGpu, m_precision->compute_dtype) / 1e12;
        // What the tier pays for: the replicas that run in the busiest hour. The autoscaler's ceiling
        // (max_replicas) is a bound, not capacity: raising an unused bound changes no figure.
        m_r.capacity_output_tok_s = peakHot * hotCap + peakCold * coldCap;
        m_capacity = m_r.capacity_output_tok_s;

        // money
        const bool reserved = commitmentMonths(c.hot_option) > 0;
        const Category baseCat = reserved ? Category::CloudReserved
                               : c.hot_option == PurchaseOption::Spot ? Category::CloudSpot
                                                                      : Category::CloudOnDemand;
        addEveryMonth(baseCat, c.min_replicas * baseHourly * kHoursPerMonth, ".cloud.hot_option");
        const int term = commitmentMonths(c.hot_option);
        if (baseUpfront > 0 && term > 0) {
            for (int m = 0; m < int(m_r.monthly.size()); m += term) {
                if (f.capex_treatment == CapexTreatment::Depreciation)
                    for (int k = m; k < std::min(int(m_r.monthly.size()), m + term); ++k)
                        add(Category::CloudReserved, k, c.min_replicas * baseUpfront / term, ".cloud.hot_option");
                else
                    add(Category::CloudReserved, m, c.min_replicas * baseUpfront, ".cloud.hot_option");
            }
            m_r.hardware_cost = c.min_replicas * baseUpfront;
        }
        addEveryMonth(Category::CloudOnDemand, burstReplicaHoursPerDay * odHourly * kDaysPerMonth,
                      ".cloud.hot_instance");
        addEveryMonth(Category::CloudSpot, coldReplicaHoursPerDay * coldCost_h * kDaysPerMonth, ".cloud.cold_instance");
        const double storage_usd = c.object_storage_gb * c.object_storage_usd_per_gb_month;
        const std::string storageField
            = largerOf(c.object_storage_gb, ".cloud.object_storage_gb", c.object_storage_usd_per_gb_month,
                       ".cloud.object_storage_usd_per_gb_month");
        if (finite(storage_usd, storageField, "storage"))
            addEveryMonth(Category::Storage, money(storage_usd + c.cache_usd_per_month, "USD", "storage"),
                          storage_usd >= c.cache_usd_per_month ? storageField
                                                               : std::string(".cloud.cache_usd_per_month"));
        addEveryMonth(Category::Egress, money(c.egress_gb_per_month * c.egress_usd_per_gb, "USD", "egress"),
                      largerOf(c.egress_gb_per_month, ".cloud.egress_gb_per_month", c.egress_usd_per_gb,
                               ".cloud.egress_usd_per_gb"));
        addStaff(c.staff_fte, ".cloud.staff_fte");
        if (m_overflowed)
            return;

        setServed(demandSum, servedSum);
        m_r.output_tok_s = m_r.capacity_output_tok_s;
        m_r.ttft_ms = m_r.perf.ttft_ms;
        m_r.tpot_ms = m_r.perf.tpot_ms;
        // power of the rented GPUs in the busiest hour, for tokens per watt (not billed: it is in the
        // price): every GPU of every running replica, hot and cold
        const double hotPower_w = double(hotGpus) * hotGpu->tdp_w.value_or(0.0) * f.gpu_power_draw_fraction;
        const double coldPower_w = coldGpu ? double(coldGpus) * coldGpu->tdp_w.value_or(0.0) * f.gpu_power_draw_fraction : 0.0;
        m_r.power_w = (peakHot * hotPower_w + peakCold * coldPower_w) * f.pue;
        m_r.peak_power_w = m_r.power_w;
        double replicaWattHoursPerDay = 0.0;
        for (int h = 0; h < kHoursPerDay; ++h)
            replicaWattHoursPerDay += m_r.hot_replicas[h] * hotPower_w + m_r.cold_replicas[h] * coldPower_w;
        m_r.energy_kwh_per_month = replicaWattHoursPerDay * f.pue / 1000.0 * kDaysPerMonth;

        // size to demand: the replicas the busiest hour needs, whatever the ceiling allows
        double hotNeeded = 0.0, coldNeeded = 0.0;
        for (int h = 0; h < kHoursPerDay; ++h) {
            if (hotCap > 0)
                hotNeeded = std::max(hotNeeded, std::ceil(m_ctx.demand[h] * (1.0 - lowShare) / (hotCap * c.target_utilisation) - 1e-9));
            if (coldCap > 0)
                coldNeeded = std::max(coldNeeded, std::ceil(m_ctx.demand[h] * lowShare / (coldCap * c.target_utilisation) - 1e-9));
        }
        const double needed = std::max({ hotNeeded, coldNeeded, double(std::max(1, c.min_replicas)) }) + (m_tier.n_plus_one ? 1 : 0);
        m_r.nodes_needed_for_demand = needed <= double(kMaxGpusPerTier) ? int(needed) : 0;

        // elasticity: k replicas always on at the baseline purchase option
        const double fixedPerMonth = money(c.object_storage_gb * c.object_storage_usd_per_gb_month + c.cache_usd_per_month
                                               + c.egress_gb_per_month * c.egress_usd_per_gb,
                                           "USD", "storage")
            + c.staff_fte * staffPerFteYear() / 12.0;
        const double months = double(m_r.monthly.size());
        for (int k : kElasticityScales) {
            const double upfronts = term > 0 ? std::ceil(months / term) * baseUpfront : 0.0;
            const double cost = k * (baseHourly * kHoursPerMonth * months + upfronts) + fixedPerMonth * months;
            m_r.scaling_curve.emplace_back(cost, k * hotCap);
        }
    }

    TierResult finish()
    {
        double total = 0.0, pv = 0.0;
        const double rate = m_ctx.scenario.financials.discount_rate_per_year;
        const double r = std::isfinite(rate) && rate > -1.0 ? rate : 0.0; // an invalid rate is an issue already
        for (std::size_t m = 0; m < m_r.monthly.size(); ++m) {
            double month = 0.0;
            for (int c = 0; c < kCostCategoryCount; ++c) {
                month += m_r.monthly_by_category[m][std::size_t(c)];
                m_r.breakdown[std::size_t(c)] += m_r.monthly_by_category[m][std::size_t(c)];
            }
            m_r.monthly[m] = month;
            total += month;
            pv += month / std::pow(1.0 + r, double(m) / 12.0);
        }
        m_r.tco_total = total;
        m_r.tco_present_value = pv;
        if (!m_failed && !std::isfinite(total)) {
            // every month is finite, their sum is not: name the input behind the largest category
            std::size_t largest = 0;
            for (std::size_t c = 0; c < m_r.breakdown.size(); ++c)
                if (!(std::abs(m_r.breakdown[c]) <= std::abs(m_r.breakdown[largest])))
                    largest = c;
            const std::string &field = m_categoryField[largest];
            overflow(field.empty() ? m_prefix : field, "total cost");
        } else if (!m_failed && !std::isfinite(pv)) {
            overflow("financials.discount_rate_per_year", "present value");
        }
        if (!m_failed) {
            if (m_r.output_tokens_served > 0)
                m_r.cost_per_million_tokens = total / m_r.output_tokens_served * 1e6;
            if (m_r.requests_served > 0)
                m_r.cost_per_request = total / m_r.requests_served;
            if (m_r.peak_power_w > 0) // capacity over the power it takes to deliver it
                m_r.tokens_per_s_per_watt = m_r.output_tok_s / m_r.peak_power_w;
            if (total > 0)
                m_r.flops_per_currency = m_r.peak_tflops * 1e12 / total;
            m_r.elasticity = loglogSlope(m_r.scaling_curve);
            if (const char *figure = firstNonFiniteFigure(m_r))
                overflow(m_prefix, figure);
        }
        m_r.ok = !m_failed;
        if (m_overflowed)
            return withoutFigures();
        if (m_failed) {
            // figures that depend on a failed input are not shown as numbers
            m_r.output_tok_s = m_r.capacity_output_tok_s = 0.0;
        }
        return m_r;
    }

    /** The result of a tier whose figures overflowed: its name and issues, every figure 0. */
    TierResult withoutFigures()
    {
        TierResult r;
        r.name = m_r.name;
        r.kind = m_r.kind;
        r.ok = false;
        r.issues = std::move(m_r.issues);
        r.monthly.assign(m_r.monthly.size(), 0.0);
        r.monthly_by_category.assign(m_r.monthly.size(), {});
        return r;
    }

    /** The name of the first figure of @p r that is NaN or infinite, or null. */
    static const char *firstNonFiniteFigure(const TierResult &r)
    {
        const auto bad = [](double v) {
            return !std::isfinite(v);
        };
        for (const PerfResult *p : { &r.perf, &r.cold_perf })
            for (double v : { p->weights_gib_per_gpu, p->usable_gib_per_gpu, p->kv_gib_per_gpu, p->batch, p->ttft_ms,
                              p->tpot_ms, p->tok_s_per_user, p->output_tok_s, p->total_tok_s, p->prefill_tok_s,
                              p->decode.total_ms, p->prefill.total_ms })
                if (bad(v))
                    return "performance";
        for (const SweepPoint &s : r.batch_sweep)
            if (bad(s.ttft_ms) || bad(s.tpot_ms) || bad(s.output_tok_s) || bad(s.tok_s_per_user))
                return "batch sweep";
        for (std::size_t h = 0; h < r.hot_replicas.size(); ++h)
            if (bad(r.hot_replicas[h]) || bad(r.cold_replicas[h]))
                return "replica count";
        for (const auto &[cost, throughput] : r.scaling_curve)
            if (bad(cost) || bad(throughput))
                return "scaling curve";
        if (std::any_of(r.monthly.begin(), r.monthly.end(), bad)
            || std::any_of(r.breakdown.begin(), r.breakdown.end(), bad))
            return "monthly cost";
        const std::pair<double, const char *> figures[] = {
            { r.gpu_vram_gib, "GPU memory" },
            { r.peak_tflops, "peak TFLOPS" },
            { r.capacity_output_tok_s, "capacity" },
            { r.served_output_tok_s_avg, "throughput served" },
            { r.served_share, "share served" },
            { r.hardware_cost, "hardware cost" },
            { r.power_w, "power" },
            { r.peak_power_w, "power" },
            { r.output_tok_s, "throughput" },
            { r.output_tokens_served, "tokens served" },
            { r.requests_served, "requests served" },
            { r.cost_per_million_tokens, "cost per million tokens" },
            { r.cost_per_request, "cost per request" },
            { r.tokens_per_s_per_watt, "tokens per watt" },
            { r.flops_per_currency, "FLOPS per currency unit" },
            { r.elasticity, "elasticity" },
        };
        for (const auto &[v, name] : figures)
            if (bad(v))
                return name;
        return nullptr;
    }

    static double loglogSlope(const std::vector<std::pair<double, double>> &points)
    {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (const auto &[cost, tput] : points) {
            if (cost <= 0 || tput <= 0)
                continue;
            const double x = std::log(cost), y = std::log(tput);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            ++n;
        }
        const double den = n * sxx - sx * sx;
        return n >= 2 && den > 0 ? (n * sxy - sx * sy) / den : 0.0;
    }

    const Context &m_ctx;
    const Tier &m_tier;
    std::string m_prefix;
    TierResult m_r;
    const ServingStackSpec *m_stack = nullptr;
    const PrecisionSpec *m_precision = nullptr;
    double m_capacity = 0.0;
    bool m_failed = false;
    bool m_overflowed = false; ///< a figure was not finite: the tier has none
    std::vector<std::string> m_overflowFields; ///< fields already named by overflow()
    std::array<std::string, kCostCategoryCount> m_categoryField {}; ///< last input that added to each category
    std::set<std::string> m_notedMarketCosts; ///< market costs whose conversion is noted already
    TierDetail m_detail = TierDetail::Full;
};

void findBreakEvens(Result &result)
{
    // each tier's running total once (not once per pair)
    std::vector<std::vector<double>> running(result.tiers.size());
    for (std::size_t i = 0; i < result.tiers.size(); ++i)
        if (result.tiers[i].ok)
            running[i] = cumulative(result.tiers[i].monthly);
    const auto usable = [&](std::size_t i) {
        return result.tiers[i].ok
            && std::all_of(running[i].begin(), running[i].end(), [](double v) { return std::isfinite(v); });
    };
    for (int a = 0; a < int(result.tiers.size()); ++a) {
        for (int b = a + 1; b < int(result.tiers.size()); ++b) {
            if (!usable(std::size_t(a)) || !usable(std::size_t(b)))
                continue;
            const std::vector<double> &ca = running[std::size_t(a)], &cb = running[std::size_t(b)];
            for (std::size_t m = 1; m < std::min(ca.size(), cb.size()); ++m) {
                const double before = ca[m - 1] - cb[m - 1];
                const double after = ca[m] - cb[m];
                if ((before < 0 && after >= 0) || (before > 0 && after <= 0)) {
                    result.break_even.push_back({a, b, int(m) + 1, ca[m]});
                    break;
                }
            }
        }
    }
}

} // namespace

TierResult evaluateTier(const Scenario &scenario, const CatalogSnapshot &catalog, int tier, TierDetail detail)
{
    if (tier < 0 || tier >= int(scenario.tiers.size()))
        return {};
    return evaluateTierVariant(scenario, catalog, tier, scenario.tiers[std::size_t(tier)], detail);
}

TierResult evaluateTierVariant(const Scenario &scenario, const CatalogSnapshot &catalog, int tier, const Tier &variant,
                               TierDetail detail)
{
    if (tier < 0 || tier >= int(scenario.tiers.size()))
        return {};
    const Context ctx{scenario, catalog, catalog.findModel(scenario.workload.model), hourlyDemandOutputTokS(scenario.workload)};
    return TierEvaluator(ctx, variant, tier, detail).run();
}

Result evaluate(const Scenario &scenario, const CatalogSnapshot &catalog)
{
    Result result = evaluateTiers(scenario, catalog);
    result.advice = advise(scenario, result, catalog);
    result.api = evaluateApiAlternatives(scenario, catalog, result);
    return result;
}

Result evaluateTiers(const Scenario &scenario, const CatalogSnapshot &catalog)
{
    Result result;
    result.currency = scenario.financials.currency;
    result.market = scenario.market;
    result.horizon_months = scenario.financials.horizon_months;
    Context ctx{scenario, catalog, catalog.findModel(scenario.workload.model), hourlyDemandOutputTokS(scenario.workload)};
    result.tiers.reserve(scenario.tiers.size());
    for (std::size_t i = 0; i < scenario.tiers.size(); ++i)
        result.tiers.push_back(TierEvaluator(ctx, scenario.tiers[i], int(i)).run());

    // cost-performance index against the baseline tier
    const int base = scenario.financials.baseline_tier;
    if (base >= 0 && base < int(result.tiers.size())) {
        const TierResult &b = result.tiers[std::size_t(base)];
        const double baseRatio = b.ok && b.tco_total > 0 ? b.output_tok_s / b.tco_total : 0.0;
        for (TierResult &t : result.tiers) {
            if (!(t.ok && t.tco_total > 0 && baseRatio > 0))
                continue;
            const double index = (t.output_tok_s / t.tco_total) / baseRatio;
            if (std::isfinite(index)) {
                t.cost_performance_index = index;
            } else { // a figure is never infinite: no index rather than a wrong one
                Text why = text(QT_TRANSLATE_NOOP(
                    "tco::engine", "the cost-performance index against the baseline tier overflows: no index"));
                t.issues.push_back({ TierIssue::Severity::Warning, "financials.baseline_tier", render(why), why });
            }
        }
        if (baseRatio <= 0)
            result.addIssue(text(QT_TRANSLATE_NOOP("tco::engine", "the baseline tier \"{}\" has no figures, so no cost-performance index"),
                                 b.name));
    } else if (!result.tiers.empty()) {
        result.addIssue(text(QT_TRANSLATE_NOOP("tco::engine", "financials.baseline_tier: must be the index of a tier (0 to {}); "
                                                              "got {}, so no cost-performance index"),
                             result.tiers.size() - 1, base));
    }
    findBreakEvens(result);
    result.recommendation = recommend(scenario, result);
    return result;
}

} // namespace tco::engine
