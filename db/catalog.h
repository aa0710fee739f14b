// SPDX-License-Identifier: MIT
#pragma once

#include "catalogerror.h"

#include <QSqlDatabase>
#include <QString>

namespace tco::db {

/**
 * An open catalog file: a SQLite database with the schema of the migrations in
 * db/migrations/, created from the bundled seed on first use.
 *
 * Opening:
 *  - a missing file is created (schema + seed) in a temporary file "<file>.creating-<pid>" that
 *    is renamed into place, so a crash or a second instance never sees a half-made catalog; a
 *    failed creation removes it, and one left by a process that no longer runs (killed) is
 *    removed on the next open;
 *  - a file that is not SQLite, or is corrupt, is refused with CatalogError and left untouched;
 *  - a file from a newer schema is refused with CatalogError and left untouched;
 *  - a file from an older schema is copied to a backup first, then migrated step by step, each
 *    step in one transaction;
 *  - a file lacking a table or column of the schema is refused as damaged, naming what is missing;
 *  - a file another program keeps locked for longer than kBusyTimeout_ms is refused as busy.
 * Every connection runs with foreign keys on and a busy timeout, so two programs can share a file.
 */
class Catalog
{
public:
    enum class OpenMode {
        CreateIfMissing, ///< create from the bundled seed when the file does not exist
        MustExist, ///< refuse a missing file
    };

    explicit Catalog(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    /** The schema version this program writes (highest migration number). */
    static int latestSchemaVersion();

    /** The schema version stored in a file (PRAGMA user_version) without modifying it. */
    static int fileSchemaVersion(const QString &path);

    /**
     * Replaces the file with a fresh catalog from the bundled seed; the old file is kept as a
     * backup whose path is returned (empty when there was no old file). Only a catalog is reset:
     * a folder, a device, a file that is not SQLite, or an SQLite database without the catalog's
     * catalog_meta table is refused with CatalogError and left untouched (a catalog too damaged
     * to read is reset). A busy catalog is refused too.
     */
    static QString resetToDefaults(const QString &path);

    QSqlDatabase database() const;
    const QString &path() const { return m_path; }
    /** Path of the backup made while opening (migration), empty if none was needed. */
    const QString &backupPath() const { return m_backupPath; }
    bool createdNow() const { return m_createdNow; }
    /** True when the file or its folder cannot be written: reads work, writes fail (readOnlyMessage()). */
    bool isReadOnly() const { return m_readOnly; }

    /** Rows of a catalog table; -1 for a name that is not a catalog table; throws CatalogError
        when the catalog cannot be read (busy, damaged). */
    qint64 rowCount(const QString &table) const;
    /** A value of the catalog_meta table ("seed_version", "created_at"...); empty if absent. */
    QString meta(const QString &key) const;

private:
    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    bool m_createdNow = false;
    bool m_readOnly = false;
};

} // namespace tco::db
