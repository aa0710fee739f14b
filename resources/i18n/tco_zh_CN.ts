<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>TCO Planner: cost and speed of serving DeepSeek-family language models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog file to use (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit (for documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to start on: overview or catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario file (*.tcoplan) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::AboutDialog</name>
    <message>
        <source>About TCO Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it really costs to serve DeepSeek-family language models, and how fast: a workstation, an elastic hybrid cloud or a GPU cluster, from a sourced catalog and a calibrated performance model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::BatchSweepChart</name>
    <message>
        <source>Output tokens/s per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misses SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput against latency as the batch grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tier to see its batch sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be evaluated:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no batch sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT SLA %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, batch %2&lt;/b&gt;&lt;br&gt;Output: %3 tokens/s per replica&lt;br&gt;TPOT: %4 ms (%5 tokens/s per user)&lt;br&gt;TTFT: %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::CatalogTableModel</name>
    <message numerus="yes">
        <source>Stale: this price is as of %1, more than %n month(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::CatalogTablePage</name>
    <message>
        <source>Filter rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) older than %1 months (marked)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 were not saved:
%2

Your edits are still here; correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) marked for deletion; Save to apply, Revert to keep them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert your edits to %1 before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the file&apos;s rows to %1 and update rows with the same key, or make the table hold exactly the file&apos;s rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file. The catalog is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::CatalogView</name>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog %1 — every row carries its source and as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark prices older than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has unsaved edits. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::CostBreakdownChart</name>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost by category and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud on-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (million %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (thousand %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier could be evaluated: see the issues in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No costs over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3&lt;br&gt;Year total: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::CumulativeTcoChart</name>
    <message>
        <source>Cumulative cost of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 at month %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier could be evaluated: see the issues in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Month %2&lt;br&gt;Cumulative: %3&lt;br&gt;This month: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cumulative cost: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::Dashboard</name>
    <message>
        <source>&lt;b&gt;Comparison&lt;/b&gt; — the best value in each column is marked; hover a figure for its formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures &quot;as published&quot; by the reference deployment guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a recommendation with a change to apply it (undo with Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the selected recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — saves %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations for this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tier(s) cannot be evaluated: see Problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Catalog File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Catalog to Bundled Defaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TCO Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog upgraded; the previous file was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the catalog from the bundled defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The catalog could not be opened.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the catalog %1 with the bundled defaults? Your edits are kept in a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog reset to the bundled defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog reset; the previous file was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Catalog File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog files (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be opened: %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was not saved: %1
The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO Planner scenarios (*.tcoplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO Planner scenarios (*.tcoplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO Planner did not close normally last time. Recover the unsaved scenario from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::MemoryChart</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tier to see its GPU memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no memory figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory: %1 (%2 GiB per GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 GiB per GPU (%3% of the GPU&apos;s memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::ResultChartView</name>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::ResultTableModel</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upfront reservation payments of the baseline replicas: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex: GPUs (%1 × catalog price) + server parts per node + shared parts = %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens/s at the SLA (TTFT ≤ %1 ms, TPOT ≤ %2 ms): %3 per replica × replicas = %4 (batch %5 of at most %6 that fit; %7-bound).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token = prefill of %1 prompt tokens + request overhead, at the SLA operating point: %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per output token = one decode step: max(bytes / bandwidth, FLOPs / compute) + communication + overhead = %1 ms (per user %2 tok/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(throughput / TCO) ÷ the same for the baseline &quot;%1&quot; = (%2 / %3) ÷ baseline = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of %1 monthly costs (all categories): %2 %3; present value %4 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO %1 %2 ÷ %3 million output tokens served in %4 months (demand-limited; %5% of demand served) = %6 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output tok/s ÷ %2 W at the wall (GPU draw + rest of node, × PUE) = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense peak %1 TFLOPS at this precision ÷ TCO %2 %3 = %4 GFLOPS per %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As published by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput
(tok/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT
(ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT
(ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-perf.
index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-month TCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per
1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s
per W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOPS
per %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::ScalingChart</name>
    <message>
        <source>Scaling elasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens/s (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: slope %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (%1, log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scaling data: no tier could be evaluated or scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cost: %2&lt;br&gt;Output: %3 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::ThroughputLatencyChart</name>
    <message>
        <source>Throughput and latency by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms, log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPOT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tiers in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier could be evaluated: see the issues in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Output: %2 tokens/s at the SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per output token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::TierEditor</name>
    <message>
        <source>On-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved 1 year, no upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved 1 year, partial upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved 1 year, all upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved 3 years, no upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved 3 years, partial upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved 3 years, all upfront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings plan 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings plan 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone the selected tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected tier up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected tier down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving &amp;stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TP </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PP </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs per &amp;node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU&apos;s own link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCIe only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVLink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a colocation data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> FTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;purchase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target utilisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cold (spot) instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change serving stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tier precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPU link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hot instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cold instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change cold precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change purchase option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change GPUs per node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change minimum replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change maximum replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tensor parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pipeline parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change target utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change operations staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: all traffic is hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tco::ui::WorkloadPanel</name>
    <message>
        <source>Flat (24/7 at peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business day (peak 10:00–17:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer (evening peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch overnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak &amp;demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (from the scenario file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour p&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: &amp;TTFT ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: TP&amp;OT ≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low-priority share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity per kWh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;UE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change electricity currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change demand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change input length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change output length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change peak demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change TTFT limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change TPOT limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change low-priority share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change electricity price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
