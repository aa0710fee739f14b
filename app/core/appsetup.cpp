// SPDX-License-Identifier: MIT
#include "core/appsetup.h"

#include "tco_version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tco::app {

void setApplicationIdentity(const QString &applicationName)
{
    // Both binaries share one organization and one data folder, so the CLI and the GUI
    // see the same catalog and settings.
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

QString defaultCatalogPath()
{
    // AppDataLocation includes the application name; use the organization folder instead so
    // tco-planner and tco-cli agree on one file.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QString::fromLatin1(kOrganizationName) + QStringLiteral("/catalog.sqlite"));
}

} // namespace tco::app
