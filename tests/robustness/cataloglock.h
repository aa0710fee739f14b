// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file cataloglock.h
 * Test support: this test process as a second program holding a lock on a catalog file, for the
 * busy-catalog tests (tst_catalogfaults, tst_cli).
 */

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace tco::robustness {

/** A second connection to a catalog holding a lock from construction to destruction. */
class CatalogLock
{
public:
    /** @p begin: "BEGIN EXCLUSIVE" (no reader gets in) or "BEGIN IMMEDIATE" (no other writer). */
    CatalogLock(const QString &path, const QString &begin)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        // a write, so that the lock is held as a writer would hold it
        m_locked = db.open() && QSqlQuery(db).exec(begin)
            && QSqlQuery(db).exec(QStringLiteral("UPDATE catalog_meta SET value = value WHERE key = 'created_at'"));
    }
    ~CatalogLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    CatalogLock(const CatalogLock &) = delete;
    CatalogLock &operator=(const CatalogLock &) = delete;

    bool locked() const { return m_locked; }

private:
    QString m_name = QStringLiteral("catalog-lock-holder");
    bool m_locked = false;
};

} // namespace tco::robustness
