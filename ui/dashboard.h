// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tco::app {
class ScenarioController;
}

namespace tco::ui {

class ResultChartView;
class ResultTableModel;
class BatchSweepChart;
class MemoryChart;
class TierEditor;
class WorkloadPanel;

/**
 * The configurator and dashboard in the order a user thinks: workload and tiers on the left;
 * the comparison table, the charts, the advisor and the problems on the right. Everything on
 * the right is drawn from the controller's one evaluated result.
 */
class Dashboard : public QWidget
{
    Q_OBJECT
public:
    explicit Dashboard(app::ScenarioController *controller, QWidget *parent = nullptr);

    ResultTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    WorkloadPanel *workloadPanel() const { return m_workload; }
    TierEditor *tierEditor() const { return m_tiers; }
    QListWidget *problems() const { return m_problems; }
    QListWidget *advice() const { return m_advice; }
    QTabWidget *charts() const { return m_charts; }
    /** The chart views, in tab order. */
    const QList<ResultChartView *> &chartViews() const { return m_chartViews; }

    /** After the catalog changed: refill the pick lists. */
    void reloadCatalog();

    /** Presentation mode: only the results, larger fonts. */
    void setPresentationMode(bool on);

    /** Applies the advisor's recommendation in row @p row as one undoable change. */
    void applyAdvice(int row);

private:
    void showResult();
    void updateVisibleChart();

    app::ScenarioController *m_controller;
    WorkloadPanel *m_workload = nullptr;
    TierEditor *m_tiers = nullptr;
    QWidget *m_editors = nullptr;
    QWidget *m_editorScroll = nullptr;
    ResultTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_published = nullptr;
    QTabWidget *m_charts = nullptr;
    QListWidget *m_advice = nullptr;
    QPushButton *m_applyAdvice = nullptr;
    QListWidget *m_problems = nullptr;
    QList<ResultChartView *> m_chartViews;
    QList<ResultChartView *> m_chartsBehind; ///< charts not yet showing the current result
    BatchSweepChart *m_sweep = nullptr;
    MemoryChart *m_memory = nullptr;
};

} // namespace tco::ui
