// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace tco::app {

/** A third-party component the product is built on, for the About dialog and --version. */
struct ComponentInfo
{
    QString name;
    QString version;
    QString license;
    QString url;
};

/** Qt, fmt and SQLite with their versions (SQLite's as reported by the loaded driver). */
QList<ComponentInfo> thirdPartyComponents();

/** "TCO Planner 0.1.0" */
QString productNameAndVersion();

} // namespace tco::app
