// SPDX-License-Identifier: MIT
#pragma once

#include "csvio.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QPushButton;

namespace tco::db {
class Catalog;
}

namespace tco::ui {

class CatalogTableModel;

/** One catalog table: filter, editable view, add/duplicate/delete, save/revert, import/export. */
class CatalogTablePage : public QWidget
{
    Q_OBJECT
public:
    CatalogTablePage(db::Catalog &catalog, const QString &table, QWidget *parent = nullptr);

    CatalogTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    const QString &table() const { return m_table; }
    bool hasPendingChanges() const;

    bool save();
    void revert();
    /**
     * Imports @p path (merge or replace); returns the problems, empty on success. A replace that
     * would also remove rows of other tables asks first (a message box listing table: rows).
     */
    QStringList importFile(const QString &path, bool replace);
    /** Exports to @p path; returns an error message, empty on success. */
    QString exportFile(const QString &path);
    /** Exports to @p path; a refusal or failure is shown in a message box. True on success. */
    bool exportWithMessage(const QString &path);
    void setStaleAfterMonths(int months);

Q_SIGNALS:
    void pendingChangesChanged(bool pending);
    void message(const QString &text);
    /** Rows were written to the catalog (save or import). */
    void catalogChanged();

private:
    db::ImportResult runImport(const QString &path, db::ImportMode mode);
    bool confirmCascade(const QList<db::TableCount> &removed);
    void handleAdd();
    void handleDuplicate();
    void handleDelete();
    void handleImport();
    void handleExport();
    void updateSummary();

    db::Catalog &m_catalog;
    QString m_table;
    CatalogTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

/** The catalog editor: one tab per table, and the age after which prices count as stale. */
class CatalogView : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogView(db::Catalog &catalog, QWidget *parent = nullptr);

    CatalogTablePage *page(const QString &table) const;
    QTabWidget *tabs() const { return m_tabs; }
    bool hasPendingChanges() const;
    /** Asks to save or discard pending edits; false when the user cancels. */
    bool maybeSave();

    /** A user-readable name of a catalog table ("gpus" -> "GPUs"). */
    static QString tableTitle(const QString &table);

Q_SIGNALS:
    void message(const QString &text);
    /** Rows were written to the catalog (save or import in any table). */
    void catalogChanged();

private:
    void updateTabTitle(CatalogTablePage *page);

    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_staleMonths = nullptr;
    QList<CatalogTablePage *> m_pages;
};

} // namespace tco::ui
