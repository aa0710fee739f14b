// SPDX-License-Identifier: MIT
// tco-bench-gui: time from an edit to the repainted dashboard, in the real main window (offscreen).
// Prints "BENCH <name> <value> <unit>" lines; tco-bench runs it and passes them on.
//
// Each sample: one undoable edit through the controller (the way every widget edits), the
// evaluation it triggers, and the event loop repainting what changed (table, visible chart,
// panels). The edits cycle through four kinds a user makes (the cluster's node count, the peak
// demand, the electricity price, the prompt length), each away from the default and back, so
// every edit changes figures and most change a chart's axes. Every chart tab takes its turn on
// screen: the figure is the worst chart's as much as the default one's.
#include "core/appsetup.h"
#include "core/scenariocontroller.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tco::app::setApplicationIdentity(QStringLiteral("tco-bench-gui"));
    QStandardPaths::setTestModeEnabled(true);
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    const int edits = quick ? 20 : 200;

    QTemporaryDir dir;
    // no recovery question from an earlier run's autosave (test-mode data folder)
    QFile::remove(tco::ui::MainWindow::autosavePath());
    tco::ui::MainWindow window(dir.filePath(QStringLiteral("catalog.sqlite")));
    window.resize(1400, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "tco-bench-gui: the window was not exposed\n");
        return 1;
    }
    tco::app::ScenarioController *controller = window.controller();
    controller->flush();
    QCoreApplication::processEvents();

    auto *charts = window.findChild<QTabWidget *>(QStringLiteral("charts"));
    if (!charts) {
        std::fprintf(stderr, "tco-bench-gui: no chart tabs in the window\n");
        return 1;
    }
    const tco::engine::Scenario original = controller->scenario();
    using Edit = void (*)(tco::engine::Scenario &, const tco::engine::Scenario &, bool);
    const std::vector<Edit> kinds = {
        [](tco::engine::Scenario &s, const tco::engine::Scenario &o, bool away) {
            s.tiers[2].onprem.nodes = away ? o.tiers[2].onprem.nodes + 1 : o.tiers[2].onprem.nodes;
        },
        [](tco::engine::Scenario &s, const tco::engine::Scenario &o, bool away) {
            s.workload.peak_requests_per_s = o.workload.peak_requests_per_s * (away ? 1.5 : 1.0);
        },
        [](tco::engine::Scenario &s, const tco::engine::Scenario &o, bool away) {
            s.financials.electricity_price_per_kwh = o.financials.electricity_price_per_kwh + (away ? 0.05 : 0.0);
        },
        [](tco::engine::Scenario &s, const tco::engine::Scenario &o, bool away) {
            s.workload.input_len = away ? o.workload.input_len * 2 : o.workload.input_len;
        },
    };
    // the six charts (the advisor and problems tabs hold lists)
    int chartTabs = 0;
    for (int t = 0; t < charts->count(); ++t)
        chartTabs += charts->widget(t)->inherits("QChartView") ? 1 : 0;
    const int perTab = std::max(edits / std::max(chartTabs, 1), 2 * int(kinds.size()));

    // As the user sees it: the edit, its evaluation, and the event loop painting what changed
    // (the table, the visible chart, the edited panel). And, as an upper bound, a forced repaint
    // of every widget of the window after the same edit.
    std::vector<double> ms, full;
    std::vector<std::pair<QString, double>> tabP95;
    QElapsedTimer timer;
    for (int t = 0; t < charts->count(); ++t) {
        if (!charts->widget(t)->inherits("QChartView"))
            continue;
        charts->setCurrentIndex(t);
        QCoreApplication::processEvents();
        std::vector<double> tabMs;
        for (int i = 0; i < 2 * perTab; ++i) {
            const Edit edit = kinds[std::size_t(i) % kinds.size()];
            const bool away = (i / int(kinds.size())) % 2 == 0;
            const bool forceFull = i >= perTab;
            timer.start();
            controller->edit(QStringLiteral("bench"), [&](tco::engine::Scenario &s) { edit(s, original, away); });
            controller->flush();
            if (forceFull) {
                window.repaint();
            } else {
                // two passes: widget updates post the chart scenes' updates, which post their paints
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            }
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            (forceFull ? full : ms).push_back(elapsed);
            if (!forceFull)
                tabMs.push_back(elapsed);
            QCoreApplication::processEvents();
        }
        tabP95.emplace_back(charts->tabText(t), percentile(tabMs, 0.95));
    }
    std::printf("BENCH edit_repaint_p50_ms %.2f ms\n", percentile(ms, 0.50));
    std::printf("BENCH edit_repaint_p95_ms %.2f ms\n", percentile(ms, 0.95));
    std::printf("BENCH edit_repaint_max_ms %.2f ms\n", percentile(ms, 1.0));
    std::printf("BENCH edit_repaint_full_p95_ms %.2f ms\n", percentile(full, 0.95));
    for (const auto &[tab, p95] : tabP95)
        std::fprintf(stderr, "note: edit_repaint p95 with the %s chart on screen: %.2f ms\n", qPrintable(tab), p95);
    std::fprintf(stderr, "note: edit_repaint: %zu edits (%d per chart tab; the cluster's node count, the peak demand, the "
                         "electricity price, the prompt length, each away and back), each an undoable edit, its evaluation and "
                         "the event loop painting what changed, window 1400x860, offscreen; edit_repaint_full: as many edits "
                         "followed by a forced repaint of every widget\n",
                 ms.size(), perTab);
    controller->undoStack()->clear();
    QFile::remove(tco::ui::MainWindow::autosavePath());
    return 0;
}
