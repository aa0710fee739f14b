// SPDX-License-Identifier: MIT
#include "workloadpanel.h"

#include "core/demandprofiles.h"
#include "core/scenariocontroller.h"
#include "profileeditor.h"
#include "widgetsync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
/// Undo merge keys: consecutive steps of one field merge into one undo step.
enum MergeKey {
    kMergeInput = 100,
    kMergeOutput,
    kMergePeak,
    kMergeTtft,
    kMergeTpot,
    kMergeLowPriority,
    kMergeHorizon,
    kMergeElectricity,
    kMergePue,
    kMergeDepreciation,
    kMergeResidual,
    kMergeRefresh,
    kMergeCacheHit,
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}
} // namespace

WorkloadPanel::WorkloadPanel(app::ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(u"workloadPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *workloadBox = new QGroupBox(tr("Workload and model"), this);
    auto *form = new QFormLayout(workloadBox);
    m_model = new QComboBox(workloadBox);
    m_model->setObjectName(u"model"_s);
    makeSearchable(m_model);
    form->addRow(tr("&Model:"), m_model);
    m_precision = new QComboBox(workloadBox);
    m_precision->setObjectName(u"precision"_s);
    form->addRow(tr("&Precision:"), m_precision);

    auto spin = [&](const QString &name, int min, int max, const QString &suffix) {
        auto *s = new QSpinBox(workloadBox);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setSuffix(suffix);
        s->setGroupSeparatorShown(true);
        s->setKeyboardTracking(false);
        return s;
    };
    auto dspin = [&](QWidget *owner, const QString &name, double min, double max, int decimals, const QString &suffix) {
        auto *s = new QDoubleSpinBox(owner);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setDecimals(decimals);
        s->setSuffix(suffix);
        s->setKeyboardTracking(false);
        return s;
    };
    m_input = spin(u"inputLen"_s, 1, 1000000, tr(" tokens"));
    form->addRow(tr("&Input length:"), m_input);
    m_output = spin(u"outputLen"_s, 1, 1000000, tr(" tokens"));
    form->addRow(tr("O&utput length:"), m_output);
    m_peak = dspin(workloadBox, u"peakRate"_s, 0.001, 1e6, 3, tr(" req/s"));
    form->addRow(tr("Peak &demand:"), m_peak);
    m_profile = new QComboBox(workloadBox);
    m_profile->setObjectName(u"profile"_s);
    for (int i = 0; i < int(app::DemandProfile::Count); ++i)
        m_profile->addItem(app::demandProfileName(app::DemandProfile(i)));
    m_profile->addItem(tr("Custom (from the scenario file)"));
    form->addRow(tr("24-hour p&rofile:"), m_profile);
    m_profileEditor = new ProfileEditor(workloadBox);
    form->addRow(QString(), m_profileEditor);
    m_ttft = dspin(workloadBox, u"slaTtft"_s, 1, 600000, 0, tr(" ms"));
    form->addRow(tr("SLA: &TTFT ≤"), m_ttft);
    m_tpot = dspin(workloadBox, u"slaTpot"_s, 0.1, 100000, 1, tr(" ms"));
    form->addRow(tr("SLA: TP&OT ≤"), m_tpot);
    // the statistic the SLA holds to (docs/calibration.md, "Serving under load")
    m_slaPercentile = new QComboBox(workloadBox);
    m_slaPercentile->setObjectName(u"slaPercentile"_s);
    m_slaPercentile->addItem(tr("Mean"), u"mean"_s);
    m_slaPercentile->addItem(tr("90th percentile (p90)"), u"p90"_s);
    m_slaPercentile->addItem(tr("99th percentile (p99)"), u"p99"_s);
    m_slaPercentile->setToolTip(tr("Which statistic of TTFT and TPOT the SLA holds to. The percentiles "
                                   "include queueing under Poisson arrivals."));
    form->addRow(tr("SLA &holds to:"), m_slaPercentile);
    m_lowPriority = dspin(workloadBox, u"lowPriority"_s, 0, 100, 0, tr(" %"));
    form->addRow(tr("&Low-priority share:"), m_lowPriority);
    m_cacheHit = dspin(workloadBox, u"cacheHitShare"_s, 0, 100, 0, tr(" %"));
    m_cacheHit->setToolTip(
        tr("Share of input tokens a hosted API finds in its context cache (billed at the cache-hit "
           "price). Only the API reference uses it; no source gives a typical share, so it starts at 0."));
    form->addRow(tr("API cache &hits:"), m_cacheHit);
    layout->addWidget(workloadBox);

    auto *moneyBox = new QGroupBox(tr("Money"), this);
    auto *moneyForm = new QFormLayout(moneyBox);
    m_horizon = new QSpinBox(moneyBox);
    m_horizon->setObjectName(u"horizon"_s);
    m_horizon->setRange(1, 120);
    m_horizon->setSuffix(tr(" months"));
    m_horizon->setKeyboardTracking(false);
    moneyForm->addRow(tr("&Horizon:"), m_horizon);
    m_currency = new QComboBox(moneyBox);
    m_currency->setObjectName(u"currency"_s);
    m_currency->addItems({ u"CNY"_s, u"USD"_s });
    moneyForm->addRow(tr("&Currency:"), m_currency);
    m_market = new QComboBox(moneyBox);
    m_market->setObjectName(u"market"_s);
    m_market->setToolTip(
        tr("Where the hardware is bought and the staff are paid: GPUs and parts take the market's street "
           "price when the catalog has one (the others are converted, and the Problems list says so), and a "
           "staff cost or colocation price left at 0 comes from the market."));
    moneyForm->addRow(tr("&Market:"), m_market);
    m_electricity = dspin(moneyBox, u"electricity"_s, 0, 10, 4, QString());
    m_electricityCurrency = new QComboBox(moneyBox);
    m_electricityCurrency->setObjectName(u"electricityCurrency"_s);
    m_electricityCurrency->addItems({ u"CNY"_s, u"USD"_s });
    auto *power = new QHBoxLayout;
    power->addWidget(m_electricity, 1);
    power->addWidget(m_electricityCurrency);
    moneyForm->addRow(tr("Electricity per kWh:"), power);
    m_pue = dspin(moneyBox, u"pue"_s, 1.0, 3.0, 2, QString());
    moneyForm->addRow(tr("P&UE:"), m_pue);
    // the two explicit views of bought hardware (docs/cost-model.md)
    m_capexView = new QComboBox(moneyBox);
    m_capexView->setObjectName(u"capexView"_s);
    m_capexView->addItem(tr("Cash: purchase, then resale"), u"upfront"_s);
    m_capexView->addItem(tr("Accrual: straight-line depreciation"), u"depreciation"_s);
    m_capexView->setToolTip(
        tr("Cash: the purchase price in the first month and the resale value back in the last month.\n"
           "Accrual: (1 − residual value) of the price depreciated straight-line over the "
           "depreciation period; the horizon carries its share of it."));
    moneyForm->addRow(tr("Hardware &view:"), m_capexView);
    m_depreciation = dspin(moneyBox, u"depreciationYears"_s, 0.5, 30, 1, tr(" years"));
    moneyForm->addRow(tr("&Depreciation period:"), m_depreciation);
    m_residual = dspin(moneyBox, u"residualValue"_s, 0, 100, 0, tr(" %"));
    m_residual->setToolTip(
        tr("Share of the purchase price the hardware is worth at the end: resold at the end of the "
           "horizon (cash view), or its salvage value after the depreciation period (accrual view)."));
    moneyForm->addRow(tr("Re&sidual value:"), m_residual);
    m_refresh = dspin(moneyBox, u"refreshReserve"_s, 0, 100, 0, tr(" % of capex a year"));
    moneyForm->addRow(tr("Re&fresh reserve:"), m_refresh);
    m_refreshInTco = new QCheckBox(tr("Count the refresh reserve in the TCO"), moneyBox);
    m_refreshInTco->setObjectName(u"refreshInTco"_s);
    m_refreshInTco->setToolTip(
        tr("The refresh reserve is a budgeting practice, not a cost of ownership: by default it is "
           "shown beside the TCO, not inside it."));
    moneyForm->addRow(QString(), m_refreshInTco);
    layout->addWidget(moneyBox);
    layout->addStretch(1);

    using engine::Scenario;
    auto onCommit = [this](QComboBox *combo, const QString &text, auto apply) {
        connect(combo, &QComboBox::activated, this, [this, combo, text, apply](int i) {
            const QString v = combo->itemData(i).isValid() ? combo->itemData(i).toString() : combo->itemText(i);
            m_controller->edit(text, [v, apply](Scenario &s) { apply(s, v.toStdString()); });
        });
    };
    onCommit(m_model, tr("Change model"), [](Scenario &s, const std::string &v) { s.workload.model = v; });
    onCommit(m_precision, tr("Change precision"), [](Scenario &s, const std::string &v) { s.workload.precision = v; });
    onCommit(m_currency, tr("Change currency"), [](Scenario &s, const std::string &v) { s.financials.currency = v; });
    onCommit(m_market, tr("Change market"), [](Scenario &s, const std::string &v) { s.market = v; });
    onCommit(m_electricityCurrency, tr("Change electricity currency"),
             [](Scenario &s, const std::string &v) { s.financials.electricity_currency = v; });
    connect(m_profile, &QComboBox::activated, this, [this](int i) {
        if (i >= int(app::DemandProfile::Count))
            return;
        const auto profile = app::demandProfile(app::DemandProfile(i));
        m_controller->edit(tr("Change demand profile"),
                           [profile](Scenario &s) { s.workload.hourly_profile = profile; });
    });
    connect(m_profileEditor, &ProfileEditor::profileEdited, this, [this](const ProfileEditor::Profile &profile) {
        m_controller->edit(tr("Edit demand profile"), [profile](Scenario &s) { s.workload.hourly_profile = profile; });
    });
    auto onInt = [this](QSpinBox *box, const QString &text, int key, auto apply) {
        connect(box, &QSpinBox::valueChanged, this, [this, text, key, apply](int v) {
            m_controller->edit(
                text, [v, apply](Scenario &s) { apply(s, v); }, key);
        });
    };
    auto onDouble = [this](QDoubleSpinBox *box, const QString &text, int key, auto apply) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, text, key, apply](double v) {
            m_controller->edit(
                text, [v, apply](Scenario &s) { apply(s, v); }, key);
        });
    };
    onInt(m_input, tr("Change input length"), kMergeInput, [](Scenario &s, int v) { s.workload.input_len = v; });
    onInt(m_output, tr("Change output length"), kMergeOutput, [](Scenario &s, int v) { s.workload.output_len = v; });
    onInt(m_horizon, tr("Change horizon"), kMergeHorizon, [](Scenario &s, int v) { s.financials.horizon_months = v; });
    onDouble(m_peak, tr("Change peak demand"), kMergePeak,
             [](Scenario &s, double v) { s.workload.peak_requests_per_s = v; });
    onDouble(m_ttft, tr("Change TTFT limit"), kMergeTtft, [](Scenario &s, double v) { s.workload.sla_ttft_ms = v; });
    onDouble(m_tpot, tr("Change TPOT limit"), kMergeTpot, [](Scenario &s, double v) { s.workload.sla_tpot_ms = v; });
    onDouble(m_lowPriority, tr("Change low-priority share"), kMergeLowPriority,
             [](Scenario &s, double v) { s.workload.low_priority_share = v / 100.0; });
    onDouble(m_cacheHit, tr("Change API cache-hit share"), kMergeCacheHit,
             [](Scenario &s, double v) { s.workload.cache_hit_share = v / 100.0; });
    onDouble(m_electricity, tr("Change electricity price"), kMergeElectricity,
             [](Scenario &s, double v) { s.financials.electricity_price_per_kwh = v; });
    onDouble(m_pue, tr("Change PUE"), kMergePue, [](Scenario &s, double v) { s.financials.pue = v; });
    onDouble(m_depreciation, tr("Change depreciation period"), kMergeDepreciation,
             [](Scenario &s, double v) { s.financials.depreciation_years = v; });
    onDouble(m_residual, tr("Change residual value"), kMergeResidual,
             [](Scenario &s, double v) { s.financials.residual_value_fraction = v / 100.0; });
    onDouble(m_refresh, tr("Change refresh reserve"), kMergeRefresh,
             [](Scenario &s, double v) { s.financials.refresh_reserve_fraction_per_year = v / 100.0; });
    connect(m_slaPercentile, &QComboBox::activated, this, [this](int i) {
        const auto percentile = engine::parseSlaPercentile(m_slaPercentile->itemData(i).toString().toStdString());
        if (!percentile)
            return;
        m_controller->edit(tr("Change SLA percentile"),
                           [p = *percentile](Scenario &s) { s.workload.sla_percentile = p; });
    });
    connect(m_capexView, &QComboBox::activated, this, [this](int i) {
        const auto view = m_capexView->itemData(i).toString() == "depreciation"_L1
            ? engine::CapexTreatment::Depreciation
            : engine::CapexTreatment::Upfront;
        m_controller->edit(tr("Change hardware view"), [view](Scenario &s) { s.financials.capex_treatment = view; });
    });
    connect(m_refreshInTco, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->edit(on ? tr("Count the refresh reserve in the TCO")
                              : tr("Show the refresh reserve beside the TCO"),
                           [on](Scenario &s) { s.financials.refresh_reserve_in_tco = on; });
    });

    connect(m_controller, &app::ScenarioController::scenarioChanged, this, &WorkloadPanel::syncFromScenario);
    reloadCatalog();
}

