// SPDX-License-Identifier: MIT
#pragma once

#include "report/pdfreport.h"

class QPainter;

namespace tco::ui {

/**
 * Draws a dashboard chart (CumulativeTcoChart, CostBreakdownChart) into a report page: an unshown
 * chart view is filled from @p result in print colours (dark on white, whatever the desktop
 * theme), with the report's font and locale and without its own title (the report captions it),
 * laid out at the target's physical size and its scene rendered into @p painter (vector; see
 * style.md R10). Needs a QApplication; returns false without one.
 */
bool paintReportChart(const engine::Result &result, const report::ChartRequest &request, QPainter &painter);

/** paintReportChart as the report::ChartPainter the GUI and tco-cli hand to the PDF report. */
report::ChartPainter reportChartPainter();

} // namespace tco::ui
