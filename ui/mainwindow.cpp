// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "confirm.h"

#include "aboutdialog.h"
#include "catalog.h"
#include "catalogview.h"
#include "charts/chartexport.h"
#include "charts/resultchartview.h"
#include "core/buildinfo.h"
#include "core/defaultscenario.h"
#include "core/language.h"
#include "core/scenariocontroller.h"
#include "core/scenariofile.h"
#include "dashboard.h"
#include "report/csvreport.h"
#include "report/deployyaml.h"
#include "reportoptionsdialog.h"
#include "repository.h"
#include "settings.h"
#include "theme.h"
#include "tiereditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
/// How often unsaved edits are written to the autosave file.
constexpr int kAutosaveInterval_ms = 30 * 1000;
/// Entries kept in File > Recent Files.
constexpr int kMaxRecentFiles = 8;
const QString kScenarioSuffix = u"tcoplan"_s;
} // namespace

MainWindow::MainWindow(const QString &catalogPath, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new app::ScenarioController(this))
    , m_autosaveTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/tco-planner.svg"_s));
    setAcceptDrops(true);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setDocumentMode(true);
    m_dashboard = new Dashboard(m_controller, m_pages);
    m_pages->addTab(m_dashboard, tr("Dashboard"));
    m_catalogError = new QLabel(m_pages);
    m_catalogError->setObjectName(u"catalogLabel"_s);
    m_catalogError->setWordWrap(true);
    m_catalogError->setAlignment(Qt::AlignCenter);
    m_catalogError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catalogError->hide();
    setCentralWidget(m_pages);

    m_statusCatalog = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCatalog);

    createActions();
    connect(m_controller->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_controller, &app::ScenarioController::resultChanged, this, [this] {
        const engine::Result &r = m_controller->result();
        int failed = 0;
        for (const engine::TierResult &t : r.tiers)
            failed += t.ok ? 0 : 1;
        if (failed)
            statusBar()->showMessage(tr("%n tier(s) cannot be evaluated: see Problems", nullptr, failed));
    });
    m_autosaveTimer->setInterval(kAutosaveInterval_ms);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosaveTimer->start();

    openCatalog(catalogPath);
    newScenario();
    offerRecovery();

    if (!restoreGeometry(settings::mainWindowGeometry.value()))
        resize(1400, 860);
    restoreState(settings::mainWindowState.value());
    // Never larger than the screen it opens on (a 1366x768 laptop, or a size saved on a larger
    // monitor): a window that runs off the screen hides its own figures.
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (width() > available.width() || height() > available.height()) {
            resize(std::min(width(), available.width()), std::min(height(), available.height()));
            move(available.topLeft());
        }
    }
}

