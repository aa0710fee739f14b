// SPDX-License-Identifier: MIT
#pragma once

#include "clicontext.h"

#include <QList>

namespace tco::cli {

/** A subcommand: `tco-cli [global options] <name> [its arguments]`. */
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &context, const QStringList &arguments); ///< arguments after the name
};

/** Every subcommand, in the order --help lists them. */
const QList<Command> &commands();

/**
 * The whole command line, as main() gets it (arguments[0] is the program). Parses the global
 * options (--help, --version, --db PATH), dispatches, and returns the exit code. In-process
 * so that tests can drive it.
 */
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Subcommand entry points (one file each).
int runCatalogCommand(CliContext &context, const QStringList &arguments);
int runScenarioCommand(CliContext &context, const QStringList &arguments);
int runEvaluateCommand(CliContext &context, const QStringList &arguments);
int runPredictCommand(CliContext &context, const QStringList &arguments);
int runCalibrateCommand(CliContext &context, const QStringList &arguments);

int runReportCommand(CliContext &context, const QStringList &arguments);
int runDeployCommand(CliContext &context, const QStringList &arguments);
} // namespace tco::cli
