// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file scenario.h
 * The whole configuration the cost engine evaluates: the workload, the tiers (ways of deploying)
 * and the financial assumptions. Plain values; the app layer stores it as a *.tcoplan JSON file.
 * Names of catalog rows are ids (or aliases) resolved through CatalogSnapshot.
 */

#include "costcatalog.h"
#include "perfmodel.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace tco::engine {

/** Hours in a day of the demand profile. */
inline constexpr int kHoursPerDay = 24;

/**
 * Most tiers in one scenario. A comparison of more than a handful of deployments is unreadable
 * (the report puts 4 tiers side by side per table, the charts one series per tier), and the
 * break-even table grows with the pairs of tiers: 64 tiers are 2,016 pairs.
 */
inline constexpr int kMaxTiers = 64;
/**
 * Most GPUs (or replicas) in one tier: ten times the largest clusters built so far (about
 * 100,000 GPUs), and keeps every product of GPU counts far inside a 32-bit int.
 */
inline constexpr long long kMaxGpusPerTier = 1000000;
/**
 * Longest prompt, longest output, and longest prompt + output of a request, in tokens: the
 * longest context window of a released model is 10M tokens (Llama 4 Scout). Keeps
 * input_len + output_len (a deployment's --max-model-len) inside a 32-bit int.
 */
inline constexpr int kMaxSequenceTokens = 10000000;

/** What is asked of every tier. */
struct Workload
{
    std::string model;      ///< model id or alias, e.g. "deepseek-llm-7b"
    std::string precision;  ///< precision id or alias, e.g. "bf16"
    int input_len = 512;    ///< prompt tokens per request
    int output_len = 256;   ///< generated tokens per request
    double peak_requests_per_s = 1.0; ///< demand in the busiest hour
    /** Demand in each hour of the day as a share of the peak (0..1); hour 0 = midnight. */
    std::array<double, kHoursPerDay> hourly_profile{};
    double sla_ttft_ms = 1000.0; ///< time-to-first-token limit
    double sla_tpot_ms = 50.0;   ///< time-per-output-token limit
    /** Statistic the SLA limits hold to; Mean keeps the closed-loop figures of earlier releases. */
    SlaPercentile sla_percentile = SlaPercentile::Mean;
    double low_priority_share = 0.0; ///< share of requests that may wait (served by cold/spot capacity)
    /** Share of input tokens a hosted API finds in its context cache (0..1): billed at the
        cache-hit price. Only the API alternative uses it. 0 by default: no source gives a figure. */
    double cache_hit_share = 0.0;
};

enum class TierKind {
    OnPremises, ///< bought hardware: a workstation, or a cluster of servers
    Cloud,      ///< rented instances: hot (on-demand/reserved, autoscaled) + cold (spot)
};

/** A part and how many of it. */
struct PartLine
{
    std::string part_id;
    double quantity = 1.0;
};

struct OnPremisesTier
{
    std::string gpu;            ///< GPU id or alias
    int gpus_per_node = 1;
    int nodes = 1;
    std::vector<PartLine> node_parts;   ///< per node: CPU, RAM, storage, NICs, chassis...
    std::vector<PartLine> shared_parts; ///< per cluster: switches, shared storage...
    std::string link;           ///< intra-node link override: "" (the GPU's own), "pcie", "nvlink"
    double network_gbps_per_gpu = 0.0; ///< inter-node fabric per GPU (InfiniBand NDR 400), 0: none
    bool colocated = false;     ///< in a data centre paying colocation per kW-month (else: office)
    double staff_fte = 0.0;     ///< operations staff share, full-time equivalents
};

