// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace tco::ui {

/**
 * Editors for catalog cells: a line edit with a number validator for numeric columns (no
 * spin box, so no rounding of values), and a searchable combo box of existing keys for a
 * column that refers to another table.
 */
class CatalogDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace tco::ui
