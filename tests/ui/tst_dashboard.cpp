// SPDX-License-Identifier: MIT
// The dashboard driven through its real widgets, offscreen.
#include "core/appsetup.h"
#include "core/language.h"
#include "core/scenariocontroller.h"
#include "core/scenariofile.h"
#include "dashboard.h"
#include "fieldissues.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "resulttablemodel.h"
#include "tiereditor.h"
#include "workloadpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHash>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace tco;

namespace {
/** Answers the next message box with @p button. */
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                box->button(button)->click();
                return;
            }
    });
}

/**
 * While alive, polls for a visible modal dialog of type D (a message box, an input dialog) and
 * hands it to @p answer, which records what it shows and closes it.
 */
template<typename D> class DialogAnswerer
{
public:
    explicit DialogAnswerer(std::function<void(D *)> answer)
    {
        m_poll.setInterval(10);
        QObject::connect(&m_poll, &QTimer::timeout, [this, answer] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<D *>(w); d && d->isVisible() && !m_seen.contains(d)) {
                    m_seen.append(d);
                    ++count;
                    answer(d);
                    return;
                }
        });
        m_poll.start();
    }
    int count = 0;

private:
    QTimer m_poll;
    QList<QObject *> m_seen;
};

/** Counts the paint events a widget receives. */
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

/** Lets the event loop deliver the edit's updates and the paints they post. */
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

