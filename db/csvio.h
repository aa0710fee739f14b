// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace tco::db {

/** One problem found in an imported CSV file, with where it is. */
struct ImportIssue
{
    QString file;
    qint64 line = 0;    ///< 1-based physical line; 0 when the problem is the whole file
    int column = 0;     ///< 1-based field number; 0 when the problem is the whole line
    QString columnName; ///< header of that field, when known
    QString reason;

    /** "prices.csv:12:3 (hourly): negative price -1.5" */
    QString toString() const;
};

struct ImportResult
{
    QList<ImportIssue> issues; ///< empty on success; nothing was written otherwise
    int inserted = 0;
    int updated = 0;
    int deleted = 0;
    bool cancelled = false;

    bool ok() const { return issues.isEmpty() && !cancelled; }
};

enum class ImportMode {
    Merge,   ///< insert new keys, update existing keys, keep rows not in the file
    Replace, ///< afterwards the table holds exactly the file's rows
};

enum class TransactionMode {
    Own,        ///< the import runs in its own transaction (all or nothing)
    UseCallers, ///< the caller has a transaction open and rolls back on failure
};

/**
 * Called with (work done, total work) in bytes of the file: reading it is the first half,
 * writing its rows to the catalog the second. Return false to cancel (nothing is changed).
 */
using ImportProgress = std::function<bool(qint64, qint64)>;

/** Largest number of issues collected before an import stops looking for more. */
inline constexpr int kMaxImportIssues = 50;

/**
 * Imports RFC 4180 CSV (UTF-8, with or without BOM) into a catalog table. The header names the
 * columns (any order; required columns must be present). Validation covers quoting, field
 * counts, numbers, negative prices, missing required values, unknown references and duplicate
 * keys; any issue means nothing is written. Only bound parameters reach SQL.
 */
ImportResult importCsv(const QSqlDatabase &db, const QString &table, const QByteArray &data,
                       const QString &fileLabel, ImportMode mode = ImportMode::Merge,
                       TransactionMode transaction = TransactionMode::Own,
                       const ImportProgress &progress = {});

/** Reads @p path and imports it; an unreadable file is reported as an issue. */
ImportResult importCsvFile(const QSqlDatabase &db, const QString &table, const QString &path,
                           ImportMode mode = ImportMode::Merge, const ImportProgress &progress = {});

/**
 * The table as CSV: UTF-8 with BOM, CRLF, a header of column names, rows in key order, empty
 * cells for missing values, numbers in shortest round-trip form. Text cells that a spreadsheet
 * would run as a formula get a leading apostrophe, which importCsv removes again.
 */
QByteArray exportCsv(const QSqlDatabase &db, const QString &table);

/** Writes exportCsv() to @p path atomically; returns an error message, empty on success. */
QString exportCsvFile(const QSqlDatabase &db, const QString &table, const QString &path);

} // namespace tco::db
