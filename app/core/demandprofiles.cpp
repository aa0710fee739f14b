// SPDX-License-Identifier: MIT
#include "core/demandprofiles.h"

#include <QCoreApplication>

namespace tco::app {

namespace {
using Profile = std::array<double, engine::kHoursPerDay>;
constexpr std::array<Profile, std::size_t(DemandProfile::Count)> kProfiles = {{
    // Flat: at the peak around the clock.
    {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    // Business day (the default scenario's): an office-hours service in China, rising from 07:00,
    // peaks at 10:00 and 15:00, a lunch dip at 12:00, a long evening tail and a small night load
    // (batch jobs, other time zones).
    { 0.15, 0.10, 0.08, 0.06, 0.06, 0.08, 0.12, 0.25, 0.50, 0.85, 1.00, 0.95, 0.70, 0.80, 0.95, 1.00, 0.90, 0.75, 0.55, 0.45, 0.40, 0.35, 0.28, 0.20, },
    // Consumer: low during the day, the peak in the evening.
    {0.2, 0.15, 0.1, 0.1, 0.1, 0.1, 0.15, 0.25, 0.35, 0.4, 0.45, 0.5, 0.55, 0.5, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1, 1, 0.8, 0.4},
    // Batch overnight: offline jobs from 22:00 to 06:00, a trickle during the day.
    {1, 1, 1, 1, 1, 1, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1, 1},
}};

const char *const kNames[] = {
    QT_TRANSLATE_NOOP("tco::app::DemandProfile", "Flat (24/7 at peak)"),
    QT_TRANSLATE_NOOP("tco::app::DemandProfile", "Business day (peaks 10:00 and 15:00)"),
    QT_TRANSLATE_NOOP("tco::app::DemandProfile", "Consumer (evening peak)"),
    QT_TRANSLATE_NOOP("tco::app::DemandProfile", "Batch overnight"),
};
} // namespace

const std::array<double, engine::kHoursPerDay> &demandProfile(DemandProfile profile)
{
    return kProfiles[std::size_t(profile)];
}

QString demandProfileName(DemandProfile profile)
{
    return QCoreApplication::translate("tco::app::DemandProfile", kNames[std::size_t(profile)]);
}

} // namespace tco::app
