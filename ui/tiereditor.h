// SPDX-License-Identifier: MIT
#pragma once

#include "fieldissues.h"
#include "scenario.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QToolButton;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace tco::app {
class ScenarioController;
}

namespace tco::ui {

/**
 * The tiers of the scenario: a list (add, clone, rename, reorder, remove) and an editor for the
 * selected tier — hardware or instances picked from the catalog with search, counts,
 * parallelism, serving stack, purchase options and autoscaling bounds. Every edit is undoable.
 */
class TierEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TierEditor(app::ScenarioController *controller, QWidget *parent = nullptr);

    void reloadCatalog();
    int currentTier() const;
    void setCurrentTier(int tier);
    /**
     * Lists the current tier's problems above its fields and marks the fields they name (the
     * dashboard calls it with every result, and again when currentTierChanged()).
     */
    void showIssues(const FieldIssues &issues);

Q_SIGNALS:
    void currentTierChanged(int tier);

private:
    void syncFromScenario();
    /** The size-to-demand button from the latest result: what the peak needs, enabled when it differs. */
    void syncSizing();
    void editTier(const QString &text, const std::function<void(engine::Tier &)> &change, int mergeKey = -1);
    void addTier(bool cloud);
    void cloneTier();
    void renameTier();
    /** At app::kMaxScenarioTiers: tells the user and returns true. */
    bool refuseTierAtLimit();
    static QString tierLimitText();
    void updateTierButtons();
    void removeTier();
    void moveTier(int delta);
    void fillParts(const engine::Tier &tier);
    void commitParts();
    /** The parts the table shows: per node, shared. */
    std::pair<std::vector<engine::PartLine>, std::vector<engine::PartLine>> tableParts() const;
    void addPartRow(const QString &partId, double quantity, bool shared);

    app::ScenarioController *m_controller;
    QListWidget *m_list = nullptr;
    IssueList *m_issues = nullptr; ///< the current tier's problems, above its fields
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_stack = nullptr;
    QComboBox *m_tierPrecision = nullptr;
    QSpinBox *m_tp = nullptr;
    QSpinBox *m_pp = nullptr;
    QCheckBox *m_nPlusOne = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_cloneButton = nullptr;
    QToolButton *m_sizeToDemand = nullptr; ///< sets nodes / max replicas to what the peak needs
    // on premises
    QComboBox *m_gpu = nullptr;
    QSpinBox *m_gpusPerNode = nullptr;
    QSpinBox *m_nodes = nullptr;
    QComboBox *m_link = nullptr;
    QCheckBox *m_colocated = nullptr;
    QDoubleSpinBox *m_onpremStaff = nullptr;
    QTableWidget *m_parts = nullptr;
    // cloud
    QComboBox *m_hotInstance = nullptr;
    QComboBox *m_hotOption = nullptr;
    QSpinBox *m_minReplicas = nullptr;
    QSpinBox *m_maxReplicas = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QComboBox *m_coldInstance = nullptr;
    QComboBox *m_coldPrecision = nullptr;
    QDoubleSpinBox *m_cloudStaff = nullptr;
};

} // namespace tco::ui
