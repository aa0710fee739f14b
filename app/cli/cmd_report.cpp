// SPDX-License-Identifier: MIT
// tco-cli report --scenario FILE [--pdf OUT.pdf] [--csv OUT.csv] [--lang en|zh_CN] [--currency CNY|USD]
//                [--paper A4|Letter] [--company NAME] [--author NAME] [--date YYYY-MM-DD]
#include "commands.h"
#include "csv.h"
#include "report/csvreport.h"
#include "report/evaluatedscenario.h"
#include "report/pdfreport.h"
#include "reportcharts.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

void printReportUsage(QTextStream &s)
{
    s << "Usage: tco-cli [--db PATH] report --scenario FILE [--pdf OUT.pdf] [--csv OUT.csv]\n"
         "                [--lang en|zh_CN] [--currency CNY|USD] [--paper A4|Letter]\n"
         "                [--company NAME] [--author NAME] [--date YYYY-MM-DD]\n\n"
         "Evaluates a scenario (*.tcoplan) against the catalog and writes its report.\n"
         "  --pdf OUT.pdf     the PDF report: title page, contents, executive summary with the\n"
         "                    recommended tier, comparison, charts (vector), one section per tier,\n"
         "                    the advisor's recommendations, assumptions and data provenance\n"
         "  --csv OUT.csv     the tables as CSV (UTF-8 with BOM, RFC 4180, plain numbers, units in\n"
         "                    the headers): OUT.csv the comparison, OUT-timeline.csv month by month,\n"
         "                    OUT-breakdown.csv each tier by cost category and year (the two\n"
         "                    companions replace OUT's extension and always end in .csv:\n"
         "                    --csv t.txt writes t.txt, t-timeline.csv, t-breakdown.csv).\n"
         "                    --csv - writes the comparison to standard output (no BOM)\n"
         "  --lang LANG       language of the PDF: en (default) or zh_CN (needs a CJK font such as\n"
         "                    fonts-noto-cjk); the CSV column names are always the same\n"
         "  --currency CUR    CNY or USD instead of the scenario's currency\n"
         "  --paper SIZE      A4 (default) or Letter\n"
         "  --company NAME, --author NAME, --date YYYY-MM-DD   for the title page (date: today)\n\n"
         "At least one of --pdf and --csv. Every file is written whole or not at all; only the\n"
         "paths given here are written. An output replaces only a regular file: a folder, a\n"
         "device, a FIFO or a socket is refused, and so is the scenario, the catalog or another\n"
         "output of the same command (also through a link). Exit 0 when written (tiers that cannot\n"
         "be evaluated are reported in it and on standard error), 1 on failure, 2 for a wrong\n"
         "command line.\n";
}

int usageError(CliContext &ctx, const QString &message)
{
    ctx.err << "tco-cli report: " << message << "\n\n";
    printReportUsage(ctx.err);
    return kExitUsage;
}

} // namespace

