// SPDX-License-Identifier: MIT
#pragma once

#include "resultchartview.h"
#include "tcoresult.h"

#include <QList>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace tco::ui {

/**
 * For the selected tier: one GPU's memory as a horizontal stacked bar in GiB: weights, KV cache,
 * runtime overhead, free (usable - the three) and, when the VRAM is known, unusable
 * (VRAM - usable). PerfResult does not hold the VRAM: setVramGib() gives it per tier.
 */
class MemoryChart : public ResultChartView
{
    Q_OBJECT
public:
    enum Part { Weights, KvCache, Overhead, Free, Unusable, PartCount };

    explicit MemoryChart(QWidget *parent = nullptr);

    QHorizontalStackedBarSeries *series() const { return m_series; }
    QBarSet *partSet(Part part) const { return m_sets[static_cast<std::size_t>(part)]; }
    QValueAxis *memoryAxis() const { return m_axis; }
    static QString partName(Part part);

public Q_SLOTS:
    void showResult(const tco::engine::Result &result, int selectedTier) override;
    /** VRAM per GPU of each tier (index of Result::tiers), GiB; 0 or missing: unknown. */
    void setVramGib(const QList<double> &vramGibByTier);

protected:
    void applyColors() override;
    void retranslate() override;

private:
    void hoverBar(bool state, int index, QBarSet *set);

    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_barAxis = nullptr;
    QValueAxis *m_axis = nullptr;
    std::array<QBarSet *, PartCount> m_sets {};
    QList<double> m_vramGib;
    QString m_tierName;
    int m_tierIndex = -1;
};

} // namespace tco::ui
