// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tco::db {

/** Storage class of a column as declared in the schema. */
enum class ColumnType { Text, Real, Integer };

/** One column of a catalog table, read from SQLite's own description of the schema. */
struct ColumnInfo
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool notNull = false;
    bool hasDefault = false;
    QVariant defaultValue; ///< the schema's DEFAULT, used for an empty cell of a NOT NULL column
    bool primaryKey = false;
    QString refTable;  ///< foreign key target table, empty if none
    QString refColumn; ///< foreign key target column

    bool required() const { return notNull && !hasDefault; }
    bool isNumeric() const { return type != ColumnType::Text; }
    /** Prices, rates, upfront payments: a negative value is refused with its own message. */
    bool isMoney() const;
};

struct TableInfo
{
    QString name;
    QList<ColumnInfo> columns;

    int indexOf(const QString &column) const;
    QStringList columnNames() const;
    QStringList primaryKey() const;
};

/** The user-visible catalog tables, in dependency order (referenced tables first). */
const QStringList &catalogTables();

/** True for a table of catalogTables(). */
bool isCatalogTable(const QString &table);

/** Reads the table's columns, types, keys and foreign keys from PRAGMA table_info/foreign_key_list. */
TableInfo describeTable(const QSqlDatabase &db, const QString &table);

/**
 * The unit a column holds, derived from its name's suffix (names carry units by convention):
 * "vram_gb" -> "GB", "mem_bw_gbs" -> "GB/s", "tdp_w" -> "W", "hourly" -> "per hour".
 * Empty for unitless columns.
 */
QString columnUnit(const QString &column);

/** Splits a migration script into single statements (QSQLITE runs one per exec). */
QStringList splitSqlStatements(const QString &script);

} // namespace tco::db