MainWindow::~MainWindow()
{
    // ~QWidget deletes the controller before ~QObject disconnects this window: a dirty undo stack
    // would then call updateTitle() on a window already destroyed
    disconnect(m_controller->undoStack(), nullptr, this, nullptr);
    // the catalog views hold queries on the catalog's connection: they go first
    closeCatalog();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    auto action = [this](QMenu *menu, const QString &name, const QString &text, const QString &icon,
                         const QKeySequence &shortcut, auto slot) {
        QAction *a = menu->addAction(themedIcon(icon), text, this, slot);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    QAction *newAction
        = action(file, u"actionNew"_s, tr("&New Scenario"), u"document-new"_s, QKeySequence::New, [this] {
              if (maybeSaveScenario())
                  newScenario();
          });
    QAction *openAction
        = action(file, u"actionOpen"_s, tr("&Open…"), u"document-open"_s, QKeySequence::Open, &MainWindow::handleOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"menuRecent"_s);
    QAction *saveAction
        = action(file, u"actionSave"_s, tr("&Save"), u"document-save"_s, QKeySequence::Save, &MainWindow::handleSave);
    action(file, u"actionSaveAs"_s, tr("Save &As…"), u"document-save-as"_s, QKeySequence::SaveAs,
           &MainWindow::handleSaveAs);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(themedIcon(u"document-export"_s), tr("&Export"));
    exportMenu->setObjectName(u"menuExport"_s);
    QAction *pdfAction = action(exportMenu, u"actionExportPdf"_s, tr("&Report (PDF)…"), u"application-pdf"_s,
                                QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::handleExportPdf);
    action(exportMenu, u"actionExportCsv"_s, tr("&Tables (CSV)…"), u"text-csv"_s, QKeySequence(),
           &MainWindow::handleExportCsv);
    action(exportMenu, u"actionExportChartPng"_s, tr("Visible chart as &PNG…"), u"image-x-generic"_s, QKeySequence(),
           [this] { handleExportChart(false); });
    action(exportMenu, u"actionExportChartSvg"_s, tr("Visible chart as &SVG…"), u"image-svg+xml"_s, QKeySequence(),
           [this] { handleExportChart(true); });
    action(exportMenu, u"actionExportDeployment"_s, tr("&Deployment files of the selected tier…"), u"folder"_s,
           QKeySequence(), &MainWindow::handleExportDeployment);
    action(file, u"actionPrintPreview"_s, tr("Print Pre&view…"), u"document-print-preview"_s, QKeySequence(),
           [this] { handlePrint(true); });
    action(file, u"actionPrint"_s, tr("&Print…"), u"document-print"_s, QKeySequence::Print,
           [this] { handlePrint(false); });
    file->addSeparator();
    action(file, u"actionOpenCatalog"_s, tr("Open &Catalog File…"), u"document-open"_s, QKeySequence(),
           &MainWindow::handleOpenCatalog);
    file->addSeparator();
    action(file, u"actionQuit"_s, tr("&Quit"), u"application-exit"_s, QKeySequence::Quit, &QWidget::close);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"menuEdit"_s);
    QAction *undo = m_controller->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themedIcon(u"edit-undo"_s));
    QAction *redo = m_controller->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(themedIcon(u"edit-redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    QAction *dashboardAction = action(view, u"actionDashboard"_s, tr("&Dashboard"), u"view-statistics"_s,
                                      QKeySequence(Qt::CTRL | Qt::Key_1), &MainWindow::showDashboard);
    QAction *catalogAction = action(view, u"actionCatalog"_s, tr("&Catalog"), u"x-office-spreadsheet"_s,
                                    QKeySequence(Qt::CTRL | Qt::Key_2), &MainWindow::showCatalog);
    view->addSeparator();
    m_presentation = view->addAction(tr("&Presentation Mode"));
    m_presentation->setObjectName(u"actionPresentation"_s);
    m_presentation->setCheckable(true);
    m_presentation->setIcon(themedIcon(u"view-presentation"_s));
    m_presentation->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);

    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(u"menuLanguage"_s);
    auto *languages = new QActionGroup(language);
    for (const QString &code : app::availableLanguages()) {
        QAction *a = language->addAction(app::languageName(code));
        a->setObjectName(u"actionLanguage_"_s + code);
        a->setCheckable(true);
        a->setChecked(code == app::currentLanguage());
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }

    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(u"menuTheme"_s);
    auto *themeGroup = new QActionGroup(themes);
    for (const QString &theme : availableThemes()) {
        QAction *a = themes->addAction(themeName(theme));
        a->setObjectName(u"actionTheme_"_s + theme);
        a->setCheckable(true);
        a->setChecked(theme == settings::theme.value());
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [theme] {
            settings::theme.setValue(theme);
            applyTheme(theme);
        });
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(u"menuTools"_s);
    action(tools, u"actionResetCatalog"_s, tr("&Reset Catalog to Bundled Defaults…"), u"edit-clear"_s, QKeySequence(),
           &MainWindow::handleResetCatalog);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    action(help, u"actionAbout"_s, tr("&About TCO Planner"), u"help-about"_s, QKeySequence(), &MainWindow::handleAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"actionAboutQt"_s);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addAction(saveAction);
    toolbar->addSeparator();
    toolbar->addAction(pdfAction);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(dashboardAction);
    toolbar->addAction(catalogAction);
    toolbar->addAction(m_presentation);
}

// ---- catalog

void MainWindow::openCatalog(const QString &path)
{
    closeCatalog();
    m_catalogPath = path;
    try {
        m_catalog = std::make_unique<db::Catalog>(path);
        if (!m_catalog->backupPath().isEmpty())
            statusBar()->showMessage(
                tr("Catalog upgraded; the previous file was kept as %1").arg(m_catalog->backupPath()));
        else if (m_catalog->createdNow())
            statusBar()->showMessage(tr("Created the catalog from the bundled defaults"), 10000);
    } catch (const db::CatalogError &e) {
        statusBar()->showMessage(tr("The catalog could not be opened"));
        m_catalogError->setText(tr("<b>The catalog could not be opened.</b><br>%1").arg(e.message().toHtmlEscaped()));
        m_pages->addTab(m_catalogError, tr("Catalog"));
        m_catalogError->show();
    }
    if (m_catalog)
        installCatalogView();
    m_statusCatalog->setText(m_catalog ? tr("Catalog: %1").arg(m_catalogPath) : tr("No catalog"));
    reloadSnapshot();
}

