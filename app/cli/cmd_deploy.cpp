// SPDX-License-Identifier: MIT
// tco-cli deploy --scenario FILE --tier NAME --out DIR [--force]
#include "commands.h"
#include "report/deployyaml.h"
#include "report/evaluatedscenario.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

void printDeployUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] deploy --scenario FILE --tier NAME --out DIR [--force]\n\n"
         "Evaluates a scenario (*.tcoplan) and writes the deployment files of one tier into DIR\n"
         "(created when missing) as YAML:\n"
         "  cloud tier        NAME-kubernetes.yaml: a Deployment and a HorizontalPodAutoscaler for the\n"
         "                    hot replicas (and for the cold ones, if any): GPU limits, QUANTIZATION,\n"
         "                    replica bounds and target utilisation from the tier, the serving image\n"
         "  on-premises tier  NAME-launch.yaml: the serving launch configuration with the tensor and\n"
         "                    pipeline parallel sizes the engine evaluated, and its command line\n"
         "--tier takes the tier's name (case-insensitive when unambiguous) or its number (1, 2, ...).\n"
         "Object and file names come from the tier name as a Kubernetes name (a-z, 0-9 and '-', at\n"
         "most 58 characters); a name that had to be changed gets 8 hex digits of its SHA-256, so\n"
         "that two tiers never share a file or an object. Every text is written as an escaped YAML\n"
         "string that no parser can split.\n"
         "An existing file is never replaced unless --force is given (then it is replaced atomically).\n";
}

int usageError(CliContext &ctx, const QString &message)
{
    ctx.err << "tco-cli deploy: " << message << "\n\n";
    printDeployUsage(ctx.err);
    return kExitUsage;
}

} // namespace

int runDeployCommand(CliContext &ctx, const QStringList &args)
{
    QString scenarioPath, tierName, outDir;
    bool force = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == "--help"_L1 || a == "-h"_L1) {
            printDeployUsage(ctx.out);
            return kExitOk;
        }
        if (a == "--force"_L1) {
            force = true;
            continue;
        }
        QString *target = a == "--scenario"_L1 ? &scenarioPath
            : a == "--tier"_L1                 ? &tierName
            : a == "--out"_L1                  ? &outDir
                                               : nullptr;
        if (!target)
            return usageError(ctx, u"unexpected argument \"%1\""_s.arg(a));
        if (i + 1 >= args.size())
            return usageError(ctx, u"%1 needs a value"_s.arg(a));
        *target = args[++i];
    }
    if (scenarioPath.isEmpty() || tierName.isEmpty() || outDir.isEmpty())
        return usageError(ctx, u"--scenario FILE, --tier NAME and --out DIR are required"_s);

    QStringList messages;
    QString error;
    const std::optional<report::EvaluatedScenario> e
        = report::evaluateScenarioFile(scenarioPath, ctx.dbPath, QString(), &messages, &error);
    for (const QString &m : std::as_const(messages))
        ctx.err << m << '\n';
    if (!e) {
        ctx.err << "tco-cli deploy: " << error << '\n';
        return kExitFailure;
    }
    const int tier = report::findTier(e->scenario, tierName);
    if (tier < 0) {
        ctx.err << "tco-cli deploy: no tier \"" << tierName << "\" in " << scenarioPath << "; its tiers are:\n";
        for (std::size_t i = 0; i < e->scenario.tiers.size(); ++i)
            ctx.err << "  " << (i + 1) << ". " << QString::fromStdString(e->scenario.tiers[i].name) << '\n';
        return kExitUsage;
    }
    const report::DeployOutput output = report::deploymentFiles(e->scenario, e->result, e->catalog, tier);
    if (!output.ok()) {
        ctx.err << "tco-cli deploy: " << output.error << '\n';
        return kExitFailure;
    }
    // No file may replace the scenario or the catalog (writeDeploymentFiles refuses non-regular files).
    const QList<report::ProtectedFile> inputs = ctx.protectedFiles({ { scenarioPath, u"the --scenario file"_s } });
    for (const report::DeployFile &file : output.files) {
        if (const QString problem = report::outputPathProblem(QDir(outDir).filePath(file.fileName), inputs);
            !problem.isEmpty()) {
            ctx.err << "tco-cli deploy: " << problem << '\n';
            return kExitFailure;
        }
    }
    if (!force) {
        if (const QStringList existing = report::existingDeploymentFiles(output, outDir); !existing.isEmpty()) {
            ctx.err << "tco-cli deploy: " << existing.join(u", "_s)
                    << (existing.size() == 1 ? " already exists" : " already exist")
                    << "; nothing was written. Use --force to replace it.\n";
            return kExitFailure;
        }
    }
    QStringList written;
    const report::ExistingFiles existing = force ? report::ExistingFiles::Replace : report::ExistingFiles::Keep;
    if (!report::writeDeploymentFiles(output, outDir, &written, &error, existing)) {
        ctx.err << "tco-cli deploy: " << error << '\n';
        return kExitFailure;
    }
    for (const QString &file : std::as_const(written))
        ctx.out << "Wrote " << escapeControls(file) << '\n';
    return kExitOk;
}

} // namespace tco::cli
