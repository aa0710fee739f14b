// SPDX-License-Identifier: MIT
#include "tiereditor.h"

#include "core/scenariocontroller.h"
#include "core/scenariofile.h"
#include "widgetsync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <fmt/format.h>

using namespace Qt::StringLiterals;

namespace tco::ui {

namespace {
/// Undo merge keys of the tier fields (tier index is added, so each tier merges separately).
enum MergeKey {
    kMergeGpusPerNode = 1000,
    kMergeNodes = 2000,
    kMergeMinReplicas = 3000,
    kMergeMaxReplicas = 4000,
    kMergeTarget = 5000,
    kMergeTp = 6000,
    kMergePp = 7000,
    kMergeStaff = 8000,
};

/** The tier kind its list item's icon shows. */
constexpr int kTierKindRole = Qt::UserRole + 1;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QComboBox *searchableCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(18);
    return combo;
}

void selectData(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else
        combo->setEditText(data);
    // a searchable combo narrower than its text shows the text's start, not its end
    if (combo->lineEdit() && !combo->lineEdit()->hasFocus())
        combo->lineEdit()->setCursorPosition(0);
}

const char *const kOptionLabels[] = {
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "On-demand"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Spot"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Reserved 1 year, no upfront"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Reserved 1 year, partial upfront"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Reserved 1 year, all upfront"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Reserved 3 years, no upfront"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Reserved 3 years, partial upfront"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Reserved 3 years, all upfront"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Savings plan 1 year"),
    QT_TRANSLATE_NOOP("tco::ui::TierEditor", "Savings plan 3 years"),
};
} // namespace

