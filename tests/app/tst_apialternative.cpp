// SPDX-License-Identifier: MIT
// The API alternative (docs/cost-model.md, "The API alternative") against hand-computed figures,
// on a hand-built catalog; its JSON contract; the workload's cache_hit_share in the scenario file.
#include "../engine/fixtures.h"
#include "apialternative.h"
#include "core/resultjson.h"
#include "core/scenariofile.h"
#include "costmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace tco::engine;

namespace {

ApiPrice apiPrice(std::string provider, std::optional<double> hit, double miss, double out,
                  std::string asOf = "2026-01-01")
{
    ApiPrice p;
    p.id = provider + "-" + asOf;
    p.provider = std::move(provider);
    p.api_model = "test-chat";
    p.model_id = "dense-7b";
    p.input_cache_hit_per_million = hit;
    p.input_cache_miss_per_million = miss;
    p.output_per_million = out;
    p.currency = "USD";
    p.provenance = { "test", std::move(asOf) };
    return p;
}

/// fixtures.h's PCIe card, 7B model, BF16 and stack, and one cloud instance at 1 USD/h on demand.
CatalogSnapshot testCatalog()
{
    CatalogSnapshot c;
    c.gpus = { fixtures::pcieGpu() };
    c.models = { fixtures::dense7b() };
    c.precisions = { fixtures::bf16() };
    c.stacks = { fixtures::stack() };
    CloudInstance inst;
    inst.id = "one-gpu";
    inst.gpu_id = c.gpus[0].id;
    inst.prices = { { PurchaseOption::OnDemand, "USD", 1.0, 0.0, std::nullopt, { "test", "2026-01" } } };
    c.instances = { inst };
    c.exchange_rates = { { "USD", "CNY", 7.0, "2026-01-26", "test" } };
    c.reindex();
    return c;
}

/// One always-on on-demand replica at 1 USD/h: 8760 USD a year, 730 USD a month; a light demand
/// (0.1 req/s all day, 256 in / 128 out) it serves easily.
Scenario oneReplicaScenario()
{
    Scenario s;
    Workload &w = s.workload;
    w.model = "dense-7b";
    w.precision = "bf16";
    w.input_len = 256;
    w.output_len = 128;
    w.peak_requests_per_s = 0.1;
    w.hourly_profile.fill(1.0);
    w.sla_ttft_ms = 5000;
    w.sla_tpot_ms = 200;
    s.financials.currency = "USD";
    s.financials.horizon_months = 12;
    Tier t;
    t.name = "cloud";
    t.kind = TierKind::Cloud;
    t.stack = "test-stack";
    t.cloud.hot_instance = "one-gpu";
    t.cloud.min_replicas = t.cloud.max_replicas = 1;
    s.tiers = { t };
    return s;
}

/// @p rps requests/s in the hours of @p hours (all when empty), @p in / @p out tokens each.
Workload demand(double rps, int in, int out, std::initializer_list<int> hours = {})
{
    Workload w;
    w.peak_requests_per_s = rps;
    if (hours.size() == 0)
        w.hourly_profile.fill(1.0);
    for (int h : hours)
        w.hourly_profile[std::size_t(h)] = 1.0;
    w.input_len = in;
    w.output_len = out;
    return w;
}

} // namespace

