// SPDX-License-Identifier: MIT
#include "memorychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tco::ui {

namespace {
constexpr std::array<QRgb, MemoryChart::PartCount> kPartPalette {
    0x4e79a7, // weights
    0xf28e2b, // KV cache
    0xb07aa1, // runtime overhead
    0x59a14f, // free
    0x8c8c8c, // unusable
};
} // namespace

MemoryChart::MemoryChart(QWidget *parent)
    : ResultChartView(parent)
{
    setObjectName(QStringLiteral("memoryChart"));
    setMinimumSize(420, 200);
    QChart *c = chart();
    m_series = new QHorizontalStackedBarSeries(this);
    m_series->setBarWidth(0.45);
    for (int p = 0; p < PartCount; ++p) {
        auto *set = new QBarSet(partName(static_cast<Part>(p)), m_series);
        set->append(0.0);
        m_series->append(set);
        m_sets[static_cast<std::size_t>(p)] = set;
    }
    c->addSeries(m_series);
    m_barAxis = new QBarCategoryAxis(this);
    m_barAxis->setGridLineVisible(false);
    m_barAxis->setLabelsVisible(false);
    m_barAxis->setLineVisible(false);
    m_barAxis->append(QStringLiteral("GPU"));
    m_axis = new QValueAxis(this);
    c->addAxis(m_axis, Qt::AlignBottom);
    c->addAxis(m_barAxis, Qt::AlignLeft);
    m_series->attachAxis(m_axis);
    m_series->attachAxis(m_barAxis);
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this, &MemoryChart::hoverBar);
    // A column on the right: the names carry their sizes and would be truncated in a row.
    c->legend()->setAlignment(Qt::AlignRight);

    retranslate();
    applyTheme();
    showNoResult();
}

QString MemoryChart::partName(Part part)
{
    switch (part) {
    case Weights:
        return tr("Weights");
    case KvCache:
        return tr("KV cache");
    case Overhead:
        return tr("Overhead");
    case Free:
        return tr("Free");
    case Unusable:
        return tr("Unusable");
    case PartCount:
        break;
    }
    return QString();
}

void MemoryChart::retranslate()
{
    m_axis->setTitleText(tr("GiB per GPU"));
    chart()->setTitle(tr("GPU memory"));
}

void MemoryChart::setVramGib(const QList<double> &vramGibByTier)
{
    m_vramGib = vramGibByTier;
    replay();
}

void MemoryChart::showResult(const engine::Result &result, int selectedTier)
{
    remember(result, selectedTier);
    m_tierIndex = selectedTier;
    m_tierName.clear();
    QString reason;
    std::array<double, PartCount> gib {};
    if (selectedTier < 0 || selectedTier >= static_cast<int>(result.tiers.size())) {
        reason = tr("Select a tier to see its GPU memory");
    } else {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(selectedTier)];
        m_tierName = QString::fromStdString(t.name);
        const engine::PerfResult &p = t.perf;
        if (!t.ok) {
            reason = tr("%1 could not be evaluated").arg(m_tierName);
        } else if (p.usable_gib_per_gpu <= 0.0) {
            reason = tr("%1: no memory figures").arg(m_tierName);
        } else {
            gib[Weights] = p.weights_gib_per_gpu;
            gib[KvCache] = p.kv_gib_per_gpu;
            gib[Overhead] = p.runtime_overhead_gib;
            gib[Free] = std::max(
                0.0, p.usable_gib_per_gpu - p.weights_gib_per_gpu - p.kv_gib_per_gpu - p.runtime_overhead_gib);
            const double vram = m_vramGib.value(selectedTier, 0.0);
            gib[Unusable] = vram > p.usable_gib_per_gpu ? vram - p.usable_gib_per_gpu : 0.0;
        }
    }

    double total = 0.0;
    for (int part = 0; part < PartCount; ++part) {
        QBarSet *set = m_sets[static_cast<std::size_t>(part)];
        const double v = gib[static_cast<std::size_t>(part)];
        if (set->at(0) != v)
            set->replace(0, v);
        set->setLabel(tr("%1 %2 GiB").arg(partName(static_cast<Part>(part)), number(v, 1)));
        total += v;
    }
    setNiceRange(m_axis, 0.0, std::max(total, 1.0), 6);
    const QList<QLegendMarker *> markers = chart()->legend()->markers(m_series);
    for (int part = 0; part < markers.size() && part < PartCount; ++part)
        markers[part]->setVisible(part != Unusable || gib[Unusable] > 0.0);

    if (m_tierName.isEmpty() || !reason.isEmpty()) {
        chart()->setTitle(tr("GPU memory"));
    } else {
        const double vram = m_vramGib.value(selectedTier, 0.0);
        chart()->setTitle(vram > 0.0 ? tr("GPU memory: %1 (%2 GiB per GPU)").arg(m_tierName, number(vram, 0))
                                     : tr("GPU memory: %1").arg(m_tierName));
    }
    showMessage(reason);
    applyColors();
}

void MemoryChart::applyColors()
{
    const QColor edge = palette().color(QPalette::Window);
    for (std::size_t part = 0; part < m_sets.size(); ++part) {
        m_sets[part]->setColor(QColor(kPartPalette[part]));
        m_sets[part]->setBorderColor(edge);
    }
}

void MemoryChart::hoverBar(bool state, int index, QBarSet *set)
{
    if (!state || !set || index != 0) {
        hideToolTip();
        return;
    }
    const auto it = std::find(m_sets.cbegin(), m_sets.cend(), set);
    if (it == m_sets.cend())
        return;
    const auto part = static_cast<Part>(it - m_sets.cbegin());
    double total = 0.0;
    for (const QBarSet *s : m_sets)
        total += s->at(0);
    const double v = set->at(0);
    showToolTip(tr("<b>%1</b><br>%2 GiB per GPU (%3% of the GPU's memory)")
                    .arg(part == Overhead ? tr("Runtime overhead") : partName(part).toHtmlEscaped(), number(v, 2),
                         number(total > 0.0 ? 100.0 * v / total : 0.0, 0)));
}

} // namespace tco::ui
