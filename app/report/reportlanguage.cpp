// SPDX-License-Identifier: MIT
#include "reportlanguage.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QHash>
#include <QSet>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tco::report {

namespace {

/** Built-in Simplified Chinese for the report and the charts it draws, until the .ts files have them. */
struct BuiltinString
{
    const char *context;
    const char *source;
    const char *zh;
};

// clang-format off
constexpr BuiltinString kBuiltinZhCn[] = {
    {"tco::report::PdfReport", "Page %1 of %2", "第 %1 页，共 %2 页"},
    {"tco::report::PdfReport", "Untitled scenario", "未命名场景"},
    {"tco::report::PdfReport", "yes", "是"},
    {"tco::report::PdfReport", "no", "否"},
    {"tco::report::PdfReport", "Tier %1", "方案 %1"},
    {"tco::report::PdfReport", "Cloud", "云端"},
    {"tco::report::PdfReport", "On premises", "本地部署"},
    {"tco::report::PdfReport", "on demand", "按需"},
    {"tco::report::PdfReport", "spot", "竞价"},
    {"tco::report::PdfReport", "1-year reserved, no upfront", "1 年预留，无预付"},
    {"tco::report::PdfReport", "1-year reserved, partial upfront", "1 年预留，部分预付"},
    {"tco::report::PdfReport", "1-year reserved, all upfront", "1 年预留，全部预付"},
    {"tco::report::PdfReport", "3-year reserved, no upfront", "3 年预留，无预付"},
    {"tco::report::PdfReport", "3-year reserved, partial upfront", "3 年预留，部分预付"},
    {"tco::report::PdfReport", "3-year reserved, all upfront", "3 年预留，全部预付"},
    {"tco::report::PdfReport", "1-year savings plan", "1 年节省计划"},
    {"tco::report::PdfReport", "3-year savings plan", "3 年节省计划"},
    {"tco::report::PdfReport", "Hardware", "硬件"},
    {"tco::report::PdfReport", "Power", "电力"},
    {"tco::report::PdfReport", "Colocation", "托管"},
    {"tco::report::PdfReport", "Maintenance", "维护"},
    {"tco::report::PdfReport", "Staff", "人员"},
    {"tco::report::PdfReport", "Refresh reserve", "更新储备金"},
    {"tco::report::PdfReport", "Cloud reserved", "云预留实例"},
    {"tco::report::PdfReport", "Cloud on-demand", "云按需实例"},
    {"tco::report::PdfReport", "Cloud spot", "云竞价实例"},
    {"tco::report::PdfReport", "Storage", "存储"},
    {"tco::report::PdfReport", "Egress", "出网流量"},
    {"tco::report::PdfReport", "Residual value", "残值"},
    {"tco::report::PdfReport", "memory bandwidth", "显存带宽"},
    {"tco::report::PdfReport", "compute", "算力"},
    {"tco::report::PdfReport", "communication", "通信"},
    {"tco::report::PdfReport", "launch and scheduling overhead", "内核启动与调度开销"},
    {"tco::report::PdfReport", "fixed batch", "固定批大小"},
    {"tco::report::PdfReport", "memory for the KV cache", "KV 缓存的显存"},
    {"tco::report::PdfReport", "the serving stack's batch limit", "推理框架的批大小上限"},
    {"tco::report::PdfReport", "the time-to-first-token SLA", "首 token 时延 SLA"},
    {"tco::report::PdfReport", "the time-per-output-token SLA", "每 token 时延 SLA"},
    {"tco::report::PdfReport", "the demand (saturated)", "需求（已饱和）"},
    {"tco::report::PdfReport", "Note", "提示"},
    {"tco::report::PdfReport", "Warning", "警告"},
    {"tco::report::PdfReport", "Error", "错误"},
    {"tco::report::PdfReport", "not stated", "未注明"},
    {"tco::report::PdfReport", "Total cost of ownership report", "总体拥有成本（TCO）报告"},
    {"tco::report::PdfReport", "%1 · %2 deployment options · %3-month horizon", "%1 · %2 种部署方案 · %3 个月测算周期"},
    {"tco::report::PdfReport", "Company", "公司"},
    {"tco::report::PdfReport", "Author", "作者"},
    {"tco::report::PdfReport", "Date", "日期"},
    {"tco::report::PdfReport", "Currency", "货币"},
    {"tco::report::PdfReport", "Catalog", "数据目录"},
    {"tco::report::PdfReport", "schema version %1, created %2", "架构版本 %1，创建于 %2"},
    {"tco::report::PdfReport", "Prepared with TCO Planner %1. Every figure in this report is an estimate of the TCO Planner engine, computed from the catalog's sourced prices and specifications; the section Data provenance lists each source and its date.", "本报告由 TCO Planner %1 生成。报告中的所有数值均为 TCO Planner 引擎根据数据目录中注明来源的价格与规格计算得出的估算值；“数据来源”一节列出了每项数据的来源及其日期。"},
    {"tco::report::PdfReport", "Contents", "目录"},
    {"tco::report::PdfReport", "Recommended", "推荐"},
    {"tco::report::PdfReport", "Not evaluated", "未能评估"},
    {"tco::report::PdfReport", "Misses the SLA", "未满足 SLA"},
    {"tco::report::PdfReport", "Serves %1 of the demand", "仅满足 %1 的需求"},
    {"tco::report::PdfReport", "Meets the SLA, costs more", "满足 SLA，成本较高"},
    {"tco::report::PdfReport", "Executive summary", "执行摘要"},
    {"tco::report::PdfReport", "Recommended: %1", "推荐方案：%1"},
    {"tco::report::PdfReport", "%1 has the lowest total cost of ownership among the tiers that are evaluated without errors, meet the latency SLA (time to first token ≤ %3 ms, time per output token ≤ %4 ms) and serve the whole demand: %7 over %6 months, %8 per million output tokens. At the SLA it can deliver %5 output tokens/s; its cost-performance index is %2.", "在评估无误、满足时延 SLA（首 token 时延 ≤ %3 ms，每 token 时延 ≤ %4 ms）并能满足全部需求的方案中，%1 的总体拥有成本最低：%6 个月共 %7，每百万输出 token %8。在 SLA 下，它最多每秒可输出 %5 个 token；其性价比指数为 %2。"},
    {"tco::report::PdfReport", "No recommendation", "无推荐方案"},
    {"tco::report::PdfReport", "No tier is evaluated without errors, meets the latency SLA (time to first token ≤ %1 ms, time per output token ≤ %2 ms) and serves the whole demand. The table below says what each tier misses.", "没有任何方案同时做到评估无误、满足时延 SLA（首 token 时延 ≤ %1 ms，每 token 时延 ≤ %2 ms）并满足全部需求。下表列出了每个方案的不足之处。"},
    {"tco::report::PdfReport", "How the recommendation is made: among the tiers that are evaluated without errors, meet the SLA and serve the demand, the one with the lowest TCO is recommended, since they all serve the same demand; ties go to the higher cost-performance index (throughput at the SLA per unit of TCO, relative to the baseline tier %1), which measures spare capacity per cost.", "推荐规则：在评估无误、满足 SLA 并能满足需求的方案中，推荐 TCO 最低者，因为它们服务的需求相同；TCO 相同时选择性价比指数（SLA 下的吞吐量与 TCO 之比，相对于基准方案 %1）较高者，该指数衡量的是单位成本的富余容量。"},
    {"tco::report::PdfReport", "Tier", "方案"},
    {"tco::report::PdfReport", "TCO (%1)", "TCO（%1）"},
    {"tco::report::PdfReport", "Cost per 1M output tokens (%1)", "每百万输出 token 成本（%1）"},
    {"tco::report::PdfReport", "Cost-performance index", "性价比指数"},
    {"tco::report::PdfReport", "not available: the baseline tier has no figures", "不可用：基准方案没有数值"},
    {"tco::report::PdfReport", "Verdict", "结论"},
    {"tco::report::PdfReport", "Break-even", "盈亏平衡"},
    {"tco::report::PdfReport", "The cumulative costs of %1 and %2 cross in month %3, at %4.", "%1 与 %2 的累计成本在第 %3 个月交汇，金额为 %4。"},
    {"tco::report::PdfReport", "The cumulative costs of the tiers do not cross within the horizon.", "在测算周期内，各方案的累计成本没有交汇。"},
    {"tco::report::PdfReport", "Advisor", "优化顾问"},
    {"tco::report::PdfReport", "The advisor has no recommendations for this scenario.", "优化顾问对本场景没有建议。"},
    {"tco::report::PdfReport", "The advisor has %1 recommendations to lower the cost or raise the performance; they are listed in the section Advisor's recommendations.", "优化顾问给出了 %1 条降低成本或提升性能的建议，详见“优化建议”一节。"},
    {"tco::report::PdfReport", "Scenario issues", "场景问题"},
    {"tco::report::PdfReport", "Comparison", "方案对比"},
    {"tco::report::PdfReport", "Each tier at its operating point under the SLA, over a %1-month horizon, in %2. All figures are estimates of the engine.", "各方案在满足 SLA 的工作点下的数值，测算周期 %1 个月，货币为 %2。所有数值均为引擎的估算值。"},
    {"tco::report::PdfReport", "Kind", "类型"},
    {"tco::report::PdfReport", "GPUs (at peak)", "GPU 数量（峰值）"},
    {"tco::report::PdfReport", "Hardware cost (%1)", "硬件成本（%1）"},
    {"tco::report::PdfReport", "Output throughput at the SLA (tokens/s)", "SLA 下的输出吞吐量（token/s）"},
    {"tco::report::PdfReport", "Time to first token (ms)", "首 token 时延（ms）"},
    {"tco::report::PdfReport", "Time per output token (ms)", "每 token 时延（ms）"},
    {"tco::report::PdfReport", "Meets the SLA", "满足 SLA"},
    {"tco::report::PdfReport", "Share of the demand served", "需求满足率"},
    {"tco::report::PdfReport", "TCO over %1 months (%2)", "%1 个月 TCO（%2）"},
    {"tco::report::PdfReport", "Present value of the TCO (%1)", "TCO 现值（%1）"},
    {"tco::report::PdfReport", "Cost per request (%1)", "每次请求成本（%1）"},
    {"tco::report::PdfReport", "Output tokens/s per watt", "每瓦输出吞吐量（token/s/W）"},
    {"tco::report::PdfReport", "GFLOPS per %1", "每 %1 的 GFLOPS"},
    {"tco::report::PdfReport", "Elasticity (throughput against cost)", "弹性（吞吐量对成本）"},
    {"tco::report::PdfReport", "Average power (W)", "平均功耗（W）"},
    {"tco::report::PdfReport", "Figure", "指标"},
    {"tco::report::PdfReport", "not evaluated", "未能评估"},
    {"tco::report::PdfReport", "Baseline of the cost-performance index: %1 (= 1.00). Performance figures carry about ±%2% uncertainty from the calibration against published measurements.", "性价比指数的基准：%1（= 1.00）。根据与公开实测数据的校准，性能数值约有 ±%2% 的不确定度。"},
    {"tco::report::PdfReport", "The chart is not available in this build.", "此版本无法生成该图表。"},
    {"tco::report::PdfReport", "Charts", "图表"},
    {"tco::report::PdfReport", "Cumulative cost of ownership (%1)", "累计拥有成本（%1）"},
    {"tco::report::PdfReport", "Cost by category and year (%1)", "按类别和年份的成本（%1）"},
    {"tco::report::PdfReport", "Tier %1: %2", "方案 %1：%2"},
    {"tco::report::PdfReport", "%1 · serving stack %2 · precision %3", "%1 · 推理框架 %2 · 精度 %3"},
    {"tco::report::PdfReport", "This tier could not be evaluated; its issues are listed below.", "该方案未能评估，问题列于下方。"},
    {"tco::report::PdfReport", "Issues", "问题"},
    {"tco::report::PdfReport", "No issues.", "无问题。"},
    {"tco::report::PdfReport", "%1: %2 (%3)", "%1：%2（%3）"},
    {"tco::report::PdfReport", "%1: %2", "%1：%2"},
    {"tco::report::PdfReport", "%1, %2", "%1，%2"},
    {"tco::report::PdfReport", "PCIe (set in the scenario)", "PCIe（场景中指定）"},
    {"tco::report::PdfReport", "NVLink (set in the scenario)", "NVLink（场景中指定）"},
    {"tco::report::PdfReport", "GPU", "GPU"},
    {"tco::report::PdfReport", "GPUs", "GPU 数量"},
    {"tco::report::PdfReport", "GPUs (nodes × GPUs per node)", "GPU 数量（节点数 × 每节点 GPU 数）"},
    {"tco::report::PdfReport", "The source of each price is listed under Data provenance.", "各项价格的来源见“数据来源”一节。"},
    {"tco::report::PdfReport", "Link inside a node", "节点内互连"},
    {"tco::report::PdfReport", "Network between nodes", "节点间网络"},
    {"tco::report::PdfReport", "%1 Gb/s per GPU", "每块 GPU %1 Gb/s"},
    {"tco::report::PdfReport", "none", "无"},
    {"tco::report::PdfReport", "Site", "部署地点"},
    {"tco::report::PdfReport", "data centre, colocation paid per kW-month", "数据中心，托管费按千瓦·月计"},
    {"tco::report::PdfReport", "office", "办公室"},
    {"tco::report::PdfReport", "Operations staff", "运维人员"},
    {"tco::report::PdfReport", "%1 full-time equivalents", "%1 个全职人力"},
    {"tco::report::PdfReport", "Item", "项目"},
    {"tco::report::PdfReport", "Quantity", "数量"},
    {"tco::report::PdfReport", "Unit price", "单价"},
    {"tco::report::PdfReport", "Source", "来源"},
    {"tco::report::PdfReport", "As of", "日期"},
    {"tco::report::PdfReport", "no price in the catalog", "数据目录中无价格"},
    {"tco::report::PdfReport", "not in the catalog", "不在数据目录中"},
    {"tco::report::PdfReport", "Hardware cost at catalog prices, converted to %1: %2.", "按数据目录价格计算并折算为 %1 的硬件成本：%2。"},
    {"tco::report::PdfReport", "%1 per hour + %2 upfront", "每小时 %1，另预付 %2"},
    {"tco::report::PdfReport", "%1 per hour", "每小时 %1"},
    {"tco::report::PdfReport", "Instances", "云实例"},
    {"tco::report::PdfReport", "Role", "用途"},
    {"tco::report::PdfReport", "Instance", "实例"},
    {"tco::report::PdfReport", "Purchase option", "购买方式"},
    {"tco::report::PdfReport", "Price", "价格"},
    {"tco::report::PdfReport", "%1 × %2", "%1 × %2"},
    {"tco::report::PdfReport", "Hot, baseline (%1 replicas)", "热副本，基线（%1 个副本）"},
    {"tco::report::PdfReport", "Hot, bursts above the baseline", "热副本，超出基线的突发"},
    {"tco::report::PdfReport", "Cold, low-priority traffic", "冷副本，低优先级流量"},
    {"tco::report::PdfReport", "Cold, when spot is unavailable", "冷副本，竞价实例不可用时"},
    {"tco::report::PdfReport", "Autoscaling", "自动扩缩容"},
    {"tco::report::PdfReport", "%1 to %2 hot replicas at %3 target utilisation", "%1 至 %2 个热副本，目标利用率 %3"},
    {"tco::report::PdfReport", "Low-priority traffic", "低优先级流量"},
    {"tco::report::PdfReport", "%1 of the requests, on cold replicas at %2", "%1 的请求，由 %2 精度的冷副本处理"},
    {"tco::report::PdfReport", "none: every request is served by the hot replicas", "无：所有请求均由热副本处理"},
    {"tco::report::PdfReport", "Spot capacity", "竞价容量"},
    {"tco::report::PdfReport", "available %1 of the hours; restarts add %2 work", "%1 的时间可用；重启带来 %2 的额外工作量"},
    {"tco::report::PdfReport", "Storage and egress", "存储与出网流量"},
    {"tco::report::PdfReport", "%1 GB stored; %2 GB egress per month", "存储 %1 GB；每月出网 %2 GB"},
    {"tco::report::PdfReport", "Replicas by hour of the day", "一天中各小时的副本数"},
    {"tco::report::PdfReport", "Hour", "小时"},
    {"tco::report::PdfReport", "Hot", "热副本"},
    {"tco::report::PdfReport", "Cold", "冷副本"},
    {"tco::report::PdfReport", "Memory fit", "显存占用"},
    {"tco::report::PdfReport", "Per GPU", "每块 GPU"},
    {"tco::report::PdfReport", "Hot replica", "热副本"},
    {"tco::report::PdfReport", "Value", "数值"},
    {"tco::report::PdfReport", "Cold replica", "冷副本"},
    {"tco::report::PdfReport", "Weights (GiB)", "权重（GiB）"},
    {"tco::report::PdfReport", "KV cache at the operating point (GiB)", "工作点下的 KV 缓存（GiB）"},
    {"tco::report::PdfReport", "Runtime overhead (GiB)", "运行时开销（GiB）"},
    {"tco::report::PdfReport", "Memory the serving stack may use (GiB)", "推理框架可用显存（GiB）"},
    {"tco::report::PdfReport", "KV cache per token, whole model (KiB)", "每 token 的 KV 缓存，整个模型（KiB）"},
    {"tco::report::PdfReport", "Fits", "能否装入"},
    {"tco::report::PdfReport", "Largest batch that fits (sequences)", "可容纳的最大批大小（序列数）"},
    {"tco::report::PdfReport", "Performance at the SLA", "SLA 下的性能"},
    {"tco::report::PdfReport", "Parallel layout", "并行布局"},
    {"tco::report::PdfReport", "tensor parallel %1 × pipeline parallel %2 × %3 replicas", "张量并行 %1 × 流水线并行 %2 × %3 个副本"},
    {"tco::report::PdfReport", "Concurrent sequences", "并发序列数"},
    {"tco::report::PdfReport", "Batch limited by", "批大小受限于"},
    {"tco::report::PdfReport", "Time to first token", "首 token 时延"},
    {"tco::report::PdfReport", "%1 ms (SLA ≤ %2 ms)", "%1 ms（SLA ≤ %2 ms）"},
    {"tco::report::PdfReport", "Time per output token", "每 token 时延"},
    {"tco::report::PdfReport", "Output throughput of one hot replica (tokens/s)", "单个热副本的输出吞吐量（token/s）"},
    {"tco::report::PdfReport", "Capacity at the maximum replicas (tokens/s)", "最大副本数时的容量（token/s）"},
    {"tco::report::PdfReport", "Demand served, daily average (tokens/s)", "已满足的需求，日均（token/s）"},
    {"tco::report::PdfReport", "Tokens/s per user", "每用户 token/s"},
    {"tco::report::PdfReport", "Decode limited by", "解码瓶颈"},
    {"tco::report::PdfReport", "Prefill limited by", "预填充瓶颈"},
    {"tco::report::PdfReport", "Uncertainty of the estimate", "估算的不确定度"},
    {"tco::report::PdfReport", "As published by %1", "公开数据（%1）"},
    {"tco::report::PdfReport", "%1 tokens/s, %2 ms per token, index %3, hardware %4", "%1 token/s，每 token %2 ms，指数 %3，硬件 %4"},
    {"tco::report::PdfReport", "Cost by category and year", "按类别和年份的成本"},
    {"tco::report::PdfReport", "Category (%1)", "类别（%1）"},
    {"tco::report::PdfReport", "Year %1", "第 %1 年"},
    {"tco::report::PdfReport", "Total", "合计"},
    {"tco::report::PdfReport", "Present value at the scenario's discount rate: %1. Average wall power, PUE included: %2 W.", "按场景折现率计算的现值：%1。含 PUE 的平均墙插功耗：%2 W。"},
    {"tco::report::PdfReport", "Advisor's recommendations", "优化建议"},
    {"tco::report::PdfReport", "Applies to %1.", "适用于 %1。"},
    {"tco::report::PdfReport", "Applies to the whole scenario.", "适用于整个场景。"},
    {"tco::report::PdfReport", "Saving over the horizon: %1.", "测算周期内可节省：%1。"},
    {"tco::report::PdfReport", "Assumptions", "假设条件"},
    {"tco::report::PdfReport", "Workload", "工作负载"},
    {"tco::report::PdfReport", "Model", "模型"},
    {"tco::report::PdfReport", "%1 (%2)", "%1（%2）"},
    {"tco::report::PdfReport", "Precision", "精度"},
    {"tco::report::PdfReport", "Prompt length", "提示长度"},
    {"tco::report::PdfReport", "%1 tokens", "%1 个 token"},
    {"tco::report::PdfReport", "Output length", "输出长度"},
    {"tco::report::PdfReport", "Peak demand", "峰值需求"},
    {"tco::report::PdfReport", "%1 requests/s in the busiest hour", "最繁忙时段每秒 %1 个请求"},
    {"tco::report::PdfReport", "Daily profile", "日负载曲线"},
    {"tco::report::PdfReport", "busiest hour %1:00; on average %2 of the peak over the day", "最繁忙时段 %1:00；全天平均为峰值的 %2"},
    {"tco::report::PdfReport", "Requests per day", "每日请求数"},
    {"tco::report::PdfReport", "Latency SLA", "时延 SLA"},
    {"tco::report::PdfReport", "time to first token ≤ %1 ms, time per output token ≤ %2 ms", "首 token 时延 ≤ %1 ms，每 token 时延 ≤ %2 ms"},
    {"tco::report::PdfReport", "Low-priority share", "低优先级占比"},
    {"tco::report::PdfReport", "Financials", "财务参数"},
    {"tco::report::PdfReport", "Horizon", "测算周期"},
    {"tco::report::PdfReport", "%1 months", "%1 个月"},
    {"tco::report::PdfReport", "Electricity price", "电价"},
    {"tco::report::PdfReport", "%1 per kWh", "每千瓦时 %1"},
    {"tco::report::PdfReport", "PUE", "PUE"},
    {"tco::report::PdfReport", "Capital expenditure", "资本支出"},
    {"tco::report::PdfReport", "paid upfront in the first month", "首月一次性支付"},
    {"tco::report::PdfReport", "depreciated straight-line over %1 years", "按 %1 年直线折旧"},
    {"tco::report::PdfReport", "%1 of capex per year", "每年为资本支出的 %1"},
    {"tco::report::PdfReport", "%1 USD per kW-month", "每千瓦·月 %1 美元"},
    {"tco::report::PdfReport", "%1 USD per full-time equivalent and year", "每个全职人力每年 %1 美元"},
    {"tco::report::PdfReport", "%1 of capex, recovered in the last month", "资本支出的 %1，于最后一个月收回"},
    {"tco::report::PdfReport", "Discount rate", "折现率"},
    {"tco::report::PdfReport", "%1 per year", "每年 %1"},
    {"tco::report::PdfReport", "GPU power draw", "GPU 功耗"},
    {"tco::report::PdfReport", "%1 of the board power on average", "平均为板卡功耗的 %1"},
    {"tco::report::PdfReport", "Baseline tier", "基准方案"},
    {"tco::report::PdfReport", "Part", "部件"},
    {"tco::report::PdfReport", "Electricity", "电力"},
    {"tco::report::PdfReport", "Cost default", "成本默认值"},
    {"tco::report::PdfReport", "Exchange rate", "汇率"},
    {"tco::report::PdfReport", "Data provenance", "数据来源"},
    {"tco::report::PdfReport", "Estimated and measured figures", "估算值与实测值"},
    {"tco::report::PdfReport", "Measured or sourced (catalog facts): GPU and instance specifications, purchase and cloud prices, electricity prices, PUE, exchange rates and cost defaults. Each comes from the catalog with its source and as-of date, listed below.", "实测或有出处的数据（数据目录中的事实）：GPU 与实例规格、采购与云服务价格、电价、PUE、汇率以及成本默认值。每项数据均来自数据目录，并附有来源和日期，见下表。"},
    {"tco::report::PdfReport", "Estimated (engine outputs): every throughput, latency, memory-fit, replica, power, cost, TCO and index figure in this report, computed by the TCO Planner performance and cost models from the facts above. Performance figures carry about ±%1% uncertainty from the calibration against published measurements.", "估算值（引擎输出）：本报告中所有吞吐量、时延、显存占用、副本数、功耗、成本、TCO 和指数数值，均由 TCO Planner 的性能与成本模型根据上述事实计算得出。根据与公开实测数据的校准，性能数值约有 ±%1% 的不确定度。"},
    {"tco::report::PdfReport", "Published figures shown “as published” are the claims of the source named beside them, not measurements of ours.", "标为“公开数据”的数值是旁边所注来源的说法，并非我们的实测。"},
    {"tco::report::PdfReport", "Schema version", "架构版本"},
    {"tco::report::PdfReport", "Created", "创建时间"},
    {"tco::report::PdfReport", "Seed version", "种子数据版本"},
    {"tco::report::PdfReport", "Prices and rates used", "所用价格与汇率"},
    {"tco::report::PdfReport", "Used by", "使用方"},
    {"tco::report::PdfReport", "all", "全部"},
    {"tco::report::PdfReport", "tier %1", "方案 %1"},
    {"tco::report::PdfReport", "The evaluation used no catalog prices.", "本次评估未使用数据目录中的价格。"},
    {"tco::report::PdfReport", "A value the scenario sets itself (not equal to a catalog row) is listed under Assumptions, not here. Prices in another currency are converted with the exchange rates above.", "场景自行设定的数值（与数据目录中的任何条目都不相同）列在“假设条件”中，不在此处。其他货币的价格按上述汇率折算。"},
    {"tco::ui::ResultChartView", "No result yet", "尚无结果"},
    {"tco::ui::CumulativeTcoChart", "Cumulative cost of ownership", "累计拥有成本"},
    {"tco::ui::CumulativeTcoChart", "Month", "月份"},
    {"tco::ui::CumulativeTcoChart", "Break-even", "盈亏平衡点"},
    {"tco::ui::CumulativeTcoChart", "%1 = %2 at month %3", "%1 与 %2 在第 %3 个月持平"},
    {"tco::ui::CumulativeTcoChart", "Cumulative cost (%1)", "累计成本（%1）"},
    {"tco::ui::CumulativeTcoChart", "No tiers in the scenario", "场景中没有方案"},
    {"tco::ui::CumulativeTcoChart", "No tier could be evaluated: see the issues in the table", "没有可评估的方案：请查看表中的问题"},
    {"tco::ui::CostBreakdownChart", "Cost by category and year", "按类别和年份的成本"},
    {"tco::ui::CostBreakdownChart", "Hardware", "硬件"},
    {"tco::ui::CostBreakdownChart", "Power", "电力"},
    {"tco::ui::CostBreakdownChart", "Colocation", "托管"},
    {"tco::ui::CostBreakdownChart", "Maintenance", "维护"},
    {"tco::ui::CostBreakdownChart", "Staff", "人员"},
    {"tco::ui::CostBreakdownChart", "Refresh reserve", "更新储备金"},
    {"tco::ui::CostBreakdownChart", "Cloud reserved", "云预留实例"},
    {"tco::ui::CostBreakdownChart", "Cloud on-demand", "云按需实例"},
    {"tco::ui::CostBreakdownChart", "Cloud spot", "云竞价实例"},
    {"tco::ui::CostBreakdownChart", "Storage", "存储"},
    {"tco::ui::CostBreakdownChart", "Egress", "出网流量"},
    {"tco::ui::CostBreakdownChart", "Residual value", "残值"},
    {"tco::ui::CostBreakdownChart", "Tier %1", "方案 %1"},
    {"tco::ui::CostBreakdownChart", "%1 · Year %2", "%1 · 第 %2 年"},
    {"tco::ui::CostBreakdownChart", "Year %1", "第 %1 年"},
    {"tco::ui::CostBreakdownChart", "Cost (million %1)", "成本（百万 %1）"},
    {"tco::ui::CostBreakdownChart", "Cost (thousand %1)", "成本（千 %1）"},
    {"tco::ui::CostBreakdownChart", "Cost (%1)", "成本（%1）"},
    {"tco::ui::CostBreakdownChart", "No tiers in the scenario", "场景中没有方案"},
    {"tco::ui::CostBreakdownChart", "No tier could be evaluated: see the issues in the table", "没有可评估的方案：请查看表中的问题"},
    {"tco::ui::CostBreakdownChart", "No costs over the horizon", "测算周期内没有成本"},
};
// clang-format on

QString key(const char *context, const char *source)
{
    return QString::fromUtf8(context) + u'\x1f' + QString::fromUtf8(source);
}

const QHash<QString, QString> &builtinZhCn()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const BuiltinString &s : kBuiltinZhCn)
            t.insert(key(s.context, s.source), QString::fromUtf8(s.zh));
        return t;
    }();
    return table;
}

