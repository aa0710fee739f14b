// SPDX-License-Identifier: MIT
#include "resultchartview.h"

#include "theme.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLogValueAxis>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace tco::ui {

namespace {

/** Tableau 10 (mid-luminance): readable on light and dark backgrounds, distinct in hue. */
constexpr std::array<QRgb, 10> kTierPalette { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0xb07aa1,
                                              0x76b7b2, 0xedc948, 0x9c755f, 0xff9da7, 0xbab0ac };

/**
 * Grid lines a hair wider than one pixel. At exactly 1 px the raster engine draws them with its
 * cosmetic line stroker, which on a horizontal antialiased line makes one blend call per pixel;
 * any wider and they are filled as scanline spans, five times fewer instructions for the same
 * pixels (measured with callgrind on the scaling chart's log grid; screenshots look identical).
 */
constexpr double kGridPenWidth_px = 1.01;

} // namespace

ResultChartView::ResultChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    // Transparent-friendly: the view shows the window colour, the chart draws no background.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setMinimumSize(360, 240);
    // One rectangle, not the union of every moved item: with a many-rectangle region the raster
    // engine clips each antialiased grid line span by span (measured: 45% of an edit's time).
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);

    QChart *c = chart();
    c->setLocalizeNumbers(true);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(6, 6, 6, 6));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);

    m_message = new QGraphicsSimpleTextItem(c);
    m_message->setZValue(1000);
    m_message->setVisible(false);
    connect(c, &QGraphicsWidget::geometryChanged, this, &ResultChartView::centreMessage);
}

ResultChartView::~ResultChartView()
{
    // QChartView's destructor deletes the chart after the subclass members are gone: no signal
    // of the chart or its series may reach this object any more.
    if (QChart *c = chart()) {
        c->disconnect(this);
        const QList<QAbstractSeries *> series = c->series();
        for (QAbstractSeries *s : series)
            s->disconnect(this);
    }
}

QString ResultChartView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QColor ResultChartView::tierColor(int tierIndex)
{
    const auto n = static_cast<int>(kTierPalette.size());
    return QColor(kTierPalette[static_cast<std::size_t>(((tierIndex % n) + n) % n)]);
}

