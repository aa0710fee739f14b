// SPDX-License-Identifier: MIT
#include "csvio.h"

#include "csv.h"
#include "schema.h"
#include "sqlfailure.h"
#include "valueranges.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
namespace csv = tco::engine::csv;

namespace tco::db {

QString ImportIssue::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    if (!columnName.isEmpty())
        where += u" ("_s + columnName + u')';
    return where + u": "_s + reason;
}

qint64 ImportResult::cascadedRows() const
{
    qint64 rows = 0;
    for (qsizetype i = 1; i < removed.size(); ++i)
        rows += removed[i].rows;
    return rows;
}

namespace {

/// Records between two progress callbacks during an import.
constexpr int kProgressEveryRecords = 4096;

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/** Strict C-locale number parsing: no thousands separators, no units, finite values only. */
std::optional<double> parseNumber(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/** Length of the valid UTF-8 sequence at @p i (1..4), or 0 when the bytes there are not valid UTF-8. */
int utf8SequenceLength(const QByteArray &data, qsizetype i)
{
    const auto byte = [&](qsizetype k) {
        return k < data.size() ? quint8(data[k]) : quint8(0);
    };
    const quint8 b0 = byte(i);
    const auto cont = [&](qsizetype k) {
        return (byte(k) & 0xC0) == 0x80;
    };
    if (b0 < 0x80)
        return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const quint8 b1 = byte(i + 1);
        const bool ok1 = b0 == 0xE0 ? (b1 >= 0xA0 && b1 <= 0xBF) // no overlong forms
            : b0 == 0xED            ? (b1 >= 0x80 && b1 <= 0x9F) // no UTF-16 surrogates
                                    : cont(i + 1);
        return ok1 && cont(i + 2) ? 3 : 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const quint8 b1 = byte(i + 1);
        const bool ok1 = b0 == 0xF0 ? (b1 >= 0x90 && b1 <= 0xBF) // no overlong forms
            : b0 == 0xF4            ? (b1 >= 0x80 && b1 <= 0x8F) // nothing above U+10FFFF
                                    : cont(i + 1);
        return ok1 && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

/**
 * The file's encoding problem, if any: UTF-32 and UTF-16 (by their byte-order marks) are named,
 * NUL bytes (UTF-16 without a mark, or a binary file) and bytes that are not UTF-8 (Windows-1252,
 * Latin-1) are placed by line and byte. @p line gets the 1-based line, 0 for the whole file.
 */
QString encodingProblem(const QByteArray &data, qint64 &line)
{
    line = 0;
    if (data.startsWith(QByteArray("\xFF\xFE\x00\x00", 4)) || data.startsWith(QByteArray("\x00\x00\xFE\xFF", 4)))
        return QObject::tr("the file is UTF-32; save it as UTF-8");
    if (data.startsWith("\xFF\xFE"))
        return QObject::tr("the file is UTF-16 (little-endian); save it as UTF-8");
    if (data.startsWith("\xFE\xFF"))
        return QObject::tr("the file is UTF-16 (big-endian); save it as UTF-8");
    qint64 lineNo = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < data.size();) {
        const char c = data[i];
        if (c == '\n') {
            ++lineNo;
            lineStart = ++i;
            continue;
        }
        if (c == '\0') {
            line = lineNo;
            return QObject::tr("a NUL byte at line %1 byte %2: the file is binary, or UTF-16 without a byte-order "
                               "mark; save it as UTF-8")
                .arg(lineNo)
                .arg(i - lineStart + 1);
        }
        const int length = utf8SequenceLength(data, i);
        if (length == 0) {
            line = lineNo;
            return QObject::tr("not valid UTF-8 at line %1 byte %2 (Windows-1252 or Latin-1?); save the file as "
                               "UTF-8")
                .arg(lineNo)
                .arg(i - lineStart + 1);
        }
        i += length;
    }
    return {};
}

QString formatNumber(double v)
{
    char buf[64];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? QString::fromLatin1(buf, ptr - buf) : QString();
}

class Importer
{
public:
    Importer(const QSqlDatabase &db, const QString &table, const QString &file, ImportMode mode)
        : m_db(db)
        , m_file(file)
        , m_mode(mode)
    {
        m_info = describeTable(db, table);
        if (m_info.columns.isEmpty() && isCatalogTable(table)) {
            // a catalog table without columns: the schema could not be read (busy, read error)
            QSqlQuery q(m_db);
            if (!q.exec(u"PRAGMA schema_version"_s))
                m_unreadable = explainSqlFailure(m_db, q.lastError());
        }
    }

    ImportResult run(const QByteArray &data, TransactionMode transaction, const ImportProgress &progress);

private:
    void issue(qint64 line, int column, const QString &reason)
    {
        if (m_result.issues.size() < kMaxImportIssues) {
            const QString name = column > 0 && column <= m_header.size() ? m_header[column - 1] : QString();
            m_result.issues.append({ m_file, line, column, name, reason });
        }
    }
    bool full() const { return m_result.issues.size() >= kMaxImportIssues; }
    bool readHeader(const csv::Record &rec);
    void loadReferenceKeys();
    bool convertRecord(const csv::Record &rec, QVariantList &values, QStringList &key);
    QVariant convertNumber(const csv::Record &rec, int pos, const ColumnInfo &c, const std::string &raw,
                           const QString &text);
    bool write(const QList<QVariantList> &rows, const QList<qint64> &lines, const QList<QStringList> &keys,
               const QList<qint64> &ends, qint64 total, const ImportProgress &progress);
    void removeRowsNotInFile(const QList<QStringList> &keys);
    /** Records why a statement failed when the catalog is busy or read-only; true if so. */
    bool catalogUnwritable(const QSqlError &error)
    {
        const QString why = explainSqlFailure(m_db, error);
        if (!why.isEmpty())
            m_result.issues = { { m_file, 0, 0, {}, why } };
        return !why.isEmpty();
    }
    QList<TableCount> tableCounts();
    bool tooManyRows(std::string_view text);
    bool isReplace() const { return m_mode != ImportMode::Merge; }

    QSqlDatabase m_db;
    QString m_file;
    ImportMode m_mode;
    TableInfo m_info;
    QStringList m_header;
    QList<int> m_headerColumn; ///< header position -> table column index
    QList<int> m_keyFields; ///< header positions of the primary key
    QHash<int, QSet<QString>> m_refKeys; ///< header position -> keys existing in the referenced table
    ImportResult m_result;
    QString m_unreadable; ///< why the table's schema could not be read (busy), empty otherwise
};

bool Importer::readHeader(const csv::Record &rec)
{
    QSet<QString> seen;
    for (std::size_t i = 0; i < rec.fields.size(); ++i) {
        const QString name = QString::fromUtf8(rec.fields[i]).trimmed();
        m_header << name;
        const int col = m_info.indexOf(name);
        m_headerColumn << col;
        const int pos = int(i) + 1;
        if (col < 0)
            issue(rec.line, pos,
                  QObject::tr("unknown column \"%1\" for table %2 (expected: %3)")
                      .arg(name, m_info.name, m_info.columnNames().join(u", "_s)));
        else if (seen.contains(name))
            issue(rec.line, pos, QObject::tr("column \"%1\" appears twice in the header").arg(name));
        seen.insert(name);
        if (col >= 0 && m_info.columns[col].primaryKey)
            m_keyFields << int(i);
    }
    // key fields in the order of the table's primary key, whatever the header's order
    std::sort(m_keyFields.begin(), m_keyFields.end(),
              [this](int a, int b) { return m_headerColumn[a] < m_headerColumn[b]; });
    for (const ColumnInfo &c : m_info.columns)
        if ((c.required() || c.primaryKey) && !seen.contains(c.name))
            issue(rec.line, 0, QObject::tr("required column \"%1\" is missing from the header").arg(c.name));
    return m_result.issues.isEmpty();
}

void Importer::loadReferenceKeys()
{
    for (int i = 0; i < m_headerColumn.size(); ++i) {
        const ColumnInfo &c = m_info.columns[m_headerColumn[i]];
        if (c.refTable.isEmpty() || !isCatalogTable(c.refTable))
            continue;
        QSet<QString> keys;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Table and column names come from the schema itself, never from the CSV.
        q.exec(u"SELECT %1 FROM %2"_s.arg(c.refColumn, c.refTable)); // sql-identifiers-only
        while (q.next())
            keys.insert(q.value(0).toString());
        m_refKeys.insert(i, keys);
    }
}

QVariant Importer::convertNumber(const csv::Record &rec, int pos, const ColumnInfo &c, const std::string &raw,
                                 const QString &text)
{
    const std::optional<double> v = parseNumber(raw);
    if (!v) {
        issue(rec.line, pos, QObject::tr("\"%1\" is not a number").arg(text));
        return {};
    }
    if (c.type == ColumnType::Integer && std::trunc(*v) != *v) {
        issue(rec.line, pos, QObject::tr("\"%1\" is not a whole number").arg(text));
        return {};
    }
    if (c.isMoney() && *v < 0) {
        issue(rec.line, pos, QObject::tr("negative price %1").arg(text.trimmed()));
        return {};
    }
    // the plausible range keeps every integer inside the engine's 32-bit int
    if (const QString why = checkValue(m_info.name, c.name, *v); !why.isEmpty()) {
        issue(rec.line, pos, why);
        return {};
    }
    if (c.type == ColumnType::Integer) {
        if (std::fabs(*v) > double(std::numeric_limits<int>::max())) { // a column without a named range
            issue(rec.line, pos, QObject::tr("%1 is too large for a whole-number column").arg(text.trimmed()));
            return {};
        }
        return QVariant(qlonglong(*v));
    }
    return QVariant(*v);
}

bool Importer::convertRecord(const csv::Record &rec, QVariantList &values, QStringList &key)
{
    const int before = m_result.issues.size();
    values.clear();
    key.clear();
    QStringList texts(m_header.size());
    for (int i = 0; i < m_header.size(); ++i) {
        const ColumnInfo &c = m_info.columns[m_headerColumn[i]];
        const std::string &raw = rec.fields[std::size_t(i)];
        const int pos = i + 1;
        if (qint64(raw.size()) > kMaxImportFieldBytes) {
            issue(rec.line, pos,
                  QObject::tr("the field is %1 bytes long; the limit is %2 bytes")
                      .arg(raw.size())
                      .arg(kMaxImportFieldBytes));
            values << QVariant();
            continue;
        }
        QString text = QString::fromUtf8(raw);
        if (text.trimmed().isEmpty()) {
            if (c.required() || c.primaryKey)
                issue(rec.line, pos, QObject::tr("a value is required"));
            // NOT NULL with a default: store the schema's default, not NULL.
            values << (c.notNull
                           ? c.defaultValue
                           : QVariant(QMetaType(c.type == ColumnType::Text ? QMetaType::QString : QMetaType::Double)));
            continue;
        }
        if (c.isNumeric()) {
            values << convertNumber(rec, pos, c, raw, text);
            if (values.last().isNull())
                continue;
            text = values.last().toString();
        } else {
            // Undo the apostrophe that exportCsv() adds against formula injection.
            if (text.size() >= 2 && text[0] == u'\'' && isFormulaStart(text[1]))
                text.remove(0, 1);
            values << QVariant(text);
        }
        if (const auto it = m_refKeys.constFind(i); it != m_refKeys.constEnd() && !it->contains(text))
            issue(
                rec.line, pos,
                QObject::tr("unknown %1 reference \"%2\" (no such %3 in table %1)").arg(c.refTable, text, c.refColumn));
        texts[i] = text;
    }
    for (int f : m_keyFields)
        key << texts[f];
    return m_result.issues.size() == before;
}

bool Importer::write(const QList<QVariantList> &rows, const QList<qint64> &lines, const QList<QStringList> &keys,
                     const QList<qint64> &ends, qint64 total, const ImportProgress &progress)
{
    const QStringList pk = m_info.primaryKey();
    QStringList cols, marks, updates;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString &name = m_info.columns[m_headerColumn[i]].name;
        cols << name;
        marks << u"?"_s;
        if (!pk.contains(name))
            updates << name + u" = excluded."_s + name;
    }
    QStringList pkMatch;
    for (const QString &k : pk)
        pkMatch << k + u" = ?"_s;

    // Identifiers come from the schema (validated header); every value is a bound parameter.
    QSqlQuery exists(m_db), upsert(m_db);
    exists.prepare(u"SELECT 1 FROM %1 WHERE %2"_s.arg(m_info.name, pkMatch.join(u" AND "_s))); // sql-identifiers-only
    upsert.prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO %5"_s.arg( // sql-identifiers-only
        m_info.name, cols.join(u", "_s), marks.join(u", "_s), pk.join(u", "_s),
        updates.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + updates.join(u", "_s)));

    for (int r = 0; r < rows.size() && !full(); ++r) {
        // writing is the second half of the work: the row's end in the file, halved, past the middle
        if (progress && r % kProgressEveryRecords == kProgressEveryRecords - 1
            && !progress(total - total / 2 + ends[r] / 2, total)) {
            m_result.cancelled = true;
            return false;
        }
        const QVariantList &values = rows[r];
        for (int f : m_keyFields)
            exists.addBindValue(values[f]);
        const bool existed = exists.exec() && exists.next();
        exists.finish();
        for (const QVariant &v : values)
            upsert.addBindValue(v);
        if (!upsert.exec()) {
            if (catalogUnwritable(upsert.lastError()))
                return false;
            issue(lines[r], 0, QObject::tr("rejected by the catalog: %1").arg(upsert.lastError().databaseText()));
            continue;
        }
        existed ? ++m_result.updated : ++m_result.inserted;
    }

    if (isReplace() && m_result.issues.isEmpty()) {
        // Count every table before and after the deletes, in this transaction: what the foreign
        // keys' ON DELETE CASCADE takes with the removed rows, transitively, is exactly the difference.
        const QList<TableCount> before = tableCounts();
        if (before.isEmpty())
            return false;
        removeRowsNotInFile(keys);
        if (!m_result.issues.isEmpty())
            return false;
        const QList<TableCount> after = tableCounts();
        if (after.size() != before.size())
            return false;
        for (qsizetype t = 0; t < before.size(); ++t) {
            const qint64 gone = before[t].rows - after[t].rows;
            if (before[t].table == m_info.name)
                m_result.removed.prepend({ before[t].table, gone }); // always first, even when 0
            else if (gone > 0)
                m_result.removed.append({ before[t].table, gone });
        }
        if (m_result.cascadedRows() > 0 && m_mode != ImportMode::ReplaceCascade) {
            m_result.needsCascade = true;
            QStringList counts;
            for (const TableCount &c : std::as_const(m_result.removed))
                counts << u"%1: %2"_s.arg(c.table).arg(c.rows);
            issue(0, 0,
                  QObject::tr("replacing %1 would also remove rows of other tables that refer to the removed "
                              "rows (%2); a replace that removes rows of other tables must be confirmed")
                      .arg(m_info.name, counts.join(u", "_s)));
        }
    }
    return m_result.issues.isEmpty();
}

