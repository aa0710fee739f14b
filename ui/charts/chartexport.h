// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

class QChart;

namespace tco::ui {

/**
 * Renders @p chart at @p size into a PNG file. The chart's scene is rendered (not a widget, see
 * style.md R10): the chart is resized and laid out at @p size for the export, then restored.
 * The background is the window colour of the view showing the chart (else the application
 * palette's), which the chart theme follows.
 * Returns false on a null chart, an empty size or a write error.
 */
bool saveChartPng(QChart *chart, const QString &path, QSize size);

/** The same as a vector SVG file (QSvgGenerator). */
bool saveChartSvg(QChart *chart, const QString &path, QSize size);

} // namespace tco::ui
