// SPDX-License-Identifier: MIT
#include "resulttablemodel.h"

#include "core/costviews.h"
#include "core/enginetext.h"
#include "theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
/// Whether a higher value is better in each column (false: lower is better).
constexpr bool kHigherIsBetter[ResultTableModel::ColumnCount] = {
    false, false, true, false, false, true, false, false, true, true,
};
/// Background of the best cell in a column: a soft green readable in light and dark palettes.
const QColor kBestBackground(46, 160, 67, 60);

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
/** " The SLA holds to the p99 …" for an SLA held to a percentile; empty for the mean. */
QString slaPercentileText(const engine::Workload &w, const engine::TierResult &t)
{
    if (w.sla_percentile == engine::SlaPercentile::Mean)
        return {};
    const std::string_view name = engine::slaPercentileName(w.sla_percentile);
    const engine::SlaFigures held = engine::slaFigures(w, t);
    return u' '
        + ResultTableModel::tr("The SLA holds to the %1: TTFT %2 ms, TPOT %3 ms at this operating point.")
              .arg(QString::fromLatin1(name.data(), qsizetype(name.size())), QLocale().toString(held.ttft_ms, 'f', 1),
                   QLocale().toString(held.tpot_ms, 'f', 2));
}

} // namespace

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_best.fill(-1);
}

void ResultTableModel::setResult(const engine::Scenario &scenario, const engine::Result &result)
{
    const bool sameShape = result.tiers.size() == m_result.tiers.size() && result.api.size() == m_result.api.size();
    // the headers name the currency and the horizon; re-laying them out on every edit is costly
    const bool sameHeaders = result.currency == m_result.currency && result.horizon_months == m_result.horizon_months;
    m_scenario = scenario;
    m_result = result;
    for (int c = 1; c < ColumnCount; ++c) {
        m_best[std::size_t(c)] = -1;
        double best = 0.0;
        for (int t = 0; t < int(m_result.tiers.size()); ++t) {
            // only a tier that serves the whole demand within the SLA can be best at anything
            const auto &standing = m_result.recommendation.tiers;
            if (std::size_t(t) >= standing.size() || !standing[std::size_t(t)].eligible())
                continue;
            const std::optional<double> v = figure(t, c);
            if (!v || *v <= 0.0)
                continue;
            if (m_best[std::size_t(c)] < 0 || (kHigherIsBetter[c] ? *v > best : *v < best)) {
                best = *v;
                m_best[std::size_t(c)] = t;
            }
        }
    }
    if (sameShape && !m_rows.isEmpty()) {
        // Same rows: repaint in place (no reset, so selection and scrolling stay; no flicker).
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        if (!sameHeaders)
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        return;
    }
    beginResetModel();
    rebuildRows();
    endResetModel();
}

void ResultTableModel::setFieldIssues(const FieldIssues &issues)
{
    if (issues == m_fieldIssues)
        return;
    m_fieldIssues = issues;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TierColumn), index(rowCount() - 1, ColumnCount - 1));
}

FieldIssues ResultTableModel::tierIssues(int tier) const
{
    FieldIssues issues;
    for (const FieldIssue &i : m_fieldIssues)
        if (i.tier == tier)
            issues.append(i);
    sortBySeverity(issues);
    return issues;
}

void ResultTableModel::setShowPublished(bool show)
{
    if (show == m_showPublished)
        return;
    beginResetModel();
    m_showPublished = show;
    rebuildRows();
    endResetModel();
}