void ResultChartView::setNiceRange(QValueAxis *axis, double min, double max, int targetTicks)
{
    if (!std::isfinite(min) || !std::isfinite(max)) {
        min = 0.0;
        max = 1.0;
    }
    if (min > max)
        std::swap(min, max);
    if (max - min < 1e-12) {
        const double pad = std::abs(max) > 0.0 ? std::abs(max) * 0.1 : 1.0;
        min -= min == 0.0 ? 0.0 : pad;
        max += pad;
    }
    targetTicks = std::max(targetTicks, 2);
    const double raw = (max - min) / (targetTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double step = magnitude
        * (norm <= 1.0       ? 1.0
               : norm <= 2.0 ? 2.0
               : norm <= 2.5 ? 2.5
               : norm <= 5.0 ? 5.0
                             : 10.0);
    const double eps = step * 1e-9;
    const double lo = std::floor((min + eps) / step) * step;
    const double hi = std::ceil((max - eps) / step) * step;
    const int ticks = static_cast<int>(std::lround((hi - lo) / step)) + 1;
    const int decimals = step >= 1.0 ? 0 : static_cast<int>(std::ceil(-std::log10(step) - 1e-9));

    // Each setter re-lays out the axis labels (rich text in Qt Charts), even with the value it
    // already has: set only what changed.
    if (axis->tickType() != QValueAxis::TicksFixed)
        axis->setTickType(QValueAxis::TicksFixed);
    if (axis->min() != lo || axis->max() != hi)
        axis->setRange(lo, hi);
    if (axis->tickCount() != std::max(ticks, 2))
        axis->setTickCount(std::max(ticks, 2));
    const QString format = QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f");
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void ResultChartView::setLogRange(QLogValueAxis *axis, double min, double max)
{
    if (!(min > 0.0) || !std::isfinite(min))
        min = 1.0;
    if (!(max > 0.0) || !std::isfinite(max))
        max = min * 10.0;
    if (min > max)
        std::swap(min, max);
    // The nearest 1-2-5 values outside [min, max].
    const double eps = 1e-9;
    const double minDecade = std::pow(10.0, std::floor(std::log10(min) + eps));
    double lo = minDecade;
    for (double m : { 5.0, 2.0 })
        if (m * minDecade <= min * (1.0 + eps)) {
            lo = m * minDecade;
            break;
        }
    const double maxDecade = std::pow(10.0, std::floor(std::log10(max) - eps));
    double hi = maxDecade * 10.0;
    for (double m : { 1.0, 2.0, 5.0 })
        if (m * maxDecade >= max * (1.0 - eps)) {
            hi = m * maxDecade;
            break;
        }
    // At least two labelled powers of ten: widen on the side that costs less.
    auto powers = [](double a, double b) {
        return static_cast<int>(std::floor(std::log10(b) + 1e-9) - std::ceil(std::log10(a) - 1e-9)) + 1;
    };
    while (powers(lo, hi) < 2) {
        const double down = std::pow(10.0, std::floor(std::log10(lo) - 1e-9));
        const double up = std::pow(10.0, std::ceil(std::log10(hi) + 1e-9));
        if (lo / down <= up / hi)
            lo = down;
        else
            hi = up;
    }
    if (axis->base() != 10.0)
        axis->setBase(10.0);
    if (axis->min() != lo || axis->max() != hi)
        axis->setRange(lo, hi);
    const QString format = lo < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f");
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

void ResultChartView::remember(const engine::Result &result, int selectedTier)
{
    if (&result != &m_lastResult)
        m_lastResult = result;
    m_lastSelectedTier = selectedTier;
    m_hasResult = true;
}

void ResultChartView::replay()
{
    if (m_hasResult)
        showResult(m_lastResult, m_lastSelectedTier);
}

void ResultChartView::showNoResult()
{
    showMessage(tr("No result yet"));
}

void ResultChartView::showMessage(const QString &text)
{
    const bool hasMessage = !text.isEmpty();
    m_message->setText(text);
    m_message->setVisible(hasMessage);
    for (QAbstractAxis *axis : chart()->axes())
        axis->setVisible(!hasMessage);
    chart()->legend()->setVisible(!hasMessage);
    centreMessage();
}

void ResultChartView::centreMessage()
{
    if (!m_message || !m_message->isVisible())
        return;
    const QRectF box = m_message->boundingRect();
    const QSizeF size = chart()->size();
    m_message->setPos((size.width() - box.width()) / 2.0, (size.height() - box.height()) / 2.0);
}

void ResultChartView::applyTheme()
{
    if (m_inTheme)
        return;
    m_inTheme = true;
    m_themed = true;
    m_dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *c = chart();
    c->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundVisible(false);
    c->setPlotAreaBackgroundVisible(false);
    c->setDropShadowEnabled(false);

    const QColor text = textColor();
    QFont titleFont = font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->setTitleBrush(text);
    c->legend()->setFont(font());
    c->legend()->setLabelColor(text);
    c->legend()->setBackgroundVisible(false);
    for (QAbstractAxis *axis : c->axes())
        styleAxis(axis);

    QFont messageFont = font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.15);
    m_message->setFont(messageFont);
    m_message->setBrush(text);
    centreMessage();

    applyColors();
    m_inTheme = false;
}

QColor ResultChartView::textColor() const
{
    return palette().color(QPalette::WindowText);
}

QColor ResultChartView::gridColor() const
{
    return mixedWithWindow(0.18);
}

QColor ResultChartView::mixedWithWindow(double textShare) const
{
    // Opaque: the raster engine blends a translucent antialiased line pixel by pixel through its
    // generic path, several times slower than an opaque one (grid lines are most of a chart's paint).
    return mixColors(palette().color(QPalette::Window), textColor(), textShare);
}

QString ResultChartView::money(double value, const QString &currency) const
{
    const int decimals = std::abs(value) >= 100.0 || value == 0.0 ? 0 : 2;
    return locale().toString(value, 'f', decimals) + QChar::Nbsp + currency;
}

QString ResultChartView::number(double value, int decimals) const
{
    return locale().toString(value, 'f', decimals);
}

void ResultChartView::showToolTip(const QString &html)
{
    QToolTip::showText(QCursor::pos(), html, this);
}

void ResultChartView::hideToolTip()
{
    QToolTip::hideText();
}

void ResultChartView::styleAxis(QAbstractAxis *axis)
{
    const QColor text = textColor();
    axis->setLabelsFont(font());
    axis->setLabelsBrush(text);
    axis->setTitleFont(font());
    axis->setTitleBrush(text);
    QPen gridPen = axis->gridLinePen();
    gridPen.setColor(gridColor());
    gridPen.setWidthF(kGridPenWidth_px);
    axis->setGridLinePen(gridPen);
    const QColor minor = mixedWithWindow(0.07);
    QPen minorPen = axis->minorGridLinePen();
    minorPen.setStyle(Qt::SolidLine);
    minorPen.setColor(minor);
    minorPen.setWidthF(kGridPenWidth_px);
    axis->setMinorGridLinePen(minorPen);
    QColor line = text;
    line.setAlphaF(0.5f);
    axis->setLinePenColor(line);
}

void ResultChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::ApplicationPaletteChange:
    case QEvent::FontChange:
        if (m_themed) // not before the subclass has built its chart
            applyTheme();
        break;
    case QEvent::LanguageChange:
        if (!m_themed)
            break;
        retranslate();
        if (m_hasResult)
            showResult(m_lastResult, m_lastSelectedTier);
        else
            showNoResult();
        break;
    default:
        break;
    }
}

} // namespace tco::ui
