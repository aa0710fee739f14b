// SPDX-License-Identifier: MIT
#include "dashboard.h"
#include "theme.h"

#include "advisor.h"
#include "charts/batchsweepchart.h"
#include "charts/costbreakdownchart.h"
#include "charts/cumulativetcochart.h"
#include "charts/memorychart.h"
#include "charts/perfchart.h"
#include "charts/scalingchart.h"
#include "charts/apicostchart.h"
#include "core/enginetext.h"
#include "core/scenariocontroller.h"
#include "provenance.h"
#include "report/reportfacts.h"
#include "settings.h"
#include "resulttablemodel.h"
#include "tiereditor.h"
#include "workloadpanel.h"

#include <fmt/format.h>

#include <QCheckBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

Dashboard::Dashboard(app::ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(u"dashboard"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"dashboardSplitter"_s);
    layout->addWidget(split);

    // left: the configurator
    auto *scroll = new QScrollArea(split);
    m_editorScroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editors = new QWidget(scroll);
    auto *editorsLayout = new QVBoxLayout(m_editors);
    editorsLayout->setContentsMargins(0, 0, 6, 0);
    m_workload = new WorkloadPanel(controller, m_editors);
    m_tiers = new TierEditor(controller, m_editors);
    editorsLayout->addWidget(m_workload);
    editorsLayout->addWidget(m_tiers);
    editorsLayout->addStretch(1);
    scroll->setWidget(m_editors);
    scroll->setMinimumWidth(m_editors->sizeHint().width() + 24);
    split->addWidget(scroll);

    // right: the results
    auto *results = new QSplitter(Qt::Vertical, split);
    auto *top = new QWidget(results);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Comparison</b> — the best value in each column is marked; hover a figure for its formula"), top);
    topLayout->addWidget(title);
    m_model = new ResultTableModel(this);
    m_table = new QTableView(top);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(120);
    topLayout->addWidget(m_table, 1);
    m_published = new QCheckBox(tr("Show the figures \"as published\" by the reference deployment guide"), top);
    m_published->setObjectName(u"showPublished"_s);
    connect(m_published, &QCheckBox::toggled, m_model, &ResultTableModel::setShowPublished);
    topLayout->addWidget(m_published);
    results->addWidget(top);

    m_charts = new QTabWidget(results);
    m_charts->setObjectName(u"charts"_s);
    auto addChart = [this](ResultChartView *view, const QString &tabTitle) {
        m_chartViews << view;
        m_charts->addTab(view, tabTitle);
    };
    addChart(new CumulativeTcoChart(m_charts), tr("Cumulative TCO"));
    addChart(new CostBreakdownChart(m_charts), tr("Cost breakdown"));
    addChart(new ThroughputLatencyChart(m_charts), tr("Throughput and latency"));
    m_sweep = new BatchSweepChart(m_charts);
    addChart(m_sweep, tr("Batch sweep"));
    m_memory = new MemoryChart(m_charts);
    addChart(m_memory, tr("Memory"));
    addChart(new ScalingChart(m_charts), tr("Scaling"));
    addChart(new ApiCostChart(m_charts), tr("API alternative"));
    auto *advicePage = new QWidget(m_charts);
    auto *adviceLayout = new QVBoxLayout(advicePage);
    adviceLayout->setContentsMargins(0, 0, 0, 0);
    m_advice = new QListWidget(advicePage);
    m_advice->setObjectName(u"advice"_s);
    m_advice->setWordWrap(true);
    m_advice->setToolTip(tr("Double-click a recommendation with a change to apply it (undo with Ctrl+Z)."));
    adviceLayout->addWidget(m_advice);
    m_applyAdvice = new QPushButton(tr("Apply the selected recommendation"), advicePage);
    m_applyAdvice->setObjectName(u"applyAdvice"_s);
    m_applyAdvice->setEnabled(false);
    adviceLayout->addWidget(m_applyAdvice, 0, Qt::AlignRight);
    m_charts->addTab(advicePage, tr("Advisor"));
    connect(m_advice, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto &advice = m_controller->result().advice;
        m_applyAdvice->setEnabled(row >= 0 && row < int(advice.size()) && !advice[std::size_t(row)].apply_field.empty());
    });
    connect(m_advice, &QListWidget::itemActivated, this, [this] { applyAdvice(m_advice->currentRow()); });
    connect(m_applyAdvice, &QPushButton::clicked, this, [this] { applyAdvice(m_advice->currentRow()); });
    m_problems = new QListWidget(m_charts);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_charts->addTab(m_problems, tr("Problems"));
    results->addWidget(m_charts);
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);
    split->addWidget(results);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);

    connect(m_controller, &app::ScenarioController::resultChanged, this, &Dashboard::showResult);
    connect(m_tiers, &TierEditor::currentTierChanged, this, &Dashboard::showResult);
    connect(m_charts, &QTabWidget::currentChanged, this, &Dashboard::updateVisibleChart);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (const QVariant tier = current.data(ResultTableModel::TierRole); tier.isValid()) // not on an API row
            m_tiers->setCurrentTier(tier.toInt());
    });
    showResult();
}

