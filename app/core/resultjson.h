// SPDX-License-Identifier: MIT
#pragma once

#include "tcoresult.h"

#include <QJsonObject>

namespace tco::app {

/**
 * The evaluated result as JSON, the contract of `tco-cli evaluate --format json`:
 * { currency, horizon_months, tiers: [ { name, kind, ok, issues, hardware_cost, output_tok_s,
 *   ttft_ms, tpot_ms, tco_total, tco_present_value, cost_per_million_tokens, cost_per_request,
 *   tokens_per_s_per_watt, flops_per_currency, elasticity, cost_performance_index, power_w,
 *   served_share, monthly: [..], breakdown: {category: amount} } ], break_even: [..],
 *   advice: [..], issues: [..] }
 */
QJsonObject resultToJson(const engine::Result &result);

} // namespace tco::app
