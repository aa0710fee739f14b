// SPDX-License-Identifier: MIT
#include "defaultscenario.h"

#include "core/demandprofiles.h"

#include <algorithm>
#include <catalogsnapshot.h>

namespace tco::app {

using engine::CloudTier;
using engine::OnPremisesTier;
using engine::PublishedFigures;
using engine::PurchaseOption;
using engine::Scenario;
using engine::Tier;
using engine::TierKind;

namespace {

/** The financial values the default scenario takes from the catalog. */
struct CatalogValues
{
    std::string market; ///< markets.id, "" for none
    std::string currency = "CNY";
    double electricity_price_per_kwh = 0.0;
    std::string electricity_currency = "CNY";
    double pue = 0.0;
    double maintenance_fraction_per_year = 0.0;
    double depreciation_years = 0.0;
    double colocation_usd_per_kw_month = 0.0;
    double staff_usd_per_fte_year = 0.0;
    double refresh_reserve_fraction_per_year = 0.0;
    double gpu_power_draw_fraction = 0.0;
    double object_storage_usd_per_gb_month = 0.0;
    double egress_usd_per_gb = 0.0;
};

/** Copies of the bundled catalog (db/seed), by row id or cost_defaults key. */
CatalogValues bundledCatalogValues()
{
    CatalogValues v;
    v.market = defaults::kMarket; // markets: cn
    v.currency = "CNY"; //          (same row)
    v.electricity_price_per_kwh = 0.5; // electricity_prices: cn-other-regions-typical-2026-04
    v.electricity_currency = "CNY"; //   (same row)
    v.pue = 1.5; // pue_defaults: cn-policy-national-average-max
    v.maintenance_fraction_per_year = 0.125; // cost_defaults: maintenance_fraction_per_year
    v.depreciation_years = 5.0; // cost_defaults: depreciation_years
    v.colocation_usd_per_kw_month = 0.0; // from the market (markets: cn)
    v.staff_usd_per_fte_year = 0.0; //       (same row)
    v.refresh_reserve_fraction_per_year = 0.2; // cost_defaults: refresh_reserve_fraction_per_year
    v.gpu_power_draw_fraction = 0.75; // cost_defaults: server_power_draw_fraction
    v.object_storage_usd_per_gb_month = 0.023; // cost_defaults: s3_standard_usd_per_gb_month
    v.egress_usd_per_gb = 0.09; // cost_defaults: aws_data_transfer_out_usd_per_gb
    return v;
}

/** A cost default in USD (converted when the row is in another currency); 0 when absent. */
double usdCostDefault(const engine::CatalogSnapshot &catalog, const char *key)
{
    const engine::CostDefault *row = catalog.findCostDefault(key);
    if (!row || !row->value)
        return 0.0;
    if (row->currency.empty() || row->currency == "USD")
        return *row->value;
    return catalog.convert(*row->value, row->currency, "USD").value_or(0.0);
}

CatalogValues catalogValues(const engine::CatalogSnapshot &catalog, const std::string &marketId)
{
    CatalogValues v;
    const engine::Market *market = catalog.findMarket(marketId);
    if (market) {
        v.market = market->id;
        v.currency = market->currency;
    }
    const std::string electricityId
        = market && !market->electricity_id.empty() ? market->electricity_id : std::string(defaults::kElectricityId);
    const std::string pueId = !market || market->id == "cn" ? defaults::kPueId : defaults::kPueIdOutsideChina;
    const auto electricity = std::find_if(catalog.electricity.cbegin(), catalog.electricity.cend(),
                                          [&](const engine::ElectricityPrice &e) { return e.id == electricityId; });
    if (electricity != catalog.electricity.cend() && electricity->price_per_kwh) {
        v.electricity_price_per_kwh = *electricity->price_per_kwh;
        v.electricity_currency = electricity->currency;
    }
    const auto pue = std::find_if(catalog.pue.cbegin(), catalog.pue.cend(),
                                  [&](const engine::PueDefault &p) { return p.id == pueId; });
    if (pue != catalog.pue.cend())
        v.pue = pue->pue;
    v.maintenance_fraction_per_year = catalog.costDefault(defaults::kMaintenanceKey).value_or(0.0);
    v.depreciation_years = catalog.costDefault(defaults::kDepreciationKey).value_or(0.0);
    if (!market) { // a market brings its own staff cost and colocation (0 here: the engine takes the market's)
        v.colocation_usd_per_kw_month = usdCostDefault(catalog, defaults::kColocationKey);
        v.staff_usd_per_fte_year = usdCostDefault(catalog, defaults::kStaffKey);
    }
    v.refresh_reserve_fraction_per_year = catalog.costDefault(defaults::kRefreshKey).value_or(0.0);
    v.gpu_power_draw_fraction = catalog.costDefault(defaults::kPowerDrawKey).value_or(0.0);
    v.object_storage_usd_per_gb_month = usdCostDefault(catalog, defaults::kObjectStorageKey);
    v.egress_usd_per_gb = usdCostDefault(catalog, defaults::kEgressKey);
    return v;
}

/** The guide's comparison table ("成本对比"), as published; hardware cost in CNY. */
PublishedFigures published(std::optional<double> hardwareCostCny, double outputTokS, double latencyMs, double index)
{
    PublishedFigures p;
    p.source = "Reference deployment guide (2025-09-25), comparison table";
    p.currency = "CNY";
    p.hardware_cost = hardwareCostCny;
    p.output_tok_s = outputTokS;
    p.latency_ms = latencyMs;
    p.cost_performance_index = index;
    return p;
}

Tier workstationTier()
{
    Tier t;
    t.name = "Workstation (RTX 4090)";
    t.kind = TierKind::OnPremises;
    // vLLM rather than llama.cpp: the 7B model fits the 24 GB card in BF16, so no GGUF
    // quantization is needed, and vLLM's continuous batching serves several users at once (the
    // guide's setting is a team service, not a single chat); it is also the stack of the cloud
    // tier, so the two differ by hardware only.
    t.stack = "vllm";
    t.tp = 1;
    t.pp = 1;
    OnPremisesTier &o = t.onprem;
    o.gpu = "nvidia-geforce-rtx-4090";
    o.gpus_per_node = 1;
    o.nodes = 1;
    // The guide's parts (Ryzen 9 7950X, 64 GB DDR5, 2 TB NVMe) plus what a working machine needs
    // besides: board, power supply, case (server_parts.csv, each with a sourced price).
    o.node_parts = {
        { "amd-ryzen-9-7950x", 1.0 },     { "ddr5-64gb-2x32gb-kit", 1.0 }, { "nvme-ssd-2tb", 1.0 },
        { "am5-motherboard-entry", 1.0 }, { "psu-850w-atx", 1.0 },         { "workstation-chassis-atx", 1.0 },
    };
    o.link = ""; // one GPU: no link
    o.network_gbps_per_gpu = 0.0; // single machine: no fabric
    o.colocated = false; // in the office: no colocation fee
    o.staff_fte = 0.05; // assumption: about two hours a week of upkeep
    t.published = published(18500.0, 12.0, 85.0, 1.0);
    return t;
}

Tier hybridCloudTier(const CatalogValues &v)
{
    Tier t;
    t.name = "Hybrid cloud (A10G + T4 spot)";
    t.kind = TierKind::Cloud;
    t.stack = "vllm"; // the guide serves through Triton; vLLM is a common backend for it
    t.tp = 0; // automatic: one A10G per instance
    t.pp = 1;
    CloudTier &c = t.cloud;
    // The guide names g5.2xlarge ("2×A10G, about $2.5/h"); the catalog row has one A10G and its
    // own sourced prices, which are what count.
    c.hot_instance = "aws-us-east-1-g5.2xlarge";
    c.hot_option = PurchaseOption::OnDemand;
    c.min_replicas = 1;
    c.max_replicas = 8;
    c.target_utilisation = 0.7; // the guide's 70% GPU utilisation (Triton multi-model concurrency)
    c.cold_instance = "aws-us-east-1-g4dn.xlarge";
    c.cold_option = PurchaseOption::Spot;
    // The T4 has 16 GB: the 7B model in BF16 is 7e9 × 2 B = 14 GB (12.9 GiB) of weights; after
    // vLLM's 10% reserve and runtime overhead that leaves a KV cache for one sequence of 768
    // tokens (engine: max batch 1), and the T4 (Turing) has no BF16 arithmetic anyway. INT8
    // (W8A8, 7 GB; Turing has INT8 tensor cores) leaves room for ~19. tests/app checks this.
    c.cold_precision = "int8";
    // spot_interruption_overhead and spot_availability keep the engine's defaults (scenario.h):
    // the catalog has no interruption rate for g4dn.xlarge spot.
    c.object_storage_gb = 100.0; // assumption: the weights (14 GB) several times over, plus logs
    c.object_storage_usd_per_gb_month = v.object_storage_usd_per_gb_month; // S3 Standard
    // No sourced price for a cache tier (Alluxio nodes) in the catalog: 0 rather than a guess.
    c.cache_usd_per_month = 0.0;
    // Responses leave AWS: about 1 KB of text per request (256 tokens × ~4 bytes), at the peak
    // demand's daily average that is a few GB a month; 10 GB is a round upper estimate.
    c.egress_gb_per_month = 10.0;
    c.egress_usd_per_gb = v.egress_usd_per_gb;
    c.staff_fte = 0.1; // assumption: cluster and autoscaler upkeep
    t.published = published(std::nullopt, 50.0, 60.0, 2.3); // the guide's cost is "dynamic"
    return t;
}

Tier clusterTier()
{
    Tier t;
    t.name = "GPU cluster (4x H100 SXM, NVLink, IB NDR)";
    t.kind = TierKind::OnPremises;
    // TensorRT-LLM: the guide's own tuning advice (FasterTransformer, its predecessor; Megatron
    // tensor parallel 4), and the stack of NVIDIA's published H100 SXM measurements.
    t.stack = "trt-llm";
    t.tp = 4; // the guide's tensor_model_parallel_size
    t.pp = 1; // the guide's pipeline_model_parallel_size
    OnPremisesTier &o = t.onprem;
    o.gpu = "nvidia-h100-sxm5-80gb";
    o.gpus_per_node = 4;
    o.nodes = 1;
    o.node_parts = {
        // The row is an 8-GPU HGX server without its GPU baseboard (chassis, CPUs, RAM, NICs,
        // storage); a 4-GPU node is counted as half of it.
        { "hgx-8gpu-chassis-minus-baseboard", 0.5 },
        // The row is the NDR cabling of an 8-GPU node (8 × 400G links); 4 GPUs use half.
        { "ib-ndr-cables-per-8gpu-node", 0.5 },
        // The guide's all-flash store is a DDN EXA58 array ("about 200,000 CNY", a claim, not a
        // sourced price); no source prices such an array (server_parts: all-flash-shared-storage-
        // array stays without a price). Its all-flash capacity comes here from a sourced part
        // instead: one 30 TB enterprise TLC NVMe drive, far above the model's 14 GB of weights
        // plus checkpoints and logs. One node needs no shared parallel file system.
        { "enterprise-nvme-30tb-tlc", 1.0 },
    };
    o.shared_parts = {
        // 4 of the 64 ports of an NDR switch (one 400G port per GPU): 4/64 = 1/16 of the switch.
        { "ib-ndr-switch-64p", 4.0 / 64.0 },
    };
    o.link = ""; // the GPU's own: NVLink 4 (gpus.csv)
    o.network_gbps_per_gpu = 400.0; // InfiniBand NDR, 400 Gb/s (50 GB/s) per GPU
    o.colocated = true; // a data centre, paying colocation per kW-month
    o.staff_fte = 0.25; // assumption: a quarter of an operations engineer
    t.published = published(600000.0, 800.0, 12.0, 3.8);
    return t;
}

Scenario buildDefaultScenario(const CatalogValues &v)
{
    Scenario s;
    s.title = "Reference deployment guide: workstation, hybrid cloud, H100 cluster (DeepSeek LLM 7B)";

    engine::Workload &w = s.workload;
    // models.csv id; "deepseek-llm-7b-chat" is an alias of the same row (same architecture).
    w.model = "deepseek-llm-7b";
    w.precision = "bf16"; // the guide's deployment.yaml: QUANTIZATION=bf16
    w.input_len = 512; // assumption: a chat prompt with some context
    w.output_len = 256; // assumption: a paragraph of answer
    w.peak_requests_per_s = 2.0; // assumption: a team-sized service
    w.hourly_profile = demandProfile(DemandProfile::BusinessDay);
    w.sla_ttft_ms = 1000.0; // assumption: the first token within a second
    w.sla_tpot_ms = 50.0; // the guide's target: inference latency ≤ 50 ms (per token)
    w.low_priority_share = 0.2; // assumption: requests that may wait (served by the cold T4 spot nodes)

    s.tiers = { workstationTier(), hybridCloudTier(v), clusterTier() };

    s.market = v.market;
    engine::Financials &f = s.financials;
    f.horizon_months = 36; // the 3-year TCO
    f.currency = v.currency;
    f.electricity_price_per_kwh = v.electricity_price_per_kwh;
    f.electricity_currency = v.electricity_currency;
    f.pue = v.pue;
    f.maintenance_fraction_per_year = v.maintenance_fraction_per_year;
    f.depreciation_years = v.depreciation_years;
    f.capex_treatment = engine::CapexTreatment::Upfront;
    // 0 with a market: the market's staff cost and colocation apply (docs/cost-model.md, "Markets").
    f.colocation_usd_per_kw_month = v.colocation_usd_per_kw_month;
    f.staff_usd_per_fte_year = v.staff_usd_per_fte_year;
    f.refresh_reserve_fraction_per_year = v.refresh_reserve_fraction_per_year; // the guide's 20% a year
    f.residual_value_fraction = 0.0;
    f.discount_rate_per_year = 0.0;
    f.gpu_power_draw_fraction = v.gpu_power_draw_fraction;
    f.baseline_tier = 0; // the guide's index is relative to the workstation (= 1.0)
    return s;
}

} // namespace

Scenario defaultScenario(const engine::CatalogSnapshot &catalog)
{
    return buildDefaultScenario(catalogValues(catalog, defaults::kMarket));
}

Scenario defaultScenario(const engine::CatalogSnapshot &catalog, const std::string &market)
{
    return buildDefaultScenario(catalogValues(catalog, market));
}

Scenario defaultScenario()
{
    return buildDefaultScenario(bundledCatalogValues());
}

} // namespace tco::app