TierEditor::TierEditor(app::ScenarioController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(u"tierEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Tiers"), this);
    auto *boxLayout = new QVBoxLayout(box);

    m_list = new QListWidget(box);
    m_list->setObjectName(u"tierList"_s);
    m_list->setMaximumHeight(110);
    boxLayout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &name, const QString &text, const QString &icon, const QString &tip) {
        auto *b = new QToolButton(box);
        b->setObjectName(name);
        b->setText(text);
        b->setIcon(QIcon::fromTheme(icon));
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(b);
        return b;
    };
    QToolButton *add = button(u"addTier"_s, tr("Add"), u"list-add"_s, tr("Add a tier"));
    m_addButton = add;
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("On-premises tier"), this, [this] { addTier(false); });
    addMenu->addAction(tr("Cloud tier"), this, [this] { addTier(true); });
    add->setMenu(addMenu);
    add->setPopupMode(QToolButton::InstantPopup);
    m_cloneButton = button(u"cloneTier"_s, tr("Clone"), u"edit-copy"_s, tr("Clone the selected tier"));
    connect(m_cloneButton, &QToolButton::clicked, this, &TierEditor::cloneTier);
    connect(button(u"renameTier"_s, tr("Rename"), u"edit-rename"_s, tr("Rename the selected tier")),
            &QToolButton::clicked, this, &TierEditor::renameTier);
    connect(button(u"moveTierUp"_s, tr("Up"), u"go-up"_s, tr("Move the selected tier up")), &QToolButton::clicked, this,
            [this] { moveTier(-1); });
    connect(button(u"moveTierDown"_s, tr("Down"), u"go-down"_s, tr("Move the selected tier down")),
            &QToolButton::clicked, this, [this] { moveTier(1); });
    connect(button(u"removeTier"_s, tr("Remove"), u"list-remove"_s, tr("Remove the selected tier")),
            &QToolButton::clicked, this, &TierEditor::removeTier);
    buttons->addStretch(1);
    boxLayout->addLayout(buttons);
    m_issues = new IssueList(box);
    m_issues->setObjectName(u"tierIssues"_s);
    boxLayout->addWidget(m_issues);

    // fields common to both kinds
    auto *common = new QFormLayout;
    m_stack = new QComboBox(box);
    m_stack->setObjectName(u"stack"_s);
    common->addRow(tr("Serving &stack:"), m_stack);
    m_tierPrecision = new QComboBox(box);
    m_tierPrecision->setObjectName(u"tierPrecision"_s);
    common->addRow(tr("Precision:"), m_tierPrecision);
    auto *parallel = new QHBoxLayout;
    m_tp = new QSpinBox(box);
    m_tp->setObjectName(u"tp"_s);
    m_tp->setRange(0, 64);
    m_tp->setSpecialValueText(tr("auto"));
    m_tp->setPrefix(tr("TP "));
    m_pp = new QSpinBox(box);
    m_pp->setObjectName(u"pp"_s);
    m_pp->setRange(1, 64);
    m_pp->setPrefix(tr("PP "));
    parallel->addWidget(m_tp);
    parallel->addWidget(m_pp);
    common->addRow(tr("Parallelism:"), parallel);
    // size to demand: the engine's count of nodes or replicas that serve the peak within the SLA
    auto *sizing = new QHBoxLayout;
    m_nPlusOne = new QCheckBox(tr("N+1"), box);
    m_nPlusOne->setObjectName(u"nPlusOne"_s);
    m_nPlusOne->setToolTip(
        tr("Size with one node or replica more than the peak needs, so that one failure still serves it."));
    m_sizeToDemand = new QToolButton(box);
    m_sizeToDemand->setObjectName(u"sizeToDemand"_s);
    m_sizeToDemand->setToolButtonStyle(Qt::ToolButtonTextOnly);
    sizing->addWidget(m_sizeToDemand, 1);
    sizing->addWidget(m_nPlusOne);
    common->addRow(tr("Size to demand:"), sizing);
    boxLayout->addLayout(common);

    m_pages = new QStackedWidget(box);
    // on premises
    auto *onprem = new QWidget(m_pages);
    auto *of = new QFormLayout(onprem);
    of->setContentsMargins(0, 0, 0, 0);
    m_gpu = searchableCombo(onprem, u"gpu"_s);
    of->addRow(tr("&GPU:"), m_gpu);
    m_gpusPerNode = new QSpinBox(onprem);
    m_gpusPerNode->setObjectName(u"gpusPerNode"_s);
    m_gpusPerNode->setRange(1, 16);
    m_gpusPerNode->setKeyboardTracking(false);
    of->addRow(tr("GPUs per &node:"), m_gpusPerNode);
    m_nodes = new QSpinBox(onprem);
    m_nodes->setObjectName(u"nodes"_s);
    m_nodes->setRange(1, 4096);
    m_nodes->setKeyboardTracking(false);
    of->addRow(tr("N&odes:"), m_nodes);
    m_link = new QComboBox(onprem);
    m_link->setObjectName(u"link"_s);
    m_link->addItem(tr("The GPU's own link"), QString());
    m_link->addItem(tr("PCIe only"), u"pcie"_s);
    m_link->addItem(tr("NVLink"), u"nvlink"_s);
    of->addRow(tr("GPU &link:"), m_link);
    m_colocated = new QCheckBox(tr("In a colocation data centre"), onprem);
    m_colocated->setObjectName(u"colocated"_s);
    of->addRow(QString(), m_colocated);
    m_onpremStaff = new QDoubleSpinBox(onprem);
    m_onpremStaff->setObjectName(u"onpremStaff"_s);
    m_onpremStaff->setRange(0, 100);
    m_onpremStaff->setDecimals(2);
    m_onpremStaff->setSingleStep(0.05);
    m_onpremStaff->setSuffix(tr(" FTE"));
    m_onpremStaff->setKeyboardTracking(false);
    of->addRow(tr("Operations staff:"), m_onpremStaff);
    m_parts = new QTableWidget(0, 3, onprem);
    m_parts->setObjectName(u"parts"_s);
    m_parts->setHorizontalHeaderLabels({ tr("Part"), tr("Quantity"), tr("Counted") });
    m_parts->verticalHeader()->hide();
    m_parts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_parts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parts->setMinimumHeight(120);
    m_parts->setToolTip(tr("Server parts from the catalog: counted per node, or once for the whole tier (shared)."));
    of->addRow(tr("Parts:"), m_parts);
    auto *partButtons = new QHBoxLayout;
    auto *addPart = new QToolButton(onprem);
    addPart->setObjectName(u"addPart"_s);
    addPart->setText(tr("Add part"));
    connect(addPart, &QToolButton::clicked, this, [this] {
        const engine::CatalogSnapshot &cat = m_controller->catalog();
        if (cat.parts.empty())
            return;
        addPartRow(QString::fromStdString(cat.parts.front().id), 1.0, false);
        commitParts();
    });
    auto *removePart = new QToolButton(onprem);
    removePart->setObjectName(u"removePart"_s);
    removePart->setText(tr("Remove part"));
    connect(removePart, &QToolButton::clicked, this, [this] {
        const int row = m_parts->currentRow();
        if (row < 0)
            return;
        m_parts->removeRow(row);
        commitParts();
    });
    partButtons->addWidget(addPart);
    partButtons->addWidget(removePart);
    partButtons->addStretch(1);
    of->addRow(QString(), partButtons);
    m_pages->addWidget(onprem);
    // cloud
    auto *cloud = new QWidget(m_pages);
    auto *cf = new QFormLayout(cloud);
    cf->setContentsMargins(0, 0, 0, 0);
    m_hotInstance = searchableCombo(cloud, u"hotInstance"_s);
    cf->addRow(tr("&Hot instance:"), m_hotInstance);
    m_hotOption = new QComboBox(cloud);
    m_hotOption->setObjectName(u"hotOption"_s);
    for (int o = 0; o < int(std::size(kOptionLabels)); ++o)
        m_hotOption->addItem(tr(kOptionLabels[o]), o);
    cf->addRow(tr("Baseline &purchase:"), m_hotOption);
    auto *replicas = new QHBoxLayout;
    m_minReplicas = new QSpinBox(cloud);
    m_minReplicas->setObjectName(u"minReplicas"_s);
    m_minReplicas->setRange(1, 10000); // the scenario reader needs at least one replica
    m_minReplicas->setPrefix(tr("min "));
    m_minReplicas->setKeyboardTracking(false);
    m_maxReplicas = new QSpinBox(cloud);
    m_maxReplicas->setObjectName(u"maxReplicas"_s);
    m_maxReplicas->setRange(1, 10000);
    m_maxReplicas->setPrefix(tr("max "));
    m_maxReplicas->setKeyboardTracking(false);
    replicas->addWidget(m_minReplicas);
    replicas->addWidget(m_maxReplicas);
    cf->addRow(tr("&Replicas:"), replicas);
    m_target = new QDoubleSpinBox(cloud);
    m_target->setObjectName(u"targetUtilisation"_s);
    m_target->setRange(1, 100);
    m_target->setDecimals(0);
    m_target->setSuffix(tr(" %"));
    m_target->setKeyboardTracking(false);
    cf->addRow(tr("&Target utilisation:"), m_target);
    m_coldInstance = searchableCombo(cloud, u"coldInstance"_s);
    cf->addRow(tr("&Cold (spot) instance:"), m_coldInstance);
    m_coldPrecision = new QComboBox(cloud);
    m_coldPrecision->setObjectName(u"coldPrecision"_s);
    cf->addRow(tr("Cold precision:"), m_coldPrecision);
    m_cloudStaff = new QDoubleSpinBox(cloud);
    m_cloudStaff->setObjectName(u"cloudStaff"_s);
    m_cloudStaff->setRange(0, 100);
    m_cloudStaff->setDecimals(2);
    m_cloudStaff->setSingleStep(0.05);
    m_cloudStaff->setSuffix(tr(" FTE"));
    m_cloudStaff->setKeyboardTracking(false);
    cf->addRow(tr("Operations staff:"), m_cloudStaff);
    m_pages->addWidget(cloud);
    boxLayout->addWidget(m_pages);
    layout->addWidget(box);

    // edits
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        syncFromScenario();
        Q_EMIT currentTierChanged(row);
    });
    auto comboData = [](QComboBox *c, int i) {
        return (c->itemData(i).isValid() ? c->itemData(i).toString() : c->itemText(i)).toStdString();
    };
    connect(m_stack, &QComboBox::activated, this, [=, this](int i) {
        const std::string v = comboData(m_stack, i);
        editTier(tr("Change serving stack"), [v](engine::Tier &t) { t.stack = v; });
    });
    connect(m_tierPrecision, &QComboBox::activated, this, [=, this](int i) {
        const std::string v = comboData(m_tierPrecision, i);
        editTier(tr("Change tier precision"), [v](engine::Tier &t) { t.precision = v; });
    });
    connect(m_gpu, &QComboBox::activated, this, [=, this](int i) {
        const std::string v = comboData(m_gpu, i);
        editTier(tr("Change GPU"), [v](engine::Tier &t) { t.onprem.gpu = v; });
    });
    connect(m_link, &QComboBox::activated, this, [=, this](int i) {
        const std::string v = comboData(m_link, i);
        editTier(tr("Change GPU link"), [v](engine::Tier &t) { t.onprem.link = v; });
    });
    connect(m_hotInstance, &QComboBox::activated, this, [=, this](int i) {
        const std::string v = comboData(m_hotInstance, i);
        editTier(tr("Change hot instance"), [v](engine::Tier &t) { t.cloud.hot_instance = v; });
    });
    connect(m_coldInstance, &QComboBox::activated, this, [=, this](int i) {
        const std::string v = comboData(m_coldInstance, i);
        editTier(tr("Change cold instance"), [v](engine::Tier &t) { t.cloud.cold_instance = v; });
    });
    connect(m_coldPrecision, &QComboBox::activated, this, [=, this](int i) {
        const std::string v = comboData(m_coldPrecision, i);
        editTier(tr("Change cold precision"), [v](engine::Tier &t) { t.cloud.cold_precision = v; });
    });
    connect(m_hotOption, &QComboBox::activated, this, [this](int i) {
        const auto option = engine::PurchaseOption(m_hotOption->itemData(i).toInt());
        editTier(tr("Change purchase option"), [option](engine::Tier &t) { t.cloud.hot_option = option; });
    });
    connect(m_nPlusOne, &QCheckBox::toggled, this,
            [this](bool on) { editTier(tr("Change N+1"), [on](engine::Tier &t) { t.n_plus_one = on; }); });
    connect(m_sizeToDemand, &QToolButton::clicked, this, [this] {
        const int tier = currentTier();
        const engine::Result &r = m_controller->result();
        if (tier < 0 || tier >= int(r.tiers.size()) || r.tiers[std::size_t(tier)].nodes_needed_for_demand < 1)
            return;
        const int needed = r.tiers[std::size_t(tier)].nodes_needed_for_demand;
        editTier(tr("Size to demand"), [needed](engine::Tier &t) {
            if (t.kind == engine::TierKind::Cloud)
                t.cloud.max_replicas = std::max(needed, t.cloud.min_replicas);
            else
                t.onprem.nodes = needed;
        });
    });
    connect(m_controller, &app::ScenarioController::resultChanged, this, &TierEditor::syncSizing);
    connect(m_colocated, &QCheckBox::toggled, this,
            [this](bool on) { editTier(tr("Change colocation"), [on](engine::Tier &t) { t.onprem.colocated = on; }); });
    auto onInt = [this](QSpinBox *spin, const QString &text, int key, auto apply) {
        connect(spin, &QSpinBox::valueChanged, this, [this, text, key, apply](int v) {
            editTier(
                text, [v, apply](engine::Tier &t) { apply(t, v); }, key + currentTier());
        });
    };
    onInt(m_gpusPerNode, tr("Change GPUs per node"), kMergeGpusPerNode,
          [](engine::Tier &t, int v) { t.onprem.gpus_per_node = v; });
    onInt(m_nodes, tr("Change nodes"), kMergeNodes, [](engine::Tier &t, int v) { t.onprem.nodes = v; });
    onInt(m_minReplicas, tr("Change minimum replicas"), kMergeMinReplicas,
          [](engine::Tier &t, int v) { t.cloud.min_replicas = v; });
    onInt(m_maxReplicas, tr("Change maximum replicas"), kMergeMaxReplicas,
          [](engine::Tier &t, int v) { t.cloud.max_replicas = v; });
    onInt(m_tp, tr("Change tensor parallelism"), kMergeTp, [](engine::Tier &t, int v) { t.tp = v; });
    onInt(m_pp, tr("Change pipeline parallelism"), kMergePp, [](engine::Tier &t, int v) { t.pp = v; });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        editTier(
            tr("Change target utilisation"), [v](engine::Tier &t) { t.cloud.target_utilisation = v / 100.0; },
            kMergeTarget + currentTier());
    });
    for (QDoubleSpinBox *staff : { m_onpremStaff, m_cloudStaff })
        connect(staff, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            editTier(
                tr("Change operations staff"), [v](engine::Tier &t) { t.onprem.staff_fte = t.cloud.staff_fte = v; },
                kMergeStaff + currentTier());
        });

    connect(m_controller, &app::ScenarioController::scenarioChanged, this, &TierEditor::syncFromScenario);
    reloadCatalog();
}