void ResultTableModel::rebuildRows()
{
    m_rows.clear();
    for (int t = 0; t < int(m_result.tiers.size()); ++t) {
        m_rows.append({t, false});
        if (m_showPublished && t < int(m_scenario.tiers.size()) && m_scenario.tiers[std::size_t(t)].published)
            m_rows.append({t, true});
    }
    for (int a = 0; a < int(m_result.api.size()); ++a)
        m_rows.append({ -1, false, a });
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ResultTableModel::figure(int tier, int column) const
{
    if (tier < 0 || tier >= int(m_result.tiers.size()))
        return std::nullopt;
    const engine::TierResult &t = m_result.tiers[std::size_t(tier)];
    if (!t.ok)
        return std::nullopt;
    switch (column) {
    case HardwareCostColumn: return t.hardware_cost;
    case ThroughputColumn: return t.output_tok_s;
    case TtftColumn: return t.ttft_ms;
    case TpotColumn: return t.tpot_ms;
    case IndexColumn: // 0: no index (the baseline tier has no figures)
        return t.cost_performance_index > 0.0 ? std::optional<double>(t.cost_performance_index) : std::nullopt;
    case TcoColumn: return t.tco_total;
    case CostPerMillionColumn: return t.cost_per_million_tokens;
    case TokensPerWattColumn: return t.tokens_per_s_per_watt;
    case FlopsPerCurrencyColumn: return t.flops_per_currency / 1e9; // GFLOPS per currency unit
    default: return std::nullopt;
    }
}

QString ResultTableModel::formatted(int column, double value) const
{
    const QLocale locale;
    const QString cur = qs(m_result.currency);
    switch (column) {
    case HardwareCostColumn:
    case TcoColumn: return locale.toString(value, 'f', 0) + u' ' + cur;
    case CostPerMillionColumn: return locale.toString(value, 'f', value < 100 ? 2 : 0) + u' ' + cur;
    case ThroughputColumn: return locale.toString(value, 'f', value < 100 ? 1 : 0);
    case TtftColumn:
    case TpotColumn: return locale.toString(value, 'f', value < 10 ? 1 : 0);
    case IndexColumn: return locale.toString(value, 'f', 2);
    case TokensPerWattColumn: return locale.toString(value, 'f', value < 1 ? 3 : 2);
    case FlopsPerCurrencyColumn: return locale.toString(value, 'f', value < 10 ? 2 : 0);
    default: return locale.toString(value);
    }
}

QVariant ResultTableModel::publishedValue(int tier, int column) const
{
    if (tier >= int(m_scenario.tiers.size()) || !m_scenario.tiers[std::size_t(tier)].published)
        return {};
    const engine::PublishedFigures &p = *m_scenario.tiers[std::size_t(tier)].published;
    const QLocale locale;
    auto num = [&](const std::optional<double> &v, const QString &suffix) -> QVariant {
        return v ? QVariant(locale.toString(*v, 'f', *v < 10 ? 1 : 0) + suffix) : QVariant(tr("not given"));
    };
    switch (column) {
    case TierColumn: return tr("  as published");
    case HardwareCostColumn: return num(p.hardware_cost, u' ' + qs(p.currency));
    case ThroughputColumn: return num(p.output_tok_s, QString());
    case TtftColumn: return QVariant();
    case TpotColumn: return num(p.latency_ms, QString());
    case IndexColumn: return num(p.cost_performance_index, QString());
    default: return QVariant();
    }
}

QString ResultTableModel::tooltip(int tier, int column) const
{
    const engine::TierResult &t = m_result.tiers[std::size_t(tier)];
    const QLocale locale;
    const QString cur = qs(m_result.currency);
    auto n = [&](double v, int decimals = 0) { return locale.toString(v, 'f', decimals); };
    if (column == TierColumn) {
        const engine::Recommendation &rec = m_result.recommendation;
        const QString why = tier == rec.tier ? tr("Recommended: %1.").arg(app::translated(rec.reason))
            : std::size_t(tier) < rec.tiers.size() && !rec.tiers[std::size_t(tier)].eligible() && t.ok
            ? (!rec.tiers[std::size_t(tier)].servesDemand
                   ? tr("Not recommended: serves %1% of the demand.").arg(locale.toString(t.served_share * 100.0, 'f', 0))
                   : tr("Not recommended: misses the SLA."))
            : QString();
        const QString issues = issueLines(tierIssues(tier));
        return why.isEmpty() ? issues : issues.isEmpty() ? why : why + u"<br>"_s + issues;
    }
    if (!t.ok) {
        FieldIssues errors;
        for (const FieldIssue &i : tierIssues(tier))
            if (i.severity == engine::TierIssue::Severity::Error)
                errors.append(i);
        return tr("No figures for this tier:") + u"<br>"_s + issueLines(errors);
    }
    switch (column) {
    case HardwareCostColumn:
        return t.kind == engine::TierKind::Cloud
                   ? tr("Upfront reservation payments of the baseline replicas: %1 %2.").arg(n(t.hardware_cost), cur)
                   : tr("Capex: GPUs (%1 × catalog price) + server parts per node + shared parts = %2 %3.")
                         .arg(t.gpus).arg(n(t.hardware_cost), cur)
                         + u"<br>"_s + app::capexViewText(m_scenario.financials);
    case ThroughputColumn:
        return (t.kind == engine::TierKind::Cloud
                    ? tr("Output tokens/s at the SLA (TTFT ≤ %1 ms, TPOT ≤ %2 ms): %3 per hot replica × the replicas "
                         "running in the busiest hour (hot and cold) = %4, the capacity the tier pays for "
                         "(batch %5 of at most %6 that fit; %7-bound).")
                    : tr("Output tokens/s at the SLA (TTFT ≤ %1 ms, TPOT ≤ %2 ms): %3 per replica × replicas = %4 "
                         "(batch %5 of at most %6 that fit; %7-bound)."))
            .arg(n(m_scenario.workload.sla_ttft_ms), n(m_scenario.workload.sla_tpot_ms, 1), n(t.perf.output_tok_s, 1),
                 n(t.output_tok_s, 1), n(t.perf.batch), QString::number(t.perf.max_batch),
                 QString::fromLatin1(engine::boundName(t.perf.bound).data(), qsizetype(engine::boundName(t.perf.bound).size())))
            + slaPercentileText(m_scenario.workload, t);
    case TtftColumn:
        return tr("Time to first token = prefill of %1 prompt tokens + request overhead, at the SLA operating point: %2 ms.")
            .arg(m_scenario.workload.input_len).arg(n(t.ttft_ms, 1));
    case TpotColumn:
        return tr("Time per output token = one decode step: max(bytes / bandwidth, FLOPs / compute) + communication + "
                  "overhead = %1 ms (per user %2 tok/s).")
            .arg(n(t.tpot_ms, 2), n(t.perf.tok_s_per_user, 1));
    case IndexColumn: {
        const int base = m_scenario.financials.baseline_tier;
        const QString baseName = base >= 0 && base < int(m_result.tiers.size()) ? qs(m_result.tiers[std::size_t(base)].name) : QString();
        if (!(t.cost_performance_index > 0.0))
            return tr("No cost-performance index: the baseline tier \"%1\" has no figures to compare with.").arg(baseName);
        return tr("(throughput / TCO) ÷ the same for the baseline \"%1\" = (%2 / %3) ÷ baseline = %4.")
            .arg(baseName, n(t.output_tok_s, 1), n(t.tco_total), n(t.cost_performance_index, 2));
    }
    case TcoColumn:
        return tr("Sum of %1 monthly costs (all categories): %2 %3; present value %4 %3.")
                   .arg(m_result.horizon_months).arg(n(t.tco_total), cur, n(t.tco_present_value))
            + (t.kind == engine::TierKind::OnPremises ? u"<br>"_s + app::capexViewText(m_scenario.financials) + u"<br>"_s
                                                                      + app::refreshReserveText(m_scenario.financials, t, cur) : QString());
    case CostPerMillionColumn:
        return tr("TCO %1 %2 ÷ %3 million output tokens served in %4 months (demand-limited; %5% of demand served) = %6 %2.")
            .arg(n(t.tco_total), cur, n(t.output_tokens_served / 1e6, 1)).arg(m_result.horizon_months)
            .arg(n(t.served_share * 100.0)).arg(n(t.cost_per_million_tokens, 2));
    case TokensPerWattColumn:
        return tr("%1 output tok/s ÷ %2 W at the wall at full load (GPU serving draw + rest of node, × PUE) = %3. "
                  "Average over the day, following the load: %4 W.")
            .arg(n(t.output_tok_s, 1), n(t.peak_power_w), n(t.tokens_per_s_per_watt, 3), n(t.power_w));
    case FlopsPerCurrencyColumn:
        return tr("Dense peak %1 TFLOPS at this precision ÷ TCO %2 %3 = %4 GFLOPS per %3.")
            .arg(n(t.peak_tflops, 1), n(t.tco_total), cur, n(t.flops_per_currency / 1e9, 2));
    default: return {};
    }
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row row = m_rows[index.row()];
    const int column = index.column();
    if (row.api >= 0)
        return apiData(row.api, column, role);
    if (role == TierRole)
        return row.tier;
    if (row.published) {
        if (role == Qt::DisplayRole)
            return publishedValue(row.tier, column);
        if (role == Qt::FontRole) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (role == Qt::ToolTipRole)
            return tr("As published by: %1").arg(qs(m_scenario.tiers[std::size_t(row.tier)].published->source));
        if (role == Qt::TextAlignmentRole && column != TierColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const engine::TierResult &t = m_result.tiers[std::size_t(row.tier)];
    const bool best = column > 0 && m_best[std::size_t(column)] == row.tier;
    switch (role) {
    case Qt::DisplayRole:
        if (column == TierColumn) {
            if (t.ok)
                return row.tier == m_result.recommendation.tier ? tr("★ %1").arg(qs(t.name)) : qs(t.name);
            // why there are no figures, in the row itself (the whole text in the tooltip)
            for (const engine::TierIssue &i : t.issues)
                if (i.severity == engine::TierIssue::Severity::Error)
                    return tr("%1 — %2").arg(qs(t.name), app::translated(i.text, i.message));
            return qs(t.name);
        }
        if (const std::optional<double> v = figure(row.tier, column)) {
            // a per-token figure of a tier that leaves demand unserved says so beside it
            if (column == CostPerMillionColumn && t.served_share < engine::kServesDemandShare)
                return tr("%1 (%2% served)").arg(formatted(column, *v), QLocale().toString(t.served_share * 100.0, 'f', 0));
            return formatted(column, *v);
        }
        return QStringLiteral("—");
    case Qt::ToolTipRole:
        return tooltip(row.tier, column);
    case Qt::DecorationRole:
        if (column == TierColumn) {
            const FieldIssues issues = tierIssues(row.tier);
            if (!issues.isEmpty() && issues.front().severity == engine::TierIssue::Severity::Error)
                return themedIcon(u"dialog-error"_s);
            if (!issues.isEmpty() && issues.front().severity == engine::TierIssue::Severity::Warning)
                return themedIcon(u"dialog-warning"_s);
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == TierColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return best ? QVariant(QBrush(kBestBackground)) : QVariant();
    case Qt::FontRole:
        if (best) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        return column == TierColumn && !t.ok ? QVariant(QBrush(QColor(200, 40, 40))) : QVariant();
    case BestRole:
        return best;
    case RecommendedRole:
        return column == TierColumn && row.tier == m_result.recommendation.tier;
    default:
        return {};
    }
}

QString ResultTableModel::apiTooltip(const engine::ApiAlternative &a) const
{
    const QLocale locale;
    const engine::ApiPrice &p = a.price;
    const QString cur = qs(m_result.currency), pc = qs(p.currency);
    auto n = [&](double v, int decimals = 2) {
        return locale.toString(v, 'f', decimals);
    };
    QStringList lines;
    lines << tr("A reference, not a tier: the scenario's demand bought from %1 (%2, the same model).")
                 .arg(qs(p.provider), qs(p.api_model));
    lines << tr("Per million tokens: input %1 %4 on a cache hit, %2 %4 on a miss; output %3 %4.")
                 .arg(p.input_cache_hit_per_million ? n(*p.input_cache_hit_per_million, 3) : tr("no separate price"),
                      n(p.input_cache_miss_per_million, 3), n(p.output_per_million, 3), pc);
    if (p.offpeak_start_utc_h && p.offpeak_end_utc_h)
        lines << tr("Off-peak (UTC %1–%2 h; the profile is taken as Beijing time): %3% of the tokens.")
                     .arg(n(*p.offpeak_start_utc_h, 1), n(*p.offpeak_end_utc_h, 1), n(a.offpeak_share * 100.0, 0));
    lines << tr("%1 million input tokens (%2% cache hits) and %3 million output tokens a month = %4 %5 a month; "
                "%6 %5 per million output tokens.")
                 .arg(n(a.input_tokens_per_month / 1e6, 1), n(m_scenario.workload.cache_hit_share * 100.0, 0),
                      n(a.output_tokens_per_month / 1e6, 1), n(a.monthly_cost, 0), cur, n(a.cost_per_million_output));
    for (std::size_t t = 0; t < m_result.tiers.size() && t < a.break_even_tokens_per_month.size(); ++t) {
        const std::optional<double> v = a.break_even_tokens_per_month[t];
        lines
            << (v ? tr("Break-even with %1: %2 million output tokens a month.")
                        .arg(qs(m_result.tiers[t].name), n(*v / 1e6, 1))
                  : tr("Break-even with %1: never (within what the tier can serve).").arg(qs(m_result.tiers[t].name)));
    }
    lines << tr("Source: %1 (as of %2).").arg(qs(p.provenance.source).toHtmlEscaped(), qs(p.provenance.as_of));
    return lines.join(u"<br>"_s);
}

QVariant ResultTableModel::apiData(int api, int column, int role) const
{
    const engine::ApiAlternative &a = m_result.api[std::size_t(api)];
    const QLocale locale;
    const QString cur = qs(m_result.currency);
    switch (role) {
    case ApiRole:
        return api;
    case BestRole:
        return false; // a reference is never "best"
    case Qt::DisplayRole:
        if (column == TierColumn)
            return tr("API reference: %1, %3 %4/month (%2)")
                .arg(qs(a.price.provider), qs(a.price.api_model), locale.toString(a.monthly_cost, 'f', 0), cur);
        if (column == TcoColumn)
            return formatted(TcoColumn, a.monthly_cost * m_result.horizon_months);
        if (column == CostPerMillionColumn)
            return formatted(CostPerMillionColumn, a.cost_per_million_output);
        return {};
    case Qt::ToolTipRole:
        return apiTooltip(a);
    case Qt::FontRole: {
        QFont f;
        f.setItalic(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        return column == TierColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString cur = qs(m_result.currency);
    switch (section) {
    case TierColumn: return tr("Tier");
    case HardwareCostColumn: return tr("Hardware cost");
    case ThroughputColumn: return tr("Throughput\n(tok/s)");
    case TtftColumn: return tr("TTFT\n(ms)");
    case TpotColumn: return tr("TPOT\n(ms)");
    case IndexColumn: return tr("Cost-perf.\nindex");
    case TcoColumn: return tr("%1-month TCO").arg(m_result.horizon_months);
    case CostPerMillionColumn: return tr("Cost per 1M\noutput tokens");
    case TokensPerWattColumn: return tr("Tokens/s\nper W");
    case FlopsPerCurrencyColumn: return tr("GFLOPS\nper %1").arg(cur);
    default: return {};
    }
}

} // namespace tco::ui