double cell(const ui::ResultTableModel *m, int row, int column)
{
    return m->figure(m->index(row, 0).data(ui::ResultTableModel::TierRole).toInt(), column).value_or(-1.0);
}
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        app::setApplicationIdentity(QStringLiteral("tco-planner-dashboard-test"));
        QVERIFY(m_dir.isValid());
        QFile::remove(ui::MainWindow::autosavePath());
        m_window = std::make_unique<ui::MainWindow>(m_dir.filePath(QStringLiteral("c.sqlite")));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->controller()->flush();
    }
    void cleanupTestCase()
    {
        m_window->controller()->undoStack()->setClean();
        m_window.reset();
    }

    void defaultScenarioShowsThreeTiers()
    {
        ui::ResultTableModel *m = m_window->dashboard()->tableModel();
        QCOMPARE(m->rowCount(), 3);
        // the engine's recommendation is marked in the window, as in the PDF and the CSV
        QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("★ Workstation (RTX 4090)"));
        QVERIFY(m->index(0, 0).data(ui::ResultTableModel::RecommendedRole).toBool());
        QCOMPARE(m_window->controller()->result().recommendation.tier, 0);
        QVERIFY(!m->index(1, 0).data(ui::ResultTableModel::RecommendedRole).toBool());
        QVERIFY(m->index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Recommended: ")));
        // the workstation has figures, and the best TCO is marked
        QVERIFY(cell(m, 0, ui::ResultTableModel::TcoColumn) > 0);
        bool anyBest = false;
        for (int r = 0; r < m->rowCount(); ++r)
            anyBest
                = anyBest || m->index(r, ui::ResultTableModel::TcoColumn).data(ui::ResultTableModel::BestRole).toBool();
        QVERIFY(anyBest);
        QVERIFY(!m->index(0, ui::ResultTableModel::CostPerMillionColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }

    // Issue 13, the API alternative: a reference row after the tiers, never "best", not a tier.
    void apiReferenceRow()
    {
        engine::Scenario scenario;
        scenario.workload.cache_hit_share = 0.3;
        engine::Result r;
        r.currency = "CNY";
        r.horizon_months = 36;
        engine::TierResult t;
        t.name = "Tier";
        t.ok = true;
        t.tco_total = 36000.0; // 1,000 a month
        t.cost_per_million_tokens = 50.0;
        t.served_share = 1.0; // serves the demand within the SLA: eligible for the best marks
        r.tiers = { t };
        r.recommendation = engine::recommend(scenario, r);
        engine::ApiAlternative a;
        a.price.provider = "DeepSeek";
        a.price.api_model = "deepseek-chat";
        a.price.currency = "CNY";
        a.price.input_cache_miss_per_million = 2.0;
        a.price.output_per_million = 3.0;
        a.price.provenance = { "DeepSeek API docs", "2025-09-29" };
        a.monthly_cost = 250.0; // below the tier's 1,000: cheaper, and still never "best"
        a.cost_per_million_output = 4.5;
        a.output_tokens_per_month = 100e6;
        a.break_even_tokens_per_month = { 400e6 };
        r.api = { a };
        ui::ResultTableModel m;
        m.setResult(scenario, r);
        QCOMPARE(m.rowCount(), 2);
        const QString name = m.index(1, ui::ResultTableModel::TierColumn).data().toString();
        QVERIFY2(name.startsWith(QStringLiteral("API reference: DeepSeek, 250 CNY/month (deepseek-chat)")),
                 qPrintable(name));
        // 250 a month x 36 months = 9,000 CNY over the horizon; 4.50 CNY per million output tokens
        QCOMPARE(m.index(1, ui::ResultTableModel::TcoColumn).data().toString(),
                 QLocale().toString(9000.0, 'f', 0) + QStringLiteral(" CNY"));
        QCOMPARE(m.index(1, ui::ResultTableModel::CostPerMillionColumn).data().toString(),
                 QLocale().toString(4.5, 'f', 2) + QStringLiteral(" CNY"));
        for (int c = 0; c < ui::ResultTableModel::ColumnCount; ++c)
            QVERIFY(!m.index(1, c).data(ui::ResultTableModel::BestRole).toBool());
        QVERIFY(!m.index(1, 0).data(ui::ResultTableModel::TierRole).isValid());
        QCOMPARE(m.index(1, 0).data(ui::ResultTableModel::ApiRole).toInt(), 0);
        const QString tip = m.index(1, ui::ResultTableModel::TcoColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("2025-09-29")) && tip.contains(QStringLiteral("Break-even with Tier")),
                 qPrintable(tip));
        // the tier keeps the best marks
        QVERIFY(m.index(0, ui::ResultTableModel::TcoColumn).data(ui::ResultTableModel::BestRole).toBool());
    }

    void cacheHitShareIsOneUndoableEdit()
    {
        auto *box = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("cacheHitShare"));
        QVERIFY(box);
        const int before = m_window->controller()->undoStack()->count();
        box->setValue(30);
        QCOMPARE(m_window->controller()->scenario().workload.cache_hit_share, 0.3);
        QCOMPARE(m_window->controller()->undoStack()->count(), before + 1);
        m_window->controller()->undoStack()->undo();
        QCOMPARE(m_window->controller()->scenario().workload.cache_hit_share, 0.0);
        QCOMPARE(box->value(), 0.0);
    }

    // Issue 13.2 and 13.9: the hardware view and the refresh reserve are the user's choice, one
    // undoable edit each, and the tooltip says which view is used.
    void hardwareViewAndRefreshReserveAreUndoableChoices()
    {
        auto *dashboard = m_window->dashboard();
        auto *view = dashboard->findChild<QComboBox *>(QStringLiteral("capexView"));
        auto *inTco = dashboard->findChild<QCheckBox *>(QStringLiteral("refreshInTco"));
        QVERIFY(view && inTco);
        ui::ResultTableModel *m = dashboard->tableModel();
        const engine::Financials &f = m_window->controller()->scenario().financials;
        QVERIFY(!f.refresh_reserve_in_tco);
        QCOMPARE(view->currentIndex(), f.capex_treatment == engine::CapexTreatment::Depreciation ? 1 : 0);
        const double tcoBefore = cell(m, 0, ui::ResultTableModel::TcoColumn);
        const engine::TierResult before = m_window->controller()->result().tiers[0];
        QVERIFY(before.refresh_reserve > 0); // the default scenario sets the guide's 20% a year

        inTco->click();
        m_window->controller()->flush();
        QVERIFY(m_window->controller()->scenario().financials.refresh_reserve_in_tco);
        // the reserve moves into the TCO: the new TCO is the old one plus the reserve (to the cent shown)
        QVERIFY(
            std::abs(m_window->controller()->result().tiers[0].tco_total - (before.tco_total + before.refresh_reserve))
            < 1e-6);
        QVERIFY(cell(m, 0, ui::ResultTableModel::TcoColumn) > tcoBefore);
        m_window->controller()->undoStack()->undo();
        m_window->controller()->flush();
        QVERIFY(!inTco->isChecked());
        QCOMPARE(cell(m, 0, ui::ResultTableModel::TcoColumn), tcoBefore);

        const int other = 1 - view->currentIndex();
        view->setCurrentIndex(other);
        Q_EMIT view->activated(other);
        m_window->controller()->flush();
        const bool accrual
            = m_window->controller()->scenario().financials.capex_treatment == engine::CapexTreatment::Depreciation;
        QCOMPARE(accrual, other == 1);
        const QString tip = m->index(0, ui::ResultTableModel::TcoColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(accrual ? QStringLiteral("Accrual view") : QStringLiteral("Cash view")), qPrintable(tip));
        m_window->controller()->undoStack()->undo();
        m_window->controller()->flush();
        QCOMPARE(view->currentIndex(), 1 - other);
    }

    // Issue 14: the SLA percentile is one undoable choice in the Workload box.
    void slaPercentileIsAnUndoableChoice()
    {
        auto *combo = m_window->dashboard()->findChild<QComboBox *>(QStringLiteral("slaPercentile"));
        QVERIFY(combo);
        QCOMPARE(m_window->controller()->scenario().workload.sla_percentile, engine::SlaPercentile::Mean);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("mean"));
        const int before = m_window->controller()->undoStack()->index();
        const int p99 = combo->findData(QStringLiteral("p99"));
        QVERIFY(p99 >= 0);
        combo->setCurrentIndex(p99);
        Q_EMIT combo->activated(p99);
        m_window->controller()->flush();
        QCOMPARE(m_window->controller()->scenario().workload.sla_percentile, engine::SlaPercentile::P99);
        QCOMPARE(m_window->controller()->undoStack()->index(), before + 1); // one undoable edit
        // the throughput tooltip's "TTFT ≤ SLA" says which statistic it holds, with its figures
        ui::ResultTableModel *m = m_window->dashboard()->tableModel();
        const engine::TierResult &t = m_window->controller()->result().tiers[0];
        const QString tip = m->index(0, ui::ResultTableModel::ThroughputColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("The SLA holds to the p99: TTFT %1 ms")
                                  .arg(QLocale().toString(t.perf.ttft_ms_p99, 'f', 1))),
                 qPrintable(tip));
        m_window->controller()->undoStack()->undo();
        m_window->controller()->flush();
        QCOMPARE(m_window->controller()->scenario().workload.sla_percentile, engine::SlaPercentile::Mean);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("mean"));
        const QString meanTip = m->index(0, ui::ResultTableModel::ThroughputColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(!meanTip.contains(QStringLiteral("holds to")), qPrintable(meanTip));
    }

    // Issue 13.6: the market is one undoable choice in the Money panel; the default is China.
    void marketIsAnUndoableChoice()
    {
        auto *market = m_window->dashboard()->findChild<QComboBox *>(QStringLiteral("market"));
        QVERIFY(market);
        QCOMPARE(m_window->controller()->scenario().market, std::string("cn"));
        QCOMPARE(market->currentData().toString(), QStringLiteral("cn"));
        const double staffBefore
            = m_window->controller()->result().tiers[0].breakdown[std::size_t(engine::CostCategory::Staff)];
        const int none = market->findData(QString());
        QVERIFY(none >= 0);
        market->setCurrentIndex(none);
        Q_EMIT market->activated(none);
        m_window->controller()->flush();
        QCOMPARE(m_window->controller()->scenario().market, std::string());
        // without a market the staff cost left at 0 is 0: the China staff cost came from the market
        QCOMPARE(m_window->controller()->result().tiers[0].breakdown[std::size_t(engine::CostCategory::Staff)], 0.0);
        QVERIFY(staffBefore > 0.0);
        m_window->controller()->undoStack()->undo();
        m_window->controller()->flush();
        QCOMPARE(m_window->controller()->scenario().market, std::string("cn"));
        QCOMPARE(market->currentData().toString(), QStringLiteral("cn"));
    }

    void changingTheNodeCountUpdatesTheTableAndUndoRestoresIt()
    {
        ui::TierEditor *editor = m_window->dashboard()->tierEditor();
        editor->setCurrentTier(2); // the H100 cluster
        auto *nodes = editor->findChild<QSpinBox *>(QStringLiteral("nodes"));
        QVERIFY(nodes);
        QCOMPARE(nodes->value(), 1);
        ui::ResultTableModel *m = m_window->dashboard()->tableModel();
        const double capexBefore = cell(m, 2, ui::ResultTableModel::HardwareCostColumn);
        const double throughputBefore = cell(m, 2, ui::ResultTableModel::ThroughputColumn);
        QVERIFY(capexBefore > 0);
        const int evaluations = m_window->controller()->evaluationCount();

        nodes->setFocus();
        nodes->selectAll();
        QTest::keyClicks(nodes, QStringLiteral("2"));
        QTest::keyClick(nodes, Qt::Key_Enter);
        m_window->controller()->flush();
        QCOMPARE(m_window->controller()->scenario().tiers[2].onprem.nodes, 2);
        QVERIFY(m_window->controller()->evaluationCount() > evaluations);
        QVERIFY(cell(m, 2, ui::ResultTableModel::HardwareCostColumn) > capexBefore);
        QVERIFY(cell(m, 2, ui::ResultTableModel::ThroughputColumn) > throughputBefore);
        QVERIFY(m_window->isWindowModified());

        m_window->controller()->undoStack()->undo();
        m_window->controller()->flush();
        QCOMPARE(nodes->value(), 1);
        QCOMPARE(cell(m, 2, ui::ResultTableModel::HardwareCostColumn), capexBefore);
        QVERIFY(!m_window->isWindowModified());
        m_window->controller()->undoStack()->redo();
        m_window->controller()->flush();
        QCOMPARE(nodes->value(), 2);
        m_window->controller()->undoStack()->undo();
    }

    void anEditRepaintsWhatChangedAndNothingElse()
    {
        // The node count of the cluster changes its figures, not the workload fields or the tab
        // titles: those must not be rewritten (each rewrite repaints, and edits must stay fast).
        ui::Dashboard *dashboard = m_window->dashboard();
        dashboard->tierEditor()->setCurrentTier(0);
        settle();
        auto *peak = dashboard->findChild<QDoubleSpinBox *>(QStringLiteral("peakRate"));
        auto *inputLength = dashboard->findChild<QSpinBox *>(QStringLiteral("inputLen"));
        QVERIFY(peak && inputLength);
        PaintCounter peakPaints(peak);
        PaintCounter inputPaints(inputLength);
        PaintCounter tabPaints(dashboard->charts()->tabBar());
        PaintCounter tablePaints(dashboard->table()->viewport());
        app::ScenarioController *c = m_window->controller();
        const int nodes = c->scenario().tiers[2].onprem.nodes;
        c->edit(QStringLiteral("nodes"), [nodes](engine::Scenario &s) { s.tiers[2].onprem.nodes = nodes + 1; });
        c->flush();
        settle();
        QVERIFY(tablePaints.paints > 0); // the figures changed, and the counters see paints
        QCOMPARE(peakPaints.paints, 0);
        QCOMPARE(inputPaints.paints, 0);
        QCOMPARE(tabPaints.paints, 0);

        // an edit of the peak demand does repaint its field (after an undo, say)
        c->undoStack()->undo();
        c->edit(QStringLiteral("peak"), [](engine::Scenario &s) { s.workload.peak_requests_per_s *= 2.0; });
        c->flush();
        settle();
        QVERIFY(peakPaints.paints > 0);
        QCOMPARE(peak->value(), c->scenario().workload.peak_requests_per_s);
        c->undoStack()->undo();
        c->flush();
        settle();
        QCOMPARE(peak->value(), c->scenario().workload.peak_requests_per_s);
    }

    void saveAndOpenRoundTrip()
    {
        m_window->controller()->edit(QStringLiteral("test edit"),
                                     [](engine::Scenario &s) { s.workload.output_len = 333; });
        const QString path = m_dir.filePath(QStringLiteral("round.tcoplan"));
        QVERIFY(m_window->saveScenarioAs(path));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("round.tcoplan")));
        m_window->controller()->edit(QStringLiteral("another"),
                                     [](engine::Scenario &s) { s.workload.output_len = 77; });
        QVERIFY(m_window->openScenario(path));
        QCOMPARE(m_window->controller()->scenario().workload.output_len, 333);
        QVERIFY(!m_window->isWindowModified());
    }

    void unsavedChangesPrompt()
    {
        m_window->controller()->edit(QStringLiteral("edit"), [](engine::Scenario &s) { s.workload.input_len = 1000; });
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!m_window->maybeSaveScenario());
        QCOMPARE(m_window->controller()->scenario().workload.input_len, 1000);
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(m_window->maybeSaveScenario());
        m_window->controller()->undoStack()->undo();
    }

    void openingABadFileExplainsAndKeepsTheScenario()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.tcoplan"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"tco-planner-scenario\", \"version\": 99}");
        f.close();
        const int outputLen = m_window->controller()->scenario().workload.output_len;
        answerNextMessageBox(QMessageBox::Ok);
        QVERIFY(!m_window->openScenario(path));
        QCOMPARE(m_window->controller()->scenario().workload.output_len, outputLen);
    }

    void draggingTheProfileIsOneUndoableEdit()
    {
        auto *editor = m_window->dashboard()->findChild<ui::ProfileEditor *>(QStringLiteral("profileEditor"));
        QVERIFY(editor);
        const auto before = m_window->controller()->scenario().workload.hourly_profile;
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // drag across the first hours at the bottom: those hours drop to 0
        const int barWidth = editor->width() / 24;
        const int bottom = editor->height() - editor->fontMetrics().height() - 3;
        QTest::mousePress(editor, Qt::LeftButton, {}, QPoint(barWidth / 2, bottom));
        QMouseEvent move(QEvent::MouseMove, QPointF(barWidth * 2.5, bottom),
                         editor->mapToGlobal(QPointF(barWidth * 2.5, bottom)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(editor, &move);
        QTest::mouseRelease(editor, Qt::LeftButton, {}, QPoint(barWidth * 2 + barWidth / 2, bottom));
        const auto after = m_window->controller()->scenario().workload.hourly_profile;
        QCOMPARE(after[0], 0.0);
        QCOMPARE(after[2], 0.0);
        QCOMPARE(after[12], before[12]);
        m_window->controller()->undoStack()->undo();
        QCOMPARE(m_window->controller()->scenario().workload.hourly_profile, before);
    }

    void partsAreEditedInTheTierEditor()
    {
        ui::TierEditor *editor = m_window->dashboard()->tierEditor();
        editor->setCurrentTier(0); // the workstation
        auto *table = editor->findChild<QTableWidget *>(QStringLiteral("parts"));
        QVERIFY(table);
        const auto before = m_window->controller()->scenario().tiers[0].onprem.node_parts;
        QCOMPARE(table->rowCount(), int(before.size()));
        const double capexBefore
            = (m_window->controller()->flush(), m_window->controller()->result().tiers[0].hardware_cost);
        auto *add = editor->findChild<QToolButton *>(QStringLiteral("addPart"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_window->controller()->scenario().tiers[0].onprem.node_parts.size(), before.size() + 1);
        auto *qty = qobject_cast<QDoubleSpinBox *>(table->cellWidget(table->rowCount() - 1, 1));
        QVERIFY(qty);
        qty->setValue(2.0);
        QCOMPARE(m_window->controller()->scenario().tiers[0].onprem.node_parts.back().quantity, 2.0);
        m_window->controller()->flush();
        QVERIFY(m_window->controller()->result().tiers[0].hardware_cost >= capexBefore);
        m_window->controller()->undoStack()->undo();
        m_window->controller()->undoStack()->undo();
        QCOMPARE(m_window->controller()->scenario().tiers[0].onprem.node_parts.size(), before.size());
        QCOMPARE(table->rowCount(), int(before.size()));
    }

    void stalePricesAreListedAsProblems()
    {
        // the default scenario's RTX 4090 price is the China street price of 2025-10 (market cn; the
        // catalog's own is the 2022 launch price): older than the 12-month mark
        m_window->controller()->flush();
        QListWidget *problems = m_window->dashboard()->problems();
        bool found = false;
        for (int i = 0; i < problems->count(); ++i)
            if (problems->item(i)->data(Qt::UserRole).toString() == QStringLiteral("stale-price")
                && problems->item(i)->text().contains(QStringLiteral("GeForce RTX 4090")))
                found = true;
        QVERIFY(found);
        // ...and on the field that uses it: the workstation's GPU, with the date in its tooltip
        ui::TierEditor *editor = m_window->dashboard()->tierEditor();
        editor->setCurrentTier(0);
        auto *gpu = editor->findChild<QComboBox *>(QStringLiteral("gpu"));
        QVERIFY(gpu);
        QCOMPARE(ui::fieldMark(gpu), QStringLiteral("warning"));
        QVERIFY(gpu->toolTip().contains(QStringLiteral("stale price: NVIDIA GeForce RTX 4090 is as of 2025-10")));
        auto *issues = editor->findChild<ui::IssueList *>(QStringLiteral("tierIssues"));
        QVERIFY(issues && !issues->isHidden());
        QVERIFY(issues->text().contains(QStringLiteral("older than the stale mark")));
        // a field whose value is current carries no mark
        QCOMPARE(ui::fieldMark(editor->findChild<QSpinBox *>(QStringLiteral("nodes"))), QString());
    }

    void problemsAreListedInline()
    {
        m_window->controller()->edit(QStringLiteral("bad gpu"),
                                     [](engine::Scenario &s) { s.tiers[0].onprem.gpu = "no-such-gpu"; });
        m_window->controller()->flush();
        QListWidget *problems = m_window->dashboard()->problems();
        bool found = false;
        for (int i = 0; i < problems->count(); ++i)
            found = found || problems->item(i)->text().contains(QStringLiteral("unknown GPU \"no-such-gpu\""));
        QVERIFY(found);
        QCOMPARE(m_window->dashboard()->tableModel()->index(0, ui::ResultTableModel::TcoColumn).data().toString(),
                 QStringLiteral("—"));
        m_window->controller()->undoStack()->undo();
    }

    void problemsShowWhereTheyArise()
    {
        // DeepSeek-LLM-67B in BF16 fits neither the RTX 4090 nor the A10G: the workstation and the
        // hybrid cloud have no figures, and the cluster has no index against the workstation
        app::ScenarioController *c = m_window->controller();
        ui::Dashboard *dashboard = m_window->dashboard();
        ui::TierEditor *editor = dashboard->tierEditor();
        editor->setCurrentTier(0);
        c->edit(QStringLiteral("model"), [](engine::Scenario &s) { s.workload.model = "deepseek-llm-67b"; });
        c->flush();

        auto *gpu = editor->findChild<QComboBox *>(QStringLiteral("gpu"));
        auto *issues = editor->findChild<ui::IssueList *>(QStringLiteral("tierIssues"));
        QVERIFY(gpu && issues);
        QCOMPARE(ui::fieldMark(gpu), QStringLiteral("error"));
        QVERIFY(gpu->toolTip().contains(QStringLiteral("does not fit: weights")));
        QVERIFY(!issues->isHidden());
        QVERIFY(issues->text().contains(QStringLiteral("Error: does not fit")));

        // in the table: the reason in the row, an icon, and no index where there is no baseline
        ui::ResultTableModel *m = dashboard->tableModel();
        QVERIFY(m->index(0, 0).data().toString().contains(QStringLiteral("does not fit")));
        QVERIFY(!m->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(m->index(0, ui::ResultTableModel::ThroughputColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("No figures for this tier")));
        QCOMPARE(m->index(2, ui::ResultTableModel::IndexColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(m->index(2, ui::ResultTableModel::IndexColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("baseline tier")));
        QVERIFY(m->index(2, ui::ResultTableModel::TcoColumn).data().toString() != QStringLiteral("—"));

        // selecting the cloud tier marks its hot instance instead
        editor->setCurrentTier(1);
        auto *hot = editor->findChild<QComboBox *>(QStringLiteral("hotInstance"));
        QVERIFY(hot);
        QCOMPARE(ui::fieldMark(hot), QStringLiteral("error"));

        // undo: the marks go, the fields' own tooltips come back
        c->undoStack()->undo();
        c->flush();
        QVERIFY(ui::fieldMark(hot) != QStringLiteral("error")); // a note on the A10G's missing tensor rate may stay
        QVERIFY(!hot->toolTip().contains(QStringLiteral("does not fit")));
        editor->setCurrentTier(0);
        QCOMPARE(ui::fieldMark(gpu), QStringLiteral("warning")); // the stale RTX 4090 price stays
        QVERIFY(!issues->text().contains(QStringLiteral("does not fit")));
        QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("★ Workstation (RTX 4090)"));
    }

    void anSlaMissMarksTheSlaField()
    {
        // a TPOT SLA no tier meets even one request at a time: the SLA field says so
        app::ScenarioController *c = m_window->controller();
        c->edit(QStringLiteral("sla"), [](engine::Scenario &s) { s.workload.sla_tpot_ms = 1.0; });
        c->flush();
        auto *tpot = m_window->dashboard()->findChild<QDoubleSpinBox *>(QStringLiteral("slaTpot"));
        QVERIFY(tpot);
        QCOMPARE(ui::fieldMark(tpot), QStringLiteral("warning"));
        QVERIFY(tpot->toolTip().contains(QStringLiteral("misses the SLA")));
        QVERIFY(tpot->toolTip().contains(QStringLiteral("Workstation (RTX 4090): ")));
        c->undoStack()->undo();
        c->flush();
        QCOMPARE(ui::fieldMark(tpot), QString());
    }

    void applyingAdviceIsUndoable()
    {
        const auto &advice = m_window->controller()->result().advice;
        const auto it = std::find_if(advice.begin(), advice.end(),
                                     [](const engine::Advice &a) { return a.id == "reserved-vs-on-demand"; });
        QVERIFY(it != advice.end());
        const int row = int(it - advice.begin());
        const engine::PurchaseOption before = m_window->controller()->scenario().tiers[1].cloud.hot_option;
        const double saving = it->saving;
        const double tcoBefore = m_window->controller()->result().tiers[1].tco_total;
        m_window->dashboard()->advice()->setCurrentRow(row);
        m_window->dashboard()->applyAdvice(row);
        m_window->controller()->flush();
        QVERIFY(m_window->controller()->scenario().tiers[1].cloud.hot_option != before);
        QVERIFY(qFuzzyCompare(m_window->controller()->result().tiers[1].tco_total, tcoBefore - saving));
        m_window->controller()->undoStack()->undo();
        m_window->controller()->flush();
        QCOMPARE(m_window->controller()->scenario().tiers[1].cloud.hot_option, before);
    }

    void exportsWriteReportAndTables()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        report::PdfReportOptions options;
        options.company = QStringLiteral("Example Co.");
        QString error;
        QVERIFY2(m_window->exportPdf(pdf, options, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(5);
        QCOMPARE(head, QByteArray("%PDF-"));
        QVERIFY(f.size() > 20000);
        const QString csv = m_dir.filePath(QStringLiteral("tables.csv"));
        QVERIFY2(m_window->exportCsv(csv, &error), qPrintable(error));
        for (const char *name : { "tables.csv", "tables-timeline.csv", "tables-breakdown.csv" })
            QVERIFY2(QFile::exists(m_dir.filePath(QLatin1StringView(name))), name);
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExportPdf")));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionPrintPreview")));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExportDeployment")));
    }

    void presentationModeShowsOnlyTheResults()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPresentation"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F11));
        const QFont before = m_window->dashboard()->table()->font();
        action->trigger();
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(!m_window->dashboard()->workloadPanel()->isVisible());
        QVERIFY(m_window->dashboard()->table()->isVisible());
        QVERIFY(m_window->dashboard()->table()->font().pointSizeF() > before.pointSizeF());
        action->trigger();
        QVERIFY(m_window->menuBar()->isVisible());
        QVERIFY(m_window->dashboard()->workloadPanel()->isVisible());
        QCOMPARE(m_window->dashboard()->table()->font().pointSizeF(), before.pointSizeF());
    }

    void switchingTheLanguageTranslatesTheWindow()
    {
        const QString fileEn = m_window->menuBar()->actions().constFirst()->text();
        QCOMPARE(fileEn, QStringLiteral("&File"));
        const int evaluations = m_window->controller()->evaluationCount();
        QVERIFY(m_window->switchLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(app::currentLanguage(), QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // Qt posts LanguageChange to the windows
        const QString fileZh = m_window->menuBar()->actions().constFirst()->text();
        QVERIFY2(fileZh.contains(QStringLiteral("文件")), qPrintable(fileZh));
        // the rebuilt dashboard shows the same result, with translated headers
        QCOMPARE(m_window->dashboard()->tableModel()->rowCount(), 3);
        const QString header = m_window->dashboard()->tableModel()->headerData(0, Qt::Horizontal).toString();
        QVERIFY2(header != QStringLiteral("Tier"), qPrintable(header));
        QCOMPARE(m_window->controller()->evaluationCount(), evaluations); // nothing re-evaluated
        // the engine's problems and advice are translated too, with the engine's figures in them
        auto listText = [](QListWidget *list) {
            QStringList lines;
            for (int i = 0; i < list->count(); ++i)
                lines << list->item(i)->text();
            return lines.join(u'\n');
        };
        const QString problemsZh = listText(m_window->dashboard()->problems());
        // the default scenario opens on notes only (issue 13: every part has a price); the
        // cluster's note on the rest of the node's power is translated with its figure
        QVERIFY2(problemsZh.contains(QStringLiteral("没有部件列出功耗")), qPrintable(problemsZh));
        QVERIFY2(!problemsZh.contains(QStringLiteral("no part lists its power")), qPrintable(problemsZh));
        const QString adviceZh = listText(m_window->dashboard()->findChild<QListWidget *>(QStringLiteral("advice")));
        QVERIFY2(adviceZh.contains(QStringLiteral("能效最高")), qPrintable(adviceZh));
        QVERIFY(m_window->switchLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
        QCOMPARE(m_window->dashboard()->tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Tier"));
    }

    // File > Export > deployment: files already in the folder are replaced only after the user
    // confirms, in a box listing them; on Cancel nothing is written.
    void deploymentExportAsksBeforeReplacingFiles_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("cancel") << false;
        QTest::newRow("replace") << true;
    }
    void deploymentExportAsksBeforeReplacingFiles()
    {
        QFETCH(bool, replace);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_window->dashboard()->tierEditor()->setCurrentTier(0);
        {
            DialogAnswerer<QMessageBox> none([](QMessageBox *box) { box->reject(); });
            QVERIFY(m_window->exportDeploymentTo(dir.path())); // an empty folder: no question
            QCOMPARE(none.count, 0);
        }
        const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        QHash<QString, QByteArray> fresh;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadWrite));
            fresh[name] = f.readAll();
            f.resize(0);
            f.write("old");
        }
        QString shown;
        DialogAnswerer<QMessageBox> answer([&](QMessageBox *box) {
            shown = box->text() + u'\n' + box->informativeText();
            auto *button = box->findChild<QPushButton *>(QStringLiteral("replaceDeploymentFilesButton"));
            if (replace && button)
                button->click();
            else
                box->reject();
        });
        QCOMPARE(m_window->exportDeploymentTo(dir.path()), replace);
        QCOMPARE(answer.count, 1);
        for (const QString &name : files) {
            QVERIFY2(shown.contains(name), qPrintable(shown));
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), replace ? fresh[name] : QByteArray("old"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name), files);
    }

    // A scenario file holds at most app::kMaxScenarioTiers tiers: at the limit Add and Clone are
    // disabled, their tooltips say why, and nothing adds a tier.
    void tierEditorStopsAtTheScenarioTierLimit()
    {
        app::ScenarioController *c = m_window->controller();
        ui::TierEditor *editor = m_window->dashboard()->tierEditor();
        auto *add = editor->findChild<QToolButton *>(QStringLiteral("addTier"));
        auto *clone = editor->findChild<QToolButton *>(QStringLiteral("cloneTier"));
        QVERIFY(add && clone);
        QVERIFY(add->isEnabled() && clone->isEnabled());
        const std::size_t before = c->scenario().tiers.size();
        c->edit(QStringLiteral("fill"), [](engine::Scenario &s) {
            while (int(s.tiers.size()) < app::kMaxScenarioTiers)
                s.tiers.push_back(s.tiers.front());
        });
        c->flush();
        settle();
        QCOMPARE(int(c->scenario().tiers.size()), app::kMaxScenarioTiers);
        QVERIFY(!add->isEnabled());
        QVERIFY(!clone->isEnabled());
        const QString limit = QString::number(app::kMaxScenarioTiers);
        QVERIFY2(add->toolTip().contains(limit), qPrintable(add->toolTip()));
        QVERIFY2(clone->toolTip().contains(limit), qPrintable(clone->toolTip()));
        editor->setCurrentTier(0);
        clone->click();
        c->flush();
        QCOMPARE(int(c->scenario().tiers.size()), app::kMaxScenarioTiers);
        c->undoStack()->undo();
        c->flush();
        settle();
        QCOMPARE(c->scenario().tiers.size(), before);
        QVERIFY(add->isEnabled() && clone->isEnabled());
        QVERIFY(!add->toolTip().contains(limit));
    }

    // Rename: a name longer than app::kMaxNameChars (what a scenario file accepts) is refused
    // with a message naming the limit; the tier keeps its name.
    void renamingATierIsLimitedToTheScenarioNameLength_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("at the limit") << app::kMaxNameChars << true;
        QTest::newRow("one over") << app::kMaxNameChars + 1 << false;
        QTest::newRow("far over") << 100000 << false;
    }
    void renamingATierIsLimitedToTheScenarioNameLength()
    {
        QFETCH(int, length);
        QFETCH(bool, accepted);
        app::ScenarioController *c = m_window->controller();
        ui::TierEditor *editor = m_window->dashboard()->tierEditor();
        editor->setCurrentTier(1);
        const std::string before = c->scenario().tiers[1].name;
        const QString name(length, QLatin1Char('n'));
        DialogAnswerer<QInputDialog> input([&](QInputDialog *d) {
            d->setTextValue(name);
            d->accept();
        });
        QString shown;
        DialogAnswerer<QMessageBox> box([&](QMessageBox *b) {
            shown = b->text();
            b->accept();
        });
        editor->findChild<QToolButton *>(QStringLiteral("renameTier"))->click();
        c->flush();
        QCOMPARE(input.count, 1);
        if (accepted) {
            QCOMPARE(box.count, 0);
            QCOMPARE(c->scenario().tiers[1].name, name.toStdString());
            c->undoStack()->undo();
            c->flush();
        } else {
            QCOMPARE(box.count, 1);
            QVERIFY2(shown.contains(QString::number(app::kMaxNameChars)), qPrintable(shown));
        }
        QCOMPARE(c->scenario().tiers[1].name, before);
    }

    // The scenario reader refuses min_replicas = 0: the spin box must not offer it.
    void minReplicasMatchesWhatTheScenarioReaderAccepts()
    {
        auto *minReplicas = m_window->dashboard()->tierEditor()->findChild<QSpinBox *>(QStringLiteral("minReplicas"));
        QVERIFY(minReplicas);
        QCOMPARE(minReplicas->minimum(), 1);
        QVERIFY(minReplicas->maximum() >= 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