bool Importer::tooManyRows(std::string_view text)
{
    // Counted before any row is converted, so that an oversized file is refused without holding
    // its rows in memory (a malformed file stops the count; the reading pass reports it).
    csv::Reader counter(text);
    csv::Record rec;
    qint64 records = 0;
    while (counter.next(rec)) {
        if (rec.fields.size() == 1 && rec.fields[0].empty())
            continue; // blank line
        if (++records > kMaxImportRows + 1) { // + 1: the header
            issue(rec.line, 0,
                  QObject::tr("more than %1 data rows: that is the limit of one import (split the file)")
                      .arg(kMaxImportRows));
            return true;
        }
    }
    return false;
}

QList<TableCount> Importer::tableCounts()
{
    QList<TableCount> counts;
    QSqlQuery q(m_db);
    for (const QString &table : catalogTables()) {
        // The table name comes from the fixed list of catalog tables, never from input.
        const bool counted = q.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table)) && q.next(); // sql-identifiers-only
        if (!counted) {
            // without the counts a cascade could pass unseen: the replace is refused
            if (!catalogUnwritable(q.lastError()))
                issue(0, 0,
                      QObject::tr("cannot count the rows of %1, which a replace must do before it removes rows: %2")
                          .arg(table, q.lastError().text()));
            return {};
        }
        counts.append({ table, q.value(0).toLongLong() });
    }
    return counts;
}

