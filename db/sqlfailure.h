// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace tco::db {

/// How long a connection waits for another program's lock on the catalog before it gives up
/// and reports the catalog as busy, ms (SQLite's busy timeout on every connection).
inline constexpr int kBusyTimeout_ms = 5000;

/** What an SQLite failure is about, from its (primary) result code. */
enum class SqlFailure {
    Other, ///< anything else: the data, a constraint, a damaged file
    Busy, ///< SQLITE_BUSY / SQLITE_LOCKED: another connection holds a lock
    ReadOnly, ///< SQLITE_READONLY / SQLITE_CANTOPEN on a write: the file or its folder cannot be written
};

SqlFailure classifySqlFailure(const QSqlError &error);

/** "The catalog X is busy: another program is writing to it ... (waited 5 s)". */
QString busyMessage(const QString &catalogPath);

/**
 * Why the catalog at @p catalogPath cannot be written, naming the file or its folder:
 * "The catalog file X is read-only" or "The folder Y of the catalog X is not writable".
 */
QString readOnlyMessage(const QString &catalogPath);

/**
 * The message for a failed statement on @p db when the failure is not about the data: the
 * catalog is busy or read-only. Empty for any other failure (the caller names the data).
 */
QString explainSqlFailure(const QSqlDatabase &db, const QSqlError &error);

} // namespace tco::db
