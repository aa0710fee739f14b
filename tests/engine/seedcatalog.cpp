// SPDX-License-Identifier: MIT
#include "seedcatalog.h"

#include "csv.h"

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <map>
#include <sstream>

namespace tco::engine::testsupport {

namespace {

using Row = std::map<std::string, std::string>;

bool readTable(const std::string &path, std::vector<Row> &rows, std::string &error, bool optional = false)
{
    std::string err;
    const std::string text = readFile(path, &err);
    if (!err.empty()) {
        if (optional)
            return true;
        error = err;
        return false;
    }
    std::optional<csv::ParseError> perr;
    const auto recs = csv::parseAll(text, &perr);
    if (perr) {
        error = fmt::format("{}:{}: {}", path, perr->line, perr->message);
        return false;
    }
    if (recs.empty())
        return true;
    const auto &hdr = recs[0].fields;
    for (std::size_t i = 1; i < recs.size(); ++i) {
        if (recs[i].fields.size() == 1 && recs[i].fields[0].empty())
            continue;
        Row r;
        for (std::size_t c = 0; c < hdr.size() && c < recs[i].fields.size(); ++c)
            r[hdr[c]] = recs[i].fields[c];
        rows.push_back(std::move(r));
    }
    return true;
}

std::string text(const Row &r, const char *k)
{
    const auto it = r.find(k);
    return it == r.end() ? std::string() : it->second;
}

std::optional<double> optNum(const Row &r, const char *k)
{
    const std::string s = text(r, k);
    if (s.empty())
        return std::nullopt;
    double v = 0.0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc())
        return std::nullopt;
    return v;
}

double num(const Row &r, const char *k, double def = 0.0) { return optNum(r, k).value_or(def); }

std::optional<int> optInt(const Row &r, const char *k)
{
    const auto v = optNum(r, k);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

int integer(const Row &r, const char *k, int def = 0) { return optInt(r, k).value_or(def); }

LinkKind linkKind(const std::string &s)
{
    if (s == "nvlink")
        return LinkKind::NvLink;
    if (s == "infinity-fabric")
        return LinkKind::InfinityFabric;
    if (s == "other")
        return LinkKind::Other;
    return LinkKind::Pcie;
}

AttentionKind attention(const std::string &s)
{
    if (s == "mla")
        return AttentionKind::Mla;
    if (s == "gqa")
        return AttentionKind::Gqa;
    return AttentionKind::Mha;
}

ComputeDtype dtype(const std::string &s)
{
    if (s == "fp32")
        return ComputeDtype::Fp32;
    if (s == "fp8")
        return ComputeDtype::Fp8;
    if (s == "int8")
        return ComputeDtype::Int8;
    if (s == "int4")
        return ComputeDtype::Int4;
    if (s == "fp4")
        return ComputeDtype::Fp4;
    return ComputeDtype::Fp16;
}

std::string fmtNum(double v) { return fmt::format("{:.6g}", v); }

} // namespace

std::string readFile(const std::string &path, std::string *error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error)
            *error = fmt::format("cannot open {}", path);
        return {};
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (error)
        error->clear();
    return ss.str();
}