class TestApiAlternative : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthlyCostOfASmallDemand()
    {
        // 1 request/s all day, 1000 input and 100 output tokens, 30% of the input in the cache,
        // DeepSeek-V3.2's USD prices (0.028 hit, 0.28 miss, 0.42 output per million):
        // a day is 86,400 requests = 86.4 M input and 8.64 M output tokens;
        // input 86.4 x (0.3 x 0.028 + 0.7 x 0.28) = 86.4 x 0.2044 = 17.66016 USD,
        // output 8.64 x 0.42 = 3.6288 USD; 21.28896 USD a day x 365/12 days = 647.5392 USD a month.
        Workload w = demand(1.0, 1000, 100);
        w.cache_hit_share = 0.3;
        const ApiAlternative a = priceApiDemand(apiPrice("DeepSeek", 0.028, 0.28, 0.42), w);
        QCOMPARE(qRound64(a.monthly_cost * 1e4), qint64(6475392));
        QCOMPARE(a.input_tokens_per_month, 86.4e6 * 365 / 12);
        QCOMPARE(a.output_tokens_per_month, 8.64e6 * 365 / 12);
        // 647.5392 / (8.64e6 x 365 / 12) x 1e6 = 21.28896 / 8.64 = 2.464 USD per million output tokens
        QCOMPARE(qRound64(a.cost_per_million_output * 1e6), qint64(2464000));
        QCOMPARE(a.offpeak_share, 0.0);
    }

    void noCachePriceChargesTheMissPrice()
    {
        // No cache-hit price listed: a 50% hit share changes nothing. 1 req/s, 1000 in, 0 out,
        // 2 per million: 86.4 M x 2 = 172.8 a day x 365/12 = 5256 a month.
        Workload w = demand(1.0, 1000, 0);
        w.cache_hit_share = 0.5;
        QCOMPARE(qRound64(priceApiDemand(apiPrice("SiliconFlow", std::nullopt, 2.0, 8.0), w).monthly_cost * 1e6),
                 qint64(5256000000));
    }

    void offPeakWindowInProfileHours()
    {
        // UTC 16:30-00:30 seen from Beijing (UTC+8): local hour 0 is 16:00-17:00 UTC, half inside;
        // hours 1-7 (17:00-24:00 UTC) wholly; hour 8 (00:00-01:00 UTC) half; 9-23 not at all.
        const auto share = offPeakShareByHour(16.5, 0.5);
        QCOMPARE(share[0], 0.5);
        for (int h = 1; h <= 7; ++h)
            QCOMPARE(share[std::size_t(h)], 1.0);
        QCOMPARE(share[8], 0.5);
        for (int h = 9; h < 24; ++h)
            QCOMPARE(share[std::size_t(h)], 0.0);
    }

    void offPeakDiscountOnAProfile()
    {
        // Demand only in local hour 0 (1 req/s: 3,600 requests), 1000 in / 100 out, no cache.
        // Standard 1.0 in / 2.0 out, off-peak 0.5 / 1.0, window UTC 16:30-00:30: half the hour off-peak.
        // Input 3.6 M: 3.6 x (0.5 x 1.0 + 0.5 x 0.5) = 2.7; output 0.36 M: 0.36 x (0.5 x 2 + 0.5 x 1) = 0.54.
        // 3.24 a day x 365/12 = 98.55 a month; half the tokens are off-peak.
        ApiPrice p = apiPrice("DeepSeek", std::nullopt, 1.0, 2.0);
        p.offpeak_input_cache_miss_per_million = 0.5;
        p.offpeak_output_per_million = 1.0;
        p.offpeak_start_utc_h = 16.5;
        p.offpeak_end_utc_h = 0.5;
        const ApiAlternative a = priceApiDemand(p, demand(1.0, 1000, 100, { 0 }));
        QCOMPARE(qRound64(a.monthly_cost * 1e6), qint64(98550000));
        QCOMPARE(a.offpeak_share, 0.5);
        // The same hour at 12:00 local (04:00 UTC) is outside the window: 3.6 + 0.72 = 4.32 a day.
        QCOMPARE(qRound64(priceApiDemand(p, demand(1.0, 1000, 100, { 12 })).monthly_cost * 1e6), qint64(131400000));
    }

    void breakEvenVolumeOfAFixedCostTier()
    {
        // The tier: one on-demand replica at 1 USD/h all year = 8760 USD over 12 months, 730 a month.
        // The API: 1 per million input, 2 per million output, no cache; the workload's 256 input
        // tokens per 128 output cost (256 x 1 + 128 x 2) / 128 = 4 USD per million output tokens.
        // Break-even: 730 / 4e-6 = 182.5 M output tokens a month.
        CatalogSnapshot c = testCatalog();
        c.api_prices = { apiPrice("Maker", std::nullopt, 1.0, 2.0) };
        const Result r = evaluate(oneReplicaScenario(), c);
        QVERIFY(r.tiers[0].ok);
        QCOMPARE(r.tiers[0].tco_total, 8760.0);
        QCOMPARE(r.api.size(), std::size_t(1));
        QCOMPARE(qRound64(r.api[0].cost_per_million_output * 1e6), qint64(4000000));
        QVERIFY(r.api[0].break_even_tokens_per_month[0].has_value());
        QCOMPARE(qRound64(*r.api[0].break_even_tokens_per_month[0]), qint64(182500000));
    }

    void breakEvenIsNullWhenTheyNeverMeet()
    {
        // A free API never costs the tier's 730 a month; an API so cheap that 730 buys more tokens
        // than the replica can produce in a month (0.001 per million output: 730 billion tokens,
        // far above one replica's capacity x 3600 s x 730 h) never meets it either.
        CatalogSnapshot c = testCatalog();
        c.api_prices = { apiPrice("Free", std::nullopt, 0.0, 0.0), apiPrice("Cheap", std::nullopt, 0.0, 0.001) };
        const Result r = evaluate(oneReplicaScenario(), c);
        QCOMPARE(r.api.size(), std::size_t(2));
        for (const ApiAlternative &a : r.api) {
            QCOMPARE(a.break_even_tokens_per_month.size(), std::size_t(1));
            QVERIFY2(!a.break_even_tokens_per_month[0].has_value(), a.price.provider.c_str());
        }
    }

    void newestRowInTheScenarioCurrency()
    {
        // History: the provider's 2025 row is ignored for its 2026 row; of the two 2026 rows the
        // CNY one is used in a CNY scenario; another model's row is ignored. The CNY price is
        // converted as is (1 CNY = 1 CNY): 0.1 req/s flat, 256 in at 7 CNY = 0.1 x 86400 x 256 x 7 / 1e6
        // = 15.48288 a day, 128 out at 14 = 15.48288 a day; 30.96576 x 365/12 = 941.8752 CNY a month.
        CatalogSnapshot c = testCatalog();
        ApiPrice old = apiPrice("Maker", std::nullopt, 100, 100, "2025-01-01");
        ApiPrice usd = apiPrice("Maker", std::nullopt, 1, 2, "2026-01-01");
        ApiPrice cny = apiPrice("Maker", std::nullopt, 7, 14, "2026-01-01");
        cny.id = "cny";
        cny.currency = "CNY";
        ApiPrice other = apiPrice("Maker", std::nullopt, 1, 1, "2027-01-01");
        other.model_id = "another-model";
        c.api_prices = { old, usd, cny, other };
        Scenario s = oneReplicaScenario();
        s.financials.currency = "CNY";
        const Result r = evaluate(s, c);
        QCOMPARE(r.api.size(), std::size_t(1));
        QCOMPARE(r.api[0].price.id, std::string("cny"));
        QCOMPARE(qRound64(r.api[0].monthly_cost * 1e4), qint64(9418752));
        // In a USD scenario the USD row is used: the same tokens at 1 and 2 USD = 941.8752 / 7 USD.
        s.financials.currency = "USD";
        const Result u = evaluate(s, c);
        QCOMPARE(u.api[0].price.currency, std::string("USD"));
        QCOMPARE(qRound64(u.api[0].monthly_cost * 1e4), qint64(1345536));
    }

    void cacheHitShareOutsideZeroToOneIsNamed_data()
    {
        QTest::addColumn<double>("share");
        QTest::newRow("negative") << -0.1;
        QTest::newRow("above 1") << 1.5;
        QTest::newRow("NaN") << std::nan("");
    }
    void cacheHitShareOutsideZeroToOneIsNamed()
    {
        // A scenario built in code (the file and the GUI refuse these) gets an issue naming the
        // field, and no API figure is computed from the share (none is NaN).
        QFETCH(double, share);
        CatalogSnapshot c = testCatalog();
        c.api_prices = { apiPrice("Maker", 0.5, 1.0, 2.0) };
        Scenario s = oneReplicaScenario();
        s.workload.cache_hit_share = share;
        const Result r = evaluate(s, c);
        QVERIFY(r.api.empty());
        QCOMPARE(r.issues.size(), std::size_t(1));
        QVERIFY2(r.issues[0].find("workload.cache_hit_share") != std::string::npos, r.issues[0].c_str());
    }

    void noApiForTheModelIsAnEmptyList()
    {
        const Result r = evaluate(oneReplicaScenario(), testCatalog());
        QVERIFY(r.api.empty());
        QVERIFY(r.issues.empty());
    }

    void jsonContract()
    {
        CatalogSnapshot c = testCatalog();
        ApiPrice p = apiPrice("Maker", 0.5, 1.0, 2.0);
        c.api_prices = { p, apiPrice("Free", std::nullopt, 0.0, 0.0) };
        const QJsonObject root = tco::app::resultToJson(evaluate(oneReplicaScenario(), c));
        const QJsonArray api = root.value(QStringLiteral("api")).toArray();
        QCOMPARE(api.size(), 2);
        for (const QJsonValue &v : api) {
            const QJsonObject o = v.toObject();
            for (const char *key :
                 { "provider", "model", "input_cache_hit_per_million", "input_cache_miss_per_million",
                   "output_per_million", "currency", "source", "as_of", "monthly_cost", "break_even_tokens_per_month" })
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            QVERIFY(
                o.value(QStringLiteral("break_even_tokens_per_month")).toObject().contains(QStringLiteral("cloud")));
        }
        // Sorted by provider: "Free" (no cache price: null; never meets: null), then "Maker".
        const QJsonObject free = api[0].toObject(), maker = api[1].toObject();
        QCOMPARE(free.value(QStringLiteral("provider")).toString(), QStringLiteral("Free"));
        QVERIFY(free.value(QStringLiteral("input_cache_hit_per_million")).isNull());
        QVERIFY(free.value(QStringLiteral("break_even_tokens_per_month"))
                    .toObject()
                    .value(QStringLiteral("cloud"))
                    .isNull());
        QCOMPARE(maker.value(QStringLiteral("input_cache_hit_per_million")).toDouble(), 0.5);
        QCOMPARE(maker.value(QStringLiteral("model")).toString(), QStringLiteral("test-chat"));
        QCOMPARE(maker.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-01-01"));
        // 730 a month / 4 per million output tokens (no cache hits) = 182.5 M
        QCOMPARE(qRound64(maker.value(QStringLiteral("break_even_tokens_per_month"))
                              .toObject()
                              .value(QStringLiteral("cloud"))
                              .toDouble()),
                 qint64(182500000));
    }

    void cacheHitShareInTheScenarioFile_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("0.3") << QByteArray("0.3") << true;
        QTest::newRow("negative") << QByteArray("-0.1") << false;
        QTest::newRow("above 1") << QByteArray("1.5") << false;
        QTest::newRow("text") << QByteArray("\"half\"") << false;
    }

    void cacheHitShareInTheScenarioFile()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, ok);
        Scenario s = oneReplicaScenario();
        s.workload.cache_hit_share = 0.25;
        QByteArray json = tco::app::scenarioToJson(s);
        QVERIFY(json.contains("\"cache_hit_share\": 0.25"));
        json.replace(QByteArray("\"cache_hit_share\": 0.25"), QByteArray(QByteArray("\"cache_hit_share\": ") + value));
        const tco::app::ScenarioLoad load = tco::app::scenarioFromJson(json);
        QCOMPARE(load.ok(), ok);
        if (ok) {
            QCOMPARE(load.scenario->workload.cache_hit_share, 0.3);
        } else {
            bool named = false;
            for (const auto &p : load.problems)
                named |= p.path.contains(QStringLiteral("cache_hit_share"));
            QVERIFY(named);
        }
        // Optional: a file without the key loads with 0.
        QJsonObject root = QJsonDocument::fromJson(tco::app::scenarioToJson(oneReplicaScenario())).object();
        QJsonObject workload = root.value(QStringLiteral("workload")).toObject();
        QVERIFY(workload.contains(QStringLiteral("cache_hit_share")));
        workload.remove(QStringLiteral("cache_hit_share"));
        root.insert(QStringLiteral("workload"), workload);
        const tco::app::ScenarioLoad without = tco::app::scenarioFromJson(QJsonDocument(root).toJson());
        QVERIFY(without.ok());
        QCOMPARE(without.scenario->workload.cache_hit_share, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestApiAlternative)
#include "tst_apialternative.moc"