/** The .qm files the project may ship (qt_add_translations embeds them under :/i18n). */
constexpr const char *kQmFiles[] = { ":/i18n/tco_zh_CN.qm", ":/i18n/tco-planner_zh_CN.qm" };

} // namespace

/** The report language in front of the application's translators (see LanguageScope). */
class ReportTranslator final : public QTranslator
{
public:
    explicit ReportTranslator(Language language)
        : m_language(language)
    {
        if (language == Language::SimplifiedChinese) {
            for (const char *file : kQmFiles)
                if (m_qm.load(QString::fromLatin1(file)))
                    break;
        }
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!sourceText)
            return {};
        if (m_language == Language::English)
            return QString::fromUtf8(sourceText); // whatever the user interface's language is
        if (!m_qm.isEmpty()) {
            const QString text = m_qm.translate(context, sourceText, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        const QString found = builtinZhCn().value(key(context, sourceText));
        if (found.isEmpty() && context && qstrncmp(context, "tco::", 5) == 0)
            m_missing.insert(QString::fromUtf8(context) + u": "_s + QString::fromUtf8(sourceText));
        return found;
    }

    bool isEmpty() const override { return false; }

    QStringList missing() const
    {
        QStringList list(m_missing.begin(), m_missing.end());
        list.sort();
        return list;
    }

private:
    Language m_language;
    QTranslator m_qm;
    mutable QSet<QString> m_missing;
};

std::optional<Language> languageFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(u'-', u'_');
    if (n == "en"_L1 || n == "en_us"_L1 || n == "en_gb"_L1 || n == "english"_L1)
        return Language::English;
    if (n == "zh_cn"_L1 || n == "zh"_L1 || n == "zh_hans"_L1)
        return Language::SimplifiedChinese;
    return std::nullopt;
}

