// SPDX-License-Identifier: MIT
#include "scenariofile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <catalogsnapshot.h>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace tco::app {

using engine::CapexTreatment;
using engine::CloudTier;
using engine::Financials;
using engine::OnPremisesTier;
using engine::PartLine;
using engine::PublishedFigures;
using engine::PurchaseOption;
using engine::Scenario;
using engine::Tier;
using engine::TierKind;
using engine::Workload;
using Severity = ScenarioProblem::Severity;

QString ScenarioProblem::toString() const
{
    const QString text = severity == Severity::Warning ? u"warning: "_s + message : message;
    return path.isEmpty() ? text : path + u": "_s + text;
}

qsizetype ScenarioLoad::errorCount() const
{
    return std::count_if(problems.cbegin(), problems.cend(), [](const ScenarioProblem &p) { return p.isError(); });
}

qsizetype ScenarioLoad::warningCount() const
{
    return problems.size() - errorCount();
}

namespace {

// ------------------------------------------------------------------------------------------
// Spellings of the enums in the file

constexpr PurchaseOption kAllPurchaseOptions[] = {
    PurchaseOption::OnDemand,
    PurchaseOption::Spot,
    PurchaseOption::Reserved1yNoUpfront,
    PurchaseOption::Reserved1yPartialUpfront,
    PurchaseOption::Reserved1yAllUpfront,
    PurchaseOption::Reserved3yNoUpfront,
    PurchaseOption::Reserved3yPartialUpfront,
    PurchaseOption::Reserved3yAllUpfront,
    PurchaseOption::SavingsPlan1y,
    PurchaseOption::SavingsPlan3y,
};

QString optionId(PurchaseOption option)
{
    return QString::fromLatin1(engine::purchaseOptionId(option));
}

QString kindId(TierKind kind)
{
    return kind == TierKind::Cloud ? u"cloud"_s : u"on_premises"_s;
}

QString capexId(CapexTreatment treatment)
{
    return treatment == CapexTreatment::Depreciation ? u"depreciation"_s : u"upfront"_s;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/** Shortest text that reads back to @p value; whole numbers without an exponent. */
QString num(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// ------------------------------------------------------------------------------------------
// Writing

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray partsJson(const std::vector<PartLine> &parts)
{
    QJsonArray array;
    for (const PartLine &p : parts)
        array.append(QJsonObject { { u"part_id"_s, qs(p.part_id) }, { u"quantity"_s, p.quantity } });
    return array;
}

QJsonObject onPremisesJson(const OnPremisesTier &t)
{
    return QJsonObject {
        { u"gpu"_s, qs(t.gpu) },
        { u"gpus_per_node"_s, t.gpus_per_node },
        { u"nodes"_s, t.nodes },
        { u"node_parts"_s, partsJson(t.node_parts) },
        { u"shared_parts"_s, partsJson(t.shared_parts) },
        { u"link"_s, qs(t.link) },
        { u"network_gbps_per_gpu"_s, t.network_gbps_per_gpu },
        { u"colocated"_s, t.colocated },
        { u"staff_fte"_s, t.staff_fte },
    };
}

QJsonObject cloudJson(const CloudTier &t)
{
    return QJsonObject {
        { u"hot_instance"_s, qs(t.hot_instance) },
        { u"hot_option"_s, optionId(t.hot_option) },
        { u"min_replicas"_s, t.min_replicas },
        { u"max_replicas"_s, t.max_replicas },
        { u"target_utilisation"_s, t.target_utilisation },
        { u"cold_instance"_s, qs(t.cold_instance) },
        { u"cold_option"_s, optionId(t.cold_option) },
        { u"cold_precision"_s, qs(t.cold_precision) },
        { u"spot_interruption_overhead"_s, t.spot_interruption_overhead },
        { u"spot_availability"_s, t.spot_availability },
        { u"object_storage_gb"_s, t.object_storage_gb },
        { u"object_storage_usd_per_gb_month"_s, t.object_storage_usd_per_gb_month },
        { u"cache_usd_per_month"_s, t.cache_usd_per_month },
        { u"egress_gb_per_month"_s, t.egress_gb_per_month },
        { u"egress_usd_per_gb"_s, t.egress_usd_per_gb },
        { u"staff_fte"_s, t.staff_fte },
    };
}

QJsonObject tierJson(const Tier &t)
{
    QJsonObject o {
        { u"name"_s, qs(t.name) },   { u"kind"_s, kindId(t.kind) },
        { u"stack"_s, qs(t.stack) }, { u"precision"_s, qs(t.precision) },
        { u"tp"_s, t.tp },           { u"pp"_s, t.pp },
    };
    // The block of the tier's own kind always; the other one only when it carries something.
    const QJsonObject onprem = onPremisesJson(t.onprem);
    const QJsonObject cloud = cloudJson(t.cloud);
    if (t.kind == TierKind::OnPremises || onprem != onPremisesJson(OnPremisesTier {}))
        o.insert(u"on_premises"_s, onprem);
    if (t.kind == TierKind::Cloud || cloud != cloudJson(CloudTier {}))
        o.insert(u"cloud"_s, cloud);
    if (t.published) {
        const PublishedFigures &p = *t.published;
        o.insert(u"published"_s,
                 QJsonObject {
                     { u"source"_s, qs(p.source) },
                     { u"currency"_s, qs(p.currency) },
                     { u"hardware_cost"_s, optionalNumber(p.hardware_cost) },
                     { u"output_tok_s"_s, optionalNumber(p.output_tok_s) },
                     { u"latency_ms"_s, optionalNumber(p.latency_ms) },
                     { u"cost_performance_index"_s, optionalNumber(p.cost_performance_index) },
                 });
    }
    return o;
}

QJsonObject workloadJson(const Workload &w)
{
    QJsonArray profile;
    for (double share : w.hourly_profile)
        profile.append(share);
    return QJsonObject {
        { u"model"_s, qs(w.model) },
        { u"precision"_s, qs(w.precision) },
        { u"input_len"_s, w.input_len },
        { u"output_len"_s, w.output_len },
        { u"peak_requests_per_s"_s, w.peak_requests_per_s },
        { u"hourly_profile"_s, profile },
        { u"sla_ttft_ms"_s, w.sla_ttft_ms },
        { u"sla_tpot_ms"_s, w.sla_tpot_ms },
        { u"low_priority_share"_s, w.low_priority_share },
    };
}

QJsonObject financialsJson(const Financials &f)
{
    return QJsonObject {
        { u"horizon_months"_s, f.horizon_months },
        { u"currency"_s, qs(f.currency) },
        { u"electricity_price_per_kwh"_s, f.electricity_price_per_kwh },
        { u"electricity_currency"_s, qs(f.electricity_currency) },
        { u"pue"_s, f.pue },
        { u"maintenance_fraction_per_year"_s, f.maintenance_fraction_per_year },
        { u"depreciation_years"_s, f.depreciation_years },
        { u"capex_treatment"_s, capexId(f.capex_treatment) },
        { u"colocation_usd_per_kw_month"_s, f.colocation_usd_per_kw_month },
        { u"staff_usd_per_fte_year"_s, f.staff_usd_per_fte_year },
        { u"refresh_reserve_fraction_per_year"_s, f.refresh_reserve_fraction_per_year },
        { u"refresh_reserve_in_tco"_s, f.refresh_reserve_in_tco },
        { u"residual_value_fraction"_s, f.residual_value_fraction },
        { u"discount_rate_per_year"_s, f.discount_rate_per_year },
        { u"gpu_power_draw_fraction"_s, f.gpu_power_draw_fraction },
        { u"baseline_tier"_s, f.baseline_tier },
    };
}

// ------------------------------------------------------------------------------------------
// Reading

/** Above this PUE a value is probably a typo (the worst survey average, 2007, was 2.5). */
constexpr double kPueWarningAbove = 3.0;

enum class Need {
    Required, ///< absent: "missing"
    Optional, ///< absent: the default of scenario.h
};

class Problems
{
public:
    void error(const QString &path, const QString &message) { m_list.append({ Severity::Error, path, message }); }
    void warning(const QString &path, const QString &message) { m_list.append({ Severity::Warning, path, message }); }
    bool hasErrors() const
    {
        return std::any_of(m_list.cbegin(), m_list.cend(), [](const ScenarioProblem &p) { return p.isError(); });
    }
    QList<ScenarioProblem> take() { return std::exchange(m_list, {}); }

private:
    QList<ScenarioProblem> m_list;
};

/** An allowed interval of numbers, and how to say it. */
struct Range
{
    double min = -std::numeric_limits<double>::infinity();
    bool minOpen = false; ///< min itself is not allowed
    double max = std::numeric_limits<double>::infinity();
    bool maxOpen = false;

    bool contains(double v) const { return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max); }
    QString describe() const
    {
        const bool hasMin = std::isfinite(min);
        const bool hasMax = std::isfinite(max);
        const QString low = (minOpen ? u"greater than "_s : u"at least "_s) + num(min);
        const QString high = (maxOpen ? u"less than "_s : u"at most "_s) + num(max);
        if (hasMin && hasMax && !minOpen && !maxOpen)
            return u"must be between %1 and %2"_s.arg(num(min), num(max));
        if (hasMin && hasMax)
            return u"must be "_s + low + u" and "_s + high;
        if (hasMin)
            return u"must be "_s + low;
        if (hasMax)
            return u"must be "_s + high;
        return u"must be a number"_s;
    }
};

Range atLeast(double min)
{
    return { min, false };
}
Range greaterThan(double min)
{
    return { min, true };
}
Range between(double min, double max)
{
    return { min, false, max, false };
}
Range fraction()
{
    return between(0.0, 1.0);
}
/** (0, 1]: a share that must not be zero. */
Range positiveFraction()
{
    return { 0.0, true, 1.0, false };
}

QString describeType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return num(v.toDouble());
    case QJsonValue::String:
        return u"the string \"%1\""_s.arg(v.toString());
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

/** "\"a\", \"b\" or \"c\"" */
QString choiceList(const QStringList &choices)
{
    QStringList quoted;
    for (const QString &c : choices)
        quoted << u'"' + c + u'"';
    if (quoted.size() <= 1)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return quoted.join(u", "_s) + u" or "_s + last;
}

/** Optimal-string-alignment distance (a transposition counts 1), for "did you mean". */
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const size_t I = size_t(i), J = size_t(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[I][J] = std::min({ d[I - 1][J] + 1, d[I][J - 1] + 1, d[I - 1][J - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[I][J] = std::min(d[I][J], d[I - 2][J - 2] + 1);
        }
    }
    return d[size_t(n)][size_t(m)];
}

// Value conversions: each reports its own problem at @p path and returns false on failure.

bool toDouble(Problems &p, const QString &path, const QJsonValue &v, const Range &range, double &out)
{
    if (!v.isDouble()) {
        p.error(path, u"must be a number, got "_s + describeType(v));
        return false;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        p.error(path, u"must be a finite number"_s);
        return false;
    }
    if (!range.contains(d)) {
        p.error(path, range.describe() + u", got "_s + num(d));
        return false;
    }
    out = d;
    return true;
}

bool toInt(Problems &p, const QString &path, const QJsonValue &v, const Range &range, int &out)
{
    if (!v.isDouble()) {
        p.error(path, u"must be a whole number, got "_s + describeType(v));
        return false;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        p.error(path, u"must be a whole number, got "_s + num(d));
        return false;
    }
    if (!range.contains(d)) {
        p.error(path, range.describe() + u", got "_s + num(d));
        return false;
    }
    if (d > std::numeric_limits<int>::max() || d < std::numeric_limits<int>::min()) {
        p.error(path, u"must be at most %1, got %2"_s.arg(std::numeric_limits<int>::max()).arg(num(d)));
        return false;
    }
    out = int(d);
    return true;
}

enum class Empty { Allowed, Refused };

bool toText(Problems &p, const QString &path, const QJsonValue &v, Empty empty, std::string &out)
{
    if (!v.isString()) {
        p.error(path, u"must be a string, got "_s + describeType(v));
        return false;
    }
    const QString s = v.toString();
    if (empty == Empty::Refused && s.trimmed().isEmpty()) {
        p.error(path, u"must not be empty"_s);
        return false;
    }
    out = s.toStdString();
    return true;
}

bool toChoice(Problems &p, const QString &path, const QJsonValue &v, const QStringList &choices, QString &out)
{
    if (!v.isString() || !choices.contains(v.toString())) {
        p.error(path, u"must be "_s + choiceList(choices) + u", got "_s + describeType(v));
        return false;
    }
    out = v.toString();
    return true;
}

bool toPurchaseOption(Problems &p, const QString &path, const QJsonValue &v, PurchaseOption &out)
{
    QStringList ids;
    for (PurchaseOption o : kAllPurchaseOptions)
        ids << optionId(o);
    if (!v.isString()) {
        p.error(path, u"must be a purchase option (one of %1), got %2"_s.arg(ids.join(u", "_s), describeType(v)));
        return false;
    }
    const std::optional<PurchaseOption> option = engine::purchaseOptionFromId(v.toString().toStdString());
    if (!option) {
        p.error(path, u"unknown purchase option \"%1\" (expected one of %2)"_s.arg(v.toString(), ids.join(u", "_s)));
        return false;
    }
    out = *option;
    return true;
}

/**
 * One JSON object being read: looks keys up, reports "missing" for required ones, and at the
 * end reports the keys nobody asked for. Lenient readers (the block of the other tier kind)
 * treat every key as optional and accept empty names.
 */
class ObjectReader
{
public:
    ObjectReader(Problems &problems, QJsonObject object, QString path, bool lenient = false)
        : m_problems(problems)
        , m_object(std::move(object))
        , m_path(std::move(path))
        , m_lenient(lenient)
    { }

    QString pathOf(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    Problems &problems() { return m_problems; }
    bool has(const QString &key) const { return m_object.contains(key); }
    bool lenient() const { return m_lenient; }

    /** The value of @p key, or nullopt (reporting "missing" when required). */
    std::optional<QJsonValue> value(const QString &key, Need need)
    {
        m_known << key;
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            if (need == Need::Required && !m_lenient)
                m_problems.error(pathOf(key), u"missing"_s);
            return std::nullopt;
        }
        return it.value();
    }

    bool readDouble(const QString &key, double &out, Need need, const Range &range)
    {
        const auto v = value(key, need);
        return v && toDouble(m_problems, pathOf(key), *v, range, out);
    }
    bool readInt(const QString &key, int &out, Need need, const Range &range)
    {
        const auto v = value(key, need);
        return v && toInt(m_problems, pathOf(key), *v, range, out);
    }
    bool readText(const QString &key, std::string &out, Need need, Empty empty)
    {
        const auto v = value(key, need);
        return v && toText(m_problems, pathOf(key), *v, m_lenient ? Empty::Allowed : empty, out);
    }
    bool readBool(const QString &key, bool &out, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return false;
        if (!v->isBool()) {
            m_problems.error(pathOf(key), u"must be true or false, got "_s + describeType(*v));
            return false;
        }
        out = v->toBool();
        return true;
    }
    bool readChoice(const QString &key, QString &out, Need need, const QStringList &choices)
    {
        const auto v = value(key, need);
        return v && toChoice(m_problems, pathOf(key), *v, choices, out);
    }
    bool readPurchaseOption(const QString &key, PurchaseOption &out, Need need)
    {
        const auto v = value(key, need);
        return v && toPurchaseOption(m_problems, pathOf(key), *v, out);
    }
    /** A figure that may be unknown: absent or null = nullopt. */
    void readOptionalDouble(const QString &key, std::optional<double> &out, const Range &range)
    {
        const auto v = value(key, Need::Optional);
        out.reset();
        double d = 0.0;
        if (v && !v->isNull() && toDouble(m_problems, pathOf(key), *v, range, d))
            out = d;
    }
    /** The object at @p key, or nullopt (reporting "missing" or a type error). */
    std::optional<QJsonObject> readObject(const QString &key, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isObject()) {
            m_problems.error(pathOf(key), u"must be an object, got "_s + describeType(*v));
            return std::nullopt;
        }
        return v->toObject();
    }
    std::optional<QJsonArray> readArray(const QString &key, Need need)
    {
        const auto v = value(key, need);
        if (!v)
            return std::nullopt;
        if (!v->isArray()) {
            m_problems.error(pathOf(key), u"must be an array, got "_s + describeType(*v));
            return std::nullopt;
        }
        return v->toArray();
    }

    /** Warns about every key that was not asked for (typos), with the closest known key. */
    void reportUnknownKeys()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (m_known.contains(it.key()))
                continue;
            QString best;
            int bestDistance = std::numeric_limits<int>::max();
            for (const QString &k : std::as_const(m_known)) {
                const int d = editDistance(it.key().toLower(), k);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            const bool close = bestDistance <= 2 && bestDistance * 3 <= best.size();
            m_problems.warning(pathOf(it.key()),
                               close ? u"unknown key (ignored); did you mean \"%1\"?"_s.arg(best)
                                     : u"unknown key (ignored)"_s);
        }
    }

private:
    Problems &m_problems;
    QJsonObject m_object;
    QString m_path;
    bool m_lenient = false;
    QStringList m_known;
};

const QStringList kCurrencies = { u"CNY"_s, u"USD"_s };

void readWorkload(ObjectReader &r, Workload &w)
{
    r.readText(u"model"_s, w.model, Need::Required, Empty::Refused);
    r.readText(u"precision"_s, w.precision, Need::Required, Empty::Refused);
    r.readInt(u"input_len"_s, w.input_len, Need::Required, atLeast(1));
    r.readInt(u"output_len"_s, w.output_len, Need::Required, atLeast(1));
    r.readDouble(u"peak_requests_per_s"_s, w.peak_requests_per_s, Need::Required, greaterThan(0));
    if (const auto profile = r.readArray(u"hourly_profile"_s, Need::Required)) {
        const QString path = r.pathOf(u"hourly_profile"_s);
        if (profile->size() != engine::kHoursPerDay) {
            r.problems().error(
                path,
                u"must have %1 values (one per hour, the first at midnight), got %2"_s.arg(engine::kHoursPerDay)
                    .arg(profile->size()));
        } else {
            bool allValid = true;
            std::array<double, engine::kHoursPerDay> hours {};
            for (int h = 0; h < engine::kHoursPerDay; ++h)
                allValid
                    &= toDouble(r.problems(), path + u"[%1]"_s.arg(h), profile->at(h), fraction(), hours[size_t(h)]);
            if (allValid && std::none_of(hours.cbegin(), hours.cend(), [](double s) { return s > 0.0; }))
                r.problems().error(path, u"must have at least one hour with demand (a value above 0)"_s);
            if (allValid)
                w.hourly_profile = hours;
        }
    }
    r.readDouble(u"sla_ttft_ms"_s, w.sla_ttft_ms, Need::Required, greaterThan(0));
    r.readDouble(u"sla_tpot_ms"_s, w.sla_tpot_ms, Need::Required, greaterThan(0));
    r.readDouble(u"low_priority_share"_s, w.low_priority_share, Need::Optional, fraction());
    r.reportUnknownKeys();
}

void readParts(ObjectReader &r, const QString &key, std::vector<PartLine> &out)
{
    const auto array = r.readArray(key, Need::Optional);
    if (!array)
        return;
    out.clear();
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString path = r.pathOf(key) + u"[%1]"_s.arg(i);
        const QJsonValue v = array->at(i);
        if (!v.isObject()) {
            r.problems().error(path,
                               u"must be an object {\"part_id\": ..., \"quantity\": ...}, got "_s + describeType(v));
            continue;
        }
        ObjectReader part(r.problems(), v.toObject(), path, r.lenient());
        PartLine line;
        part.readText(u"part_id"_s, line.part_id, Need::Required, Empty::Refused);
        part.readDouble(u"quantity"_s, line.quantity, Need::Optional, greaterThan(0));
        part.reportUnknownKeys();
        out.push_back(std::move(line));
    }
}