void Importer::removeRowsNotInFile(const QList<QStringList> &keys)
{
    const QStringList pk = m_info.primaryKey();
    QStringList pkMatch;
    for (const QString &k : pk)
        pkMatch << k + u" = ?"_s;
    // Keys compared as tuples: joined strings would make ("a\x1fb", "c") and ("a", "b\x1fc") equal.
    const QSet<QStringList> keep(keys.cbegin(), keys.cend());
    QSqlQuery all(m_db), del(m_db);
    all.setForwardOnly(true);
    all.exec(u"SELECT %1 FROM %2"_s.arg(pk.join(u", "_s), m_info.name)); // sql-identifiers-only
    del.prepare(u"DELETE FROM %1 WHERE %2"_s.arg(m_info.name, pkMatch.join(u" AND "_s))); // sql-identifiers-only
    QList<QVariantList> doomed;
    while (all.next()) {
        QVariantList k;
        QStringList text;
        for (int i = 0; i < pk.size(); ++i) {
            k << all.value(i);
            text << all.value(i).toString();
        }
        if (!keep.contains(text))
            doomed << k;
    }
    for (const QVariantList &k : doomed) {
        for (const QVariant &v : k)
            del.addBindValue(v);
        if (!del.exec()) {
            if (catalogUnwritable(del.lastError()))
                return;
            QStringList shown;
            for (const QVariant &v : k)
                shown << v.toString();
            issue(0, 0,
                  QObject::tr("cannot remove %1 \"%2\", which is not in the file: other catalog rows "
                              "still refer to it (%3)")
                      .arg(m_info.name, shown.join(u", "_s), del.lastError().databaseText()));
            if (full())
                return;
            continue;
        }
        ++m_result.deleted;
    }
}

