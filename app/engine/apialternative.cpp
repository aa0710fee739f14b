// SPDX-License-Identifier: MIT
#include "apialternative.h"

#include "costmodel.h"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

namespace tco::engine {

namespace {

/// Tokens in the unit the prices are quoted in.
constexpr double kTokensPerMillion = 1e6;

/** Length of the overlap of [lo, hi) with [a, b), all in hours. */
double overlap(double lo, double hi, double a, double b)
{
    return std::max(0.0, std::min(hi, b) - std::max(lo, a));
}

/** Hours of [lo, lo + 1) (lo in 0..24, may run past 24) inside the UTC window. */
double hourInWindow(double lo, double start, double end)
{
    // The window as up to two pieces inside 0..24, the hour as up to two pieces too.
    std::vector<std::pair<double, double>> window;
    if (start < end)
        window = { { start, end } };
    else if (start > end)
        window = { { start, 24.0 }, { 0.0, end } };
    const double hi = lo + 1.0;
    std::vector<std::pair<double, double>> hour = { { lo, std::min(hi, 24.0) } };
    if (hi > 24.0)
        hour.emplace_back(0.0, hi - 24.0);
    double in = 0.0;
    for (const auto &[hl, hh] : hour)
        for (const auto &[wa, wb] : window)
            in += overlap(hl, hh, wa, wb);
    return in;
}

/** Price per million of one kind of token mixed over cache hits (share @p hit). */
double mixed(std::optional<double> hitPrice, double missPrice, double hit)
{
    return hit * hitPrice.value_or(missPrice) + (1.0 - hit) * missPrice;
}

} // namespace

std::array<double, kHoursPerDay> offPeakShareByHour(double startUtcH, double endUtcH)
{
    std::array<double, kHoursPerDay> share {};
    const auto wrap = [](double h) {
        const double m = std::fmod(h, 24.0);
        return m < 0 ? m + 24.0 : m;
    };
    const double start = wrap(startUtcH), end = wrap(endUtcH);
    for (int h = 0; h < kHoursPerDay; ++h)
        share[std::size_t(h)] = std::clamp(hourInWindow(wrap(h - kApiProfileUtcOffsetHours), start, end), 0.0, 1.0);
    return share;
}

ApiAlternative priceApiDemand(const ApiPrice &price, const Workload &w)
{
    ApiAlternative a;
    a.price = price;
    const double hit = std::clamp(w.cache_hit_share, 0.0, 1.0);
    std::array<double, kHoursPerDay> off {};
    if (price.offpeak_start_utc_h && price.offpeak_end_utc_h)
        off = offPeakShareByHour(*price.offpeak_start_utc_h, *price.offpeak_end_utc_h);
    const double inStd = mixed(price.input_cache_hit_per_million, price.input_cache_miss_per_million, hit);
    const double inOff
        = mixed(price.offpeak_input_cache_hit_per_million.has_value() ? price.offpeak_input_cache_hit_per_million
                                                                      : price.input_cache_hit_per_million,
                price.offpeak_input_cache_miss_per_million.value_or(price.input_cache_miss_per_million), hit);
    const double outStd = price.output_per_million;
    const double outOff = price.offpeak_output_per_million.value_or(outStd);
    double cost = 0.0, tokens = 0.0, offTokens = 0.0;
    for (int h = 0; h < kHoursPerDay; ++h) {
        const std::size_t i = std::size_t(h);
        const double requests = std::max(0.0, w.peak_requests_per_s * w.hourly_profile[i]) * kSecondsPerHour;
        const double in = requests * w.input_len * kDaysPerMonth;
        const double out = requests * w.output_len * kDaysPerMonth;
        a.input_tokens_per_month += in;
        a.output_tokens_per_month += out;
        cost += (in * ((1.0 - off[i]) * inStd + off[i] * inOff) + out * ((1.0 - off[i]) * outStd + off[i] * outOff))
            / kTokensPerMillion;
        tokens += in + out;
        offTokens += (in + out) * off[i];
    }
    a.monthly_cost = cost;
    a.offpeak_share = tokens > 0 ? offTokens / tokens : 0.0;
    a.cost_per_million_output
        = a.output_tokens_per_month > 0 ? cost / a.output_tokens_per_month * kTokensPerMillion : 0.0;
    return a;
}

std::vector<ApiAlternative> evaluateApiAlternatives(const Scenario &scenario, const CatalogSnapshot &catalog,
                                                    Result &result)
{
    std::vector<ApiAlternative> out;
    const double hit = scenario.workload.cache_hit_share;
    if (!(hit >= 0.0 && hit <= 1.0)) { // NaN too: no figure is computed from it
        result.addIssue(text(QT_TRANSLATE_NOOP("tco::engine",
                                               "workload.cache_hit_share: must be a share from 0 to 1; "
                                               "got {}, so no API alternative is shown"),
                             fmt::format("{:g}", hit)));
        return out;
    }
    const ModelSpec *model = catalog.findModel(scenario.workload.model);
    if (!model)
        return out;
    const std::string &currency = scenario.financials.currency;
    // The newest row of each provider; among rows of one date, the one in the scenario's currency.
    std::map<std::string, const ApiPrice *> newest;
    for (const ApiPrice &p : catalog.api_prices) {
        if (p.model_id != model->id)
            continue;
        const ApiPrice *&best = newest[p.provider];
        if (!best || p.provenance.as_of > best->provenance.as_of
            || (p.provenance.as_of == best->provenance.as_of && p.currency == currency && best->currency != currency))
            best = &p;
    }
    const int horizon = std::max(1, result.horizon_months);
    result.api_tier_monthly_cost.clear();
    result.api_tier_max_output_tokens_per_month.clear();
    for (const TierResult &t : result.tiers) {
        // The tier's average monthly cost is fixed up to the volume it can serve in a month.
        result.api_tier_monthly_cost.push_back(t.ok ? t.tco_total / horizon : 0.0);
        result.api_tier_max_output_tokens_per_month.push_back(t.ok ? t.output_tok_s * kSecondsPerHour * kHoursPerMonth
                                                                   : 0.0);
    }
    for (const auto &[provider, price] : newest) {
        ApiAlternative a = priceApiDemand(*price, scenario.workload);
        const std::optional<double> cost = catalog.convert(a.monthly_cost, price->currency, currency);
        if (!cost) {
            result.addIssue(text(QT_TRANSLATE_NOOP("tco::engine",
                                                   "API alternative {}: no exchange rate from {} to {}, "
                                                   "so its cost is not shown"),
                                 provider, price->currency, currency));
            continue;
        }
        a.monthly_cost = *cost;
        a.cost_per_million_output
            = a.output_tokens_per_month > 0 ? a.monthly_cost / a.output_tokens_per_month * kTokensPerMillion : 0.0;
        const double perToken = a.cost_per_million_output / kTokensPerMillion;
        for (std::size_t t = 0; t < result.tiers.size(); ++t) {
            const double fixed = result.api_tier_monthly_cost[t];
            std::optional<double> volume;
            if (result.tiers[t].ok && perToken > 0 && fixed >= 0
                && fixed / perToken <= result.api_tier_max_output_tokens_per_month[t])
                volume = fixed / perToken;
            a.break_even_tokens_per_month.push_back(volume);
        }
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace tco::engine
