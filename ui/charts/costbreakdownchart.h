// SPDX-License-Identifier: MIT
#pragma once

#include "resultchartview.h"
#include "tcoresult.h"

#include <QList>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QLineSeries;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace tco::ui {

/**
 * Cost by category and year: one horizontal stacked bar per evaluated tier and year of the
 * horizon ("Workstation · Year 1"), one bar set per cost category. Categories that are zero
 * everywhere are left out; the residual value is negative and stacks left of zero.
 */
class CostBreakdownChart : public ResultChartView
{
    Q_OBJECT
public:
    explicit CostBreakdownChart(QWidget *parent = nullptr);

    QHorizontalStackedBarSeries *series() const { return m_series; }
    /** The bar set of a category (also when hidden because it is zero everywhere). */
    QBarSet *categorySet(engine::CostCategory category) const;
    /** One label per bar, bottom to top: "Year 1", "Year 2", ... */
    QBarCategoryAxis *barAxis() const { return m_barAxis; }
    /** The tier names, each spanning its years. */
    QCategoryAxis *tierAxis() const { return m_tierAxis; }
    /** "Workstation · Year 1" per bar, bottom to top, as the axis has them. */
    const QStringList &barNames() const { return m_barNames; }
    /** Bar values are in this many currency units (1, 1e3 or 1e6, by the largest bar). */
    double valueUnit() const { return m_unit; }
    QValueAxis *costAxis() const { return m_costAxis; }

    /** Translated name of a cost category ("Hardware", "Refresh reserve", ...). */
    static QString categoryName(engine::CostCategory category);
    /** Fixed colour of a cost category. */
    static QColor categoryColor(engine::CostCategory category);

public Q_SLOTS:
    void showResult(const tco::engine::Result &result, int selectedTier) override;

protected:
    void applyColors() override;
    void retranslate() override;

private:
    void hoverBar(bool state, int index, QBarSet *set);

    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_barAxis = nullptr;
    QCategoryAxis *m_tierAxis = nullptr;
    QLineSeries *m_tierSpan = nullptr;
    QValueAxis *m_costAxis = nullptr;
    std::array<QBarSet *, engine::kCostCategoryCount> m_sets {};
    QStringList m_barNames; ///< bottom-to-top, as the axis has them
    QString m_currency;
    double m_unit = 1.0;
};

} // namespace tco::ui
