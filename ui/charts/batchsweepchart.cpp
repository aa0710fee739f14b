// SPDX-License-Identifier: MIT
#include "batchsweepchart.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace tco::ui {

BatchSweepChart::BatchSweepChart(QWidget *parent)
    : ResultChartView(parent)
{
    setObjectName(QStringLiteral("batchSweepChart"));
    setMinimumSize(400, 280);
    QChart *c = chart();

    m_curve = new QLineSeries(this);
    m_sla = new QLineSeries(this);
    m_meets = new QScatterSeries(this);
    m_meets->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_meets->setMarkerSize(9.0);
    m_misses = new QScatterSeries(this);
    m_misses->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_misses->setMarkerSize(9.0);
    m_xAxis = new QValueAxis(this);
    m_yAxis = new QValueAxis(this);
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);
    for (QXYSeries *s : { static_cast<QXYSeries *>(m_sla), static_cast<QXYSeries *>(m_curve),
                          static_cast<QXYSeries *>(m_meets), static_cast<QXYSeries *>(m_misses) }) {
        c->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
    }
    connect(m_meets, &QScatterSeries::hovered, this, &BatchSweepChart::hoverPoint);
    connect(m_misses, &QScatterSeries::hovered, this, &BatchSweepChart::hoverPoint);
    connect(m_curve, &QLineSeries::hovered, this, &BatchSweepChart::hoverPoint);
    connect(c, &QChart::plotAreaChanged, this, &BatchSweepChart::placeLabels);

    retranslate();
    applyTheme();
    showNoResult();
}

void BatchSweepChart::retranslate()
{
    m_xAxis->setTitleText(tr("Output tokens/s per replica"));
    m_yAxis->setTitleText(tr("TPOT (ms)"));
    m_misses->setName(tr("Misses SLA"));
    chart()->setTitle(tr("Throughput against latency as the batch grows"));
}

QStringList BatchSweepChart::pointLabels() const
{
    QStringList labels;
    for (const QGraphicsSimpleTextItem *label : m_labels)
        if (label->isVisible())
            labels.append(label->text());
    return labels;
}

void BatchSweepChart::showResult(const engine::Result &result, int selectedTier)
{
    remember(result, selectedTier);
    m_points.clear();
    m_tierName.clear();
    m_emptyReason.clear();
    m_tierIndex = selectedTier;
    if (selectedTier < 0 || selectedTier >= static_cast<int>(result.tiers.size())) {
        m_emptyReason = tr("Select a tier to see its batch sweep");
    } else {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(selectedTier)];
        m_tierName = QString::fromStdString(t.name);
        if (!t.ok) {
            QString why;
            for (const engine::TierIssue &issue : t.issues)
                if (issue.severity == engine::TierIssue::Severity::Error) {
                    why = QString::fromStdString(issue.message);
                    break;
                }
            m_emptyReason = why.isEmpty() ? tr("%1 could not be evaluated").arg(m_tierName)
                                          : tr("%1 could not be evaluated:\n%2").arg(m_tierName, why);
        } else if (t.batch_sweep.empty()) {
            m_emptyReason = tr("%1 has no batch sweep").arg(m_tierName);
        } else {
            m_points = t.batch_sweep;
            std::sort(m_points.begin(), m_points.end(),
                      [](const engine::SweepPoint &a, const engine::SweepPoint &b) { return a.batch < b.batch; });
        }
    }
    replot();
}

void BatchSweepChart::setSla(double ttftMs, double tpotMs)
{
    m_slaTtftMs = std::isfinite(ttftMs) ? std::max(ttftMs, 0.0) : 0.0;
    m_slaTpotMs = std::isfinite(tpotMs) ? std::max(tpotMs, 0.0) : 0.0;
    replot();
}

void BatchSweepChart::replot()
{
    QList<QPointF> curve;
    QList<QPointF> meets;
    QList<QPointF> misses;
    double maxX = 0.0;
    double maxY = m_slaTpotMs;
    for (const engine::SweepPoint &p : m_points) {
        const QPointF point(p.output_tok_s, p.tpot_ms);
        curve.append(point);
        const bool miss
            = (m_slaTpotMs > 0.0 && p.tpot_ms > m_slaTpotMs) || (m_slaTtftMs > 0.0 && p.ttft_ms > m_slaTtftMs);
        (miss ? misses : meets).append(point);
        maxX = std::max(maxX, p.output_tok_s);
        maxY = std::max(maxY, p.tpot_ms);
    }
    m_curve->replace(curve);
    m_meets->replace(meets);
    m_misses->replace(misses);
    setNiceRange(m_xAxis, 0.0, maxX);
    setNiceRange(m_yAxis, 0.0, maxY * 1.05);
    if (m_slaTpotMs > 0.0 && !m_points.empty())
        m_sla->replace(QList<QPointF> { { m_xAxis->min(), m_slaTpotMs }, { m_xAxis->max(), m_slaTpotMs } });
    else
        m_sla->clear();

    const bool sla = m_slaTpotMs > 0.0 || m_slaTtftMs > 0.0;
    m_sla->setName(tr("TPOT SLA %1 ms").arg(number(m_slaTpotMs, m_slaTpotMs < 10.0 ? 1 : 0)));
    m_meets->setName(sla ? tr("Meets SLA") : tr("Operating point"));
    m_curve->setName(m_tierName);
    if (!m_tierName.isEmpty())
        chart()->setTitle(tr("Batch sweep: %1").arg(m_tierName));
    else
        chart()->setTitle(tr("Throughput against latency as the batch grows"));

    showMessage(m_points.empty() ? (m_emptyReason.isEmpty() ? tr("No result yet") : m_emptyReason) : QString());
    QLegend *legend = chart()->legend();
    for (QLegendMarker *marker : legend->markers(m_curve))
        marker->setVisible(false);
    for (QLegendMarker *marker : legend->markers(m_misses))
        marker->setVisible(!misses.isEmpty());
    for (QLegendMarker *marker : legend->markers(m_sla))
        marker->setVisible(m_sla->count() > 0);
    applyColors();
    placeLabels();
}

