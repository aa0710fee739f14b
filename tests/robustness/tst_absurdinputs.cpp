// SPDX-License-Identifier: MIT
// Absurd inputs through the engine (zero or negative counts, NaN, infinities, huge lengths,
// prices of 0): every figure of the result stays finite (nothing for a chart to draw as NaN or
// infinity), and the problem is reported at its field.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <catalog.h>
#include <cmath>
#include <core/defaultscenario.h>
#include <core/resultjson.h>
#ifdef TCO_HAVE_REPORT
#include <report/csvreport.h>
#endif
#include <costmodel.h>
#include <functional>
#include <limits>
#include <repository.h>
#include <string>
#include <vector>

using namespace tco;
using engine::CatalogSnapshot;
using engine::Scenario;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// Tiers of the default scenario.
constexpr int kWorkstation = 0, kCloud = 1, kCluster = 2;

struct Case
{
    const char *name;
    std::function<void(Scenario &, CatalogSnapshot &)> change;
    /// An issue's field must start with this ("" : any issue with a field).
    const char *field;
};

engine::GpuSpec &gpuOf(CatalogSnapshot &c, const std::string &id)
{
    for (engine::GpuSpec &g : c.gpus)
        if (g.id == id)
            return g;
    qFatal("no GPU %s in the seed catalog", id.c_str());
}

engine::CloudInstance &instanceOf(CatalogSnapshot &c, const std::string &id)
{
    for (engine::CloudInstance &i : c.instances)
        if (i.id == id)
            return i;
    qFatal("no instance %s in the seed catalog", id.c_str());
}

