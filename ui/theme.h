// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace tco::ui {

/**
 * The icon @p name from the desktop's icon theme, falling back to the product's own SVG
 * (:/icons/actions/<name>.svg) where the desktop has none (bare systems, Windows).
 */
QIcon themedIcon(const QString &name);

/** Opaque @p base with @p share (0..1) of @p other mixed in, channel by channel. */
QColor mixColors(const QColor &base, const QColor &other, double share);

/** "system", "light", "dark". */
QStringList availableThemes();

/** The theme's name for menus, translated. */
QString themeName(const QString &theme);

/**
 * Applies a palette to the whole application: "system" keeps the platform's, "light" and
 * "dark" use the Fusion style with a fixed palette (readable on projectors and in dark rooms).
 */
void applyTheme(const QString &theme);

} // namespace tco::ui
