// SPDX-License-Identifier: MIT
#pragma once
// Writing the scenario back into editor widgets after every edit: only what differs.
// QAbstractSpinBox::setValue() repaints the box even when the value is the same, and a dozen
// such repaints per edit cost milliseconds of the edit-to-repaint budget.

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <cmath>

namespace tco::ui {

inline void syncValue(QSpinBox *spin, int value)
{
    if (spin->value() != value)
        spin->setValue(value);
}

/** Equal when the box would show the same digits (it rounds to its decimals). */
inline void syncValue(QDoubleSpinBox *spin, double value)
{
    const double halfStep = 0.5 * std::pow(10.0, -spin->decimals());
    if (!(std::abs(spin->value() - value) < halfStep))
        spin->setValue(value);
}

} // namespace tco::ui
