// SPDX-License-Identifier: MIT
#include "valueranges.h"

#include "schema.h"

#include <QObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tco::db {

namespace {

/// Largest price, upfront payment or cost default in any currency: above it the value is a
/// typing error (the seed's largest is 1.7 million USD, a 3-year all-upfront reservation).
constexpr double kMaxMoney = 1e10;
/// Largest hourly price of one cloud instance in any currency (seed: 173 USD; yen and won
/// prices are about 150 and 1,400 times the dollar figure).
constexpr double kMaxHourly = 1e6;
/// Largest colocation price per kW-month in any currency (seed: 184.06 USD; yen or won about
/// 150 and 1,400 times the dollar figure).
constexpr double kMaxColocationPerKwMonth = 1e6;
/// Largest compute rate of one accelerator (seed: 10,000 TFLOPS FP4 for the B300).
constexpr double kMaxTflops = 1e5;
/// Largest dimension of a model's tensors (seed: 53,248 intermediate size).
constexpr double kMaxModelDimension = 1e7;

/// Largest price per million tokens in any currency (seed: 16 CNY for R1 output; the dearest
/// frontier models list about 600 USD, yen and won prices are 150 and 1,400 times that).
constexpr double kMaxTokenPrice = 1e6;

constexpr char kTokenPriceReason[] = "a price per million tokens: free (0) to a few hundred USD; above 10^6 in any "
                                     "currency it is a typing error";
constexpr char kUtcHourReason[] = "an hour of the day in UTC, 0 to 23.99 (00:00 to 23:59); 24 is written 0";
constexpr char kMoneyReason[]
    = "a price or cost is never negative, and above 10^10 in any currency it is a typing error";
constexpr char kFlopsReason[]
    = "the fastest accelerators reach about 10,000 TFLOPS at 4-bit precision; below 0.01 it is a unit error";
constexpr char kFlagReason[] = "a yes/no flag: 0 or 1";
constexpr char kDimensionReason[]
    = "a tensor dimension of a model: at least 1; published models stay far below the upper bound";

constexpr ValueRange kRanges[] = {
    // gpus
    { "gpus"_L1, "vram_gb"_L1, 1, 4096, "accelerators have from a few GB to a few hundred GB of memory" },
    { "gpus"_L1, "mem_bw_gbs"_L1, 1, 100000,
      "the fastest HBM stacks give about 8,000 GB/s per GPU; below 1 GB/s it is a unit error" },
    { "gpus"_L1, "fp32_tflops"_L1, 0.01, kMaxTflops, kFlopsReason },
    { "gpus"_L1, "fp16_tflops"_L1, 0.01, kMaxTflops, kFlopsReason },
    { "gpus"_L1, "fp8_tflops"_L1, 0.01, kMaxTflops, kFlopsReason },
    { "gpus"_L1, "int8_tops"_L1, 0.01, kMaxTflops, kFlopsReason },
    { "gpus"_L1, "int4_tops"_L1, 0.01, kMaxTflops, kFlopsReason },
    { "gpus"_L1, "fp4_tflops"_L1, 0.01, kMaxTflops, kFlopsReason },
    { "gpus"_L1, "tdp_w"_L1, 1, 10000, "one accelerator draws from a few W to about 1,500 W" },
    { "gpus"_L1, "idle_w"_L1, 0, 10000, "an idle accelerator holding a model draws from a few W to a few hundred W" },
    { "gpus"_L1, "link_gbs"_L1, 0.1, 100000, "GPU links run from PCIe 1 (about 4 GB/s) to NVLink 5 (1,800 GB/s)" },
    { "gpus"_L1, "launch_year"_L1, 1990, 2100, "a year of the GPU era" },
    { "gpus"_L1, "price"_L1, 0, kMaxMoney, kMoneyReason },
    // server_parts
    { "server_parts"_L1, "capacity"_L1, 0, 1e9, "a capacity in its own unit (GB, TB, cores): never negative" },
    { "server_parts"_L1, "ports"_L1, 0, 100000, "a switch or NIC has from 0 to a few hundred ports" },
    { "server_parts"_L1, "port_gbps"_L1, 0.001, 100000, "network ports run from 1 Mbit/s to 1.6 Tbit/s" },
    { "server_parts"_L1, "power_w"_L1, 0, 1e6, "a server part draws from 0 W to a rack's worth (about 100 kW)" },
    { "server_parts"_L1, "price"_L1, 0, kMaxMoney, kMoneyReason },
    // cloud_instances
    { "cloud_instances"_L1, "gpu_count"_L1, 0.01, 1024,
      "an instance has a fraction of a GPU (shared) up to a rack of 72; more is a typing error" },
    { "cloud_instances"_L1, "vcpus"_L1, 1, 100000, "cloud instances have from 1 to a few hundred vCPUs" },
    { "cloud_instances"_L1, "ram_gb"_L1, 0.1, 1e6, "cloud instances have from 0.5 GB to a few TB of memory" },
    { "cloud_instances"_L1, "network_gbps"_L1, 0.01, 100000, "instance networking runs from 0.1 to 3,200 Gbit/s" },
    // cloud_prices
    { "cloud_prices"_L1, "hourly"_L1, 0, kMaxHourly,
      "an hourly instance price is never negative; above 10^6 per hour in any currency it is a typing error" },
    { "cloud_prices"_L1, "upfront"_L1, 0, kMaxMoney, kMoneyReason },
    { "cloud_prices"_L1, "interruption_rate"_L1, 0, 1, "a share of interrupted hours: 0 to 1" },
    // models
    { "models"_L1, "total_params_b"_L1, 0.0001, 100000,
      "models have from 100,000 to 10^14 parameters (0.0001 to 100,000 billions)" },
    { "models"_L1, "active_params_b"_L1, 0.0001, 100000,
      "models have from 100,000 to 10^14 parameters (0.0001 to 100,000 billions)" },
    { "models"_L1, "layers"_L1, 1, 1000, "no published model has more than a few hundred layers" },
    { "models"_L1, "hidden_size"_L1, 1, 1e6, kDimensionReason },
    { "models"_L1, "intermediate_size"_L1, 1, kMaxModelDimension, kDimensionReason },
    { "models"_L1, "moe_intermediate_size"_L1, 1, kMaxModelDimension, kDimensionReason },
    { "models"_L1, "attention_heads"_L1, 1, 100000, "models have from 1 to a few hundred attention heads" },
    { "models"_L1, "kv_heads"_L1, 1, 100000, "models have from 1 to a few hundred key/value heads" },
    { "models"_L1, "head_dim"_L1, 1, 100000, kDimensionReason },
    { "models"_L1, "q_lora_rank"_L1, 1, 1e6, kDimensionReason },
    { "models"_L1, "kv_lora_rank"_L1, 1, 1e6, kDimensionReason },
    { "models"_L1, "qk_nope_head_dim"_L1, 1, 100000, kDimensionReason },
    { "models"_L1, "qk_rope_head_dim"_L1, 1, 100000, kDimensionReason },
    { "models"_L1, "v_head_dim"_L1, 1, 100000, kDimensionReason },
    { "models"_L1, "routed_experts"_L1, 0, 100000, "mixture-of-experts models have up to a few hundred experts" },
    { "models"_L1, "shared_experts"_L1, 0, 1000, "mixture-of-experts models have a few shared experts" },
    { "models"_L1, "experts_per_token"_L1, 0, 10000, "a token goes to a handful of experts" },
    { "models"_L1, "first_dense_layers"_L1, 0, 1000, "at most as many dense layers as a model has layers" },
    { "models"_L1, "vocab_size"_L1, 1, 1e8, "vocabularies have from a few thousand to a few hundred thousand tokens" },
    { "models"_L1, "max_context_tokens"_L1, 1, 1e9, "context windows reach about 10 million tokens" },
    { "models"_L1, "tie_word_embeddings"_L1, 0, 1, kFlagReason },
    // precisions
    { "precisions"_L1, "bits_per_weight"_L1, 1, 32, "weights are stored with 1 to 32 bits" },
    { "precisions"_L1, "kv_bytes_per_element"_L1, 0.125, 8, "a KV-cache element takes from 1 bit to 8 bytes" },
    // serving_stacks
    { "serving_stacks"_L1, "bw_efficiency"_L1, 0.01, 1, "a share of the memory bandwidth: above 0 and at most 1" },
    { "serving_stacks"_L1, "prefill_mfu"_L1, 0.001, 1, "a share of the peak compute: above 0 and at most 1" },
    { "serving_stacks"_L1, "decode_mfu"_L1, 0.001, 1, "a share of the peak compute: above 0 and at most 1" },
    { "serving_stacks"_L1, "step_overhead_ms"_L1, 0, 10000, "a decode step's fixed cost is a few ms; 10 s is absurd" },
    { "serving_stacks"_L1, "layer_overhead_us"_L1, 0, 1e6, "a layer's fixed cost is a few hundred µs; 1 s is absurd" },
    { "serving_stacks"_L1, "request_overhead_ms"_L1, 0, 1e6, "a request's fixed cost is a few ms" },
    { "serving_stacks"_L1, "usable_vram_fraction"_L1, 0.05, 1, "a share of the GPU memory: at most 1" },
    { "serving_stacks"_L1, "runtime_overhead_gib"_L1, 0, 1024, "a runtime reserves from 0 to a few GiB per GPU" },
    { "serving_stacks"_L1, "max_batch_per_replica"_L1, 0, 1e6, "0 means no limit; engines batch up to a few thousand" },
    { "serving_stacks"_L1, "fp16_accumulate"_L1, 0, 1, kFlagReason },
    { "serving_stacks"_L1, "continuous_batching"_L1, 0, 1, kFlagReason },
    // electricity_prices, pue_defaults, exchange_rates, cost_defaults
    { "electricity_prices"_L1, "price_per_kwh"_L1, 0, 10000,
      "electricity costs from 0 to a few hundred per kWh in any currency (won, yen); never negative" },
    { "pue_defaults"_L1, "pue"_L1, 1, 5,
      "a PUE is at least 1 (all power reaches the IT load); real facilities stay below 3" },
    { "exchange_rates"_L1, "rate"_L1, 1e-6, 1e6, "currency rates stay within a million either way" },
    { "cost_defaults"_L1, "value"_L1, 0, kMaxMoney,
      "cost defaults are costs, rates, shares, periods or multipliers: never negative, and below 10^10" },
    // api_prices
    { "api_prices"_L1, "input_cache_hit_per_million"_L1, 0, kMaxTokenPrice, kTokenPriceReason },
    { "api_prices"_L1, "input_cache_miss_per_million"_L1, 0, kMaxTokenPrice, kTokenPriceReason },
    { "api_prices"_L1, "output_per_million"_L1, 0, kMaxTokenPrice, kTokenPriceReason },
    { "api_prices"_L1, "offpeak_input_cache_hit_per_million"_L1, 0, kMaxTokenPrice, kTokenPriceReason },
    { "api_prices"_L1, "offpeak_input_cache_miss_per_million"_L1, 0, kMaxTokenPrice, kTokenPriceReason },
    { "api_prices"_L1, "offpeak_output_per_million"_L1, 0, kMaxTokenPrice, kTokenPriceReason },
    { "api_prices"_L1, "offpeak_start_utc_h"_L1, 0, 23.99, kUtcHourReason },
    { "api_prices"_L1, "offpeak_end_utc_h"_L1, 0, 23.99, kUtcHourReason },
    // markets, market_prices
    { "markets"_L1, "prices_include_vat"_L1, 0, 1, kFlagReason },
    { "markets"_L1, "vat_rate"_L1, 0, 0.5,
      "VAT and sales-tax rates run from 0 to about 27%; 50% or more is a typing error (13% is 0.13)" },
    { "markets"_L1, "staff_cost_per_fte_year"_L1, 0, kMaxMoney, kMoneyReason },
    { "markets"_L1, "colocation_per_kw_month"_L1, 0, kMaxColocationPerKwMonth,
      "colocation costs a few hundred USD per kW-month (CBRE 2025: 217 on average); 10^6 in any currency is a typing "
      "error" },
    { "market_prices"_L1, "price"_L1, 0, kMaxMoney, kMoneyReason },
    { "market_prices"_L1, "includes_vat"_L1, 0, 1, kFlagReason },
};

} // namespace

std::span<const ValueRange> valueRanges()
{
    return kRanges;
}

const ValueRange *valueRange(const QString &table, const QString &column)
{
    for (const ValueRange &r : kRanges)
        if (r.table == table && r.column == column)
            return &r;
    return nullptr;
}

QString formatRangeNumber(double value)
{
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 17 - 2); // 15 digits: no binary noise ("0.1", not "0.10000000000000001")
}

QString checkValue(const QString &table, const QString &column, double value)
{
    if (!std::isfinite(value))
        return QObject::tr("%1 is not a finite number").arg(formatRangeNumber(value));
    if (std::fpclassify(value) == FP_SUBNORMAL)
        return QObject::tr("%1 is too close to zero to be a real value (a subnormal number)").arg(value);
    const ValueRange *range = valueRange(table, column);
    if (!range || (value >= range->min && value <= range->max))
        return {};
    const QString unit = columnUnit(column);
    return QObject::tr("%1 is outside the plausible range %2–%3%4 (%5)")
        .arg(formatRangeNumber(value), formatRangeNumber(range->min), formatRangeNumber(range->max),
             unit.isEmpty() ? QString() : u" "_s + unit, QString::fromUtf8(range->reason));
}

} // namespace tco::db
