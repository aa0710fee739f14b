// SPDX-License-Identifier: MIT
#include "advisor.h"

#include "costmodel.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace tco::engine {

namespace {

/// The previous-generation data-centre GPU the guide compares the H100 against ("A100 比 H100 ...").
constexpr const char kValueGpuId[] = "nvidia-a100-sxm4-80gb";
/// Stacks the serving-software rule tries.
constexpr const char *kStacksToTry[] = {"vllm", "sglang", "trt-llm", "hf-tgi", "llama.cpp"};

/** "1,859,337 CNY": whole units with thousands separators, as the tables show money. */
std::string money(double v, const std::string &currency)
{
    const std::string digits = fmt::format("{:.0f}", std::abs(v));
    std::string grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 1);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped.push_back(',');
        grouped.push_back(digits[i]);
    }
    return fmt::format("{}{} {}", v < 0 && digits != "0" ? "-" : "", grouped, currency);
}

double pct(double ratio)
{
    return (ratio - 1.0) * 100.0;
}

std::string tierPath(int tier, const char *field)
{
    return fmt::format("tiers[{}].{}", tier, field);
}

class Advisor
{
public:
    Advisor(const Scenario &s, const Result &r, const CatalogSnapshot &c)
        : m_s(s), m_r(r), m_c(c)
    {}

    std::vector<Advice> run()
    {
        for (int t = 0; t < int(m_s.tiers.size()); ++t) {
            memoryFit(t);
            if (!tierOk(t))
                continue;
            nvlink(t);
            newestVsValue(t);
            servingStack(t);
            reservedVsOnDemand(t);
            hotCold(t);
            refreshReserve(t);
        }
        distillation();
        energy();
        std::stable_sort(m_out.begin(), m_out.end(), [](const Advice &a, const Advice &b) { return a.saving > b.saving; });
        return m_out;
    }

private:
    bool tierOk(int t) const { return t < int(m_r.tiers.size()) && m_r.tiers[std::size_t(t)].ok; }
    const TierResult &tier(int t) const { return m_r.tiers[std::size_t(t)]; }
    const std::string &cur() const { return m_s.financials.currency; }

    /** Re-evaluates tier @p t with one change applied (a copy of the tier, never of the scenario). */
    template<typename Change>
    TierResult variant(int t, Change change) const
    {
        Tier tier = m_s.tiers[std::size_t(t)];
        change(tier);
        return evaluateTierVariant(m_s, m_c, t, tier, TierDetail::Figures);
    }

    void add(Advice a)
    {
        a.title = render(a.title_text);
        a.detail = render(a.detail_text);
        m_out.push_back(std::move(a));
    }