int runReportCommand(CliContext &ctx, const QStringList &args)
{
    QString scenarioPath, pdfPath, csvPath, lang = u"en"_s, currency, paper = u"A4"_s, company, author, date;
    const std::pair<QLatin1StringView, QString *> valueOptions[] = {
        { "--scenario"_L1, &scenarioPath },
        { "--pdf"_L1, &pdfPath },
        { "--csv"_L1, &csvPath },
        { "--lang"_L1, &lang },
        { "--currency"_L1, &currency },
        { "--paper"_L1, &paper },
        { "--company"_L1, &company },
        { "--author"_L1, &author },
        { "--date"_L1, &date },
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == "--help"_L1 || a == "-h"_L1) {
            printReportUsage(ctx.out);
            return kExitOk;
        }
        bool matched = false;
        for (const auto &[name, target] : valueOptions) {
            if (a == name) {
                if (i + 1 >= args.size())
                    return usageError(ctx, u"%1 needs a value"_s.arg(name));
                *target = args[++i];
                matched = true;
            } else if (a.startsWith(name + u'=')) {
                *target = a.mid(name.size() + 1);
                matched = true;
            }
            if (matched)
                break;
        }
        if (!matched)
            return usageError(ctx, u"unexpected argument \"%1\""_s.arg(a));
    }
    if (scenarioPath.isEmpty())
        return usageError(ctx, u"--scenario FILE is required"_s);
    if (pdfPath.isEmpty() && csvPath.isEmpty())
        return usageError(ctx, u"nothing to write: give --pdf OUT.pdf, --csv OUT.csv or both"_s);
    const std::optional<report::Language> language = report::languageFromName(lang);
    if (!language)
        return usageError(ctx, u"unknown language \"%1\" (use en or zh_CN)"_s.arg(lang));
    const std::optional<report::Paper> paperSize = report::paperFromName(paper);
    if (!paperSize)
        return usageError(ctx, u"unknown paper size \"%1\" (use A4 or Letter)"_s.arg(paper));
    if (!currency.isEmpty() && currency != "CNY"_L1 && currency != "USD"_L1)
        return usageError(ctx, u"unknown currency \"%1\" (use CNY or USD)"_s.arg(currency));
    QDate titleDate;
    if (!date.isEmpty()) {
        titleDate = QDate::fromString(date, Qt::ISODate);
        if (!titleDate.isValid())
            return usageError(ctx, u"--date needs YYYY-MM-DD, got \"%1\""_s.arg(date));
    }
    if (!pdfPath.isEmpty() && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        ctx.err << "tco-cli report: --pdf needs the GUI application object that tco-cli creates for it\n";
        return kExitFailure;
    }

    // Every output is checked before the evaluation: a refused path costs nothing and writes nothing.
    const QList<report::ProtectedFile> inputs = ctx.protectedFiles({ { scenarioPath, u"the --scenario file"_s } });
    QList<report::ProtectedFile> taken = inputs;
    QStringList outputs = csvPath.isEmpty() || csvPath == "-"_L1 ? QStringList() : report::csvReportPaths(csvPath);
    if (!pdfPath.isEmpty())
        outputs << pdfPath;
    for (const QString &output : std::as_const(outputs)) {
        if (const QString problem = report::outputPathProblem(output, taken); !problem.isEmpty()) {
            ctx.err << "tco-cli report: " << problem << '\n';
            return kExitFailure;
        }
        taken.append({ output, u"another output of this command"_s });
    }

    QStringList messages;
    QString error;
    const std::optional<report::EvaluatedScenario> e
        = report::evaluateScenarioFile(scenarioPath, ctx.dbPath, currency, &messages, &error);
    for (const QString &m : std::as_const(messages))
        ctx.err << m << '\n';
    if (!e) {
        ctx.err << "tco-cli report: " << error << '\n';
        return kExitFailure;
    }
    for (const engine::TierResult &t : e->result.tiers)
        if (!t.ok)
            for (const engine::TierIssue &issue : t.issues)
                ctx.err << QString::fromStdString(t.name) << ": " << QString::fromStdString(issue.field) << ": "
                        << QString::fromStdString(issue.message) << '\n';

    if (csvPath == "-"_L1) {
        // A pipe gets no byte-order mark (that is for spreadsheet programs opening a file).
        const std::string csv = report::comparisonCsv(e->scenario, e->result);
        ctx.out << QString::fromUtf8(std::string_view(csv).substr(engine::csv::kUtf8Bom.size()));
    } else if (!csvPath.isEmpty()) {
        QStringList written;
        if (!report::writeCsvReport(e->scenario, e->result, csvPath, &written, &error, inputs)) {
            ctx.err << "tco-cli report: " << error << '\n';
            return kExitFailure;
        }
        for (const QString &file : std::as_const(written))
            ctx.out << "Wrote " << escapeControls(file) << '\n';
    }
    if (!pdfPath.isEmpty()) {
        report::PdfReportOptions options;
        options.language = *language;
        options.paper = *paperSize;
        options.company = company;
        options.author = author;
        options.date = titleDate;
        options.chartPainter = ui::reportChartPainter();
        report::PdfReportInfo info;
        const report::ReportInput input { e->scenario, e->result, e->catalog, e->catalogInfo };
        // Protected: the inputs and the CSV tables (taken ends with the PDF itself).
        if (!report::writePdfReport(input, options, pdfPath, &info, &error, taken.first(taken.size() - 1))) {
            ctx.err << "tco-cli report: " << error << '\n';
            return kExitFailure;
        }
        ctx.out << "Wrote " << escapeControls(pdfPath) << " (" << info.pages << " pages, "
                << report::languageName(*language) << ")\n";
    }
    return kExitOk;
}

} // namespace tco::cli
