// SPDX-License-Identifier: MIT
#include "catalogview.h"

#include "confirm.h"

#include "catalog.h"
#include "catalogdelegate.h"
#include "catalogtablemodel.h"
#include "csvio.h"
#include "provenance.h"
#include "report/reportio.h"
#include "settings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
/// Widest a text column starts out, px; full text is in the tooltip.
constexpr int kMaxInitialColumnWidth_px = 260;
/// An import that takes longer than this shows a progress dialog with Cancel, ms.
constexpr int kImportProgressDelay_ms = 500;
/// Steps of the import progress bar.
constexpr int kImportProgressSteps = 1000;

QString importCancelledText()
{
    return CatalogTablePage::tr("The import was cancelled; the catalog is unchanged.");
}
} // namespace

CatalogTablePage::CatalogTablePage(db::Catalog &catalog, const QString &table, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_table(table)
{
    setObjectName(u"catalogPage_"_s + table);
    m_model = new CatalogTableModel(catalog.database(), table, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &CatalogTablePage::updateSummary);
    bar->addWidget(m_filter, 1);

    auto addButton = [&](const QString &name, const QString &text, const QString &icon, auto slot) {
        auto *b = new QPushButton(QIcon::fromTheme(icon), text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    addButton(u"addRow"_s, tr("Add"), u"list-add"_s, &CatalogTablePage::handleAdd);
    addButton(u"duplicateRow"_s, tr("Duplicate"), u"edit-copy"_s, &CatalogTablePage::handleDuplicate);
    addButton(u"deleteRows"_s, tr("Delete"), u"list-remove"_s, &CatalogTablePage::handleDelete);
    m_save = addButton(u"save"_s, tr("Save"), u"document-save"_s, &CatalogTablePage::save);
    m_revert = addButton(u"revert"_s, tr("Revert"), u"document-revert"_s, &CatalogTablePage::revert);
    addButton(u"import"_s, tr("Import…"), u"document-import"_s, &CatalogTablePage::handleImport);
    addButton(u"export"_s, tr("Export…"), u"document-export"_s, &CatalogTablePage::handleExport);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(u"tableView"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CatalogDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), kMaxInitialColumnWidth_px));
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    layout->addWidget(m_summary);

    connect(m_model, &CatalogTableModel::editRejected, this, &CatalogTablePage::message);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CatalogTablePage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CatalogTablePage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CatalogTablePage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogTablePage::updateSummary);
    connect(m_model, &QSqlTableModel::beforeDelete, this, &CatalogTablePage::updateSummary);
    updateSummary();
}

bool CatalogTablePage::hasPendingChanges() const
{
    return m_model->isDirty();
}

void CatalogTablePage::updateSummary()
{
    const bool pending = hasPendingChanges();
    m_save->setEnabled(pending);
    m_revert->setEnabled(pending);
    QString text = tr("%n row(s)", nullptr, m_model->rowCount());
    if (m_proxy->rowCount() != m_model->rowCount())
        text += u" · "_s + tr("%n shown", nullptr, m_proxy->rowCount());
    if (m_model->hasPrices()) {
        const int stale = m_model->staleRowCount();
        if (stale > 0)
            text += u" · "_s
                + tr("%n price(s) older than %1 months (marked)", nullptr, stale).arg(m_model->staleAfterMonths());
    }
    if (pending)
        text += u" · "_s + tr("unsaved changes");
    m_summary->setText(text);
    Q_EMIT pendingChangesChanged(pending);
}

bool CatalogTablePage::save()
{
    QString error;
    if (!m_model->saveAll(&error)) {
        Q_EMIT message(tr("Could not save %1: %2").arg(CatalogView::tableTitle(m_table), error));
        QMessageBox::warning(
            this, tr("Save catalog"),
            tr("The changes to %1 were not saved:\n%2\n\nYour edits are still here; correct them and save again.")
                .arg(CatalogView::tableTitle(m_table), error));
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(CatalogView::tableTitle(m_table)));
    Q_EMIT catalogChanged();
    updateSummary();
    return true;
}

void CatalogTablePage::revert()
{
    m_model->revertAll();
    updateSummary();
}

void CatalogTablePage::setStaleAfterMonths(int months)
{
    m_model->setStaleRule(months, QDate::currentDate());
    updateSummary();
}

void CatalogTablePage::handleAdd()
{
    const int row = m_model->appendRow();
    if (row < 0)
        return;
    m_filter->clear();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->scrollTo(index);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void CatalogTablePage::handleDuplicate()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        Q_EMIT message(tr("Select a row to duplicate."));
        return;
    }
    const int row = m_model->duplicateRow(current.row());
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void CatalogTablePage::handleDelete()
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_proxy->mapToSource(m_view->currentIndex()).row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        m_model->removeRow(r);
    updateSummary();
    if (!rows.isEmpty())
        Q_EMIT message(
            tr("%n row(s) marked for deletion; Save to apply, Revert to keep them.", nullptr, int(rows.size())));
}

