// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>
#include <QString>

#include <span>

namespace tco::db {

/**
 * The plausible range of one numeric catalog column, with the reason for its bounds. The schema's
 * CHECK constraints only say "positive"; these ranges also refuse the absurd (a memory bandwidth
 * of 5e-324 GB/s, a model with 4,294,967,328 layers, a negative cost default), which would pass
 * the schema and then give infinite or wrapped results. Bounds are inclusive. Every numeric
 * column of every catalog table has one (tests/db check it), and integer ranges stay inside a
 * 32-bit int, the engine's type.
 */
struct ValueRange
{
    QLatin1StringView table;
    QLatin1StringView column;
    double min;
    double max;
    const char *reason; ///< why the bounds are where they are (English, shown in the error)
};

/** Every named range (docs/limits.md lists them). */
std::span<const ValueRange> valueRanges();

/** The range of @p table.@p column; nullptr when the column has none (text columns). */
const ValueRange *valueRange(const QString &table, const QString &column);

/**
 * Empty when @p value may be stored in @p table.@p column; otherwise why not, naming the value,
 * the range with its unit and the reason: "4294967328 is outside the plausible range 1–1000
 * (no published model has more than a few hundred layers)". Non-finite and subnormal values are
 * refused in every numeric column, with or without a named range.
 */
QString checkValue(const QString &table, const QString &column, double value);

/** A number as the messages show it: whole numbers without exponent, others shortest form. */
QString formatRangeNumber(double value);

} // namespace tco::db
