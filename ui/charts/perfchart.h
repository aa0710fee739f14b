// SPDX-License-Identifier: MIT
#pragma once

#include "resultchartview.h"
#include "tcoresult.h"

#include <QList>

class QBarCategoryAxis;
class QBarSet;
class QLogValueAxis;
class QScatterSeries;
class QStackedBarSeries;
class QValueAxis;

namespace tco::ui {

/**
 * Throughput and latency by tier: output tokens/s at the SLA as bars (left axis, one colour per
 * tier) and TTFT / TPOT in ms as markers on a logarithmic right axis.
 */
class ThroughputLatencyChart : public ResultChartView
{
    Q_OBJECT
public:
    explicit ThroughputLatencyChart(QWidget *parent = nullptr);

    /** Stacked series holding one bar set per plotted tier (its value at its own category only). */
    QStackedBarSeries *throughputSeries() const { return m_bars; }
    const QList<QBarSet *> &tierSets() const { return m_sets; }
    /** Index in Result::tiers of each category of the bar axis. */
    const QList<int> &seriesTiers() const { return m_tiers; }
    QScatterSeries *ttftSeries() const { return m_ttft; }
    QScatterSeries *tpotSeries() const { return m_tpot; }
    QBarCategoryAxis *tierAxis() const { return m_tierAxis; }
    QValueAxis *throughputAxis() const { return m_throughputAxis; }
    QLogValueAxis *latencyAxis() const { return m_latencyAxis; }

public Q_SLOTS:
    void showResult(const tco::engine::Result &result, int selectedTier) override;

protected:
    void applyColors() override;
    void retranslate() override;

private:
    void hoverBar(bool state, int index, QBarSet *set);
    void hoverLatency(bool ttft, const QPointF &point, bool state);

    QStackedBarSeries *m_bars = nullptr;
    QList<QBarSet *> m_sets;
    QList<int> m_tiers;
    QScatterSeries *m_ttft = nullptr;
    QScatterSeries *m_tpot = nullptr;
    QBarCategoryAxis *m_tierAxis = nullptr;
    QValueAxis *m_throughputAxis = nullptr;
    QLogValueAxis *m_latencyAxis = nullptr;
    QStringList m_names;
};

} // namespace tco::ui