int TierEditor::currentTier() const
{
    return m_list->currentRow();
}

void TierEditor::setCurrentTier(int tier)
{
    m_list->setCurrentRow(tier);
}

void TierEditor::reloadCatalog()
{
    const engine::CatalogSnapshot &cat = m_controller->catalog();
    const QList<QComboBox *> combos
        = { m_stack, m_tierPrecision, m_gpu, m_hotInstance, m_coldInstance, m_coldPrecision };
    QList<std::shared_ptr<QSignalBlocker>> blockers;
    for (QComboBox *c : combos) {
        blockers << std::make_shared<QSignalBlocker>(c);
        c->clear();
    }
    for (const engine::ServingStackSpec &s : cat.stacks)
        m_stack->addItem(qs(s.name), qs(s.id));
    for (QComboBox *c : { m_tierPrecision, m_coldPrecision }) {
        c->addItem(tr("The workload's"), QString());
        for (const engine::PrecisionSpec &p : cat.precisions)
            c->addItem(qs(p.name), qs(p.id));
    }
    for (const engine::GpuSpec &g : cat.gpus)
        m_gpu->addItem(qs(g.vendor + " " + g.model), qs(g.id));
    m_coldInstance->addItem(tr("None: all traffic is hot"), QString());
    for (const engine::CloudInstance &i : cat.instances) {
        const engine::GpuSpec *g = cat.findGpu(i.gpu_id);
        const QString label = u"%1 · %2 · %3× %4"_s.arg(qs(i.instance_type), qs(i.region))
                                  .arg(i.gpu_count)
                                  .arg(g ? qs(g->model) : qs(i.gpu_id));
        m_hotInstance->addItem(label, qs(i.id));
        m_coldInstance->addItem(label, qs(i.id));
    }
    blockers.clear();
    syncFromScenario();
}

