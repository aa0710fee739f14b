// SPDX-License-Identifier: MIT
#pragma once

#include "resultchartview.h"
#include "tcoresult.h"

#include <QList>

class QLineSeries;
class QLogValueAxis;

namespace tco::ui {

/**
 * Scaling elasticity: per evaluated tier its scaling curve (cost on x, output tokens/s on y,
 * log-log), named with the engine's slope ("Workstation: slope 1.08").
 */
class ScalingChart : public ResultChartView
{
    Q_OBJECT
public:
    explicit ScalingChart(QWidget *parent = nullptr);

    const QList<QLineSeries *> &tierSeries() const { return m_lines; }
    /** Index in Result::tiers of each line of tierSeries(). */
    const QList<int> &seriesTiers() const { return m_lineTiers; }
    QLogValueAxis *costAxis() const { return m_costAxis; }
    QLogValueAxis *throughputAxis() const { return m_throughputAxis; }

public Q_SLOTS:
    void showResult(const tco::engine::Result &result, int selectedTier) override;

protected:
    void applyColors() override;
    void retranslate() override;

private:
    void hoverLine(int line, const QPointF &point, bool state);

    QLogValueAxis *m_costAxis = nullptr;
    QLogValueAxis *m_throughputAxis = nullptr;
    QList<QLineSeries *> m_lines;
    QList<int> m_lineTiers;
    QStringList m_tierNames;
    QString m_currency;
    int m_selectedTier = -1;
};

} // namespace tco::ui
