// SPDX-License-Identifier: MIT
#include "catalogdelegate.h"

#include "catalogtablemodel.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleValidator>
#include <QIntValidator>
#include <QLineEdit>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
/** The catalog model behind @p index and the column's description. */
const db::ColumnInfo *columnOf(const QModelIndex &index, const CatalogTableModel **modelOut = nullptr)
{
    const QAbstractItemModel *m = index.model();
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(m))
        m = proxy->sourceModel();
    const auto *model = qobject_cast<const CatalogTableModel *>(m);
    if (!model || index.column() >= model->info().columns.size())
        return nullptr;
    if (modelOut)
        *modelOut = model;
    return &model->info().columns[index.column()];
}
} // namespace

QWidget *CatalogDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const CatalogTableModel *model = nullptr;
    const db::ColumnInfo *column = columnOf(index, &model);
    if (!column)
        return QStyledItemDelegate::createEditor(parent, option, index);
    if (!column->refTable.isEmpty() && db::isCatalogTable(column->refTable)) {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        QSqlQuery q(model->database());
        // Identifiers from the schema's own foreign-key description, not from input.
        q.exec(u"SELECT %1 FROM %2 ORDER BY %1"_s.arg(column->refColumn, column->refTable)); // sql-identifiers-only
        while (q.next())
            combo->addItem(q.value(0).toString());
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    if (column->type == db::ColumnType::Integer) {
        edit->setValidator(new QIntValidator(edit));
    } else if (column->type == db::ColumnType::Real) {
        auto *v = new QDoubleValidator(edit);
        v->setNotation(QDoubleValidator::StandardNotation);
        if (column->isMoney())
            v->setBottom(0.0);
        edit->setValidator(v);
    }
    return edit;
}

void CatalogDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(value.toString());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const db::ColumnInfo *column = columnOf(index);
        if (column && column->type == db::ColumnType::Real && !value.isNull() && !value.toString().isEmpty())
            edit->setText(QLocale().toString(value.toDouble(), 'g', 15));
        else
            edit->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void CatalogDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const db::ColumnInfo *column = columnOf(index);
        QString text = edit->text().trimmed();
        if (column && column->isNumeric() && !text.isEmpty()) {
            bool ok = false;
            const double v = QLocale().toDouble(text, &ok);
            if (ok)
                text = QString::number(v, 'g', 17);
        }
        model->setData(index, text);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace tco::ui
