// SPDX-License-Identifier: MIT
#include "costviews.h"

#include <QCoreApplication>
#include <QLocale>

namespace tco::app {

namespace {
/// lupdate files the tr() calls of this namespace under the context "tco::app".
QString tr(const char *source)
{
    return QCoreApplication::translate("tco::app", source);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 0) + QLatin1Char('%');
}
} // namespace

QString capexViewText(const engine::Financials &f)
{
    if (f.capex_treatment == engine::CapexTreatment::Depreciation)
        return tr("Accrual view: (1 − %1 residual value) of the purchase price depreciated straight-line over %2 "
                  "years; "
                  "the horizon carries its share, without a resale line.")
            .arg(percent(f.residual_value_fraction), QLocale().toString(f.depreciation_years, 'g', 3));
    return tr("Cash view: the purchase price in the first month, the resale value (%1 of it) back in the last month.")
        .arg(percent(f.residual_value_fraction));
}

QString refreshReserveText(const engine::Financials &f, const engine::TierResult &t, const QString &currency)
{
    const QString amount = QLocale().toString(t.refresh_reserve, 'f', 0) + QLatin1Char(' ') + currency;
    if (f.refresh_reserve_fraction_per_year <= 0.0)
        return tr("No refresh reserve.");
    return (f.refresh_reserve_in_tco
                ? tr("Refresh reserve (%1 of capex a year): %2 over the horizon, counted in the TCO.")
                : tr("Refresh reserve (%1 of capex a year): %2 over the horizon, a budget beside "
                     "the TCO, not in it."))
        .arg(percent(f.refresh_reserve_fraction_per_year), amount);
}

} // namespace tco::app
