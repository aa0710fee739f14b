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
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
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
    if (t.n_plus_one)
        o.insert(u"n_plus_one"_s, true);
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
    QJsonObject o {
        { u"model"_s, qs(w.model) },
        { u"precision"_s, qs(w.precision) },
        { u"input_len"_s, w.input_len },
        { u"output_len"_s, w.output_len },
        { u"peak_requests_per_s"_s, w.peak_requests_per_s },
        { u"hourly_profile"_s, profile },
        { u"sla_ttft_ms"_s, w.sla_ttft_ms },
        { u"sla_tpot_ms"_s, w.sla_tpot_ms },
        { u"low_priority_share"_s, w.low_priority_share },
        { u"cache_hit_share"_s, w.cache_hit_share },
    };
    // optional: absent means "mean", so files of earlier releases read and write unchanged
    if (w.sla_percentile != engine::SlaPercentile::Mean)
        o.insert(u"sla_percentile"_s, qs(std::string(engine::slaPercentileName(w.sla_percentile))));
    return o;
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

// Plausible upper bounds of the numbers of a scenario (docs/limits.md). A value above one is a
// typo or a unit mistake, and its cost would overflow or dwarf every real figure; the error
// says why the bound is where it is.
constexpr double kMaxPeakRequestsPerS = 1e6;
constexpr double kMaxSlaMs = 3.6e6; ///< an hour
constexpr int kMaxGpusPerNode = 1024;
constexpr int kMaxNodes = 100000;
constexpr int kMaxParallelDegree = 1024;
constexpr int kMaxReplicas = 100000;
constexpr double kMaxPartQuantity = 1e6;
constexpr double kMaxNetworkGbpsPerGpu = 1e5;
constexpr double kMaxStaffFte = 1e4;
constexpr double kMaxStorageGb = 1e9; ///< an exabyte
constexpr double kMaxUsdPerGb = 1000.0;
constexpr double kMaxCacheUsdPerMonth = 1e9;
constexpr double kMaxEgressGbPerMonth = 1e9; ///< an exabyte a month
constexpr double kMaxElectricityPricePerKwh = 100.0;
constexpr double kMaxPue = 10.0;
constexpr double kMaxDepreciationYears = 50.0;
constexpr double kMaxColocationUsdPerKwMonth = 10000.0;
constexpr double kMaxStaffUsdPerFteYear = 1e7;
constexpr double kMaxPublishedFigure = 1e12;

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

    /** Why max is where it is, for a plausibility bound (said when a value is above it). */
    QString why;

    bool contains(double v) const { return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max); }
    bool above(double v) const { return !(maxOpen ? v < max : v <= max); }
    /** "must be ..., got V", with the reason of a plausibility bound that V is above. */
    QString problem(double v) const
    {
        if (why.isEmpty())
            return describe() + u", got "_s + num(v);
        if (above(v))
            return (maxOpen ? u"must be less than "_s : u"must be at most "_s) + num(max) + u", got "_s + num(v)
                + u" ("_s + why + u')';
        Range lower = *this;
        lower.max = std::numeric_limits<double>::infinity();
        lower.why.clear();
        return lower.problem(v);
    }
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
    return { min, false, std::numeric_limits<double>::infinity(), false, {} };
}
Range greaterThan(double min)
{
    return { min, true, std::numeric_limits<double>::infinity(), false, {} };
}
Range between(double min, double max)
{
    return { min, false, max, false, {} };
}
Range fraction()
{
    return between(0.0, 1.0);
}
/** (0, 1]: a share that must not be zero. */
Range positiveFraction()
{
    return { 0.0, true, 1.0, false, {} };
}
/** @p range with a plausible upper bound @p max, and why it is there. */
Range upTo(Range range, double max, const QString &why)
{
    range.max = max;
    range.maxOpen = false;
    range.why = why;
    return range;
}

/** Characters (code points) of @p s. */
qsizetype characters(const QString &s)
{
    return s.size() - std::count_if(s.cbegin(), s.cend(), [](QChar c) { return c.isLowSurrogate(); });
}