bool loadSeedCatalog(const std::string &dir, CatalogSnapshot &cat, std::string &error)
{
    cat = CatalogSnapshot{};
    std::vector<Row> rows;
    if (!readTable(dir + "/gpus.csv", rows, error))
        return false;
    for (const Row &r : rows) {
        GpuSpec g;
        g.id = text(r, "id");
        g.vendor = text(r, "vendor");
        g.model = text(r, "model");
        g.form_factor = text(r, "form_factor");
        g.vram_gb = num(r, "vram_gb");
        g.memory_type = text(r, "memory_type");
        g.mem_bw_gbs = optNum(r, "mem_bw_gbs");
        g.fp32_tflops = optNum(r, "fp32_tflops");
        g.fp16_tflops = optNum(r, "fp16_tflops");
        g.fp8_tflops = optNum(r, "fp8_tflops");
        g.int8_tops = optNum(r, "int8_tops");
        g.int4_tops = optNum(r, "int4_tops");
        g.fp4_tflops = optNum(r, "fp4_tflops");
        g.tdp_w = optNum(r, "tdp_w");
        g.link_kind = linkKind(text(r, "link_kind"));
        g.link_name = text(r, "link_name");
        g.link_gbs = optNum(r, "link_gbs");
        g.launch_year = optInt(r, "launch_year");
        g.price = optNum(r, "price");
        g.price_currency = text(r, "price_currency");
        g.provenance = {text(r, "source"), text(r, "as_of")};
        cat.gpus.push_back(std::move(g));
    }
    rows.clear();
    if (!readTable(dir + "/models.csv", rows, error))
        return false;
    for (const Row &r : rows) {
        ModelSpec m;
        m.id = text(r, "id");
        m.name = text(r, "name");
        m.hf_repo = text(r, "hf_repo");
        m.family = text(r, "family");
        m.total_params_b = num(r, "total_params_b");
        m.active_params_b = num(r, "active_params_b");
        m.layers = integer(r, "layers");
        m.hidden_size = integer(r, "hidden_size");
        m.intermediate_size = optInt(r, "intermediate_size");
        m.moe_intermediate_size = optInt(r, "moe_intermediate_size");
        m.attention_heads = integer(r, "attention_heads");
        m.kv_heads = integer(r, "kv_heads");
        m.head_dim = integer(r, "head_dim");
        m.attention = attention(text(r, "attention"));
        m.q_lora_rank = optInt(r, "q_lora_rank");
        m.kv_lora_rank = optInt(r, "kv_lora_rank");
        m.qk_nope_head_dim = optInt(r, "qk_nope_head_dim");
        m.qk_rope_head_dim = optInt(r, "qk_rope_head_dim");
        m.v_head_dim = optInt(r, "v_head_dim");
        m.routed_experts = integer(r, "routed_experts");
        m.shared_experts = integer(r, "shared_experts");
        m.experts_per_token = integer(r, "experts_per_token");
        m.first_dense_layers = integer(r, "first_dense_layers");
        m.vocab_size = integer(r, "vocab_size");
        m.max_context_tokens = integer(r, "max_context_tokens");
        m.tie_word_embeddings = integer(r, "tie_word_embeddings") != 0;
        m.native_dtype = text(r, "native_dtype");
        m.provenance = {text(r, "source"), text(r, "as_of")};
        cat.models.push_back(std::move(m));
    }
    rows.clear();
    if (!readTable(dir + "/precisions.csv", rows, error))
        return false;
    for (const Row &r : rows) {
        PrecisionSpec p;
        p.id = text(r, "id");
        p.name = text(r, "name");
        p.bits_per_weight = num(r, "bits_per_weight");
        p.compute_dtype = dtype(text(r, "compute_dtype"));
        p.kv_bytes_per_element = num(r, "kv_bytes_per_element", 2.0);
        p.provenance = {text(r, "source"), text(r, "as_of")};
        cat.precisions.push_back(std::move(p));
    }
    rows.clear();
    if (!readTable(dir + "/serving_stacks.csv", rows, error, true))
        return false;
    for (const Row &r : rows) {
        ServingStackSpec s;
        s.id = text(r, "id");
        s.name = text(r, "name");
        s.bw_efficiency = num(r, "bw_efficiency");
        s.prefill_mfu = num(r, "prefill_mfu");
        s.decode_mfu = num(r, "decode_mfu");
        s.step_overhead_ms = num(r, "step_overhead_ms");
        s.layer_overhead_us = num(r, "layer_overhead_us");
        s.request_overhead_ms = num(r, "request_overhead_ms");
        s.usable_vram_fraction = num(r, "usable_vram_fraction", 0.9);
        s.runtime_overhead_gib = num(r, "runtime_overhead_gib");
        s.max_batch_per_replica = integer(r, "max_batch_per_replica");
        s.fp16_accumulate = integer(r, "fp16_accumulate") != 0;
        s.continuous_batching = integer(r, "continuous_batching", 1) != 0;
        s.provenance = {text(r, "source"), text(r, "as_of")};
        cat.stacks.push_back(std::move(s));
    }
    const std::pair<const char *, void (CatalogSnapshot::*)(std::string_view, std::string_view)> aliases[] = {
        {"gpu", &CatalogSnapshot::addGpuAlias},
        {"model", &CatalogSnapshot::addModelAlias},
        {"precision", &CatalogSnapshot::addPrecisionAlias},
        {"serving_stack", &CatalogSnapshot::addStackAlias},
    };
    for (const auto &[table, add] : aliases) {
        rows.clear();
        if (!readTable(fmt::format("{}/{}_aliases.csv", dir, table), rows, error, true))
            return false;
        const std::string key = std::string(table == std::string_view("serving_stack") ? "stack" : table) + "_id";
        for (const Row &r : rows)
            (cat.*add)(text(r, "alias"), text(r, key.c_str()));
    }
    cat.reindex();
    return true;
}

const std::vector<std::string> &servingStackColumns()
{
    static const std::vector<std::string> kCols = {
        "id", "name", "bw_efficiency", "prefill_mfu", "decode_mfu", "step_overhead_ms",
        "layer_overhead_us", "request_overhead_ms", "usable_vram_fraction", "runtime_overhead_gib",
        "max_batch_per_replica", "fp16_accumulate", "continuous_batching", "source", "as_of", "notes"};
    return kCols;
}

std::string writeServingStacksCsv(const std::vector<ServingStackSpec> &stacks,
                                  const std::vector<std::string> &notes)
{
    std::string out;
    csv::appendRecord(out, servingStackColumns());
    for (std::size_t i = 0; i < stacks.size(); ++i) {
        const ServingStackSpec &s = stacks[i];
        csv::appendRecord(out, {s.id, s.name, fmtNum(s.bw_efficiency), fmtNum(s.prefill_mfu),
                                fmtNum(s.decode_mfu), fmtNum(s.step_overhead_ms), fmtNum(s.layer_overhead_us),
                                fmtNum(s.request_overhead_ms), fmtNum(s.usable_vram_fraction),
                                fmtNum(s.runtime_overhead_gib), std::to_string(s.max_batch_per_replica),
                                s.fp16_accumulate ? "1" : "0", s.continuous_batching ? "1" : "0",
                                s.provenance.source, s.provenance.as_of, i < notes.size() ? notes[i] : ""});
    }
    // the seed files use LF line ends
    std::string lf;
    lf.reserve(out.size());
    for (char c : out)
        if (c != '\r')
            lf.push_back(c);
    return lf;
}

} // namespace tco::engine::testsupport