    // Memory first: when the model does not fit, the cheapest catalog GPU (same count) that does.
    void memoryFit(int t)
    {
        const Tier &tr = m_s.tiers[std::size_t(t)];
        if (tr.kind != TierKind::OnPremises || t >= int(m_r.tiers.size()))
            return;
        const TierResult &res = tier(t);
        const bool notFit = !res.ok && std::any_of(res.issues.begin(), res.issues.end(), [](const TierIssue &i) {
            return i.message.rfind("does not fit", 0) == 0;
        });
        if (!notFit)
            return;
        const GpuSpec *best = nullptr;
        double bestCost = 0.0;
        TierResult bestResult;
        for (const GpuSpec &g : m_c.gpus) {
            // priced in the catalog or, for the scenario's market, locally (docs/cost-model.md, "Markets")
            if ((!g.price && !m_c.findMarketPrice(m_s.market, MarketPrice::Kind::Gpu, g.id)) || g.id == tr.onprem.gpu)
                continue;
            const TierResult alt = variant(t, [&](Tier &x) { x.onprem.gpu = g.id; });
            if (!alt.ok)
                continue;
            if (!best || alt.hardware_cost < bestCost) {
                best = &g;
                bestCost = alt.hardware_cost;
                bestResult = alt;
            }
        }
        Advice a;
        a.id = "memory-fit";
        a.tier = t;
        if (!best) {
            a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "No catalog GPU holds this model at this precision and count"));
            a.detail_text = text(QT_TRANSLATE_NOOP("tco::engine", "Use fewer bits per weight (FP8, INT8, INT4), more GPUs per node, or a smaller model."));
        } else {
            a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "Use {} {}: the cheapest GPU that fits"), best->vendor, best->model);
            a.detail_text = text(QT_TRANSLATE_NOOP("tco::engine", "{} does not hold {} at {}; with {} × {} the tier costs {} in hardware and serves "
                                   "{:.0f} tok/s at the SLA."),
                                   tr.onprem.gpu, m_s.workload.model, tr.precision.empty() ? m_s.workload.precision : tr.precision,
                                   tr.onprem.gpus_per_node * tr.onprem.nodes, best->model, money(bestCost, cur()),
                                   bestResult.output_tok_s);
            a.apply_field = tierPath(t, "onprem.gpu");
            a.apply_value = best->id;
        }
        add(std::move(a));
    }

    // Bandwidth: several GPUs that talk over PCIe.
    void nvlink(int t)
    {
        const Tier &tr = m_s.tiers[std::size_t(t)];
        if (tr.kind != TierKind::OnPremises || tr.onprem.gpus_per_node < 2)
            return;
        const GpuSpec *g = m_c.findGpu(tr.onprem.gpu);
        const bool pcie = tr.onprem.link == "pcie" || (tr.onprem.link.empty() && g && g->link_kind == LinkKind::Pcie);
        if (!pcie)
            return;
        const TierResult fast = variant(t, [](Tier &x) { x.onprem.link = "nvlink"; });
        if (!fast.ok || tier(t).tpot_ms <= 0)
            return;
        const double gain = fast.output_tok_s / std::max(1e-9, tier(t).output_tok_s);
        Advice a;
        a.id = "nvlink";
        a.tier = t;
        a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "Multi-GPU without NVLink: the GPUs talk over PCIe"));
        a.detail_text = text(QT_TRANSLATE_NOOP("tco::engine", "With NVLink the same {} GPUs would reach {:.0f} tok/s at the SLA ({:+.0f}%) and a TPOT of "
                               "{:.1f} ms instead of {:.1f} ms. Prefer NVLink-capable GPUs (SXM) for tensor parallelism, or "
                               "run one replica per GPU."),
                               tr.onprem.gpus_per_node * tr.onprem.nodes, fast.output_tok_s, pct(gain), fast.tpot_ms,
                               tier(t).tpot_ms);
        add(std::move(a));
    }

    // Newest GPU against value: the guide's "A100 is only 15% slower than H100 but 40% cheaper".
    void newestVsValue(int t)
    {
        const Tier &tr = m_s.tiers[std::size_t(t)];
        const GpuSpec *value = m_c.findGpu(kValueGpuId);
        const GpuSpec *g = tr.kind == TierKind::OnPremises ? m_c.findGpu(tr.onprem.gpu) : nullptr;
        if (!g || !value || g->id == value->id || !value->price || !g->launch_year || !value->launch_year
            || *g->launch_year <= *value->launch_year || g->vram_gb < value->vram_gb)
            return;
        const TierResult alt = variant(t, [&](Tier &x) { x.onprem.gpu = value->id; });
        if (!alt.ok)
            return;
        const TierResult &now = tier(t);
        const double speed = alt.output_tok_s / std::max(1e-9, now.output_tok_s);
        const double capex = alt.hardware_cost / std::max(1e-9, now.hardware_cost);
        Advice a;
        a.id = "newest-vs-value";
        a.tier = t;
        a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "{} against {} for this workload"), value->model, g->model);
        const bool better = (alt.output_tok_s / alt.tco_total) > (now.output_tok_s / now.tco_total);
        a.detail_text = better ? text(QT_TRANSLATE_NOOP("tco::engine", "{}: {:.0f}% of the throughput at the SLA ({:.0f} against {:.0f} "
                                                                       "tok/s), {:.0f}% of the hardware cost, cost-performance better ({} "
                                                                       "over {} months against {})."),
                                      value->model, speed * 100.0, alt.output_tok_s, now.output_tok_s, capex * 100.0,
                                      money(alt.tco_total, cur()), m_s.financials.horizon_months, money(now.tco_total, cur()))
                               : text(QT_TRANSLATE_NOOP("tco::engine", "{}: {:.0f}% of the throughput at the SLA ({:.0f} against {:.0f} "
                                                                       "tok/s), {:.0f}% of the hardware cost, cost-performance worse ({} "
                                                                       "over {} months against {})."),
                                      value->model, speed * 100.0, alt.output_tok_s, now.output_tok_s, capex * 100.0,
                                      money(alt.tco_total, cur()), m_s.financials.horizon_months, money(now.tco_total, cur()));
        // a lower total is a saving only when the cheaper GPU still serves as much of the demand
        a.saving = alt.served_share + 1e-9 >= now.served_share ? std::max(0.0, now.tco_total - alt.tco_total) : 0.0;
        a.apply_field = tierPath(t, "onprem.gpu");
        a.apply_value = value->id;
        add(std::move(a));
    }

    // Serving software: the stack that serves the most at the SLA on the same hardware.
    void servingStack(int t)
    {
        const Tier &tr = m_s.tiers[std::size_t(t)];
        const ServingStackSpec *current = m_c.findStack(tr.stack);
        const ServingStackSpec *best = nullptr;
        TierResult bestResult;
        for (const char *id : kStacksToTry) {
            const ServingStackSpec *s = m_c.findStack(id);
            if (!s || s == current)
                continue;
            const TierResult alt = variant(t, [&](Tier &x) { x.stack = s->id; });
            if (alt.ok && alt.output_tok_s > (best ? bestResult.output_tok_s : tier(t).output_tok_s))
                best = s, bestResult = alt;
        }
        if (!best)
            return;
        const double gain = bestResult.output_tok_s / std::max(1e-9, tier(t).output_tok_s);
        if (gain < 1.0 + kMinRelativeGain)
            return;
        Advice a;
        a.id = "serving-stack";
        a.tier = t;
        a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "Serve with {} instead of {}"), best->name, current ? current->name : tr.stack);
        a.detail_text = text(QT_TRANSLATE_NOOP("tco::engine", "On the same hardware: {:.0f} tok/s at the SLA ({:+.0f}%), TPOT {:.1f} ms. Software "
                               "alone changes what the hardware delivers."),
                               bestResult.output_tok_s, pct(gain), bestResult.tpot_ms);
        a.saving = std::max(0.0, tier(t).tco_total - bestResult.tco_total);
        a.apply_field = tierPath(t, "stack");
        a.apply_value = best->id;
        add(std::move(a));
    }

    // Reserved against on-demand for the always-on replicas.
    void reservedVsOnDemand(int t)
    {
        const Tier &tr = m_s.tiers[std::size_t(t)];
        if (tr.kind != TierKind::Cloud || tr.cloud.min_replicas < 1)
            return;
        const CloudInstance *inst = m_c.findInstance(tr.cloud.hot_instance);
        if (!inst)
            return;
        PurchaseOption bestOption = tr.cloud.hot_option;
        TierResult best = tier(t);
        for (const CloudPrice &p : inst->prices) {
            if (p.option == PurchaseOption::Spot || p.option == tr.cloud.hot_option
                || commitmentMonths(p.option) > std::max(12, m_s.financials.horizon_months))
                continue;
            const TierResult alt = variant(t, [&](Tier &x) { x.cloud.hot_option = p.option; });
            if (alt.ok && alt.tco_total < best.tco_total)
                best = alt, bestOption = p.option;
        }
        if (bestOption == tr.cloud.hot_option)
            return;
        const double saving = tier(t).tco_total - best.tco_total;
        Advice a;
        a.id = "reserved-vs-on-demand";
        a.tier = t;
        a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "Pay for the {} baseline replica(s) as {}"), tr.cloud.min_replicas, purchaseOptionId(bestOption));
        a.detail_text = text(QT_TRANSLATE_NOOP("tco::engine", "{} instead of {} over {} months ({:.0f}% less); bursts stay on-demand."),
                               money(best.tco_total, cur()), money(tier(t).tco_total, cur()), m_s.financials.horizon_months,
                               saving / tier(t).tco_total * 100.0);
        a.saving = saving;
        a.apply_field = tierPath(t, "cloud.hot_option");
        a.apply_value = purchaseOptionId(bestOption);
        add(std::move(a));
    }

    // Hot/cold separation: low-priority requests on spot replicas.
    void hotCold(int t)
    {
        const Tier &tr = m_s.tiers[std::size_t(t)];
        if (tr.kind != TierKind::Cloud || tr.cloud.cold_instance.empty() || m_s.workload.low_priority_share <= 0.0)
            return;
        const TierResult allHot = variant(t, [](Tier &x) { x.cloud.cold_instance.clear(); });
        if (!allHot.ok)
            return;
        const double saving = allHot.tco_total - tier(t).tco_total;
        Advice a;
        a.id = "hot-cold";
        a.tier = t;
        a.title_text = saving > 0 ? text(QT_TRANSLATE_NOOP("tco::engine", "Keep low-priority traffic on cold spot replicas"))
                                  : text(QT_TRANSLATE_NOOP("tco::engine", "Cold spot replicas cost more than they save here"));
        a.detail_text = text(QT_TRANSLATE_NOOP("tco::engine", "With {:.0f}% of requests on {} the tier costs {}; serving everything on the hot replicas "
                               "would cost {}."),
                               m_s.workload.low_priority_share * 100.0, tr.cloud.cold_instance, money(tier(t).tco_total, cur()),
                               money(allHot.tco_total, cur()));
        a.saving = std::max(0.0, saving);
        if (saving < 0) {
            a.apply_field = tierPath(t, "cloud.cold_instance");
            a.apply_value = "";
            a.saving = -saving;
        }
        add(std::move(a));
    }

    // The guide's yearly refresh reserve for bought hardware.
    void refreshReserve(int t)
    {
        if (m_s.tiers[std::size_t(t)].kind != TierKind::OnPremises || tier(t).hardware_cost <= 0)
            return;
        const double reserve = m_s.financials.refresh_reserve_fraction_per_year;
        Advice a;
        a.id = "refresh-reserve";
        a.tier = t;
        if (reserve <= 0.0) {
            a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "Set aside {:.0f}% of the hardware budget a year for refresh"), kGuideRefreshReserveFraction * 100);
            a.detail_text = text(QT_TRANSLATE_NOOP("tco::engine", "{} a year for this tier; GPUs are replaced every few years."),
                                   money(tier(t).hardware_cost * kGuideRefreshReserveFraction, cur()));
            a.apply_field = "financials.refresh_reserve_fraction_per_year";
            a.apply_value = fmt::format("{}", kGuideRefreshReserveFraction);
        } else {
            a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "The refresh reserve is {:.0f}% of the hardware budget a year"), reserve * 100);
            a.detail_text = m_s.financials.refresh_reserve_in_tco
                                ? text(QT_TRANSLATE_NOOP("tco::engine", "{} a year for this tier, {} over the horizon, included in the TCO."),
                                       money(tier(t).hardware_cost * reserve, cur()), money(tier(t).refresh_reserve, cur()))
                                : text(QT_TRANSLATE_NOOP("tco::engine", "{} a year for this tier, {} over the horizon: a budget beside the TCO, not in it."),
                                       money(tier(t).hardware_cost * reserve, cur()), money(tier(t).refresh_reserve, cur()));
        }
        add(std::move(a));
    }

    // Distillation: the same job on a smaller model of the family.
    void distillation()
    {
        const ModelSpec *model = m_c.findModel(m_s.workload.model);
        const int base = m_s.financials.baseline_tier;
        if (!model || base < 0 || base >= int(m_r.tiers.size()))
            return;
        // the largest distilled model with at most half the active parameters
        const ModelSpec *smaller = nullptr;
        for (const ModelSpec &m : m_c.models) {
            if (m.id.find("distill") == std::string::npos || m.active_params_b > 0.5 * model->active_params_b)
                continue;
            if (!smaller || m.active_params_b > smaller->active_params_b)
                smaller = &m;
        }
        if (!smaller)
            return;
        Scenario s = m_s;
        s.workload.model = smaller->id;
        double now = 0.0, then = 0.0;
        for (int t = 0; t < int(s.tiers.size()); ++t) {
            if (!tierOk(t))
                continue;
            const TierResult alt = evaluateTier(s, m_c, t, TierDetail::Figures);
            if (!alt.ok)
                continue;
            now += tier(t).tco_total;
            then += alt.tco_total;
        }
        // on bought hardware the total does not move with the model: nothing to say then
        if (now <= 0 || then <= 0 || then >= now)
            return;
        Advice a;
        a.id = "distillation";
        a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "A distilled model ({}) would cost {:.0f}% of the current total"), smaller->name, then / now * 100.0);
        a.detail_text = text(QT_TRANSLATE_NOOP("tco::engine", "{:.1f}B active parameters against {:.1f}B: {} against {} across the tiers that can run both. "
                               "Check its quality on your task first."),
                               smaller->active_params_b, model->active_params_b, money(then, cur()), money(now, cur()));
        a.saving = std::max(0.0, now - then);
        a.apply_field = "workload.model";
        a.apply_value = smaller->id;
        add(std::move(a));
    }

    // Energy efficiency across the tiers.
    void energy()
    {
        int best = -1;
        for (int t = 0; t < int(m_r.tiers.size()); ++t)
            if (tierOk(t) && tier(t).tokens_per_s_per_watt > 0
                && (best < 0 || tier(t).tokens_per_s_per_watt > tier(best).tokens_per_s_per_watt))
                best = t;
        if (best < 0)
            return;
        int worst = best;
        for (int t = 0; t < int(m_r.tiers.size()); ++t)
            if (tierOk(t) && tier(t).tokens_per_s_per_watt > 0 && tier(t).tokens_per_s_per_watt < tier(worst).tokens_per_s_per_watt)
                worst = t;
        Advice a;
        a.id = "energy";
        a.tier = best;
        a.title_text = text(QT_TRANSLATE_NOOP("tco::engine", "Most energy-efficient: {} ({:.2f} tok/s per W)"), tier(best).name, tier(best).tokens_per_s_per_watt);
        a.detail_text = worst == best
                            ? text(QT_TRANSLATE_NOOP("tco::engine", "Only one tier has an energy figure."))
                            : text(QT_TRANSLATE_NOOP("tco::engine", "{:.1f}× the tokens per watt of {} ({:.2f} tok/s per W), PUE included."),
                                   tier(best).tokens_per_s_per_watt / tier(worst).tokens_per_s_per_watt, tier(worst).name,
                                   tier(worst).tokens_per_s_per_watt);
        add(std::move(a));
    }

    const Scenario &m_s;
    const Result &m_r;
    const CatalogSnapshot &m_c;
    std::vector<Advice> m_out;
};

} // namespace

