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

    std::vector<double> ms;
    ms.reserve(std::size_t(edits));
    QElapsedTimer timer;
    for (int i = 0; i < edits; ++i) {
        const int nodes = i % 2 == 0 ? 2 : 1;
        timer.start();
        controller->edit(QStringLiteral("bench"), [nodes](tco::engine::Scenario &s) { s.tiers[2].onprem.nodes = nodes; });
        controller->flush();
        window.repaint();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    std::printf("BENCH edit_repaint_p50_ms %.2f ms\n", percentile(ms, 0.50));
    std::printf("BENCH edit_repaint_p95_ms %.2f ms\n", percentile(ms, 0.95));
    std::printf("BENCH edit_repaint_max_ms %.2f ms\n", percentile(ms, 1.0));
    std::fprintf(stderr, "note: edit_repaint: %d edits (the cluster's node count 1 <-> 2), each an undoable edit, its "
                         "evaluation and a synchronous repaint of the whole window at 1400x860, offscreen\n",
                 edits);
    controller->undoStack()->clear();
    return 0;
}