/** Reads an on-premises block; returns whether both GPU counts were read (for the tp check). */
bool readOnPremises(ObjectReader &r, OnPremisesTier &t)
{
    r.readText(u"gpu"_s, t.gpu, Need::Required, Empty::Refused);
    const bool perNodeOk = r.readInt(u"gpus_per_node"_s, t.gpus_per_node, Need::Required, atLeast(1));
    const bool nodesOk = r.readInt(u"nodes"_s, t.nodes, Need::Required, atLeast(1));
    readParts(r, u"node_parts"_s, t.node_parts);
    readParts(r, u"shared_parts"_s, t.shared_parts);
    QString link;
    if (r.readChoice(u"link"_s, link, Need::Optional, { QString(), u"pcie"_s, u"nvlink"_s }))
        t.link = link.toStdString();
    r.readDouble(u"network_gbps_per_gpu"_s, t.network_gbps_per_gpu, Need::Optional, atLeast(0));
    r.readBool(u"colocated"_s, t.colocated, Need::Optional);
    r.readDouble(u"staff_fte"_s, t.staff_fte, Need::Optional, atLeast(0));
    r.reportUnknownKeys();
    return perNodeOk && nodesOk;
}

void readCloud(ObjectReader &r, CloudTier &t)
{
    r.readText(u"hot_instance"_s, t.hot_instance, Need::Required, Empty::Refused);
    r.readPurchaseOption(u"hot_option"_s, t.hot_option, Need::Required);
    const bool minOk = r.readInt(u"min_replicas"_s, t.min_replicas, Need::Required, atLeast(1));
    int maxReplicas = t.max_replicas;
    if (r.readInt(u"max_replicas"_s, maxReplicas, Need::Required, atLeast(1))) {
        if (minOk && maxReplicas < t.min_replicas)
            r.problems().error(r.pathOf(u"max_replicas"_s),
                               u"must be at least min_replicas (%1), got %2"_s.arg(t.min_replicas).arg(maxReplicas));
        else
            t.max_replicas = maxReplicas;
    }
    r.readDouble(u"target_utilisation"_s, t.target_utilisation, Need::Required, positiveFraction());
    r.readText(u"cold_instance"_s, t.cold_instance, Need::Optional, Empty::Allowed);
    r.readPurchaseOption(u"cold_option"_s, t.cold_option, Need::Optional);
    r.readText(u"cold_precision"_s, t.cold_precision, Need::Optional, Empty::Allowed);
    r.readDouble(u"spot_interruption_overhead"_s, t.spot_interruption_overhead, Need::Optional, fraction());
    r.readDouble(u"spot_availability"_s, t.spot_availability, Need::Optional, fraction());
    r.readDouble(u"object_storage_gb"_s, t.object_storage_gb, Need::Optional, atLeast(0));
    r.readDouble(u"object_storage_usd_per_gb_month"_s, t.object_storage_usd_per_gb_month, Need::Optional, atLeast(0));
    r.readDouble(u"cache_usd_per_month"_s, t.cache_usd_per_month, Need::Optional, atLeast(0));
    r.readDouble(u"egress_gb_per_month"_s, t.egress_gb_per_month, Need::Optional, atLeast(0));
    r.readDouble(u"egress_usd_per_gb"_s, t.egress_usd_per_gb, Need::Optional, atLeast(0));
    r.readDouble(u"staff_fte"_s, t.staff_fte, Need::Optional, atLeast(0));
    r.reportUnknownKeys();
}