const std::vector<Case> &cases()
{
    using S = Scenario;
    using C = CatalogSnapshot;
    static const std::vector<Case> all = {
        // workload
        { "input_len -1", [](S &s, C &) { s.workload.input_len = -1; }, "workload.input_len" },
        { "input_len 1e9 tokens", [](S &s, C &) { s.workload.input_len = 1000000000; }, "" },
        { "input_len INT_MAX", [](S &s, C &) { s.workload.input_len = std::numeric_limits<int>::max(); }, "" },
        { "output_len 0", [](S &s, C &) { s.workload.output_len = 0; }, "workload.output_len" },
        { "output_len -5", [](S &s, C &) { s.workload.output_len = -5; }, "workload.output_len" },
        { "output_len 1e9 tokens", [](S &s, C &) { s.workload.output_len = 1000000000; }, "" },
        { "peak demand NaN", [](S &s, C &) { s.workload.peak_requests_per_s = kNaN; }, "workload.peak_requests_per_s" },
        { "peak demand -1", [](S &s, C &) { s.workload.peak_requests_per_s = -1; }, "workload.peak_requests_per_s" },
        { "peak demand inf", [](S &s, C &) { s.workload.peak_requests_per_s = kInf; }, "workload.peak_requests_per_s" },
        { "peak demand 0", [](S &s, C &) { s.workload.peak_requests_per_s = 0; }, "workload.peak_requests_per_s" },
        { "peak demand 1e300", [](S &s, C &) { s.workload.peak_requests_per_s = 1e300; }, "" },
        { "hourly profile NaN", [](S &s, C &) { s.workload.hourly_profile[5] = kNaN; }, "workload.hourly_profile" },
        { "hourly profile negative", [](S &s, C &) { s.workload.hourly_profile.fill(-1); }, "workload.hourly_profile" },
        { "SLA TTFT NaN", [](S &s, C &) { s.workload.sla_ttft_ms = kNaN; }, "workload.sla_ttft_ms" },
        { "SLA TPOT -1", [](S &s, C &) { s.workload.sla_tpot_ms = -1; }, "workload.sla_tpot_ms" },
        { "SLA TPOT inf", [](S &s, C &) { s.workload.sla_tpot_ms = kInf; }, "workload.sla_tpot_ms" },
        { "low-priority share NaN", [](S &s, C &) { s.workload.low_priority_share = kNaN; },
          "workload.low_priority_share" },
        { "low-priority share 3", [](S &s, C &) { s.workload.low_priority_share = 3; }, "workload.low_priority_share" },
        { "unknown model", [](S &s, C &) { s.workload.model = "no-such-model"; }, "workload.model" },
        // on-premises tiers
        { "0 GPUs per node", [](S &s, C &) { s.tiers[kWorkstation].onprem.gpus_per_node = 0; }, "tiers[0].onprem" },
        { "-3 nodes", [](S &s, C &) { s.tiers[kWorkstation].onprem.nodes = -3; }, "tiers[0].onprem" },
        { "65536 x 65536 GPUs",
          [](S &s, C &) {
              s.tiers[kCluster].onprem.gpus_per_node = 65536;
              s.tiers[kCluster].onprem.nodes = 65536;
          },
          "tiers[2].onprem" },
        { "tp -1", [](S &s, C &) { s.tiers[kWorkstation].tp = -1; }, "tiers[0]" },
        { "pp 0", [](S &s, C &) { s.tiers[kWorkstation].pp = 0; }, "tiers[0]" },
        { "pp -2", [](S &s, C &) { s.tiers[kCluster].pp = -2; }, "tiers[2]" },
        { "part quantity NaN", [](S &s, C &) { s.tiers[kCluster].onprem.node_parts.at(0).quantity = kNaN; },
          "tiers[2].onprem.node_parts[0]" },
        { "part quantity -4", [](S &s, C &) { s.tiers[kCluster].onprem.node_parts.at(0).quantity = -4; },
          "tiers[2].onprem.node_parts[0]" },
        { "network NaN", [](S &s, C &) { s.tiers[kCluster].onprem.network_gbps_per_gpu = kNaN; },
          "tiers[2].onprem.network_gbps_per_gpu" },
        { "staff NaN", [](S &s, C &) { s.tiers[kCluster].onprem.staff_fte = kNaN; }, "tiers[2].onprem.staff_fte" },
        // cloud tier
        { "min replicas -1", [](S &s, C &) { s.tiers[kCloud].cloud.min_replicas = -1; }, "tiers[1].cloud" },
        { "max replicas 0", [](S &s, C &) { s.tiers[kCloud].cloud.max_replicas = 0; }, "tiers[1].cloud" },
        { "max replicas 2e9", [](S &s, C &) { s.tiers[kCloud].cloud.max_replicas = 2000000000; }, "tiers[1].cloud" },
        { "target utilisation NaN", [](S &s, C &) { s.tiers[kCloud].cloud.target_utilisation = kNaN; },
          "tiers[1].cloud.target_utilisation" },
        { "spot availability NaN", [](S &s, C &) { s.tiers[kCloud].cloud.spot_availability = kNaN; },
          "tiers[1].cloud.spot_availability" },
        { "spot overhead NaN", [](S &s, C &) { s.tiers[kCloud].cloud.spot_interruption_overhead = kNaN; },
          "tiers[1].cloud.spot_interruption_overhead" },
        { "object storage -100 GB", [](S &s, C &) { s.tiers[kCloud].cloud.object_storage_gb = -100; },
          "tiers[1].cloud.object_storage_gb" },
        { "egress price NaN", [](S &s, C &) { s.tiers[kCloud].cloud.egress_usd_per_gb = kNaN; },
          "tiers[1].cloud.egress_usd_per_gb" },
        { "cloud staff -1", [](S &s, C &) { s.tiers[kCloud].cloud.staff_fte = -1; }, "tiers[1].cloud.staff_fte" },
        // financials
        { "horizon 0 months", [](S &s, C &) { s.financials.horizon_months = 0; }, "financials.horizon_months" },
        { "horizon -5 months", [](S &s, C &) { s.financials.horizon_months = -5; }, "financials.horizon_months" },
        { "horizon 100000 months", [](S &s, C &) { s.financials.horizon_months = 100000; },
          "financials.horizon_months" },
        { "PUE NaN", [](S &s, C &) { s.financials.pue = kNaN; }, "financials.pue" },
        { "PUE 0", [](S &s, C &) { s.financials.pue = 0; }, "financials.pue" },
        { "electricity NaN", [](S &s, C &) { s.financials.electricity_price_per_kwh = kNaN; },
          "financials.electricity_price_per_kwh" },
        { "electricity -1", [](S &s, C &) { s.financials.electricity_price_per_kwh = -1; },
          "financials.electricity_price_per_kwh" },
        { "maintenance NaN", [](S &s, C &) { s.financials.maintenance_fraction_per_year = kNaN; },
          "financials.maintenance_fraction_per_year" },
        { "depreciation 0 years",
          [](S &s, C &) {
              s.financials.capex_treatment = engine::CapexTreatment::Depreciation;
              s.financials.depreciation_years = 0;
          },
          "financials.depreciation_years" },
        { "depreciation NaN years",
          [](S &s, C &) {
              s.financials.capex_treatment = engine::CapexTreatment::Depreciation;
              s.financials.depreciation_years = kNaN;
          },
          "financials.depreciation_years" },
        { "discount rate -100%", [](S &s, C &) { s.financials.discount_rate_per_year = -1; },
          "financials.discount_rate_per_year" },
        { "discount rate NaN", [](S &s, C &) { s.financials.discount_rate_per_year = kNaN; },
          "financials.discount_rate_per_year" },
        { "residual value NaN", [](S &s, C &) { s.financials.residual_value_fraction = kNaN; },
          "financials.residual_value_fraction" },
        { "power draw NaN", [](S &s, C &) { s.financials.gpu_power_draw_fraction = kNaN; },
          "financials.gpu_power_draw_fraction" },
        { "colocation NaN", [](S &s, C &) { s.financials.colocation_usd_per_kw_month = kNaN; },
          "financials.colocation_usd_per_kw_month" },
        { "staff cost -1", [](S &s, C &) { s.financials.staff_usd_per_fte_year = -1; },
          "financials.staff_usd_per_fte_year" },
        { "refresh NaN", [](S &s, C &) { s.financials.refresh_reserve_fraction_per_year = kNaN; },
          "financials.refresh_reserve_fraction_per_year" },
        { "baseline tier 99", [](S &s, C &) { s.financials.baseline_tier = 99; }, "financials.baseline_tier" },
        { "baseline tier -1", [](S &s, C &) { s.financials.baseline_tier = -1; }, "financials.baseline_tier" },
        { "unknown currency", [](S &s, C &) { s.financials.currency = "XYZ"; }, "financials.currency" },
        // the catalog (hand-edited)
        // without a market: in market cn the RTX 4090 has a local price and the catalog's is not used
        { "GPU price 0", [](S &s, C &c) { s.market.clear(); gpuOf(c, s.tiers[kWorkstation].onprem.gpu).price = 0.0; },
          "tiers[0].onprem.gpu" },
        { "GPU price -1000", [](S &s, C &c) { gpuOf(c, s.tiers[kCluster].onprem.gpu).price = -1000.0; },
          "tiers[2].onprem.gpu" },
        { "cloud price 0",
          [](S &s, C &c) {
              for (engine::CloudPrice &p : instanceOf(c, s.tiers[kCloud].cloud.hot_instance).prices)
                  p.hourly = 0.0;
          },
          "tiers[1].cloud" },
        { "everything zero",
          [](S &s, C &) {
              s.workload.peak_requests_per_s = 0;
              s.workload.hourly_profile.fill(0);
              s.financials.electricity_price_per_kwh = 0;
              s.financials.staff_usd_per_fte_year = 0;
              for (engine::Tier &t : s.tiers) {
                  t.onprem.staff_fte = 0;
                  t.cloud.min_replicas = 0;
              }
          },
          "workload" },
    };
    return all;
}

