// SPDX-License-Identifier: MIT
#include "catalog.h"

#include "csvio.h"
#include "schema.h"
#include "tco_version.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tco::db {

namespace {

/// How long a connection waits for another program's write lock before failing, ms.
constexpr int kBusyTimeout_ms = 5000;
/// The first 16 bytes of every SQLite 3 database file (https://sqlite.org/fileformat.html).
constexpr char kSqliteMagic[] = "SQLite format 3";
/// Size of the SQLite database header (page size at 16, change counter at 24, page count at 28).
constexpr int kSqliteHeaderBytes = 100;

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"tco-catalog-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

/** Migration scripts compiled into the binary, by version number. */
QMap<int, QString> migrationScripts()
{
    QMap<int, QString> scripts;
    QDirIterator it(u":/db/migrations"_s);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString base = QFileInfo(file).fileName();
        bool ok = false;
        const int version = base.section(u'_', 0, 0).toInt(&ok);
        if (!ok || version <= 0)
            continue;
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            scripts.insert(version, QString::fromUtf8(f.readAll()));
    }
    return scripts;
}

void checkIsSqliteFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CatalogError(QObject::tr("Cannot read the catalog file %1: %2").arg(path, f.errorString()));
    if (f.size() == 0)
        return; // an empty file is a valid, empty SQLite database
    const QByteArray head = f.read(kSqliteHeaderBytes);
    if (!head.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        throw CatalogError(QObject::tr("%1 is not a TCO Planner catalog: it is not an SQLite database file. "
                                       "It was left unchanged.").arg(path));
    // A file cut short (an interrupted copy) can pass SQLite's own checks when only the end of
    // its last page is missing: it must hold whole pages, as many as its header says. Skipped
    // while a journal is next to it (SQLite finishes or undoes that transaction on open).
    if (QFileInfo::exists(path + u"-journal"_s) || QFileInfo::exists(path + u"-wal"_s))
        return;
    const auto be = [&head](int at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes && at + i < head.size(); ++i)
            v = (v << 8) | quint8(head[at + i]);
        return v;
    };
    const quint32 rawPageSize = be(16, 2);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool validPageSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    // The page count at offset 28 is valid when the change counter (24) equals offset 92.
    const qint64 headerPages = head.size() >= kSqliteHeaderBytes && be(24, 4) == be(92, 4) ? be(28, 4) : 0;
    if (head.size() < kSqliteHeaderBytes || !validPageSize || f.size() % pageSize != 0
        || headerPages * pageSize > f.size())
        throw CatalogError(QObject::tr("%1 is damaged: the file is cut short (%2 bytes, not the whole pages its header "
                                       "describes). It was left unchanged; use \"Reset catalog to bundled defaults\" "
                                       "to start again.")
                               .arg(path)
                               .arg(f.size()));
}

QSqlDatabase openConnection(const QString &path, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1%2"_s.arg(kBusyTimeout_ms)
                             .arg(readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString()));
    if (!db.open())
        throw CatalogError(QObject::tr("Cannot open the catalog %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    return db;
}

void exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        throw CatalogError(QObject::tr("Catalog SQL failed: %1 (%2)").arg(q.lastError().text(), sql.left(200)));
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        throw CatalogError(QObject::tr("Cannot read the schema version of %1: %2")
                               .arg(db.databaseName(), q.lastError().text()));
    return q.value(0).toInt();
}

void checkIntegrity(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        throw CatalogError(QObject::tr("%1 is damaged and cannot be read (%2). It was left unchanged.")
                               .arg(db.databaseName(), q.lastError().text()));
    const QString verdict = q.value(0).toString();
    if (verdict != "ok"_L1)
        throw CatalogError(QObject::tr("%1 is damaged (%2). It was left unchanged; "
                                       "use \"Reset catalog to bundled defaults\" to start again.")
                               .arg(db.databaseName(), verdict));
}

/** Runs every migration above the file's version, each in its own transaction. */
void migrate(QSqlDatabase &db, int fromVersion)
{
    const QMap<int, QString> scripts = migrationScripts();
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
        if (it.key() <= fromVersion)
            continue;
        if (!db.transaction())
            throw CatalogError(QObject::tr("Cannot start a transaction: %1").arg(db.lastError().text()));
        try {
            QSqlQuery q(db);
            for (const QString &statement : splitSqlStatements(it.value()))
                exec(q, statement);
            exec(q, u"PRAGMA user_version = %1"_s.arg(it.key()));
            if (!db.commit())
                throw CatalogError(QObject::tr("Cannot commit migration %1: %2").arg(it.key()).arg(db.lastError().text()));
        } catch (...) {
            db.rollback();
            throw;
        }
    }
}

/** Loads every bundled seed CSV, in dependency order, inside the caller's transaction. */
void loadSeed(const QSqlDatabase &db)
{
    for (const QString &table : catalogTables()) {
        const QString file = u":/db/seed/%1.csv"_s.arg(table);
        QFile f(file);
        if (!f.exists())
            continue;
        if (!f.open(QIODevice::ReadOnly))
            throw CatalogError(QObject::tr("Cannot read the bundled seed %1").arg(file));
        const ImportResult r = importCsv(db, table, f.readAll(), file, ImportMode::Merge,
                                         TransactionMode::UseCallers);
        if (!r.ok())
            throw CatalogError(QObject::tr("The bundled seed is invalid: %1").arg(r.issues.first().toString()));
    }
}

} // namespace

