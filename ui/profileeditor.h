// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QWidget>

#include <array>

namespace tco::ui {

/**
 * The 24-hour demand profile as 24 bars (share of the peak hour, 0..1) that the user drags to
 * shape. profileEdited() is emitted once per drag, when the mouse is released.
 */
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    using Profile = std::array<double, engine::kHoursPerDay>;

    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    const Profile &profile() const { return m_profile; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void profileEdited(const Profile &profile);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    void setFromPoint(const QPointF &point);
    int hourAt(const QPointF &point) const;

    Profile m_profile{};
    Profile m_before{}; ///< at the start of a drag
    bool m_dragging = false;
};

} // namespace tco::ui
