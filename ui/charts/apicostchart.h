// SPDX-License-Identifier: MIT
#pragma once

#include "resultchartview.h"
#include "tcoresult.h"

#include <QList>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace tco::ui {

/**
 * Buying tokens from an API: monthly cost (y) against monthly output-token volume (x, millions).
 * Each evaluated tier is a flat line at its average monthly cost up to the volume it can serve;
 * each hosted API a straight line from 0 (dashed); the break-even volumes are marked. Everything
 * plotted comes from Result::api and Result::api_tier_* (docs/cost-model.md, "The API alternative").
 */
class ApiCostChart : public ResultChartView
{
    Q_OBJECT
public:
    explicit ApiCostChart(QWidget *parent = nullptr);

    const QList<QLineSeries *> &tierSeries() const { return m_tierLines; }
    const QList<QLineSeries *> &apiSeries() const { return m_apiLines; }
    /** The break-even points (x: million output tokens a month, y: monthly cost). */
    QScatterSeries *breakEvenSeries() const { return m_breakEven; }
    QValueAxis *volumeAxis() const { return m_volumeAxis; }
    QValueAxis *costAxis() const { return m_costAxis; }

public Q_SLOTS:
    void showResult(const tco::engine::Result &result, int selectedTier) override;

protected:
    void applyColors() override;
    void retranslate() override;

private:
    QLineSeries *line(QList<QLineSeries *> &lines, int index);
    void trim(QList<QLineSeries *> &lines, int count);

    QValueAxis *m_volumeAxis = nullptr;
    QValueAxis *m_costAxis = nullptr;
    QList<QLineSeries *> m_tierLines;
    QList<int> m_lineTiers;
    QList<QLineSeries *> m_apiLines;
    QScatterSeries *m_breakEven = nullptr;
    QString m_currency;
    int m_selectedTier = -1;
};

} // namespace tco::ui
