// SPDX-License-Identifier: MIT
#pragma once
// Problems shown where they arise: the field an issue names is tinted (red for an error, amber
// for a warning) and its tooltip lists the messages; a tier's problems are also listed above
// its fields. The dashboard gathers the issues once per result; each panel marks its own fields.

#include "tcoresult.h"

#include <QListWidget>
#include <QHash>
#include <QList>
#include <QString>

#include <string>
#include <utility>
#include <vector>

class QWidget;

namespace tco::ui {


struct FieldIssue
{
    int tier = -1; ///< the tier it concerns; -1 for the scenario as a whole
    std::string field; ///< full path: "tiers[2].onprem.gpu", "workload.sla_tpot_ms", "tiers[1]"
    engine::TierIssue::Severity severity = engine::TierIssue::Severity::Warning;
    QString message;
    bool stalePrice = false; ///< a catalog price older than the stale mark (not an engine issue)

    friend bool operator==(const FieldIssue &a, const FieldIssue &b)
    {
        return a.tier == b.tier && a.field == b.field && a.severity == b.severity && a.message == b.message
            && a.stalePrice == b.stalePrice;
    }
};

using FieldIssues = QList<FieldIssue>;

/** Whether @p field is tier @p tier's, and the part after its "tiers[N]" prefix (".onprem.gpu"). */
std::pair<bool, std::string> tierFieldSuffix(const std::string &field, int tier);

/**
 * Marks @p widget with @p issues: a background tinted by the worst severity of errors and
 * warnings (notes do not tint) and the messages in the tooltip, after the widget's own. Empty
 * @p issues clear the mark. Nothing is touched when the mark is the one already shown.
 */
void markField(QWidget *widget, const FieldIssues &issues);

/** The mark's severity name on @p widget: "error", "warning", "note" or empty (for tests). */
QString fieldMark(const QWidget *widget);

/** "Error: …", "Warning: …", "Note: …" lines, errors first, as rich text with escaped messages. */
QString issueLines(FieldIssues issues);

/** Errors first, then warnings, then notes; the order within each kept. */
void sortBySeverity(FieldIssues &issues);

/**
 * Assigns each issue to the first widget whose field it names: @p fields pairs a field path
 * (or a prefix ending in '[' or '.', matching every path that starts with it) with a widget.
 * Every widget listed is marked, unmarked when it has no issue.
 */
void markFields(const std::vector<std::pair<std::string, QWidget *>> &fields, const FieldIssues &issues);

/**
 * A tier's problems above its fields, one wrapped line each with its icon, errors first. The
 * list has a fixed height and scrolls: a new text (the messages carry figures, so most edits
 * change it) never re-lays out the panel around it. Hidden when there is nothing to say.
 */
class IssueList : public QListWidget
{
public:
    explicit IssueList(QWidget *parent = nullptr);
    /** Shows @p issues; nothing happens when they are the ones shown. */
    void setIssues(FieldIssues issues);
    /** The lines shown, "Error: …" etc., one per line. */
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
    QStringList m_lines;
};

} // namespace tco::ui
