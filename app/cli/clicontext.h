// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace tco::db {
class Catalog;
}

namespace tco::cli {

/** Exit codes of tco-cli (documented in --help and the man page). */
enum ExitCode : int {
    kExitOk = 0,      ///< success
    kExitFailure = 1, ///< the command ran but failed (bad data, unreadable file, catalog error)
    kExitUsage = 2,   ///< the command line itself is wrong
};

/** What every subcommand gets: the chosen catalog and the two output streams. */
struct CliContext
{
    QString dbPath; ///< --db PATH, or the default catalog in the user's data folder
    QTextStream &out;
    QTextStream &err;

    /** Opens (creating from the bundled seed if missing) the catalog; throws db::CatalogError. */
    std::unique_ptr<db::Catalog> openCatalog() const;
};

} // namespace tco::cli
