// SPDX-License-Identifier: MIT
#include "perfchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tco::ui {

namespace {
/** Horizontal offset of the TTFT / TPOT markers from the centre of a tier's bar, in categories. */
constexpr double kMarkerOffset = 0.14;
} // namespace

ThroughputLatencyChart::ThroughputLatencyChart(QWidget *parent)
    : ResultChartView(parent)
{
    setObjectName(QStringLiteral("throughputLatencyChart"));
    setMinimumSize(420, 280);
    QChart *c = chart();

    m_bars = new QStackedBarSeries(this);
    m_bars->setBarWidth(0.6);
    m_ttft = new QScatterSeries(this);
    m_ttft->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_ttft->setMarkerSize(11.0);
    m_tpot = new QScatterSeries(this);
    m_tpot->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_tpot->setMarkerSize(10.0);
    c->addSeries(m_bars);
    c->addSeries(m_ttft);
    c->addSeries(m_tpot);

    m_tierAxis = new QBarCategoryAxis(this);
    m_tierAxis->setGridLineVisible(false);
    m_throughputAxis = new QValueAxis(this);
    m_latencyAxis = new QLogValueAxis(this);
    m_latencyAxis->setMinorTickCount(8);
    // Only the throughput axis draws a grid: two grids over the bars are hard to read.
    m_latencyAxis->setGridLineVisible(false);
    m_latencyAxis->setMinorGridLineVisible(false);
    c->addAxis(m_tierAxis, Qt::AlignBottom);
    c->addAxis(m_throughputAxis, Qt::AlignLeft);
    c->addAxis(m_latencyAxis, Qt::AlignRight);
    m_bars->attachAxis(m_tierAxis);
    m_bars->attachAxis(m_throughputAxis);
    for (QScatterSeries *s : { m_ttft, m_tpot }) {
        s->attachAxis(m_tierAxis);
        s->attachAxis(m_latencyAxis);
    }
    connect(m_bars, &QStackedBarSeries::hovered, this, &ThroughputLatencyChart::hoverBar);
    connect(m_ttft, &QScatterSeries::hovered, this,
            [this](const QPointF &point, bool state) { hoverLatency(true, point, state); });
    connect(m_tpot, &QScatterSeries::hovered, this,
            [this](const QPointF &point, bool state) { hoverLatency(false, point, state); });

    retranslate();
    applyTheme();
    showNoResult();
}

void ThroughputLatencyChart::retranslate()
{
    chart()->setTitle(tr("Throughput and latency by tier"));
    m_throughputAxis->setTitleText(tr("Output tokens/s"));
    m_latencyAxis->setTitleText(tr("Latency (ms, log)"));
    m_ttft->setName(tr("TTFT (ms)"));
    m_tpot->setName(tr("TPOT (ms)"));
}

void ThroughputLatencyChart::showResult(const engine::Result &result, int selectedTier)
{
    remember(result, selectedTier);
    QList<int> tiers;
    for (int i = 0; i < static_cast<int>(result.tiers.size()); ++i)
        if (result.tiers[static_cast<std::size_t>(i)].ok)
            tiers.append(i);
    const auto n = static_cast<int>(tiers.size());

    QStringList names;
    for (int tier : std::as_const(tiers)) {
        QString name = QString::fromStdString(result.tiers[static_cast<std::size_t>(tier)].name);
        if (name.isEmpty())
            name = tr("Tier %1").arg(tier + 1);
        const QString base = name;
        for (int k = 2; names.contains(name); ++k)
            name = base + QStringLiteral(" (") + QString::number(k) + u')';
        names.append(name);
    }

    // One bar set per tier, non-zero only in its own category, so each tier keeps its colour.
    while (m_sets.size() < n) {
        auto *set = new QBarSet(QString(), m_bars);
        m_bars->append(set);
        m_sets.append(set);
    }
    while (m_sets.size() > n)
        m_bars->remove(m_sets.takeLast());

    double maxThroughput = 0.0;
    double minLatency = std::numeric_limits<double>::infinity();
    double maxLatency = 0.0;
    QList<QPointF> ttft;
    QList<QPointF> tpot;
    for (int k = 0; k < n; ++k) {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(tiers[k])];
        QBarSet *set = m_sets[k];
        set->setLabel(names[k]);
        if (set->count() > n)
            set->remove(n, set->count() - n);
        while (set->count() < n)
            set->append(0.0);
        for (int b = 0; b < n; ++b) {
            const double v = b == k ? t.output_tok_s : 0.0;
            if (set->at(b) != v)
                set->replace(b, v);
        }
        maxThroughput = std::max(maxThroughput, t.output_tok_s);
        // A log axis cannot show 0: a tier without a latency gets no marker.
        if (t.ttft_ms > 0.0) {
            ttft.append(QPointF(k - kMarkerOffset, t.ttft_ms));
            minLatency = std::min(minLatency, t.ttft_ms);
            maxLatency = std::max(maxLatency, t.ttft_ms);
        }
        if (t.tpot_ms > 0.0) {
            tpot.append(QPointF(k + kMarkerOffset, t.tpot_ms));
            minLatency = std::min(minLatency, t.tpot_ms);
            maxLatency = std::max(maxLatency, t.tpot_ms);
        }
    }
    m_ttft->replace(ttft);
    m_tpot->replace(tpot);
    if (m_tierAxis->categories() != names)
        m_tierAxis->setCategories(names);
    m_names = names;
    m_tiers = tiers;
    setNiceRange(m_throughputAxis, 0.0, maxThroughput);
    if (maxLatency > 0.0)
        setLogRange(m_latencyAxis, minLatency, maxLatency);
    else
        setLogRange(m_latencyAxis, 1.0, 10.0);

    if (result.tiers.empty())
        showMessage(tr("No tiers in the scenario"));
    else if (tiers.isEmpty())
        showMessage(tr("No tier could be evaluated: see the issues in the table"));
    else
        showMessage(QString());
    // The axis names the tiers; the legend explains the markers.
    for (QLegendMarker *marker : chart()->legend()->markers(m_bars))
        marker->setVisible(false);
    applyColors();
}

void ThroughputLatencyChart::applyColors()
{
    const QColor edge = palette().color(QPalette::Window);
    for (int k = 0; k < m_sets.size(); ++k) {
        m_sets[k]->setColor(tierColor(k < m_tiers.size() ? m_tiers[k] : k));
        m_sets[k]->setBorderColor(edge);
    }
    const QColor text = textColor();
    m_ttft->setColor(text);
    m_ttft->setBorderColor(edge);
    m_tpot->setColor(edge);
    QPen pen(text);
    pen.setWidthF(2.0);
    m_tpot->setPen(pen);
}

void ThroughputLatencyChart::hoverBar(bool state, int index, QBarSet *set)
{
    if (!state || !set || index < 0 || index >= m_names.size() || set != m_sets.value(index)) {
        hideToolTip();
        return;
    }
    showToolTip(
        tr("<b>%1</b><br>Output: %2 tokens/s at the SLA").arg(m_names[index].toHtmlEscaped(), number(set->at(index))));
}

void ThroughputLatencyChart::hoverLatency(bool ttft, const QPointF &point, bool state)
{
    if (!state) {
        hideToolTip();
        return;
    }
    const int index = static_cast<int>(std::lround(point.x()));
    if (index < 0 || index >= m_names.size())
        return;
    showToolTip(tr("<b>%1</b><br>%2: %3 ms")
                    .arg(m_names[index].toHtmlEscaped(), ttft ? tr("Time to first token") : tr("Time per output token"),
                         number(point.y(), point.y() < 10.0 ? 2 : 1)));
}

} // namespace tco::ui
