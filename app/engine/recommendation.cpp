// SPDX-License-Identifier: MIT
#include "recommendation.h"

#include "tcoresult.h"

namespace tco::engine {

bool meetsSla(const Workload &workload, const TierResult &tier)
{
    if (!tier.ok || (tier.perf.warnings & kWarnSlaNotMet))
        return false;
    // A hair of slack: the engine's SLA search lands on the limit within rounding.
    constexpr double kRelativeSlack = 1e-9;
    const SlaFigures held = slaFigures(workload, tier);
    const bool ttft = workload.sla_ttft_ms <= 0.0 || held.ttft_ms <= workload.sla_ttft_ms * (1.0 + kRelativeSlack);
    const bool tpot = workload.sla_tpot_ms <= 0.0 || held.tpot_ms <= workload.sla_tpot_ms * (1.0 + kRelativeSlack);
    return ttft && tpot;
}

SlaFigures slaFigures(const Workload &workload, const TierResult &tier)
{
    switch (workload.sla_percentile) {
    case SlaPercentile::P90:
        return { tier.perf.ttft_ms_p90, tier.perf.tpot_ms_p90 };
    case SlaPercentile::P99:
        return { tier.perf.ttft_ms_p99, tier.perf.tpot_ms_p99 };
    case SlaPercentile::Mean:
        break;
    }
    return { tier.ttft_ms, tier.tpot_ms };
}

Recommendation recommend(const Scenario &scenario, const Result &result)
{
    Recommendation r;
    r.tiers.resize(result.tiers.size());
    int eligible = 0;
    for (std::size_t i = 0; i < result.tiers.size(); ++i) {
        const TierResult &t = result.tiers[i];
        TierStanding &s = r.tiers[i];
        s.evaluated = t.ok;
        s.meetsSla = meetsSla(scenario.workload, t);
        s.servesDemand = t.ok && t.served_share >= kServesDemandShare;
        if (!s.eligible())
            continue;
        ++eligible;
        if (r.tier < 0) {
            r.tier = int(i);
            continue;
        }
        const TierResult &best = result.tiers[std::size_t(r.tier)];
        const auto perCost = [](const TierResult &x) {
            return x.tco_total > 0 ? x.output_tok_s / x.tco_total : 0.0;
        };
        if (t.tco_total < best.tco_total || (t.tco_total == best.tco_total && perCost(t) > perCost(best)))
            r.tier = int(i);
    }
    if (result.tiers.empty())
        r.reason = text(QT_TRANSLATE_NOOP("tco::engine", "the scenario has no tiers"));
    else if (r.tier < 0)
        r.reason = text(QT_TRANSLATE_NOOP("tco::engine", "no tier serves the whole demand within the SLA"));
    else if (eligible == 1)
        r.reason = text(QT_TRANSLATE_NOOP("tco::engine", "the only tier that serves the whole demand within the SLA"));
    else
        r.reason = text(QT_TRANSLATE_NOOP("tco::engine",
                                          "the lowest TCO of the {} tiers that serve the whole demand within the SLA"),
                        eligible);
    return r;
}

} // namespace tco::engine