/**
 * Inputs so large that a cost or performance figure computed from them overflows. Before, the
 * overflowed amount was dropped as 0 (a PUE or electricity price of 1e308 gave a power cost of
 * 0 and a lower TCO; a part quantity of 1e308 made the cluster the best cost-performance), or
 * reached the outputs as inf (CSV), null (JSON) or a corrupt PDF page. Now each is an error at
 * the input and the tier has no figures.
 */
struct OverflowCase
{
    const char *name;
    std::function<void(Scenario &, CatalogSnapshot &)> change;
    const char *field; ///< the error's field, exactly
    int tier; ///< the tier that has no figures
};

constexpr double kHuge = 1e308;

const std::vector<OverflowCase> &overflowCases()
{
    using S = Scenario;
    using C = CatalogSnapshot;
    static const std::vector<OverflowCase> all = {
        { "electricity price 1e308", [](S &s, C &) { s.financials.electricity_price_per_kwh = kHuge; },
          "financials.electricity_price_per_kwh", kWorkstation },
        { "PUE 1e308", [](S &s, C &) { s.financials.pue = kHuge; }, "financials.pue", kCluster },
        { "node part quantity 1e308", [](S &s, C &) { s.tiers[kCluster].onprem.node_parts.at(0).quantity = kHuge; },
          "tiers[2].onprem.node_parts[0].quantity", kCluster },
        { "shared part quantity 1e308", [](S &s, C &) { s.tiers[kCluster].onprem.shared_parts.at(0).quantity = kHuge; },
          "tiers[2].onprem.shared_parts[0].quantity", kCluster },
        { "on-premises staff 1e308 FTE", [](S &s, C &) { s.tiers[kCluster].onprem.staff_fte = kHuge; },
          "tiers[2].onprem.staff_fte", kCluster },
        { "staff cost 1e308 a year", [](S &s, C &) { s.financials.staff_usd_per_fte_year = kHuge; },
          "financials.staff_usd_per_fte_year", kCluster },
        { "maintenance 1e308 a year", [](S &s, C &) { s.financials.maintenance_fraction_per_year = kHuge; },
          "financials.maintenance_fraction_per_year", kCluster },
        { "refresh reserve 1e308 a year", [](S &s, C &) { s.financials.refresh_reserve_fraction_per_year = kHuge; },
          "financials.refresh_reserve_fraction_per_year", kCluster },
        { "residual value 1e308", [](S &s, C &) { s.financials.residual_value_fraction = kHuge; },
          "financials.residual_value_fraction", kCluster },
        { "colocation 1e308 per kW", [](S &s, C &) { s.financials.colocation_usd_per_kw_month = kHuge; },
          "financials.colocation_usd_per_kw_month", kCluster },
        { "egress 1e308 GB", [](S &s, C &) { s.tiers[kCloud].cloud.egress_gb_per_month = kHuge; },
          "tiers[1].cloud.egress_gb_per_month", kCloud },
        { "egress price 1e308", [](S &s, C &) { s.tiers[kCloud].cloud.egress_usd_per_gb = kHuge; },
          "tiers[1].cloud.egress_usd_per_gb", kCloud },
        // each month finite, the sum over the horizon not
        { "egress 1e306 GB over the horizon",
          [](S &s, C &) {
              s.tiers[kCloud].cloud.egress_gb_per_month = 1e306;
              s.tiers[kCloud].cloud.egress_usd_per_gb = 1.0;
          },
          "tiers[1].cloud.egress_gb_per_month", kCloud },
        { "object storage 1e308 GB",
          [](S &s, C &) {
              s.tiers[kCloud].cloud.object_storage_gb = kHuge;
              s.tiers[kCloud].cloud.object_storage_usd_per_gb_month = 0.023;
          },
          "tiers[1].cloud.object_storage_gb", kCloud },
        { "cache 1e308 a month", [](S &s, C &) { s.tiers[kCloud].cloud.cache_usd_per_month = kHuge; },
          "tiers[1].cloud.cache_usd_per_month", kCloud },
        { "cloud staff 1e308 FTE", [](S &s, C &) { s.tiers[kCloud].cloud.staff_fte = kHuge; },
          "tiers[1].cloud.staff_fte", kCloud },
        { "peak demand 1e308", [](S &s, C &) { s.workload.peak_requests_per_s = kHuge; },
          "workload.peak_requests_per_s", kWorkstation },
        { "input and output INT_MAX tokens",
          [](S &s, C &) { s.workload.input_len = s.workload.output_len = std::numeric_limits<int>::max(); },
          "workload.input_len", kWorkstation },
        { "GPU price 1e308 (catalog)", [](S &s, C &c) { gpuOf(c, s.tiers[kCluster].onprem.gpu).price = kHuge; },
          "tiers[2].onprem.gpu", kCluster },
        { "GPU bandwidth 5e-324 GB/s (catalog)",
          [](S &s, C &c) { gpuOf(c, s.tiers[kWorkstation].onprem.gpu).mem_bw_gbs = 5e-324; }, "tiers[0].onprem.gpu",
          kWorkstation },
    };
    return all;
}