void readPublished(ObjectReader &r, PublishedFigures &p)
{
    r.readText(u"source"_s, p.source, Need::Optional, Empty::Allowed);
    QString currency;
    const bool currencyRead
        = r.readChoice(u"currency"_s, currency, Need::Optional, QStringList { QString() } + kCurrencies);
    if (currencyRead)
        p.currency = currency.toStdString();
    r.readOptionalDouble(u"hardware_cost"_s, p.hardware_cost, atLeast(0));
    r.readOptionalDouble(u"output_tok_s"_s, p.output_tok_s, greaterThan(0));
    r.readOptionalDouble(u"latency_ms"_s, p.latency_ms, greaterThan(0));
    r.readOptionalDouble(u"cost_performance_index"_s, p.cost_performance_index, greaterThan(0));
    if (p.hardware_cost && p.currency.empty() && (currencyRead || !r.has(u"currency"_s)))
        r.problems().error(r.pathOf(u"currency"_s), u"missing (the currency of hardware_cost)"_s);
    r.reportUnknownKeys();
}

void readTier(ObjectReader &r, Tier &t)
{
    r.readText(u"name"_s, t.name, Need::Required, Empty::Refused);
    QString kind;
    const bool kindOk = r.readChoice(u"kind"_s, kind, Need::Required, { u"on_premises"_s, u"cloud"_s });
    if (kindOk)
        t.kind = kind == "cloud"_L1 ? TierKind::Cloud : TierKind::OnPremises;
    r.readText(u"stack"_s, t.stack, Need::Required, Empty::Refused);
    r.readText(u"precision"_s, t.precision, Need::Optional, Empty::Allowed);
    // Absent is fine (the defaults); a value with a problem skips the GPU-count check below.
    const bool tpOk = r.readInt(u"tp"_s, t.tp, Need::Optional, atLeast(0)) || !r.has(u"tp"_s);
    const bool ppOk = r.readInt(u"pp"_s, t.pp, Need::Optional, atLeast(1)) || !r.has(u"pp"_s);

    // The block of the tier's kind is required; the other one is optional and read leniently.
    const bool cloud = kindOk && t.kind == TierKind::Cloud;
    const bool onprem = kindOk && t.kind == TierKind::OnPremises;
    if (const auto o = r.readObject(u"on_premises"_s, onprem ? Need::Required : Need::Optional)) {
        ObjectReader block(r.problems(), *o, r.pathOf(u"on_premises"_s), !onprem);
        const bool countsOk = readOnPremises(block, t.onprem);
        // Parallelism cannot span more GPUs than the tier has (tp 0 = automatic, at least 1).
        const long long gpus = static_cast<long long>(t.onprem.gpus_per_node) * t.onprem.nodes;
        const long long needed = static_cast<long long>(std::max(t.tp, 1)) * t.pp;
        if (onprem && countsOk && tpOk && ppOk && needed > gpus) {
            const QString has = u"the tier has %1 (%2 per node × %3 nodes)"_s.arg(gpus)
                                    .arg(t.onprem.gpus_per_node)
                                    .arg(t.onprem.nodes);
            if (t.tp > 0)
                r.problems().error(r.pathOf(u"tp"_s),
                                   u"tp × pp = %1 × %2 = %3 GPUs, but "_s.arg(t.tp).arg(t.pp).arg(needed) + has);
            else
                r.problems().error(r.pathOf(u"pp"_s), u"pp = %1 GPUs, but "_s.arg(t.pp) + has);
        }
    }
    if (const auto o = r.readObject(u"cloud"_s, cloud ? Need::Required : Need::Optional)) {
        ObjectReader block(r.problems(), *o, r.pathOf(u"cloud"_s), !cloud);
        readCloud(block, t.cloud);
    }
    if (const auto o = r.readObject(u"published"_s, Need::Optional)) {
        ObjectReader block(r.problems(), *o, r.pathOf(u"published"_s));
        PublishedFigures p;
        readPublished(block, p);
        t.published = std::move(p);
    }
    r.reportUnknownKeys();
}

