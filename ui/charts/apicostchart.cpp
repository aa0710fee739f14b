// SPDX-License-Identifier: MIT
#include "apicostchart.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tco::ui {

namespace {
/// Tokens per unit of the volume axis (millions).
constexpr double kAxisTokens = 1e6;
/// The volume axis runs this far past the largest break-even volume or demand it shows.
constexpr double kVolumeHeadroom = 1.25;
} // namespace

ApiCostChart::ApiCostChart(QWidget *parent)
    : ResultChartView(parent)
{
    setObjectName(QStringLiteral("apiCostChart"));
    setMinimumSize(400, 280);
    QChart *c = chart();
    m_volumeAxis = new QValueAxis(this);
    m_costAxis = new QValueAxis(this);
    c->addAxis(m_volumeAxis, Qt::AlignBottom);
    c->addAxis(m_costAxis, Qt::AlignLeft);
    m_breakEven = new QScatterSeries(this);
    m_breakEven->setMarkerSize(10.0);
    c->addSeries(m_breakEven);
    m_breakEven->attachAxis(m_volumeAxis);
    m_breakEven->attachAxis(m_costAxis);
    connect(m_breakEven, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
        if (!state)
            return hideToolTip();
        showToolTip(tr("<b>Break-even</b><br>%1 million output tokens a month<br>%2 a month")
                        .arg(number(p.x(), 1), money(p.y(), m_currency)));
    });
    retranslate();
    applyTheme();
    showNoResult();
}

void ApiCostChart::retranslate()
{
    chart()->setTitle(tr("Tier cost against buying tokens from an API"));
    m_volumeAxis->setTitleText(tr("Output tokens per month (millions)"));
    m_breakEven->setName(tr("Break-even"));
}

QLineSeries *ApiCostChart::line(QList<QLineSeries *> &lines, int index)
{
    while (lines.size() <= index) {
        auto *s = new QLineSeries(this);
        chart()->addSeries(s);
        s->attachAxis(m_volumeAxis);
        s->attachAxis(m_costAxis);
        lines.append(s);
    }
    return lines[index];
}

void ApiCostChart::trim(QList<QLineSeries *> &lines, int count)
{
    while (lines.size() > count) {
        QLineSeries *s = lines.takeLast();
        chart()->removeSeries(s);
        delete s;
    }
}

void ApiCostChart::showResult(const engine::Result &result, int selectedTier)
{
    remember(result, selectedTier);
    m_currency = QString::fromStdString(result.currency);
    m_selectedTier = selectedTier;

    // The x range: past every break-even volume and the scenario's own volume.
    double maxX = 0.0;
    for (const engine::ApiAlternative &a : result.api) {
        maxX = std::max(maxX, a.output_tokens_per_month / kAxisTokens);
        for (const std::optional<double> &v : a.break_even_tokens_per_month)
            if (v && std::isfinite(*v))
                maxX = std::max(maxX, *v / kAxisTokens);
    }
    maxX = maxX > 0.0 ? maxX * kVolumeHeadroom : 1.0;

    double maxY = 0.0;
    int tierLines = 0;
    m_lineTiers.clear();
    for (std::size_t t = 0; t < result.tiers.size() && t < result.api_tier_monthly_cost.size(); ++t) {
        const double cost = result.api_tier_monthly_cost[t];
        const double capacity = result.api_tier_max_output_tokens_per_month[t] / kAxisTokens;
        if (!result.tiers[t].ok || !(cost > 0.0) || !(capacity > 0.0))
            continue;
        QLineSeries *s = line(m_tierLines, tierLines++);
        s->setName(QString::fromStdString(result.tiers[t].name));
        s->replace({ QPointF(0.0, cost), QPointF(std::min(capacity, maxX), cost) });
        m_lineTiers.append(int(t));
        maxY = std::max(maxY, cost);
    }
    trim(m_tierLines, tierLines);

    QList<QPointF> marks;
    for (std::size_t k = 0; k < result.api.size(); ++k) {
        const engine::ApiAlternative &a = result.api[k];
        const double perMillion = a.cost_per_million_output;
        QLineSeries *s = line(m_apiLines, int(k));
        s->setName(
            tr("API %1 (%2)").arg(QString::fromStdString(a.price.provider), QString::fromStdString(a.price.api_model)));
        s->replace({ QPointF(0.0, 0.0), QPointF(maxX, perMillion * maxX) });
        for (std::size_t t = 0; t < a.break_even_tokens_per_month.size() && t < result.api_tier_monthly_cost.size();
             ++t)
            if (const std::optional<double> v = a.break_even_tokens_per_month[t])
                marks.append(QPointF(*v / kAxisTokens, result.api_tier_monthly_cost[t]));
    }
    trim(m_apiLines, int(result.api.size()));
    m_breakEven->replace(marks);
    // The y range: above the tiers' costs (an API line beyond is clipped); without tiers, the APIs'.
    if (maxY > 0.0)
        maxY *= kVolumeHeadroom;
    else
        for (const engine::ApiAlternative &a : result.api)
            maxY = std::max(maxY, a.cost_per_million_output * maxX);
    setNiceRange(m_volumeAxis, 0.0, maxX);
    setNiceRange(m_costAxis, 0.0, maxY > 0 ? maxY : 1.0);
    m_costAxis->setTitleText(tr("Cost per month (%1)").arg(m_currency));

    if (result.tiers.empty())
        showMessage(tr("No tiers in the scenario"));
    else if (result.api.empty())
        showMessage(tr("No hosted API in the catalog serves this model"));
    else
        showMessage(QString());
    applyColors();
}

void ApiCostChart::applyColors()
{
    for (int k = 0; k < m_tierLines.size(); ++k) {
        const int tier = k < m_lineTiers.size() ? m_lineTiers[k] : k;
        QPen pen(tierColor(tier));
        pen.setWidthF(tier == m_selectedTier ? 3.5 : 2.0);
        m_tierLines[k]->setPen(pen);
    }
    for (int k = 0; k < m_apiLines.size(); ++k) {
        // APIs after the tiers' colours, dashed: a reference, not a tier.
        QPen pen(tierColor(100 + k));
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        m_apiLines[k]->setPen(pen);
    }
    m_breakEven->setColor(textColor());
    m_breakEven->setBorderColor(textColor());
}

} // namespace tco::ui
