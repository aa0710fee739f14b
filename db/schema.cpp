// SPDX-License-Identifier: MIT
#include "schema.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tco::db {

bool ColumnInfo::isMoney() const
{
    return name == "price"_L1 || name == "hourly"_L1 || name == "upfront"_L1
        || name.startsWith("price_per"_L1) || name.endsWith("_usd_h"_L1) || name.endsWith("_per_million"_L1);
}

int TableInfo::indexOf(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == column)
            return i;
    return -1;
}

QStringList TableInfo::columnNames() const
{
    QStringList names;
    for (const ColumnInfo &c : columns)
        names << c.name;
    return names;
}

QStringList TableInfo::primaryKey() const
{
    QStringList names;
    for (const ColumnInfo &c : columns)
        if (c.primaryKey)
            names << c.name;
    return names;
}

const QStringList &catalogTables()
{
    static const QStringList tables = {
        u"gpus"_s,
        u"gpu_aliases"_s,
        u"server_parts"_s,
        u"cloud_providers"_s,
        u"cloud_regions"_s,
        u"cloud_instances"_s,
        u"cloud_prices"_s,
        u"models"_s,
        u"model_aliases"_s,
        u"precisions"_s,
        u"precision_aliases"_s,
        u"serving_stacks"_s,
        u"serving_stack_aliases"_s,
        u"electricity_prices"_s,
        u"pue_defaults"_s,
        u"exchange_rates"_s,
        u"cost_defaults"_s,
        u"api_prices"_s, // after models: its rows reference them
        u"markets"_s,
        u"market_prices"_s,
    };
    return tables;
}

bool isCatalogTable(const QString &table)
{
    return catalogTables().contains(table);
}

TableInfo describeTable(const QSqlDatabase &db, const QString &table)
{
    TableInfo info;
    info.name = table;
    if (!isCatalogTable(table))
        return info;
    // The table name is checked against the fixed list above before it reaches SQL text:
    // PRAGMA arguments cannot be bound parameters.
    QSqlQuery q(db);
    q.exec(u"PRAGMA table_info(%1)"_s.arg(table));
    while (q.next()) {
        ColumnInfo c;
        c.name = q.value(1).toString();
        const QString type = q.value(2).toString().toUpper();
        c.type = type == "REAL"_L1 ? ColumnType::Real
               : type == "INTEGER"_L1 ? ColumnType::Integer
                                      : ColumnType::Text;
        c.notNull = q.value(3).toInt() != 0;
        c.hasDefault = !q.value(4).isNull();
        if (c.hasDefault) {
            QString d = q.value(4).toString();
            if (d.size() >= 2 && d.startsWith(u'\'') && d.endsWith(u'\''))
                c.defaultValue = d.mid(1, d.size() - 2).replace(u"''"_s, u"'"_s);
            else if (c.type == ColumnType::Text)
                c.defaultValue = d;
            else
                c.defaultValue = d.toDouble();
        }
        c.primaryKey = q.value(5).toInt() > 0;
        info.columns << c;
    }
    q.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(table));
    while (q.next()) {
        const int idx = info.indexOf(q.value(3).toString());
        if (idx >= 0) {
            info.columns[idx].refTable = q.value(2).toString();
            info.columns[idx].refColumn = q.value(4).toString();
        }
    }
    return info;
}

QString columnUnit(const QString &column)
{
    struct Suffix
    {
        QLatin1StringView suffix;
        QLatin1StringView unit;
    };
    static const Suffix suffixes[] = {
        {"_gbs"_L1, "GB/s"_L1},       {"_gb"_L1, "GB"_L1},         {"_gib"_L1, "GiB"_L1},
        {"_tflops"_L1, "TFLOPS"_L1},  {"_tops"_L1, "TOPS"_L1},     {"_w"_L1, "W"_L1},
        {"_gbps"_L1, "Gbit/s"_L1},    {"_ms"_L1, "ms"_L1},         {"_b"_L1, "billions"_L1},
        {"_per_kwh"_L1, "per kWh"_L1}, {"_tokens"_L1, "tokens"_L1}, {"_fraction"_L1, "0..1"_L1},
        {"_per_million"_L1, "per 1M tokens"_L1}, {"_utc_h"_L1, "h (UTC)"_L1},
    };
    for (const Suffix &s : suffixes)
        if (column.endsWith(s.suffix))
            return QString(s.unit);
    if (column == "hourly"_L1)
        return u"per hour"_s;
    if (column == "upfront"_L1)
        return u"once"_s;
    if (column == "bits_per_weight"_L1)
        return u"bits"_s;
    if (column == "kv_bytes_per_element"_L1)
        return u"bytes"_s;
    return {};
}

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inString = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        if (!inString && c == u'-' && i + 1 < script.size() && script[i + 1] == u'-') {
            while (i < script.size() && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'')
            inString = !inString;
        if (!inString && c == u';') {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace tco::db
