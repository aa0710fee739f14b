// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace tco::db {

/**
 * The date an `as_of` cell stands for. The catalog's dates are periods written by people:
 * "2025-04-17", "2025-04", "2024-Q4", "2025-H1", "FY2023", "2023", "2022-10 (launch)",
 * "2025-11-30 (prices); OD re-checked 2026-07-20". The first date-like token counts (that is the
 * value's own date), and a period stands for its last day, so a value is never called older
 * than it is. nullopt when the text holds no date.
 */
std::optional<QDate> asOfDate(const QString &asOf);

/** Default age after which a price is marked stale in the catalog view, months. */
inline constexpr int kDefaultStaleAfter_months = 12;

/** True when @p asOf is a date older than @p maxAgeMonths before @p today. */
bool isStale(const QString &asOf, const QDate &today, int maxAgeMonths);

} // namespace tco::db
