// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace tco::ui {

/** Version of the product and the versions and licenses of Qt, fmt and SQLite. */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace tco::ui
