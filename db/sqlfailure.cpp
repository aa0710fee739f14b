// SPDX-License-Identifier: MIT
#include "sqlfailure.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace tco::db {

namespace {
// SQLite primary result codes (https://sqlite.org/rescode.html); extended codes carry the
// primary code in their low byte.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCantOpen = 14;
constexpr int kPrimaryCodeMask = 0xff;
} // namespace

SqlFailure classifySqlFailure(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return SqlFailure::Other;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & kPrimaryCodeMask;
    if (!ok)
        return SqlFailure::Other;
    if (code == kSqliteBusy || code == kSqliteLocked)
        return SqlFailure::Busy;
    if (code == kSqliteReadOnly || code == kSqliteCantOpen)
        return SqlFailure::ReadOnly;
    return SqlFailure::Other;
}

QString busyMessage(const QString &catalogPath)
{
    return QObject::tr("The catalog %1 is busy: another program (another TCO Planner or tco-cli) is writing to it "
                       "and kept it locked for more than %2 s. Nothing was changed; try again when it has finished.")
        .arg(QDir::toNativeSeparators(catalogPath))
        .arg(kBusyTimeout_ms / 1000);
}

QString readOnlyMessage(const QString &catalogPath)
{
    const QFileInfo file(catalogPath);
    const QString path = QDir::toNativeSeparators(file.absoluteFilePath());
    if (file.exists() && !file.isWritable())
        return QObject::tr("The catalog file %1 is read-only: it can be read but not changed. Nothing was changed; "
                           "make the file writable, or choose another catalog with --db.")
            .arg(path);
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    if (!QFileInfo(file.absolutePath()).isWritable())
        return QObject::tr("The folder %1 is not writable, so the catalog %2 in it can be read but not changed "
                           "(SQLite writes a journal file next to the catalog). Nothing was changed; make the "
                           "folder writable, or choose another catalog with --db.")
            .arg(folder, path);
    return QObject::tr("The catalog %1 cannot be written (the file or its folder %2 is read-only). Nothing was "
                       "changed.")
        .arg(path, folder);
}

QString explainSqlFailure(const QSqlDatabase &db, const QSqlError &error)
{
    switch (classifySqlFailure(error)) {
    case SqlFailure::Busy:
        return busyMessage(db.databaseName());
    case SqlFailure::ReadOnly:
        return readOnlyMessage(db.databaseName());
    case SqlFailure::Other:
        break;
    }
    return {};
}

} // namespace tco::db
