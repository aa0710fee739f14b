// SPDX-License-Identifier: MIT
#pragma once

#include "fieldissues.h"

#include <QStringList>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace tco::app {
class ScenarioController;
}

namespace tco::ui {

class ProfileEditor;

/**
 * The workload and the financial assumptions: model and precision, lengths, demand and its
 * 24-hour profile, SLA, low-priority share, horizon, currency, electricity, PUE, the view of
 * bought hardware (cash or accrual), depreciation, residual value and the refresh reserve. Every edit
 * goes to the controller as one undoable change; the panel follows the scenario back.
 */
class WorkloadPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkloadPanel(app::ScenarioController *controller, QWidget *parent = nullptr);

    /** Refills the model and precision lists from the controller's catalog. */
    void reloadCatalog();
    /** Marks the workload and money fields the issues name (any tier's, with the tier's name). */
    void showIssues(const FieldIssues &issues, const QStringList &tierNames);

private:
    void syncFromScenario();

    app::ScenarioController *m_controller;
    QComboBox *m_model = nullptr;
    QComboBox *m_precision = nullptr;
    QSpinBox *m_input = nullptr;
    QSpinBox *m_output = nullptr;
    QDoubleSpinBox *m_peak = nullptr;
    QComboBox *m_profile = nullptr;
    ProfileEditor *m_profileEditor = nullptr;
    QDoubleSpinBox *m_ttft = nullptr;
    QDoubleSpinBox *m_tpot = nullptr;
    QComboBox *m_slaPercentile = nullptr; ///< workload.sla_percentile; data "mean", "p90", "p99"
    QDoubleSpinBox *m_lowPriority = nullptr;
    QDoubleSpinBox *m_cacheHit = nullptr; ///< workload.cache_hit_share, in %
    QSpinBox *m_horizon = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_market = nullptr; ///< market profile (catalog table markets); data "" = none
    QDoubleSpinBox *m_electricity = nullptr;
    QComboBox *m_electricityCurrency = nullptr;
    QDoubleSpinBox *m_pue = nullptr;
    QComboBox *m_capexView = nullptr; ///< cash or accrual view of bought hardware
    QDoubleSpinBox *m_depreciation = nullptr;
    QDoubleSpinBox *m_residual = nullptr; ///< percent of capex
    QDoubleSpinBox *m_refresh = nullptr; ///< percent of capex a year
    QCheckBox *m_refreshInTco = nullptr;
};

} // namespace tco::ui