void readFinancials(ObjectReader &r, Financials &f, qsizetype tierCount)
{
    r.readInt(u"horizon_months"_s, f.horizon_months, Need::Required, between(1, kMaxHorizonMonths));
    QString currency;
    if (r.readChoice(u"currency"_s, currency, Need::Required, kCurrencies))
        f.currency = currency.toStdString();
    r.readDouble(u"electricity_price_per_kwh"_s, f.electricity_price_per_kwh, Need::Required, atLeast(0));
    if (r.readChoice(u"electricity_currency"_s, currency, Need::Required, kCurrencies))
        f.electricity_currency = currency.toStdString();
    if (r.readDouble(u"pue"_s, f.pue, Need::Required, atLeast(1)) && f.pue > kPueWarningAbove)
        r.problems().warning(
            r.pathOf(u"pue"_s),
            u"%1 is unusually high (facility averages are 1.1 to 2.5); is it a typo?"_s.arg(num(f.pue)));
    r.readDouble(u"maintenance_fraction_per_year"_s, f.maintenance_fraction_per_year, Need::Required, fraction());
    r.readDouble(u"depreciation_years"_s, f.depreciation_years, Need::Required, greaterThan(0));
    QString capex;
    if (r.readChoice(u"capex_treatment"_s, capex, Need::Optional, { u"upfront"_s, u"depreciation"_s }))
        f.capex_treatment = capex == "depreciation"_L1 ? CapexTreatment::Depreciation : CapexTreatment::Upfront;
    r.readDouble(u"colocation_usd_per_kw_month"_s, f.colocation_usd_per_kw_month, Need::Required, atLeast(0));
    r.readDouble(u"staff_usd_per_fte_year"_s, f.staff_usd_per_fte_year, Need::Required, atLeast(0));
    r.readDouble(u"refresh_reserve_fraction_per_year"_s, f.refresh_reserve_fraction_per_year, Need::Required,
                 fraction());
    r.readBool(u"refresh_reserve_in_tco"_s, f.refresh_reserve_in_tco, Need::Optional);
    r.readDouble(u"residual_value_fraction"_s, f.residual_value_fraction, Need::Optional, fraction());
    r.readDouble(u"discount_rate_per_year"_s, f.discount_rate_per_year, Need::Optional, fraction());
    r.readDouble(u"gpu_power_draw_fraction"_s, f.gpu_power_draw_fraction, Need::Optional, positiveFraction());
    int baseline = f.baseline_tier;
    if (r.readInt(u"baseline_tier"_s, baseline, Need::Optional, atLeast(0))) {
        if (tierCount > 0 && baseline >= tierCount)
            r.problems().error(r.pathOf(u"baseline_tier"_s),
                               u"must be the index of a tier (0 to %1), got %2"_s.arg(tierCount - 1).arg(baseline));
        else
            f.baseline_tier = baseline;
    }
    r.reportUnknownKeys();
}