db::ImportResult CatalogTablePage::runImport(const QString &path, db::ImportMode mode)
{
    QProgressDialog progress(
        tr("Importing %1 into %2…").arg(QFileInfo(path).fileName(), CatalogView::tableTitle(m_table)), tr("Cancel"), 0,
        kImportProgressSteps, this);
    progress.setObjectName(u"importProgress"_s);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // The dynamic property lets a test show the dialog at once instead of after the delay.
    const QVariant delay = property("importProgressDelay_ms");
    progress.setMinimumDuration(delay.isValid() ? delay.toInt() : kImportProgressDelay_ms);
    progress.setValue(0);
    const db::ImportResult r
        = db::importCsvFile(m_catalog.database(), m_table, path, mode, [&progress](qint64 done, qint64 total) {
              if (total > 0)
                  progress.setValue(
                      int(std::clamp<qint64>(done * kImportProgressSteps / total, 0, kImportProgressSteps)));
              return !progress.wasCanceled();
          });
    progress.close();
    return r;
}

bool CatalogTablePage::confirmCascade(const QList<db::TableCount> &removed)
{
    QStringList lines;
    for (const db::TableCount &c : removed)
        lines << tr("%1 (%2): %n row(s)", nullptr, int(std::min<qint64>(c.rows, std::numeric_limits<int>::max())))
                     .arg(CatalogView::tableTitle(c.table), c.table);
    return confirmDestructive(this, tr("Replace %1").arg(CatalogView::tableTitle(m_table)),
                              tr("Replacing %1 with the file's rows also removes the rows of other tables that refer "
                                 "to the removed rows. The replace removes:")
                                  .arg(CatalogView::tableTitle(m_table)),
                              lines, tr("Remove them too"), u"cascadeConfirmation"_s, u"confirmCascade"_s);
}

QStringList CatalogTablePage::importFile(const QString &path, bool replace)
{
    db::ImportResult r = runImport(path, replace ? db::ImportMode::Replace : db::ImportMode::Merge);
    // A replace that takes rows of other tables with it (cascading foreign keys) was refused,
    // with nothing changed: ask with the counts, and run it again only when confirmed.
    if (r.needsCascade && !r.cancelled) {
        if (!confirmCascade(r.removed)) {
            r = db::ImportResult();
            r.cancelled = true;
        } else {
            r = runImport(path, db::ImportMode::ReplaceCascade);
        }
    }
    if (r.cancelled) {
        Q_EMIT message(importCancelledText());
        updateSummary();
        return { importCancelledText() };
    }
    QStringList problems;
    for (const db::ImportIssue &i : r.issues)
        problems << i.toString();
    if (r.ok()) {
        m_model->select();
        while (m_model->canFetchMore())
            m_model->fetchMore();
        QString text = tr("Imported %1: %2 added, %3 updated, %4 removed")
                           .arg(path)
                           .arg(r.inserted)
                           .arg(r.updated)
                           .arg(r.deleted);
        if (r.cascadedRows() > 0)
            text += u"; "_s
                + tr("%n row(s) of other tables removed with them", nullptr,
                     int(std::min<qint64>(r.cascadedRows(), std::numeric_limits<int>::max())));
        Q_EMIT message(text);
        Q_EMIT catalogChanged();
    }
    updateSummary();
    return problems;
}

QString CatalogTablePage::exportFile(const QString &path)
{
    // Through the shared safe writer: never over the catalog (or its SQLite companions), a
    // folder or a device; written to a temporary file and renamed into place.
    QString error;
    if (!report::writeFileAtomically(path, db::exportCsv(m_catalog.database(), m_table), &error,
                                     report::catalogFiles(m_catalog.path())))
        return error.isEmpty() ? tr("cannot write %1").arg(path) : error;
    return {};
}

void CatalogTablePage::handleImport()
{
    if (hasPendingChanges()) {
        QMessageBox::information(
            this, tr("Import"),
            tr("Save or revert your edits to %1 before importing.").arg(CatalogView::tableTitle(m_table)));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import %1").arg(CatalogView::tableTitle(m_table)),
                                                      QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Import"),
                    tr("Add the file's rows to %1 and update rows with the same key, or make the table hold exactly "
                       "the file's rows?")
                        .arg(CatalogView::tableTitle(m_table)),
                    QMessageBox::Cancel, this);
    QPushButton *merge = ask.addButton(tr("Add and update"), QMessageBox::AcceptRole);
    QPushButton *replace = ask.addButton(tr("Replace the table"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(merge);
    ask.exec();
    if (ask.clickedButton() != merge && ask.clickedButton() != replace)
        return;
    const QStringList problems = importFile(path, ask.clickedButton() == replace);
    if (!problems.isEmpty() && problems != QStringList { importCancelledText() }) {
        QMessageBox box(QMessageBox::Warning, tr("Import"),
                        tr("Nothing was imported: %n problem(s) in the file. The catalog is unchanged.", nullptr,
                           int(problems.size())),
                        QMessageBox::Ok, this);
        box.setInformativeText(problems.mid(0, 5).join(u'\n'));
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
    }
}

void CatalogTablePage::handleExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(CatalogView::tableTitle(m_table)),
                                                      m_table + u".csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportWithMessage(path);
}

bool CatalogTablePage::exportWithMessage(const QString &path)
{
    const QString error = exportFile(path);
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export"),
                        tr("%1 was not exported; nothing was changed.").arg(CatalogView::tableTitle(m_table)),
                        QMessageBox::Ok, this);
        box.setObjectName(u"exportError"_s);
        box.setInformativeText(error);
        box.exec();
        return false;
    }
    Q_EMIT message(tr("Exported %1 to %2").arg(CatalogView::tableTitle(m_table), path));
    return true;
}

