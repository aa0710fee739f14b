// SPDX-License-Identifier: MIT
// tco-bench-gui: time from an edit to the repainted dashboard, in the real main window (offscreen).
// Prints "BENCH <name> <value> <unit>" lines; tco-bench runs it and passes them on.
//
// Each sample: one undoable edit through the controller (the way every widget edits), the
// evaluation it triggers, and a synchronous repaint of the whole window (table, visible chart,
// panels). Alternates the cluster tier's node count 1 <-> 2 so that every edit changes figures.
#include "core/appsetup.h"
#include "core/scenariocontroller.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
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

    // As the user sees it: the edit, its evaluation, and the event loop painting what changed
    // (the table, the visible chart, the edited panel). And, as an upper bound, a forced repaint
    // of every widget of the window after the same edit.
    std::vector<double> ms, full;
    ms.reserve(std::size_t(edits));
    full.reserve(std::size_t(edits));
    QElapsedTimer timer;
    for (int i = 0; i < 2 * edits; ++i) {
        const int nodes = i % 2 == 0 ? 2 : 1;
        const bool forceFull = i >= edits;
        timer.start();
        controller->edit(QStringLiteral("bench"), [nodes](tco::engine::Scenario &s) { s.tiers[2].onprem.nodes = nodes; });
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
        (forceFull ? full : ms).push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    std::printf("BENCH edit_repaint_p50_ms %.2f ms\n", percentile(ms, 0.50));
    std::printf("BENCH edit_repaint_p95_ms %.2f ms\n", percentile(ms, 0.95));
    std::printf("BENCH edit_repaint_max_ms %.2f ms\n", percentile(ms, 1.0));
    std::printf("BENCH edit_repaint_full_p95_ms %.2f ms\n", percentile(full, 0.95));
    std::fprintf(stderr, "note: edit_repaint: %d edits (the cluster's node count 1 <-> 2), each an undoable edit, its "
                         "evaluation and the event loop painting what changed, window 1400x860, offscreen; "
                         "edit_repaint_full: the same edits followed by a forced repaint of every widget\n",
                 edits);
    controller->undoStack()->clear();
    QFile::remove(tco::ui::MainWindow::autosavePath());
    return 0;
}