/** Line and column (1-based, column in bytes) of a byte offset. */
std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return { line, offset - lastNewline };
}

} // namespace

// ------------------------------------------------------------------------------------------

QByteArray scenarioToJson(const Scenario &scenario)
{
    QJsonArray tiers;
    for (const Tier &t : scenario.tiers)
        tiers.append(tierJson(t));
    QJsonObject root {
        { u"format"_s, QString::fromLatin1(kScenarioFormatName) },
        { u"version"_s, kScenarioFormatVersion },
        { u"title"_s, qs(scenario.title) },
        { u"workload"_s, workloadJson(scenario.workload) },
        { u"tiers"_s, tiers },
        { u"financials"_s, financialsJson(scenario.financials) },
    };
    if (!scenario.market.empty()) // optional key: files without it have no market (catalog prices only)
        root.insert(u"market"_s, qs(scenario.market));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ScenarioLoad scenarioFromJson(const QByteArray &json)
{
    ScenarioLoad result;
    Problems problems;
    const auto finish = [&]() {
        result.problems = problems.take();
        if (result.errorCount() == 0)
            result.scenario = result.bestEffort;
        return result;
    };
    const auto fail = [&]() {
        result.bestEffort = Scenario {};
        result.problems = problems.take();
        return result;
    };

    if (json.trimmed().isEmpty()) {
        problems.error(QString(), u"the file is empty (not a TCO Planner scenario)"_s);
        return fail();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset can be one past the last byte; a parser stopped by the end of the data
        // usually means a file cut short (an interrupted copy or download).
        const qsizetype offset = std::min<qsizetype>(parseError.offset, json.size());
        const auto [line, column] = lineAndColumn(json, offset);
        const QJsonParseError::ParseError e = parseError.error;
        const bool cutShort = offset >= json.size()
            && (e == QJsonParseError::UnterminatedObject || e == QJsonParseError::UnterminatedArray
                || e == QJsonParseError::UnterminatedString || e == QJsonParseError::TerminationByNumber
                || e == QJsonParseError::IllegalValue);
        const QString end = cutShort ? u"; the end of the file: is it cut short?"_s : QString();
        problems.error(QString(),
                       u"not valid JSON: %1 at line %2, column %3 (byte %4%5)"_s.arg(parseError.errorString())
                           .arg(line)
                           .arg(column)
                           .arg(offset)
                           .arg(end));
        return fail();
    }
    if (!doc.isObject()) {
        problems.error(QString(), u"must be a JSON object (a TCO Planner scenario), got an array"_s);
        return fail();
    }
    const QJsonObject rootObject = doc.object();
    ObjectReader root(problems, rootObject, QString());

    // Format and version first: a file of another kind or a newer version is not read further.
    const QString formatName = QString::fromLatin1(kScenarioFormatName);
    const auto format = root.value(u"format"_s, Need::Optional);
    if (!format) {
        problems.error(u"format"_s,
                       u"missing: not a TCO Planner scenario (expected \"format\": \"%1\")"_s.arg(formatName));
        return fail();
    }
    if (format->toString() != formatName) {
        problems.error(u"format"_s,
                       u"must be \"%1\", got %2: not a TCO Planner scenario"_s.arg(formatName, describeType(*format)));
        return fail();
    }
    int version = 0;
    if (!root.readInt(u"version"_s, version, Need::Required, atLeast(1)))
        return fail();
    if (version > kScenarioFormatVersion) {
        problems.error(
            u"version"_s,
            u"written by a newer TCO Planner (format version %1; this program reads up to %2)"_s.arg(version).arg(
                kScenarioFormatVersion));
        return fail();
    }

    Scenario &s = result.bestEffort;
    root.readText(u"title"_s, s.title, Need::Optional, Empty::Allowed);
    root.readText(u"market"_s, s.market, Need::Optional, Empty::Allowed);
    if (const auto o = root.readObject(u"workload"_s, Need::Required)) {
        ObjectReader r(problems, *o, u"workload"_s);
        readWorkload(r, s.workload);
    }
    if (const auto tiers = root.readArray(u"tiers"_s, Need::Required)) {
        if (tiers->isEmpty())
            problems.error(u"tiers"_s, u"must list at least one tier"_s);
        for (qsizetype i = 0; i < tiers->size(); ++i) {
            const QString path = u"tiers[%1]"_s.arg(i);
            const QJsonValue v = tiers->at(i);
            Tier tier;
            if (!v.isObject()) {
                problems.error(path, u"must be an object, got "_s + describeType(v));
            } else {
                ObjectReader r(problems, v.toObject(), path);
                readTier(r, tier);
            }
            for (size_t j = 0; j < s.tiers.size(); ++j) {
                if (!tier.name.empty() && s.tiers[j].name == tier.name) {
                    problems.warning(
                        path + u".name"_s,
                        u"the same name as tiers[%1] (\"%2\"): results will be hard to tell apart"_s.arg(j).arg(
                            qs(tier.name)));
                    break;
                }
            }
            s.tiers.push_back(std::move(tier));
        }
    }
    if (const auto o = root.readObject(u"financials"_s, Need::Required)) {
        ObjectReader r(problems, *o, u"financials"_s);
        readFinancials(r, s.financials, qsizetype(s.tiers.size()));
    }
    root.reportUnknownKeys();
    return finish();
}

bool saveScenarioFile(const Scenario &scenario, const QString &path, QString *error)
{
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, reason);
        return false;
    };
    QSaveFile file(path);
    // Unbuffered: a short write (disk full, file-size limit) shows in write()'s count. Through
    // the buffer, Qt 6.4 drops the rest of a short write at commit() and reports success.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(file.errorString());
    const QByteArray data = scenarioToJson(scenario);
    const qint64 written = file.write(data);
    if (written != data.size()) {
        const QString reason = written < 0
            ? file.errorString()
            : u"only %1 of %2 bytes could be written (disk full or file too large?)"_s.arg(written).arg(data.size());
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

ScenarioLoad loadScenarioFile(const QString &path)
{
    const auto unreadable = [&](const QString &reason) {
        ScenarioLoad result;
        result.problems.append({ Severity::Error, QString(), u"cannot read %1: %2"_s.arg(path, reason) });
        return result;
    };
    QFile file(path);
    if (QFileInfo(path).isDir())
        return unreadable(u"it is a folder"_s);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    if (file.size() > kMaxScenarioFileBytes)
        return unreadable(u"%1 bytes is too large for a scenario (the limit is %2 bytes)"_s.arg(file.size())
                              .arg(kMaxScenarioFileBytes));
    const QByteArray data = file.read(kMaxScenarioFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return unreadable(file.errorString());
    return scenarioFromJson(data);
}

QList<ScenarioProblem> checkCatalogReferences(const Scenario &scenario, const engine::CatalogSnapshot &catalog)
{
    Problems problems;
    const auto unknown = [&](const QString &path, const char *what, const std::string &name) {
        problems.error(path, u"unknown %1 \"%2\" (not in the catalog)"_s.arg(QLatin1StringView(what), qs(name)));
    };
    const auto checkPrecision = [&](const QString &path, const std::string &name) {
        if (!name.empty() && !catalog.findPrecision(name))
            unknown(path, "precision", name);
    };
    const auto checkInstance
        = [&](const QString &path, const std::string &id, PurchaseOption option, const QString &optionPath) {
              const engine::CloudInstance *instance = catalog.findInstance(id);
              if (!instance)
                  unknown(path, "cloud instance", id);
              else if (!instance->price(option))
                  problems.error(optionPath, u"the catalog has no %1 price for %2"_s.arg(optionId(option), qs(id)));
          };
    const auto checkParts = [&](const QString &path, const std::vector<PartLine> &parts) {
        for (size_t i = 0; i < parts.size(); ++i)
            if (!catalog.findPart(parts[i].part_id))
                unknown(path + u"[%1].part_id"_s.arg(i), "server part", parts[i].part_id);
    };

    if (!scenario.market.empty() && !catalog.findMarket(scenario.market))
        unknown(u"market"_s, "market", scenario.market);
    if (!catalog.findModel(scenario.workload.model))
        unknown(u"workload.model"_s, "model", scenario.workload.model);
    if (!catalog.findPrecision(scenario.workload.precision))
        unknown(u"workload.precision"_s, "precision", scenario.workload.precision);
    for (size_t i = 0; i < scenario.tiers.size(); ++i) {
        const Tier &t = scenario.tiers[i];
        const QString path = u"tiers[%1]."_s.arg(i);
        // Stacks are only checked when the catalog has any (older catalogs have none).
        if (!catalog.stacks.empty() && !catalog.findStack(t.stack))
            unknown(path + u"stack"_s, "serving stack", t.stack);
        checkPrecision(path + u"precision"_s, t.precision);
        if (t.kind == TierKind::OnPremises) {
            if (!catalog.findGpu(t.onprem.gpu))
                unknown(path + u"on_premises.gpu"_s, "GPU", t.onprem.gpu);
            checkParts(path + u"on_premises.node_parts"_s, t.onprem.node_parts);
            checkParts(path + u"on_premises.shared_parts"_s, t.onprem.shared_parts);
        } else {
            checkInstance(path + u"cloud.hot_instance"_s, t.cloud.hot_instance, t.cloud.hot_option,
                          path + u"cloud.hot_option"_s);
            if (!t.cloud.cold_instance.empty())
                checkInstance(path + u"cloud.cold_instance"_s, t.cloud.cold_instance, t.cloud.cold_option,
                              path + u"cloud.cold_option"_s);
            checkPrecision(path + u"cloud.cold_precision"_s, t.cloud.cold_precision);
        }
    }
    return problems.take();
}

} // namespace tco::app
