// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file pdfreport.h
 * The PDF report: title page, contents, executive summary with the recommended tier, the
 * comparison table, the cumulative-TCO and cost-breakdown charts, one section per tier
 * (hardware or instances, memory fit, performance at the SLA, cost by category and year,
 * issues), the advisor's recommendations, the assumptions and the data provenance; running
 * headers and page numbers. A4 or Letter, English or Simplified Chinese (fonts embedded).
 *
 * Drawn with QPainter on a QPagedPaintDevice (QPdfWriter for files, QPrinter for printing), so
 * text and charts stay vectors. Laid out twice: the first pass only measures (page of every
 * section, page count), the second paints with the contents' page numbers known.
 * Needs a QGuiApplication (fonts); the charts need whatever the ChartPainter needs.
 */

#include "catalogsnapshot.h"
#include "reportio.h"
#include "reportlanguage.h"
#include "scenario.h"
#include "tcoresult.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;
class QPagedPaintDevice;

namespace tco::report {

enum class Paper { A4, Letter };

/** "A4" / "Letter" (case-insensitive); nullopt otherwise. */
std::optional<Paper> paperFromName(const QString &name);

enum class ChartKind {
    CumulativeTco, ///< cumulative cost of each tier by month, with the break-even points
    CostBreakdown, ///< cost by category and year, per tier
    ApiCost, ///< monthly cost against monthly token volume: each tier, each hosted API, the break-evens
};

/** What the report asks a chart painter to draw. */
struct ChartRequest
{
    ChartKind kind = ChartKind::CumulativeTco;
    QRectF target; ///< where, in the painter's (device) coordinates
    QFont font; ///< the report's font families at the size for chart labels
    QLocale locale; ///< of the report's numbers
};

/**
 * Draws one chart of @p result into @p painter at request.target as vectors, in the report's
 * language (the report's translations are installed while it runs). Returns false when it
 * cannot; the report then says so in place of the chart.
 */
using ChartPainter = std::function<bool(const engine::Result &result, const ChartRequest &request, QPainter &painter)>;

/** Facts about the catalog file the result was computed from (db::Catalog). */
struct CatalogInfo
{
    int schemaVersion = 0; ///< PRAGMA user_version
    QString createdAt; ///< catalog_meta created_at
    QString seedVersion; ///< catalog_meta seed_version
};

/** What a report is about. The references must outlive the call. */
struct ReportInput
{
    const engine::Scenario &scenario;
    const engine::Result &result;
    const engine::CatalogSnapshot &catalog;
    CatalogInfo catalogInfo;
};

struct PdfReportOptions
{
    Language language = Language::English;
    Paper paper = Paper::A4;
    QString company;
    QString author;
    QDate date; ///< of the title page; invalid: today
    ChartPainter chartPainter; ///< empty: the charts are replaced by a note
};

/** What was rendered. */
struct PdfReportInfo
{
    int pages = 0;
    QStringList sections; ///< the contents' entries, in order
    QList<int> sectionPages; ///< 1-based page of each entry
    int chartsDrawn = 0; ///< charts the ChartPainter drew
    QStringList untranslated; ///< see LanguageScope::untranslated()
};

/**
 * Paints the report on @p device, setting its page size (options.paper) and zero margins.
 * Returns false with @p error set when no QGuiApplication exists, when a Chinese report has no
 * CJK font to use, or when painting cannot start.
 */
bool paintReport(const ReportInput &input, const PdfReportOptions &options, QPagedPaintDevice &device,
                 PdfReportInfo *info = nullptr, QString *error = nullptr);

/**
 * Writes the report to @p path as PDF, atomically (writeFileAtomically()): all of it or nothing.
 * A path that outputPathProblem() refuses (a device, a folder, one of @p inputs) is refused before
 * painting.
 */
bool writePdfReport(const ReportInput &input, const PdfReportOptions &options, const QString &path,
                    PdfReportInfo *info = nullptr, QString *error = nullptr, const QList<ProtectedFile> &inputs = {});

} // namespace tco::report
