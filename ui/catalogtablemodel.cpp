// SPDX-License-Identifier: MIT
#include "catalogtablemodel.h"

#include "provenance.h"
#include "sqlfailure.h"
#include "theme.h"
#include "valueranges.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
/// Background of stale cells: a light amber that stays readable in light and dark palettes.
const QColor kStaleBackground(255, 191, 0, 70);

/** Columns whose values age: prices, and exchange rates. */
bool agesWithTime(const db::ColumnInfo &c)
{
    return c.isMoney() || c.name == "rate"_L1;
}
} // namespace

QString columnTitle(const QString &column)
{
    QString words = column;
    const QString unit = db::columnUnit(column);
    for (const char *suffix : { "_gbs", "_gbps", "_gb", "_gib", "_tflops", "_tops", "_w", "_ms", "_b" }) {
        if (words.endsWith(QLatin1StringView(suffix))) {
            words.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    }
    // Acronyms stay acronyms; the first word is capitalised.
    static const QHash<QString, QString> acronyms = {
        { u"id"_s, u"ID"_s },     { u"vram"_s, u"VRAM"_s },      { u"tdp"_s, u"TDP"_s }, { u"bw"_s, u"bandwidth"_s },
        { u"fp32"_s, u"FP32"_s }, { u"fp16"_s, u"FP16/BF16"_s }, { u"fp8"_s, u"FP8"_s }, { u"fp4"_s, u"FP4"_s },
        { u"int8"_s, u"INT8"_s }, { u"int4"_s, u"INT4"_s },      { u"hf"_s, u"HF"_s },   { u"kv"_s, u"KV"_s },
        { u"pue"_s, u"PUE"_s },   { u"mfu"_s, u"MFU"_s },        { u"gpu"_s, u"GPU"_s }, { u"vcpus"_s, u"vCPUs"_s },
        { u"ram"_s, u"RAM"_s },   { u"moe"_s, u"MoE"_s },        { u"qk"_s, u"QK"_s },   { u"q"_s, u"Q"_s },
        { u"cpu"_s, u"CPU"_s },   { u"usd"_s, u"USD"_s },        { u"cny"_s, u"CNY"_s }, { u"kw"_s, u"kW"_s },
    };
    QStringList parts = words.split(u'_', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = acronyms.value(part, part);
    if (!parts.isEmpty() && parts[0].at(0).isLower())
        parts[0][0] = parts[0][0].toUpper();
    words = parts.join(u' ');
    return unit.isEmpty() ? words : words + u" ("_s + unit + u')';
}

CatalogTableModel::CatalogTableModel(const QSqlDatabase &db, const QString &table, QObject *parent)
    : QSqlTableModel(parent, db)
    , m_info(db::describeTable(db, table))
    , m_today(QDate::currentDate())
{
    setTable(table);
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    const QStringList pk = m_info.primaryKey();
    if (!pk.isEmpty())
        setSort(m_info.indexOf(pk.first()), Qt::AscendingOrder);
    m_asOfColumn = m_info.indexOf(u"as_of"_s);
    for (const db::ColumnInfo &c : m_info.columns)
        m_hasPrices = m_hasPrices || agesWithTime(c);
    select();
    while (canFetchMore())
        fetchMore();
}

void CatalogTableModel::setStaleRule(int months, const QDate &today)
{
    m_staleMonths = months;
    m_today = today;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::BackgroundRole, Qt::ToolTipRole, Qt::DecorationRole });
}

bool CatalogTableModel::isRowStale(int row) const
{
    if (!m_hasPrices || m_asOfColumn < 0)
        return false;
    bool hasPrice = false; // a row without any price has nothing to go stale
    for (int c = 0; c < m_info.columns.size() && !hasPrice; ++c) {
        const db::ColumnInfo &col = m_info.columns[c];
        if (agesWithTime(col))
            hasPrice = !QSqlTableModel::data(index(row, c), Qt::EditRole).isNull();
    }
    return hasPrice
        && db::isStale(QSqlTableModel::data(index(row, m_asOfColumn), Qt::EditRole).toString(), m_today, m_staleMonths);
}

int CatalogTableModel::staleRowCount() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r)
        n += isRowStale(r) ? 1 : 0;
    return n;
}

QVariant CatalogTableModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid())
        return {};
    const db::ColumnInfo &column = m_info.columns[idx.column()];
    if (role == Qt::DisplayRole && column.isNumeric()) {
        const QVariant v = QSqlTableModel::data(idx, Qt::EditRole);
        if (v.isNull() || v.toString().isEmpty())
            return {};
        return column.type == db::ColumnType::Integer ? QLocale().toString(v.toLongLong())
                                                      : QLocale().toString(v.toDouble(), 'g', 12);
    }
    if (role == Qt::TextAlignmentRole && column.isNumeric())
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool staleCell = (idx.column() == m_asOfColumn || agesWithTime(column)) && isRowStale(idx.row());
    if (role == Qt::BackgroundRole && staleCell)
        return QBrush(kStaleBackground);
    if (role == Qt::DecorationRole && staleCell && idx.column() == m_asOfColumn)
        return themedIcon(u"dialog-warning"_s);
    if (role == Qt::ToolTipRole) {
        const QString text = QSqlTableModel::data(idx, Qt::EditRole).toString();
        QString tip = text.size() > 40 ? text : QString();
        if (staleCell)
            tip = tr("Stale: this price is as of %1, more than %n month(s) ago.", nullptr, m_staleMonths)
                      .arg(QSqlTableModel::data(index(idx.row(), m_asOfColumn), Qt::EditRole).toString())
                + (tip.isEmpty() ? QString() : u"\n\n"_s + tip);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return QSqlTableModel::data(idx, role);
}

