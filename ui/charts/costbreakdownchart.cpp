// SPDX-License-Identifier: MIT
#include "costbreakdownchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tco::ui {

namespace {

constexpr int kMonthsPerYear = 12;

/** Category colours: hardware-like costs blue/teal, running costs warm, cloud green/red/yellow. */
constexpr std::array<QRgb, engine::kCostCategoryCount> kCategoryPalette {
    0x4e79a7, // Hardware
    0xf28e2b, // Power
    0x76b7b2, // Colocation
    0x9c755f, // Maintenance
    0xb07aa1, // Staff
    0xd4a6c8, // Refresh reserve
    0x59a14f, // Cloud reserved
    0xe15759, // Cloud on-demand
    0xedc948, // Cloud spot
    0x86bcb6, // Storage
    0xff9d9a, // Egress
    0x8c8c8c, // Residual value
};

QStringList uniqueNames(const engine::Result &result, const QList<int> &tiers)
{
    QStringList names;
    for (int tier : tiers) {
        QString name = QString::fromStdString(result.tiers[static_cast<std::size_t>(tier)].name);
        if (name.isEmpty())
            name = CostBreakdownChart::tr("Tier %1").arg(tier + 1);
        const QString base = name;
        for (int n = 2; names.contains(name); ++n)
            name = base + QStringLiteral(" (") + QString::number(n) + u')';
        names.append(name);
    }
    return names;
}

} // namespace

CostBreakdownChart::CostBreakdownChart(QWidget *parent)
    : ResultChartView(parent)
{
    setObjectName(QStringLiteral("costBreakdownChart"));
    setMinimumSize(460, 300);
    QChart *c = chart();

    m_series = new QHorizontalStackedBarSeries(this);
    m_series->setBarWidth(0.7);
    for (int i = 0; i < engine::kCostCategoryCount; ++i) {
        const auto category = static_cast<engine::CostCategory>(i);
        m_sets[static_cast<std::size_t>(i)] = new QBarSet(categoryName(category), m_series);
    }
    c->addSeries(m_series);
    m_barAxis = new QBarCategoryAxis(this);
    m_costAxis = new QValueAxis(this);
    c->addAxis(m_costAxis, Qt::AlignBottom);
    c->addAxis(m_barAxis, Qt::AlignLeft);
    m_series->attachAxis(m_costAxis);
    m_series->attachAxis(m_barAxis);
    m_barAxis->setGridLineVisible(false);
    // Tier names, rotated, each spanning its years; its grid lines separate the tiers. It needs
    // a series of its own: an empty line attached to it and to the cost axis.
    m_tierAxis = new QCategoryAxis(this);
    m_tierAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_tierAxis->setLabelsAngle(-90);
    m_tierAxis->setLineVisible(false);
    c->addAxis(m_tierAxis, Qt::AlignLeft);
    m_tierSpan = new QLineSeries(this);
    c->addSeries(m_tierSpan);
    m_tierSpan->attachAxis(m_costAxis);
    m_tierSpan->attachAxis(m_tierAxis);
    for (QLegendMarker *marker : c->legend()->markers(m_tierSpan))
        marker->setVisible(false);
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this, &CostBreakdownChart::hoverBar);
    // A column on the right: a row at the bottom would truncate the category names.
    c->legend()->setAlignment(Qt::AlignRight);

    retranslate();
    applyTheme();
    showNoResult();
}

void CostBreakdownChart::retranslate()
{
    chart()->setTitle(tr("Cost by category and year"));
    for (std::size_t c = 0; c < m_sets.size(); ++c)
        m_sets[c]->setLabel(categoryName(static_cast<engine::CostCategory>(c)));
}

QBarSet *CostBreakdownChart::categorySet(engine::CostCategory category) const
{
    const auto i = static_cast<std::size_t>(category);
    return i < m_sets.size() ? m_sets[i] : nullptr;
}

QString CostBreakdownChart::categoryName(engine::CostCategory category)
{
    switch (category) {
    case engine::CostCategory::Hardware:
        return tr("Hardware");
    case engine::CostCategory::Power:
        return tr("Power");
    case engine::CostCategory::Colocation:
        return tr("Colocation");
    case engine::CostCategory::Maintenance:
        return tr("Maintenance");
    case engine::CostCategory::Staff:
        return tr("Staff");
    case engine::CostCategory::RefreshReserve:
        return tr("Refresh reserve");
    case engine::CostCategory::CloudReserved:
        return tr("Cloud reserved");
    case engine::CostCategory::CloudOnDemand:
        return tr("Cloud on-demand");
    case engine::CostCategory::CloudSpot:
        return tr("Cloud spot");
    case engine::CostCategory::Storage:
        return tr("Storage");
    case engine::CostCategory::Egress:
        return tr("Egress");
    case engine::CostCategory::ResidualValue:
        return tr("Residual value");
    case engine::CostCategory::Count:
        break;
    }
    return QString::fromLatin1(engine::costCategoryId(category));
}

QColor CostBreakdownChart::categoryColor(engine::CostCategory category)
{
    const auto i = static_cast<std::size_t>(category);
    return i < kCategoryPalette.size() ? QColor(kCategoryPalette[i]) : QColor(Qt::gray);
}

