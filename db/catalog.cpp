// SPDX-License-Identifier: MIT
#include "catalog.h"

#include "csvio.h"
#include "schema.h"
#include "sqlfailure.h"
#include "tco_version.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace tco::db {

namespace {

/// What a catalog being built is called next to its final place: "<catalog>.creating-<pid>".
constexpr char kCreatingSuffix[] = ".creating-";
/// Files SQLite may keep next to a database (rollback journal, WAL, shared memory).
constexpr const char *kSqliteSideFiles[] = { "-journal", "-wal", "-shm" };
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
                                       "It was left unchanged.")
                               .arg(path));
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

/** Throws for a failed statement: the catalog is busy or read-only when that is the cause, else @p otherwise. */
[[noreturn]] void throwSqlError(const QSqlDatabase &db, const QSqlError &error, const QString &otherwise)
{
    const QString explained = explainSqlFailure(db, error);
    throw CatalogError(explained.isEmpty() ? otherwise : explained);
}

/** Removes a database file and the journal files SQLite may have left next to it. */
void removeWithSideFiles(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : kSqliteSideFiles)
        QFile::remove(path + QLatin1StringView(suffix));
}

/** True unless the process @p pid is known to be gone (then its files are stale). */
bool processMayBeAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid);
    return true; // no portable check: leave the file alone
#endif
}

/**
 * Removes "<catalog>.creating-<pid>" files (and their journals) left by a creation that was
 * interrupted (killed, power lost) in a process that no longer runs. A running process's file
 * is left alone: it may still be creating the catalog.
 */
void removeStaleCreations(const QString &catalogPath)
{
    const QFileInfo info(catalogPath);
    const QString prefix = info.fileName() + QLatin1StringView(kCreatingSuffix);
    const QDir dir(info.absolutePath());
    if (!dir.exists())
        return;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (!entry.fileName().startsWith(prefix))
            continue;
        QString pidText = entry.fileName().mid(prefix.size());
        for (const char *suffix : kSqliteSideFiles)
            if (pidText.endsWith(QLatin1StringView(suffix)))
                pidText.chop(qsizetype(qstrlen(suffix)));
        bool ok = false;
        const qint64 pid = pidText.toLongLong(&ok);
        if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid() || processMayBeAlive(pid))
            continue;
        QFile::remove(entry.absoluteFilePath());
    }
}

QSqlDatabase openConnection(const QString &path, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(
        u"QSQLITE_BUSY_TIMEOUT=%1%2"_s.arg(kBusyTimeout_ms).arg(readOnly ? u";QSQLITE_OPEN_READONLY"_s : QString()));
    if (!db.open())
        throw CatalogError(QObject::tr("Cannot open the catalog %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    return db;
}

void exec(const QSqlDatabase &db, QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        throwSqlError(db, q.lastError(),
                      QObject::tr("Catalog SQL failed: %1 (%2)").arg(q.lastError().text(), sql.left(200)));
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        throwSqlError(
            db, q.lastError(),
            QObject::tr("Cannot read the schema version of %1: %2").arg(db.databaseName(), q.lastError().text()));
    return q.value(0).toInt();
}

void checkIntegrity(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        throwSqlError(db, q.lastError(),
                      QObject::tr("%1 is damaged and cannot be read (%2). It was left unchanged.")
                          .arg(db.databaseName(), q.lastError().text()));
    const QString verdict = q.value(0).toString();
    if (verdict != "ok"_L1)
        throw CatalogError(QObject::tr("%1 is damaged (%2). It was left unchanged; "
                                       "use \"Reset catalog to bundled defaults\" to start again.")
                               .arg(db.databaseName(), verdict));
}

/** Loads the bundled seed CSV of @p table (if there is one), inside the caller's transaction. */
void loadSeedTable(const QSqlDatabase &db, const QString &table)
{
    const QString file = u":/db/seed/%1.csv"_s.arg(table);
    QFile f(file);
    if (!f.exists())
        return;
    if (!f.open(QIODevice::ReadOnly))
        throw CatalogError(QObject::tr("Cannot read the bundled seed %1").arg(file));
    const ImportResult r = importCsv(db, table, f.readAll(), file, ImportMode::Merge, TransactionMode::UseCallers);
    if (!r.ok())
        throw CatalogError(QObject::tr("The bundled seed is invalid: %1").arg(r.issues.first().toString()));
}

/**
 * Runs every migration above the file's version, each in its own transaction. The tables the
 * migrations create are filled from the bundled seed afterwards (seedNewTables).
 */
void migrate(QSqlDatabase &db, int fromVersion)
{
    const QMap<int, QString> scripts = migrationScripts();
    for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
        if (it.key() <= fromVersion)
            continue;
        if (!db.transaction())
            throwSqlError(db, db.lastError(), QObject::tr("Cannot start a transaction: %1").arg(db.lastError().text()));
        try {
            QSqlQuery q(db);
            for (const QString &statement : splitSqlStatements(it.value()))
                exec(db, q, statement);
            exec(db, q, u"PRAGMA user_version = %1"_s.arg(it.key()));
            if (!db.commit())
                throwSqlError(db, db.lastError(),
                              QObject::tr("Cannot commit migration %1: %2").arg(it.key()).arg(db.lastError().text()));
        } catch (...) {
            db.rollback();
            throw;
        }
    }
}

/** Loads every bundled seed CSV, in dependency order, inside the caller's transaction. */
void loadSeed(const QSqlDatabase &db)
{
    for (const QString &table : catalogTables())
        loadSeedTable(db, table);
}

/**
 * After an upgrade: fills each catalog table that the migrations have just created (absent from
 * @p tablesBefore) with its bundled seed, so an upgraded catalog gets the same rows as a new one
 * (e.g. api_prices from 0003). The seed stays the only copy of the rows. When the whole seed cannot
 * be imported (the user deleted a model its rows reference), each row is imported on its own and
 * the rows that cannot be are left out: the upgrade never fails or changes other tables for them.
 */
void seedNewTables(const QSqlDatabase &db, const QStringList &tablesBefore)
{
    for (const QString &table : catalogTables()) {
        if (tablesBefore.contains(table))
            continue;
        QFile f(u":/db/seed/%1.csv"_s.arg(table));
        if (!f.open(QIODevice::ReadOnly))
            continue; // no bundled rows for this table
        const QByteArray data = f.readAll();
        if (importCsv(db, table, data, f.fileName()).ok())
            continue;
        // One row per line in the bundled seed files (no cell spans lines).
        const QList<QByteArray> lines = data.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines[i].trimmed().isEmpty())
                importCsv(db, table, lines[0] + '\n' + lines[i] + '\n', f.fileName());
    }
}

