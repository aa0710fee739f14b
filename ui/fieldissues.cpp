// SPDX-License-Identifier: MIT
#include "fieldissues.h"
#include "theme.h"

#include <fmt/format.h>

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QHash>
#include <QPalette>
#include <QStringList>
#include <QVariant>
#include <QWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {

using Severity = engine::TierIssue::Severity;

// dynamic properties on a marked widget
constexpr char kMarkProperty[] = "tcoFieldMark"; ///< severity name of the mark shown
constexpr char kMarkKeyProperty[] = "tcoFieldMarkKey"; ///< what the mark shows (to skip equal updates)
constexpr char kOwnToolTipProperty[] = "tcoOwnToolTip"; ///< the widget's tooltip before any mark

/** Share of the warning colour mixed into the field's background: visible, the text still readable. */
constexpr double kTintShare = 0.28;
constexpr QRgb kErrorTint = 0xd62728;
constexpr QRgb kWarningTint = 0xe6a100;

int rank(Severity s)
{
    switch (s) {
    case Severity::Error: return 0;
    case Severity::Warning: return 1;
    case Severity::Info: return 2;
    }
    return 2;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("note");
    }
    return {};
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("tco::ui::FieldIssues", "Error");
    case Severity::Warning: return QCoreApplication::translate("tco::ui::FieldIssues", "Warning");
    case Severity::Info: return QCoreApplication::translate("tco::ui::FieldIssues", "Note");
    }
    return {};
}

/** "Error: message", with the language's own separator. */
QString labelled(Severity s, const QString &message)
{
    //: a problem's severity, then its message
    return QCoreApplication::translate("tco::ui::FieldIssues", "%1: %2").arg(severityLabel(s), message);
}


bool startsWith(const std::string &s, const std::string &prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

/** Lines of text the problem list shows without scrolling. */
constexpr int kIssueListLines = 4;
/** Room for the item view's own margins above and below the lines. */
constexpr int kIssueListPadding_px = 4;

IssueList::IssueList(QWidget *parent)
    : QListWidget(parent)
{
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust); // re-wrap the lines when the width changes
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitHeight();
    hide();
}

void IssueList::fitHeight()
{
    setFixedHeight(fontMetrics().lineSpacing() * kIssueListLines + 2 * frameWidth() + kIssueListPadding_px);
}

void IssueList::setIssues(FieldIssues issues)
{
    sortBySeverity(issues);
    QStringList lines;
    for (const FieldIssue &i : issues)
        lines << labelled(i.severity, i.message);
    if (lines == m_lines)
        return;
    m_lines = lines;
    clear();
    for (int k = 0; k < issues.size(); ++k) {
        const Severity s = issues[k].severity;
        auto *item = new QListWidgetItem(lines[k], this);
        item->setIcon(themedIcon(s == Severity::Error     ? u"dialog-error"_s
                                 : s == Severity::Warning ? u"dialog-warning"_s
                                                          : u"dialog-information"_s));
        item->setToolTip(lines[k]);
    }
    setVisible(!lines.isEmpty());
}

QString IssueList::text() const
{
    return m_lines.join(u'\n');
}

void IssueList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeight();
}

std::pair<bool, std::string> tierFieldSuffix(const std::string &field, int tier)
{
    const std::string prefix = fmt::format("tiers[{}]", tier);
    if (!startsWith(field, prefix))
        return {false, {}};
    return {true, field.substr(prefix.size())};
}

void sortBySeverity(FieldIssues &issues)
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const FieldIssue &a, const FieldIssue &b) { return rank(a.severity) < rank(b.severity); });
}

QString issueLines(FieldIssues issues)
{
    sortBySeverity(issues);
    QStringList lines;
    for (const FieldIssue &i : issues)
        lines << labelled(i.severity, i.message).toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

QString fieldMark(const QWidget *widget)
{
    return widget->property(kMarkProperty).toString();
}

void markField(QWidget *widget, const FieldIssues &issues)
{
    FieldIssues sorted = issues;
    sortBySeverity(sorted);
    const Severity worst = sorted.isEmpty() ? Severity::Info : sorted.front().severity;
    QStringList messages;
    for (const FieldIssue &i : sorted)
        messages << labelled(i.severity, i.message);
    // the application palette is part of the key: a theme switch re-tints
    const QString key = sorted.isEmpty() ? QString()
                                         : severityName(worst) + u'\n' + messages.join(u'\n') + u'\n'
                                               + QString::number(QApplication::palette().color(QPalette::Base).rgb());
    if (widget->property(kMarkKeyProperty).toString() == key)
        return;
    const bool wasMarked = !widget->property(kMarkKeyProperty).toString().isEmpty();
    if (!wasMarked)
        widget->setProperty(kOwnToolTipProperty, widget->toolTip());
    widget->setProperty(kMarkKeyProperty, key);

    const QString own = widget->property(kOwnToolTipProperty).toString();
    if (sorted.isEmpty()) {
        widget->setProperty(kMarkProperty, QString());
        widget->setToolTip(own);
        widget->setPalette(QPalette()); // back to the inherited palette
        return;
    }
    widget->setProperty(kMarkProperty, severityName(worst));
    widget->setToolTip(own.isEmpty() ? messages.join(u'\n') : own + u"\n\n"_s + messages.join(u'\n'));
    QPalette palette; // only the tinted roles are set: the rest stays inherited
    if (worst != Severity::Info) {
        const QRgb tint = worst == Severity::Error ? kErrorTint : kWarningTint;
        const QPalette inherited = QApplication::palette(widget);
        palette.setColor(QPalette::Base, mixColors(inherited.color(QPalette::Base), QColor(tint), kTintShare));
        palette.setColor(QPalette::Button, mixColors(inherited.color(QPalette::Button), QColor(tint), kTintShare));
    }
    widget->setPalette(palette);
}

void markFields(const std::vector<std::pair<std::string, QWidget *>> &fields, const FieldIssues &issues)
{
    QHash<QWidget *, FieldIssues> byWidget;
    for (const auto &[path, widget] : fields)
        byWidget.insert(widget, {});
    for (const FieldIssue &issue : issues) {
        for (const auto &[path, widget] : fields) {
            const bool prefix = !path.empty() && (path.back() == '[' || path.back() == '.');
            if (prefix ? startsWith(issue.field, path) : issue.field == path) {
                byWidget[widget].append(issue);
                break;
            }
        }
    }
    for (auto it = byWidget.cbegin(); it != byWidget.cend(); ++it)
        markField(it.key(), it.value());
}

} // namespace tco::ui
