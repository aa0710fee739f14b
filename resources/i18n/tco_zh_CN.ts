<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>tco-report</source>
        <translation>tco-report</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TCO Planner: cost and speed of serving DeepSeek-family language models.</source>
        <translation>TCO Planner：测算部署 DeepSeek 系列大语言模型的推理成本与速度。</translation>
    </message>
    <message>
        <source>Catalog file to use (default: %1).</source>
        <translation>要使用的目录文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit (for documentation).</source>
        <translation>窗口显示后保存一张 PNG 截图，然后退出（用于制作文档）。</translation>
    </message>
    <message>
        <source>Page to start on: overview or catalog.</source>
        <translation>启动页面：overview（概览）或 catalog（目录）。</translation>
    </message>
    <message>
        <source>A scenario file (*.tcoplan) to open.</source>
        <translation>要打开的场景文件（*.tcoplan）。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN (remembered).</source>
        <translation>界面语言：en 或 zh_CN（会被记住）。</translation>
    </message>
    <message>
        <source>Colour theme: system, light or dark (remembered).</source>
        <translation>颜色主题：system、light 或 dark（会被记住）。</translation>
    </message>
    <message>
        <source>Print the time from start to the first painted window, then quit (for benchmarks).</source>
        <translation>打印从启动到窗口首次绘制的时间，然后退出（用于基准测试）。</translation>
    </message>
</context>
<context>
    <name>tco::app</name>
    <message>
        <source>Accrual view: (1 − %1 residual value) of the purchase price depreciated straight-line over %2 years; the horizon carries its share, without a resale line.</source>
        <translation>权责发生制视角：购置价的（1 − %1 残值）在 %2 年内直线折旧；测算周期只计其中所占部分，不计转售。</translation>
    </message>
    <message>
        <source>Cash view: the purchase price in the first month, the resale value (%1 of it) back in the last month.</source>
        <translation>现金视角：购置价计入第一个月，转售价值（购置价的 %1）在最后一个月收回。</translation>
    </message>
    <message>
        <source>No refresh reserve.</source>
        <translation>无更新储备金。</translation>
    </message>
    <message>
        <source>Refresh reserve (%1 of capex a year): %2 over the horizon, counted in the TCO.</source>
        <translation>更新储备金（每年资本支出的 %1）：测算周期内 %2，计入 TCO。</translation>
    </message>
    <message>
        <source>Refresh reserve (%1 of capex a year): %2 over the horizon, a budget beside the TCO, not in it.</source>
        <translation>更新储备金（每年资本支出的 %1）：测算周期内 %2，作为 TCO 之外的预算，不计入 TCO。</translation>
    </message>
</context>
<context>
    <name>tco::app::DemandProfile</name>
    <message>
        <source>Flat (24/7 at peak)</source>
        <translation>平稳（全天候峰值负载）</translation>
    </message>
    <message>
        <source>Business day (peaks 10:00 and 15:00)</source>
        <translation>工作日（10:00 和 15:00 为峰值）</translation>
    </message>
    <message>
        <source>Consumer (evening peak)</source>
        <translation>面向个人用户（晚间高峰）</translation>
    </message>
    <message>
        <source>Batch overnight</source>
        <translation>夜间批处理</translation>
    </message>
