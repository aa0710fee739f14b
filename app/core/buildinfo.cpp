// SPDX-License-Identifier: MIT
#include "core/buildinfo.h"

#include "sqliteversion.h"
#include "tco_version.h"

#include <fmt/core.h>

namespace tco::app {

QList<ComponentInfo> thirdPartyComponents()
{
    const QString fmtVersion = QString::fromStdString(
        fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100));
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only / GPL-2.0-or-later / GPL-3.0"), QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("{fmt}"), fmtVersion, QStringLiteral("MIT"), QStringLiteral("https://fmt.dev/")},
        {QStringLiteral("SQLite"), tco::db::sqliteVersion(), QStringLiteral("Public domain"),
         QStringLiteral("https://sqlite.org/")},
    };
}

QString productNameAndVersion()
{
    return QString::fromLatin1(kProductName) + u' ' + QString::fromLatin1(kVersion);
}

} // namespace tco::app
