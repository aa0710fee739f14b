// SPDX-License-Identifier: MIT
#include "scalingchart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tco::ui {

ScalingChart::ScalingChart(QWidget *parent)
    : ResultChartView(parent)
{
    setObjectName(QStringLiteral("scalingChart"));
    setMinimumSize(400, 280);
    QChart *c = chart();
    m_costAxis = new QLogValueAxis(this);
    m_costAxis->setMinorTickCount(8);
    m_throughputAxis = new QLogValueAxis(this);
    m_throughputAxis->setMinorTickCount(8);
    c->addAxis(m_costAxis, Qt::AlignBottom);
    c->addAxis(m_throughputAxis, Qt::AlignLeft);
    setLogRange(m_costAxis, 1.0, 10.0);
    setLogRange(m_throughputAxis, 1.0, 10.0);

    retranslate();
    applyTheme();
    showNoResult();
}

void ScalingChart::retranslate()
{
    chart()->setTitle(tr("Scaling elasticity"));
    m_throughputAxis->setTitleText(tr("Output tokens/s (log)"));
}

void ScalingChart::showResult(const engine::Result &result, int selectedTier)
{
    remember(result, selectedTier);
    m_currency = QString::fromStdString(result.currency);
    m_selectedTier = selectedTier;

    // Log axes cannot show zero or negative values: such points are left out.
    QList<int> tiers;
    QList<QList<QPointF>> curves;
    double minX = std::numeric_limits<double>::infinity();
    double maxX = 0.0;
    double minY = std::numeric_limits<double>::infinity();
    double maxY = 0.0;
    for (int i = 0; i < static_cast<int>(result.tiers.size()); ++i) {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(i)];
        if (!t.ok)
            continue;
        QList<QPointF> points;
        for (const auto &[cost, throughput] : t.scaling_curve) {
            if (!(cost > 0.0) || !(throughput > 0.0) || !std::isfinite(cost) || !std::isfinite(throughput))
                continue;
            points.append(QPointF(cost, throughput));
            minX = std::min(minX, cost);
            maxX = std::max(maxX, cost);
            minY = std::min(minY, throughput);
            maxY = std::max(maxY, throughput);
        }
        if (points.isEmpty())
            continue;
        std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        tiers.append(i);
        curves.append(points);
    }

    QChart *c = chart();
    while (m_lines.size() < tiers.size()) {
        auto *line = new QLineSeries(this);
        line->setPointsVisible(true);
        c->addSeries(line);
        line->attachAxis(m_costAxis);
        line->attachAxis(m_throughputAxis);
        const int index = static_cast<int>(m_lines.size());
        connect(line, &QLineSeries::hovered, this,
                [this, index](const QPointF &point, bool state) { hoverLine(index, point, state); });
        m_lines.append(line);
    }
    while (m_lines.size() > tiers.size()) {
        QLineSeries *line = m_lines.takeLast();
        c->removeSeries(line);
        delete line;
    }
    m_lineTiers = tiers;
    m_tierNames.clear();
    for (int k = 0; k < tiers.size(); ++k) {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(tiers[k])];
        const QString name = QString::fromStdString(t.name);
        m_tierNames.append(name);
        m_lines[k]->setName(tr("%1: slope %2").arg(name, number(t.elasticity, 2)));
        m_lines[k]->replace(curves[k]);
    }

    m_costAxis->setTitleText(tr("Cost (%1, log)").arg(m_currency));
    if (!tiers.isEmpty()) {
        setLogRange(m_costAxis, minX, maxX);
        setLogRange(m_throughputAxis, minY, maxY);
    }

    if (result.tiers.empty())
        showMessage(tr("No tiers in the scenario"));
    else if (tiers.isEmpty())
        showMessage(tr("No scaling data: no tier could be evaluated or scaled"));
    else
        showMessage(QString());
    applyColors();
}

void ScalingChart::applyColors()
{
    for (int k = 0; k < m_lines.size(); ++k) {
        const int tier = k < m_lineTiers.size() ? m_lineTiers[k] : k;
        QPen pen(tierColor(tier));
        pen.setWidthF(tier == m_selectedTier ? 3.5 : 2.0);
        m_lines[k]->setPen(pen);
        m_lines[k]->setBrush(tierColor(tier));
    }
}

void ScalingChart::hoverLine(int line, const QPointF &point, bool state)
{
    if (!state || line >= m_lines.size()) {
        hideToolTip();
        return;
    }
    const QLineSeries *series = m_lines[line];
    if (series->count() == 0)
        return;
    // The nearest point on a log scale.
    int best = 0;
    for (int i = 1; i < series->count(); ++i)
        if (std::abs(std::log(series->at(i).x() / point.x())) < std::abs(std::log(series->at(best).x() / point.x())))
            best = i;
    const QPointF p = series->at(best);
    showToolTip(tr("<b>%1</b><br>Cost: %2<br>Output: %3 tokens/s")
                    .arg(m_tierNames.value(line).toHtmlEscaped(), money(p.x(), m_currency), number(p.y())));
}

} // namespace tco::ui