</context>
<context>
    <name>tco::engine</name>
    <message>
        <source>; </source>
        <extracomment>joins several notes of the engine into one line</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>No catalog GPU holds this model at this precision and count</source>
        <translation>目录中没有任何 GPU 能以此精度和数量容纳该模型</translation>
    </message>
    <message>
        <source>Use fewer bits per weight (FP8, INT8, INT4), more GPUs per node, or a smaller model.</source>
        <translation>请使用更低的权重位宽（FP8、INT8、INT4）、每节点更多 GPU，或更小的模型。</translation>
    </message>
    <message>
        <source>Use {} {}: the cheapest GPU that fits</source>
        <translation>改用 {} {}：能容纳该模型的最便宜 GPU</translation>
    </message>
    <message>
        <source>{} does not hold {} at {}; with {} × {} the tier costs {} in hardware and serves {:.0f} tok/s at the SLA.</source>
        <translation>{0} 无法以 {2} 精度容纳 {1}；改用 {3} × {4} 后，该层级硬件成本为 {5}，在 SLA 下可提供 {6} tok/s。</translation>
    </message>
    <message>
        <source>Multi-GPU without NVLink: the GPUs talk over PCIe</source>
        <translation>多 GPU 但没有 NVLink：GPU 之间经 PCIe 通信</translation>
    </message>
    <message>
        <source>With NVLink the same {} GPUs would reach {:.0f} tok/s at the SLA ({:+.0f}%) and a TPOT of {:.1f} ms instead of {:.1f} ms. Prefer NVLink-capable GPUs (SXM) for tensor parallelism, or run one replica per GPU.</source>
        <translation>使用 NVLink 时，同样 {} 块 GPU 在 SLA 下可达 {} tok/s（{}%），TPOT 为 {} ms（目前为 {} ms）。张量并行请优先选用支持 NVLink 的 GPU（SXM），或每块 GPU 运行一个副本。</translation>
    </message>
    <message>
        <source>{} against {} for this workload</source>
        <translation>此工作负载下 {} 与 {} 的对比</translation>
    </message>
    <message>
        <source>{}: {:.0f}% of the throughput at the SLA ({:.0f} against {:.0f} tok/s), {:.0f}% of the hardware cost, cost-performance better ({} over {} months against {}).</source>
        <translation>{0}：SLA 下吞吐量为当前的 {1}%（{2} 对 {3} tok/s），硬件成本为当前的 {4}%，性价比更高（{6} 个月内 {5} 对 {7}）。</translation>
    </message>
    <message>
        <source>{}: {:.0f}% of the throughput at the SLA ({:.0f} against {:.0f} tok/s), {:.0f}% of the hardware cost, cost-performance worse ({} over {} months against {}).</source>
        <translation>{0}：SLA 下吞吐量为当前的 {1}%（{2} 对 {3} tok/s），硬件成本为当前的 {4}%，性价比更低（{6} 个月内 {5} 对 {7}）。</translation>
    </message>
    <message>
        <source>Serve with {} instead of {}</source>
        <translation>改用 {} 部署推理服务，替代 {}</translation>
    </message>
    <message>
        <source>On the same hardware: {:.0f} tok/s at the SLA ({:+.0f}%), TPOT {:.1f} ms. Software alone changes what the hardware delivers.</source>
        <translation>同样的硬件：SLA 下 {} tok/s（{}%），TPOT {} ms。仅更换软件即可改变硬件的实际产出。</translation>
    </message>
    <message>
        <source>Pay for the {} baseline replica(s) as {}</source>
        <translation>{} 个基线副本改按 {} 方式付费</translation>
    </message>
    <message>
        <source>{} instead of {} over {} months ({:.0f}% less); bursts stay on-demand.</source>
        <translation>{2} 个月内 {0}，而非 {1}（减少 {3}%）；突发流量仍按需付费。</translation>
    </message>
    <message>
        <source>Keep low-priority traffic on cold spot replicas</source>
        <translation>将低优先级流量保留在冷备竞价实例副本上</translation>
    </message>
    <message>
        <source>Cold spot replicas cost more than they save here</source>
        <translation>此处冷备竞价实例副本的成本高于其节省</translation>
    </message>
    <message>
        <source>With {:.0f}% of requests on {} the tier costs {}; serving everything on the hot replicas would cost {}.</source>
        <translation>{}% 的请求由 {} 处理时，该层级成本为 {}；全部由热副本处理则为 {}。</translation>
    </message>
    <message>
        <source>Set aside {:.0f}% of the hardware budget a year for refresh</source>
        <translation>每年预留硬件预算的 {}% 用于设备更新</translation>
    </message>
    <message>
        <source>{} a year for this tier; GPUs are replaced every few years.</source>
        <translation>该层级每年 {}；GPU 每隔几年需要更换。</translation>
    </message>
    <message>
        <source>The refresh reserve is {:.0f}% of the hardware budget a year</source>
        <translation>设备更新储备为每年硬件预算的 {}%</translation>
    </message>
    <message>
        <source>{} a year for this tier, {} over the horizon, included in the TCO.</source>
        <translation>该层级每年 {}，测算周期内共 {}，已计入 TCO。</translation>
    </message>
    <message>
        <source>A distilled model ({}) would cost {:.0f}% of the current total</source>
        <translation>蒸馏模型（{}）的成本为当前总额的 {}%</translation>
    </message>
    <message>
        <source>{:.1f}B active parameters against {:.1f}B: {} against {} across the tiers that can run both. Check its quality on your task first.</source>
        <translation>激活参数 {}B 对 {}B：在可同时运行两者的层级上合计 {} 对 {}。请先在您的任务上检验其质量。</translation>
    </message>
    <message>
        <source>Most energy-efficient: {} ({:.2f} tok/s per W)</source>
        <translation>能效最高：{}（每瓦 {} tok/s）</translation>
    </message>
    <message>
        <source>Only one tier has an energy figure.</source>
        <translation>只有一个层级有能效数据。</translation>
    </message>
    <message>
        <source>{:.1f}× the tokens per watt of {} ({:.2f} tok/s per W), PUE included.</source>
        <translation>每瓦 token 数是 {1} 的 {0} 倍（每瓦 {2} tok/s），已计入 PUE。</translation>
    </message>
    <message>
        <source>unknown model &quot;{}&quot;</source>
        <translation>未知模型“{}”</translation>
    </message>
    <message>
        <source>unknown serving stack &quot;{}&quot;</source>
        <translation>未知推理服务框架“{}”</translation>
    </message>
    <message>
        <source>must be a number, 0 or more; got {}</source>
        <translation>必须是大于等于 0 的数字；当前为 {}</translation>
    </message>
    <message>
        <source>must be between 0 and 1; got {}</source>
        <translation>必须在 0 到 1 之间；当前为 {}</translation>
    </message>
    <message>
        <source>must be 0 or more tokens; got {}</source>
        <translation>必须大于等于 0 个 token；当前为 {}</translation>
    </message>
    <message>
        <source>must be at least 1 token; got {}</source>
        <translation>至少为 1 个 token；当前为 {}</translation>
    </message>
    <message>
        <source>must be 1 to {} months; got {}</source>
        <translation>必须为 1 到 {} 个月；当前为 {}</translation>
    </message>
    <message>
        <source>must be at least 1 (a facility uses at least its IT power); got {}</source>
        <translation>至少为 1（设施用电不低于其 IT 用电）；当前为 {}</translation>
    </message>
    <message>
        <source>must be more than 0 years; got {}</source>
        <translation>必须大于 0 年；当前为 {}</translation>
    </message>
    <message>
        <source>must be above -1 (-100% a year); got {}</source>
        <translation>必须大于 -1（每年 -100%）；当前为 {}</translation>
    </message>
    <message>
        <source>must be above 0 and at most 1; got {}</source>
        <translation>必须大于 0 且不超过 1；当前为 {}</translation>
    </message>
    <message>
        <source>must be 0 (automatic) or more; got {}</source>
        <translation>必须大于等于 0（0 为自动）；当前为 {}</translation>
    </message>
    <message>
        <source>must be at least 1; got {}</source>
        <translation>至少为 1；当前为 {}</translation>
    </message>
    <message>
        <source>GPUs per node and nodes must be at least 1</source>
        <translation>每节点 GPU 数和节点数至少为 1</translation>
    </message>
    <message>
        <source>{} GPUs per node x {} nodes is more than {} GPUs</source>
        <translation>每节点 {} 块 GPU × {} 个节点超过了 {} 块 GPU</translation>
    </message>
    <message>
        <source>must be at most {}; got {}</source>
        <translation>不能超过 {}；当前为 {}</translation>
    </message>
    <message>
        <source>no demand in any hour: nothing is served, so there is no cost per token or request</source>
        <translation>所有时段都没有需求：没有任何服务量，因此没有每 token 或每请求成本</translation>
    </message>
    <message>
        <source>unknown precision &quot;{}&quot;</source>
        <translation>未知精度“{}”</translation>
    </message>
    <message>
        <source>no exchange rate from {} to {} in the catalog (needed for {})</source>
        <translation>目录中没有从 {} 到 {} 的汇率（{} 需要）</translation>
    </message>
    <message>
        <source>{} misses the SLA even one request at a time: TTFT {:.0f} ms, TPOT {:.1f} ms</source>
        <translation>{} 即使每次只处理一个请求也达不到 SLA：TTFT {} ms，TPOT {} ms</translation>
    </message>
    <message>
        <source>unknown GPU &quot;{}&quot;</source>
        <translation>未知 GPU“{}”</translation>
    </message>
    <message>
        <source>{} has an invalid price in the catalog ({:g})</source>
        <translation>目录中 {} 的价格无效（{}）</translation>
    </message>
    <message>
        <source>{} has a price of 0 in the catalog: its GPUs add nothing to this tier&apos;s cost</source>
        <translation>目录中 {} 的价格为 0：其 GPU 不计入该层级成本</translation>
    </message>
    <message>
        <source>{} has no price in the catalog: add one in the Catalog view to cost this tier</source>
        <translation>目录中 {} 没有价格：请在目录视图中补充，才能计算该层级成本</translation>
    </message>
    <message>
        <source>unknown server part &quot;{}&quot;</source>
        <translation>未知服务器部件“{}”</translation>
    </message>
    <message>
        <source>{} has no price in the catalog; counted as 0</source>
        <translation>目录中 {} 没有价格；按 0 计</translation>
    </message>
    <message>
        <source>{} has no TDP in the catalog; its power is counted as 0</source>
        <translation>目录中 {} 没有 TDP；其功耗按 0 计</translation>
    </message>
    <message>
        <source>no part lists its power: rest of the node taken as {:.2f}x GPU power ({})</source>
        <translation>没有部件列出功耗：节点其余部分按 GPU 功耗的 {} 倍计（{}）</translation>
    </message>
    <message>
        <source>serves only {:.0f}% of the demand: peak demand {:.0f} tok/s, capacity {:.0f} tok/s at the SLA</source>
        <translation>只能满足 {}% 的需求：峰值需求 {} tok/s，SLA 下容量 {} tok/s</translation>
    </message>
    <message>
        <source>unknown cloud instance &quot;{}&quot;</source>
        <translation>未知云实例“{}”</translation>
    </message>
    <message>
        <source>{} offers a fraction of a GPU ({}); pick a whole-GPU instance</source>
        <translation>{} 只提供部分 GPU（{}）；请选择整卡实例</translation>
    </message>
    <message>
        <source>{} ({}) has no {} price in the catalog</source>
        <translation>目录中 {}（{}）没有 {} 价格</translation>
    </message>
    <message>
        <source>{} ({}) has an invalid {} price in the catalog</source>
        <translation>目录中 {}（{}）的 {} 价格无效</translation>
    </message>
    <message>
        <source>{} ({}) has a {} price of 0 in the catalog: its hours cost nothing here</source>
        <translation>目录中 {}（{}）的 {} 价格为 0：其使用时长在此不计成本</translation>
    </message>
    <message>
        <source>replica bounds must satisfy 0 &lt;= min &lt;= max and max &gt;= 1</source>
        <translation>副本数上下限必须满足 0 &lt;= 最小值 &lt;= 最大值且最大值 &gt;= 1</translation>
    </message>
    <message>
        <source>must be above 0 and at most 1</source>
        <translation>必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <source>GPU &quot;{}&quot; of {} is not in the catalog</source>
        <translation>{1} 的 GPU“{0}”不在目录中</translation>
    </message>
    <message>
        <source>GPU &quot;{}&quot; is not in the catalog</source>
        <translation>GPU“{}”不在目录中</translation>
    </message>
    <message>
        <source>the baseline tier &quot;{}&quot; has no figures, so no cost-performance index</source>
        <translation>基准层级“{}”没有计算结果，因此没有性价比指数</translation>
    </message>
    <message>
        <source>financials.baseline_tier: must be the index of a tier (0 to {}); got {}, so no cost-performance index</source>
        <translation>financials.baseline_tier：必须是层级序号（0 到 {}）；当前为 {}，因此没有性价比指数</translation>
    </message>
    <message>
        <source>GPU has no FP8 tensor cores: FP8 runs at its FP16 rate</source>
        <translation>该 GPU 没有 FP8 张量核心：FP8 按其 FP16 速率运行</translation>
    </message>
    <message>
        <source>no INT8 tensor rate in the catalog: FP16 rate used</source>
        <translation>目录中没有 INT8 张量算力：按 FP16 算力计算</translation>
    </message>
    <message>
        <source>no INT4 tensor rate in the catalog: INT8/FP16 rate used</source>
        <translation>目录中没有 INT4 张量算力：按 INT8/FP16 算力计算</translation>
    </message>
    <message>
        <source>no FP4 tensor rate in the catalog: FP8/FP16 rate used</source>
        <translation>目录中没有 FP4 张量算力：按 FP8/FP16 算力计算</translation>
    </message>
    <message>
        <source>input + output exceed the model&apos;s context length</source>
        <translation>输入加输出超过了模型的上下文长度</translation>
    </message>
    <message>
        <source>inter-node bandwidth assumed: 400 Gb/s per GPU</source>
        <translation>节点间带宽按假设值计：每块 GPU 400 Gb/s</translation>
    </message>
    <message>
        <source>the SLA is not met even at batch 1</source>
        <translation>即使批大小为 1 也达不到 SLA</translation>
    </message>
    <message>
        <source>request rate exceeds capacity: queue grows without bound</source>
        <translation>请求速率超过容量：队列会无限增长</translation>
    </message>
    <message>
        <source>tp exceeds the KV heads: KV heads replicated</source>
        <translation>张量并行度超过 KV 头数：KV 头被复制</translation>
    </message>
    <message>
        <source>fewer sequences than replicas: some GPUs idle</source>
        <translation>序列数少于副本数：部分 GPU 空闲</translation>
    </message>
    <message>
        <source>GPU link bandwidth taken from its PCIe generation</source>
        <translation>GPU 互连带宽按其 PCIe 代际取值</translation>
    </message>
    <message>
        <source>no FP16 tensor rate in the catalog: the FP32 (CUDA-core) rate is used, a lower bound</source>
        <translation>目录中没有 FP16 张量算力：按 FP32（CUDA 核心）算力计算，结果为下限</translation>
    </message>
    <message>
        <source>does not fit: weights {:.1f} GiB + runtime {:.1f} GiB per GPU exceed the {:.1f} GiB usable</source>
        <translation>放不下：每块 GPU 的权重 {} GiB + 运行时 {} GiB 超过了可用的 {} GiB</translation>
    </message>
    <message>
        <source>does not fit: after weights {:.1f} GiB + runtime {:.1f} GiB of {:.1f} GiB usable per GPU, the KV cache holds {} sequence(s) of this length</source>
        <translation>放不下：每块 GPU 可用 {2} GiB，除去权重 {0} GiB 和运行时 {1} GiB 后，KV 缓存只能容纳 {3} 个此长度的序列</translation>
    </message>
    <message>
        <source>{} a year for this tier, {} over the horizon: a budget beside the TCO, not in it.</source>
        <translation>该方案每年 {}，测算周期内 {}：作为 TCO 之外的预算，不计入 TCO。</translation>
    </message>
    <message>
        <source>input + output must be at most {} tokens (the longest context of any model); got {}</source>
        <translation>输入 + 输出最多为 {} 个 token（任何模型的最长上下文）；当前为 {}</translation>
    </message>
    <message>
        <source>too large: the {} computed from it is not a finite number (it overflows)</source>
        <translation>过大：由它计算出的 {} 不是有限数（数值溢出）</translation>
    </message>
    <message>
        <source>{} offers {} GPUs in the catalog: more than {} GPUs, not an instance</source>
        <translation>目录中 {} 提供 {} 个 GPU：超过 {} 个 GPU，不是一台实例</translation>
    </message>
    <message>
        <source>at its peak the tier runs {} GPUs: more than {}</source>
        <translation>该层级在峰值时运行 {} 个 GPU：超过 {} 个</translation>
    </message>
    <message>
        <source>the cost-performance index against the baseline tier overflows: no index</source>
        <translation>相对基准层级的性价比指数溢出：无指数</translation>
    </message>
    <message>
        <source>the scenario has no tiers</source>
        <translation>场景中没有方案</translation>
    </message>
    <message>
        <source>no tier serves the whole demand within the SLA</source>
        <translation>没有方案能在 SLA 内满足全部需求</translation>
    </message>
    <message>
        <source>the only tier that serves the whole demand within the SLA</source>
        <translation>唯一能在 SLA 内满足全部需求的方案</translation>
    </message>
    <message>
        <source>the lowest TCO of the {} tiers that serve the whole demand within the SLA</source>
        <translation>在 SLA 内满足全部需求的 {} 个方案中 TCO 最低</translation>
    </message>
    <message>
        <source>workload.cache_hit_share: must be a share from 0 to 1; got {}, so no API alternative is shown</source>
        <translation>workload.cache_hit_share：必须是 0 到 1 之间的占比；实际为 {}，因此不显示 API 替代方案</translation>
    </message>
    <message>
        <source>API alternative {}: no exchange rate from {} to {}, so its cost is not shown</source>
        <translation>API 替代方案 {}：没有从 {} 到 {} 的汇率，因此不显示其成本</translation>
    </message>
    <message>
        <source>unknown market &quot;{}&quot;: pick one of the catalog&apos;s markets, or none</source>
        <translation>未知市场“{}”：请选择目录中的市场，或选择“无”</translation>
    </message>
    <message>
        <source>{} has no price in the {} market: the catalog price is converted from {} at {:.4f} {}/{}, {}</source>
        <translation>{0} 在{1}市场没有价格：目录价格按 {2} 换算，汇率 {3:.4f} {4}/{5}，{6}</translation>
    </message>
    <message>
        <source>{} price converted from {} at {:.4f} {}/{}, {}</source>
        <translation>{0} 的价格按 {1} 换算，汇率 {2:.4f} {3}/{4}，{5}</translation>
    </message>
    <message>
        <source>staff cost of the {} market converted from {} at {:.4f} {}/{}, {}</source>
        <translation>{0}市场的人员成本按 {1} 换算，汇率 {2:.4f} {3}/{4}，{5}</translation>
    </message>
    <message>
        <source>colocation of the {} market converted from {} at {:.4f} {}/{}, {}</source>
        <translation>{0}市场的托管费用按 {1} 换算，汇率 {2:.4f} {3}/{4}，{5}</translation>
    </message>
    <message>
        <source>{} has no sourced idle power in the catalog: its GPUs are counted at their serving draw in every hour, whatever the load</source>
        <translation>目录中 {} 没有有来源的空闲功耗：其 GPU 在每个小时都按服务功耗计算，与负载无关</translation>
    </message>