void Dashboard::reloadCatalog()
{
    m_workload->reloadCatalog();
    m_tiers->reloadCatalog();
}

void Dashboard::setPresentationMode(bool on)
{
    m_editorScroll->setVisible(!on);
    QFont f = font();
    f.setPointSizeF(on ? QFont().pointSizeF() * 1.4 : QFont().pointSizeF());
    m_table->setFont(f);
    m_table->resizeRowsToContents();
}

void Dashboard::updateVisibleChart()
{
    auto *view = qobject_cast<ResultChartView *>(m_charts->currentWidget());
    if (!view || !m_chartsBehind.contains(view))
        return;
    m_chartsBehind.removeAll(view);
    view->showResult(m_controller->result(), m_tiers->currentTier());
}

void Dashboard::applyAdvice(int row)
{
    const std::vector<engine::Advice> &advice = m_controller->result().advice;
    if (row < 0 || row >= int(advice.size()) || advice[std::size_t(row)].apply_field.empty())
        return;
    const engine::Advice a = advice[std::size_t(row)];
    m_controller->edit(tr("Apply: %1").arg(app::translated(a.title_text, a.title)), [a](engine::Scenario &s) { engine::applyAdvice(s, a); });
}

void Dashboard::showResult()
{
    const engine::Result &r = m_controller->result();
    m_model->setResult(m_controller->scenario(), r);
    const engine::Workload &w = m_controller->scenario().workload;
    m_sweep->setSla(w.sla_ttft_ms, w.sla_tpot_ms);
    QList<double> vram;
    for (const engine::TierResult &t : r.tiers)
        vram << t.gpu_vram_gib;
    m_memory->setVramGib(vram);
    // Only the chart on screen is redrawn now (Qt Charts lays out every axis label as rich text,
    // which is most of an edit's cost); the others catch up when their tab is shown.
    m_chartsBehind = m_chartViews;
    updateVisibleChart();

    m_problems->clear();
    int problemCount = 0;
    for (const QString &issue : app::translatedIssues(r)) {
        m_problems->addItem(issue);
        ++problemCount;
    }
    FieldIssues fieldIssues; // the same problems, for the fields they name
    for (int ti = 0; ti < int(r.tiers.size()); ++ti) {
        const engine::TierResult &t = r.tiers[std::size_t(ti)];
        for (const engine::TierIssue &i : t.issues) {
            const QString message = app::translated(i.text, i.message);
            fieldIssues.append({ti, i.field, i.severity, message});
            auto *item = new QListWidgetItem(u"%1 — %2: %3"_s.arg(qs(t.name), qs(i.field), message), m_problems);
            switch (i.severity) {
            case engine::TierIssue::Severity::Error:
                item->setIcon(themedIcon(u"dialog-error"_s));
                item->setForeground(QColor(200, 40, 40));
                ++problemCount;
                break;
            case engine::TierIssue::Severity::Warning:
                item->setIcon(themedIcon(u"dialog-warning"_s));
                ++problemCount;
                break;
            case engine::TierIssue::Severity::Info:
                item->setIcon(themedIcon(u"dialog-information"_s));
                break;
            }
        }
    }
    // Prices the result rests on that are older than the catalog view's stale mark.
    const engine::Scenario &scenario = m_controller->scenario();
    const int staleMonths = settings::staleAfterMonths.value();
    const QDate today = QDate::currentDate();
    for (const report::PriceUse &p : report::pricesUsed(scenario, r, m_controller->catalog())) {
        const bool price = p.kind == report::PriceUse::Kind::Gpu || p.kind == report::PriceUse::Kind::Part
                        || p.kind == report::PriceUse::Kind::CloudPrice || p.kind == report::PriceUse::Kind::Electricity
                        || p.kind == report::PriceUse::Kind::ExchangeRate;
        if (!price || !db::isStale(qs(p.provenance.as_of), today, staleMonths))
            continue;
        const QString what = qs(p.name.empty() ? p.id : p.name);
        const QString fieldMessage = tr("stale price: %1 is as of %2, more than %n month(s) ago", nullptr, staleMonths)
                                         .arg(what, qs(p.provenance.as_of));
        QStringList where;
        for (int t : p.tiers) {
            if (t < 0 || t >= int(r.tiers.size()))
                continue;
            where << qs(r.tiers[std::size_t(t)].name);
            const std::string tier = fmt::format("tiers[{}]", t);
            std::string field;
            switch (p.kind) {
            case report::PriceUse::Kind::Gpu: field = tier + ".onprem.gpu"; break;
            case report::PriceUse::Kind::Part: field = tier + ".onprem.node_parts"; break;
            case report::PriceUse::Kind::CloudPrice:
                if (t < int(scenario.tiers.size()))
                    field = tier + (scenario.tiers[std::size_t(t)].cloud.hot_instance == p.id ? ".cloud.hot_instance" : ".cloud.cold_instance");
                break;
            default: field = tier; break;
            }
            fieldIssues.append({t, field, engine::TierIssue::Severity::Warning, fieldMessage, true});
        }
        if (p.kind == report::PriceUse::Kind::Electricity)
            fieldIssues.append({-1, "financials.electricity_price_per_kwh", engine::TierIssue::Severity::Warning, fieldMessage, true});
        else if (p.kind == report::PriceUse::Kind::ExchangeRate)
            fieldIssues.append({-1, "financials.currency", engine::TierIssue::Severity::Warning, fieldMessage, true});
        auto *item = new QListWidgetItem(
            tr("%1 — stale price: %2 is as of %3, more than %n month(s) ago (source: %4)", nullptr, staleMonths)
                .arg(where.isEmpty() ? tr("Scenario") : where.join(u", "_s), what, qs(p.provenance.as_of),
                     qs(p.provenance.source).left(120)),
            m_problems);
        item->setIcon(themedIcon(u"dialog-warning"_s));
        item->setData(Qt::UserRole, u"stale-price"_s);
        ++problemCount;
    }
    QStringList tierNames;
    for (const engine::TierResult &t : r.tiers)
        tierNames << qs(t.name);
    m_model->setFieldIssues(fieldIssues);
    m_tiers->showIssues(fieldIssues);
    m_workload->showIssues(fieldIssues, tierNames);
    // only on a change: a new tab text re-lays out the window
    const QString problemsTitle = problemCount ? tr("Problems (%1)").arg(problemCount) : tr("Problems");
    const int problemsTab = m_charts->indexOf(m_problems);
    if (m_charts->tabText(problemsTab) != problemsTitle)
        m_charts->setTabText(problemsTab, problemsTitle);

    m_advice->clear();
    for (const engine::Advice &a : r.advice) {
        auto *item = new QListWidgetItem(m_advice);
        const QString saving = a.saving > 0 ? tr(" — saves %1 %2").arg(QLocale().toString(a.saving, 'f', 0), qs(r.currency)) : QString();
        const QString where = a.tier >= 0 && a.tier < int(r.tiers.size()) ? qs(r.tiers[std::size_t(a.tier)].name) + u": "_s : QString();
        item->setText(where + app::translated(a.title_text, a.title) + saving + u"\n"_s + app::translated(a.detail_text, a.detail));
        item->setData(Qt::UserRole, qs(a.id));
        if (!a.apply_field.empty())
            item->setIcon(themedIcon(u"go-next"_s));
    }
    m_applyAdvice->setEnabled(false);
    if (r.advice.empty())
        m_advice->addItem(tr("No recommendations for this scenario."));
}

} // namespace tco::ui
