// SPDX-License-Identifier: MIT
#include "charts/apicostchart.h"
#include "charts/batchsweepchart.h"
#include "charts/chartexport.h"
#include "charts/costbreakdownchart.h"
#include "charts/cumulativetcochart.h"
#include "charts/memorychart.h"
#include "charts/perfchart.h"
#include "charts/scalingchart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <numeric>

using namespace tco;
using engine::CostCategory;

namespace {

constexpr int kHorizon = 36;

void add(engine::TierResult &t, int month, CostCategory category, double value)
{
    t.monthly_by_category[static_cast<std::size_t>(month)][static_cast<std::size_t>(category)] += value;
    t.monthly[static_cast<std::size_t>(month)] += value;
    t.breakdown[static_cast<std::size_t>(category)] += value;
}

/**
 * Workstation: 20,000 hardware in month 1, then 300 power + 200 staff a month, -5,000 residual
 * value in the last month. Hybrid cloud: 1,000 on-demand + 300 spot + 200 egress a month. So the
 * cumulative costs are 20,000 + 500 m and 1,500 m: the cloud becomes dearer in month 21.
 * Cluster: failed (figures present but must not be plotted). Every figure is scaled by @p scale.
 */
engine::Result makeResult(double scale = 1.0)
{
    engine::Result r;
    r.currency = "USD";
    r.horizon_months = kHorizon;

    engine::TierResult ws;
    ws.name = "Workstation";
    ws.ok = true;
    ws.monthly.assign(kHorizon, 0.0);
    ws.monthly_by_category.assign(kHorizon, {});
    add(ws, 0, CostCategory::Hardware, 20000.0 * scale);
    for (int m = 0; m < kHorizon; ++m) {
        add(ws, m, CostCategory::Power, 300.0 * scale);
        add(ws, m, CostCategory::Staff, 200.0 * scale);
    }
    add(ws, kHorizon - 1, CostCategory::ResidualValue, -5000.0 * scale);
    ws.output_tok_s = 850.0 * scale;
    ws.ttft_ms = 420.0;
    ws.tpot_ms = 28.0 * scale;
    ws.perf.weights_gib_per_gpu = 14.0;
    ws.perf.kv_gib_per_gpu = 4.0 * scale;
    ws.perf.runtime_overhead_gib = 1.5;
    ws.perf.usable_gib_per_gpu = 22.0;
    const int batches[] = { 1, 2, 4, 8, 16, 32 };
    for (int b : batches) {
        engine::SweepPoint p;
        p.batch = b;
        p.tpot_ms = (20.0 + 1.2 * b) * scale;
        p.ttft_ms = 150.0 + 20.0 * b;
        p.output_tok_s = b * 1000.0 / p.tpot_ms;
        p.tok_s_per_user = 1000.0 / p.tpot_ms;
        ws.batch_sweep.push_back(p);
    }
    ws.elasticity = 1.08;
    ws.scaling_curve = { { 38000.0 * scale, 850.0 }, { 76000.0 * scale, 1800.0 }, { 152000.0 * scale, 3800.0 } };

    engine::TierResult cloud;
    cloud.name = "Hybrid cloud";
    cloud.kind = engine::TierKind::Cloud;
    cloud.ok = true;
    cloud.monthly.assign(kHorizon, 0.0);
    cloud.monthly_by_category.assign(kHorizon, {});
    for (int m = 0; m < kHorizon; ++m) {
        add(cloud, m, CostCategory::CloudOnDemand, 1000.0 * scale);
        add(cloud, m, CostCategory::CloudSpot, 300.0 * scale);
        add(cloud, m, CostCategory::Egress, 200.0 * scale);
    }
    cloud.output_tok_s = 2400.0;
    cloud.ttft_ms = 310.0;
    cloud.tpot_ms = 35.0;
    cloud.elasticity = 0.95;
    cloud.scaling_curve = { { 54000.0, 2400.0 }, { 108000.0, 4600.0 }, { 216000.0, 8900.0 } };
    cloud.perf.usable_gib_per_gpu = 72.0;

    engine::TierResult cluster;
    cluster.name = "Cluster";
    cluster.ok = false;
    cluster.issues.push_back(
        { engine::TierIssue::Severity::Error, "tiers[2].onprem.gpu", "does not fit: weights exceed VRAM", {} });
    cluster.monthly.assign(kHorizon, 99999.0);
    cluster.monthly_by_category.assign(kHorizon, {});
    cluster.monthly_by_category[0][static_cast<std::size_t>(CostCategory::Colocation)] = 99999.0;
    cluster.output_tok_s = 99999.0;
    cluster.scaling_curve = { { 1.0, 1.0 }, { 2.0, 2.0 } };

    r.tiers = { ws, cloud, cluster };
    engine::BreakEven be;
    be.tier_a = 0;
    be.tier_b = 1;
    be.month = 21;
    be.cumulative_cost = (20000.0 + 500.0 * 21) * scale;
    r.break_even.push_back(be);
    // A break-even with the failed tier must not be drawn.
    r.break_even.push_back({ 0, 2, 1, 20500.0 });
    return r;
}

double lastCumulative(const engine::TierResult &t)
{
    return std::accumulate(t.monthly.begin(), t.monthly.end(), 0.0);
}

double maxY(const QXYSeries *s)
{
    double m = 0.0;
    for (const QPointF &p : s->points())
        m = std::max(m, p.y());
    return m;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // Showing a tooltip on the offscreen platform warns "This plugin does not support raise()".
        if (qstrcmp(QTest::currentTestFunction(), "tooltipsAndPalette") != 0)
            QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void cumulativeLinesAndBreakEven()
    {
        ui::CumulativeTcoChart chart;
        chart.resize(700, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(!chart.message().isEmpty()); // nothing yet

        const engine::Result r = makeResult();
        chart.showResult(r, 0);
        QVERIFY(chart.message().isEmpty());
        QCOMPARE(chart.tierSeries().size(), 2); // the failed cluster is left out
        QCOMPARE(chart.seriesTiers(), (QList<int> { 0, 1 }));
        for (QLineSeries *s : chart.tierSeries()) {
            QVERIFY(s->name() != QStringLiteral("Cluster"));
            QCOMPARE(s->count(), kHorizon);
            QCOMPARE(s->at(0).x(), 1.0);
            QCOMPARE(s->at(kHorizon - 1).x(), double(kHorizon));
        }
        QCOMPARE(chart.tierSeries()[0]->name(), QStringLiteral("Workstation"));
        QCOMPARE(chart.tierSeries()[0]->at(kHorizon - 1).y(), lastCumulative(r.tiers[0]));
        QCOMPARE(chart.tierSeries()[1]->at(kHorizon - 1).y(), lastCumulative(r.tiers[1]));
        QCOMPARE(chart.tierSeries()[0]->at(0).y(), 20500.0);

        QCOMPARE(chart.breakEvenSeries()->count(), 1);
        QCOMPARE(chart.breakEvenSeries()->at(0), QPointF(21.0, 30500.0));
        QCOMPARE(chart.breakEvenLabels(), QStringList { QStringLiteral("Workstation = Hybrid cloud at month 21") });

        QVERIFY(chart.monthAxis()->min() <= 1.0);
        QVERIFY(chart.monthAxis()->max() >= kHorizon);
        QVERIFY(chart.costAxis()->min() <= 0.0);
        QVERIFY(chart.costAxis()->max() >= maxY(chart.tierSeries()[1]));

        // A second result updates the same series in place.
        const QList<QLineSeries *> before = chart.tierSeries();
        QScatterSeries *marks = chart.breakEvenSeries();
        const int seriesCount = static_cast<int>(chart.chart()->series().size());
        const engine::Result r2 = makeResult(1.5);
        chart.showResult(r2, 1);
        QCOMPARE(chart.tierSeries(), before);
        QCOMPARE(chart.breakEvenSeries(), marks);
        QCOMPARE(chart.chart()->series().size(), seriesCount);
        QCOMPARE(before[0]->at(kHorizon - 1).y(), lastCumulative(r2.tiers[0]));
        QCOMPARE(before[1]->at(kHorizon - 1).y(), lastCumulative(r2.tiers[1]));
        QCOMPARE(marks->at(0).y(), 30500.0 * 1.5);
        QVERIFY(chart.costAxis()->max() >= std::max(maxY(before[0]), maxY(before[1])));

        // One tier less: the first line is kept, the second removed.
        engine::Result r3 = r2;
        r3.tiers[1].ok = false;
        chart.showResult(r3, 0);
        QCOMPARE(chart.tierSeries().size(), 1);
        QCOMPARE(chart.tierSeries()[0], before[0]);
        QCOMPARE(chart.breakEvenSeries()->count(), 0);
    }

    void breakdownStacksCategoriesPerYear()
    {
        ui::CostBreakdownChart chart;
        const engine::Result r = makeResult();
        chart.showResult(r, 0);
        QVERIFY(chart.message().isEmpty());

        // 2 tiers x 3 years; the failed cluster (and its colocation cost) is absent.
        const QStringList bars = chart.barNames();
        QCOMPARE(bars.size(), 6);
        QCOMPARE(chart.barAxis()->categories().size(), 6);
        QCOMPARE(chart.barAxis()->categories().last(), QStringLiteral("Year 1"));
        QCOMPARE(chart.tierAxis()->categoriesLabels(),
                 (QStringList { QStringLiteral("Hybrid cloud"), QStringLiteral("Workstation") }));
        const double unit = chart.valueUnit();
        QCOMPARE(unit, 1000.0); // the largest bar is 26,000 USD: plotted in thousands
        QCOMPARE(bars.last(), QStringLiteral("Workstation · Year 1")); // top bar
        QVERIFY(!bars.join(u'|').contains(QStringLiteral("Cluster")));

        const QList<QBarSet *> sets = chart.series()->barSets();
        QList<QBarSet *> expected;
        for (CostCategory c :
             { CostCategory::Hardware, CostCategory::Power, CostCategory::Staff, CostCategory::CloudOnDemand,
               CostCategory::CloudSpot, CostCategory::Egress, CostCategory::ResidualValue })
            expected.append(chart.categorySet(c));
        QCOMPARE(sets, expected);
        QCOMPARE(chart.categorySet(CostCategory::Hardware)->label(), QStringLiteral("Hardware"));
        QVERIFY(!sets.contains(chart.categorySet(CostCategory::Colocation)));

        const int ws3 = static_cast<int>(bars.indexOf(QStringLiteral("Workstation · Year 3")));
        const int ws1 = static_cast<int>(bars.indexOf(QStringLiteral("Workstation · Year 1")));
        QVERIFY(ws3 >= 0 && ws1 >= 0);
        QCOMPARE(chart.categorySet(CostCategory::ResidualValue)->at(ws3) * unit, -5000.0);
        QCOMPARE(chart.categorySet(CostCategory::Hardware)->at(ws1) * unit, 20000.0);
        QCOMPARE(chart.categorySet(CostCategory::Power)->at(ws1) * unit, 3600.0);
        // Each year's bars add up to the year's monthly totals.
        for (int b = 0; b < bars.size(); ++b) {
            double sum = 0.0;
            for (QBarSet *s : sets)
                sum += s->at(b) * unit;
            const int tier = bars[b].startsWith(QStringLiteral("Workstation")) ? 0 : 1;
            const int year = bars[b].right(1).toInt() - 1;
            const auto &monthly = r.tiers[static_cast<std::size_t>(tier)].monthly;
            QCOMPARE(sum, std::accumulate(monthly.begin() + 12 * year, monthly.begin() + 12 * (year + 1), 0.0));
        }
        QVERIFY(chart.costAxis()->min() * unit <= -5000.0);
        QVERIFY(chart.costAxis()->max() * unit >= 20000.0 + 6000.0);

        // In place: same series and sets, new values.
        chart.showResult(makeResult(2.0), 0);
        QCOMPARE(chart.series()->barSets(), sets);
        QCOMPARE(chart.categorySet(CostCategory::Hardware)->at(ws1) * chart.valueUnit(), 40000.0);
        QVERIFY(chart.costAxis()->max() * chart.valueUnit() >= 52000.0);
    }

    void throughputAndLatency()
    {
        ui::ThroughputLatencyChart chart;
        chart.showResult(makeResult(), 0);
        QCOMPARE(chart.tierSets().size(), 2);
        QCOMPARE(chart.tierAxis()->categories(),
                 (QStringList { QStringLiteral("Workstation"), QStringLiteral("Hybrid cloud") }));
        QCOMPARE(chart.tierSets()[0]->at(0), 850.0);
        QCOMPARE(chart.tierSets()[1]->at(1), 2400.0);
        QCOMPARE(chart.ttftSeries()->count(), 2);
        QCOMPARE(chart.tpotSeries()->count(), 2);
        QVERIFY(chart.throughputAxis()->max() >= 2400.0);
        QVERIFY(chart.latencyAxis()->min() <= 28.0);
        QVERIFY(chart.latencyAxis()->max() >= 420.0);

        QBarSet *first = chart.tierSets()[0];
        chart.showResult(makeResult(2.0), 0);
        QCOMPARE(chart.tierSets()[0], first);
        QCOMPARE(first->at(0), 1700.0);
        QCOMPARE(chart.tpotSeries()->at(0).y(), 56.0);
    }

    void batchSweepWithSla()
    {
        ui::BatchSweepChart chart;
        chart.resize(640, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(!chart.message().isEmpty());
        const engine::Result r = makeResult();
        chart.showResult(r, 0);
        QVERIFY(chart.message().isEmpty());
        QCOMPARE(chart.curveSeries()->count(), 6);
        QCOMPARE(chart.slaSeries()->count(), 0);
        chart.setSla(500.0, 40.0); // batch 32 misses TPOT (58.4 ms), batch 16 TTFT (470 ms) is fine
        QCOMPARE(chart.slaSeries()->count(), 2);
        QCOMPARE(chart.slaSeries()->at(0).y(), 40.0);
        QCOMPARE(chart.missesSeries()->count(), 1);
        QCOMPARE(chart.meetsSeries()->count(), 5);
        QVERIFY(chart.tpotAxis()->max() >= 20.0 + 1.2 * 32);
        QVERIFY(chart.throughputAxis()->max() >= r.tiers[0].batch_sweep.back().output_tok_s);
        QCoreApplication::processEvents();
        QVERIFY(chart.pointLabels().contains(QStringLiteral("32")));

        QLineSeries *curve = chart.curveSeries();
        chart.showResult(makeResult(1.5), 0);
        QCOMPARE(chart.curveSeries(), curve);
        QCOMPARE(curve->at(0).y(), 21.2 * 1.5);

        chart.showResult(r, 2); // the failed tier: a message, no points
        QVERIFY(chart.message().contains(QStringLiteral("does not fit")));
        QCOMPARE(chart.curveSeries()->count(), 0);
        chart.showResult(r, -1);
        QVERIFY(!chart.message().isEmpty());
    }

    void memoryOfSelectedTier()
    {
        ui::MemoryChart chart;
        chart.showResult(makeResult(), 0);
        QVERIFY(chart.message().isEmpty());
        QCOMPARE(chart.partSet(ui::MemoryChart::Weights)->at(0), 14.0);
        QCOMPARE(chart.partSet(ui::MemoryChart::KvCache)->at(0), 4.0);
        QCOMPARE(chart.partSet(ui::MemoryChart::Overhead)->at(0), 1.5);
        QCOMPARE(chart.partSet(ui::MemoryChart::Free)->at(0), 2.5);
        QCOMPARE(chart.partSet(ui::MemoryChart::Unusable)->at(0), 0.0);
        chart.setVramGib({ 24.0, 80.0 });
        QCOMPARE(chart.partSet(ui::MemoryChart::Unusable)->at(0), 2.0);
        QVERIFY(chart.memoryAxis()->max() >= 24.0);
        chart.showResult(makeResult(), 2);
        QVERIFY(!chart.message().isEmpty());
    }

    void scalingLogLog()
    {
        ui::ScalingChart chart;
        chart.showResult(makeResult(), 0);
        QCOMPARE(chart.tierSeries().size(), 2);
        QCOMPARE(chart.tierSeries()[0]->name(), QStringLiteral("Workstation: slope 1.08"));
        QCOMPARE(chart.tierSeries()[1]->name(), QStringLiteral("Hybrid cloud: slope 0.95"));
        QCOMPARE(chart.tierSeries()[0]->count(), 3);
        QVERIFY(chart.costAxis()->min() <= 38000.0 && chart.costAxis()->max() >= 216000.0);
        QVERIFY(chart.throughputAxis()->min() <= 850.0 && chart.throughputAxis()->max() >= 8900.0);
        QLineSeries *first = chart.tierSeries()[0];
        chart.showResult(makeResult(2.0), 0);
        QCOMPARE(chart.tierSeries()[0], first);
        QCOMPARE(first->at(0).x(), 76000.0);
    }

    void apiCostAgainstVolume()
    {
        // Workstation 1,000 a month up to 2,000 M tokens, hybrid cloud 1,500 up to 6,000 M; one API at
        // 2 per million output tokens (the demand: 100 M a month). Break-evens 500 M and 750 M; the
        // failed cluster is never drawn. The x axis runs past the largest break-even (750 x 1.25).
        engine::Result r = makeResult();
        r.api_tier_monthly_cost = { 1000.0, 1500.0, 99999.0 };
        r.api_tier_max_output_tokens_per_month = { 2000e6, 6000e6, 99999e6 };
        engine::ApiAlternative a;
        a.price.provider = "DeepSeek";
        a.price.api_model = "deepseek-chat";
        a.output_tokens_per_month = 100e6;
        a.monthly_cost = 200.0;
        a.cost_per_million_output = 2.0;
        a.break_even_tokens_per_month = { 500e6, 750e6, std::nullopt };
        r.api = { a };
        ui::ApiCostChart chart;
        chart.resize(640, 420);
        chart.showResult(r, 0);
        QVERIFY(chart.message().isEmpty());
        QCOMPARE(chart.tierSeries().size(), 2);
        QCOMPARE(chart.tierSeries()[0]->name(), QStringLiteral("Workstation"));
        QCOMPARE(chart.tierSeries()[0]->at(0), QPointF(0.0, 1000.0));
        QCOMPARE(chart.tierSeries()[1]->at(1).y(), 1500.0);
        QCOMPARE(chart.apiSeries().size(), 1);
        QCOMPARE(chart.apiSeries()[0]->name(), QStringLiteral("API DeepSeek (deepseek-chat)"));
        QCOMPARE(chart.apiSeries()[0]->at(0), QPointF(0.0, 0.0));
        const QPointF end = chart.apiSeries()[0]->at(1);
        QCOMPARE(end.y(), 2.0 * end.x()); // 2 per million output tokens
        QCOMPARE(chart.breakEvenSeries()->count(), 2);
        QCOMPARE(chart.breakEvenSeries()->at(0), QPointF(500.0, 1000.0));
        QCOMPARE(chart.breakEvenSeries()->at(1), QPointF(750.0, 1500.0));
        QVERIFY(chart.volumeAxis()->max() >= 750.0 * 1.25);
        QVERIFY(chart.costAxis()->max() >= 1500.0);
        const QImage image = chart.grab().toImage();
        QVERIFY(!image.isNull());
        // No API for the model: a message says why.
        r.api.clear();
        chart.showResult(r, 0);
        QCOMPARE(chart.message(), QStringLiteral("No hosted API in the catalog serves this model"));
        QCOMPARE(chart.breakEvenSeries()->count(), 0);
    }

    void nothingToShowSaysWhy()
    {
        engine::Result r = makeResult();
        for (auto &t : r.tiers)
            t.ok = false;
        ui::CumulativeTcoChart cumulative;
        ui::CostBreakdownChart breakdown;
        ui::ThroughputLatencyChart perf;
        ui::ScalingChart scaling;
        for (ui::ResultChartView *chart :
             std::initializer_list<ui::ResultChartView *> { &cumulative, &breakdown, &perf, &scaling }) {
            chart->showResult(r, 0);
            QVERIFY2(!chart->message().isEmpty(), qPrintable(chart->objectName()));
        }
        QCOMPARE(cumulative.tierSeries().size(), 0);
        QCOMPARE(breakdown.series()->barSets().size(), 0);
        QCOMPARE(perf.tierSets().size(), 0);
    }

    void tooltipsAndPalette()
    {
        ui::CumulativeTcoChart chart;
        chart.resize(700, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.showResult(makeResult(), 0);
        Q_EMIT chart.tierSeries()[0]->hovered(QPointF(20.8, 30000.0), true);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Month 21")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QLocale().toString(30500.0, 'f', 0)));
        QVERIFY(QToolTip::text().contains(QStringLiteral("USD")));
        Q_EMIT chart.tierSeries()[0]->hovered(QPointF(20.8, 30000.0), false);

        ui::CostBreakdownChart breakdown;
        breakdown.showResult(makeResult(), 0);
        const int ws1 = static_cast<int>(breakdown.barNames().indexOf(QStringLiteral("Workstation · Year 1")));
        Q_EMIT breakdown.series()->hovered(true, ws1, breakdown.categorySet(CostCategory::Hardware));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Hardware: ") + QLocale().toString(20000.0, 'f', 0)),
                 qPrintable(QToolTip::text()));

        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
        const QPalette old = QApplication::palette();
        QPalette dark = old;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart.monthAxis()->labelsBrush().color(), QColor(0xee, 0xee, 0xee));
        // The theme does not reset the tier colours.
        QCOMPARE(chart.tierSeries()[1]->pen().color(), ui::ResultChartView::tierColor(1));
        QApplication::setPalette(old);
        QCoreApplication::processEvents();
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    }

    /** Figures only (no timed assertion): showResult on all six charts plus a repaint. */
    void updateAndRepaintBenchmark()
    {
        QWidget window;
        auto *cumulative = new ui::CumulativeTcoChart(&window);
        auto *breakdown = new ui::CostBreakdownChart(&window);
        auto *perf = new ui::ThroughputLatencyChart(&window);
        auto *sweep = new ui::BatchSweepChart(&window);
        auto *memory = new ui::MemoryChart(&window);
        auto *scaling = new ui::ScalingChart(&window);
        const QList<ui::ResultChartView *> charts { cumulative, breakdown, perf, sweep, memory, scaling };
        for (int i = 0; i < charts.size(); ++i)
            charts[i]->setGeometry((i % 3) * 480, (i / 3) * 320, 480, 320);
        window.resize(1440, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const engine::Result a = makeResult(1.0);
        const engine::Result b = makeResult(1.1);
        bool flip = false;
        QBENCHMARK
        {
            flip = !flip;
            for (ui::ResultChartView *chart : charts)
                chart->showResult(flip ? a : b, 0);
            QCoreApplication::processEvents(); // the charts' deferred layout and scene updates
            window.repaint();
        }
    }

    void exportPngAndSvg()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString snapshots = qEnvironmentVariable("TCO_CHART_SNAPSHOTS");
        ui::CumulativeTcoChart cumulative;
        ui::CostBreakdownChart breakdown;
        ui::ThroughputLatencyChart perf;
        ui::BatchSweepChart sweep;
        ui::MemoryChart memory;
        ui::ScalingChart scaling;
        sweep.setSla(500.0, 40.0);
        memory.setVramGib({ 24.0, 80.0 });
        const engine::Result r = makeResult();
        const QList<ui::ResultChartView *> charts { &cumulative, &breakdown, &perf, &sweep, &memory, &scaling };
        for (ui::ResultChartView *chart : charts) {
            chart->showResult(r, 0);
            const QString png = dir.filePath(chart->objectName() + QStringLiteral(".png"));
            const QString svg = dir.filePath(chart->objectName() + QStringLiteral(".svg"));
            QVERIFY(ui::saveChartPng(chart->chart(), png, QSize(800, 480)));
            QVERIFY(ui::saveChartSvg(chart->chart(), svg, QSize(800, 480)));
            QVERIFY(QFileInfo(png).size() > 1000);
            QFile file(svg);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().contains("<svg"));
            const QImage image(png);
            QCOMPARE(image.size(), QSize(800, 480));
            if (!snapshots.isEmpty()) {
                const QString base = QDir(snapshots).filePath(chart->objectName());
                QVERIFY(ui::saveChartPng(chart->chart(), base + QStringLiteral(".png"), QSize(800, 480)));
                QVERIFY(ui::saveChartPng(chart->chart(), base + QStringLiteral("-small.png"), chart->minimumSize()));
            }
        }
        QVERIFY(!ui::saveChartPng(nullptr, dir.filePath(QStringLiteral("x.png")), QSize(10, 10)));
        QVERIFY(!ui::saveChartSvg(cumulative.chart(), dir.filePath(QStringLiteral("x.svg")), QSize()));

        if (!snapshots.isEmpty()) {
            // The same in a dark palette, and the empty state.
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            const QPalette old = QApplication::palette();
            QApplication::setPalette(dark);
            QCoreApplication::processEvents();
            for (ui::ResultChartView *chart : charts)
                QVERIFY(ui::saveChartPng(chart->chart(),
                                         QDir(snapshots).filePath(chart->objectName() + QStringLiteral("-dark.png")),
                                         QSize(800, 480)));
            QApplication::setPalette(old);
            QCoreApplication::processEvents();
            engine::Result none = r;
            for (auto &t : none.tiers)
                t.ok = false;
            cumulative.showResult(none, 0);
            QVERIFY(ui::saveChartPng(cumulative.chart(), QDir(snapshots).filePath(QStringLiteral("empty.png")),
                                     QSize(800, 480)));
        }
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