void CostBreakdownChart::showResult(const engine::Result &result, int selectedTier)
{
    remember(result, selectedTier);
    m_currency = QString::fromStdString(result.currency);

    QList<int> tiers;
    std::size_t months = 0;
    for (int i = 0; i < static_cast<int>(result.tiers.size()); ++i) {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(i)];
        if (t.ok && !t.monthly_by_category.empty()) {
            tiers.append(i);
            months = std::max(months, t.monthly_by_category.size());
        }
    }
    const int years = static_cast<int>((months + kMonthsPerYear - 1) / kMonthsPerYear);
    const QStringList tierNames = uniqueNames(result, tiers);

    // Per-year sums of monthly_by_category, top bar first: tier 1 year 1, tier 1 year 2, ...
    struct Bar
    {
        QString name; ///< for tooltips: "Workstation · Year 1"
        QString label; ///< for the axis, on two lines
        std::array<double, engine::kCostCategoryCount> value {};
    };
    QList<Bar> bars;
    for (int k = 0; k < tiers.size(); ++k) {
        const engine::TierResult &t = result.tiers[static_cast<std::size_t>(tiers[k])];
        for (int y = 0; y < years; ++y) {
            Bar bar;
            bar.name = tr("%1 · Year %2").arg(tierNames[k]).arg(y + 1);
            // Category names must be unique: zero-width spaces tell the tiers' "Year 1" apart.
            bar.label = tr("Year %1").arg(y + 1) + QString(k, QChar(0x200B));
            const std::size_t end = std::min(t.monthly_by_category.size(), std::size_t(y + 1) * kMonthsPerYear);
            for (std::size_t m = std::size_t(y) * kMonthsPerYear; m < end; ++m)
                for (std::size_t c = 0; c < bar.value.size(); ++c)
                    bar.value[c] += t.monthly_by_category[m][c];
            bars.append(bar);
        }
    }
    std::reverse(bars.begin(), bars.end()); // the axis counts from the bottom

    std::array<bool, engine::kCostCategoryCount> used {};
    double lo = 0.0;
    double hi = 0.0;
    QStringList names;
    QStringList labels;
    for (const Bar &bar : std::as_const(bars)) {
        names.append(bar.name);
        labels.append(bar.label);
        double positive = 0.0;
        double negative = 0.0;
        for (std::size_t c = 0; c < bar.value.size(); ++c) {
            if (std::abs(bar.value[c]) > 1e-9)
                used[c] = true;
            (bar.value[c] > 0.0 ? positive : negative) += bar.value[c];
        }
        hi = std::max(hi, positive);
        lo = std::min(lo, negative);
    }

    // Show only the categories in use, in their fixed order; the sets themselves are kept.
    QList<QBarSet *> wanted;
    for (std::size_t c = 0; c < m_sets.size(); ++c)
        if (used[c])
            wanted.append(m_sets[c]);
    if (m_series->barSets() != wanted) {
        const QList<QBarSet *> current = m_series->barSets();
        for (QBarSet *set : current)
            m_series->take(set);
        m_series->append(wanted);
    }

    // Plotted in thousands or millions when large, so that the axis labels stay short.
    const double extent = std::max(hi, -lo);
    m_unit = extent >= 1e6 ? 1e6 : extent >= 1e4 ? 1e3 : 1.0;
    const auto n = static_cast<int>(bars.size());
    for (std::size_t c = 0; c < m_sets.size(); ++c) {
        QBarSet *set = m_sets[c];
        if (set->count() > n)
            set->remove(n, set->count() - n);
        while (set->count() < n)
            set->append(0.0);
        for (int b = 0; b < n; ++b)
            if (const double v = bars[b].value[c] / m_unit; set->at(b) != v)
                set->replace(b, v);
    }
    if (m_barAxis->categories() != labels)
        m_barAxis->setCategories(labels);
    // The tier axis spans each tier's group of years (bottom-up, as the bars are).
    QStringList groups;
    for (qsizetype k = tierNames.size() - 1; k >= 0; --k)
        groups.append(tierNames[k]);
    if (m_tierAxis->categoriesLabels() != groups || m_tierAxis->count() == 0) {
        for (const QString &label : m_tierAxis->categoriesLabels())
            m_tierAxis->remove(label);
        for (qsizetype g = 0; g < groups.size(); ++g)
            m_tierAxis->append(groups[g], (g + 1) * years - 0.5);
    }
    m_tierAxis->setStartValue(-0.5);
    m_tierAxis->setRange(-0.5, std::max<qsizetype>(bars.size(), 1) - 0.5);
    m_costAxis->setTitleText(m_unit == 1e6       ? tr("Cost (million %1)").arg(m_currency)
                                 : m_unit == 1e3 ? tr("Cost (thousand %1)").arg(m_currency)
                                                 : tr("Cost (%1)").arg(m_currency));
    setNiceRange(m_costAxis, lo / m_unit, hi / m_unit, 5);
    m_barNames = names;

    if (result.tiers.empty())
        showMessage(tr("No tiers in the scenario"));
    else if (tiers.isEmpty())
        showMessage(tr("No tier could be evaluated: see the issues in the table"));
    else if (wanted.isEmpty())
        showMessage(tr("No costs over the horizon"));
    else
        showMessage(QString());
    applyColors();
}

void CostBreakdownChart::applyColors()
{
    const QColor edge = palette().color(QPalette::Window);
    for (std::size_t c = 0; c < m_sets.size(); ++c) {
        m_sets[c]->setColor(categoryColor(static_cast<engine::CostCategory>(c)));
        m_sets[c]->setBorderColor(edge);
        m_sets[c]->setLabelColor(textColor());
    }
}

void CostBreakdownChart::hoverBar(bool state, int index, QBarSet *set)
{
    if (!state || !set || index < 0 || index >= m_barNames.size()) {
        hideToolTip();
        return;
    }
    double total = 0.0;
    for (QBarSet *s : m_series->barSets())
        total += s->at(index);
    showToolTip(tr("<b>%1</b><br>%2: %3<br>Year total: %4")
                    .arg(m_barNames[index].toHtmlEscaped(), set->label().toHtmlEscaped(),
                         money(set->at(index) * m_unit, m_currency), money(total * m_unit, m_currency)));
}

} // namespace tco::ui