</context>
<context>
    <name>tco::report::PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云端</translation>
    </message>
    <message>
        <source>On premises</source>
        <translation>本地部署</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>竞价</translation>
    </message>
    <message>
        <source>1-year reserved, no upfront</source>
        <translation>1 年预留，无预付</translation>
    </message>
    <message>
        <source>1-year reserved, partial upfront</source>
        <translation>1 年预留，部分预付</translation>
    </message>
    <message>
        <source>1-year reserved, all upfront</source>
        <translation>1 年预留，全部预付</translation>
    </message>
    <message>
        <source>3-year reserved, no upfront</source>
        <translation>3 年预留，无预付</translation>
    </message>
    <message>
        <source>3-year reserved, partial upfront</source>
        <translation>3 年预留，部分预付</translation>
    </message>
    <message>
        <source>3-year reserved, all upfront</source>
        <translation>3 年预留，全部预付</translation>
    </message>
    <message>
        <source>1-year savings plan</source>
        <translation>1 年节省计划</translation>
    </message>
    <message>
        <source>3-year savings plan</source>
        <translation>3 年节省计划</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation>托管</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Refresh reserve</source>
        <translation>更新储备金</translation>
    </message>
    <message>
        <source>Cloud reserved</source>
        <translation>云预留实例</translation>
    </message>
    <message>
        <source>Cloud on-demand</source>
        <translation>云按需实例</translation>
    </message>
    <message>
        <source>Cloud spot</source>
        <translation>云竞价实例</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>出网流量</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>残值</translation>
    </message>
    <message>
        <source>memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>launch and scheduling overhead</source>
        <translation>内核启动与调度开销</translation>
    </message>
    <message>
        <source>fixed batch</source>
        <translation>固定批大小</translation>
    </message>
    <message>
        <source>memory for the KV cache</source>
        <translation>KV 缓存的显存</translation>
    </message>
    <message>
        <source>the serving stack&apos;s batch limit</source>
        <translation>推理框架的批大小上限</translation>
    </message>
    <message>
        <source>the time-to-first-token SLA</source>
        <translation>首 token 时延 SLA</translation>
    </message>
    <message>
        <source>the time-per-output-token SLA</source>
        <translation>每 token 时延 SLA</translation>
    </message>
    <message>
        <source>the demand (saturated)</source>
        <translation>需求（已饱和）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Total cost of ownership report</source>
        <translation>总体拥有成本（TCO）报告</translation>
    </message>
    <message>
        <source>%1 · %2 deployment options · %3-month horizon</source>
        <translation>%1 · %2 种部署方案 · %3 个月测算周期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>schema version %1, created %2</source>
        <translation>架构版本 %1，创建于 %2</translation>
    </message>
    <message>
        <source>Prepared with TCO Planner %1. Every figure in this report is an estimate of the TCO Planner engine, computed from the catalog&apos;s sourced prices and specifications; the section Data provenance lists each source and its date.</source>
        <translation>由 TCO Planner %1 生成。本报告中的每个数值都是 TCO Planner 引擎的估算，依据目录中有来源的价格和规格计算；“数据来源”一节列出了每个来源及其日期。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未能评估</translation>
    </message>
    <message>
        <source>Misses the SLA</source>
        <translation>未满足 SLA</translation>
    </message>
    <message>
        <source>Serves %1 of the demand</source>
        <translation>仅满足 %1 的需求</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>执行摘要</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>推荐方案：%1</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>无推荐方案</translation>
    </message>
    <message>
        <source>No tier is evaluated without errors, meets the latency SLA (time to first token ≤ %1 ms, time per output token ≤ %2 ms) and serves the whole demand. The table below says what each tier misses.</source>
        <translation>没有任何方案同时做到评估无误、满足时延 SLA（首 token 时延 ≤ %1 ms，每 token 时延 ≤ %2 ms）并满足全部需求。下表列出了每个方案的不足之处。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>TCO (%1)</source>
        <translation>TCO（%1）</translation>
    </message>
    <message>
        <source>Cost per 1M output tokens (%1)</source>
        <translation>每百万输出 token 成本（%1）</translation>
    </message>
    <message>
        <source>Cost-performance index</source>
        <translation>性价比指数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <source>The cumulative costs of %1 and %2 cross in month %3, at %4.</source>
        <translation>%1 与 %2 的累计成本在第 %3 个月交汇，金额为 %4。</translation>
    </message>
    <message>
        <source>The cumulative costs of the tiers do not cross within the horizon.</source>
        <translation>在测算周期内，各方案的累计成本没有交汇。</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>优化顾问</translation>
    </message>
    <message>
        <source>The advisor has no recommendations for this scenario.</source>
        <translation>优化顾问对本场景没有建议。</translation>
    </message>
    <message>
        <source>The advisor has %1 recommendations to lower the cost or raise the performance; they are listed in the section Advisor&apos;s recommendations.</source>
        <translation>优化建议共有 %1 条，可降低成本或提升性能，详见“优化建议”一节。</translation>
    </message>
    <message>
        <source>Scenario issues</source>
        <translation>场景问题</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Each tier at its operating point under the SLA, over a %1-month horizon, in %2. All figures are estimates of the engine.</source>
        <translation>各方案在满足 SLA 的工作点下的数值，测算周期 %1 个月，货币为 %2。所有数值均为引擎的估算值。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>GPUs (at peak)</source>
        <translation>GPU 数量（峰值）</translation>
    </message>
    <message>
        <source>Hardware cost (%1)</source>
        <translation>硬件成本（%1）</translation>
    </message>
    <message>
        <source>Output throughput at the SLA (tokens/s)</source>
        <translation>SLA 下的输出吞吐量（token/s）</translation>
    </message>
    <message>
        <source>Time to first token (ms)</source>
        <translation>首 token 时延（ms）</translation>
    </message>
    <message>
        <source>Time per output token (ms)</source>
        <translation>每 token 时延（ms）</translation>
    </message>
    <message>
        <source>Meets the SLA</source>
        <translation>满足 SLA</translation>
    </message>
    <message>
        <source>Share of the demand served</source>
        <translation>需求满足率</translation>
    </message>
    <message>
        <source>TCO over %1 months (%2)</source>
        <translation>%1 个月 TCO（%2）</translation>
    </message>
    <message>
        <source>Present value of the TCO (%1)</source>
        <translation>TCO 现值（%1）</translation>
    </message>
    <message>
        <source>Cost per request (%1)</source>
        <translation>每次请求成本（%1）</translation>
    </message>
    <message>
        <source>Output tokens/s per watt</source>
        <translation>每瓦输出吞吐量（token/s/W）</translation>
    </message>
    <message>
        <source>GFLOPS per %1</source>
        <translation>每 %1 的 GFLOPS</translation>
    </message>
    <message>
        <source>Elasticity (throughput against cost)</source>
        <translation>弹性（吞吐量对成本）</translation>
    </message>
    <message>
        <source>Average power (W)</source>
        <translation>平均功耗（W）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未能评估</translation>
    </message>
    <message>
        <source>Baseline of the cost-performance index: %1 (= 1.00). Performance figures carry about ±%2% uncertainty from the calibration against published measurements.</source>
        <translation>性价比指数的基准：%1（= 1.00）。根据与公开实测数据的校准，性能数值约有 ±%2% 的不确定度。</translation>
    </message>
    <message>
        <source>The chart is not available in this build.</source>
        <translation>此版本无法生成该图表。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cumulative cost of ownership (%1)</source>
        <translation>累计拥有成本（%1）</translation>
    </message>
    <message>
        <source>Cost by category and year (%1)</source>
        <translation>按类别和年份的成本（%1）</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>方案 %1：%2</translation>
    </message>
    <message>
        <source>%1 · serving stack %2 · precision %3</source>
        <translation>%1 · 推理框架 %2 · 精度 %3</translation>
    </message>
    <message>
        <source>This tier could not be evaluated; its issues are listed below.</source>
        <translation>该方案未能评估，问题列于下方。</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>No issues.</source>
        <translation>无问题。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>PCIe (set in the scenario)</source>
        <translation>PCIe（场景中指定）</translation>
    </message>
    <message>
        <source>NVLink (set in the scenario)</source>
        <translation>NVLink（场景中指定）</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Link inside a node</source>
        <translation>节点内互连</translation>
    </message>
    <message>
        <source>Network between nodes</source>
        <translation>节点间网络</translation>
    </message>
    <message>
        <source>%1 Gb/s per GPU</source>
        <translation>每块 GPU %1 Gb/s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>部署地点</translation>
    </message>
    <message>
        <source>data centre, colocation paid per kW-month</source>
        <translation>数据中心，托管费按千瓦·月计</translation>
    </message>
    <message>
        <source>office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>Operations staff</source>
        <translation>运维人员</translation>
    </message>
    <message>
        <source>%1 full-time equivalents</source>
        <translation>%1 个全职人力</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>no price in the catalog</source>
        <translation>数据目录中无价格</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>不在数据目录中</translation>
    </message>
    <message>
        <source>Hardware cost at catalog prices, converted to %1: %2.</source>
        <translation>按数据目录价格计算并折算为 %1 的硬件成本：%2。</translation>
    </message>
    <message>
        <source>%1 per hour + %2 upfront</source>
        <translation>每小时 %1，另预付 %2</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>每小时 %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>云实例</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Purchase option</source>
        <translation>购买方式</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Hot, baseline (%1 replicas)</source>
        <translation>热副本，基线（%1 个副本）</translation>
    </message>
    <message>
        <source>Hot, bursts above the baseline</source>
        <translation>热副本，超出基线的突发</translation>
    </message>
    <message>
        <source>Cold, low-priority traffic</source>
        <translation>冷副本，低优先级流量</translation>
    </message>
    <message>
        <source>Cold, when spot is unavailable</source>
        <translation>冷副本，竞价实例不可用时</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>自动扩缩容</translation>
    </message>
    <message>
        <source>%1 to %2 hot replicas at %3 target utilisation</source>
        <translation>%1 至 %2 个热副本，目标利用率 %3</translation>
    </message>
    <message>
        <source>Low-priority traffic</source>
        <translation>低优先级流量</translation>
    </message>
    <message>
        <source>%1 of the requests, on cold replicas at %2</source>
        <translation>%1 的请求，由 %2 精度的冷副本处理</translation>
    </message>
    <message>
        <source>none: every request is served by the hot replicas</source>
        <translation>无：所有请求均由热副本处理</translation>
    </message>
    <message>
        <source>Spot capacity</source>
        <translation>竞价容量</translation>
    </message>
    <message>
        <source>available %1 of the hours; restarts add %2 work</source>
        <translation>%1 的时间可用；重启带来 %2 的额外工作量</translation>
    </message>
    <message>
        <source>Storage and egress</source>
        <translation>存储与出网流量</translation>
    </message>
    <message>
        <source>%1 GB stored; %2 GB egress per month</source>
        <translation>存储 %1 GB；每月出网 %2 GB</translation>
    </message>
    <message>
        <source>Replicas by hour of the day</source>
        <translation>一天中各小时的副本数</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>热副本</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>冷副本</translation>
    </message>
    <message>
        <source>Memory fit</source>
        <translation>显存占用</translation>
    </message>
    <message>
        <source>Per GPU</source>
        <translation>每块 GPU</translation>
    </message>
    <message>
        <source>Hot replica</source>
        <translation>热副本</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Cold replica</source>
        <translation>冷副本</translation>
    </message>
    <message>
        <source>Weights (GiB)</source>
        <translation>权重（GiB）</translation>
    </message>
    <message>
        <source>KV cache at the operating point (GiB)</source>
        <translation>工作点下的 KV 缓存（GiB）</translation>
    </message>
    <message>
        <source>Runtime overhead (GiB)</source>
        <translation>运行时开销（GiB）</translation>
    </message>
    <message>
        <source>Memory the serving stack may use (GiB)</source>
        <translation>推理框架可用显存（GiB）</translation>
    </message>
    <message>
        <source>KV cache per token, whole model (KiB)</source>
        <translation>每 token 的 KV 缓存，整个模型（KiB）</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>能否装入</translation>
    </message>
    <message>
        <source>Largest batch that fits (sequences)</source>
        <translation>可容纳的最大批大小（序列数）</translation>
    </message>
    <message>
        <source>Performance at the SLA</source>
        <translation>SLA 下的性能</translation>
    </message>
    <message>
        <source>Parallel layout</source>
        <translation>并行布局</translation>
    </message>
    <message>
        <source>tensor parallel %1 × pipeline parallel %2 × %3 replicas</source>
        <translation>张量并行 %1 × 流水线并行 %2 × %3 个副本</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>并发序列数</translation>
    </message>
    <message>
        <source>Batch limited by</source>
        <translation>批大小受限于</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首 token 时延</translation>
    </message>
    <message>
        <source>%1 ms (SLA ≤ %2 ms)</source>
        <translation>%1 ms（SLA ≤ %2 ms）</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每 token 时延</translation>
    </message>
    <message>
        <source>Output throughput of one hot replica (tokens/s)</source>
        <translation>单个热副本的输出吞吐量（token/s）</translation>
    </message>
    <message>
        <source>Demand served, daily average (tokens/s)</source>
        <translation>已满足的需求，日均（token/s）</translation>
    </message>
    <message>
        <source>Tokens/s per user</source>
        <translation>每用户 token/s</translation>
    </message>
    <message>
        <source>Decode limited by</source>
        <translation>解码瓶颈</translation>
    </message>
    <message>
        <source>Prefill limited by</source>
        <translation>预填充瓶颈</translation>
    </message>
    <message>
        <source>Uncertainty of the estimate</source>
        <translation>估算的不确定度</translation>
    </message>
    <message>
        <source>As published by %1</source>
        <translation>公开数据（%1）</translation>
    </message>
    <message>
        <source>%1 tokens/s, %2 ms per token, index %3, hardware %4</source>
        <translation>%1 token/s，每 token %2 ms，指数 %3，硬件 %4</translation>
    </message>
    <message>
        <source>Cost by category and year</source>
        <translation>按类别和年份的成本</translation>
    </message>
    <message>
        <source>Category (%1)</source>
        <translation>类别（%1）</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Present value at the scenario&apos;s discount rate: %1. Average wall power, PUE included: %2 W.</source>
        <translation>按场景折现率计算的现值：%1。平均墙插功率（含 PUE）：%2 W。</translation>
    </message>
    <message>
        <source>Advisor&apos;s recommendations</source>
        <translation>优化建议</translation>
    </message>
    <message>
        <source>Applies to %1.</source>
        <translation>适用于 %1。</translation>
    </message>
    <message>
        <source>Applies to the whole scenario.</source>
        <translation>适用于整个场景。</translation>
    </message>
    <message>
        <source>Saving over the horizon: %1.</source>
        <translation>测算周期内可节省：%1。</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>提示长度</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>Output length</source>
        <translation>输出长度</translation>
    </message>
    <message>
        <source>Peak demand</source>
        <translation>峰值需求</translation>
    </message>
    <message>
        <source>%1 requests/s in the busiest hour</source>
        <translation>最繁忙时段每秒 %1 个请求</translation>
    </message>
    <message>
        <source>Daily profile</source>
        <translation>日负载曲线</translation>
    </message>
    <message>
        <source>busiest hour %1:00; on average %2 of the peak over the day</source>
        <translation>最繁忙时段 %1:00；全天平均为峰值的 %2</translation>
    </message>
    <message>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <source>Latency SLA</source>
        <translation>时延 SLA</translation>
    </message>
    <message>
        <source>time to first token ≤ %1 ms, time per output token ≤ %2 ms</source>
        <translation>首 token 时延 ≤ %1 ms，每 token 时延 ≤ %2 ms</translation>
    </message>
    <message>
        <source>Low-priority share</source>
        <translation>低优先级占比</translation>
    </message>
    <message>
        <source>Financials</source>
        <translation>财务参数</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>测算周期</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>每千瓦时 %1</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Capital expenditure</source>
        <translation>资本支出</translation>
    </message>
    <message>
        <source>%1 of capex per year</source>
        <translation>每年为资本支出的 %1</translation>
    </message>
    <message>
        <source>%1 USD per kW-month</source>
        <translation>每千瓦·月 %1 美元</translation>
    </message>
    <message>
        <source>%1 USD per full-time equivalent and year</source>
        <translation>每个全职人力每年 %1 美元</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <source>GPU power draw</source>
        <translation>GPU 功耗</translation>
    </message>
    <message>
        <source>%1 of the board power on average</source>
        <translation>平均为板卡功耗的 %1</translation>
    </message>
    <message>
        <source>Baseline tier</source>
        <translation>基准方案</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>Cost default</source>
        <translation>成本默认值</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Data provenance</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Estimated and measured figures</source>
        <translation>估算值与实测值</translation>
    </message>
    <message>
        <source>Measured or sourced (catalog facts): GPU and instance specifications, purchase and cloud prices, electricity prices, PUE, exchange rates and cost defaults. Each comes from the catalog with its source and as-of date, listed below.</source>
        <translation>实测或有出处的数据（数据目录中的事实）：GPU 与实例规格、采购与云服务价格、电价、PUE、汇率以及成本默认值。每项数据均来自数据目录，并附有来源和日期，见下表。</translation>
    </message>
    <message>
        <source>Estimated (engine outputs): every throughput, latency, memory-fit, replica, power, cost, TCO and index figure in this report, computed by the TCO Planner performance and cost models from the facts above. Performance figures carry about ±%1% uncertainty from the calibration against published measurements.</source>
        <translation>估算值（引擎输出）：本报告中所有吞吐量、时延、显存占用、副本数、功耗、成本、TCO 和指数数值，均由 TCO Planner 的性能与成本模型根据上述事实计算得出。根据与公开实测数据的校准，性能数值约有 ±%1% 的不确定度。</translation>
    </message>
    <message>
        <source>Published figures shown “as published” are the claims of the source named beside them, not measurements of ours.</source>
        <translation>标为“公开数据”的数值是旁边所注来源的说法，并非我们的实测。</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>架构版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Seed version</source>
        <translation>种子数据版本</translation>
    </message>
    <message>
        <source>Prices and rates used</source>
        <translation>所用价格与汇率</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用方</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <source>The evaluation used no catalog prices.</source>
        <translation>本次评估未使用数据目录中的价格。</translation>
    </message>
    <message>
        <source>A value the scenario sets itself (not equal to a catalog row) is listed under Assumptions, not here. Prices in another currency are converted with the exchange rates above.</source>
        <translation>场景自行设定的数值（与数据目录中的任何条目都不相同）列在“假设条件”中，不在此处。其他货币的价格按上述汇率折算。</translation>
    </message>
    <message>
        <source>not available: the baseline tier has no figures</source>
        <translation>不可用：基准方案没有计算结果</translation>
    </message>
    <message>
        <source>GPUs (nodes × GPUs per node)</source>
        <translation>GPU（节点数 × 每节点 GPU 数）</translation>
    </message>
    <message>
        <source>The source of each price is listed under Data provenance.</source>
        <translation>每个价格的来源列于“数据来源”一节。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Meets the SLA, costs more</source>
        <translation>满足 SLA，成本较高</translation>
    </message>
    <message>
        <source>%1 has the lowest total cost of ownership among the tiers that are evaluated without errors, meet the latency SLA (time to first token ≤ %3 ms, time per output token ≤ %4 ms) and serve the whole demand: %7 over %6 months, %8 per million output tokens. At the SLA it can deliver %5 output tokens/s; its cost-performance index is %2.</source>
        <translation>在评估无误、满足时延 SLA（首 token 时延 ≤ %3 ms，每 token 时延 ≤ %4 ms）并能满足全部需求的方案中，%1 的总体拥有成本最低：%6 个月共 %7，每百万输出 token %8。在 SLA 下，它最多每秒可输出 %5 个 token；其性价比指数为 %2。</translation>
    </message>
    <message>
        <source>How the recommendation is made: among the tiers that are evaluated without errors, meet the SLA and serve the demand, the one with the lowest TCO is recommended, since they all serve the same demand; ties go to the higher cost-performance index (throughput at the SLA per unit of TCO, relative to the baseline tier %1), which measures spare capacity per cost.</source>
        <translation>推荐规则：在评估无误、满足 SLA 并能满足需求的方案中，推荐 TCO 最低者，因为它们服务的需求相同；TCO 相同时选择性价比指数（SLA 下的吞吐量与 TCO 之比，相对于基准方案 %1）较高者，该指数衡量的是单位成本的富余容量。</translation>
    </message>
    <message>
        <source>Bought hardware in the TCO: %1</source>
        <translation>TCO 中的自购硬件：%1</translation>
    </message>
    <message>
        <source>Capacity of the replicas running in the busiest hour (tokens/s)</source>
        <translation>最繁忙时段运行副本的容量（tokens/s）</translation>
    </message>
    <message>
        <source>%1 of capex per year, counted in the TCO</source>
        <translation>每年资本支出的 %1，计入 TCO</translation>
    </message>
    <message>
        <source>%1 of capex per year, a budget shown beside the TCO, not in it</source>
        <translation>每年资本支出的 %1，作为 TCO 之外的预算列出，不计入 TCO</translation>
    </message>
    <message>
        <source>%1 of capex, the resale value in the last month</source>
        <translation>资本支出的 %1，为最后一个月的转售价值</translation>
    </message>
    <message>
        <source>%1 of capex, the salvage value after the depreciation period</source>
        <translation>资本支出的 %1，为折旧期满后的残值</translation>
    </message>
    <message>
        <source>Refresh reserve beside the TCO (%1)</source>
        <translation>TCO 之外的更新储备金（%1）</translation>
    </message>
    <message>
        <source>Nodes or replicas the peak needs</source>
        <translation>峰值所需节点或副本数</translation>
    </message>
    <message>
        <source>%1 (%2 served)</source>
        <translation>%1（满足 %2）</translation>
    </message>
    <message>
        <source>Buying tokens from an API</source>
        <translation>从 API 购买 token</translation>
    </message>
    <message>
        <source>No hosted API in the catalog serves the model %1, so there is no API to compare with.</source>
        <translation>目录中没有托管 API 提供模型 %1，因此没有可比较的 API。</translation>
    </message>
    <message>
        <source>A reference, not a tier: the scenario&apos;s demand (%1 million input and %2 million output tokens a month, %3 of the input found in the provider&apos;s cache) bought from each hosted API that serves the same model, at its newest catalog price. Off-peak windows are applied to the demand profile taken as Beijing time (UTC+8).</source>
        <translation>仅作参考，并非方案：按目录中最新价格，从提供同一模型的各托管 API 购买本场景的需求（每月 %1 百万输入 token 和 %2 百万输出 token，其中 %3 的输入命中服务商缓存）。错峰时段按北京时间（UTC+8）应用于需求曲线。</translation>
    </message>
    <message>
        <source>Provider (model)</source>
        <translation>服务商（模型）</translation>
    </message>
    <message>
        <source>Input, cache hit</source>
        <translation>输入（缓存命中）</translation>
    </message>
    <message>
        <source>Input, cache miss</source>
        <translation>输入（缓存未命中）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Off-peak share</source>
        <translation>错峰占比</translation>
    </message>
    <message>
        <source>Per month (%1)</source>
        <translation>每月（%1）</translation>
    </message>
    <message>
        <source>Per 1M output tokens (%1)</source>
        <translation>每百万输出 token（%1）</translation>
    </message>
    <message>
        <source>= cache miss</source>
        <translation>= 缓存未命中价</translation>
    </message>
    <message>
        <source>Prices per million tokens in the provider&apos;s currency, as published; costs converted to %1 with the catalog&apos;s newest dated rate.</source>
        <translation>每百万 token 价格为服务商以其货币公布的价格；成本按目录中最新日期的汇率换算为 %1。</translation>
    </message>
    <message>
        <source>Break-even volume (million output tokens a month)</source>
        <translation>盈亏平衡用量（每月百万输出 token）</translation>
    </message>
    <message>
        <source>Average cost per month (%1)</source>
        <translation>平均每月成本（%1）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>A tier&apos;s cost is taken as fixed at its average monthly cost up to the volume it can serve; an API&apos;s grows with the volume. Below the break-even volume the API is cheaper, above it the tier. &quot;Never&quot;: the API stays cheaper at every volume the tier can serve.</source>
        <translation>方案成本视为固定（其平均每月成本），直至其可服务的用量上限；API 成本随用量线性增长。低于盈亏平衡用量时 API 更便宜，高于时方案更便宜。“永不”：在方案可服务的任何用量下 API 都更便宜。</translation>
    </message>
    <message>
        <source>Monthly cost against monthly output tokens (%1)</source>
        <translation>每月成本与每月输出 token 用量（%1）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1: %2 (as of %3)</source>
        <translation>%1：%2（截至 %3）</translation>
    </message>
    <message>
        <source>Hardware cost at the market&apos;s prices (catalog prices where it has none), in %1: %2.</source>
        <translation>按市场价格计算的硬件成本（市场无价格时用目录价格），以 %1 计：%2。</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>%1 %2 per kW-month (the market&apos;s)</source>
        <translation>每千瓦每月 %1 %2（取自市场）</translation>
    </message>
    <message>
        <source>%1 %2 per full-time equivalent and year (the market&apos;s: pay and employer on-costs)</source>
        <translation>每个全职人力每年 %1 %2（取自市场：工资及雇主社保等用工成本）</translation>
    </message>
    <message>
        <source>Prices without a local price in this market, converted:</source>
        <translation>本市场没有当地价格、按汇率换算的价格：</translation>
    </message>
    <message>
        <source>Prices converted into the result currency:</source>
        <translation>换算为结果货币的价格：</translation>
    </message>
    <message>
        <source>none (catalog prices, converted)</source>
        <translation>无（目录价格，按汇率换算）</translation>
    </message>
    <message>
        <source>unknown market &quot;%1&quot;</source>
        <translation>未知市场“%1”</translation>
    </message>
    <message>
        <source>prices include VAT (%1)</source>
        <translation>价格含增值税（%1）</translation>
    </message>
    <message>
        <source>prices include VAT</source>
        <translation>价格含增值税</translation>
    </message>
    <message>
        <source>prices before VAT or sales tax</source>
        <translation>价格不含增值税或销售税</translation>
    </message>
    <message>
        <source>%1 (%2): local prices in %3, %4</source>
        <translation>%1（%2）：当地价格以 %3 计，%4</translation>
    </message>
    <message>
        <source>SLA holds to</source>
        <translation>SLA 统计口径</translation>
    </message>
    <message>
        <source>%1: TTFT %2 ms, TPOT %3 ms</source>
        <translation>%1：TTFT %2 ms，TPOT %3 ms</translation>
    </message>
