// SPDX-License-Identifier: MIT
#include "settings.h"

#include "provenance.h"

namespace tco::ui::settings {
const Setting<QByteArray> mainWindowGeometry{"mainwindow/geometry", QByteArray()};
const Setting<QByteArray> mainWindowState{"mainwindow/state", QByteArray()};
const Setting<QString> theme{"ui/theme", QStringLiteral("system")};
const Setting<QString> language{"ui/language", QString()};
const Setting<QStringList> recentFiles{"files/recent", QStringList()};
const Setting<QString> lastDirectory{"files/lastDirectory", QString()};
const Setting<int> staleAfterMonths{"catalog/staleAfterMonths", db::kDefaultStaleAfter_months};
} // namespace tco::ui::settings
