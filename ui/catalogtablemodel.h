// SPDX-License-Identifier: MIT
#pragma once

#include "schema.h"

#include <QDate>
#include <QSqlTableModel>

namespace tco::ui {

/**
 * One catalog table for editing: QSqlTableModel with manual submit, headers with units,
 * numeric validation, and prices older than a chosen age marked stale (background, icon, tooltip).
 */
class CatalogTableModel : public QSqlTableModel
{
    Q_OBJECT
public:
    CatalogTableModel(const QSqlDatabase &db, const QString &table, QObject *parent = nullptr);

    const db::TableInfo &info() const { return m_info; }

    /** Prices whose as_of is older than this many months before @p today are marked stale. */
    void setStaleRule(int months, const QDate &today);
    int staleAfterMonths() const { return m_staleMonths; }
    /** True when the table holds prices, so the stale mark applies to it. */
    bool hasPrices() const { return m_hasPrices; }
    bool isRowStale(int row) const;
    int staleRowCount() const;

    /** Saves all pending edits in one transaction; on failure nothing is written and the edits stay. */
    bool saveAll(QString *error);

    /** Appends a copy of @p row whose key gets a "-copy" suffix; returns the new row. */
    int duplicateRow(int row);
    /** Appends an empty row with as_of set to today; returns the new row. */
    int appendRow();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** An edit was refused; the message names the column and the problem. */
    void editRejected(const QString &message);

private:
    db::TableInfo m_info;
    int m_asOfColumn = -1;
    bool m_hasPrices = false;
    int m_staleMonths = 12;
    QDate m_today;
};

/** "mem_bw_gbs" -> "Mem bw (GB/s)": the column's words without the unit suffix, then the unit. */
QString columnTitle(const QString &column);

} // namespace tco::ui
