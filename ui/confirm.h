// SPDX-License-Identifier: MIT
#pragma once
// One question before something is destroyed: what, with the list in the details, a button that
// names the act, and Cancel as the default. The object names let offscreen tests answer it.

#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QStringList>

namespace tco::ui {

/** True when the user pressed @p actText; the box is named @p objectName, its button @p buttonName. */
inline bool confirmDestructive(QWidget *parent, const QString &title, const QString &text, const QStringList &details,
                               const QString &actText, const QString &objectName, const QString &buttonName)
{
    QMessageBox ask(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    ask.setObjectName(objectName);
    ask.setInformativeText(details.join(u'\n'));
    QPushButton *act = ask.addButton(actText, QMessageBox::DestructiveRole);
    act->setObjectName(buttonName);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == act;
}

} // namespace tco::ui