void MainWindow::installCatalogView()
{
    m_catalogView = new CatalogView(*m_catalog, m_pages);
    m_pages->addTab(m_catalogView, tr("Catalog"));
    connect(m_catalogView, &CatalogView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_catalogView, &CatalogView::catalogChanged, this, &MainWindow::reloadSnapshot);
}

void MainWindow::closeCatalog()
{
    if (m_catalogView) {
        m_pages->removeTab(m_pages->indexOf(m_catalogView));
        delete m_catalogView;
        m_catalogView = nullptr;
    }
    if (const int i = m_pages->indexOf(m_catalogError); i >= 0)
        m_pages->removeTab(i);
    m_catalog.reset();
}

void MainWindow::reloadSnapshot()
{
    engine::CatalogSnapshot snapshot;
    if (m_catalog) {
        try {
            snapshot = db::loadSnapshot(m_catalog->database());
        } catch (const db::CatalogError &e) {
            // busy, or a value out of range: evaluate nothing rather than something wrong; the
            // catalog editor stays open to correct the value
            statusBar()->showMessage(tr("The catalog could not be read: %1").arg(e.message()));
        }
    }
    m_controller->setCatalog(std::move(snapshot));
    m_dashboard->reloadCatalog();
}

void MainWindow::showDashboard()
{
    m_pages->setCurrentWidget(m_dashboard);
}

void MainWindow::showCatalog()
{
    if (m_catalogView)
        m_pages->setCurrentWidget(m_catalogView);
    else if (m_pages->indexOf(m_catalogError) >= 0)
        m_pages->setCurrentWidget(m_catalogError);
}

void MainWindow::handleResetCatalog()
{
    const auto answer = QMessageBox::question(
        this, tr("Reset catalog"),
        tr("Replace the catalog %1 with the bundled defaults? Your edits are kept in a backup copy.")
            .arg(m_catalogPath));
    if (answer != QMessageBox::Yes)
        return;
    closeCatalog();
    try {
        const QString backup = db::Catalog::resetToDefaults(m_catalogPath);
        statusBar()->showMessage(backup.isEmpty() ? tr("Catalog reset to the bundled defaults")
                                                  : tr("Catalog reset; the previous file was kept as %1").arg(backup));
    } catch (const db::CatalogError &e) {
        QMessageBox::warning(this, tr("Reset catalog"), e.message());
    }
    openCatalog(m_catalogPath);
}

void MainWindow::handleOpenCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog File"), m_catalogPath,
                                                      tr("Catalog files (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty() && (!m_catalogView || m_catalogView->maybeSave()))
        openCatalog(path);
}

// ---- scenario files

void MainWindow::newScenario()
{
    m_scenarioPath.clear();
    m_controller->setScenario(app::defaultScenario(m_controller->catalog()));
    updateTitle();
}

bool MainWindow::openScenario(const QString &path)
{
    const app::ScenarioLoad load = app::loadScenarioFile(path);
    if (!load.ok()) {
        QStringList errors;
        for (const app::ScenarioProblem &p : load.problems)
            if (p.isError())
                errors << p.toString();
        QMessageBox box(
            QMessageBox::Warning, tr("Open scenario"),
            tr("%1 cannot be opened: %n problem(s).", nullptr, int(errors.size())).arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box.setInformativeText(errors.mid(0, 6).join(u'\n'));
        box.setDetailedText(errors.join(u'\n'));
        box.exec();
        return false;
    }
    m_controller->setScenario(*load.scenario);
    m_scenarioPath = QFileInfo(path).absoluteFilePath();
    addRecentFile(m_scenarioPath);
    updateTitle();
    QStringList notes;
    for (const app::ScenarioProblem &p : load.problems)
        notes << p.toString();
    for (const app::ScenarioProblem &p : app::checkCatalogReferences(*load.scenario, m_controller->catalog()))
        notes << p.toString();
    statusBar()->showMessage(notes.isEmpty() ? tr("Opened %1").arg(m_scenarioPath) : notes.join(u"; "_s), 10000);
    return true;
}

bool MainWindow::saveScenarioAs(const QString &path)
{
    QString error;
    if (!app::saveScenarioFile(m_controller->scenario(), path, &error)) {
        QMessageBox::warning(this, tr("Save scenario"),
                             tr("The scenario was not saved: %1\nThe previous file is unchanged.").arg(error));
        return false;
    }
    m_scenarioPath = QFileInfo(path).absoluteFilePath();
    m_controller->undoStack()->setClean();
    addRecentFile(m_scenarioPath);
    QFile::remove(autosavePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(m_scenarioPath), 5000);
    return true;
}

void MainWindow::handleOpen()
{
    if (!maybeSaveScenario())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), settings::lastDirectory.value(),
                                                      tr("TCO Planner scenarios (*.tcoplan);;All files (*)"));
    if (path.isEmpty())
        return;
    settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
    openScenario(path);
}

