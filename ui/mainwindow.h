// SPDX-License-Identifier: MIT
#pragma once

#include "report/deployyaml.h"
#include "report/pdfreport.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

namespace tco::app {
class ScenarioController;
}
namespace tco::db {
class Catalog;
}

namespace tco::ui {

class CatalogView;
class Dashboard;

/**
 * The application window: the dashboard (configurator and results) and the catalog editor,
 * menus, toolbar, status bar; scenario files (*.tcoplan) with New/Open/Save/Save As/recent
 * files, a prompt on unsaved changes, autosave and recovery, and drag-and-drop of files.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &catalogPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The open catalog, or nullptr when it could not be opened (the reason is shown). */
    db::Catalog *catalog() const { return m_catalog.get(); }
    app::ScenarioController *controller() const { return m_controller; }
    Dashboard *dashboard() const { return m_dashboard; }
    CatalogView *catalogView() const { return m_catalogView; }
    const QString &scenarioPath() const { return m_scenarioPath; }

    void showDashboard();
    void showCatalog();

    /** Opens a scenario file; false (after telling the user why) when it cannot be read. */
    bool openScenario(const QString &path);
    /** Saves to @p path; false (after telling the user) when the write failed. */
    bool saveScenarioAs(const QString &path);
    /** Asks to save unsaved changes; false when the user cancels. */
    bool maybeSaveScenario();

    /** Switches the interface language at run time; false if the user kept unsaved catalog edits. */
    bool switchLanguage(const QString &code);

    /** Exports: the PDF report, the CSV tables, the visible chart, deployment files. */
    bool exportPdf(const QString &path, const report::PdfReportOptions &options, QString *error);
    bool exportCsv(const QString &path, QString *error);
    /**
     * Writes the selected tier's deployment files into @p dir; existing files are replaced only
     * after the user confirms (a message box listing them). False when nothing was written.
     */
    bool exportDeploymentTo(const QString &dir);

    /** Where autosave keeps the unsaved scenario. */
    static QString autosavePath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void openCatalog(const QString &path);
    void closeCatalog();
    void installCatalogView();
    void reloadSnapshot();
    void newScenario();
    void handleOpen();
    bool handleSave();
    bool handleSaveAs();
    void handleResetCatalog();
    void handleOpenCatalog();
    void handleAbout();
    void handleExportPdf();
    void handleExportCsv();
    void handleExportChart(bool svg);
    void handleExportDeployment();
    /** The selected tier's deployment files; nullopt when none (the reason was shown). */
    std::optional<report::DeployOutput> selectedTierDeployment();
    bool writeDeploymentFiles(const report::DeployOutput &output, const QString &dir);
    void handlePrint(bool preview);
    report::CatalogInfo catalogInfo() const;
    void setPresentationMode(bool on);
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void autosave();
    void offerRecovery();

    std::unique_ptr<db::Catalog> m_catalog;
    QString m_catalogPath;
    QString m_scenarioPath;
    app::ScenarioController *m_controller = nullptr;
    QTabWidget *m_pages = nullptr;
    Dashboard *m_dashboard = nullptr;
    CatalogView *m_catalogView = nullptr;
    QLabel *m_catalogError = nullptr;
    QLabel *m_statusCatalog = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_presentation = nullptr;
    QTimer *m_autosaveTimer = nullptr;
};

} // namespace tco::ui
