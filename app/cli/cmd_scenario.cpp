// SPDX-License-Identifier: MIT
// tco-cli scenario: template [--market ID] [--out FILE] | check FILE
#include "catalog.h"
#include "commands.h"
#include "core/defaultscenario.h"
#include "core/scenariofile.h"
#include "repository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

void printScenarioUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] scenario <action>\n\n"
         "Actions:\n"
         "  template [--market ID] [--out FILE]\n"
         "                                   write the built-in scenario (the three tiers of the\n"
         "                                   reference deployment guide, with the catalog's values)\n"
         "                                   as a *.tcoplan file; to standard output without --out.\n"
         "                                   --market: a market profile of the catalog (cn, us, ...;\n"
         "                                   default cn): its currency, local prices, staff cost,\n"
         "                                   colocation and electricity.\n"
         "                                   FILE is replaced only if it is a regular file, never\n"
         "                                   the catalog\n"
         "  check FILE                       validate a scenario file and the catalog names it uses;\n"
         "                                   each problem is printed as FILE: field: message.\n"
         "                                   Exit 0 when it is valid (warnings allowed), 1 otherwise,\n"
         "                                   also when the catalog cannot be read (busy, damaged) and\n"
         "                                   the names are therefore not checked\n";
}

void printProblems(CliContext &ctx, const QString &file, const QList<app::ScenarioProblem> &problems)
{
    for (const app::ScenarioProblem &p : problems)
        ctx.err << file << ": " << p.toString() << '\n';
}

int writeTemplate(CliContext &ctx, const QString &outPath, const QString &market)
{
    // The catalog's values (prices, defaults), so the template follows an edited catalog.
    engine::Scenario scenario;
    try {
        const auto catalog = ctx.openCatalog();
        const engine::CatalogSnapshot snapshot = db::loadSnapshot(catalog->database());
        if (!snapshot.findMarket(market.toStdString())) {
            QStringList known;
            for (const engine::Market &m : snapshot.markets)
                known << QString::fromStdString(m.id);
            ctx.err << "tco-cli scenario template: unknown market \"" << escapeControls(market)
                    << "\" (markets in the catalog: " << (known.isEmpty() ? u"none"_s : known.join(u", "_s)) << ")\n";
            return kExitFailure;
        }
        scenario = app::defaultScenario(snapshot, market.toStdString());
    } catch (const db::CatalogError &e) {
        ctx.err << "tco-cli: " << e.message() << '\n';
        return kExitFailure;
    }
    const QByteArray json = app::scenarioToJson(scenario);
    if (outPath.isEmpty()) {
        ctx.out << escapeControls(QString::fromUtf8(json), EscapeStyle::Json);
        return kExitOk;
    }
    if (!ctx.writeOutput("scenario template", outPath, json))
        return kExitFailure;
    ctx.out << "Wrote the default scenario (" << scenario.tiers.size() << " tiers) to " << escapeControls(outPath)
            << '\n';
    return kExitOk;
}

int checkFile(CliContext &ctx, const QString &path)
{
    const app::ScenarioLoad load = app::loadScenarioFile(path);
    QList<app::ScenarioProblem> problems = load.problems;
    bool namesChecked = true;
    if (load.ok()) {
        // Names that do not resolve are errors too; a catalog that cannot be read fails the check.
        try {
            const auto catalog = ctx.openCatalog();
            problems += app::checkCatalogReferences(*load.scenario, db::loadSnapshot(catalog->database()));
        } catch (const db::CatalogError &e) {
            ctx.err << "tco-cli scenario check: catalog names not checked: " << e.message() << '\n';
            namesChecked = false;
        }
    }
    printProblems(ctx, path, problems);
    if (!namesChecked) {
        ctx.err << path << ": not checked against the catalog; the check failed\n";
        return kExitFailure;
    }
    const auto errors
        = std::count_if(problems.cbegin(), problems.cend(), [](const app::ScenarioProblem &p) { return p.isError(); });
    const auto warnings = problems.size() - errors;
    if (errors > 0) {
        ctx.err << path << ": " << errors << " error(s), " << warnings << " warning(s)\n";
        return kExitFailure;
    }
    ctx.out << escapeControls(path) << ": valid scenario \""
            << escapeControls(QString::fromStdString(load.scenario->title)) << "\" (" << load.scenario->tiers.size()
            << " tiers, " << warnings << " warning(s))\n";
    return kExitOk;
}

} // namespace

int runScenarioCommand(CliContext &ctx, const QStringList &args)
{
    if (args.isEmpty() || args.first() == "--help"_L1 || args.first() == "-h"_L1) {
        printScenarioUsage(args.isEmpty() ? ctx.err : ctx.out);
        return args.isEmpty() ? kExitUsage : kExitOk;
    }
    const QString action = args.first();
    QStringList positional;
    QString outPath;
    QString market = QString::fromLatin1(app::defaults::kMarket);
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == "--market"_L1 && action == "template"_L1) {
            if (i + 1 >= args.size() || args[i + 1].isEmpty()) {
                ctx.err << "tco-cli scenario template: --market needs a market id (cn, us, ...)\n\n";
                printScenarioUsage(ctx.err);
                return kExitUsage;
            }
            market = args[++i];
        } else if (a.startsWith("--market="_L1) && action == "template"_L1) {
            market = a.mid(9);
            if (market.isEmpty()) {
                ctx.err << "tco-cli scenario template: --market needs a market id (cn, us, ...)\n\n";
                printScenarioUsage(ctx.err);
                return kExitUsage;
            }
        } else if (a == "--out"_L1 && action == "template"_L1) {
            if (i + 1 >= args.size()) {
                ctx.err << "tco-cli scenario template: --out needs a file path\n\n";
                printScenarioUsage(ctx.err);
                return kExitUsage;
            }
            outPath = args[++i];
        } else if (a.startsWith("--out="_L1) && action == "template"_L1) {
            outPath = a.mid(6);
        } else if (a == "--"_L1) {
            positional << args.mid(i + 1);
            break;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            ctx.err << "tco-cli scenario: unknown option " << a << "\n\n";
            printScenarioUsage(ctx.err);
            return kExitUsage;
        } else {
            positional << a;
        }
    }
    if (action == "template"_L1) {
        if (!positional.isEmpty()) {
            ctx.err << "tco-cli scenario template: unexpected argument \"" << positional.first()
                    << "\" (use --out FILE)\n\n";
            printScenarioUsage(ctx.err);
            return kExitUsage;
        }
        if (args.contains("--out="_L1) || (args.contains("--out"_L1) && outPath.isEmpty())) {
            ctx.err << "tco-cli scenario template: --out needs a file path\n\n";
            printScenarioUsage(ctx.err);
            return kExitUsage;
        }
        return writeTemplate(ctx, outPath, market);
    }
    if (action == "check"_L1) {
        if (positional.size() != 1) {
            ctx.err << "tco-cli scenario check: expected 1 argument (FILE), got " << positional.size() << "\n\n";
            printScenarioUsage(ctx.err);
            return kExitUsage;
        }
        return checkFile(ctx, positional.first());
    }
    ctx.err << "tco-cli scenario: unknown action \"" << action << "\"\n\n";
    printScenarioUsage(ctx.err);
    return kExitUsage;
}

} // namespace tco::cli