ImportResult Importer::run(const QByteArray &data, TransactionMode transaction, const ImportProgress &progress)
{
    if (!m_unreadable.isEmpty()) {
        issue(0, 0, m_unreadable);
        return m_result;
    }
    if (m_info.columns.isEmpty()) {
        issue(0, 0,
              QObject::tr("unknown catalog table \"%1\" (tables: %2)").arg(m_info.name, catalogTables().join(u", "_s)));
        return m_result;
    }
    if (data.size() > kMaxImportFileBytes) {
        issue(0, 0,
              QObject::tr("the file is %1 bytes; the limit of one import is %2 bytes (%3 MiB): split it")
                  .arg(data.size())
                  .arg(kMaxImportFileBytes)
                  .arg(kMaxImportFileBytes / (1024 * 1024)));
        return m_result;
    }
    qint64 encodingLine = 0;
    if (const QString problem = encodingProblem(data, encodingLine); !problem.isEmpty()) {
        issue(encodingLine, 0, problem);
        return m_result;
    }
    const std::string_view text(data.constData(), std::size_t(data.size()));
    if (tooManyRows(text))
        return m_result;
    csv::Reader reader(text);
    csv::Record rec;
    bool haveHeader = false;
    QList<QVariantList> rows;
    QList<qint64> lines, ends;
    QList<QStringList> keys;
    QHash<QStringList, qint64> firstLineOfKey;
    QVariantList values;
    QStringList key;
    qint64 count = 0;
    while (reader.next(rec)) {
        if (rec.fields.size() == 1 && rec.fields[0].empty())
            continue; // blank line
        if (!haveHeader) {
            haveHeader = true;
            if (!readHeader(rec))
                return m_result;
            loadReferenceKeys();
            continue;
        }
        // reading is the first half of the work
        if (progress && ++count % kProgressEveryRecords == 0 && !progress(qint64(reader.position()) / 2, data.size())) {
            m_result.cancelled = true;
            return m_result;
        }
        if (rec.fields.size() != std::size_t(m_header.size())) {
            issue(rec.line, 0,
                  QObject::tr("wrong number of fields: expected %1, found %2")
                      .arg(m_header.size())
                      .arg(rec.fields.size()));
            if (full())
                return m_result;
            continue;
        }
        if (!convertRecord(rec, values, key)) {
            if (full())
                return m_result;
            continue;
        }
        if (const auto it = firstLineOfKey.constFind(key); it != firstLineOfKey.constEnd()) {
            issue(rec.line, m_keyFields.isEmpty() ? 0 : m_keyFields.first() + 1,
                  QObject::tr("duplicate key \"%1\" (first on line %2)").arg(key.join(u", "_s)).arg(*it));
            continue;
        }
        firstLineOfKey.insert(key, rec.line);
        rows << values;
        lines << qint64(rec.line);
        keys << key;
        ends << qint64(reader.position());
    }
    if (const auto &err = reader.error())
        m_result.issues.append(
            { m_file, qint64(err->line), int(err->column),
              err->column > 0 && int(err->column) <= m_header.size() ? m_header[int(err->column) - 1] : QString(),
              QObject::tr("malformed CSV: %1").arg(QString::fromStdString(err->message)) });
    if (!haveHeader && m_result.issues.isEmpty())
        issue(0, 0, QObject::tr("the file is empty: a header row with column names is required"));
    if (!m_result.issues.isEmpty())
        return m_result;

    // BEGIN IMMEDIATE takes the write lock now, waiting up to the busy timeout for another
    // program's write to finish. A plain (deferred) BEGIN would take it only at the first insert,
    // after the existence check's read lock, and fail at once with "database is locked" when
    // another program's import is committing (SQLite does not wait where waiting could deadlock).
    if (transaction == TransactionMode::Own) {
        QSqlQuery begin(m_db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
            if (!catalogUnwritable(begin.lastError()))
                issue(0, 0, QObject::tr("cannot start a transaction: %1").arg(begin.lastError().text()));
            return m_result;
        }
    }
    const bool ok = write(rows, lines, keys, ends, data.size(), progress);
    if (transaction == TransactionMode::Own) {
        if (ok && m_db.commit())
            return m_result;
        if (ok && !catalogUnwritable(m_db.lastError()))
            issue(0, 0, QObject::tr("cannot commit: %1").arg(m_db.lastError().text()));
        m_db.rollback();
    }
    if (!m_result.issues.isEmpty() || m_result.cancelled)
        m_result.inserted = m_result.updated = m_result.deleted = 0;
    return m_result;
}

} // namespace

