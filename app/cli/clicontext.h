// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <memory>
#include <optional>

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

/** One "--name VALUE" option of a subcommand and where its value goes. */
struct ValueOption
{
    const char *name; ///< "--scenario"
    QString *value;
};

/**
 * Parses a subcommand's "--name VALUE" options. "--help" prints @p usage to out; anything else
 * unexpected prints an error naming it and the usage to err. Returns the exit code to return,
 * or nullopt to go on.
 */
std::optional<int> parseValueOptions(CliContext &context, const QStringList &arguments, const char *command,
                                     std::initializer_list<ValueOption> options, void (*usage)(QTextStream &));

} // namespace tco::cli
