// SPDX-License-Identifier: MIT
#pragma once

#include "catalogsnapshot.h"
#include "scenario.h"
#include "tcoresult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;
class QUndoStack;

namespace tco::app {

/**
 * Owns the scenario being edited, its undo stack and the catalog snapshot, and re-evaluates
 * through the engine after every change. Bursts of edits are coalesced (zero-delay timer) into
 * one evaluation, which emits resultChanged() once; every view reads result().
 */
class ScenarioController : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioController(QObject *parent = nullptr);
    ~ScenarioController() override;

    const engine::Scenario &scenario() const { return m_scenario; }
    const engine::Result &result() const { return m_result; }
    const engine::CatalogSnapshot &catalog() const { return *m_catalog; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Replaces the catalog the scenario is evaluated against (after catalog edits). */
    void setCatalog(engine::CatalogSnapshot catalog);

    /** Replaces the whole scenario (new or opened file): clears the undo history. */
    void setScenario(const engine::Scenario &scenario);

    /**
     * Applies @p change as one undoable edit named @p text. Consecutive edits with the same
     * non-negative @p mergeKey (e.g. steps of one spin box) merge into one undo step.
     */
    void edit(const QString &text, const std::function<void(engine::Scenario &)> &change, int mergeKey = -1);

    /** Evaluates now if an evaluation is pending (tests, exports). */
    void flush();

    /** Number of evaluations so far (for tests and benchmarks). */
    int evaluationCount() const { return m_evaluations; }

Q_SIGNALS:
    void scenarioChanged();
    void resultChanged();

private:
    friend class ScenarioEditCommand;
    void assign(const engine::Scenario &scenario);
    void scheduleEvaluation();
    void evaluateNow();

    engine::Scenario m_scenario;
    engine::Result m_result;
    std::unique_ptr<engine::CatalogSnapshot> m_catalog;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_timer = nullptr;
    int m_evaluations = 0;
};

} // namespace tco::app