ImportResult importCsv(const QSqlDatabase &db, const QString &table, const QByteArray &data, const QString &fileLabel,
                       ImportMode mode, TransactionMode transaction, const ImportProgress &progress)
{
    Importer importer(db, table, fileLabel, mode);
    return importer.run(data, transaction, progress);
}

namespace {

/**
 * Reads a CSV file for an import, refusing what is not a regular file before reading from it: a
 * FIFO would block forever and /dev/zero would never end. Returns the problem, empty on success.
 */
QString readImportFile(const QString &path, QByteArray &data)
{
    QFile f;
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat on the open descriptor checks
    // what was opened, so nothing can be swapped in between the check and the read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return QObject::tr("cannot read the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool folder = S_ISDIR(st.st_mode);
        ::close(fd);
        return folder ? QObject::tr("this is a folder, not a CSV file")
                      : QObject::tr("this is not a regular file (a device, FIFO or socket); import from a regular "
                                    "CSV file");
    }
    if (qint64(st.st_size) > kMaxImportFileBytes) {
        ::close(fd);
        return QObject::tr("the file is %1 bytes; the limit of one import is %2 bytes (%3 MiB): split it")
            .arg(qint64(st.st_size))
            .arg(kMaxImportFileBytes)
            .arg(kMaxImportFileBytes / (1024 * 1024));
    }
    if (!f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return QObject::tr("cannot read the file: %1").arg(f.errorString());
    }
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return QObject::tr("this is not a regular file; import from a regular CSV file");
    f.setFileName(path);
    if (!f.open(QIODevice::ReadOnly))
        return QObject::tr("cannot read the file: %1").arg(f.errorString());
#endif
    // at most one byte past the limit: a file that grew since the check is refused, not read on
    data = f.read(kMaxImportFileBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return QObject::tr("cannot read the file: %1").arg(f.errorString());
    if (data.size() > kMaxImportFileBytes)
        return QObject::tr("the file is larger than the limit of one import, %1 bytes (%2 MiB): split it")
            .arg(kMaxImportFileBytes)
            .arg(kMaxImportFileBytes / (1024 * 1024));
    return {};
}

} // namespace