void TierEditor::syncFromScenario()
{
    const engine::Scenario &s = m_controller->scenario();
    {
        const QSignalBlocker block(m_list);
        int row = m_list->currentRow();
        if (m_list->count() != int(s.tiers.size())) {
            m_list->clear();
            for (std::size_t i = 0; i < s.tiers.size(); ++i)
                m_list->addItem(QString());
        }
        for (int i = 0; i < int(s.tiers.size()); ++i) {
            const engine::Tier &t = s.tiers[std::size_t(i)];
            QListWidgetItem *item = m_list->item(i);
            item->setText(qs(t.name)); // no-op when equal
            // an icon never compares equal: set it only when the kind changes (each set repaints)
            const int kind = int(t.kind);
            if (item->data(kTierKindRole) != QVariant(kind)) {
                item->setData(kTierKindRole, kind);
                item->setIcon(
                    QIcon::fromTheme(t.kind == engine::TierKind::Cloud ? u"network-server"_s : u"computer"_s));
            }
        }
        if (row < 0 || row >= m_list->count())
            row = m_list->count() > 0 ? 0 : -1;
        m_list->setCurrentRow(row);
    }
    const int tier = currentTier();
    setEnabled(true);
    updateTierButtons();
    m_pages->setEnabled(tier >= 0);
    if (tier < 0)
        return;
    const engine::Tier &t = s.tiers[std::size_t(tier)];
    const QList<QWidget *> fields = { m_nPlusOne,    m_stack,        m_tierPrecision, m_tp,          m_pp,
                                      m_gpu,         m_gpusPerNode,  m_nodes,         m_link,        m_colocated,
                                      m_onpremStaff, m_hotInstance,  m_hotOption,     m_minReplicas, m_maxReplicas,
                                      m_target,      m_coldInstance, m_coldPrecision, m_cloudStaff };
    QList<std::shared_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : fields)
        blockers << std::make_shared<QSignalBlocker>(w);
    const engine::CatalogSnapshot &cat = m_controller->catalog();
    const engine::ServingStackSpec *stack = cat.findStack(t.stack);
    selectData(m_stack, stack ? qs(stack->id) : qs(t.stack));
    const engine::PrecisionSpec *precision = cat.findPrecision(t.precision);
    selectData(m_tierPrecision, precision ? qs(precision->id) : QString());
    syncValue(m_tp, t.tp);
    syncValue(m_pp, t.pp);
    if (m_nPlusOne->isChecked() != t.n_plus_one)
        m_nPlusOne->setChecked(t.n_plus_one);
    syncSizing();
    m_pages->setCurrentIndex(t.kind == engine::TierKind::Cloud ? 1 : 0);
    const engine::GpuSpec *gpu = cat.findGpu(t.onprem.gpu);
    selectData(m_gpu, gpu ? qs(gpu->id) : qs(t.onprem.gpu));
    syncValue(m_gpusPerNode, t.onprem.gpus_per_node);
    syncValue(m_nodes, t.onprem.nodes);
    selectData(m_link, qs(t.onprem.link));
    m_colocated->setChecked(t.onprem.colocated);
    syncValue(m_onpremStaff, t.onprem.staff_fte);
    fillParts(t);
    selectData(m_hotInstance, qs(t.cloud.hot_instance));
    m_hotOption->setCurrentIndex(m_hotOption->findData(int(t.cloud.hot_option)));
    syncValue(m_minReplicas, t.cloud.min_replicas);
    syncValue(m_maxReplicas, t.cloud.max_replicas);
    syncValue(m_target, t.cloud.target_utilisation * 100.0);
    selectData(m_coldInstance, qs(t.cloud.cold_instance));
    const engine::PrecisionSpec *coldPrecision = cat.findPrecision(t.cloud.cold_precision);
    selectData(m_coldPrecision, coldPrecision ? qs(coldPrecision->id) : QString());
    syncValue(m_cloudStaff, t.cloud.staff_fte);
}