/** @p key as a path shows it: a key longer than kMaxSuggestedKeyChars is cut, with its length. */
QString shownKey(const QString &key)
{
    if (characters(key) <= kMaxSuggestedKeyChars)
        return key;
    return key.left(kMaxSuggestedKeyChars / 2) + u"… (%1 characters)"_s.arg(characters(key));
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
        p.error(path, range.problem(d));
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
        p.error(path, range.problem(d));
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

/** A name or id (kMaxNameChars), or free text (kMaxTextChars). */
enum class TextKind { Name, Text };

bool toText(Problems &p, const QString &path, const QJsonValue &v, Empty empty, TextKind kind, std::string &out)
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
    const qsizetype length = characters(s);
    const int limit = kind == TextKind::Name ? kMaxNameChars : kMaxTextChars;
    if (length > limit) {
        p.error(
            path,
            kind == TextKind::Name
                ? u"must be at most %1 characters, got %2 (a longer name does not fit a table, a chart or a file name)"_s
                      .arg(limit)
                      .arg(length)
                : u"must be at most %1 characters, got %2"_s.arg(limit).arg(length));
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
    bool readText(const QString &key, std::string &out, Need need, Empty empty, TextKind kind = TextKind::Name)
    {
        const auto v = value(key, need);
        return v && toText(m_problems, pathOf(key), *v, m_lenient ? Empty::Allowed : empty, kind, out);
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
            // Only a key of about the length of a known one can be a typo of it: a long key gets
            // no suggestion (the distance costs its length times the known key's).
            QString best;
            int bestDistance = std::numeric_limits<int>::max();
            if (characters(it.key()) <= kMaxSuggestedKeyChars) {
                for (const QString &k : std::as_const(m_known)) {
                    const int d = editDistance(it.key().toLower(), k);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = k;
                    }
                }
            }
            const bool close = bestDistance <= 2 && bestDistance * 3 <= best.size();
            m_problems.warning(pathOf(shownKey(it.key())),
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
    const QString longestContext = u"the longest context of any model is %1 tokens"_s.arg(engine::kMaxSequenceTokens);
    const bool inputOk = r.readInt(u"input_len"_s, w.input_len, Need::Required,
                                   upTo(atLeast(1), engine::kMaxSequenceTokens, longestContext));
    const bool outputOk = r.readInt(u"output_len"_s, w.output_len, Need::Required,
                                    upTo(atLeast(1), engine::kMaxSequenceTokens, longestContext));
    // 64 bits: a deployment's --max-model-len is the sum
    const std::int64_t sequence = std::int64_t(w.input_len) + std::int64_t(w.output_len);
    if (inputOk && outputOk && sequence > engine::kMaxSequenceTokens)
        r.problems().error(
            r.pathOf(u"output_len"_s),
            u"input_len + output_len must be at most %1 tokens, got %2 (%3)"_s.arg(engine::kMaxSequenceTokens)
                .arg(sequence)
                .arg(longestContext));
    r.readDouble(u"peak_requests_per_s"_s, w.peak_requests_per_s, Need::Required,
                 upTo(greaterThan(0), kMaxPeakRequestsPerS,
                      u"a million requests a second is more than the largest public services serve"_s));
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
    r.readDouble(u"sla_ttft_ms"_s, w.sla_ttft_ms, Need::Required, upTo(greaterThan(0), kMaxSlaMs, u"an hour"_s));
    r.readDouble(u"sla_tpot_ms"_s, w.sla_tpot_ms, Need::Required, upTo(greaterThan(0), kMaxSlaMs, u"an hour"_s));
    r.readDouble(u"low_priority_share"_s, w.low_priority_share, Need::Optional, fraction());
    QString percentile;
    if (r.readChoice(u"sla_percentile"_s, percentile, Need::Optional, { u"mean"_s, u"p90"_s, u"p99"_s }))
        w.sla_percentile = engine::parseSlaPercentile(percentile.toStdString()).value_or(engine::SlaPercentile::Mean);
    r.readDouble(u"cache_hit_share"_s, w.cache_hit_share, Need::Optional, fraction());
    r.reportUnknownKeys();
}

/** Staff share of a tier, in full-time equivalents. */
void readStaff(ObjectReader &r, double &fte)
{
    r.readDouble(u"staff_fte"_s, fte, Need::Optional,
                 upTo(atLeast(0), kMaxStaffFte, u"ten thousand full-time staff"_s));
}

void readParts(ObjectReader &r, const QString &key, std::vector<PartLine> &out)
{
    const auto array = r.readArray(key, Need::Optional);
    if (!array)
        return;
    if (array->size() > kMaxPartLines) {
        r.problems().error(r.pathOf(key),
                           u"lists %1 parts; the limit is %2 (a server has about ten kinds of parts: list each once, "
                           "with its quantity)"_s.arg(array->size())
                               .arg(kMaxPartLines));
        return;
    }
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
        part.readDouble(u"quantity"_s, line.quantity, Need::Optional,
                        upTo(greaterThan(0), kMaxPartQuantity, u"a million of one part"_s));
        part.reportUnknownKeys();
        out.push_back(std::move(line));
    }
}

/** Reads an on-premises block; returns whether both GPU counts were read (for the tp check). */
bool readOnPremises(ObjectReader &r, OnPremisesTier &t)
{
    r.readText(u"gpu"_s, t.gpu, Need::Required, Empty::Refused);
    const bool perNodeOk
        = r.readInt(u"gpus_per_node"_s, t.gpus_per_node, Need::Required,
                    upTo(atLeast(1), kMaxGpusPerNode, u"the largest NVLink domain announced has 576 GPUs"_s));
    bool nodesOk = r.readInt(u"nodes"_s, t.nodes, Need::Required,
                             upTo(atLeast(1), kMaxNodes, u"the largest clusters have about 100,000 GPUs"_s));
    const std::int64_t gpus = std::int64_t(t.gpus_per_node) * std::int64_t(t.nodes);
    if (perNodeOk && nodesOk && gpus > engine::kMaxGpusPerTier) {
        r.problems().error(r.pathOf(u"nodes"_s),
                           u"%1 GPUs per node × %2 nodes = %3 GPUs; the limit is %4 (ten times the largest clusters)"_s
                               .arg(t.gpus_per_node)
                               .arg(t.nodes)
                               .arg(gpus)
                               .arg(engine::kMaxGpusPerTier));
        nodesOk = false;
    }
    readParts(r, u"node_parts"_s, t.node_parts);
    readParts(r, u"shared_parts"_s, t.shared_parts);
    QString link;
    if (r.readChoice(u"link"_s, link, Need::Optional, { QString(), u"pcie"_s, u"nvlink"_s }))
        t.link = link.toStdString();
    r.readDouble(u"network_gbps_per_gpu"_s, t.network_gbps_per_gpu, Need::Optional,
                 upTo(atLeast(0), kMaxNetworkGbpsPerGpu, u"100 Tb/s per GPU; the fastest today is 0.8"_s));
    r.readBool(u"colocated"_s, t.colocated, Need::Optional);
    readStaff(r, t.staff_fte);
    r.reportUnknownKeys();
    return perNodeOk && nodesOk;
}

void readCloud(ObjectReader &r, CloudTier &t)
{
    r.readText(u"hot_instance"_s, t.hot_instance, Need::Required, Empty::Refused);
    r.readPurchaseOption(u"hot_option"_s, t.hot_option, Need::Required);
    const QString replicas = u"a hundred thousand replicas, far beyond any autoscaling group"_s;
    const bool minOk
        = r.readInt(u"min_replicas"_s, t.min_replicas, Need::Required, upTo(atLeast(1), kMaxReplicas, replicas));
    int maxReplicas = t.max_replicas;
    if (r.readInt(u"max_replicas"_s, maxReplicas, Need::Required, upTo(atLeast(1), kMaxReplicas, replicas))) {
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
    const QString perGb = u"object storage and data transfer cost cents per GB"_s;
    r.readDouble(u"object_storage_gb"_s, t.object_storage_gb, Need::Optional,
                 upTo(atLeast(0), kMaxStorageGb, u"an exabyte"_s));
    r.readDouble(u"object_storage_usd_per_gb_month"_s, t.object_storage_usd_per_gb_month, Need::Optional,
                 upTo(atLeast(0), kMaxUsdPerGb, perGb));
    r.readDouble(u"cache_usd_per_month"_s, t.cache_usd_per_month, Need::Optional,
                 upTo(atLeast(0), kMaxCacheUsdPerMonth, u"a billion USD a month"_s));
    r.readDouble(u"egress_gb_per_month"_s, t.egress_gb_per_month, Need::Optional,
                 upTo(atLeast(0), kMaxEgressGbPerMonth, u"an exabyte a month"_s));
    r.readDouble(u"egress_usd_per_gb"_s, t.egress_usd_per_gb, Need::Optional, upTo(atLeast(0), kMaxUsdPerGb, perGb));
    readStaff(r, t.staff_fte);
    r.reportUnknownKeys();
}

void readPublished(ObjectReader &r, PublishedFigures &p)
{
    r.readText(u"source"_s, p.source, Need::Optional, Empty::Allowed, TextKind::Text);
    QString currency;
    const bool currencyRead
        = r.readChoice(u"currency"_s, currency, Need::Optional, QStringList { QString() } + kCurrencies);
    if (currencyRead)
        p.currency = currency.toStdString();
    const QString trillion = u"a trillion"_s;
    r.readOptionalDouble(u"hardware_cost"_s, p.hardware_cost, upTo(atLeast(0), kMaxPublishedFigure, trillion));
    r.readOptionalDouble(u"output_tok_s"_s, p.output_tok_s, upTo(greaterThan(0), kMaxPublishedFigure, trillion));
    r.readOptionalDouble(u"latency_ms"_s, p.latency_ms, upTo(greaterThan(0), kMaxSlaMs, u"an hour"_s));
    r.readOptionalDouble(u"cost_performance_index"_s, p.cost_performance_index,
                         upTo(greaterThan(0), kMaxPublishedFigure, trillion));
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
    const QString degree = u"no model is split over more GPUs"_s;
    const bool tpOk
        = r.readInt(u"tp"_s, t.tp, Need::Optional, upTo(atLeast(0), kMaxParallelDegree, degree)) || !r.has(u"tp"_s);
    const bool ppOk
        = r.readInt(u"pp"_s, t.pp, Need::Optional, upTo(atLeast(1), kMaxParallelDegree, degree)) || !r.has(u"pp"_s);
    r.readBool(u"n_plus_one"_s, t.n_plus_one, Need::Optional);

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
    r.readDouble(u"electricity_price_per_kwh"_s, f.electricity_price_per_kwh, Need::Required,
                 upTo(atLeast(0), kMaxElectricityPricePerKwh,
                      u"the dearest retail electricity costs less than 1 USD or 8 CNY per kWh"_s));
    if (r.readChoice(u"electricity_currency"_s, currency, Need::Required, kCurrencies))
        f.electricity_currency = currency.toStdString();
    if (r.readDouble(u"pue"_s, f.pue, Need::Required, upTo(atLeast(1), kMaxPue, u"facility averages are 1.1 to 2.5"_s))
        && f.pue > kPueWarningAbove)
        r.problems().warning(
            r.pathOf(u"pue"_s),
            u"%1 is unusually high (facility averages are 1.1 to 2.5); is it a typo?"_s.arg(num(f.pue)));
    r.readDouble(u"maintenance_fraction_per_year"_s, f.maintenance_fraction_per_year, Need::Required, fraction());
    r.readDouble(u"depreciation_years"_s, f.depreciation_years, Need::Required,
                 upTo(greaterThan(0), kMaxDepreciationYears, u"half a century"_s));
    QString capex;
    if (r.readChoice(u"capex_treatment"_s, capex, Need::Optional, { u"upfront"_s, u"depreciation"_s }))
        f.capex_treatment = capex == "depreciation"_L1 ? CapexTreatment::Depreciation : CapexTreatment::Upfront;
    r.readDouble(u"colocation_usd_per_kw_month"_s, f.colocation_usd_per_kw_month, Need::Required,
                 upTo(atLeast(0), kMaxColocationUsdPerKwMonth, u"colocation costs 100 to 300 USD per kW-month"_s));
    r.readDouble(u"staff_usd_per_fte_year"_s, f.staff_usd_per_fte_year, Need::Required,
                 upTo(atLeast(0), kMaxStaffUsdPerFteYear, u"ten million USD a year per full-time person"_s));
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

/** A problem the raw scan of a scenario file found. */
struct RawProblem
{
    QString path;
    QString message;
};

/** "line L, column C" of byte @p offset. */
QString place(const QByteArray &data, qsizetype offset)
{
    const auto [line, column] = lineAndColumn(data, offset);
    return u"line %1, column %2"_s.arg(line).arg(column);
}

/** Offset of the first byte of @p data that is not well-formed UTF-8, or -1. */
qsizetype invalidUtf8At(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < low || p[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return -1;
}

/** Appends code point @p cp to @p out as UTF-8. */
void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

/**
 * One linear pass over the raw text, before the JSON parser: the encoding (UTF-8), the nesting
 * depth, the length of every string, and duplicate keys, which QJsonDocument would silently
 * collapse to one ("version": 999, "version": 1). Keys are compared decoded (escapes resolved),
 * per object. Text that is not valid JSON ends the scan without a problem: the parser names it.
 */
std::optional<RawProblem> scanRawJson(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return RawProblem { QString(),
                            u"not UTF-8: the file is UTF-16 (it starts with a byte-order mark); save it as UTF-8"_s };
    if (const qsizetype bad = invalidUtf8At(data); bad >= 0)
        return RawProblem { QString(),
                            u"not UTF-8: the byte 0x%1 at %2 is not valid UTF-8 (save the file as UTF-8; "
                            "Windows-1252 or Latin-1 text is not read)"_s.arg(
                                QString::number(uchar(data[bad]), 16).toUpper().rightJustified(2, u'0'),
                                place(data, bad)) };
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) // valid UTF-8, but never in JSON text
        return RawProblem { QString(),
                            u"not UTF-8 text: a NUL byte at %1 (UTF-16 without a byte-order mark, or not a text "
                            "file)"_s.arg(place(data, nul)) };

    struct Frame
    {
        bool object = false;
        qsizetype index = 0; ///< arrays: the current element
        std::string key; ///< objects: the current key (UTF-8, decoded)
        std::unordered_map<std::string, qsizetype> keys; ///< objects: each key and where it first is
    };
    std::vector<Frame> frames;
    const auto segment = [](QString &path, const Frame &f) {
        if (!f.object)
            path += u"[%1]"_s.arg(f.index);
        else
            path += (path.isEmpty() ? QString() : u"."_s) + shownKey(QString::fromStdString(f.key));
    };
    // the path of the value at the current position of frame @p depth (its key or index included)
    const auto pathAt = [&](std::size_t depth) {
        QString path;
        for (std::size_t i = 0; i <= depth && i < frames.size(); ++i)
            segment(path, frames[i]);
        return path;
    };

    const char *p = data.constData();
    const qsizetype n = data.size();
    bool keyPosition = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        switch (c) {
        case '{':
        case '[':
            if (int(frames.size()) >= kMaxJsonDepth)
                return RawProblem { pathAt(frames.size() - 1),
                                    u"nested more than %1 levels deep at %2 (a scenario nests 6)"_s.arg(kMaxJsonDepth)
                                        .arg(place(data, i)) };
            frames.emplace_back();
            frames.back().object = c == '{';
            keyPosition = c == '{';
            break;
        case '}':
        case ']':
            if (frames.empty() || frames.back().object != (c == '}'))
                return std::nullopt; // not JSON: the parser says where
            frames.pop_back();
            keyPosition = false;
            break;
        case ',':
            if (frames.empty())
                return std::nullopt;
            if (frames.back().object)
                keyPosition = true;
            else
                ++frames.back().index;
            break;
        case ':':
            keyPosition = false;
            break;
        case '"': {
            const qsizetype start = i;
            const bool isKey = keyPosition && !frames.empty() && frames.back().object;
            std::string key;
            qsizetype length = 0; // characters, decoded
            for (++i;; ++i) {
                if (i >= n || uchar(p[i]) < 0x20)
                    return std::nullopt; // unterminated, or a raw control character: the parser says
                const char b = p[i];
                if (b == '"')
                    break;
                if (b == '\\') {
                    if (++i >= n)
                        return std::nullopt;
                    char32_t cp = 0;
                    switch (p[i]) {
                    case '"':
                        cp = '"';
                        break;
                    case '\\':
                        cp = '\\';
                        break;
                    case '/':
                        cp = '/';
                        break;
                    case 'b':
                        cp = '\b';
                        break;
                    case 'f':
                        cp = '\f';
                        break;
                    case 'n':
                        cp = '\n';
                        break;
                    case 'r':
                        cp = '\r';
                        break;
                    case 't':
                        cp = '\t';
                        break;
                    case 'u': {
                        const auto hex4 = [&](qsizetype at, char32_t &out) {
                            if (at + 4 > n)
                                return false;
                            bool ok = false;
                            out = char32_t(QByteArray(p + at, 4).toUInt(&ok, 16));
                            return ok;
                        };
                        if (!hex4(i + 1, cp))
                            return std::nullopt;
                        i += 4;
                        char32_t low = 0;
                        if (cp >= 0xD800 && cp <= 0xDBFF && i + 2 < n && p[i + 1] == '\\' && p[i + 2] == 'u'
                            && hex4(i + 3, low) && low >= 0xDC00 && low <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                            i += 6;
                        }
                        break;
                    }
                    default:
                        return std::nullopt;
                    }
                    ++length;
                    if (isKey && length <= kMaxJsonStringChars)
                        appendUtf8(key, cp);
                } else {
                    if ((uchar(b) & 0xC0) != 0x80)
                        ++length;
                    if (isKey && length <= kMaxJsonStringChars)
                        key += b;
                }
                if (length > kMaxJsonStringChars) {
                    // a key: the object that holds it; a value: its key or index
                    QString path;
                    if (!frames.empty())
                        path = isKey ? (frames.size() > 1 ? pathAt(frames.size() - 2) : QString())
                                     : pathAt(frames.size() - 1);
                    return RawProblem { path,
                                        u"a %1 longer than %2 characters at %3 (no field of a scenario holds more than "
                                        "%4)"_s.arg(isKey ? u"key"_s : u"string"_s)
                                            .arg(kMaxJsonStringChars)
                                            .arg(place(data, start))
                                            .arg(kMaxTextChars) };
                }
            }
            if (isKey) {
                Frame &f = frames.back();
                const auto [first, inserted] = f.keys.emplace(key, start);
                f.key = std::move(key);
                if (!inserted)
                    return RawProblem { pathAt(frames.size() - 1),
                                        u"duplicate key: at %1 and again at %2; a JSON reader keeps only one of the "
                                        "values, so the file is refused"_s.arg(place(data, first->second),
                                                                               place(data, start)) };
            }
            keyPosition = false;
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
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
    if (const std::optional<RawProblem> raw = scanRawJson(json)) {
        problems.error(raw->path, raw->message);
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
    root.readText(u"title"_s, s.title, Need::Optional, Empty::Allowed, TextKind::Text);
    root.readText(u"market"_s, s.market, Need::Optional, Empty::Allowed);
    if (const auto o = root.readObject(u"workload"_s, Need::Required)) {
        ObjectReader r(problems, *o, u"workload"_s);
        readWorkload(r, s.workload);
    }
    const auto tiers = root.readArray(u"tiers"_s, Need::Required);
    if (tiers && tiers->size() > kMaxScenarioTiers) {
        // refused before reading any: the work of reading, evaluating and reporting grows with them
        problems.error(u"tiers"_s,
                       u"lists %1 tiers; the limit is %2 (a comparison of more is unreadable, and its break-even "
                       "table grows with every pair of tiers)"_s.arg(tiers->size())
                           .arg(kMaxScenarioTiers));
    } else if (tiers) {
        if (tiers->isEmpty())
            problems.error(u"tiers"_s, u"must list at least one tier"_s);
        std::unordered_map<std::string, qsizetype> firstWithName; // a duplicate name is found in one look-up
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
            if (!tier.name.empty()) {
                const auto [first, inserted] = firstWithName.emplace(tier.name, i);
                if (!inserted)
                    problems.warning(
                        path + u".name"_s,
                        u"the same name as tiers[%1] (\"%2\"): results will be hard to tell apart"_s.arg(first->second)
                            .arg(qs(tier.name)));
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
    const QFileInfo info(path);
    if (info.isDir())
        return unreadable(u"it is a folder"_s);
    // A FIFO would block the open until a writer comes, a device would be read without end.
    if (info.exists() && !info.isFile())
        return unreadable(u"it is not a regular file (a pipe, a device or a socket)"_s);
    const auto tooLarge = [&](qint64 size) {
        return unreadable(
            u"%1 bytes is too large for a scenario (the limit is %2 bytes)"_s.arg(size).arg(kMaxScenarioFileBytes));
    };
    if (info.exists() && info.size() > kMaxScenarioFileBytes)
        return tooLarge(info.size()); // before it is opened or read
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    if (file.size() > kMaxScenarioFileBytes)
        return tooLarge(file.size());
    // never more than the limit, even when the size was wrong (a file that grows, /proc)
    const QByteArray data = file.read(kMaxScenarioFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return unreadable(file.errorString());
    if (data.size() > kMaxScenarioFileBytes)
        return unreadable(u"more than %1 bytes is too large for a scenario"_s.arg(kMaxScenarioFileBytes));
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