bool MainWindow::handleSave()
{
    return m_scenarioPath.isEmpty() ? handleSaveAs() : saveScenarioAs(m_scenarioPath);
}

bool MainWindow::handleSaveAs()
{
    const QString suggested = m_scenarioPath.isEmpty()
        ? QDir(settings::lastDirectory.value()).filePath(tr("scenario") + u'.' + kScenarioSuffix)
        : m_scenarioPath;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Save Scenario"), suggested, tr("TCO Planner scenarios (*.tcoplan)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + kScenarioSuffix;
    settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
    return saveScenarioAs(path);
}

bool MainWindow::maybeSaveScenario()
{
    if (m_controller->undoStack()->isClean())
        return true;
    const auto answer
        = QMessageBox::warning(this, tr("Unsaved changes"), tr("The scenario has unsaved changes. Save them?"),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return handleSave();
    return true;
}

void MainWindow::updateTitle()
{
    const QString name = m_scenarioPath.isEmpty() ? tr("Untitled scenario") : QFileInfo(m_scenarioPath).fileName();
    setWindowTitle(name + u"[*] — "_s + app::productNameAndVersion());
    setWindowModified(!m_controller->undoStack()->isClean());
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList recent = settings::recentFiles.value();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings::recentFiles.setValue(recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = settings::recentFiles.value();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSaveScenario())
                openScenario(path);
        });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::autosavePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"autosave.tcoplan"_s);
}

void MainWindow::autosave()
{
    if (m_controller->undoStack()->isClean())
        return;
    QDir().mkpath(QFileInfo(autosavePath()).absolutePath());
    QString error;
    if (!app::saveScenarioFile(m_controller->scenario(), autosavePath(), &error))
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
}

void MainWindow::offerRecovery()
{
    const QString path = autosavePath();
    if (!QFileInfo::exists(path))
        return;
    const app::ScenarioLoad load = app::loadScenarioFile(path);
    if (!load.ok()) {
        QFile::remove(path);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved work"),
        tr("TCO Planner did not close normally last time. Recover the unsaved scenario from %1?")
            .arg(QFileInfo(path).lastModified().toString(QLocale().dateTimeFormat(QLocale::ShortFormat))));
    if (answer == QMessageBox::Yes) {
        m_controller->setScenario(*load.scenario);
        m_scenarioPath.clear();
        // recovered edits are unsaved: mark the document modified until it is saved
        m_controller->edit(tr("Recover unsaved scenario"), [](engine::Scenario &) {});
        updateTitle();
    } else {
        QFile::remove(path);
    }
}

// ---- window

void MainWindow::setPresentationMode(bool on)
{
    m_dashboard->setPresentationMode(on);
    menuBar()->setVisible(!on);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setVisible(!on);
    statusBar()->setVisible(!on);
    m_pages->tabBar()->setVisible(!on);
    if (on) {
        showDashboard();
        showFullScreen();
    } else {
        showNormal();
    }
}

bool MainWindow::switchLanguage(const QString &code)
{
    if (code == app::currentLanguage())
        return true;
    // the catalog editor is rebuilt in the new language: its unsaved edits must be saved first
    if (m_catalogView && !m_catalogView->maybeSave())
        return false;
    settings::language.setValue(code);
    return app::setLanguage(code); // sends LanguageChange -> retranslate()
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_dashboard)
        retranslate();
}

