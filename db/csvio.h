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
    qint64 line = 0; ///< 1-based physical line; 0 when the problem is the whole file
    int column = 0; ///< 1-based field number; 0 when the problem is the whole line
    QString columnName; ///< header of that field, when known
    QString reason;

    /** "prices.csv:12:3 (hourly): negative price -1.5" */
    QString toString() const;
};

/** Rows of one table. */
struct TableCount
{
    QString table;
    qint64 rows = 0;

    bool operator==(const TableCount &) const = default;
};

struct ImportResult
{
    QList<ImportIssue> issues; ///< empty on success; nothing was written otherwise
    int inserted = 0;
    int updated = 0;
    int deleted = 0;
    bool cancelled = false;
    /**
     * A replace: the rows it removes from the imported table (always first, possibly 0), then
     * from every other table that loses rows because they referred to removed rows (cascading
     * foreign keys, transitively). Counted in the import's transaction; kept when a replace is refused for
     * needing a cascade, so that the caller can ask.
     */
    QList<TableCount> removed;
    /// A replace was refused (nothing changed) because it would also remove rows of other tables.
    bool needsCascade = false;

    bool ok() const { return issues.isEmpty() && !cancelled; }
    /** Rows the replace removes (or would remove) from tables other than the imported one. */
    qint64 cascadedRows() const;
};

enum class ImportMode {
    Merge, ///< insert new keys, update existing keys, keep rows not in the file
    /**
     * Afterwards the table holds exactly the file's rows. Refused, with nothing changed and
     * ImportResult::needsCascade set, when a removed row would take rows of other tables with it
     * (ON DELETE CASCADE): those must be confirmed with ReplaceCascade.
     */
    Replace,
    ReplaceCascade, ///< Replace, also removing the rows of other tables that refer to removed rows
};

enum class TransactionMode {
    Own, ///< the import runs in its own transaction (all or nothing)
    UseCallers, ///< the caller has a transaction open and rolls back on failure
};

/**
 * Called with (work done, total work) in bytes of the file: reading it is the first half,
 * writing its rows to the catalog the second. Return false to cancel (nothing is changed).
 */
using ImportProgress = std::function<bool(qint64, qint64)>;

/** Largest number of issues collected before an import stops looking for more. */
inline constexpr int kMaxImportIssues = 50;
/// Largest CSV file one import reads, bytes (256 MiB: ten times the 1,000,000-row test file).
inline constexpr qint64 kMaxImportFileBytes = qint64(256) * 1024 * 1024;
/// Most data rows one import takes (the catalog's largest real table has a few hundred rows).
inline constexpr qint64 kMaxImportRows = 2000000;
/// Longest single field (cell) of an imported CSV file, bytes (notes and sources are short).
inline constexpr qint64 kMaxImportFieldBytes = 64 * 1024;

/**
 * Imports RFC 4180 CSV (UTF-8, with or without BOM) into a catalog table. The header names the
 * columns (any order; required columns must be present). Validation covers the encoding (UTF-16
 * and UTF-32 are named and refused, so is invalid UTF-8 with its line and byte), the size limits
 * above, quoting, field counts, numbers, the plausible range of every numeric column
 * (valueranges.h), negative prices, missing required values, unknown references and duplicate
 * keys; any issue means nothing is written. A busy or read-only catalog is reported as such, not
 * as a problem of the file. Only bound parameters reach SQL.
 */
ImportResult importCsv(const QSqlDatabase &db, const QString &table, const QByteArray &data, const QString &fileLabel,
                       ImportMode mode = ImportMode::Merge, TransactionMode transaction = TransactionMode::Own,
                       const ImportProgress &progress = {});

/**
 * Reads @p path and imports it; an unreadable file is reported as an issue, and so is anything
 * that is not a regular file (a folder, a device like /dev/zero, a FIFO, which would block) or a
 * file larger than kMaxImportFileBytes: such input is refused before it is read.
 */
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
