// SPDX-License-Identifier: MIT
#include "sqliteversion.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace tco::db {

QString sqliteVersion()
{
    static const QString version = [] {
        const QString name = QStringLiteral("tco-sqlite-version");
        QString v = QStringLiteral("unavailable");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                    v = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return v;
    }();
    return version;
}

} // namespace tco::db
