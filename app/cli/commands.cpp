// SPDX-License-Identifier: MIT
#include "commands.h"

#include "core/appsetup.h"
#include "core/buildinfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tco::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"catalog", "List, export and import the catalog's tables (tco-cli catalog --help)",
         &runCatalogCommand},
        {"scenario", "Write the default scenario, validate *.tcoplan files (tco-cli scenario --help)",
         &runScenarioCommand},
        {"evaluate", "Evaluate a scenario: performance, TCO and the comparison (tco-cli evaluate --help)",
         &runEvaluateCommand},
        {"predict", "Predict memory fit, latency and throughput for every row of a CSV (tco-cli predict --help)",
         &runPredictCommand},
        {"calibrate", "Compare predictions with measurements: MdAPE per metric (tco-cli calibrate --help)",
         &runCalibrateCommand},
        {"report", "Write a scenario's report: PDF and CSV tables (tco-cli report --help)", &runReportCommand},
        {"deploy", "Write a tier's deployment files: Kubernetes or launch YAML (tco-cli deploy --help)",
         &runDeployCommand},
    };
    return list;
}

namespace {

void printUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] <command> [arguments]\n"
         "       tco-cli --version | --help\n\n"
         "TCO Planner on the command line: the catalog, performance predictions, cost\n"
         "evaluations and reports, without a window.\n\n"
         "Global options:\n"
         "  --db PATH      catalog file to use (created from the bundled defaults if missing);\n"
         "                 default: "
      << app::defaultCatalogPath()
      << "\n"
         "  -h, --help     show this help and exit\n"
         "  -v, --version  show the version and exit\n\n"
         "Commands:\n";
    for (const Command &c : commands())
        s << "  " << QString::fromLatin1(c.name).leftJustified(14) << QString::fromLatin1(c.summary) << '\n';
    s << "\nExit codes: 0 success, 1 the command failed, 2 the command line is wrong.\n";
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliContext context { app::defaultCatalogPath(), out, MessageStream(err) };
    QStringList rest;
    bool optionsEnded = false;
    // --db is global: it is honoured wherever it appears before a "--".
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (optionsEnded) {
            rest << a;
        } else if (a == "--"_L1) {
            optionsEnded = true;
            rest << a;
        } else if (a == "--db"_L1) {
            if (i + 1 >= arguments.size()) {
                err << "tco-cli: --db needs a file path\n";
                printUsage(err);
                return kExitUsage;
            }
            context.dbPath = arguments[++i];
        } else if (a.startsWith("--db="_L1)) {
            context.dbPath = a.mid(5);
        } else {
            rest << a;
        }
    }
    if (context.dbPath.isEmpty()) {
        err << "tco-cli: --db needs a file path\n";
        return kExitUsage;
    }

    if (rest.isEmpty()) {
        printUsage(err);
        return kExitUsage;
    }
    const QString first = rest.first();
    if (first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1) {
        printUsage(out);
        return kExitOk;
    }
    if (first == "--version"_L1 || first == "-v"_L1) {
        out << "tco-cli " << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    if (first.startsWith(u'-')) {
        context.err << "tco-cli: unknown option " << first << "\n\n";
        printUsage(err);
        return kExitUsage;
    }
    for (const Command &c : commands()) {
        if (first == QLatin1StringView(c.name))
            return c.run(context, rest.mid(1));
    }
    context.err << "tco-cli: unknown command \"" << first << "\"\n\n";
    printUsage(err);
    return kExitUsage;
}

} // namespace tco::cli
