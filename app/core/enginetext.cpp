// SPDX-License-Identifier: MIT
#include "enginetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace tco::app {

QString translated(const engine::Text &text, const std::string &english)
{
    if (!text.list.empty()) {
        QStringList parts;
        for (const engine::Text &t : text.list)
            parts << translated(t);
        //: joins several notes of the engine into one line
        return parts.join(QCoreApplication::translate("tco::engine", "; "));
    }
    if (text.pattern.empty())
        return QString::fromStdString(english);
    const QString pattern = QCoreApplication::translate(engine::kTextContext, text.pattern.c_str());
    return QString::fromStdString(engine::fill(pattern.toStdString(), text.args));
}

QStringList translatedIssues(const engine::Result &result)
{
    QStringList out;
    for (std::size_t i = 0; i < result.issues.size(); ++i)
        out << translated(i < result.issue_texts.size() ? result.issue_texts[i] : engine::Text{}, result.issues[i]);
    return out;
}

} // namespace tco::app
