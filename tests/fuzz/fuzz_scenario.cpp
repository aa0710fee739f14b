// SPDX-License-Identifier: MIT
// libFuzzer target: app::scenarioFromJson on arbitrary bytes.
//
// Invariants (abort = finding):
//  - a result is either a scenario or at least one error, every problem has a message;
//  - a scenario that loads writes back to JSON that loads again, to the same JSON;
//  - the engine evaluates a loaded scenario against the seed catalog without a NaN or an
//    infinity in any figure;
//  - the reader's limits: every problem's path and message stay short whatever the input (no
//    key or value of the file is echoed at length); a loaded scenario written back fits the file
//    limit; the same text with a duplicated key, nested too deep or with a string over the limit
//    is refused, with the problem at the right place.
#include "fuzzsupport.h"

#include <QByteArray>

#include <core/scenariofile.h>
#include <costmodel.h>
#include <cstdint>

using namespace tco;

namespace {

void checkFinite(const engine::PerfResult &p)
{
    for (double v : { p.weights_gib_per_gpu, p.runtime_overhead_gib, p.usable_gib_per_gpu, p.kv_bytes_per_token,
                      p.kv_gib_per_gpu, p.batch, p.ttft_ms, p.tpot_ms, p.tok_s_per_user, p.output_tok_s, p.total_tok_s,
                      p.prefill_tok_s, p.uncertainty_pct, p.decode.total_ms, p.prefill.total_ms })
        fuzz::requireFinite(v, "a performance figure");
}

void checkFinite(const engine::Result &result)
{
    for (const engine::TierResult &t : result.tiers) {
        checkFinite(t.perf);
        checkFinite(t.cold_perf);
        for (const engine::SweepPoint &s : t.batch_sweep)
            for (double v : { s.ttft_ms, s.tpot_ms, s.output_tok_s, s.tok_s_per_user })
                fuzz::requireFinite(v, "a batch-sweep point");
        for (double v : t.hot_replicas)
            fuzz::requireFinite(v, "hot replicas");
        for (double v : t.cold_replicas)
            fuzz::requireFinite(v, "cold replicas");
        for (double v : t.monthly)
            fuzz::requireFinite(v, "a monthly cost");
        for (const auto &month : t.monthly_by_category)
            for (double v : month)
                fuzz::requireFinite(v, "a monthly cost by category");
        for (double v : t.breakdown)
            fuzz::requireFinite(v, "a cost breakdown");
        for (const auto &[cost, tput] : t.scaling_curve) {
            fuzz::requireFinite(cost, "a scaling-curve cost");
            fuzz::requireFinite(tput, "a scaling-curve throughput");
        }
        for (double v :
             { t.peak_tflops, t.capacity_output_tok_s, t.served_output_tok_s_avg, t.served_share, t.hardware_cost,
               t.tco_total, t.tco_present_value, t.power_w, t.output_tok_s, t.ttft_ms, t.tpot_ms,
               t.output_tokens_served, t.requests_served, t.cost_per_million_tokens, t.cost_per_request,
               t.tokens_per_s_per_watt, t.flops_per_currency, t.elasticity, t.cost_performance_index })
            fuzz::requireFinite(v, "a tier figure");
    }
    for (const engine::BreakEven &b : result.break_even)
        fuzz::requireFinite(b.cumulative_cost, "a break-even cost");
    for (const engine::Advice &a : result.advice)
        fuzz::requireFinite(a.saving, "an advice saving");
}

/// Longest path of a problem: every level of nesting with a key shown at its longest, and an index.
constexpr qsizetype kMaxPathChars = app::kMaxJsonDepth * (app::kMaxSuggestedKeyChars + 32);
/// Longest message: a string value quoted in a type error, plus the words around it.
constexpr qsizetype kMaxMessageChars = 2 * app::kMaxJsonStringChars + 1000;

/** The one error of @p json, required to be at @p path and to start with @p start. */
void requireRefused(const QByteArray &json, const QString &path, const QString &start, const char *what)
{
    const app::ScenarioLoad load = app::scenarioFromJson(json);
    fuzz::require(!load.ok() && load.problems.size() == 1, what);
    fuzz::require(load.problems.first().path == path && load.problems.first().message.startsWith(start), what);
}

/** @p written (a loadable scenario as written) with one violation of each raw-text limit. */
void checkRefusals(const QByteArray &written)
{
    // every written scenario has a "title" at the top level: the first key after the brace
    const qsizetype brace = written.indexOf('{');
    QByteArray duplicate = written;
    duplicate.insert(brace + 1, "\"title\": \"again\",");
    requireRefused(duplicate, QStringLiteral("title"), QStringLiteral("duplicate key: "),
                   "a duplicated key is refused");

    QByteArray deep = written;
    deep.insert(brace + 1,
                "\"deep\": " + QByteArray(app::kMaxJsonDepth, '[') + QByteArray(app::kMaxJsonDepth, ']') + ",");
    QString deepPath = QStringLiteral("deep");
    for (int i = 0; i < app::kMaxJsonDepth - 1; ++i)
        deepPath += QStringLiteral("[0]");
    requireRefused(deep, deepPath, QStringLiteral("nested more than "), "nesting past the limit is refused");

    QByteArray longString = written;
    longString.insert(brace + 1, "\"long\": \"" + QByteArray(app::kMaxJsonStringChars + 1, 'x') + "\",");
    requireRefused(longString, QStringLiteral("long"), QStringLiteral("a string longer than "),
                   "a string over the limit is refused");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const app::ScenarioLoad load = app::scenarioFromJson(json);
    for (const app::ScenarioProblem &p : load.problems) {
        fuzz::require(!p.message.isEmpty(), "a problem has a message");
        fuzz::require(p.path.size() <= kMaxPathChars, "a problem's path is short");
        fuzz::require(p.message.size() <= kMaxMessageChars, "a problem's message is short");
    }
    if (!load.ok()) {
        fuzz::require(load.errorCount() > 0, "a scenario that does not load has an error");
        return 0;
    }
    fuzz::require(load.errorCount() == 0, "a loaded scenario has no error");

    const QByteArray written = app::scenarioToJson(*load.scenario);
    const app::ScenarioLoad again = app::scenarioFromJson(written);
    fuzz::require(again.ok(), "a loaded scenario, written back, loads again");
    fuzz::require(app::scenarioToJson(*again.scenario) == written, "a written scenario round-trips");

    fuzz::require(written.size() <= app::kMaxScenarioFileBytes, "a loaded scenario written back fits the file limit");
    checkRefusals(written);

    checkFinite(engine::evaluate(*load.scenario, fuzz::seedSnapshot()));
    return 0;
}
