// SPDX-License-Identifier: MIT
#pragma once

#include "resultchartview.h"
#include "tcoresult.h"

#include <QList>

#include <vector>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace tco::ui {

/**
 * For the selected tier: throughput of one replica (x, output tokens/s) against TPOT (y, ms) as
 * the batch grows, each point labelled with its batch, and the TPOT limit of the SLA as a
 * dashed horizontal line. Points that miss the SLA (TTFT or TPOT) are drawn hollow.
 */
class BatchSweepChart : public ResultChartView
{
    Q_OBJECT
public:
    explicit BatchSweepChart(QWidget *parent = nullptr);

    /** The sweep as a line (all points, in batch order). */
    QLineSeries *curveSeries() const { return m_curve; }
    /** Points meeting the SLA (or all, without an SLA). */
    QScatterSeries *meetsSeries() const { return m_meets; }
    /** Points missing the SLA. */
    QScatterSeries *missesSeries() const { return m_misses; }
    QLineSeries *slaSeries() const { return m_sla; }
    QValueAxis *throughputAxis() const { return m_xAxis; }
    QValueAxis *tpotAxis() const { return m_yAxis; }
    /** The point labels (batch sizes) currently shown, in batch order. */
    QStringList pointLabels() const;

public Q_SLOTS:
    void showResult(const tco::engine::Result &result, int selectedTier) override;
    /** The scenario's SLA; 0: no limit. The Result does not hold it. */
    void setSla(double ttftMs, double tpotMs);

protected:
    void applyColors() override;
    void retranslate() override;

private:
    void replot();
    void placeLabels();
    void hoverPoint(const QPointF &point, bool state);

    QLineSeries *m_curve = nullptr;
    QScatterSeries *m_meets = nullptr;
    QScatterSeries *m_misses = nullptr;
    QLineSeries *m_sla = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels;

    std::vector<engine::SweepPoint> m_points;
    QString m_tierName;
    QString m_emptyReason;
    int m_tierIndex = -1;
    double m_slaTtftMs = 0.0;
    double m_slaTpotMs = 0.0;
};

} // namespace tco::ui
