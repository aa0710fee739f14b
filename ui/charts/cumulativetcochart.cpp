// SPDX-License-Identifier: MIT
#include "cumulativetcochart.h"

#include <QChart>
#include <QGraphicsRectItem>
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

CumulativeTcoChart::CumulativeTcoChart(QWidget *parent)
    : ResultChartView(parent)
{
    setObjectName(QStringLiteral("cumulativeTcoChart"));
    setMinimumSize(420, 280);
    QChart *c = chart();

    m_monthAxis = new QValueAxis(this);
    m_monthAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_costAxis = new QValueAxis(this);
    c->addAxis(m_monthAxis, Qt::AlignBottom);
    c->addAxis(m_costAxis, Qt::AlignLeft);

    m_breakEven = new QScatterSeries(this);
    m_breakEven->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_breakEven->setMarkerSize(11.0);
    c->addSeries(m_breakEven);
    m_breakEven->attachAxis(m_monthAxis);
    m_breakEven->attachAxis(m_costAxis);
    connect(m_breakEven, &QScatterSeries::hovered, this, &CumulativeTcoChart::hoverBreakEven);
    connect(c, &QChart::plotAreaChanged, this, &CumulativeTcoChart::placeLabels);

    retranslate();
    applyTheme();
    showNoResult();
}

void CumulativeTcoChart::retranslate()
{
    chart()->setTitle(tr("Cumulative cost of ownership"));
    m_monthAxis->setTitleText(tr("Month"));
    m_breakEven->setName(tr("Break-even"));
}

QStringList CumulativeTcoChart::breakEvenLabels() const
{
    return m_labelTexts;
}

void CumulativeTcoChart::showResult(const engine::Result &result, int selectedTier)
{
    remember(result, selectedTier);
    m_currency = QString::fromStdString(result.currency);
    m_selectedTier = selectedTier;

    QList<int> tiers;
    for (int i = 0; i < static_cast<int>(result.tiers.size()); ++i) {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(i)];
        if (t.ok && !t.monthly.empty())
            tiers.append(i);
    }

    QChart *c = chart();
    // Reuse the lines; add or drop only the difference in tier count.
    bool added = false;
    while (m_lines.size() < tiers.size()) {
        auto *line = new QLineSeries(this);
        c->addSeries(line);
        line->attachAxis(m_monthAxis);
        line->attachAxis(m_costAxis);
        const int index = static_cast<int>(m_lines.size());
        connect(line, &QLineSeries::hovered, this,
                [this, index](const QPointF &point, bool state) { hoverLine(index, point, state); });
        m_lines.append(line);
        added = true;
    }
    while (m_lines.size() > tiers.size()) {
        QLineSeries *line = m_lines.takeLast();
        c->removeSeries(line);
        delete line;
    }
    if (added) {
        // Keep the markers above the lines.
        c->removeSeries(m_breakEven);
        c->addSeries(m_breakEven);
        m_breakEven->attachAxis(m_monthAxis);
        m_breakEven->attachAxis(m_costAxis);
    }
    m_lineTiers = tiers;

    int months = std::max(result.horizon_months, 1);
    double lo = 0.0;
    double hi = 0.0;
    for (int k = 0; k < tiers.size(); ++k) {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(tiers[k])];
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(t.monthly.size()));
        double sum = 0.0;
        for (std::size_t m = 0; m < t.monthly.size(); ++m) {
            sum += t.monthly[m];
            points.append(QPointF(static_cast<double>(m + 1), sum));
            lo = std::min(lo, sum);
            hi = std::max(hi, sum);
        }
        months = std::max(months, static_cast<int>(t.monthly.size()));
        m_lines[k]->setName(QString::fromStdString(t.name));
        m_lines[k]->replace(points);
    }

    QList<QPointF> marks;
    m_labelTexts.clear();
    for (const engine::BreakEven &b : result.break_even) {
        if (!tiers.contains(b.tier_a) || !tiers.contains(b.tier_b) || b.month < 1)
            continue;
        marks.append(QPointF(b.month, b.cumulative_cost));
        m_labelTexts.append(tr("%1 = %2 at month %3")
                                .arg(QString::fromStdString(result.tiers[static_cast<std::size_t>(b.tier_a)].name),
                                     QString::fromStdString(result.tiers[static_cast<std::size_t>(b.tier_b)].name))
                                .arg(b.month));
        hi = std::max(hi, b.cumulative_cost);
        lo = std::min(lo, b.cumulative_cost);
    }
    m_breakEven->replace(marks);

    m_costAxis->setTitleText(tr("Cumulative cost (%1)").arg(m_currency));
    setNiceRange(m_costAxis, lo, hi);
    m_monthAxis->setRange(1.0, months);
    m_monthAxis->setTickType(QValueAxis::TicksDynamic);
    m_monthAxis->setTickAnchor(0.0);
    m_monthAxis->setTickInterval(months <= 12 ? 1.0 : months <= 36 ? 6.0 : 12.0);
    m_monthAxis->setMinorTickCount(0);

    for (auto *marker : c->legend()->markers(m_breakEven))
        marker->setVisible(!marks.isEmpty());

    if (result.tiers.empty())
        showMessage(tr("No tiers in the scenario"));
    else if (tiers.isEmpty())
        showMessage(tr("No tier could be evaluated: see the issues in the table"));
    else
        showMessage(QString());
    applyColors(); // places the labels too
}