void MainWindow::retranslate()
{
    // The widgets are built in code: rebuild them in the new language. The scenario, its undo
    // history and the result live in the controller and stay.
    const bool onCatalog = m_catalogView && m_pages->currentWidget() == m_catalogView;
    menuBar()->clear();
    for (QToolBar *bar : findChildren<QToolBar *>()) {
        removeToolBar(bar);
        bar->deleteLater();
    }
    createActions();
    const int tier = m_dashboard->tierEditor() ? m_dashboard->tierEditor()->currentTier() : 0;
    m_pages->removeTab(m_pages->indexOf(m_dashboard));
    m_dashboard->deleteLater();
    m_dashboard = new Dashboard(m_controller, m_pages);
    m_pages->insertTab(0, m_dashboard, tr("Dashboard"));
    m_dashboard->reloadCatalog();
    m_dashboard->tierEditor()->setCurrentTier(tier);
    if (m_catalogView) {
        m_pages->removeTab(m_pages->indexOf(m_catalogView));
        m_catalogView->deleteLater();
        installCatalogView();
    } else if (const int i = m_pages->indexOf(m_catalogError); i >= 0) {
        m_pages->setTabText(i, tr("Catalog"));
    }
    m_pages->setCurrentWidget(onCatalog ? static_cast<QWidget *>(m_catalogView) : m_dashboard);
    m_statusCatalog->setText(m_catalog ? tr("Catalog: %1").arg(m_catalogPath) : tr("No catalog"));
    updateTitle();
    m_controller->flush();
    Q_EMIT m_controller->resultChanged(); // the new views draw the current result
}

report::CatalogInfo MainWindow::catalogInfo() const
{
    report::CatalogInfo info;
    if (m_catalog) {
        info.schemaVersion = db::Catalog::latestSchemaVersion();
        info.createdAt = m_catalog->meta(u"created_at"_s);
        info.seedVersion = m_catalog->meta(u"seed_version"_s);
    }
    return info;
}

bool MainWindow::exportPdf(const QString &path, const report::PdfReportOptions &options, QString *error)
{
    m_controller->flush();
    const report::ReportInput input { m_controller->scenario(), m_controller->result(), m_controller->catalog(),
                                      catalogInfo() };
    return report::writePdfReport(input, options, path, nullptr, error);
}

bool MainWindow::exportCsv(const QString &path, QString *error)
{
    m_controller->flush();
    return report::writeCsvReport(m_controller->scenario(), m_controller->result(), path, nullptr, error);
}