</context>
<context>
    <name>tco::ui::AboutDialog</name>
    <message>
        <source>About TCO Planner</source>
        <translation>关于 TCO Planner</translation>
    </message>
    <message>
        <source>What it really costs to serve DeepSeek-family language models, and how fast: a workstation, an elastic hybrid cloud or a GPU cluster, from a sourced catalog and a calibrated performance model.</source>
        <translation>基于注明来源的数据目录和经过校准的性能模型，测算在工作站、弹性混合云或 GPU 集群上部署 DeepSeek 系列大语言模型的真实成本与推理速度。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>tco::ui::ApiCostChart</name>
    <message>
        <source>&lt;b&gt;Break-even&lt;/b&gt;&lt;br&gt;%1 million output tokens a month&lt;br&gt;%2 a month</source>
        <translation>&lt;b&gt;盈亏平衡&lt;/b&gt;&lt;br&gt;每月 %1 百万输出 token&lt;br&gt;每月 %2</translation>
    </message>
    <message>
        <source>Tier cost against buying tokens from an API</source>
        <translation>方案成本与从 API 购买 token 的对比</translation>
    </message>
    <message>
        <source>Output tokens per month (millions)</source>
        <translation>每月输出 token（百万）</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡点</translation>
    </message>
    <message>
        <source>API %1 (%2)</source>
        <translation>API %1（%2）</translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation>每月成本（%1）</translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation>场景中没有方案</translation>
    </message>
    <message>
        <source>No hosted API in the catalog serves this model</source>
        <translation>目录中没有托管 API 提供此模型</translation>
    </message>
