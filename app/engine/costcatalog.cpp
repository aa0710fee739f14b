// SPDX-License-Identifier: MIT
#include "costcatalog.h"

#include <array>
#include <utility>

namespace tco::engine {

namespace {
constexpr std::array<std::pair<PurchaseOption, const char *>, 10> kOptionIds = {{
    {PurchaseOption::OnDemand, "on_demand"},
    {PurchaseOption::Spot, "spot"},
    {PurchaseOption::Reserved1yNoUpfront, "reserved_1y_no_upfront"},
    {PurchaseOption::Reserved1yPartialUpfront, "reserved_1y_partial_upfront"},
    {PurchaseOption::Reserved1yAllUpfront, "reserved_1y_all_upfront"},
    {PurchaseOption::Reserved3yNoUpfront, "reserved_3y_no_upfront"},
    {PurchaseOption::Reserved3yPartialUpfront, "reserved_3y_partial_upfront"},
    {PurchaseOption::Reserved3yAllUpfront, "reserved_3y_all_upfront"},
    {PurchaseOption::SavingsPlan1y, "savings_plan_1y"},
    {PurchaseOption::SavingsPlan3y, "savings_plan_3y"},
}};
} // namespace

const char *purchaseOptionId(PurchaseOption option)
{
    for (const auto &[o, id] : kOptionIds)
        if (o == option)
            return id;
    return "on_demand";
}

std::optional<PurchaseOption> purchaseOptionFromId(std::string_view id)
{
    for (const auto &[o, name] : kOptionIds)
        if (id == name)
            return o;
    return std::nullopt;
}

int commitmentMonths(PurchaseOption option)
{
    switch (option) {
    case PurchaseOption::OnDemand:
    case PurchaseOption::Spot:
        return 0;
    case PurchaseOption::Reserved1yNoUpfront:
    case PurchaseOption::Reserved1yPartialUpfront:
    case PurchaseOption::Reserved1yAllUpfront:
    case PurchaseOption::SavingsPlan1y:
        return 12;
    case PurchaseOption::Reserved3yNoUpfront:
    case PurchaseOption::Reserved3yPartialUpfront:
    case PurchaseOption::Reserved3yAllUpfront:
    case PurchaseOption::SavingsPlan3y:
        return 36;
    }
    return 0;
}

const CloudPrice *CloudInstance::price(PurchaseOption option, std::string_view currency) const
{
    const CloudPrice *any = nullptr;
    for (const CloudPrice &p : prices) {
        if (p.option != option)
            continue;
        if (currency.empty() || p.currency == currency)
            return &p;
        if (!any)
            any = &p;
    }
    return any;
}

} // namespace tco::engine