void TierEditor::syncSizing()
{
    const int tier = currentTier();
    const engine::Scenario &s = m_controller->scenario();
    const engine::Result &r = m_controller->result();
    QString label = tr("no figures to size from");
    QString tip;
    bool enabled = false;
    if (tier >= 0 && tier < int(s.tiers.size()) && tier < int(r.tiers.size())
        && r.tiers[std::size_t(tier)].name == s.tiers[std::size_t(tier)].name) {
        const engine::Tier &t = s.tiers[std::size_t(tier)];
        const engine::TierResult &res = r.tiers[std::size_t(tier)];
        const bool cloud = t.kind == engine::TierKind::Cloud;
        const int needed = res.nodes_needed_for_demand;
        const int now = cloud ? t.cloud.max_replicas : t.onprem.nodes;
        if (!res.ok) {
            label = tr("no figures to size from");
        } else if (needed < 1) {
            label = cloud ? tr("no replica count serves the peak") : tr("no node count serves the peak");
        } else if (needed == now || (cloud && needed < now && res.served_share >= engine::kServesDemandShare)) {
            label = cloud ? tr("the peak needs %n replica(s): sized", nullptr, needed)
                          : tr("the peak needs %n node(s): sized", nullptr, needed);
        } else {
            label = cloud ? tr("Set to %n replica(s)", nullptr, needed) : tr("Set to %n node(s)", nullptr, needed);
            enabled = true;
        }
        tip = cloud ? tr("The replicas that serve the busiest hour within the SLA (at the target utilisation)%1; one "
                         "undoable edit sets the maximum replicas.")
                          .arg(t.n_plus_one ? tr(", plus one for N+1") : QString())
                    : tr("The nodes whose capacity at the SLA serves the busiest hour%1; one undoable edit sets the "
                         "node count.")
                          .arg(t.n_plus_one ? tr(", plus one for N+1") : QString());
    }
    if (m_sizeToDemand->text() != label)
        m_sizeToDemand->setText(label);
    if (m_sizeToDemand->toolTip() != tip)
        m_sizeToDemand->setToolTip(tip);
    if (m_sizeToDemand->isEnabled() != enabled)
        m_sizeToDemand->setEnabled(enabled);
}