</context>
<context>
    <name>tco::ui::BatchSweepChart</name>
    <message>
        <source>Output tokens/s per replica</source>
        <translation>每副本输出 tokens/s</translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation>每 token 时延 TPOT (ms)</translation>
    </message>
    <message>
        <source>Misses SLA</source>
        <translation>未达 SLA</translation>
    </message>
    <message>
        <source>Throughput against latency as the batch grows</source>
        <translation>批大小增长时的吞吐量与时延变化</translation>
    </message>
    <message>
        <source>Select a tier to see its batch sweep</source>
        <translation>选择一个方案以查看其批大小扫描结果</translation>
    </message>
    <message>
        <source>%1 could not be evaluated</source>
        <translation>无法评估 %1</translation>
    </message>
    <message>
        <source>%1 could not be evaluated:
%2</source>
        <translation>无法评估 %1：
%2</translation>
    </message>
    <message>
        <source>%1 has no batch sweep</source>
        <translation>%1 没有批大小扫描数据</translation>
    </message>
    <message>
        <source>TPOT SLA %1 ms</source>
        <translation>TPOT SLA 上限 %1 ms</translation>
    </message>
    <message>
        <source>Meets SLA</source>
        <translation>满足 SLA</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>工作点</translation>
    </message>
    <message>
        <source>Batch sweep: %1</source>
        <translation>批大小扫描：%1</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, batch %2&lt;/b&gt;&lt;br&gt;Output: %3 tokens/s per replica&lt;br&gt;TPOT: %4 ms (%5 tokens/s per user)&lt;br&gt;TTFT: %6 ms</source>
        <translation>&lt;b&gt;%1，批大小 %2&lt;/b&gt;&lt;br&gt;输出：每副本 %3 tokens/s&lt;br&gt;TPOT：%4 ms（每用户 %5 tokens/s）&lt;br&gt;TTFT：%6 ms</translation>
    </message>
</context>
<context>
    <name>tco::ui::CatalogTableModel</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Stale: this price is as of %1, more than %n month(s) ago.</source>
        <translation>
            <numerusform>已过期：此价格的日期为 %1，距今已超过 %n 个月。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 不能为空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是有效数字。</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation>%1：价格不能为负数。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Refers to %1.%2</source>
        <translation>引用 %1.%2</translation>
    </message>
</context>
<context>
    <name>tco::ui::CatalogTablePage</name>
    <message numerus="yes">
        <source>%1 (%2): %n row(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation>替换%1</translation>
    </message>
    <message>
        <source>Replacing %1 with the file&apos;s rows also removes the rows of other tables that refer to the removed rows. The replace removes:</source>
        <translation>用文件中的行替换%1时，引用被删除行的其他表中的行也会一并删除。此次替换将删除：</translation>
    </message>
    <message>
        <source>Remove them too</source>
        <translation>一并删除</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of other tables removed with them</source>
        <translation>
            <numerusform>其他表中的 %n 行随之删除</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) older than %1 months (marked)</source>
        <translation>
            <numerusform>%n 个价格超过 %1 个月未更新（已标记）</numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Save catalog</source>
        <translation>保存目录</translation>
    </message>
    <message>
        <source>The changes to %1 were not saved:
%2

Your edits are still here; correct them and save again.</source>
        <translation>对 %1 的更改未能保存：
%2

您的编辑内容仍然保留，请修正后重新保存。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Select a row to duplicate.</source>
        <translation>请选择要复制的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) marked for deletion; Save to apply, Revert to keep them.</source>
        <translation>
            <numerusform>已将 %n 行标记为删除；点击“保存”使其生效，点击“还原”可保留这些行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 removed</source>
        <translation>已导入 %1：新增 %2 行，更新 %3 行，删除 %4 行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save or revert your edits to %1 before importing.</source>
        <translation>导入前，请先保存或还原对 %1 的编辑。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add the file&apos;s rows to %1 and update rows with the same key, or make the table hold exactly the file&apos;s rows?</source>
        <translation>将文件中的行添加到 %1 并更新键相同的行，还是用文件内容完全替换该表？</translation>
    </message>
    <message>
        <source>Add and update</source>
        <translation>添加并更新</translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation>替换整张表</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file. The catalog is unchanged.</source>
        <translation>
            <numerusform>未导入任何内容：文件中存在 %n 个问题。目录未作更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>已将 %1 导出到 %2</translation>
    </message>
    <message>
        <source>The import was cancelled; the catalog is unchanged.</source>
        <translation>导入已取消；目录未作任何更改。</translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation>正在将 %1 导入 %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 was not exported; nothing was changed.</source>
        <translation>%1 未导出；没有任何更改。</translation>
    </message>
</context>
<context>
    <name>tco::ui::CatalogView</name>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU aliases</source>
        <translation>GPU 别名</translation>
    </message>
    <message>
        <source>Server parts</source>
        <translation>服务器配件</translation>
    </message>
    <message>
        <source>Cloud providers</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Cloud instances</source>
        <translation>云实例</translation>
    </message>
    <message>
        <source>Cloud prices</source>
        <translation>云实例价格</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model aliases</source>
        <translation>模型别名</translation>
    </message>
    <message>
        <source>Precisions</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Precision aliases</source>
        <translation>精度别名</translation>
    </message>
    <message>
        <source>Serving stacks</source>
        <translation>推理框架</translation>
    </message>
    <message>
        <source>Stack aliases</source>
        <translation>推理框架别名</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Cost defaults</source>
        <translation>成本默认值</translation>
    </message>
    <message>
        <source>Catalog %1 — every row carries its source and as-of date.</source>
        <translation>目录 %1——每一行均注明数据来源与截至日期。</translation>
    </message>
    <message>
        <source>Mark prices older than</source>
        <translation>价格过期标记阈值:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The catalog has unsaved edits. Save them?</source>
        <translation>目录有未保存的编辑，是否保存？</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Market prices</source>
        <translation>市场价格</translation>
    </message>
</context>
<context>
    <name>tco::ui::CostBreakdownChart</name>
    <message>
        <source>Tier %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <source>Cost by category and year</source>
        <translation>按类别和年份划分的成本</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation>机房托管</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维保</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人力</translation>
    </message>
    <message>
        <source>Refresh reserve</source>
        <translation>设备更新准备金</translation>
    </message>
    <message>
        <source>Cloud reserved</source>
        <translation>云预留实例</translation>
    </message>
    <message>
        <source>Cloud on-demand</source>
        <translation>云按需实例</translation>
    </message>
    <message>
        <source>Cloud spot</source>
        <translation>云竞价实例</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>出网流量</translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation>残值</translation>
    </message>
    <message>
        <source>%1 · Year %2</source>
        <translation>%1 · 第 %2 年</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <source>Cost (million %1)</source>
        <translation>成本（百万 %1）</translation>
    </message>
    <message>
        <source>Cost (thousand %1)</source>
        <translation>成本（千 %1）</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>成本（%1）</translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation>场景中没有方案</translation>
    </message>
    <message>
        <source>No tier could be evaluated: see the issues in the table</source>
        <translation>所有方案均无法评估：请查看表格中的问题</translation>
    </message>
    <message>
        <source>No costs over the horizon</source>
        <translation>测算周期内没有成本</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3&lt;br&gt;Year total: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2：%3&lt;br&gt;全年合计：%4</translation>
    </message>