/** The tables a catalog file holds: the catalog tables and the identity/version table. */
QStringList schemaTables()
{
    return catalogTables() + QStringList { u"catalog_meta"_s };
}

/** The columns of @p table in @p db; empty when the table is missing. */
QStringList tableColumns(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // The table name comes from the fixed list of schemaTables(): PRAGMA arguments cannot be bound.
    if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(table))) // sql-identifiers-only
        throwSqlError(db, q.lastError(),
                      QObject::tr("Cannot read the schema of %1: %2").arg(db.databaseName(), q.lastError().text()));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    return columns;
}

/** Every table's columns as the migrations make them (built once, in memory). */
const QHash<QString, QStringList> &expectedColumns()
{
    static const QHash<QString, QStringList> columns = [] {
        QHash<QString, QStringList> result;
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(u":memory:"_s);
            if (db.open()) {
                migrate(db, 0);
                for (const QString &table : schemaTables())
                    result.insert(table, tableColumns(db, table));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return columns;
}

/** Refuses a catalog whose schema lacks a table or a column (dropped by another tool or damage). */
void checkSchema(const QSqlDatabase &db, const QString &path)
{
    QStringList problems;
    const QHash<QString, QStringList> &expected = expectedColumns();
    for (const QString &table : schemaTables()) {
        const QStringList actual = tableColumns(db, table);
        if (actual.isEmpty()) {
            problems << QObject::tr("table %1 is missing").arg(table);
            continue;
        }
        QStringList missing;
        for (const QString &column : expected.value(table))
            if (!actual.contains(column))
                missing << column;
        if (!missing.isEmpty())
            problems << QObject::tr("table %1 lacks the column(s) %2").arg(table, missing.join(u", "_s));
    }
    if (!problems.isEmpty())
        throw CatalogError(QObject::tr("The catalog %1 is damaged: %2. It was left unchanged; use \"Reset catalog to "
                                       "bundled defaults\" (tco-cli catalog reset) to start again.")
                               .arg(path, problems.join(u"; "_s)));
}

/**
 * Refuses to reset anything at @p path that is not a catalog: a folder, a device, a file that is
 * not SQLite, an SQLite database of another program (no catalog_meta table). A catalog too
 * damaged to read still counts (that is what a reset is for); so does an empty file.
 */
void checkResettable(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        throw CatalogError(QObject::tr("%1 is a folder, not a catalog file: it was not reset and nothing was changed. "
                                       "Give the catalog file with --db.")
                               .arg(shown));
    if (!info.isFile())
        throw CatalogError(QObject::tr("%1 is not a regular file (a device, FIFO or socket), so it is not a catalog: "
                                       "it was not reset and nothing was changed.")
                               .arg(shown));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CatalogError(QObject::tr("Cannot read %1 to check that it is a catalog (%2): nothing was changed.")
                               .arg(shown, f.errorString()));
    if (f.size() == 0)
        return; // an empty file is an empty (version 0) catalog: nothing in it to lose
    const QByteArray head = f.read(sizeof kSqliteMagic);
    f.close();
    if (head != QByteArray(kSqliteMagic, sizeof kSqliteMagic))
        throw CatalogError(QObject::tr("%1 is not a TCO Planner catalog (it is not an SQLite database): it was not "
                                       "reset and is unchanged.")
                               .arg(shown));
    const QString name = newConnectionName();
    QString refusal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_READONLY"_s.arg(kBusyTimeout_ms));
        if (db.open()) {
            QSqlQuery q(db);
            const bool listed
                = q.exec(u"SELECT COUNT(*), SUM(name = 'catalog_meta') FROM sqlite_master WHERE type = 'table'"_s)
                && q.next();
            if (listed) {
                const bool anyTable = q.value(0).toLongLong() > 0;
                const bool hasMeta = q.value(1).toLongLong() > 0;
                if (anyTable && !hasMeta)
                    refusal = QObject::tr("%1 is an SQLite database but not a TCO Planner catalog (it has no "
                                          "catalog_meta table): it was not reset and is unchanged.")
                                  .arg(shown);
            } else if (classifySqlFailure(q.lastError()) == SqlFailure::Busy) {
                refusal = busyMessage(path);
            }
            // any other failure: a damaged catalog, which a reset replaces
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!refusal.isEmpty())
        throw CatalogError(refusal);
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
    removeStaleCreations(m_path);
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
        const QString temp
            = m_path + QLatin1StringView(kCreatingSuffix) + QString::number(QCoreApplication::applicationPid());
        removeWithSideFiles(temp);
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
                { u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
                { u"seed_version"_s, QString::fromLatin1(kVersion) },
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
            removeWithSideFiles(temp);
            throw;
        }
        QSqlDatabase::removeDatabase(name);
        if (!QFile::rename(temp, m_path)) {
            removeWithSideFiles(temp);
            if (!QFileInfo::exists(m_path)) // another instance may have won the race: use its file
                throw CatalogError(QObject::tr("Cannot create the catalog %1.").arg(m_path));
        } else {
            m_createdNow = true;
        }
    }

    checkIsSqliteFile(m_path);
    const bool writable = QFileInfo(m_path).isWritable();
    m_readOnly = !writable || !QFileInfo(QFileInfo(m_path).absolutePath()).isWritable();
    QSqlDatabase db = openConnection(m_path, m_connectionName, !writable);
    try {
        checkIntegrity(db);
        const int version = userVersion(db);
        const int latest = latestSchemaVersion();
        if (version > latest)
            throw CatalogError(QObject::tr("The catalog %1 was written by a newer TCO Planner (schema version %2; "
                                           "this program knows up to %3). It was left unchanged: "
                                           "update TCO Planner or choose another catalog with --db.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(latest));
        if (version < latest) {
            if (m_readOnly)
                throw CatalogError(QObject::tr("The catalog %1 needs an upgrade from schema version %2 to %3, "
                                               "which cannot be done: %4")
                                       .arg(m_path)
                                       .arg(version)
                                       .arg(latest)
                                       .arg(readOnlyMessage(m_path)));
            m_backupPath = m_path
                + u".v%1-%2.bak"_s.arg(version).arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
            if (!QFile::copy(m_path, m_backupPath))
                throw CatalogError(QObject::tr("Cannot make the backup %1 before upgrading the catalog; "
                                               "nothing was changed.")
                                       .arg(m_backupPath));
            QStringList tablesBefore;
            for (const QString &table : catalogTables())
                if (!tableColumns(db, table).isEmpty())
                    tablesBefore << table;
            migrate(db, version);
            if (version > 0) // an empty (version 0) file stays an empty catalog
                seedNewTables(db, tablesBefore);
        }
        checkSchema(db, m_path);
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
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        checkResettable(path);
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
    const QSqlDatabase db = database();
    QSqlQuery q(db);
    // The table name comes from the fixed list of catalog tables, never from input.
    if (!q.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) || !q.next()) // sql-identifiers-only
        throwSqlError(
            db, q.lastError(),
            QObject::tr("Cannot count the rows of %1 in the catalog %2: %3").arg(table, m_path, q.lastError().text()));
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
