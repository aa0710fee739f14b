// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace tco::db {
class Catalog;
}

namespace tco::ui {

class CatalogView;

/** The application window: menus, toolbar, status bar, and the pages of the product. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &catalogPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The open catalog, or nullptr when it could not be opened (the reason is shown). */
    db::Catalog *catalog() const { return m_catalog.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    CatalogView *catalogView() const { return m_catalogView; }
    /** Shows the catalog editor page. */
    void showCatalog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void openCatalog(const QString &path);
    void closeCatalog();
    void refreshCatalogOverview();
    void handleResetCatalog();
    void handleOpenCatalog();
    void handleAbout();

    std::unique_ptr<db::Catalog> m_catalog;
    QString m_catalogPath;
    QUndoStack *m_undoStack = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QTableWidget *m_overview = nullptr;
    QTabWidget *m_pages = nullptr;
    CatalogView *m_catalogView = nullptr;
    QLabel *m_statusCatalog = nullptr;
};

} // namespace tco::ui
