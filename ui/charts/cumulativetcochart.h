// SPDX-License-Identifier: MIT
#pragma once

#include "resultchartview.h"
#include "tcoresult.h"

#include <QList>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace tco::ui {

/**
 * Cumulative cost of each evaluated tier, month by month over the horizon, with a marker and a
 * label ("A = B at month N") at each break-even the engine found.
 */
class CumulativeTcoChart : public ResultChartView
{
    Q_OBJECT
public:
    explicit CumulativeTcoChart(QWidget *parent = nullptr);

    /** One line per plotted tier, in Result::tiers order. */
    const QList<QLineSeries *> &tierSeries() const { return m_lines; }
    /** Index in Result::tiers of each line of tierSeries(). */
    const QList<int> &seriesTiers() const { return m_lineTiers; }
    QScatterSeries *breakEvenSeries() const { return m_breakEven; }
    /** The label text of each break-even point, in breakEvenSeries() order. */
    QStringList breakEvenLabels() const;
    QValueAxis *monthAxis() const { return m_monthAxis; }
    QValueAxis *costAxis() const { return m_costAxis; }

public Q_SLOTS:
    void showResult(const tco::engine::Result &result, int selectedTier) override;

protected:
    void applyColors() override;
    void retranslate() override;

private:
    void placeLabels();
    void hoverLine(int line, const QPointF &point, bool state);
    void hoverBreakEven(const QPointF &point, bool state);

    QValueAxis *m_monthAxis = nullptr;
    QValueAxis *m_costAxis = nullptr;
    QList<QLineSeries *> m_lines;
    QList<int> m_lineTiers;
    QScatterSeries *m_breakEven = nullptr;
    QList<QGraphicsRectItem *> m_labels; ///< a backdrop each, holding its text item
    QStringList m_labelTexts;
    QString m_currency;
    int m_selectedTier = -1;
};

} // namespace tco::ui