</context>
<context>
    <name>tco::ui::CumulativeTcoChart</name>
    <message>
        <source>Cumulative cost of ownership</source>
        <translation>累计拥有成本</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡点</translation>
    </message>
    <message>
        <source>%1 = %2 at month %3</source>
        <translation>%1 = %2（第 %3 个月）</translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <translation>累计成本（%1）</translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation>场景中没有方案</translation>
    </message>
    <message>
        <source>No tier could be evaluated: see the issues in the table</source>
        <translation>所有方案均无法评估：请查看表格中的问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Month %2&lt;br&gt;Cumulative: %3&lt;br&gt;This month: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;第 %2 个月&lt;br&gt;累计：%3&lt;br&gt;当月：%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cumulative cost: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;累计成本：%2</translation>
    </message>
</context>
<context>
    <name>tco::ui::Dashboard</name>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt; — the best value in each column is marked; hover a figure for its formula</source>
        <translation>&lt;b&gt;对比&lt;/b&gt;——每列的最优值已标出；将鼠标悬停在数值上可查看计算公式</translation>
    </message>
    <message>
        <source>Show the figures &quot;as published&quot; by the reference deployment guide</source>
        <translation>显示参考部署指南中“公开发布”的数值</translation>
    </message>
    <message>
        <source>Double-click a recommendation with a change to apply it (undo with Ctrl+Z).</source>
        <translation>双击带有变更的建议即可应用（按 Ctrl+Z 撤销）。</translation>
    </message>
    <message>
        <source>Apply the selected recommendation</source>
        <translation>应用所选建议</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>优化建议</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation>应用：%1</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source> — saves %1 %2</source>
        <translation>——可节省 %1 %2</translation>
    </message>
    <message>
        <source>No recommendations for this scenario.</source>
        <translation>当前场景暂无优化建议。</translation>
    </message>
    <message>
        <source>Cumulative TCO</source>
        <translation>累计 TCO</translation>
    </message>
    <message>
        <source>Cost breakdown</source>
        <translation>成本构成</translation>
    </message>
    <message>
        <source>Throughput and latency</source>
        <translation>吞吐量与时延</translation>
    </message>
    <message>
        <source>Batch sweep</source>
        <translation>批大小扫描</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>扩展性</translation>
    </message>
    <message numerus="yes">
        <source>%1 — stale price: %2 is as of %3, more than %n month(s) ago (source: %4)</source>
        <translation>
            <numerusform>%1 — 价格已过期：%2 的日期为 %3，已超过 %n 个月（来源：%4）</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message numerus="yes">
        <source>stale price: %1 is as of %2, more than %n month(s) ago</source>
        <translation>
            <numerusform>价格已过时：%1 的日期为 %2，已超过 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>API alternative</source>
        <translation>API 替代方案</translation>
    </message>
