// SPDX-License-Identifier: MIT
#include "settings.h"

namespace tco::ui::settings {
const Setting<QByteArray> mainWindowGeometry{"mainwindow/geometry", QByteArray()};
const Setting<QByteArray> mainWindowState{"mainwindow/state", QByteArray()};
} // namespace tco::ui::settings
