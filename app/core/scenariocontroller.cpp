// SPDX-License-Identifier: MIT
#include "core/scenariocontroller.h"

#include "costmodel.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace tco::app {

/** Before/after snapshots of the scenario (it is small: a few kilobytes). */
class ScenarioEditCommand : public QUndoCommand
{
public:
    ScenarioEditCommand(ScenarioController *controller, const QString &text, engine::Scenario before,
                        engine::Scenario after, int mergeKey)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {}

    void undo() override { m_controller->assign(m_before); }
    void redo() override { m_controller->assign(m_after); }
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id() || id() < 0)
            return false;
        m_after = static_cast<const ScenarioEditCommand *>(other)->m_after;
        return true;
    }

private:
    ScenarioController *m_controller;
    engine::Scenario m_before;
    engine::Scenario m_after;
    int m_mergeKey;
};

ScenarioController::ScenarioController(QObject *parent)
    : QObject(parent)
    , m_catalog(std::make_unique<engine::CatalogSnapshot>())
    , m_undoStack(new QUndoStack(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ScenarioController::evaluateNow);
}

ScenarioController::~ScenarioController() = default;

void ScenarioController::setCatalog(engine::CatalogSnapshot catalog)
{
    *m_catalog = std::move(catalog);
    scheduleEvaluation();
}

void ScenarioController::setScenario(const engine::Scenario &scenario)
{
    m_undoStack->clear();
    assign(scenario);
    m_undoStack->setClean();
}

void ScenarioController::edit(const QString &text, const std::function<void(engine::Scenario &)> &change, int mergeKey)
{
    engine::Scenario after = m_scenario;
    change(after);
    m_undoStack->push(new ScenarioEditCommand(this, text, m_scenario, std::move(after), mergeKey));
}

void ScenarioController::assign(const engine::Scenario &scenario)
{
    m_scenario = scenario;
    Q_EMIT scenarioChanged();
    scheduleEvaluation();
}

void ScenarioController::scheduleEvaluation()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void ScenarioController::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        evaluateNow();
    }
}

void ScenarioController::evaluateNow()
{
    m_result = engine::evaluate(m_scenario, *m_catalog);
    ++m_evaluations;
    Q_EMIT resultChanged();
}

} // namespace tco::app
