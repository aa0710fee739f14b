// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "core/buildinfo.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tco::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About TCO Planner"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(app::productNameAndVersion().toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    layout->addWidget(title);
    auto *text = new QLabel(tr("What it really costs to serve DeepSeek-family language models, and how fast: "
                               "a workstation, an elastic hybrid cloud or a GPU cluster, from a sourced catalog "
                               "and a calibrated performance model."),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("componentsTable"));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Component"), tr("Version"), tr("License")});
    const QList<app::ComponentInfo> components = app::thirdPartyComponents();
    table->setRowCount(int(components.size()));
    for (int i = 0; i < components.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(components[i].name));
        table->setItem(i, 1, new QTableWidgetItem(components[i].version));
        table->setItem(i, 2, new QTableWidgetItem(components[i].license));
        for (int c = 0; c < 3; ++c)
            table->item(i, c)->setToolTip(components[i].url);
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->resizeColumnsToContents();
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 320);
}

} // namespace tco::ui