bool CatalogTableModel::setData(const QModelIndex &idx, const QVariant &value, int role)
{
    if (!idx.isValid() || role != Qt::EditRole)
        return QSqlTableModel::setData(idx, value, role);
    const db::ColumnInfo &column = m_info.columns[idx.column()];
    const QString text = value.toString().trimmed();
    QVariant stored = value;
    if (text.isEmpty()) {
        if (column.required() || column.primaryKey) {
            Q_EMIT editRejected(tr("%1 needs a value.").arg(columnTitle(column.name)));
            return false;
        }
        stored = column.notNull ? column.defaultValue : QVariant();
    } else if (column.isNumeric()) {
        bool ok = false;
        double v = value.toDouble(&ok);
        if (!ok)
            v = QLocale().toDouble(text, &ok);
        if (!ok || !std::isfinite(v)) {
            Q_EMIT editRejected(tr("%1: \"%2\" is not a number.").arg(columnTitle(column.name), text));
            return false;
        }
        if (column.isMoney() && v < 0) {
            Q_EMIT editRejected(tr("%1: a price cannot be negative.").arg(columnTitle(column.name)));
            return false;
        }
        if (column.type == db::ColumnType::Integer && std::trunc(v) != v) {
            Q_EMIT editRejected(tr("%1: \"%2\" is not a whole number.").arg(columnTitle(column.name), text));
            return false;
        }
        // the same plausible ranges as a CSV import (db/valueranges.h), with the reason
        if (const QString why = db::checkValue(m_info.name, column.name, v); !why.isEmpty()) {
            Q_EMIT editRejected(tr("%1: %2.").arg(columnTitle(column.name), why));
            return false;
        }
        stored = column.type == db::ColumnType::Integer ? QVariant(qlonglong(v)) : QVariant(v);
    }
    return QSqlTableModel::setData(idx, stored, role);
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_info.columns.size()) {
        const db::ColumnInfo &c = m_info.columns[section];
        if (role == Qt::DisplayRole)
            return columnTitle(c.name);
        if (role == Qt::ToolTipRole) {
            QString tip = c.name;
            if (c.required())
                tip += u"\n"_s + tr("Required.");
            if (!c.refTable.isEmpty())
                tip += u"\n"_s + tr("Refers to %1.%2").arg(c.refTable, c.refColumn);
            return tip;
        }
    }
    return QSqlTableModel::headerData(section, orientation, role);
}

bool CatalogTableModel::saveAll(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // IMMEDIATE: take the write lock now (waiting up to the busy timeout for another program),
    // instead of failing half way with "database is locked".
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        if (error) {
            // busy or read-only: say so, naming the file or folder, instead of the SQL text
            const QString why = db::explainSqlFailure(db, q.lastError());
            *error = why.isEmpty() ? q.lastError().text() : why;
        }
        return false;
    }
    if (submitAll() && q.exec(u"COMMIT"_s))
        return true;
    if (error) {
        const QSqlError failure = lastError().text().isEmpty() ? q.lastError() : lastError();
        const QString why = db::explainSqlFailure(db, failure);
        *error = why.isEmpty() ? failure.text() : why;
    }
    q.exec(u"ROLLBACK"_s);
    return false;
}

int CatalogTableModel::duplicateRow(int row)
{
    const QSqlRecord source = record(row);
    const int target = rowCount();
    if (!insertRow(target))
        return -1;
    for (int c = 0; c < m_info.columns.size(); ++c) {
        QVariant v = source.value(c);
        if (m_info.columns[c].primaryKey && m_info.columns[c].type == db::ColumnType::Text)
            v = QString(v.toString() + u"-copy"_s);
        QSqlTableModel::setData(index(target, c), v);
    }
    return target;
}

int CatalogTableModel::appendRow()
{
    const int target = rowCount();
    if (!insertRow(target))
        return -1;
    for (int c = 0; c < m_info.columns.size(); ++c) {
        const db::ColumnInfo &col = m_info.columns[c];
        if (col.name == "as_of"_L1)
            QSqlTableModel::setData(index(target, c), QDate::currentDate().toString(Qt::ISODate));
        else if (col.hasDefault)
            QSqlTableModel::setData(index(target, c), col.defaultValue);
    }
    return target;
}

} // namespace tco::ui