QString CatalogView::tableTitle(const QString &table)
{
    static const QHash<QString, const char *> titles = {
        { u"gpus"_s, QT_TR_NOOP("GPUs") },
        { u"gpu_aliases"_s, QT_TR_NOOP("GPU aliases") },
        { u"server_parts"_s, QT_TR_NOOP("Server parts") },
        { u"cloud_providers"_s, QT_TR_NOOP("Cloud providers") },
        { u"cloud_regions"_s, QT_TR_NOOP("Regions") },
        { u"cloud_instances"_s, QT_TR_NOOP("Cloud instances") },
        { u"cloud_prices"_s, QT_TR_NOOP("Cloud prices") },
        { u"models"_s, QT_TR_NOOP("Models") },
        { u"model_aliases"_s, QT_TR_NOOP("Model aliases") },
        { u"precisions"_s, QT_TR_NOOP("Precisions") },
        { u"precision_aliases"_s, QT_TR_NOOP("Precision aliases") },
        { u"serving_stacks"_s, QT_TR_NOOP("Serving stacks") },
        { u"serving_stack_aliases"_s, QT_TR_NOOP("Stack aliases") },
        { u"electricity_prices"_s, QT_TR_NOOP("Electricity") },
        { u"pue_defaults"_s, QT_TR_NOOP("PUE") },
        { u"exchange_rates"_s, QT_TR_NOOP("Exchange rates") },
        { u"cost_defaults"_s, QT_TR_NOOP("Cost defaults") },
        { u"api_prices"_s, QT_TR_NOOP("API prices") },
        { u"markets"_s, QT_TR_NOOP("Markets") },
        { u"market_prices"_s, QT_TR_NOOP("Market prices") },
    };
    const auto it = titles.constFind(table);
    return it == titles.constEnd() ? table : tr(*it);
}

CatalogView::CatalogView(db::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"catalogView"_s);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *info = new QLabel(tr("Catalog %1 — every row carries its source and as-of date.").arg(catalog.path()), this);
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(info, 1);
    top->addWidget(new QLabel(tr("Mark prices older than"), this));
    m_staleMonths = new QSpinBox(this);
    m_staleMonths->setObjectName(u"staleMonths"_s);
    m_staleMonths->setRange(1, 120);
    m_staleMonths->setSuffix(tr(" months"));
    m_staleMonths->setValue(settings::staleAfterMonths.value());
    top->addWidget(m_staleMonths);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"catalogTabs"_s);
    m_tabs->setUsesScrollButtons(true);
    for (const QString &table : db::catalogTables()) {
        auto *page = new CatalogTablePage(catalog, table, m_tabs);
        page->setStaleAfterMonths(m_staleMonths->value());
        m_pages << page;
        m_tabs->addTab(page, tableTitle(table));
        connect(page, &CatalogTablePage::pendingChangesChanged, this, [this, page] { updateTabTitle(page); });
        connect(page, &CatalogTablePage::message, this, &CatalogView::message);
        connect(page, &CatalogTablePage::catalogChanged, this, &CatalogView::catalogChanged);
    }
    layout->addWidget(m_tabs, 1);
    connect(m_staleMonths, &QSpinBox::valueChanged, this, [this](int months) {
        settings::staleAfterMonths.setValue(months);
        for (CatalogTablePage *p : std::as_const(m_pages))
            p->setStaleAfterMonths(months);
    });
}

CatalogTablePage *CatalogView::page(const QString &table) const
{
    for (CatalogTablePage *p : m_pages)
        if (p->table() == table)
            return p;
    return nullptr;
}

bool CatalogView::hasPendingChanges() const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(),
                       [](const CatalogTablePage *p) { return p->hasPendingChanges(); });
}

bool CatalogView::maybeSave()
{
    if (!hasPendingChanges())
        return true;
    const auto answer
        = QMessageBox::warning(this, tr("Catalog"), tr("The catalog has unsaved edits. Save them?"),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    for (CatalogTablePage *p : std::as_const(m_pages)) {
        if (!p->hasPendingChanges())
            continue;
        if (answer == QMessageBox::Discard)
            p->revert();
        else if (!p->save())
            return false;
    }
    return true;
}

void CatalogView::updateTabTitle(CatalogTablePage *page)
{
    const int i = m_tabs->indexOf(page);
    if (i >= 0)
        m_tabs->setTabText(i, tableTitle(page->table()) + (page->hasPendingChanges() ? u" *"_s : QString()));
}

} // namespace tco::ui
