// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace tco::app {

/** Sets organization/application name and version, shared by the GUI and the CLI. */
void setApplicationIdentity(const QString &applicationName);

/**
 * The catalog file used when no --db option is given:
 * <AppDataLocation>/catalog.sqlite (e.g. ~/.local/share/tco-planner/catalog.sqlite).
 */
QString defaultCatalogPath();

} // namespace tco::app