/** Where the JSON of a result has a null, or a number that is not finite ("" when nowhere). */
QString badJsonValue(const QJsonValue &v, const QString &path)
{
    if (v.isNull()) {
        // null by contract: whole-scenario advice, no recommended tier, no node count serves the
        // demand, an API that never breaks even with a tier
        const bool allowed = (path.endsWith(u".tier") && path.startsWith(u"advice")) || path == u"recommended_tier"
            || path.endsWith(u".nodes_needed_for_demand") || path.contains(u".break_even_tokens_per_month.");
        return allowed ? QString() : path;
    }
    if (v.isDouble() && !std::isfinite(v.toDouble()))
        return path;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (const QString bad = badJsonValue(a.at(i), path + QStringLiteral("[%1]").arg(i)); !bad.isEmpty())
                return bad;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (const QString bad = badJsonValue(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key());
                !bad.isEmpty())
                return bad;
    }
    return {};
}

/** Names of the figures of @p result that are NaN or infinite. */
QStringList nonFinite(const engine::Result &result)
{
    QStringList bad;
    auto check = [&](double v, const QString &what) {
        if (!std::isfinite(v))
            bad << what + QStringLiteral(" = ") + QString::number(v);
    };
    auto checkPerf = [&](const engine::PerfResult &p, const QString &w) {
        for (const auto &[v, name] : std::initializer_list<std::pair<double, const char *>> {
                 { p.weights_gib_per_gpu, "weights_gib_per_gpu" },
                 { p.runtime_overhead_gib, "runtime_overhead_gib" },
                 { p.usable_gib_per_gpu, "usable_gib_per_gpu" },
                 { p.kv_bytes_per_token, "kv_bytes_per_token" },
                 { p.kv_gib_per_gpu, "kv_gib_per_gpu" },
                 { p.batch, "batch" },
                 { p.ttft_ms, "ttft_ms" },
                 { p.tpot_ms, "tpot_ms" },
                 { p.tok_s_per_user, "tok_s_per_user" },
                 { p.output_tok_s, "output_tok_s" },
                 { p.total_tok_s, "total_tok_s" },
                 { p.prefill_tok_s, "prefill_tok_s" },
                 { p.uncertainty_pct, "uncertainty_pct" },
                 { p.decode.total_ms, "decode.total_ms" },
                 { p.prefill.total_ms, "prefill.total_ms" } })
            check(v, w + QLatin1String(name));
    };
    for (std::size_t i = 0; i < result.tiers.size(); ++i) {
        const engine::TierResult &t = result.tiers[i];
        const QString w = QStringLiteral("tiers[%1].").arg(i);
        checkPerf(t.perf, w + QStringLiteral("perf."));
        checkPerf(t.cold_perf, w + QStringLiteral("cold_perf."));
        for (std::size_t k = 0; k < t.batch_sweep.size(); ++k) {
            const engine::SweepPoint &s = t.batch_sweep[k];
            for (double v : { s.ttft_ms, s.tpot_ms, s.output_tok_s, s.tok_s_per_user })
                check(v, w + QStringLiteral("batch_sweep[%1]").arg(k));
        }
        for (int h = 0; h < engine::kHoursPerDay; ++h) {
            check(t.hot_replicas[std::size_t(h)], w + QStringLiteral("hot_replicas[%1]").arg(h));
            check(t.cold_replicas[std::size_t(h)], w + QStringLiteral("cold_replicas[%1]").arg(h));
        }
        for (std::size_t m = 0; m < t.monthly.size(); ++m)
            check(t.monthly[m], w + QStringLiteral("monthly[%1]").arg(m));
        for (std::size_t m = 0; m < t.monthly_by_category.size(); ++m)
            for (int c = 0; c < engine::kCostCategoryCount; ++c)
                check(t.monthly_by_category[m][std::size_t(c)],
                      w + QStringLiteral("monthly_by_category[%1][%2]").arg(m).arg(c));
        for (int c = 0; c < engine::kCostCategoryCount; ++c)
            check(t.breakdown[std::size_t(c)],
                  w + QStringLiteral("breakdown.") + QLatin1String(engine::costCategoryId(engine::CostCategory(c))));
        for (std::size_t k = 0; k < t.scaling_curve.size(); ++k) {
            check(t.scaling_curve[k].first, w + QStringLiteral("scaling_curve[%1].cost").arg(k));
            check(t.scaling_curve[k].second, w + QStringLiteral("scaling_curve[%1].throughput").arg(k));
        }
        for (const auto &[v, name] : std::initializer_list<std::pair<double, const char *>> {
                 { t.gpu_vram_gib, "gpu_vram_gib" },
                 { t.peak_tflops, "peak_tflops" },
                 { t.capacity_output_tok_s, "capacity_output_tok_s" },
                 { t.served_output_tok_s_avg, "served_output_tok_s_avg" },
                 { t.served_share, "served_share" },
                 { t.hardware_cost, "hardware_cost" },
                 { t.tco_total, "tco_total" },
                 { t.tco_present_value, "tco_present_value" },
                 { t.power_w, "power_w" },
                 { t.output_tok_s, "output_tok_s" },
                 { t.ttft_ms, "ttft_ms" },
                 { t.tpot_ms, "tpot_ms" },
                 { t.output_tokens_served, "output_tokens_served" },
                 { t.requests_served, "requests_served" },
                 { t.cost_per_million_tokens, "cost_per_million_tokens" },
                 { t.cost_per_request, "cost_per_request" },
                 { t.tokens_per_s_per_watt, "tokens_per_s_per_watt" },
                 { t.flops_per_currency, "flops_per_currency" },
                 { t.elasticity, "elasticity" },
                 { t.cost_performance_index, "cost_performance_index" } })
            check(v, w + QLatin1String(name));
    }
    for (const engine::BreakEven &b : result.break_even)
        check(b.cumulative_cost, QStringLiteral("break_even[%1,%2]").arg(b.tier_a).arg(b.tier_b));
    for (const engine::Advice &a : result.advice)
        check(a.saving, QStringLiteral("advice ") + QString::fromStdString(a.id));
    return bad;
}

