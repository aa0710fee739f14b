// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file advisor.h
 * The reference deployment guide's decision rules, computed for the current scenario: each
 * recommendation names the change, what it saves (or gains), and how to apply it.
 *
 * Rules (ids): memory-fit (the cheapest GPU that fits), nvlink (multi-GPU without NVLink),
 * newest-vs-value (previous-generation GPU against the newest: speed and cost), serving-stack
 * (the stack that serves the most at the SLA), reserved-vs-on-demand, distillation (a smaller
 * model of the family: cost ratio), hot-cold (spot replicas for low-priority traffic),
 * refresh-reserve (a yearly budget share for hardware refresh, 20% by default), energy (the
 * most energy-efficient tier or precision).
 */

#include "catalogsnapshot.h"
#include "scenario.h"
#include "tcoresult.h"

#include <vector>

namespace tco::engine {

/// The guide's yearly hardware-refresh reserve ("每年预留20%预算用于硬件迭代"), share of capex.
inline constexpr double kGuideRefreshReserveFraction = 0.20;
/// Smallest relative gain worth recommending (changes below 5% are within the model's error band).
inline constexpr double kMinRelativeGain = 0.05;

/** Recommendations for @p scenario, whose evaluation (without advice) is @p result. */
std::vector<Advice> advise(const Scenario &scenario, const Result &result, const CatalogSnapshot &catalog);

/** Applies an advice's change (apply_field = apply_value) to @p scenario; false if it has none. */
bool applyAdvice(Scenario &scenario, const Advice &advice);

} // namespace tco::engine
