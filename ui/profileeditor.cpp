// SPDX-License-Identifier: MIT
#include "profileeditor.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tco::ui {

namespace {
/// Values snap to this step while dragging, so a profile reads as round shares.
constexpr double kStep = 0.05;
} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profileEditor"));
    setMouseTracking(true);
    setToolTip(tr("Demand in each hour of the day as a share of the peak hour. Drag the bars to shape it."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProfileEditor::setProfile(const Profile &profile)
{
    if (m_dragging || profile == m_profile)
        return;
    m_profile = profile;
    update();
}

QSize ProfileEditor::sizeHint() const
{
    return {240, 72};
}

QSize ProfileEditor::minimumSizeHint() const
{
    return {24 * 5, 56};
}

QRectF ProfileEditor::plotRect() const
{
    const qreal label = fontMetrics().height();
    return QRectF(rect()).adjusted(2, 2, -2, -label - 2);
}

int ProfileEditor::hourAt(const QPointF &point) const
{
    const QRectF r = plotRect();
    return std::clamp(int((point.x() - r.left()) / r.width() * engine::kHoursPerDay), 0, engine::kHoursPerDay - 1);
}

void ProfileEditor::setFromPoint(const QPointF &point)
{
    const QRectF r = plotRect();
    double v = 1.0 - (point.y() - r.top()) / r.height();
    v = std::clamp(std::round(v / kStep) * kStep, 0.0, 1.0);
    m_profile[std::size_t(hourAt(point))] = v;
    update();
}

void ProfileEditor::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = plotRect();
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRect(r);
    const qreal w = r.width() / engine::kHoursPerDay;
    const QColor bar = isEnabled() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
    p.setPen(Qt::NoPen);
    p.setBrush(bar);
    for (int h = 0; h < engine::kHoursPerDay; ++h) {
        const double v = m_profile[std::size_t(h)];
        p.drawRect(QRectF(r.left() + h * w + 1, r.bottom() - v * r.height(), w - 2, v * r.height()));
    }
    p.setPen(palette().color(QPalette::WindowText));
    for (int h = 0; h < engine::kHoursPerDay; h += 6)
        p.drawText(QRectF(r.left() + h * w, r.bottom() + 1, 3 * w, fontMetrics().height()), Qt::AlignLeft,
                   QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
}

void ProfileEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_before = m_profile;
    setFromPoint(event->position());
}

void ProfileEditor::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        setFromPoint(event->position());
}

void ProfileEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    if (*std::max_element(m_profile.begin(), m_profile.end()) <= 0.0) {
        // a profile without any demand is no workload: keep the last one
        m_profile = m_before;
        update();
        return;
    }
    if (m_profile != m_before)
        Q_EMIT profileEdited(m_profile);
}

bool ProfileEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int h = hourAt(help->pos());
        QToolTip::showText(help->globalPos(),
                           tr("%1:00–%2:00: %3% of the peak").arg(h, 2, 10, QLatin1Char('0')).arg((h + 1) % 24, 2, 10, QLatin1Char('0'))
                               .arg(QLocale().toString(m_profile[std::size_t(h)] * 100.0, 'f', 0)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace tco::ui