namespace {
/** A save dialog's path with @p suffix added when the user typed none. */
QString withSuffix(QString path, const QString &suffix)
{
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

/** "scenario" from the scenario file's name, for suggested export names. */
QString baseName(const QString &scenarioPath)
{
    return scenarioPath.isEmpty() ? QObject::tr("tco-report") : QFileInfo(scenarioPath).completeBaseName();
}
} // namespace

void MainWindow::handleExportPdf()
{
    ReportOptionsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path
        = withSuffix(QFileDialog::getSaveFileName(
                         this, tr("Export Report"),
                         QDir(settings::lastDirectory.value()).filePath(baseName(m_scenarioPath) + u".pdf"_s),
                         tr("PDF files (*.pdf)")),
                     u"pdf"_s);
    if (path.isEmpty())
        return;
    settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = exportPdf(path, dialog.options(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export Report"), tr("The report was not written: %1").arg(error));
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
}

void MainWindow::handleExportCsv()
{
    const QString path
        = withSuffix(QFileDialog::getSaveFileName(
                         this, tr("Export Tables"),
                         QDir(settings::lastDirectory.value()).filePath(baseName(m_scenarioPath) + u".csv"_s),
                         tr("CSV files (*.csv)")),
                     u"csv"_s);
    if (path.isEmpty())
        return;
    settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export Tables"), tr("The tables were not written: %1").arg(error));
    else
        statusBar()->showMessage(tr("Wrote %1 and its -timeline and -breakdown companions").arg(path), 8000);
}

void MainWindow::handleExportChart(bool svg)
{
    auto *view = qobject_cast<ResultChartView *>(m_dashboard->charts()->currentWidget());
    if (!view) {
        QMessageBox::information(this, tr("Export Chart"),
                                 tr("Show a chart in the dashboard first (the Advisor and Problems tabs are lists)."));
        return;
    }
    const QString suffix = svg ? u"svg"_s : u"png"_s;
    const QString path
        = withSuffix(QFileDialog::getSaveFileName(
                         this, tr("Export Chart"),
                         QDir(settings::lastDirectory.value()).filePath(baseName(m_scenarioPath) + u'.' + suffix),
                         svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)")),
                     suffix);
    if (path.isEmpty())
        return;
    settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
    const QSize size = view->size().expandedTo(QSize(800, 500));
    const bool ok = svg ? saveChartSvg(view->chart(), path, size) : saveChartPng(view->chart(), path, size);
    if (!ok)
        QMessageBox::warning(this, tr("Export Chart"), tr("%1 could not be written.").arg(path));
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 8000);
}

std::optional<report::DeployOutput> MainWindow::selectedTierDeployment()
{
    m_controller->flush();
    const int tier = m_dashboard->tierEditor()->currentTier();
    if (tier < 0)
        return std::nullopt;
    report::DeployOutput output
        = report::deploymentFiles(m_controller->scenario(), m_controller->result(), m_controller->catalog(), tier);
    if (!output.error.isEmpty()) {
        QMessageBox::warning(this, tr("Deployment Files"), output.error);
        return std::nullopt;
    }
    return output;
}

void MainWindow::handleExportDeployment()
{
    const std::optional<report::DeployOutput> output = selectedTierDeployment();
    if (!output)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Deployment Files"),
                                                          settings::lastDirectory.value());
    if (dir.isEmpty())
        return;
    settings::lastDirectory.setValue(dir);
    writeDeploymentFiles(*output, dir);
}

bool MainWindow::exportDeploymentTo(const QString &dir)
{
    const std::optional<report::DeployOutput> output = selectedTierDeployment();
    return output && writeDeploymentFiles(*output, dir);
}

bool MainWindow::writeDeploymentFiles(const report::DeployOutput &output, const QString &dir)
{
    // Existing files are replaced only when the user says so, after seeing which.
    const QStringList existing = report::existingDeploymentFiles(output, dir);
    if (!existing.isEmpty()) {
        if (!confirmDestructive(this, tr("Deployment Files"),
                                tr("%n file(s) in %1 would be replaced:", nullptr, int(existing.size()))
                                    .arg(QDir::toNativeSeparators(dir)),
                                existing, tr("Replace"), u"replaceDeploymentFiles"_s, u"replaceDeploymentFilesButton"_s)) {
            statusBar()->showMessage(tr("Nothing was written."), 8000);
            return false;
        }
    }
    QStringList written;
    QString error;
    if (!report::writeDeploymentFiles(output, dir, &written, &error,
                                      existing.isEmpty() ? report::ExistingFiles::Keep
                                                         : report::ExistingFiles::Replace)) {
        QMessageBox::warning(this, tr("Deployment Files"), tr("The files were not written: %1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(written.join(u", "_s)), 8000);
    return true;
}

void MainWindow::handlePrint(bool preview)
{
    m_controller->flush();
    ReportOptionsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const report::PdfReportOptions options = dialog.options();
    QPrinter printer(QPrinter::HighResolution);
    auto paint = [this, options](QPrinter *target) {
        const report::ReportInput input { m_controller->scenario(), m_controller->result(), m_controller->catalog(),
                                          catalogInfo() };
        QString error;
        if (!report::paintReport(input, options, *target, nullptr, &error))
            QMessageBox::warning(this, tr("Print"), error);
    };
    if (preview) {
        QPrintPreviewDialog dialogPreview(&printer, this);
        connect(&dialogPreview, &QPrintPreviewDialog::paintRequested, this, paint);
        dialogPreview.exec();
    } else {
        QPrintDialog printDialog(&printer, this);
        if (printDialog.exec() == QDialog::Accepted)
            paint(&printer);
    }
}

void MainWindow::handleAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // defer: a modal dialog inside a drop handler blocks the drag source
    QTimer::singleShot(0, this, [this, path] {
        if (maybeSaveScenario())
            openScenario(path);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if ((m_catalogView && !m_catalogView->maybeSave()) || !maybeSaveScenario()) {
        event->ignore();
        return;
    }
    QFile::remove(autosavePath());
    settings::mainWindowGeometry.setValue(saveGeometry());
    settings::mainWindowState.setValue(saveState());
    event->accept();
}

} // namespace tco::ui