int Catalog::latestSchemaVersion()
{
    const QMap<int, QString> scripts = migrationScripts();
    return scripts.isEmpty() ? 0 : scripts.lastKey();
}

int Catalog::fileSchemaVersion(const QString &path)
{
    checkIsSqliteFile(path);
    const QString name = newConnectionName();
    int version = 0;
    {
        QSqlDatabase db = openConnection(path, name, true);
        version = userVersion(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

Catalog::Catalog(const QString &path, OpenMode mode)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(newConnectionName())
{
    if (!QFileInfo::exists(m_path)) {
        if (mode == OpenMode::MustExist)
            throw CatalogError(QObject::tr("The catalog file %1 does not exist.").arg(m_path));
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath()))
            throw CatalogError(QObject::tr("Cannot create the folder %1 for the catalog.").arg(info.absolutePath()));
        if (!QFileInfo(info.absolutePath()).isWritable())
            throw CatalogError(QObject::tr("Cannot create the catalog %1: the folder %2 is not writable. "
                                           "Choose another catalog file with --db.")
                                   .arg(m_path, QDir::toNativeSeparators(info.absolutePath())));
        // Build the new catalog next to its final place, then move it in atomically.
        const QString temp = m_path + u".creating-%1"_s.arg(QCoreApplication::applicationPid());
        QFile::remove(temp);
        const QString name = newConnectionName();
        try {
            QSqlDatabase db = openConnection(temp, name, false);
            migrate(db, 0);
            if (!db.transaction())
                throw CatalogError(db.lastError().text());
            loadSeed(db);
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO catalog_meta(key, value) VALUES (?, ?)"_s);
            const QList<std::pair<QString, QString>> meta = {
                {u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {u"seed_version"_s, QString::fromLatin1(kVersion)},
            };
            for (const auto &[k, v] : meta) {
                q.addBindValue(k);
                q.addBindValue(v);
                if (!q.exec())
                    throw CatalogError(q.lastError().text());
            }
            if (!db.commit())
                throw CatalogError(db.lastError().text());
            q = QSqlQuery();
            db.close();
        } catch (...) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
            QFile::remove(temp);
            throw;
        }
        QSqlDatabase::removeDatabase(name);
        if (!QFile::rename(temp, m_path)) {
            QFile::remove(temp);
            if (!QFileInfo::exists(m_path)) // another instance may have won the race: use its file
                throw CatalogError(QObject::tr("Cannot create the catalog %1.").arg(m_path));
        } else {
            m_createdNow = true;
        }
    }

    checkIsSqliteFile(m_path);
    const bool writable = QFileInfo(m_path).isWritable();
    QSqlDatabase db = openConnection(m_path, m_connectionName, !writable);
    try {
        checkIntegrity(db);
        const int version = userVersion(db);
        const int latest = latestSchemaVersion();
        if (version > latest)
            throw CatalogError(QObject::tr("The catalog %1 was written by a newer TCO Planner (schema version %2; "
                                           "this program knows up to %3). It was left unchanged: "
                                           "update TCO Planner or choose another catalog with --db.")
                                   .arg(m_path).arg(version).arg(latest));
        if (version < latest) {
            if (!writable)
                throw CatalogError(QObject::tr("The catalog %1 needs an upgrade from schema version %2 to %3 "
                                               "but the file is read-only.").arg(m_path).arg(version).arg(latest));
            m_backupPath = m_path + u".v%1-%2.bak"_s.arg(version).arg(
                               QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
            if (!QFile::copy(m_path, m_backupPath))
                throw CatalogError(QObject::tr("Cannot make the backup %1 before upgrading the catalog; "
                                               "nothing was changed.").arg(m_backupPath));
            migrate(db, version);
        }
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Catalog::~Catalog()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Catalog::resetToDefaults(const QString &path)
{
    QString backup;
    if (QFileInfo::exists(path)) {
        backup = path + u".%1.bak"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
        if (!QFile::rename(path, backup))
            throw CatalogError(QObject::tr("Cannot move the old catalog %1 aside; nothing was changed.").arg(path));
    }
    try {
        Catalog fresh(path);
    } catch (...) {
        if (!backup.isEmpty() && !QFileInfo::exists(path))
            QFile::rename(backup, path);
        throw;
    }
    return backup;
}

QSqlDatabase Catalog::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

qint64 Catalog::rowCount(const QString &table) const
{
    if (!isCatalogTable(table))
        return -1;
    QSqlQuery q(database());
    // The table name comes from the fixed list of catalog tables, never from input.
    if (!q.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) || !q.next()) // sql-identifiers-only
        return -1;
    return q.value(0).toLongLong();
}

QString Catalog::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM catalog_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace tco::db