void CumulativeTcoChart::applyColors()
{
    for (int k = 0; k < m_lines.size(); ++k) {
        const int tier = k < m_lineTiers.size() ? m_lineTiers[k] : k;
        QPen pen(tierColor(tier));
        pen.setWidthF(tier == m_selectedTier ? 3.5 : 2.0);
        m_lines[k]->setPen(pen);
    }
    m_breakEven->setColor(textColor());
    m_breakEven->setBorderColor(palette().color(QPalette::Window));
    placeLabels(); // their colours
}

void CumulativeTcoChart::placeLabels()
{
    QChart *c = chart();
    while (m_labels.size() < m_labelTexts.size()) {
        auto *box = new QGraphicsRectItem(c);
        box->setZValue(100);
        box->setPen(Qt::NoPen);
        new QGraphicsSimpleTextItem(box);
        m_labels.append(box);
    }
    constexpr double kPad = 3.0;
    const QRectF plot = c->plotArea().adjusted(2, 2, -2, -2);
    QColor backdrop = palette().color(QPalette::Window);
    backdrop.setAlpha(215);
    QList<QRectF> placed;
    for (int i = 0; i < m_labels.size(); ++i) {
        QGraphicsRectItem *box = m_labels[i];
        if (i >= m_labelTexts.size() || i >= m_breakEven->count() || !message().isEmpty() || plot.isEmpty()) {
            box->setVisible(false);
            continue;
        }
        auto *text = static_cast<QGraphicsSimpleTextItem *>(box->childItems().constFirst());
        text->setText(m_labelTexts[i]);
        text->setFont(font());
        text->setBrush(textColor());
        text->setPos(kPad, kPad);
        const QSizeF size = text->boundingRect().size() + QSizeF(2 * kPad, 2 * kPad);
        box->setRect(QRectF(QPointF(0, 0), size));
        box->setBrush(backdrop);

        // Next to the marker, inside the plot area, clear of the marker and of the other labels.
        const QPointF at = c->mapToPosition(m_breakEven->at(i), m_breakEven);
        const QRectF dot(at.x() - 7.0, at.y() - 7.0, 14.0, 14.0);
        const double w = size.width();
        const double h = size.height();
        const std::array<QPointF, 6> candidates {
            QPointF(at.x() - w - 8.0, at.y() - h - 6.0),  QPointF(at.x() + 8.0, at.y() - h - 6.0),
            QPointF(at.x() - w / 2.0, at.y() - h - 10.0), QPointF(at.x() + 8.0, at.y() + 6.0),
            QPointF(at.x() - w - 8.0, at.y() + 6.0),      QPointF(at.x() - w / 2.0, at.y() + 10.0)
        };
        auto inside = [&plot](QRectF r) {
            r.moveLeft(std::max(plot.left(), std::min(r.left(), plot.right() - r.width())));
            r.moveTop(std::max(plot.top(), std::min(r.top(), plot.bottom() - r.height())));
            return r;
        };
        QRectF chosen = inside(QRectF(candidates[0], size));
        for (const QPointF &corner : candidates) {
            const QRectF r = inside(QRectF(corner, size));
            const bool clear = !r.intersects(dot)
                && std::none_of(placed.cbegin(), placed.cend(), [&r](const QRectF &q) { return q.intersects(r); });
            if (clear) {
                chosen = r;
                break;
            }
        }
        box->setPos(chosen.topLeft());
        box->setVisible(true);
        placed.append(chosen);
    }
}

void CumulativeTcoChart::hoverLine(int line, const QPointF &point, bool state)
{
    if (!state || line >= m_lines.size()) {
        hideToolTip();
        return;
    }
    const QLineSeries *series = m_lines[line];
    if (series->count() == 0)
        return;
    const int month = std::clamp(static_cast<int>(std::lround(point.x())), 1, static_cast<int>(series->count()));
    const double cumulative = series->at(month - 1).y();
    const double thisMonth = month > 1 ? cumulative - series->at(month - 2).y() : cumulative;
    showToolTip(tr("<b>%1</b><br>Month %2<br>Cumulative: %3<br>This month: %4")
                    .arg(series->name().toHtmlEscaped())
                    .arg(month)
                    .arg(money(cumulative, m_currency), money(thisMonth, m_currency)));
}

void CumulativeTcoChart::hoverBreakEven(const QPointF &point, bool state)
{
    if (!state) {
        hideToolTip();
        return;
    }
    for (int i = 0; i < m_breakEven->count() && i < m_labelTexts.size(); ++i) {
        if (std::abs(m_breakEven->at(i).x() - point.x()) < 0.5) {
            showToolTip(tr("<b>%1</b><br>Cumulative cost: %2")
                            .arg(m_labelTexts[i].toHtmlEscaped(), money(m_breakEven->at(i).y(), m_currency)));
            return;
        }
    }
}

} // namespace tco::ui
