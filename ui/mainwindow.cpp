// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "catalog.h"
#include "catalogview.h"
#include "core/buildinfo.h"
#include "schema.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tco::ui {

MainWindow::MainWindow(const QString &catalogPath, QWidget *parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(app::productNameAndVersion());
    setWindowIcon(QIcon(QStringLiteral(":/icons/tco-planner.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_catalogLabel = new QLabel(central);
    m_catalogLabel->setObjectName(QStringLiteral("catalogLabel"));
    m_catalogLabel->setWordWrap(true);
    m_catalogLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_catalogLabel);
    m_overview = new QTableWidget(central);
    m_overview->setObjectName(QStringLiteral("catalogOverview"));
    m_overview->setColumnCount(2);
    m_overview->setHorizontalHeaderLabels({tr("Catalog table"), tr("Rows")});
    m_overview->verticalHeader()->hide();
    m_overview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_overview);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(central, tr("Overview"));
    setCentralWidget(m_pages);

    m_statusCatalog = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCatalog);

    createActions();
    openCatalog(catalogPath);

    if (!restoreGeometry(settings::mainWindowGeometry.value()))
        resize(1100, 720);
    restoreState(settings::mainWindowState.value());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction *openCatalogAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                                 tr("Open &Catalog File…"), this, &MainWindow::handleOpenCatalog);
    openCatalogAction->setObjectName(QStringLiteral("actionOpenCatalog"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });
    QAction *catalogAction = view->addAction(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")),
                                             tr("&Catalog"), this, &MainWindow::showCatalog);
    catalogAction->setObjectName(QStringLiteral("actionCatalog"));
    catalogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *refresh = view->addAction(tr("&Refresh Catalog Overview"), this, &MainWindow::refreshCatalogOverview);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    QAction *reset = tools->addAction(tr("&Reset Catalog to Bundled Defaults…"), this, &MainWindow::handleResetCatalog);
    reset->setObjectName(QStringLiteral("actionResetCatalog"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About TCO Planner"), this,
                                     &MainWindow::handleAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(openCatalogAction);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(catalogAction);
    toolbar->addAction(refresh);
}

void MainWindow::openCatalog(const QString &path)
{
    m_catalogPath = path;
    closeCatalog();
    try {
        m_catalog = std::make_unique<db::Catalog>(path);
        if (!m_catalog->backupPath().isEmpty())
            statusBar()->showMessage(tr("Catalog upgraded; the previous file was kept as %1")
                                         .arg(m_catalog->backupPath()));
        else if (m_catalog->createdNow())
            statusBar()->showMessage(tr("Created the catalog from the bundled defaults"), 10000);
    } catch (const db::CatalogError &e) {
        statusBar()->showMessage(tr("The catalog could not be opened"));
        m_catalogLabel->setText(tr("<b>The catalog could not be opened.</b><br>%1").arg(e.message().toHtmlEscaped()));
    }
    if (m_catalog) {
        m_catalogView = new CatalogView(*m_catalog, m_pages);
        m_pages->addTab(m_catalogView, tr("Catalog"));
        connect(m_catalogView, &CatalogView::message, this, [this](const QString &text) {
            statusBar()->showMessage(text, 8000);
            refreshCatalogOverview();
        });
    }
    refreshCatalogOverview();
}

void MainWindow::closeCatalog()
{
    if (m_catalogView) {
        m_pages->removeTab(m_pages->indexOf(m_catalogView));
        delete m_catalogView;
        m_catalogView = nullptr;
    }
    m_catalog.reset();
}

void MainWindow::showCatalog()
{
    if (m_catalogView)
        m_pages->setCurrentWidget(m_catalogView);
}

void MainWindow::refreshCatalogOverview()
{
    m_overview->setRowCount(0);
    m_statusCatalog->setText(m_catalog ? tr("Catalog: %1").arg(m_catalogPath) : tr("No catalog"));
    if (!m_catalog)
        return;
    m_catalogLabel->setText(tr("Catalog <b>%1</b> (schema version %2, created %3)")
                                .arg(m_catalogPath.toHtmlEscaped())
                                .arg(db::Catalog::latestSchemaVersion())
                                .arg(m_catalog->meta(QStringLiteral("created_at")).toHtmlEscaped()));
    const QStringList tables = db::catalogTables();
    m_overview->setRowCount(int(tables.size()));
    for (int i = 0; i < tables.size(); ++i) {
        m_overview->setItem(i, 0, new QTableWidgetItem(tables[i]));
        auto *count = new QTableWidgetItem(QLocale().toString(m_catalog->rowCount(tables[i])));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_overview->setItem(i, 1, count);
    }
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

void MainWindow::handleAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_catalogView && !m_catalogView->maybeSave()) {
        event->ignore();
        return;
    }
    settings::mainWindowGeometry.setValue(saveGeometry());
    settings::mainWindowState.setValue(saveState());
    event->accept();
}

} // namespace tco::ui