void WorkloadPanel::reloadCatalog()
{
    const QSignalBlocker b1(m_model), b2(m_precision), b3(m_market);
    m_model->clear();
    for (const engine::ModelSpec &m : m_controller->catalog().models)
        m_model->addItem(qs(m.name), qs(m.id));
    m_precision->clear();
    for (const engine::PrecisionSpec &p : m_controller->catalog().precisions)
        m_precision->addItem(qs(p.name), qs(p.id));
    m_market->clear();
    m_market->addItem(tr("None (catalog prices)"), QString());
    for (const engine::Market &m : m_controller->catalog().markets)
        m_market->addItem(u"%1 (%2)"_s.arg(qs(m.name), qs(m.currency)), qs(m.id));
    syncFromScenario();
}

void WorkloadPanel::syncFromScenario()
{
    const engine::Scenario &s = m_controller->scenario();
    const QList<QWidget *> fields
        = { m_model,       m_precision,           m_input,       m_output,    m_peak,         m_profile,  m_ttft,
            m_tpot,        m_slaPercentile,       m_lowPriority, m_cacheHit,  m_horizon,      m_currency, m_market,
            m_electricity, m_electricityCurrency, m_pue,         m_capexView, m_depreciation, m_residual, m_refresh,
            m_refreshInTco };
    QList<std::shared_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : fields)
        blockers << std::make_shared<QSignalBlocker>(w);
    const engine::CatalogSnapshot &cat = m_controller->catalog();
    const engine::ModelSpec *model = cat.findModel(s.workload.model);
    const int mi = model ? m_model->findData(qs(model->id)) : -1;
    if (mi >= 0)
        m_model->setCurrentIndex(mi);
    else
        m_model->setEditText(qs(s.workload.model));
    const engine::PrecisionSpec *precision = cat.findPrecision(s.workload.precision);
    m_precision->setCurrentIndex(precision ? m_precision->findData(qs(precision->id)) : -1);
    syncValue(m_input, s.workload.input_len);
    syncValue(m_output, s.workload.output_len);
    syncValue(m_peak, s.workload.peak_requests_per_s);
    int preset = int(app::DemandProfile::Count); // custom
    for (int i = 0; i < int(app::DemandProfile::Count); ++i)
        if (app::demandProfile(app::DemandProfile(i)) == s.workload.hourly_profile)
            preset = i;
    m_profile->setCurrentIndex(preset);
    m_profileEditor->setProfile(s.workload.hourly_profile);
    syncValue(m_ttft, s.workload.sla_ttft_ms);
    syncValue(m_tpot, s.workload.sla_tpot_ms);
    const int percentile
        = m_slaPercentile->findData(qs(std::string(engine::slaPercentileName(s.workload.sla_percentile))));
    if (percentile >= 0 && m_slaPercentile->currentIndex() != percentile)
        m_slaPercentile->setCurrentIndex(percentile);
    syncValue(m_lowPriority, s.workload.low_priority_share * 100.0);
    syncValue(m_cacheHit, s.workload.cache_hit_share * 100.0);
    syncValue(m_horizon, s.financials.horizon_months);
    m_currency->setCurrentText(qs(s.financials.currency));
    if (const int market = m_market->findData(qs(s.market)); market >= 0)
        m_market->setCurrentIndex(market);
    else { // a market the catalog lacks: shown as it is (the engine names it as an error)
        m_market->addItem(qs(s.market), qs(s.market));
        m_market->setCurrentIndex(m_market->count() - 1);
    }
    syncValue(m_electricity, s.financials.electricity_price_per_kwh);
    m_electricityCurrency->setCurrentText(qs(s.financials.electricity_currency));
    syncValue(m_pue, s.financials.pue);
    const int view = s.financials.capex_treatment == engine::CapexTreatment::Depreciation ? 1 : 0;
    if (m_capexView->currentIndex() != view)
        m_capexView->setCurrentIndex(view);
    syncValue(m_depreciation, s.financials.depreciation_years);
    syncValue(m_residual, s.financials.residual_value_fraction * 100.0);
    syncValue(m_refresh, s.financials.refresh_reserve_fraction_per_year * 100.0);
    if (m_refreshInTco->isChecked() != s.financials.refresh_reserve_in_tco)
        m_refreshInTco->setChecked(s.financials.refresh_reserve_in_tco);
}