QString languageName(Language language)
{
    return language == Language::SimplifiedChinese ? u"zh_CN"_s : u"en"_s;
}

QLocale languageLocale(Language language)
{
    QLocale locale = language == Language::SimplifiedChinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                             : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

LanguageScope::LanguageScope(Language language)
    : m_translator(std::make_unique<ReportTranslator>(language))
{
    QCoreApplication::installTranslator(m_translator.get());
}

LanguageScope::~LanguageScope()
{
    QCoreApplication::removeTranslator(m_translator.get());
}

QStringList LanguageScope::untranslated() const
{
    return m_translator->missing();
}

QString cjkFontFamily()
{
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    static const char *const preferred[]
        = { "Noto Sans CJK SC",  "Source Han Sans SC",  "Source Han Sans CN", "Noto Sans SC", "WenQuanYi Micro Hei",
            "WenQuanYi Zen Hei", "Droid Sans Fallback", "Microsoft YaHei",    "PingFang SC" };
    for (const char *family : preferred)
        if (installed.contains(QString::fromLatin1(family)))
            return QString::fromLatin1(family);
    for (const QString &family : installed) // a sans family of any name, then anything
        if (!family.contains("Mono"_L1) && !family.contains("Serif"_L1))
            return family;
    return installed.isEmpty() ? QString() : installed.front();
}

std::optional<QStringList> reportFontFamilies(Language language, QString *error)
{
    const QStringList installed = QFontDatabase::families();
    QString latin;
    for (const char *family : { "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica" }) {
        if (installed.contains(QString::fromLatin1(family))) {
            latin = QString::fromLatin1(family);
            break;
        }
    }
    if (latin.isEmpty())
        latin = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    const QString cjk = cjkFontFamily();
    if (language == Language::SimplifiedChinese && cjk.isEmpty()) {
        if (error)
            *error = u"no font with Simplified Chinese glyphs is installed (install fonts-noto-cjk)"_s;
        return std::nullopt;
    }
    QStringList families { latin };
    if (!cjk.isEmpty())
        families << cjk;
    return families;
}

} // namespace tco::report