void TierEditor::showIssues(const FieldIssues &issues)
{
    const int tier = currentTier();
    FieldIssues mine;
    FieldIssues listed; // stale prices are summed up in one line: each is on its field's tooltip
    int stale = 0;
    for (const FieldIssue &i : issues) {
        if (i.tier != tier || tier < 0 || !tierFieldSuffix(i.field, tier).first)
            continue;
        mine.append(i);
        if (i.stalePrice)
            ++stale;
        else
            listed.append(i);
    }
    if (stale > 0)
        listed.append(
            { tier,
              {},
              engine::TierIssue::Severity::Warning,
              tr("%n price(s) of this tier are older than the stale mark: hover the marked fields", nullptr, stale),
              true });
    m_issues->setIssues(listed);

    const std::string t = fmt::format("tiers[{}]", tier);
    markFields({ { t + ".onprem.gpu", m_gpu },
                 { t + ".onprem.gpus_per_node", m_gpusPerNode },
                 { t + ".onprem.nodes", m_nodes },
                 { t + ".onprem.link", m_link },
                 { t + ".onprem.node_parts[", m_parts },
                 { t + ".onprem.shared_parts[", m_parts },
                 { t + ".onprem.node_parts", m_parts },
                 { t + ".onprem.staff_fte", m_onpremStaff },
                 { t + ".cloud.hot_instance", m_hotInstance },
                 { t + ".cloud.hot_option", m_hotOption },
                 { t + ".cloud.min_replicas", m_minReplicas },
                 { t + ".cloud.max_replicas", m_maxReplicas },
                 { t + ".cloud.target_utilisation", m_target },
                 { t + ".cloud.cold_instance", m_coldInstance },
                 { t + ".cloud.cold_precision", m_coldPrecision },
                 { t + ".cloud.staff_fte", m_cloudStaff },
                 { t + ".stack", m_stack },
                 { t + ".precision", m_tierPrecision },
                 { t + ".tp", m_tp },
                 { t + ".pp", m_pp } },
               mine);
}