void BatchSweepChart::applyColors()
{
    const QColor tier = tierColor(std::max(m_tierIndex, 0));
    QPen line(tier);
    line.setWidthF(2.0);
    m_curve->setPen(line);
    const QColor edge = palette().color(QPalette::Window);
    m_meets->setColor(tier);
    m_meets->setBorderColor(edge);
    QPen hollow(tier);
    hollow.setWidthF(2.0);
    m_misses->setColor(edge);
    m_misses->setPen(hollow);
    QPen sla(textColor());
    sla.setWidthF(1.5);
    sla.setStyle(Qt::DashLine);
    m_sla->setPen(sla);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setBrush(textColor());
}

void BatchSweepChart::placeLabels()
{
    QChart *c = chart();
    while (m_labels.size() < static_cast<qsizetype>(m_points.size())) {
        auto *label = new QGraphicsSimpleTextItem(c);
        label->setZValue(100);
        label->setBrush(textColor());
        m_labels.append(label);
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QRectF plot = c->plotArea();
    QRectF slaBand;
    if (m_sla->count() > 0) {
        const double y = c->mapToPosition(m_sla->at(0), m_sla).y();
        slaBand = QRectF(plot.left(), y - 1.5, plot.width(), 3.0);
    }
    QList<QRectF> placed;
    for (int i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_labels[i];
        if (i >= static_cast<int>(m_points.size()) || plot.isEmpty() || !message().isEmpty()) {
            label->setVisible(false);
            continue;
        }
        const engine::SweepPoint &p = m_points[static_cast<std::size_t>(i)];
        label->setFont(small);
        label->setText(QString::number(p.batch));
        const QPointF at = c->mapToPosition(QPointF(p.output_tok_s, p.tpot_ms), m_curve);
        const QRectF box = label->boundingRect();
        // Above-left of the point (the curve rises to the right), else the other corners; clear
        // of labels already placed and, if possible, of the SLA line.
        const std::array<QPointF, 4> corners { QPointF(at.x() - box.width() - 4.0, at.y() - box.height() - 2.0),
                                               QPointF(at.x() + 5.0, at.y() + 3.0),
                                               QPointF(at.x() - box.width() - 4.0, at.y() + 3.0),
                                               QPointF(at.x() + 5.0, at.y() - box.height() - 2.0) };
        auto free = [&](const QRectF &rect, bool avoidSla) {
            if (!plot.adjusted(-2, -2, 2, 2).contains(rect))
                return false;
            if (avoidSla && !slaBand.isNull() && slaBand.intersects(rect))
                return false;
            return std::none_of(placed.cbegin(), placed.cend(),
                                [&rect](const QRectF &q) { return q.intersects(rect); });
        };
        QRectF r;
        for (bool avoidSla : { true, false }) {
            for (const QPointF &corner : corners) {
                if (free(QRectF(corner, box.size()), avoidSla)) {
                    r = QRectF(corner, box.size());
                    break;
                }
            }
            if (!r.isNull())
                break;
        }
        const bool visible = !r.isNull();
        label->setVisible(visible);
        if (visible) {
            label->setPos(r.topLeft());
            placed.append(r);
        }
    }
}

void BatchSweepChart::hoverPoint(const QPointF &point, bool state)
{
    if (!state || m_points.empty()) {
        hideToolTip();
        return;
    }
    const auto nearest = std::min_element(
        m_points.cbegin(), m_points.cend(), [&point](const engine::SweepPoint &a, const engine::SweepPoint &b) {
            return std::abs(a.output_tok_s - point.x()) < std::abs(b.output_tok_s - point.x());
        });
    const engine::SweepPoint &p = *nearest;
    showToolTip(
        tr("<b>%1, batch %2</b><br>Output: %3 tokens/s per replica<br>TPOT: %4 ms (%5 tokens/s per user)"
           "<br>TTFT: %6 ms")
            .arg(m_tierName.toHtmlEscaped())
            .arg(p.batch)
            .arg(number(p.output_tok_s), number(p.tpot_ms, 1), number(p.tok_s_per_user, 1), number(p.ttft_ms, 0)));
}

} // namespace tco::ui