/** Every issue as "field: message"; scenario-level issues as they are. */
QStringList issues(const engine::Result &result)
{
    QStringList all;
    for (const engine::TierResult &t : result.tiers)
        for (const engine::TierIssue &i : t.issues)
            all << QString::fromStdString(i.field + ": " + i.message);
    for (const std::string &i : result.issues)
        all << QString::fromStdString(i);
    return all;
}

} // namespace

class TestAbsurdInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        db::Catalog catalog(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        m_catalog = db::loadSnapshot(catalog.database());
        QVERIFY(!m_catalog.gpus.empty());
    }

    void defaultScenarioIsClean()
    {
        const engine::Result r = engine::evaluate(app::defaultScenario(m_catalog), m_catalog);
        QCOMPARE(r.tiers.size(), std::size_t(3));
        for (const engine::TierResult &t : r.tiers)
            QVERIFY2(t.ok, t.issues.empty() ? "" : t.issues.front().message.c_str());
        const QStringList bad = nonFinite(r);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    void absurdInputGivesFiniteFiguresAndAMessage_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << int(i);
    }
    void absurdInputGivesFiniteFiguresAndAMessage()
    {
        QFETCH(int, index);
        const Case &c = cases()[std::size_t(index)];
        const engine::Result r = evaluateChanged(c.change);

        const QStringList bad = nonFinite(r);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));

        const QStringList all = issues(r);
        const QString field = QString::fromLatin1(c.field);
        bool found = false;
        for (const engine::TierResult &t : r.tiers)
            for (const engine::TierIssue &i : t.issues)
                found = found || (!i.field.empty() && QString::fromStdString(i.field).startsWith(field));
        for (const std::string &i : r.issues)
            found = found || (!field.isEmpty() && QString::fromStdString(i).startsWith(field));
        QVERIFY2(found, qPrintable(QStringLiteral("no issue at \"%1\"; issues:\n%2").arg(field, all.join(u'\n'))));
    }

    void overflowIsAnErrorAtTheInput_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < overflowCases().size(); ++i)
            QTest::newRow(overflowCases()[i].name) << int(i);
    }
    void overflowIsAnErrorAtTheInput()
    {
        QFETCH(int, index);
        const OverflowCase &c = overflowCases()[std::size_t(index)];
        Scenario s;
        const engine::Result r = evaluateChanged(c.change, &s);

        // an error at exactly the input, and the tier has no figures (never a 0 cost that lowers the TCO)
        const engine::TierResult &t = r.tiers.at(std::size_t(c.tier));
        bool named = false;
        for (const engine::TierIssue &i : t.issues)
            named = named || (i.severity == engine::TierIssue::Severity::Error && i.field == c.field);
        QVERIFY2(
            named,
            qPrintable(
                QStringLiteral("no error at \"%1\"; issues:\n%2").arg(QLatin1String(c.field), issues(r).join(u'\n'))));
        QVERIFY(!t.ok);
        QCOMPARE(t.tco_total, 0.0);
        QCOMPARE(t.cost_performance_index, 0.0);
        const QStringList bad = nonFinite(r);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));

        // and nothing infinite reaches the outputs
        const QByteArray json = QJsonDocument(app::resultToJson(r)).toJson();
        const QString where = badJsonValue(QJsonDocument::fromJson(json).object(), QString());
        QVERIFY2(where.isEmpty(), qPrintable(where));
        for (const char *word : { "inf", "nan" })
            QVERIFY2(!json.toLower().contains(QByteArray(": ").append(word)), word);
