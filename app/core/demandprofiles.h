// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QString>

#include <array>

namespace tco::app {

/** Built-in 24-hour demand profiles (share of the peak hour's demand, hour 0 = midnight). */
enum class DemandProfile { Flat, BusinessDay, Consumer, BatchOvernight, Count };

/**
 * The profile's values. These are assumption presets for exploring a workload, not
 * measurements; a scenario file can carry any 24 values.
 */
const std::array<double, engine::kHoursPerDay> &demandProfile(DemandProfile profile);

/** The profile's name, translated. */
QString demandProfileName(DemandProfile profile);

} // namespace tco::app