ImportResult importCsvFile(const QSqlDatabase &db, const QString &table, const QString &path, ImportMode mode,
                           const ImportProgress &progress)
{
    QByteArray data;
    if (const QString problem = readImportFile(path, data); !problem.isEmpty()) {
        ImportResult r;
        r.issues.append({ path, 0, 0, {}, problem });
        return r;
    }
    return importCsv(db, table, data, path, mode, TransactionMode::Own, progress);
}

QByteArray exportCsv(const QSqlDatabase &db, const QString &table)
{
    const TableInfo info = describeTable(db, table);
    if (info.columns.isEmpty())
        return {};
    std::string out(csv::kUtf8Bom);
    std::vector<std::string> fields;
    for (const ColumnInfo &c : info.columns)
        fields.push_back(c.name.toStdString());
    csv::appendRecord(out, fields);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(info.columnNames().join(u", "_s), info.name, // sql-identifiers-only
                                                  info.primaryKey().join(u", "_s)));
    while (q.next()) {
        fields.clear();
        for (int i = 0; i < info.columns.size(); ++i) {
            const QVariant v = q.value(i);
            const ColumnInfo &c = info.columns[i];
            QString text;
            if (v.isNull())
                text.clear();
            else if (c.type == ColumnType::Real)
                text = formatNumber(v.toDouble());
            else if (c.type == ColumnType::Integer)
                text = QString::number(v.toLongLong());
            else {
                text = v.toString();
                if (!text.isEmpty() && isFormulaStart(text[0]))
                    text.prepend(u'\'');
            }
            fields.push_back(text.toStdString());
        }
        csv::appendRecord(out, fields);
    }
    return QByteArray::fromStdString(out);
}

QString exportCsvFile(const QSqlDatabase &db, const QString &table, const QString &path)
{
    if (!isCatalogTable(table))
        return QObject::tr("unknown catalog table \"%1\"").arg(table);
    QSaveFile f(path);
    // Unbuffered, every write checked: through Qt's buffer a short write (a full disk, a file-size
    // limit) is dropped at commit() and reported as success. A failed save leaves the old file.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
    const QByteArray data = exportCsv(db, table);
    for (qint64 done = 0; done < data.size();) {
        // after a short write, the next one fails with the system's reason (ENOSPC, EFBIG)
        const qint64 written = f.write(data.constData() + done, data.size() - done);
        if (written <= 0)
            return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
        done += written;
    }
    if (!f.commit())
        return QObject::tr("cannot write %1: %2").arg(path, f.errorString());
    return {};
}

} // namespace tco::db
