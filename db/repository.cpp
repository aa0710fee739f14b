// SPDX-License-Identifier: MIT
#include "repository.h"

#include "catalogerror.h"
#include "schema.h"
#include "sqlfailure.h"
#include "valueranges.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace tco::db {

namespace {

/** Reads named columns of the current row; a column absent from the query reads as NULL. */
class Row
{
public:
    explicit Row(const QSqlQuery &q)
        : m_q(q)
        , m_rec(q.record())
    { }

    QVariant value(const char *column) const
    {
        const int i = m_rec.indexOf(QLatin1StringView(column));
        return i < 0 ? QVariant() : m_q.value(i);
    }
    std::string text(const char *column) const { return value(column).toString().toStdString(); }
    double real(const char *column, double fallback = 0.0) const
    {
        const QVariant v = value(column);
        return v.isNull() ? fallback : v.toDouble();
    }
    int integer(const char *column, int fallback = 0) const
    {
        const QVariant v = value(column);
        return v.isNull() ? fallback : narrow(v);
    }
    std::optional<double> optReal(const char *column) const
    {
        const QVariant v = value(column);
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    }
    std::optional<int> optInt(const char *column) const
    {
        const QVariant v = value(column);
        return v.isNull() ? std::nullopt : std::optional<int>(narrow(v));
    }
    engine::Provenance provenance() const { return { text("source"), text("as_of") }; }

private:
    /** Read as 64 bits: forEachRow() has checked the value against its column's range, which
        lies inside int, so nothing is cut (the clamp only guards a column without a range). */
    static int narrow(const QVariant &v)
    {
        return int(
            std::clamp<qlonglong>(v.toLongLong(), std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    }

    const QSqlQuery &m_q;
    QSqlRecord m_rec;
};

[[noreturn]] void throwReadError(const QSqlDatabase &db, const QString &table, const QSqlError &error)
{
    const QString why = explainSqlFailure(db, error);
    throw CatalogError(!why.isEmpty() ? why
                                      : QObject::tr("Cannot read the table %1 of the catalog %2: %3")
                                            .arg(table, db.databaseName(), error.text()));
}

/** Why a stored number cannot be used (not a number, a fraction in an integer column, out of range). */
QString storedValueProblem(const QString &table, const ColumnInfo &column, const QVariant &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return QObject::tr("\"%1\" is not a number").arg(v.toString());
    if (column.type == ColumnType::Integer && std::trunc(d) != d)
        return QObject::tr("%1 is not a whole number").arg(formatRangeNumber(d));
    return checkValue(table, column.name, d);
}

/**
 * Runs @p sql over @p table and calls @p fn with each row, after checking every numeric value
 * of the row against its column's plausible range: a value out of range (stored by another
 * tool, or before the ranges existed) is a CatalogError naming the table, row, column and range,
 * never a wrapped integer or an infinite prediction. A failed query (busy, damaged) throws too.
 */
template<typename Fn> void forEachRow(const QSqlDatabase &db, const QString &table, const QString &sql, Fn fn)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        throwReadError(db, table, q.lastError());
    const TableInfo info = describeTable(db, table);
    const QSqlRecord record = q.record();
    std::vector<std::pair<int, const ColumnInfo *>> numeric, key;
    for (const ColumnInfo &c : info.columns) {
        const int at = record.indexOf(c.name);
        if (at >= 0 && c.isNumeric())
            numeric.emplace_back(at, &c);
        if (at >= 0 && c.primaryKey)
            key.emplace_back(at, &c);
    }
    while (q.next()) {
        for (const auto &[at, column] : numeric) {
            const QVariant v = q.value(at);
            if (v.isNull())
                continue;
            if (const QString why = storedValueProblem(table, *column, v); !why.isEmpty()) {
                QStringList shownKey;
                for (const auto &[k, keyColumn] : key)
                    shownKey << q.value(k).toString();
                throw CatalogError(
                    QObject::tr("The catalog %1 holds a value that cannot be used: table %2, row \"%3\", "
                                "column %4: %5. Correct it in the catalog editor or with tco-cli catalog "
                                "import, or reset the catalog.")
                        .arg(db.databaseName(), table, shownKey.join(u", "_s), column->name, why));
            }
        }
        fn(Row(q));
    }
    if (q.lastError().type() != QSqlError::NoError)
        throwReadError(db, table, q.lastError());
}

engine::LinkKind linkKind(const std::string &s)
{
    if (s == "nvlink")
        return engine::LinkKind::NvLink;
    if (s == "infinity-fabric")
        return engine::LinkKind::InfinityFabric;
    if (s == "other")
        return engine::LinkKind::Other;
    return engine::LinkKind::Pcie;
}

engine::AttentionKind attentionKind(const std::string &s)
{
    if (s == "mla")
        return engine::AttentionKind::Mla;
    if (s == "gqa")
        return engine::AttentionKind::Gqa;
    return engine::AttentionKind::Mha;
}

engine::ComputeDtype computeDtype(const std::string &s)
{
    if (s == "fp32")
        return engine::ComputeDtype::Fp32;
    if (s == "fp8")
        return engine::ComputeDtype::Fp8;
    if (s == "int8")
        return engine::ComputeDtype::Int8;
    if (s == "int4")
        return engine::ComputeDtype::Int4;
    if (s == "fp4")
        return engine::ComputeDtype::Fp4;
    return engine::ComputeDtype::Fp16;
}

} // namespace

engine::CatalogSnapshot loadSnapshot(const QSqlDatabase &db)
{
    engine::CatalogSnapshot snap;
    forEachRow(db, u"gpus"_s, u"SELECT * FROM gpus ORDER BY id"_s, [&](const Row &r) {
        engine::GpuSpec g;
        g.id = r.text("id");
        g.vendor = r.text("vendor");
        g.model = r.text("model");
        g.form_factor = r.text("form_factor");
        g.vram_gb = r.real("vram_gb");
        g.memory_type = r.text("memory_type");
        g.mem_bw_gbs = r.optReal("mem_bw_gbs");
        g.fp32_tflops = r.optReal("fp32_tflops");
        g.fp16_tflops = r.optReal("fp16_tflops");
        g.fp8_tflops = r.optReal("fp8_tflops");
        g.int8_tops = r.optReal("int8_tops");
        g.int4_tops = r.optReal("int4_tops");
        g.fp4_tflops = r.optReal("fp4_tflops");
        g.tdp_w = r.optReal("tdp_w");
        g.idle_w = r.optReal("idle_w");
        g.link_kind = linkKind(r.text("link_kind"));
        g.link_name = r.text("link_name");
        g.link_gbs = r.optReal("link_gbs");
        g.launch_year = r.optInt("launch_year");
        g.price = r.optReal("price");
        g.price_currency = r.text("price_currency");
        g.price_note = r.text("price_note");
        g.provenance = r.provenance();
        snap.gpus.push_back(std::move(g));
    });
    forEachRow(db, u"models"_s, u"SELECT * FROM models ORDER BY id"_s, [&](const Row &r) {
        engine::ModelSpec m;
        m.id = r.text("id");
        m.name = r.text("name");
        m.hf_repo = r.text("hf_repo");
        m.family = r.text("family");
        m.total_params_b = r.real("total_params_b");
        m.active_params_b = r.real("active_params_b");
        m.layers = r.integer("layers");
        m.hidden_size = r.integer("hidden_size");
        m.intermediate_size = r.optInt("intermediate_size");
        m.moe_intermediate_size = r.optInt("moe_intermediate_size");
        m.attention_heads = r.integer("attention_heads");
        m.kv_heads = r.integer("kv_heads");
        m.head_dim = r.integer("head_dim");
        m.attention = attentionKind(r.text("attention"));
        m.q_lora_rank = r.optInt("q_lora_rank");
        m.kv_lora_rank = r.optInt("kv_lora_rank");
        m.qk_nope_head_dim = r.optInt("qk_nope_head_dim");
        m.qk_rope_head_dim = r.optInt("qk_rope_head_dim");
        m.v_head_dim = r.optInt("v_head_dim");
        m.routed_experts = r.integer("routed_experts");
        m.shared_experts = r.integer("shared_experts");
        m.experts_per_token = r.integer("experts_per_token");
        m.first_dense_layers = r.integer("first_dense_layers");
        m.vocab_size = r.integer("vocab_size");
        m.max_context_tokens = r.integer("max_context_tokens");
        m.tie_word_embeddings = r.integer("tie_word_embeddings") != 0;
        m.native_dtype = r.text("native_dtype");
        m.provenance = r.provenance();
        snap.models.push_back(std::move(m));
    });
    forEachRow(db, u"precisions"_s, u"SELECT * FROM precisions ORDER BY id"_s, [&](const Row &r) {
        engine::PrecisionSpec p;
        p.id = r.text("id");
        p.name = r.text("name");
        p.bits_per_weight = r.real("bits_per_weight");
        p.compute_dtype = computeDtype(r.text("compute_dtype"));
        p.kv_bytes_per_element = r.real("kv_bytes_per_element", 2.0);
        p.provenance = r.provenance();
        snap.precisions.push_back(std::move(p));
    });
    forEachRow(db, u"serving_stacks"_s, u"SELECT * FROM serving_stacks ORDER BY id"_s, [&](const Row &r) {
        engine::ServingStackSpec s;
        s.id = r.text("id");
        s.name = r.text("name");
        s.bw_efficiency = r.real("bw_efficiency");
        s.prefill_mfu = r.real("prefill_mfu");
        s.decode_mfu = r.real("decode_mfu");
        s.step_overhead_ms = r.real("step_overhead_ms");
        s.layer_overhead_us = r.real("layer_overhead_us");
        s.request_overhead_ms = r.real("request_overhead_ms");
        s.max_batch_per_replica = r.integer("max_batch_per_replica");
        s.fp16_accumulate = r.integer("fp16_accumulate") != 0;
        s.usable_vram_fraction = r.real("usable_vram_fraction", 0.9);
        s.runtime_overhead_gib = r.real("runtime_overhead_gib");
        s.continuous_batching = r.integer("continuous_batching", 1) != 0;
        s.provenance = r.provenance();
        snap.stacks.push_back(std::move(s));
    });
    forEachRow(db, u"server_parts"_s, u"SELECT * FROM server_parts ORDER BY id"_s, [&](const Row &r) {
        engine::ServerPart p;
        p.id = r.text("id");
        p.kind = r.text("kind");
        p.vendor = r.text("vendor");
        p.model = r.text("model");
        p.spec = r.text("spec");
        p.capacity = r.optReal("capacity");
        p.capacity_unit = r.text("capacity_unit");
        p.ports = r.optInt("ports");
        p.port_gbps = r.optReal("port_gbps");
        p.power_w = r.optReal("power_w");
        p.price = r.optReal("price");
        p.price_currency = r.text("price_currency");
        p.provenance = r.provenance();
        snap.parts.push_back(std::move(p));
    });
    forEachRow(db, u"cloud_instances"_s,
               u"SELECT i.*, r.provider_id AS provider FROM cloud_instances i "
               "JOIN cloud_regions r ON r.id = i.region_id ORDER BY i.id"_s,
               [&](const Row &r) {
                   engine::CloudInstance i;
                   i.id = r.text("id");
                   i.provider = r.text("provider");
                   i.region = r.text("region_id");
                   i.instance_type = r.text("instance_type");
                   i.gpu_id = r.text("gpu_id");
                   i.gpu_count = r.real("gpu_count", 1.0);
                   i.vcpus = r.optInt("vcpus");
                   i.ram_gb = r.optReal("ram_gb");
                   i.gpu_interconnect = r.text("gpu_interconnect");
                   i.network_gbps = r.optReal("network_gbps");
                   i.provenance = r.provenance();
                   snap.instances.push_back(std::move(i));
               });
    {
        std::unordered_map<std::string, std::size_t> byId;
        for (std::size_t k = 0; k < snap.instances.size(); ++k)
            byId.emplace(snap.instances[k].id, k);
        forEachRow(db, u"cloud_prices"_s,
                   u"SELECT * FROM cloud_prices ORDER BY instance_id, purchase_option, currency"_s, [&](const Row &r) {
                       const auto it = byId.find(r.text("instance_id"));
                       const auto option = engine::purchaseOptionFromId(r.text("purchase_option"));
                       if (it == byId.end() || !option)
                           return;
                       engine::CloudPrice p;
                       p.option = *option;
                       p.currency = r.text("currency");
                       p.hourly = r.real("hourly");
                       p.upfront = r.real("upfront");
                       p.interruption_rate = r.optReal("interruption_rate");
                       p.provenance = r.provenance();
                       snap.instances[it->second].prices.push_back(std::move(p));
                   });
    }
    forEachRow(db, u"electricity_prices"_s, u"SELECT * FROM electricity_prices ORDER BY id"_s, [&](const Row &r) {
        snap.electricity.push_back({ r.text("id"), r.text("region"), r.text("customer_class"),
                                     r.optReal("price_per_kwh"), r.text("currency"), r.provenance() });
    });
    forEachRow(db, u"pue_defaults"_s, u"SELECT * FROM pue_defaults ORDER BY id"_s, [&](const Row &r) {
        snap.pue.push_back({ r.text("id"), r.text("facility"), r.text("region"), r.real("pue", 1.0), r.provenance() });
    });
    forEachRow(db, u"exchange_rates"_s, u"SELECT * FROM exchange_rates ORDER BY base, quote, as_of"_s,
               [&](const Row &r) {
                   snap.exchange_rates.push_back(
                       { r.text("base"), r.text("quote"), r.real("rate"), r.text("as_of"), r.text("source") });
               });
    forEachRow(db, u"cost_defaults"_s, u"SELECT * FROM cost_defaults ORDER BY key"_s, [&](const Row &r) {
        snap.cost_defaults.push_back({ r.text("key"), r.optReal("value"), r.text("unit"), r.text("currency"),
                                       r.text("description"), r.provenance() });
    });
    forEachRow(db, u"api_prices"_s, u"SELECT * FROM api_prices ORDER BY id"_s, [&](const Row &r) {
        engine::ApiPrice p;
        p.id = r.text("id");
        p.provider = r.text("provider");
        p.api_model = r.text("api_model");
        p.model_id = r.text("model_id");
        p.input_cache_hit_per_million = r.optReal("input_cache_hit_per_million");
        p.input_cache_miss_per_million = r.real("input_cache_miss_per_million");
        p.output_per_million = r.real("output_per_million");
        p.offpeak_input_cache_hit_per_million = r.optReal("offpeak_input_cache_hit_per_million");
        p.offpeak_input_cache_miss_per_million = r.optReal("offpeak_input_cache_miss_per_million");
        p.offpeak_output_per_million = r.optReal("offpeak_output_per_million");
        p.offpeak_start_utc_h = r.optReal("offpeak_start_utc_h");
        p.offpeak_end_utc_h = r.optReal("offpeak_end_utc_h");
        p.currency = r.text("currency");
        p.provenance = r.provenance();
        snap.api_prices.push_back(std::move(p));
    });
    forEachRow(db, u"markets"_s, u"SELECT * FROM markets ORDER BY id"_s, [&](const Row &r) {
        engine::Market m;
        m.id = r.text("id");
        m.name = r.text("name");
        m.country = r.text("country");
        m.currency = r.text("currency");
        m.prices_include_vat = r.integer("prices_include_vat") != 0;
        m.vat_rate = r.optReal("vat_rate");
        m.staff_cost_per_fte_year = r.optReal("staff_cost_per_fte_year");
        m.staff_cost_currency = r.text("staff_cost_currency");
        m.colocation_per_kw_month = r.optReal("colocation_per_kw_month");
        m.colocation_currency = r.text("colocation_currency");
        m.electricity_id = r.text("electricity_id");
        m.provenance = r.provenance();
        snap.markets.push_back(std::move(m));
    });
    forEachRow(db, u"market_prices"_s, u"SELECT * FROM market_prices ORDER BY market_id, item_kind, item_id"_s,
               [&](const Row &r) {
                   engine::MarketPrice p;
                   p.market_id = r.text("market_id");
                   p.kind = r.text("item_kind") == "part" ? engine::MarketPrice::Kind::Part
                                                          : engine::MarketPrice::Kind::Gpu;
                   p.item_id = r.text("item_id");
                   p.price = r.real("price");
                   p.currency = r.text("currency");
                   p.includes_vat = r.integer("includes_vat") != 0;
                   p.notes = r.text("notes");
                   p.provenance = r.provenance();
                   snap.market_prices.push_back(std::move(p));
               });
    forEachRow(db, u"gpu_aliases"_s, u"SELECT alias, gpu_id FROM gpu_aliases"_s,
               [&](const Row &r) { snap.addGpuAlias(r.text("alias"), r.text("gpu_id")); });
    forEachRow(db, u"model_aliases"_s, u"SELECT alias, model_id FROM model_aliases"_s,
               [&](const Row &r) { snap.addModelAlias(r.text("alias"), r.text("model_id")); });
    forEachRow(db, u"precision_aliases"_s, u"SELECT alias, precision_id FROM precision_aliases"_s,
               [&](const Row &r) { snap.addPrecisionAlias(r.text("alias"), r.text("precision_id")); });
    forEachRow(db, u"serving_stack_aliases"_s, u"SELECT alias, stack_id FROM serving_stack_aliases"_s,
               [&](const Row &r) { snap.addStackAlias(r.text("alias"), r.text("stack_id")); });
    snap.reindex();
    return snap;
}

} // namespace tco::db