void TierEditor::addPartRow(const QString &partId, double quantity, bool shared)
{
    const int row = m_parts->rowCount();
    m_parts->insertRow(row);
    auto *part = searchableCombo(m_parts, u"partCombo"_s);
    part->setMinimumContentsLength(10);
    for (const engine::ServerPart &p : m_controller->catalog().parts)
        part->addItem(qs(p.model), qs(p.id));
    selectData(part, partId);
    auto *qty = new QDoubleSpinBox(m_parts);
    qty->setRange(0.0, 10000.0);
    qty->setDecimals(4);
    qty->setValue(quantity);
    qty->setKeyboardTracking(false);
    auto *scope = new QComboBox(m_parts);
    scope->addItem(tr("per node"), false);
    scope->addItem(tr("shared"), true);
    scope->setCurrentIndex(shared ? 1 : 0);
    m_parts->setCellWidget(row, 0, part);
    m_parts->setCellWidget(row, 1, qty);
    m_parts->setCellWidget(row, 2, scope);
    connect(part, &QComboBox::activated, this, &TierEditor::commitParts);
    connect(qty, &QDoubleSpinBox::valueChanged, this, &TierEditor::commitParts);
    connect(scope, &QComboBox::activated, this, &TierEditor::commitParts);
}

void TierEditor::fillParts(const engine::Tier &tier)
{
    // After an edit made in this table the rows already say what the tier says: keep them (a
    // rebuild would delete the very widget whose signal made the edit).
    const auto [node, shared] = tableParts();
    const auto same = [](const std::vector<engine::PartLine> &a, const std::vector<engine::PartLine> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const engine::PartLine &x, const engine::PartLine &y) {
                              return x.part_id == y.part_id && x.quantity == y.quantity;
                          });
    };
    if (same(node, tier.onprem.node_parts) && same(shared, tier.onprem.shared_parts))
        return;
    const QSignalBlocker block(m_parts);
    m_parts->setRowCount(0);
    for (const engine::PartLine &p : tier.onprem.node_parts)
        addPartRow(qs(p.part_id), p.quantity, false);
    for (const engine::PartLine &p : tier.onprem.shared_parts)
        addPartRow(qs(p.part_id), p.quantity, true);
    m_parts->resizeColumnsToContents();
    m_parts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

std::pair<std::vector<engine::PartLine>, std::vector<engine::PartLine>> TierEditor::tableParts() const
{
    std::vector<engine::PartLine> node, shared;
    for (int r = 0; r < m_parts->rowCount(); ++r) {
        const auto *part = qobject_cast<QComboBox *>(m_parts->cellWidget(r, 0));
        const auto *qty = qobject_cast<QDoubleSpinBox *>(m_parts->cellWidget(r, 1));
        const auto *scope = qobject_cast<QComboBox *>(m_parts->cellWidget(r, 2));
        if (!part || !qty || !scope)
            continue;
        const QString id = part->currentData().isValid() ? part->currentData().toString() : part->currentText();
        (scope->currentData().toBool() ? shared : node).push_back({ id.toStdString(), qty->value() });
    }
    return { node, shared };
}

void TierEditor::commitParts()
{
    const auto parts = tableParts(); // (a structured binding cannot be captured by clang 14)
    editTier(tr("Change parts"), [parts](engine::Tier &t) {
        t.onprem.node_parts = parts.first;
        t.onprem.shared_parts = parts.second;
    });
}