void WorkloadPanel::showIssues(const FieldIssues &issues, const QStringList &tierNames)
{
    FieldIssues named;
    for (FieldIssue i : issues) {
        if (i.tier >= 0 && i.tier < tierNames.size())
            i.message = tierNames[i.tier] + u": "_s + i.message;
        named.append(std::move(i));
    }
    markFields({ { "workload.model", m_model },
                 { "workload.precision", m_precision },
                 { "workload.input_len", m_input },
                 { "workload.output_len", m_output },
                 { "workload.peak_requests_per_s", m_peak },
                 { "workload.hourly_profile", m_profileEditor },
                 { "workload.sla_ttft_ms", m_ttft },
                 { "workload.sla_tpot_ms", m_tpot },
                 { "workload.sla_percentile", m_slaPercentile },
                 { "workload.low_priority_share", m_lowPriority },
                 { "workload.cache_hit_share", m_cacheHit },
                 { "financials.horizon_months", m_horizon },
                 { "financials.currency", m_currency },
                 { "market", m_market },
                 { "financials.electricity_price_per_kwh", m_electricity },
                 { "financials.pue", m_pue },
                 { "financials.capex_treatment", m_capexView },
                 { "financials.depreciation_years", m_depreciation },
                 { "financials.residual_value_fraction", m_residual },
                 { "financials.refresh_reserve_fraction_per_year", m_refresh } },
               named);
}

} // namespace tco::ui