struct CloudTier
{
    std::string hot_instance;   ///< instance id for the latency-sensitive traffic
    PurchaseOption hot_option = PurchaseOption::OnDemand; ///< how the baseline (min) replicas are paid
    int min_replicas = 1;       ///< always-on hot replicas
    int max_replicas = 8;       ///< autoscaler ceiling; demand above it is not served
    double target_utilisation = 0.7; ///< autoscaler target: replicas = demand / (capacity * target)
    std::string cold_instance;  ///< instance id for low-priority traffic ("" = none: all traffic is hot)
    PurchaseOption cold_option = PurchaseOption::Spot;
    std::string cold_precision; ///< precision override for the cold tier ("" = the workload's)
    double spot_interruption_overhead = 0.1; ///< extra work from restarts, share of spot hours
    double spot_availability = 0.9; ///< share of hours spot capacity is there; the rest runs on-demand
    double object_storage_gb = 0.0;      ///< model weights, logs
    double object_storage_usd_per_gb_month = 0.0;
    double cache_usd_per_month = 0.0;    ///< a cache tier in front of object storage (e.g. Alluxio nodes)
    double egress_gb_per_month = 0.0;
    double egress_usd_per_gb = 0.0;
    double staff_fte = 0.0;
};

/** Figures a source published for this tier, shown beside ours ("as published"). */
struct PublishedFigures
{
    std::string source;
    std::optional<double> hardware_cost;   ///< in `currency`
    std::string currency;
    std::optional<double> output_tok_s;
    std::optional<double> latency_ms;      ///< as the source states it (per token)
    std::optional<double> cost_performance_index;
};

struct Tier
{
    std::string name;
    TierKind kind = TierKind::OnPremises;
    std::string stack = "vllm"; ///< serving stack id or alias
    std::string precision;      ///< "" = the workload's precision
    int tp = 0;                 ///< tensor parallel degree (0: automatic)
    int pp = 1;                 ///< pipeline parallel degree
    /** Size to demand with one node (on premises) or replica (cloud) more than the peak needs, so
        that one failure still serves the peak (N+1). */
    bool n_plus_one = false;
    OnPremisesTier onprem;
    CloudTier cloud;
    std::optional<PublishedFigures> published;
};

/** How capital spending enters the monthly timeline. */
enum class CapexTreatment {
    /** Cash view: the whole purchase in month 1, the resale value (residual_value_fraction of
        capex) back in the last month of the horizon. */
    Upfront,
    /** Accrual view: straight-line depreciation of (1 - residual_value_fraction) of capex over
        depreciation_years; only the horizon's share of it is a cost (no resale line: the book
        value left at the end is an asset, not a cost). */
    Depreciation,
};

struct Financials
{
    int horizon_months = 36;
    std::string currency = "CNY";          ///< currency of every figure of the result
    double electricity_price_per_kwh = 0.0;
    std::string electricity_currency = "CNY";
    double pue = 1.5;                      ///< power usage effectiveness of the facility
    double maintenance_fraction_per_year = 0.0; ///< of capex
    double depreciation_years = 5.0;
    CapexTreatment capex_treatment = CapexTreatment::Upfront;
    double colocation_usd_per_kw_month = 0.0;
    double staff_usd_per_fte_year = 0.0;
    double refresh_reserve_fraction_per_year = 0.0; ///< of capex, set aside for hardware refresh
    /** The refresh reserve is a budgeting practice (the guide's 20% a year), not a cost of
        ownership: it is shown beside the TCO, and counted in it only when this is true. */
    bool refresh_reserve_in_tco = false;
    /** Of capex: cash view, what the hardware resells for at the end of the horizon; accrual view,
        its salvage value at the end of the depreciation period. */
    double residual_value_fraction = 0.0;
    double discount_rate_per_year = 0.0;   ///< for the present value of the timeline
    double gpu_power_draw_fraction = 0.75; ///< average GPU draw while serving, share of TDP
    int baseline_tier = 0;                 ///< index of the tier whose cost-performance index is 1.0
};

struct Scenario
{
    std::string title;
    /** Market profile id (catalog table markets: "cn", "us"); "" = none, catalog prices only.
        GPUs and parts take the market's local price when it has one; staff cost and colocation
        left at 0 in the financials come from the market (docs/cost-model.md, "Markets"). */
    std::string market;
    Workload workload;
    std::vector<Tier> tiers;
    Financials financials;
};

} // namespace tco::engine
