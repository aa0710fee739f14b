// SPDX-License-Identifier: MIT
#pragma once
// Sentences that say how the cost figures were counted, in the current language (a report's
// inside its report::LanguageScope): which view of bought hardware is used and where the refresh
// reserve is. One source for the window's tooltips and the PDF, so both say the same thing.

#include "tcoresult.h"

#include <QString>

namespace tco::app {

/** "Cash view: ..." or "Accrual view: ..." with the scenario's depreciation and residual value. */
QString capexViewText(const engine::Financials &financials);

/** The tier's refresh reserve over the horizon and whether it is inside the TCO. */
QString refreshReserveText(const engine::Financials &financials, const engine::TierResult &tier,
                           const QString &currency);

} // namespace tco::app