</context>
<context>
    <name>tco::ui::FieldIssues</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a problem&apos;s severity, then its message</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>tco::ui::MainWindow</name>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>无法读取目录：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s) cannot be evaluated: see Problems</source>
        <translation>
            <numerusform>%n 个方案无法评估：请查看“问题”</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Scenario</source>
        <translation>新建场景(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Catalog File…</source>
        <translation>打开目录文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reset Catalog to Bundled Defaults…</source>
        <translation>将目录重置为内置默认值(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TCO Planner</source>
        <translation>关于 TCO Planner(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Catalog upgraded; the previous file was kept as %1</source>
        <translation>目录已升级；原文件已保留为 %1</translation>
    </message>
    <message>
        <source>Created the catalog from the bundled defaults</source>
        <translation>已根据内置默认值创建目录</translation>
    </message>
    <message>
        <source>The catalog could not be opened</source>
        <translation>无法打开目录</translation>
    </message>
    <message>
        <source>&lt;b&gt;The catalog could not be opened.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;无法打开目录。&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>目录：%1</translation>
    </message>
    <message>
        <source>No catalog</source>
        <translation>无目录</translation>
    </message>
    <message>
        <source>Reset catalog</source>
        <translation>重置目录</translation>
    </message>
    <message>
        <source>Replace the catalog %1 with the bundled defaults? Your edits are kept in a backup copy.</source>
        <translation>是否用内置默认值替换目录 %1？您的编辑内容将保留在备份副本中。</translation>
    </message>
    <message>
        <source>Catalog reset to the bundled defaults</source>
        <translation>目录已重置为内置默认值</translation>
    </message>
    <message>
        <source>Catalog reset; the previous file was kept as %1</source>
        <translation>目录已重置；原文件已保留为 %1</translation>
    </message>
    <message>
        <source>Open Catalog File</source>
        <translation>打开目录文件</translation>
    </message>
    <message>
        <source>Catalog files (*.sqlite *.db);;All files (*)</source>
        <translation>目录文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be opened: %n problem(s).</source>
        <translation>
            <numerusform>无法打开 %1：存在 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>The scenario was not saved: %1
The previous file is unchanged.</source>
        <translation>场景未保存：%1
原文件未作更改。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>TCO Planner scenarios (*.tcoplan);;All files (*)</source>
        <translation>TCO Planner 场景 (*.tcoplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>TCO Planner scenarios (*.tcoplan)</source>
        <translation>TCO Planner 场景 (*.tcoplan)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The scenario has unsaved changes. Save them?</source>
        <translation>场景有未保存的更改，是否保存？</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>未命名场景</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>TCO Planner did not close normally last time. Recover the unsaved scenario from %1?</source>
        <translation>TCO Planner 上次未正常关闭。是否从 %1 恢复未保存的场景？</translation>
    </message>
    <message>
        <source>Recover unsaved scenario</source>
        <translation>恢复未保存的场景</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Tables (CSV)…</source>
        <translation>表格 (CSV)(&amp;T)…</translation>
    </message>
    <message>
        <source>Visible chart as &amp;PNG…</source>
        <translation>当前图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Visible chart as &amp;SVG…</source>
        <translation>当前图表导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Deployment files of the selected tier…</source>
        <translation>所选方案的部署文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未写入：%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The tables were not written: %1</source>
        <translation>表格未写入：%1</translation>
    </message>
    <message>
        <source>Wrote %1 and its -timeline and -breakdown companions</source>
        <translation>已写入 %1 及其 -timeline 和 -breakdown 配套文件</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Show a chart in the dashboard first (the Advisor and Problems tabs are lists).</source>
        <translation>请先在仪表板中显示一个图表（“优化建议”和“问题”标签页是列表）。</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Deployment Files</source>
        <translation>部署文件</translation>
    </message>
    <message>
        <source>Folder for the Deployment Files</source>
        <translation>部署文件所在文件夹</translation>
    </message>
    <message>
        <source>The files were not written: %1</source>
        <translation>文件未写入：%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 would be replaced:</source>
        <translation>
            <numerusform>%1 中的 %n 个文件将被替换：</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>tco::ui::MemoryChart</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>GiB per GPU</source>
        <translation>每 GPU 显存 (GiB)</translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation>GPU 显存</translation>
    </message>
    <message>
        <source>Select a tier to see its GPU memory</source>
        <translation>选择一个方案以查看其 GPU 显存占用</translation>
    </message>
    <message>
        <source>%1 could not be evaluated</source>
        <translation>无法评估 %1</translation>
    </message>
    <message>
        <source>%1: no memory figures</source>
        <translation>%1：无显存数据</translation>
    </message>
    <message>
        <source>%1 %2 GiB</source>
        <translation>%1 %2 GiB</translation>
    </message>
    <message>
        <source>GPU memory: %1 (%2 GiB per GPU)</source>
        <translation>GPU 显存：%1（每 GPU %2 GiB）</translation>
    </message>
    <message>
        <source>GPU memory: %1</source>
        <translation>GPU 显存：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 GiB per GPU (%3% of the GPU&apos;s memory)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;每 GPU %2 GiB（占 GPU 显存的 %3%）</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>运行时开销</translation>
    </message>
</context>
<context>
    <name>tco::ui::ProfileEditor</name>
    <message>
        <source>Demand in each hour of the day as a share of the peak hour. Drag the bars to shape it.</source>
        <translation>每小时需求占峰值小时的比例。拖动柱形即可调整。</translation>
    </message>
    <message>
        <source>%1:00–%2:00: %3% of the peak</source>
        <translation>%1:00–%2:00：峰值的 %3%</translation>
    </message>
</context>
<context>
    <name>tco::ui::ReportOptionsDialog</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A):</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
</context>
<context>
    <name>tco::ui::ResultChartView</name>
    <message>
        <source>No result yet</source>
        <translation>暂无结果</translation>
    </message>
</context>
<context>
    <name>tco::ui::ResultTableModel</name>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>  as published</source>
        <translation>  公开发布值</translation>
    </message>
    <message>
        <source>Upfront reservation payments of the baseline replicas: %1 %2.</source>
        <translation>基线副本的预留实例预付费用：%1 %2。</translation>
    </message>
    <message>
        <source>Capex: GPUs (%1 × catalog price) + server parts per node + shared parts = %2 %3.</source>
        <translation>资本支出：GPU（%1 × 目录价格）+ 每节点服务器配件 + 共享配件 = %2 %3。</translation>
    </message>
    <message>
        <source>Output tokens/s at the SLA (TTFT ≤ %1 ms, TPOT ≤ %2 ms): %3 per replica × replicas = %4 (batch %5 of at most %6 that fit; %7-bound).</source>
        <translation>满足 SLA（TTFT ≤ %1 ms，TPOT ≤ %2 ms）时的输出 tokens/s：每副本 %3 × 副本数 = %4（批大小 %5，最多可容纳 %6；瓶颈：%7）。</translation>
    </message>
    <message>
        <source>Time to first token = prefill of %1 prompt tokens + request overhead, at the SLA operating point: %2 ms.</source>
        <translation>首字延迟 = %1 个提示词 token 的预填充（prefill）时间 + 请求开销，在 SLA 工作点下为 %2 ms。</translation>
    </message>
    <message>
        <source>Time per output token = one decode step: max(bytes / bandwidth, FLOPs / compute) + communication + overhead = %1 ms (per user %2 tok/s).</source>
        <translation>每 token 时延 = 单步解码时间：max(字节数 / 带宽, FLOPs / 算力) + 通信 + 开销 = %1 ms（每用户 %2 tok/s）。</translation>
    </message>
    <message>
        <source>(throughput / TCO) ÷ the same for the baseline &quot;%1&quot; = (%2 / %3) ÷ baseline = %4.</source>
        <translation>(吞吐量 / TCO) ÷ 基线方案“%1”的相同比值 = (%2 / %3) ÷ 基线 = %4。</translation>
    </message>
    <message>
        <source>Sum of %1 monthly costs (all categories): %2 %3; present value %4 %3.</source>
        <translation>%1 个月各月成本之和（全部类别）：%2 %3；现值 %4 %3。</translation>
    </message>
    <message>
        <source>TCO %1 %2 ÷ %3 million output tokens served in %4 months (demand-limited; %5% of demand served) = %6 %2.</source>
        <translation>TCO %1 %2 ÷ %4 个月内处理的 %3 百万输出 token（受需求限制；满足了 %5% 的需求）= %6 %2。</translation>
    </message>
    <message>
        <source>Dense peak %1 TFLOPS at this precision ÷ TCO %2 %3 = %4 GFLOPS per %3.</source>
        <translation>该精度下稠密峰值算力 %1 TFLOPS ÷ TCO %2 %3 = 每 %3 %4 GFLOPS。</translation>
    </message>
    <message>
        <source>As published by: %1</source>
        <translation>公开发布来源：%1</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation>硬件成本</translation>
    </message>
    <message>
        <source>Throughput
(tok/s)</source>
        <translation>吞吐量
(tok/s)</translation>
    </message>
    <message>
        <source>TTFT
(ms)</source>
        <translation>首字延迟
(ms)</translation>
    </message>
    <message>
        <source>TPOT
(ms)</source>
        <translation>每 token 时延
(ms)</translation>
    </message>
    <message>
        <source>Cost-perf.
index</source>
        <translation>性价比
指数</translation>
    </message>
    <message>
        <source>%1-month TCO</source>
        <translation>%1 个月 TCO</translation>
    </message>
    <message>
        <source>Tokens/s
per W</source>
        <translation>能效
(tokens/s/W)</translation>
    </message>
    <message>
        <source>GFLOPS
per %1</source>
        <translation>每 %1
GFLOPS</translation>
    </message>
    <message>
        <source>No figures for this tier:</source>
        <translation>该层级没有计算结果：</translation>
    </message>
    <message>
        <source>No cost-performance index: the baseline tier &quot;%1&quot; has no figures to compare with.</source>
        <translation>没有性价比指数：基准层级“%1”没有可供比较的结果。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Output tokens/s at the SLA (TTFT ≤ %1 ms, TPOT ≤ %2 ms): %3 per hot replica × the replicas running in the busiest hour (hot and cold) = %4, the capacity the tier pays for (batch %5 of at most %6 that fit; %7-bound).</source>
        <translation>满足 SLA（TTFT ≤ %1 ms，TPOT ≤ %2 ms）时的输出 tokens/s：每个热副本 %3 × 最繁忙时段运行的副本（热与冷）= %4，即该方案付费的容量（批大小 %5，最多可容纳 %6；受 %7 限制）。</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>推荐：%1。</translation>
    </message>
    <message>
        <source>Not recommended: serves %1% of the demand.</source>
        <translation>不推荐：仅满足 %1% 的需求。</translation>
    </message>
    <message>
        <source>Not recommended: misses the SLA.</source>
        <translation>不推荐：未达到 SLA。</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1 (%2% served)</source>
        <translation>%1（满足 %2%）</translation>
    </message>
    <message>
        <source>Cost per 1M
output tokens</source>
        <translation>每百万输出
tokens 成本</translation>
    </message>
    <message>
        <source>A reference, not a tier: the scenario&apos;s demand bought from %1 (%2, the same model).</source>
        <translation>仅作参考，并非方案：从 %1（%2，同一模型）购买本场景的需求。</translation>
    </message>
    <message>
        <source>Per million tokens: input %1 %4 on a cache hit, %2 %4 on a miss; output %3 %4.</source>
        <translation>每百万 token：输入缓存命中 %1 %4，未命中 %2 %4；输出 %3 %4。</translation>
    </message>
    <message>
        <source>no separate price</source>
        <translation>无单独价格</translation>
    </message>
    <message>
        <source>Off-peak (UTC %1–%2 h; the profile is taken as Beijing time): %3% of the tokens.</source>
        <translation>错峰时段（UTC %1–%2 时；需求曲线按北京时间）：占 token 的 %3%。</translation>
    </message>
    <message>
        <source>%1 million input tokens (%2% cache hits) and %3 million output tokens a month = %4 %5 a month; %6 %5 per million output tokens.</source>
        <translation>每月 %1 百万输入 token（%2% 缓存命中）和 %3 百万输出 token = 每月 %4 %5；每百万输出 token %6 %5。</translation>
    </message>
    <message>
        <source>Break-even with %1: %2 million output tokens a month.</source>
        <translation>与 %1 的盈亏平衡：每月 %2 百万输出 token。</translation>
    </message>
    <message>
        <source>Break-even with %1: never (within what the tier can serve).</source>
        <translation>与 %1 的盈亏平衡：永不（在该方案可服务的用量内）。</translation>
    </message>
    <message>
        <source>Source: %1 (as of %2).</source>
        <translation>来源：%1（截至 %2）。</translation>
    </message>
    <message>
        <source>API reference: %1, %3 %4/month (%2)</source>
        <translation>API 参考：%1，每月 %3 %4（%2）</translation>
    </message>
    <message>
        <source>%1 output tok/s ÷ %2 W at the wall at full load (GPU serving draw + rest of node, × PUE) = %3. Average over the day, following the load: %4 W.</source>
        <translation>%1 输出 tok/s ÷ 满载时 %2 W 墙插功率（GPU 服务功耗 + 节点其余部分，× PUE）= %3。随负载变化的全天平均功率：%4 W。</translation>
    </message>
    <message>
        <source>The SLA holds to the %1: TTFT %2 ms, TPOT %3 ms at this operating point.</source>
        <translation>SLA 按 %1 考核：此工作点的 TTFT 为 %2 ms，TPOT 为 %3 ms。</translation>
    </message>
</context>
<context>
    <name>tco::ui::ScalingChart</name>
    <message>
        <source>Scaling elasticity</source>
        <translation>扩展弹性</translation>
    </message>
    <message>
        <source>Output tokens/s (log)</source>
        <translation>输出 tokens/s（对数）</translation>
    </message>
    <message>
        <source>%1: slope %2</source>
        <translation>%1：斜率 %2</translation>
    </message>
    <message>
        <source>Cost (%1, log)</source>
        <translation>成本（%1，对数）</translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation>场景中没有方案</translation>
    </message>
    <message>
        <source>No scaling data: no tier could be evaluated or scaled</source>
        <translation>无扩展数据：没有可评估或可扩展的方案</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cost: %2&lt;br&gt;Output: %3 tokens/s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;成本：%2&lt;br&gt;输出：%3 tokens/s</translation>
    </message>
</context>
<context>
    <name>tco::ui::Theme</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>tco::ui::ThroughputLatencyChart</name>
    <message>
        <source>Throughput and latency by tier</source>
        <translation>各方案的吞吐量与时延</translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation>输出 tokens/s</translation>
    </message>
    <message>
        <source>Latency (ms, log)</source>
        <translation>时延（ms，对数）</translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation>首字延迟 TTFT (ms)</translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation>每 token 时延 TPOT (ms)</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>方案 %1</translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation>场景中没有方案</translation>
    </message>
    <message>
        <source>No tier could be evaluated: see the issues in the table</source>
        <translation>所有方案均无法评估：请查看表格中的问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Output: %2 tokens/s at the SLA</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;满足 SLA 时输出：%2 tokens/s</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3 ms</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2：%3 ms</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>首字延迟</translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation>每 token 时延</translation>
    </message>
</context>
<context>
    <name>tco::ui::TierEditor</name>
    <message>
        <source>On-demand</source>
        <translation>按需实例</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>竞价实例 (Spot)</translation>
    </message>
    <message>
        <source>Reserved 1 year, no upfront</source>
        <translation>预留实例 1 年，无预付</translation>
    </message>
    <message>
        <source>Reserved 1 year, partial upfront</source>
        <translation>预留实例 1 年，部分预付</translation>
    </message>
    <message>
        <source>Reserved 1 year, all upfront</source>
        <translation>预留实例 1 年，全部预付</translation>
    </message>
    <message>
        <source>Reserved 3 years, no upfront</source>
        <translation>预留实例 3 年，无预付</translation>
    </message>
    <message>
        <source>Reserved 3 years, partial upfront</source>
        <translation>预留实例 3 年，部分预付</translation>
    </message>
    <message>
        <source>Reserved 3 years, all upfront</source>
        <translation>预留实例 3 年，全部预付</translation>
    </message>
    <message>
        <source>Savings plan 1 year</source>
        <translation>节省计划 1 年</translation>
    </message>
    <message>
        <source>Savings plan 3 years</source>
        <translation>节省计划 3 年</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>On-premises tier</source>
        <translation>本地部署方案</translation>
    </message>
    <message>
        <source>Cloud tier</source>
        <translation>云方案</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>Clone the selected tier</source>
        <translation>克隆所选方案</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the selected tier</source>
        <translation>重命名所选方案</translation>
    </message>
    <message>
        <source>Rename tier</source>
        <translation>重命名方案</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected tier up</source>
        <translation>上移所选方案</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected tier down</source>
        <translation>下移所选方案</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation>移除所选方案</translation>
    </message>
    <message>
        <source>Serving &amp;stack:</source>
        <translation>推理框架(&amp;S):</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度:</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>TP </source>
        <translation>TP </translation>
    </message>
    <message>
        <source>PP </source>
        <translation>PP </translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>并行方式:</translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation>GPU(&amp;G):</translation>
    </message>
    <message>
        <source>GPUs per &amp;node:</source>
        <translation>每节点 GPU 数(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation>节点数(&amp;O):</translation>
    </message>
    <message>
        <source>The GPU&apos;s own link</source>
        <translation>GPU 自带互联</translation>
    </message>
    <message>
        <source>PCIe only</source>
        <translation>仅 PCIe</translation>
    </message>
    <message>
        <source>NVLink</source>
        <translation>NVLink</translation>
    </message>
    <message>
        <source>GPU &amp;link:</source>
        <translation>GPU 互联(&amp;L):</translation>
    </message>
    <message>
        <source>In a colocation data centre</source>
        <translation>部署在托管数据中心</translation>
    </message>
    <message>
        <source> FTE</source>
        <translation> FTE</translation>
    </message>
    <message>
        <source>Operations staff:</source>
        <translation>运维人员:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>配件:</translation>
    </message>
    <message>
        <source>&amp;Hot instance:</source>
        <translation>热实例(&amp;H):</translation>
    </message>
    <message>
        <source>Baseline &amp;purchase:</source>
        <translation>基线购买方式(&amp;P):</translation>
    </message>
    <message>
        <source>min </source>
        <translation>最少 </translation>
    </message>
    <message>
        <source>max </source>
        <translation>最多 </translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>副本数(&amp;R):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Target utilisation:</source>
        <translation>目标利用率(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Cold (spot) instance:</source>
        <translation>冷实例（竞价）(&amp;C):</translation>
    </message>
    <message>
        <source>Cold precision:</source>
        <translation>冷实例精度:</translation>
    </message>
    <message>
        <source>Change serving stack</source>
        <translation>更改推理框架</translation>
    </message>
    <message>
        <source>Change tier precision</source>
        <translation>更改方案精度</translation>
    </message>
    <message>
        <source>Change GPU</source>
        <translation>更改 GPU</translation>
    </message>
    <message>
        <source>Change GPU link</source>
        <translation>更改 GPU 互联</translation>
    </message>
    <message>
        <source>Change hot instance</source>
        <translation>更改热实例</translation>
    </message>
    <message>
        <source>Change cold instance</source>
        <translation>更改冷实例</translation>
    </message>
    <message>
        <source>Change cold precision</source>
        <translation>更改冷实例精度</translation>
    </message>
    <message>
        <source>Change purchase option</source>
        <translation>更改购买方式</translation>
    </message>
    <message>
        <source>Change colocation</source>
        <translation>更改托管设置</translation>
    </message>
    <message>
        <source>Change GPUs per node</source>
        <translation>更改每节点 GPU 数</translation>
    </message>
    <message>
        <source>Change nodes</source>
        <translation>更改节点数</translation>
    </message>
    <message>
        <source>Change minimum replicas</source>
        <translation>更改最少副本数</translation>
    </message>
    <message>
        <source>Change maximum replicas</source>
        <translation>更改最多副本数</translation>
    </message>
    <message>
        <source>Change tensor parallelism</source>
        <translation>更改张量并行度</translation>
    </message>
    <message>
        <source>Change pipeline parallelism</source>
        <translation>更改流水线并行度</translation>
    </message>
    <message>
        <source>Change target utilisation</source>
        <translation>更改目标利用率</translation>
    </message>
    <message>
        <source>Change operations staff</source>
        <translation>更改运维人员</translation>
    </message>
    <message>
        <source>The workload&apos;s</source>
        <translation>沿用工作负载设置</translation>
    </message>
    <message>
        <source>None: all traffic is hot</source>
        <translation>无：全部流量走热实例</translation>
    </message>
    <message>
        <source>Cloud tier %1</source>
        <translation>云方案 %1</translation>
    </message>
    <message>
        <source>On-premises tier %1</source>
        <translation>本地部署方案 %1</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加方案</translation>
    </message>
    <message>
        <source>Clone tier</source>
        <translation>克隆方案</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>移除方案</translation>
    </message>
    <message>
        <source>Move tier</source>
        <translation>移动方案</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计数方式</translation>
    </message>
    <message>
        <source>Server parts from the catalog: counted per node, or once for the whole tier (shared).</source>
        <translation>目录中的服务器部件：按每节点计数，或整个方案计一次（共享）。</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>添加部件</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>移除部件</translation>
    </message>
    <message>
        <source>per node</source>
        <translation>每节点</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Change parts</source>
        <translation>修改部件</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) of this tier are older than the stale mark: hover the marked fields</source>
        <translation>
            <numerusform>该层级有 %n 个价格已过时：将鼠标悬停在标记的字段上查看</numerusform>
        </translation>
    </message>
    <message>
        <source>N+1</source>
        <translation>N+1</translation>
    </message>
    <message>
        <source>Size with one node or replica more than the peak needs, so that one failure still serves it.</source>
        <translation>按峰值所需再多配一个节点或副本，使单点故障时仍能满足峰值。</translation>
    </message>
    <message>
        <source>Size to demand:</source>
        <translation>按需求配置：</translation>
    </message>
    <message>
        <source>Change N+1</source>
        <translation>修改 N+1</translation>
    </message>
    <message>
        <source>Size to demand</source>
        <translation>按需求配置</translation>
    </message>
    <message>
        <source>no figures to size from</source>
        <translation>没有可用于配置的数据</translation>
    </message>
    <message>
        <source>no replica count serves the peak</source>
        <translation>没有副本数能满足峰值</translation>
    </message>
    <message>
        <source>no node count serves the peak</source>
        <translation>没有节点数能满足峰值</translation>
    </message>
    <message numerus="yes">
        <source>the peak needs %n replica(s): sized</source>
        <translation>
            <numerusform>峰值需要 %n 个副本：已配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the peak needs %n node(s): sized</source>
        <translation>
            <numerusform>峰值需要 %n 个节点：已配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set to %n replica(s)</source>
        <translation>
            <numerusform>设为 %n 个副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set to %n node(s)</source>
        <translation>
            <numerusform>设为 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>The replicas that serve the busiest hour within the SLA (at the target utilisation)%1; one undoable edit sets the maximum replicas.</source>
        <translation>在 SLA 内（按目标利用率）满足最繁忙时段所需的副本数%1；一次可撤销的编辑设置最大副本数。</translation>
    </message>
    <message>
        <source>, plus one for N+1</source>
        <translation>，另加一个用于 N+1</translation>
    </message>
    <message>
        <source>The nodes whose capacity at the SLA serves the busiest hour%1; one undoable edit sets the node count.</source>
        <translation>在 SLA 下容量满足最繁忙时段所需的节点数%1；一次可撤销的编辑设置节点数。</translation>
    </message>
    <message>
        <source>A scenario holds at most %1 tiers; remove one before adding another.</source>
        <translation>一个场景最多包含 %1 个方案；请先删除一个再添加。</translation>
    </message>
    <message>
        <source>A tier name has at most %1 characters; this one has %2. The tier keeps its name.</source>
        <translation>方案名称最多 %1 个字符；此名称有 %2 个。方案保留原名称。</translation>
    </message>
</context>
<context>
    <name>tco::ui::WorkloadPanel</name>
    <message>
        <source>Workload and model</source>
        <translation>工作负载与模型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P):</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>&amp;Input length:</source>
        <translation>输入长度(&amp;I):</translation>
    </message>
    <message>
        <source>O&amp;utput length:</source>
        <translation>输出长度(&amp;U):</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>Peak &amp;demand:</source>
        <translation>峰值需求(&amp;D):</translation>
    </message>
    <message>
        <source>Custom (from the scenario file)</source>
        <translation>自定义（来自场景文件）</translation>
    </message>
    <message>
        <source>24-hour p&amp;rofile:</source>
        <translation>24 小时负载曲线(&amp;R):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>SLA: &amp;TTFT ≤</source>
        <translation>SLA：TTFT(&amp;T) ≤</translation>
    </message>
    <message>
        <source>SLA: TP&amp;OT ≤</source>
        <translation>SLA：TPOT(&amp;O) ≤</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Low-priority share:</source>
        <translation>低优先级占比(&amp;L):</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>费用</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>测算周期(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C):</translation>
    </message>
    <message>
        <source>Electricity per kWh:</source>
        <translation>每 kWh 电价:</translation>
    </message>
    <message>
        <source>P&amp;UE:</source>
        <translation>PUE(&amp;U):</translation>
    </message>
    <message>
        <source>Change model</source>
        <translation>更改模型</translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation>更改精度</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>更改货币</translation>
    </message>
    <message>
        <source>Change electricity currency</source>
        <translation>更改电价货币</translation>
    </message>
    <message>
        <source>Change demand profile</source>
        <translation>更改需求曲线</translation>
    </message>
    <message>
        <source>Change input length</source>
        <translation>更改输入长度</translation>
    </message>
    <message>
        <source>Change output length</source>
        <translation>更改输出长度</translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation>更改测算周期</translation>
    </message>
    <message>
        <source>Change peak demand</source>
        <translation>更改峰值需求</translation>
    </message>
    <message>
        <source>Change TTFT limit</source>
        <translation>更改 TTFT 上限</translation>
    </message>
    <message>
        <source>Change TPOT limit</source>
        <translation>更改 TPOT 上限</translation>
    </message>
    <message>
        <source>Change low-priority share</source>
        <translation>更改低优先级占比</translation>
    </message>
    <message>
        <source>Change electricity price</source>
        <translation>更改电价</translation>
    </message>
    <message>
        <source>Change PUE</source>
        <translation>更改 PUE</translation>
    </message>
    <message>
        <source>Edit demand profile</source>
        <translation>编辑需求曲线</translation>
    </message>
    <message>
        <source>Cash: purchase, then resale</source>
        <translation>现金：购置，期末转售</translation>
    </message>
    <message>
        <source>Accrual: straight-line depreciation</source>
        <translation>权责发生制：直线折旧</translation>
    </message>
    <message>
        <source>Cash: the purchase price in the first month and the resale value back in the last month.
Accrual: (1 − residual value) of the price depreciated straight-line over the depreciation period; the horizon carries its share of it.</source>
        <translation>现金：购置价计入第一个月，转售价值在最后一个月收回。
权责发生制：价格的（1 − 残值）在折旧期内直线折旧；测算周期只计其中所占部分。</translation>
    </message>
    <message>
        <source>Hardware &amp;view:</source>
        <translation>硬件视角(&amp;V)：</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>&amp;Depreciation period:</source>
        <translation>折旧期(&amp;D)：</translation>
    </message>
    <message>
        <source>Share of the purchase price the hardware is worth at the end: resold at the end of the horizon (cash view), or its salvage value after the depreciation period (accrual view).</source>
        <translation>期末硬件价值占购置价的比例：测算周期结束时转售（现金视角），或折旧期满后的残值（权责发生制视角）。</translation>
    </message>
    <message>
        <source>Re&amp;sidual value:</source>
        <translation>残值(&amp;S)：</translation>
    </message>
    <message>
        <source> % of capex a year</source>
        <translation> % 资本支出/年</translation>
    </message>
    <message>
        <source>Re&amp;fresh reserve:</source>
        <translation>更新储备金(&amp;F)：</translation>
    </message>
    <message>
        <source>Count the refresh reserve in the TCO</source>
        <translation>将更新储备金计入 TCO</translation>
    </message>
    <message>
        <source>The refresh reserve is a budgeting practice, not a cost of ownership: by default it is shown beside the TCO, not inside it.</source>
        <translation>更新储备金是一种预算做法，而非拥有成本：默认在 TCO 之外列出，不计入 TCO。</translation>
    </message>
    <message>
        <source>Change depreciation period</source>
        <translation>修改折旧期</translation>
    </message>
    <message>
        <source>Change residual value</source>
        <translation>修改残值</translation>
    </message>
    <message>
        <source>Change refresh reserve</source>
        <translation>修改更新储备金</translation>
    </message>
    <message>
        <source>Change hardware view</source>
        <translation>修改硬件视角</translation>
    </message>
    <message>
        <source>Show the refresh reserve beside the TCO</source>
        <translation>在 TCO 之外列出更新储备金</translation>
    </message>
    <message>
        <source>Share of input tokens a hosted API finds in its context cache (billed at the cache-hit price). Only the API reference uses it; no source gives a typical share, so it starts at 0.</source>
        <translation>托管 API 在其上下文缓存中命中的输入 token 占比（按缓存命中价计费）。仅用于 API 参考；没有来源给出典型占比，因此默认为 0。</translation>
    </message>
    <message>
        <source>API cache &amp;hits:</source>
        <translation>API 缓存命中率(&amp;H)：</translation>
    </message>
    <message>
        <source>Change API cache-hit share</source>
        <translation>更改 API 缓存命中率</translation>
    </message>
    <message>
        <source>Where the hardware is bought and the staff are paid: GPUs and parts take the market&apos;s street price when the catalog has one (the others are converted, and the Problems list says so), and a staff cost or colocation price left at 0 comes from the market.</source>
        <translation>购买硬件和支付人员工资的市场：目录中有该市场零售价的 GPU 和部件按该价格计价（其余按汇率换算，问题列表会注明）；人员成本或托管价格为 0 时取该市场的数值。</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>市场(&amp;M):</translation>
    </message>
    <message>
        <source>Change market</source>
        <translation>更改市场</translation>
    </message>
    <message>
        <source>None (catalog prices)</source>
        <translation>无（目录价格）</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>90th percentile (p90)</source>
        <translation>第 90 百分位 (p90)</translation>
    </message>
    <message>
        <source>99th percentile (p99)</source>
        <translation>第 99 百分位 (p99)</translation>
    </message>
    <message>
        <source>Which statistic of TTFT and TPOT the SLA holds to. The percentiles include queueing under Poisson arrivals.</source>
        <translation>SLA 对 TTFT 和 TPOT 采用的统计量。百分位数包含泊松到达下的排队时间。</translation>
    </message>
    <message>
        <source>SLA &amp;holds to:</source>
        <translation>SLA 统计口径(&amp;H)：</translation>
    </message>
    <message>
        <source>Change SLA percentile</source>
        <translation>更改 SLA 百分位</translation>
    </message>
</context>
</TS>