#ifdef TCO_HAVE_REPORT
        for (const std::string &csv :
             { report::comparisonCsv(s, r), report::timelineCsv(r), report::breakdownCsv(r) }) {
            const QString text = QString::fromStdString(csv).toLower();
            for (const QString &cell : text.split(QRegularExpression(QStringLiteral("[,\r\n]"))))
                QVERIFY2(cell != u"inf" && cell != u"-inf" && cell != u"nan" && cell != u"null", qPrintable(cell));
        }
#endif
    }

    void resultJsonNeverWritesAnInfinity()
    {
        // the formatting layer's guard (the engine itself never hands out an infinite figure):
        // a tier with one is written as a tier without figures, with the reason, never as null
        engine::Result r = engine::evaluate(app::defaultScenario(m_catalog), m_catalog);
        r.tiers[kCloud].tco_total = kInf;
        r.tiers[kCluster].monthly.back() = kNaN;
        r.advice.at(0).saving = kInf;
        const QJsonObject json = app::resultToJson(r);
        QCOMPARE(badJsonValue(json, QString()), QString());
        const QJsonArray tiers = json.value(u"tiers").toArray();
        for (const int t : { kCloud, kCluster }) {
            const QJsonObject tier = tiers.at(t).toObject();
            QCOMPARE(tier.value(u"ok").toBool(true), false);
            QCOMPARE(tier.value(u"tco_total").toDouble(-1), 0.0);
            const QJsonArray tierIssues = tier.value(u"issues").toArray();
            QCOMPARE(tierIssues.last().toObject().value(u"field").toString(), QStringLiteral("tiers[%1]").arg(t));
        }
        QCOMPARE(tiers.at(kWorkstation).toObject().value(u"ok").toBool(), true);
    }

private:
    /** The default scenario on the seed catalog, evaluated after @p change; the scenario in @p changed. */
    engine::Result evaluateChanged(const std::function<void(Scenario &, CatalogSnapshot &)> &change,
                                   Scenario *changed = nullptr) const
    {
        Scenario s = app::defaultScenario(m_catalog);
        CatalogSnapshot catalog = m_catalog;
        change(s, catalog);
        catalog.reindex();
        if (changed)
            *changed = s;
        return engine::evaluate(s, catalog);
    }

    QTemporaryDir m_dir;
    CatalogSnapshot m_catalog;
};

QTEST_GUILESS_MAIN(TestAbsurdInputs)
#include "tst_absurdinputs.moc"