std::vector<Advice> advise(const Scenario &scenario, const Result &result, const CatalogSnapshot &catalog)
{
    return Advisor(scenario, result, catalog).run();
}

bool applyAdvice(Scenario &scenario, const Advice &advice)
{
    const std::string &f = advice.apply_field;
    const std::string &v = advice.apply_value;
    if (f.empty())
        return false;
    if (f == "workload.model") {
        scenario.workload.model = v;
        return true;
    }
    if (f == "financials.refresh_reserve_fraction_per_year") {
        double d = 0.0;
        const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
        if (ec != std::errc() || p != v.data() + v.size())
            return false;
        scenario.financials.refresh_reserve_fraction_per_year = d;
        return true;
    }
    int t = -1;
    char field[64] = {};
    if (std::sscanf(f.c_str(), "tiers[%d].%63s", &t, field) != 2 || t < 0 || t >= int(scenario.tiers.size()))
        return false;
    Tier &tier = scenario.tiers[std::size_t(t)];
    const std::string name(field);
    if (name == "onprem.gpu")
        tier.onprem.gpu = v;
    else if (name == "stack")
        tier.stack = v;
    else if (name == "cloud.cold_instance")
        tier.cloud.cold_instance = v;
    else if (name == "cloud.hot_option") {
        const std::optional<PurchaseOption> o = purchaseOptionFromId(v);
        if (!o)
            return false;
        tier.cloud.hot_option = *o;
    } else {
        return false;
    }
    return true;
}

} // namespace tco::engine
