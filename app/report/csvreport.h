// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file csvreport.h
 * The report's tables as CSV, for spreadsheets: one file per table, so that each opens as a
 * plain sheet with its header in row 1.
 *
 * Every file is UTF-8 with a byte-order mark (so spreadsheet programs read Chinese correctly),
 * RFC 4180 (engine::csv: comma, double quotes, CRLF), numbers in the C locale without thousands
 * separators, units in the column names (`tco_36m_CNY`, `output_tok_s`), and every cell that
 * starts with = + - @ (a tab or CR) neutralised with a leading apostrophe, except plain numbers
 * (so "-1200.00" stays a number). Tier names are user input and are neutralised like any text.
 *
 * - comparison: one row per tier: tier, kind, ok, meets_sla, recommended, gpus,
 *   hardware_cost_<CUR>, output_tok_s, ttft_ms, tpot_ms, tco_<N>m_<CUR>,
 *   tco_present_value_<N>m_<CUR>, cost_per_million_tokens_<CUR>, cost_per_request_<CUR>,
 *   tokens_per_s_per_watt, gflops_per_<CUR>, elasticity, cost_performance_index, served_share,
 *   power_w, issues. A tier that could not be evaluated has ok = no, empty figures and its
 *   issues.
 * - timeline: one row per month: month, then per evaluated tier "<tier>/total_<CUR>" and
 *   "<tier>/cumulative_<CUR>", then per tier and cost category in use "<tier>/<category>_<CUR>"
 *   (a category that is zero in every month of a tier is left out).
 * - breakdown: one row per evaluated tier and cost category in use, plus a "total" row per tier:
 *   tier, category, year_1_<CUR> ... year_<Y>_<CUR>, total_<CUR> (the last year may be partial).
 */

#include "reportio.h"
#include "tcoresult.h"

#include <QString>
#include <QStringList>

#include <string>

namespace tco::engine {
struct Scenario;
}

namespace tco::report {

/** The comparison table; @p scenario supplies the SLA for meets_sla and recommended. */
std::string comparisonCsv(const engine::Scenario &scenario, const engine::Result &result);
/** The month-by-month timeline. */
std::string timelineCsv(const engine::Result &result);
/** The per-tier breakdown by cost category and year. */
std::string breakdownCsv(const engine::Result &result);

/**
 * "OUT.csv" -> "OUT-timeline.csv": the suffix replaces the extension, and the companion is always
 * a ".csv" file ("OUT.txt" -> "OUT-timeline.csv", "OUT" -> "OUT-timeline.csv").
 */
QString csvCompanionPath(const QString &path, const QString &suffix);

/** The three files writeCsvReport() writes for @p path: it, its "-timeline" and "-breakdown" companions. */
QStringList csvReportPaths(const QString &path);

/**
 * Writes the three tables: @p path (comparison), its "-timeline" and "-breakdown" companions,
 * as one output (writeFilesAtomically()): none may be a device, a folder, one of @p inputs or
 * one another, and a refusal or a failed write changes none of them. @p written lists the files.
 */
bool writeCsvReport(const engine::Scenario &scenario, const engine::Result &result, const QString &path,
                    QStringList *written = nullptr, QString *error = nullptr, const QList<ProtectedFile> &inputs = {});

} // namespace tco::report
