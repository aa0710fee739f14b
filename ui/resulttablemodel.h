// SPDX-License-Identifier: MIT
#pragma once

#include "fieldissues.h"
#include "scenario.h"
#include "tcoresult.h"

#include <QAbstractTableModel>

namespace tco::ui {

/**
 * The three-tier comparison table: one row per tier (and, when enabled, one "as published" row
 * under each tier that has published figures). The best value of each column is marked. Every
 * cell's tooltip shows the formula and the inputs behind the number. Reads the result only.
 */
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TierColumn,
        HardwareCostColumn,
        ThroughputColumn,
        TtftColumn,
        TpotColumn,
        IndexColumn,
        TcoColumn,
        CostPerMillionColumn,
        TokensPerWattColumn,
        FlopsPerCurrencyColumn,
        ColumnCount
    };
    /** Extra role: true for the best value of its column. */
    static constexpr int BestRole = Qt::UserRole + 1;
    /** Extra role: index of the tier a row belongs to. */
    static constexpr int TierRole = Qt::UserRole + 2;
    /** True on the tier column of the recommended tier (engine::Result::recommendation). */
    static constexpr int RecommendedRole = Qt::UserRole + 3;
    /** On a hosted-API reference row: its index in Result::api (TierRole is then invalid). */
    static constexpr int ApiRole = Qt::UserRole + 4;

    explicit ResultTableModel(QObject *parent = nullptr);

    void setResult(const engine::Scenario &scenario, const engine::Result &result);
    /** The problems of each tier (engine issues, stale prices): an icon and a tooltip on its name. */
    void setFieldIssues(const FieldIssues &issues);
    void setShowPublished(bool show);
    bool showPublished() const { return m_showPublished; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The figure of a column for a tier, nullopt when the tier has none. */
    std::optional<double> figure(int tier, int column) const;

private:
    struct Row
    {
        int tier = 0;
        bool published = false;
        int api = -1; ///< index in Result::api: a hosted-API reference row (never a tier, never best)
    };
    void rebuildRows();
    QString formatted(int column, double value) const;
    QString tooltip(int tier, int column) const;
    QVariant publishedValue(int tier, int column) const;
    QVariant apiData(int api, int column, int role) const;
    QString apiTooltip(const engine::ApiAlternative &a) const;
    FieldIssues tierIssues(int tier) const;

    engine::Scenario m_scenario;
    engine::Result m_result;
    QList<Row> m_rows;
    FieldIssues m_fieldIssues;
    std::array<int, ColumnCount> m_best{};
    bool m_showPublished = false;
};

} // namespace tco::ui
