// SPDX-License-Identifier: MIT
#include "provenance.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tco::db {

std::optional<QDate> asOfDate(const QString &asOf)
{
    // year, then optionally -MM[-DD] or -Qn or -Hn; or FYyyyy
    static const QRegularExpression re(
        uR"((?:FY)?((?:19|20)\d\d)(?:-(?:(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?|Q([1-4])|H([12])))?)"_s);
    const QRegularExpressionMatch m = re.match(asOf);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (!m.captured(3).isEmpty())
        return QDate(year, m.captured(2).toInt(), m.captured(3).toInt());
    int lastMonth = 12;
    if (!m.captured(2).isEmpty())
        lastMonth = m.captured(2).toInt();
    else if (!m.captured(4).isEmpty())
        lastMonth = m.captured(4).toInt() * 3;
    else if (!m.captured(5).isEmpty())
        lastMonth = m.captured(5).toInt() * 6;
    const QDate first(year, lastMonth, 1);
    return QDate(year, lastMonth, first.daysInMonth());
}

bool isStale(const QString &asOf, const QDate &today, int maxAgeMonths)
{
    const std::optional<QDate> date = asOfDate(asOf);
    return date && date->addMonths(maxAgeMonths) < today;
}

} // namespace tco::db