void TierEditor::editTier(const QString &text, const std::function<void(engine::Tier &)> &change, int mergeKey)
{
    const int tier = currentTier();
    if (tier < 0 || tier >= int(m_controller->scenario().tiers.size()))
        return;
    m_controller->edit(
        text, [tier, change](engine::Scenario &s) { change(s.tiers[std::size_t(tier)]); }, mergeKey);
}

bool TierEditor::refuseTierAtLimit()
{
    if (int(m_controller->scenario().tiers.size()) < app::kMaxScenarioTiers)
        return false;
    QMessageBox::warning(this, tr("Tiers"), tierLimitText());
    return true;
}

QString TierEditor::tierLimitText()
{
    return tr("A scenario holds at most %1 tiers; remove one before adding another.").arg(app::kMaxScenarioTiers);
}

void TierEditor::updateTierButtons()
{
    const bool atLimit = int(m_controller->scenario().tiers.size()) >= app::kMaxScenarioTiers;
    m_addButton->setEnabled(!atLimit);
    m_addButton->setToolTip(atLimit ? tierLimitText() : tr("Add a tier"));
    m_cloneButton->setEnabled(!atLimit);
    m_cloneButton->setToolTip(atLimit ? tierLimitText() : tr("Clone the selected tier"));
}

void TierEditor::renameTier()
{
    const int t = currentTier();
    if (t < 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename tier"), tr("Name:"), QLineEdit::Normal,
                                               qs(m_controller->scenario().tiers[std::size_t(t)].name), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (name.size() > app::kMaxNameChars) {
        QMessageBox::warning(this, tr("Rename tier"),
                             tr("A tier name has at most %1 characters; this one has %2. The tier keeps its name.")
                                 .arg(app::kMaxNameChars)
                                 .arg(name.size()));
        return;
    }
    editTier(tr("Rename tier"), [name](engine::Tier &tier) { tier.name = name.toStdString(); });
}

void TierEditor::addTier(bool cloud)
{
    if (refuseTierAtLimit())
        return;
    engine::Tier t;
    t.kind = cloud ? engine::TierKind::Cloud : engine::TierKind::OnPremises;
    t.name = (cloud ? tr("Cloud tier %1") : tr("On-premises tier %1"))
                 .arg(m_controller->scenario().tiers.size() + 1)
                 .toStdString();
    const engine::CatalogSnapshot &cat = m_controller->catalog();
    if (!cat.stacks.empty())
        t.stack = cat.stacks.front().id;
    if (const engine::ServingStackSpec *vllm = cat.findStack("vllm"))
        t.stack = vllm->id;
    if (!cloud && !cat.gpus.empty())
        t.onprem.gpu = cat.gpus.front().id;
    if (cloud && !cat.instances.empty())
        t.cloud.hot_instance = cat.instances.front().id;
    m_controller->edit(tr("Add tier"), [t](engine::Scenario &s) { s.tiers.push_back(t); });
    m_list->setCurrentRow(m_list->count() - 1);
}

void TierEditor::cloneTier()
{
    const int tier = currentTier();
    if (tier < 0 || refuseTierAtLimit())
        return;
    m_controller->edit(tr("Clone tier"), [tier](engine::Scenario &s) {
        engine::Tier copy = s.tiers[std::size_t(tier)];
        copy.name = tr("%1 (copy)").arg(qs(copy.name)).toStdString();
        copy.published.reset();
        s.tiers.insert(s.tiers.begin() + tier + 1, copy);
    });
    m_list->setCurrentRow(tier + 1);
}

void TierEditor::removeTier()
{
    const int tier = currentTier();
    if (tier < 0)
        return;
    m_controller->edit(tr("Remove tier"), [tier](engine::Scenario &s) {
        s.tiers.erase(s.tiers.begin() + tier);
        int &base = s.financials.baseline_tier;
        if (base > tier || base >= int(s.tiers.size()))
            base = std::max(0, base - 1);
    });
}

void TierEditor::moveTier(int delta)
{
    const int tier = currentTier();
    const int target = tier + delta;
    if (tier < 0 || target < 0 || target >= int(m_controller->scenario().tiers.size()))
        return;
    m_controller->edit(tr("Move tier"), [tier, target](engine::Scenario &s) {
        std::swap(s.tiers[std::size_t(tier)], s.tiers[std::size_t(target)]);
        int &base = s.financials.baseline_tier;
        if (base == tier)
            base = target;
        else if (base == target)
            base = tier;
    });
    m_list->setCurrentRow(target);
}

} // namespace tco::ui
