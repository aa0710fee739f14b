// SPDX-License-Identifier: MIT
#include "pdfreport.h"

#include "core/costviews.h"
#include "core/enginetext.h"
#include "core/scenariofile.h"
#include "costmodel.h"
#include "reportfacts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

using namespace Qt::StringLiterals;

namespace tco::report {

std::optional<Paper> paperFromName(const QString &name)
{
    if (name.compare("A4"_L1, Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare("Letter"_L1, Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

namespace {

// Page geometry, in points (1/72 inch).
constexpr double kMarginSidePt = 56.0; ///< about 20 mm
constexpr double kMarginTopPt = 66.0; ///< the running header sits above
constexpr double kMarginBottomPt = 58.0; ///< the page number sits below
constexpr double kHeaderBaselinePt = 38.0;
constexpr double kFooterBaselineFromBottomPt = 30.0;

// Type sizes, in points.
constexpr double kBodyPt = 9.5;
constexpr double kSmallPt = 8.0;
constexpr double kTablePt = 8.3;
constexpr double kH1Pt = 17.0;
constexpr double kH2Pt = 11.5;
constexpr double kTitlePt = 24.0;
constexpr double kChartFontPt = 7.5;
constexpr double kCaptionPt = 10.0;
constexpr double kCaptionGapPt = 6.0; ///< between a chart's caption and the chart
constexpr double kChartGapPt = 14.0; ///< below a chart
constexpr double kLineSpacing = 1.12; ///< line advance, times the font's line height

constexpr int kMaxTiersPerTable = 4; ///< wider comparisons are split into several tables
constexpr int kMonthsPerYear = 12;

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x6b, 0x76);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kRule(0xc5, 0xce, 0xd8);
const QColor kHeaderFill(0xe6, 0xed, 0xf5);
const QColor kZebra(0xf5, 0xf7, 0xfa);
const QColor kHighlight(0xee, 0xf5, 0xec);
const QColor kGood(0x2e, 0x7d, 0x32);

QString q(const std::string &s)
{
    QString text = QString::fromStdString(s);
    text.replace(u'\n', QChar::LineSeparator); // QTextLayout breaks lines only at U+2028
    return text;
}

/** A table of wrapped text cells. */
struct Table
{
    QStringList header; ///< empty: no header row
    QList<double> widths; ///< relative column widths
    QList<Qt::Alignment> align;
    QList<QStringList> rows;
    QList<int> strongRows; ///< rows in bold (totals)
    QList<int> strongColumns; ///< columns in bold (labels)
    double fontPt = kTablePt;
};

/** A laid-out paragraph. */
struct TextBlock
{
    std::unique_ptr<QTextLayout> layout;
    double height = 0.0;
};

/** Where the content goes on the pages, and the running header and footer. */
class Composer
{
    Q_DECLARE_TR_FUNCTIONS(tco::report::PdfReport)
public:
    struct Entry
    {
        QString title;
        int page = 0;
    };

    Composer(QPagedPaintDevice &device, QPainter *painter, const QStringList &families, QString documentTitle,
             int totalPages)
        : m_device(device)
        , m_painter(painter)
        , m_families(families)
        , m_documentTitle(std::move(documentTitle))
        , m_totalPages(totalPages)
    {
        m_pt = device.logicalDpiY() / 72.0;
        m_pageRect = QRectF(0, 0, device.width(), device.height());
        m_body = m_pageRect.adjusted(pt(kMarginSidePt), pt(kMarginTopPt), -pt(kMarginSidePt), -pt(kMarginBottomPt));
        m_y = m_body.top();
    }

    double pt(double points) const { return points * m_pt; }
    const QRectF &body() const { return m_body; }
    const QRectF &pageRect() const { return m_pageRect; }
    QPainter *painter() const { return m_painter; }
    int page() const { return m_page; }
    const QList<Entry> &entries() const { return m_entries; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }

    QFont font(double points, bool bold = false) const
    {
        QFont f;
        f.setFamilies(m_families);
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting); // positions for print, not for pixels
        return f;
    }

    TextBlock layoutText(const QString &text, const QFont &f, double width, Qt::Alignment align = Qt::AlignLeft) const
    {
        TextBlock block;
        block.layout = std::make_unique<QTextLayout>(text, f, &m_device);
        QTextOption option(align);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        block.layout->setTextOption(option);
        block.layout->beginLayout();
        double y = 0.0;
        for (;;) {
            QTextLine line = block.layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0.0, y));
            y += line.height() * kLineSpacing;
        }
        block.layout->endLayout();
        block.height = y;
        return block;
    }

    /** The content starts on a new page (the title page has none of the decorations). */
    void newPage()
    {
        finishPage();
        if (m_painter)
            m_device.newPage();
        ++m_page;
        m_y = m_body.top();
        m_fresh = true;
    }

    /** Room for @p height more on this page, else a new page. */
    void ensure(double height)
    {
        if (!m_fresh && m_y + height > m_body.bottom())
            newPage();
    }

    void space(double points)
    {
        if (!m_fresh)
            m_y = std::min(m_y + pt(points), m_body.bottom());
    }

    /** A top-level section: a new page, an entry in the contents, the running header. */
    void h1(const QString &title, bool inContents = true)
    {
        if (!m_fresh || m_page == 1)
            newPage();
        m_section = title;
        if (inContents)
            m_entries.append({ title, m_page });
        touch();
        const TextBlock block = layoutText(title, font(kH1Pt, true), m_body.width());
        if (m_painter) {
            m_painter->setPen(kAccent);
            block.layout->draw(m_painter, QPointF(m_body.left(), m_y));
        }
        m_y += block.height + pt(4);
        if (m_painter) {
            m_painter->setPen(QPen(kAccent, pt(1.2)));
            m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        }
        m_y += pt(12);
    }

    void h2(const QString &title)
    {
        const TextBlock block = layoutText(title, font(kH2Pt, true), m_body.width());
        ensure(block.height + pt(48)); // never alone at the foot of a page
        if (!m_fresh)
            m_y += pt(8);
        touch();
        if (m_painter) {
            m_painter->setPen(kAccent);
            block.layout->draw(m_painter, QPointF(m_body.left(), m_y));
        }
        m_y += block.height + pt(4);
    }

    /** Wrapped text, broken across pages between lines. */
    void paragraph(const QString &text, const QFont &f, const QColor &color = kText, double indent = 0.0,
                   double after = 6.0)
    {
        const TextBlock block = layoutText(text, f, m_body.width() - indent);
        drawLines(block, m_body.left() + indent, color);
        m_y += pt(after);
    }

    void paragraph(const QString &text) { paragraph(text, font(kBodyPt)); }

    void bullets(const QStringList &items, const QFont &f)
    {
        const double indent = pt(12);
        for (const QString &item : items) {
            const TextBlock block = layoutText(item, f, m_body.width() - indent);
            ensure(std::min(block.height, pt(30)));
            touch();
            if (m_painter) {
                m_painter->setPen(kAccent);
                m_painter->setFont(f);
                const QTextLine first = block.layout->lineAt(0);
                m_painter->drawText(QPointF(m_body.left() + pt(2), m_y + (first.isValid() ? first.ascent() : pt(8))),
                                    QString(QChar(0x2022)));
            }
            drawLines(block, m_body.left() + indent, kText);
            m_y += pt(3);
        }
        m_y += pt(3);
    }

    /** A table; the header row repeats on every page the table spans. */
    void table(const Table &t)
    {
        const int columns = int(t.widths.size());
        const double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
        QList<double> x { m_body.left() };
        for (double w : t.widths)
            x.append(x.back() + m_body.width() * w / total);
        const double padX = pt(3.5);
        const double padY = pt(2.6);

        auto layoutRow = [&](const QStringList &cells, bool header, bool strongRow) {
            std::vector<TextBlock> blocks;
            for (int c = 0; c < columns; ++c) {
                const bool bold = header || strongRow || t.strongColumns.contains(c);
                const Qt::Alignment align = c < t.align.size() ? t.align[c] : Qt::AlignLeft;
                blocks.push_back(layoutText(c < cells.size() ? cells[c] : QString(), font(t.fontPt, bold),
                                            x[c + 1] - x[c] - 2 * padX, align));
            }
            double ascent = 0.0;
            for (const TextBlock &b : blocks)
                if (b.layout->lineCount() > 0)
                    ascent = std::max(ascent, b.layout->lineAt(0).ascent());
            double height = 0.0;
            for (const TextBlock &b : blocks)
                height = std::max(height,
                                  b.height + (b.layout->lineCount() > 0 ? ascent - b.layout->lineAt(0).ascent() : 0.0));
            return std::pair { std::move(blocks), height + 2 * padY };
        };
        auto drawRow = [&](const std::vector<TextBlock> &blocks, double height, const QColor &fill, bool isHeader) {
            touch();
            if (m_painter) {
                if (fill.isValid())
                    m_painter->fillRect(QRectF(x.front(), m_y, x.back() - x.front(), height), fill);
                m_painter->setPen(kText);
                // Cells whose text falls back to another font have another ascent: align first baselines.
                double ascent = 0.0;
                for (const TextBlock &b : blocks)
                    if (b.layout->lineCount() > 0)
                        ascent = std::max(ascent, b.layout->lineAt(0).ascent());
                for (int c = 0; c < columns; ++c) {
                    const TextBlock &b = blocks[std::size_t(c)];
                    const double shift = b.layout->lineCount() > 0 ? ascent - b.layout->lineAt(0).ascent() : 0.0;
                    b.layout->draw(m_painter, QPointF(x[c] + padX, m_y + padY + shift));
                }
                m_painter->setPen(QPen(isHeader ? kAccent : kRule, pt(isHeader ? 0.8 : 0.4)));
                m_painter->drawLine(QPointF(x.front(), m_y + height), QPointF(x.back(), m_y + height));
            }
            m_y += height;
        };

        std::optional<std::pair<std::vector<TextBlock>, double>> header;
        if (!t.header.isEmpty())
            header.emplace(layoutRow(t.header, true, false));
        auto drawHeader = [&] {
            if (header)
                drawRow(header->first, header->second, kHeaderFill, true);
        };
        const double headerHeight = header ? header->second : 0.0;
        bool headerDrawn = false;
        for (int r = 0; r < t.rows.size(); ++r) {
            auto [blocks, height] = layoutRow(t.rows[r], false, t.strongRows.contains(r));
            if (!m_fresh && m_y + height + (headerDrawn ? 0.0 : headerHeight) > m_body.bottom()) {
                newPage();
                headerDrawn = false;
            }
            if (!headerDrawn) {
                drawHeader();
                headerDrawn = true;
            }
            drawRow(blocks, height, r % 2 == 1 ? kZebra : QColor(), false);
        }
        if (!headerDrawn)
            drawHeader();
        m_y += pt(8);
    }

    /** Called before anything is put on the page. */
    void touch()
    {
        if (m_fresh) {
            m_fresh = false;
            m_pageSection = m_section;
        }
    }

    /** Draws the running header and the page number of the current page (not on the title page). */
    void finishPage()
    {
        if (!m_painter || m_page == 1)
            return;
        const QFont small = font(kSmallPt);
        m_painter->setFont(small);
        m_painter->setPen(kMuted);
        const QFontMetricsF metrics(small, &m_device);
        const double headerY = pt(kHeaderBaselinePt);
        const QString section = metrics.elidedText(m_pageSection, Qt::ElideRight, m_body.width() * 0.45);
        const QString title = metrics.elidedText(m_documentTitle, Qt::ElideRight, m_body.width() * 0.5);
        m_painter->drawText(QPointF(m_body.left(), headerY), title);
        m_painter->drawText(QPointF(m_body.right() - metrics.horizontalAdvance(section), headerY), section);
        m_painter->setPen(QPen(kRule, pt(0.5)));
        m_painter->drawLine(QPointF(m_body.left(), headerY + pt(6)), QPointF(m_body.right(), headerY + pt(6)));
        m_painter->setPen(kMuted);
        const QString footer = tr("Page %1 of %2").arg(m_page).arg(std::max(m_totalPages, m_page));
        const double footerY = m_pageRect.bottom() - pt(kFooterBaselineFromBottomPt);
        m_painter->drawText(QPointF(m_body.center().x() - metrics.horizontalAdvance(footer) / 2.0, footerY), footer);
    }

private:
    void drawLines(const TextBlock &block, double x, const QColor &color)
    {
        for (int i = 0; i < block.layout->lineCount(); ++i) {
            const QTextLine line = block.layout->lineAt(i);
            const double advance = line.height() * kLineSpacing;
            ensure(advance);
            touch();
            if (m_painter) {
                m_painter->setPen(color);
                line.draw(m_painter, QPointF(x, m_y - line.y()));
            }
            m_y += advance;
        }
    }

    QPagedPaintDevice &m_device;
    QPainter *m_painter; ///< null in the measuring pass
    QStringList m_families;
    QString m_documentTitle;
    int m_totalPages = 0;
    double m_pt = 1.0;
    QRectF m_pageRect;
    QRectF m_body;
    double m_y = 0.0;
    int m_page = 1;
    bool m_fresh = true;
    QString m_section;
    QString m_pageSection;
    QList<Entry> m_entries;
};

/** The report's content, section by section. */
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tco::report::PdfReport)
public:
    ReportBuilder(const ReportInput &input, const PdfReportOptions &options, Composer &composer,
                  const QList<Composer::Entry> &contents)
        : m_in(input)
        , m_opt(options)
        , m_c(composer)
        , m_contents(contents)
        , m_locale(languageLocale(options.language))
        , m_currency(QString::fromStdString(input.result.currency))
        , m_rec(recommend(input.scenario, input.result))
    { }

    int chartsDrawn() const { return m_chartsDrawn; }

    void build()
    {
        titlePage();
        contentsPage();
        executiveSummary();
        comparison();
        charts();
        apiAlternative();
        for (int i = 0; i < int(m_in.result.tiers.size()); ++i)
            tierSection(i);
        advice();
        assumptions();
        provenance();
        m_c.finishPage();
    }

    /** Entries of the contents page, in order (the same in both passes). */
    static QString documentTitle(const engine::Scenario &scenario)
    {
        return scenario.title.empty() ? tr("Untitled scenario") : q(scenario.title);
    }

private:
    // ---- formatting
    QString num(double v, int decimals = 0) const
    {
        if (!std::isfinite(v))
            return u"—"_s;
        QString s = m_locale.toString(v, 'f', decimals);
        if (s.startsWith(u'-') && v > -0.5 * std::pow(10.0, -decimals))
            s.remove(0, 1); // no "-0"
        return s;
    }
    QString moneyIn(double v, const QString &currency) const
    {
        return num(v, std::abs(v) >= 100.0 || v == 0.0 ? 0 : 2) + QChar::Nbsp + currency;
    }
    QString money(double v) const { return moneyIn(v, m_currency); }
    QString percent(double share, int decimals = 0) const { return num(share * 100.0, decimals) + u'%'; }
    QString yesNo(bool b) const { return b ? tr("yes") : tr("no"); }
    QString tierName(int i) const
    {
        const std::string &n = m_in.result.tiers[std::size_t(i)].name;
        return n.empty() ? tr("Tier %1").arg(i + 1) : q(n);
    }
    QString kindText(engine::TierKind kind) const
    {
        return kind == engine::TierKind::Cloud ? tr("Cloud") : tr("On premises");
    }
    QString optionText(engine::PurchaseOption option) const
    {
        using engine::PurchaseOption;
        switch (option) {
        case PurchaseOption::OnDemand:
            return tr("on demand");
        case PurchaseOption::Spot:
            return tr("spot");
        case PurchaseOption::Reserved1yNoUpfront:
            return tr("1-year reserved, no upfront");
        case PurchaseOption::Reserved1yPartialUpfront:
            return tr("1-year reserved, partial upfront");
        case PurchaseOption::Reserved1yAllUpfront:
            return tr("1-year reserved, all upfront");
        case PurchaseOption::Reserved3yNoUpfront:
            return tr("3-year reserved, no upfront");
        case PurchaseOption::Reserved3yPartialUpfront:
            return tr("3-year reserved, partial upfront");
        case PurchaseOption::Reserved3yAllUpfront:
            return tr("3-year reserved, all upfront");
        case PurchaseOption::SavingsPlan1y:
            return tr("1-year savings plan");
        case PurchaseOption::SavingsPlan3y:
            return tr("3-year savings plan");
        }
        return QString::fromLatin1(engine::purchaseOptionId(option));
    }
    QString optionIdText(const std::string &id) const
    {
        const auto option = engine::purchaseOptionFromId(id);
        return option ? optionText(*option) : q(id);
    }
    QString categoryText(engine::CostCategory c) const
    {
        using engine::CostCategory;
        switch (c) {
        case CostCategory::Hardware:
            return tr("Hardware");
        case CostCategory::Power:
            return tr("Power");
        case CostCategory::Colocation:
            return tr("Colocation");
        case CostCategory::Maintenance:
            return tr("Maintenance");
        case CostCategory::Staff:
            return tr("Staff");
        case CostCategory::RefreshReserve:
            return tr("Refresh reserve");
        case CostCategory::CloudReserved:
            return tr("Cloud reserved");
        case CostCategory::CloudOnDemand:
            return tr("Cloud on-demand");
        case CostCategory::CloudSpot:
            return tr("Cloud spot");
        case CostCategory::Storage:
            return tr("Storage");
        case CostCategory::Egress:
            return tr("Egress");
        case CostCategory::ResidualValue:
            return tr("Residual value");
        case CostCategory::Count:
            break;
        }
        return QString::fromLatin1(engine::costCategoryId(c));
    }
    QString boundText(engine::Bound b) const
    {
        switch (b) {
        case engine::Bound::Memory:
            return tr("memory bandwidth");
        case engine::Bound::Compute:
            return tr("compute");
        case engine::Bound::Communication:
            return tr("communication");
        case engine::Bound::Overhead:
            return tr("launch and scheduling overhead");
        case engine::Bound::None:
            break;
        }
        return u"—"_s;
    }
    QString limitText(engine::BatchLimit l) const
    {
        switch (l) {
        case engine::BatchLimit::None:
            return tr("fixed batch");
        case engine::BatchLimit::Memory:
            return tr("memory for the KV cache");
        case engine::BatchLimit::Scheduler:
            return tr("the serving stack's batch limit");
        case engine::BatchLimit::Ttft:
            return tr("the time-to-first-token SLA");
        case engine::BatchLimit::Tpot:
            return tr("the time-per-output-token SLA");
        case engine::BatchLimit::Saturated:
            return tr("the demand (saturated)");
        }
        return u"—"_s;
    }
    QString severityText(engine::TierIssue::Severity s) const
    {
        switch (s) {
        case engine::TierIssue::Severity::Info:
            return tr("Note");
        case engine::TierIssue::Severity::Warning:
            return tr("Warning");
        case engine::TierIssue::Severity::Error:
            return tr("Error");
        }
        return {};
    }
    QString provenanceSource(const engine::Provenance &p) const
    {
        return p.source.empty() ? tr("not stated") : q(p.source);
    }
    QString provenanceDate(const engine::Provenance &p) const { return p.as_of.empty() ? u"—"_s : q(p.as_of); }

    QString modelName() const
    {
        const engine::ModelSpec *model = m_in.catalog.findModel(m_in.scenario.workload.model);
        return model ? q(model->name) : q(m_in.scenario.workload.model);
    }
    QString precisionName(const std::string &id) const
    {
        const engine::PrecisionSpec *p = m_in.catalog.findPrecision(id);
        return p ? q(p->name) : q(id);
    }
    QString stackName(const std::string &id) const
    {
        const engine::ServingStackSpec *s = m_in.catalog.findStack(id);
        return s ? q(s->name) : q(id);
    }
    double uncertaintyPct() const
    {
        double u = 0.0;
        for (const engine::TierResult &t : m_in.result.tiers)
            if (t.ok)
                u = std::max(u, t.perf.uncertainty_pct);
        return u;
    }
    /** The index, or why there is none (the baseline tier has no figures). */
    QString indexText(const engine::TierResult &t) const
    {
        const int b = m_in.scenario.financials.baseline_tier;
        const bool baseline = b >= 0 && b < int(m_in.result.tiers.size()) && m_in.result.tiers[std::size_t(b)].ok;
        return baseline ? num(t.cost_performance_index, 2) : tr("not available: the baseline tier has no figures");
    }
    QString baselineName() const
    {
        const int b = m_in.scenario.financials.baseline_tier;
        return b >= 0 && b < int(m_in.result.tiers.size()) ? tierName(b) : u"—"_s;
    }

    Table keyValues(const QList<std::pair<QString, QString>> &rows) const
    {
        Table t;
        t.widths = { 0.34, 0.66 };
        t.strongColumns = { 0 };
        for (const auto &[k, v] : rows)
            t.rows.append({ k, v });
        return t;
    }

    // ---- sections
    void titlePage()
    {
        m_c.touch();
        QPainter *p = m_c.painter();
        const QRectF body = m_c.body();
        double y = body.top() + m_c.pt(70);
        if (p) {
            p->fillRect(QRectF(m_c.pageRect().left(), m_c.pageRect().top(), m_c.pageRect().width(), m_c.pt(14)),
                        kAccent);
        }
        auto draw = [&](const QString &text, const QFont &f, const QColor &color, double after) {
            const TextBlock block = m_c.layoutText(text, f, body.width());
            if (p) {
                p->setPen(color);
                block.layout->draw(p, QPointF(body.left(), y));
            }
            y += block.height + m_c.pt(after);
        };
        draw(tr("Total cost of ownership report"), m_c.font(12, true), kAccent, 10);
        draw(documentTitle(m_in.scenario), m_c.font(kTitlePt, true), kText, 12);
        draw(tr("%1 · %2 deployment options · %3-month horizon")
                 .arg(modelName())
                 .arg(m_in.result.tiers.size())
                 .arg(m_in.result.horizon_months),
             m_c.font(12), kMuted, 36);
        if (p) {
            p->setPen(QPen(kAccent, m_c.pt(1.2)));
            p->drawLine(QPointF(body.left(), y), QPointF(body.left() + m_c.pt(120), y));
        }
        y += m_c.pt(18);
        const QDate date = m_opt.date.isValid() ? m_opt.date : QDate::currentDate();
        const QList<std::pair<QString, QString>> facts = {
            { tr("Company"), m_opt.company.isEmpty() ? u"—"_s : m_opt.company },
            { tr("Author"), m_opt.author.isEmpty() ? u"—"_s : m_opt.author },
            { tr("Date"), date.toString(Qt::ISODate) },
            { tr("Currency"), m_currency },
            { tr("Catalog"),
              tr("schema version %1, created %2").arg(m_in.catalogInfo.schemaVersion).arg(m_in.catalogInfo.createdAt) },
        };
        const QFont label = m_c.font(10.5, true);
        const QFont value = m_c.font(10.5);
        for (const auto &[k, v] : facts) {
            const TextBlock kb = m_c.layoutText(k, label, m_c.pt(110));
            const TextBlock vb = m_c.layoutText(v, value, body.width() - m_c.pt(120));
            if (p) {
                p->setPen(kMuted);
                kb.layout->draw(p, QPointF(body.left(), y));
                p->setPen(kText);
                vb.layout->draw(p, QPointF(body.left() + m_c.pt(120), y));
            }
            y += std::max(kb.height, vb.height) + m_c.pt(6);
        }
        const QString note
            = tr("Prepared with TCO Planner %1. Every figure in this report is an estimate of the TCO Planner "
                 "engine, computed from the catalog's sourced prices and specifications; the section Data "
                 "provenance lists each source and its date.")
                  .arg(QCoreApplication::applicationVersion());
        const TextBlock nb = m_c.layoutText(note, m_c.font(kSmallPt), body.width());
        if (p) {
            p->setPen(kMuted);
            nb.layout->draw(p, QPointF(body.left(), body.bottom() - nb.height));
        }
    }

    void contentsPage()
    {
        m_c.h1(tr("Contents"), false);
        const QFont f = m_c.font(10.5);
        const double pageColumn = m_c.pt(40);
        for (const Composer::Entry &e : m_contents) {
            const TextBlock block = m_c.layoutText(e.title, f, m_c.body().width() - pageColumn - m_c.pt(10));
            m_c.ensure(block.height);
            m_c.touch();
            if (QPainter *p = m_c.painter()) {
                const double x = m_c.body().left();
                const double y = m_c.y();
                p->setPen(kText);
                block.layout->draw(p, QPointF(x, y));
                const QTextLine last = block.layout->lineAt(block.layout->lineCount() - 1);
                const double baseline = y + last.y() + last.ascent();
                const QString number = QString::number(e.page);
                const QFontMetricsF metrics(f, p->device());
                p->drawText(QPointF(m_c.body().right() - metrics.horizontalAdvance(number), baseline), number);
                // dot leader between the title and the page number
                p->setPen(QPen(kRule, m_c.pt(0.8), Qt::DotLine));
                p->drawLine(QPointF(x + last.naturalTextWidth() + m_c.pt(6), baseline),
                            QPointF(m_c.body().right() - pageColumn + m_c.pt(6), baseline));
            }
            m_c.setY(m_c.y() + block.height + m_c.pt(5));
        }
    }

    QString verdictText(int i) const
    {
        const TierStanding &s = m_rec.tiers[std::size_t(i)];
        const engine::TierResult &t = m_in.result.tiers[std::size_t(i)];
        if (i == m_rec.tier)
            return tr("Recommended");
        if (!s.evaluated)
            return tr("Not evaluated");
        if (!s.meetsSla)
            return tr("Misses the SLA");
        if (!s.servesDemand)
            return tr("Serves %1 of the demand").arg(percent(t.served_share, 1));
        return tr("Meets the SLA, costs more");
    }

    void executiveSummary()
    {
        const engine::Workload &w = m_in.scenario.workload;
        m_c.h1(tr("Executive summary"));
        if (m_rec.tier >= 0) {
            const engine::TierResult &t = m_in.result.tiers[std::size_t(m_rec.tier)];
            const QString headline = tr("Recommended: %1").arg(tierName(m_rec.tier));
            const QString why
                = tr("%1 has the lowest total cost of ownership among the tiers that are evaluated without "
                     "errors, meet the latency SLA (time to first token ≤ %3 ms, time per output token ≤ %4 ms) "
                     "and serve the whole demand: %7 over %6 months, %8 per million output tokens. At the SLA it "
                     "can deliver %5 output tokens/s; its cost-performance index is %2.")
                      .arg(tierName(m_rec.tier), indexText(t), num(w.sla_ttft_ms), num(w.sla_tpot_ms),
                           num(t.output_tok_s), QString::number(m_in.result.horizon_months), money(t.tco_total),
                           money(t.cost_per_million_tokens));
            highlightBox(headline, why);
        } else {
            highlightBox(tr("No recommendation"),
                         tr("No tier is evaluated without errors, meets the latency SLA (time to first token ≤ %1 ms, "
                            "time per output token ≤ %2 ms) and serves the whole demand. The table below says what "
                            "each tier misses.")
                             .arg(num(w.sla_ttft_ms), num(w.sla_tpot_ms)));
        }
        m_c.paragraph(
            tr("How the recommendation is made: among the tiers that are evaluated without errors, meet the SLA "
               "and serve the demand, the one with the lowest TCO is recommended, since they all serve the same "
               "demand; ties go to the higher cost-performance index (throughput at the SLA per unit of TCO, "
               "relative to the baseline tier %1), which measures spare capacity per cost.")
                .arg(baselineName()),
            m_c.font(kSmallPt), kMuted);

        Table t;
        t.header = { tr("Tier"), tr("TCO (%1)").arg(m_currency), tr("Cost per 1M output tokens (%1)").arg(m_currency),
                     tr("Cost-performance index"), tr("Verdict") };
        t.widths = { 0.32, 0.17, 0.17, 0.14, 0.20 };
        t.align = { Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
        for (int i = 0; i < int(m_in.result.tiers.size()); ++i) {
            const engine::TierResult &r = m_in.result.tiers[std::size_t(i)];
            if (!r.ok)
                t.rows.append({ tierName(i), u"—"_s, u"—"_s, u"—"_s, verdictText(i) });
            else
                t.rows.append({ tierName(i), num(r.tco_total), perToken(r, num(r.cost_per_million_tokens, 2)),
                                num(r.cost_performance_index, 2), verdictText(i) });
            if (i == m_rec.tier)
                t.strongRows.append(i);
        }
        m_c.space(4);
        m_c.table(t);

        m_c.h2(tr("Break-even"));
        QStringList crossings;
        for (const engine::BreakEven &b : m_in.result.break_even) {
            if (b.tier_a < 0 || b.tier_b < 0 || b.tier_a >= int(m_in.result.tiers.size())
                || b.tier_b >= int(m_in.result.tiers.size()))
                continue;
            crossings << tr("The cumulative costs of %1 and %2 cross in month %3, at %4.")
                             .arg(tierName(b.tier_a), tierName(b.tier_b), QString::number(b.month),
                                  money(b.cumulative_cost));
        }
        if (crossings.isEmpty())
            m_c.paragraph(tr("The cumulative costs of the tiers do not cross within the horizon."));
        else
            m_c.bullets(crossings, m_c.font(kBodyPt));

        m_c.h2(tr("Advisor"));
        m_c.paragraph(m_in.result.advice.empty()
                          ? tr("The advisor has no recommendations for this scenario.")
                          : tr("The advisor has %1 recommendations to lower the cost or raise the performance; they "
                               "are listed in the section Advisor's recommendations.")
                                .arg(m_in.result.advice.size()));
        if (!m_in.result.issues.empty()) {
            m_c.h2(tr("Scenario issues"));
            m_c.bullets(app::translatedIssues(m_in.result), m_c.font(kBodyPt));
        }
    }

    void highlightBox(const QString &headline, const QString &text)
    {
        const double pad = m_c.pt(10);
        const double width = m_c.body().width() - 2 * pad;
        const TextBlock head = m_c.layoutText(headline, m_c.font(12.5, true), width);
        const TextBlock body = m_c.layoutText(text, m_c.font(kBodyPt), width);
        const double height = head.height + m_c.pt(4) + body.height + 2 * pad;
        m_c.ensure(height);
        m_c.touch();
        if (QPainter *p = m_c.painter()) {
            const QRectF box(m_c.body().left(), m_c.y(), m_c.body().width(), height);
            p->fillRect(box, kHighlight);
            p->fillRect(QRectF(box.left(), box.top(), m_c.pt(3), box.height()), kGood);
            p->setPen(kAccent);
            head.layout->draw(p, QPointF(box.left() + pad, box.top() + pad));
            p->setPen(kText);
            body.layout->draw(p, QPointF(box.left() + pad, box.top() + pad + head.height + m_c.pt(4)));
        }
        m_c.setY(m_c.y() + height + m_c.pt(10));
    }

    void comparison()
    {
        const engine::Result &r = m_in.result;
        m_c.h1(tr("Comparison"));
        m_c.paragraph(
            tr("Each tier at its operating point under the SLA, over a %1-month horizon, in %2. All figures are "
               "estimates of the engine.")
                .arg(r.horizon_months)
                .arg(m_currency));
        struct Metric
        {
            QString label;
            std::function<QString(const engine::TierResult &, int)> value;
        };
        const QList<Metric> metrics = {
            { tr("Kind"),
              [&](const engine::TierResult &t, int) {
                  return kindText(t.kind);
              } },
            { tr("GPUs (at peak)"),
              [&](const engine::TierResult &t, int) {
                  return num(t.gpus);
              } },
            { tr("Hardware cost (%1)").arg(m_currency),
              [&](const engine::TierResult &t, int) {
                  return num(t.hardware_cost);
              } },
            { tr("Output throughput at the SLA (tokens/s)"),
              [&](const engine::TierResult &t, int) {
                  return num(t.output_tok_s, 1);
              } },
            { tr("Time to first token (ms)"),
              [&](const engine::TierResult &t, int) {
                  return num(t.ttft_ms, 1);
              } },
            { tr("Time per output token (ms)"),
              [&](const engine::TierResult &t, int) {
                  return num(t.tpot_ms, 2);
              } },
            { tr("Meets the SLA"),
              [&](const engine::TierResult &, int i) {
                  return yesNo(m_rec.tiers[std::size_t(i)].meetsSla);
              } },
            { tr("Share of the demand served"),
              [&](const engine::TierResult &t, int) {
                  return percent(t.served_share, 1);
              } },
            { tr("TCO over %1 months (%2)").arg(r.horizon_months).arg(m_currency),
              [&](const engine::TierResult &t, int) {
                  return num(t.tco_total);
              } },
            { tr("Present value of the TCO (%1)").arg(m_currency),
              [&](const engine::TierResult &t, int) {
                  return num(t.tco_present_value);
              } },
            { tr("Refresh reserve beside the TCO (%1)").arg(m_currency),
              [&](const engine::TierResult &t, int) {
                  return num(t.refresh_reserve);
              } },
            { tr("Cost per 1M output tokens (%1)").arg(m_currency),
              [&](const engine::TierResult &t, int) {
                  return perToken(t, num(t.cost_per_million_tokens, 2));
              } },
            { tr("Cost per request (%1)").arg(m_currency),
              [&](const engine::TierResult &t, int) {
                  return perToken(t, num(t.cost_per_request, 4));
              } },
            { tr("Nodes or replicas the peak needs"),
              [&](const engine::TierResult &t, int) {
                  return t.nodes_needed_for_demand > 0 ? num(t.nodes_needed_for_demand) : u"—"_s;
              } },
            { tr("Output tokens/s per watt"),
              [&](const engine::TierResult &t, int) {
                  return num(t.tokens_per_s_per_watt, 3);
              } },
            { tr("GFLOPS per %1").arg(m_currency),
              [&](const engine::TierResult &t, int) {
                  return num(t.flops_per_currency / 1e9, 3);
              } },
            { tr("Elasticity (throughput against cost)"),
              [&](const engine::TierResult &t, int) {
                  return num(t.elasticity, 2);
              } },
            { tr("Cost-performance index"),
              [&](const engine::TierResult &t, int) {
                  return num(t.cost_performance_index, 2);
              } },
            { tr("Average power (W)"),
              [&](const engine::TierResult &t, int) {
                  return num(t.power_w);
              } },
        };
        const int n = int(r.tiers.size());
        for (int first = 0; first < n; first += kMaxTiersPerTable) {
            const int last = std::min(n, first + kMaxTiersPerTable);
            Table t;
            t.header << tr("Figure");
            t.widths << 0.34;
            t.align << Qt::AlignLeft;
            t.strongColumns = { 0 };
            for (int i = first; i < last; ++i) {
                t.header << tierName(i);
                t.widths << 0.66 / std::max(1, std::min(kMaxTiersPerTable, n));
                t.align << Qt::AlignRight;
            }
            for (const Metric &m : metrics) {
                QStringList row { m.label };
                for (int i = first; i < last; ++i) {
                    const engine::TierResult &tier = r.tiers[std::size_t(i)];
                    row << (tier.ok ? m.value(tier, i) : (&m == &metrics.front() ? tr("not evaluated") : u"—"_s));
                }
                t.rows << row;
            }
            m_c.table(t);
        }
        m_c.paragraph(tr("Baseline of the cost-performance index: %1 (= 1.00). Performance figures carry about ±%2% "
                         "uncertainty from the calibration against published measurements.")
                          .arg(baselineName(), num(uncertaintyPct(), 0)),
                      m_c.font(kSmallPt), kMuted);
        m_c.paragraph(tr("Bought hardware in the TCO: %1").arg(app::capexViewText(m_in.scenario.financials)), m_c.font(kSmallPt),
                      kMuted);
    }

    /** A per-token figure, qualified with the served share when the tier leaves demand unserved. */
    QString perToken(const engine::TierResult &t, const QString &figure) const
    {
        return t.served_share < engine::kServesDemandShare ? tr("%1 (%2 served)").arg(figure, percent(t.served_share, 0)) : figure;
    }

    void chart(ChartKind kind, const QString &caption, double heightPt)
    {
        const double height = m_c.pt(heightPt);
        const TextBlock cap = m_c.layoutText(caption, m_c.font(kCaptionPt, true), m_c.body().width());
        m_c.ensure(cap.height + m_c.pt(kCaptionGapPt) + height);
        m_c.touch();
        if (QPainter *p = m_c.painter()) {
            p->setPen(kText);
            cap.layout->draw(p, QPointF(m_c.body().left(), m_c.y()));
        }
        m_c.setY(m_c.y() + cap.height + m_c.pt(kCaptionGapPt));
        const QRectF target(m_c.body().left(), m_c.y(), m_c.body().width(), height);
        if (QPainter *p = m_c.painter()) {
            bool drawn = false;
            if (m_opt.chartPainter) {
                p->save();
                ChartRequest request;
                request.kind = kind;
                request.target = target;
                request.font = m_c.font(kChartFontPt);
                request.locale = m_locale;
                drawn = m_opt.chartPainter(m_in.result, request, *p);
                p->restore();
            }
            if (drawn) {
                ++m_chartsDrawn;
            } else {
                p->setPen(QPen(kRule, m_c.pt(0.6)));
                p->drawRect(target);
                p->setPen(kMuted);
                p->setFont(m_c.font(kBodyPt));
                p->drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
                            tr("The chart is not available in this build."));
            }
        }
        m_c.setY(m_c.y() + height + m_c.pt(kChartGapPt));
    }

    void charts()
    {
        m_c.h1(tr("Charts"));
        int bars = 0;
        for (const engine::TierResult &t : m_in.result.tiers)
            if (t.ok && !t.monthly.empty())
                bars += int((t.monthly.size() + kMonthsPerYear - 1) / kMonthsPerYear);
        const QString cumulativeCaption = tr("Cumulative cost of ownership (%1)").arg(m_currency);
        const QString breakdownCaption = tr("Cost by category and year (%1)").arg(m_currency);
        // Both charts on this page: what is left after the captions and the gaps, in points.
        double available = m_c.body().bottom() - m_c.y() - 2 * m_c.pt(kChartGapPt + kCaptionGapPt + 1.0);
        for (const QString &caption : { cumulativeCaption, breakdownCaption })
            available -= m_c.layoutText(caption, m_c.font(kCaptionPt, true), m_c.body().width()).height;
        available /= m_c.pt(1.0);
        const double breakdown = std::clamp(80.0 + 24.0 * bars, 200.0, available * 0.6);
        const double cumulative = std::clamp(available - breakdown, 200.0, 330.0);
        chart(ChartKind::CumulativeTco, cumulativeCaption, cumulative);
        chart(ChartKind::CostBreakdown, breakdownCaption, breakdown);
    }

    /** "Buying tokens from an API": the hosted APIs' prices, monthly cost and break-even volumes. */
    void apiAlternative()
    {
        const engine::Result &r = m_in.result;
        m_c.h1(tr("Buying tokens from an API"));
        if (r.api.empty()) {
            m_c.paragraph(tr("No hosted API in the catalog serves the model %1, so there is no API to compare with.")
                              .arg(q(m_in.scenario.workload.model)));
            return;
        }
        m_c.paragraph(
            tr("A reference, not a tier: the scenario's demand (%1 million input and %2 million output tokens "
               "a month, %3 of the input found in the provider's cache) bought from each hosted API that "
               "serves the same model, at its newest catalog price. Off-peak windows are applied to the "
               "demand profile taken as Beijing time (UTC+8).")
                .arg(num(r.api.front().input_tokens_per_month / 1e6, 1),
                     num(r.api.front().output_tokens_per_month / 1e6, 1),
                     percent(m_in.scenario.workload.cache_hit_share)));
        Table prices;
        prices.header << tr("Provider (model)") << tr("Input, cache hit") << tr("Input, cache miss") << tr("Output")
                      << tr("Off-peak share") << tr("Per month (%1)").arg(m_currency)
                      << tr("Per 1M output tokens (%1)").arg(m_currency) << tr("As of");
        prices.widths = { 0.22, 0.1, 0.1, 0.1, 0.1, 0.13, 0.13, 0.12 };
        prices.align = { Qt::AlignLeft,  Qt::AlignRight, Qt::AlignRight, Qt::AlignRight,
                         Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
        prices.strongColumns = { 0 };
        for (const engine::ApiAlternative &a : r.api) {
            const engine::ApiPrice &p = a.price;
            const QString cur = q(p.currency);
            prices.rows << QStringList { tr("%1 (%2)").arg(q(p.provider), q(p.api_model)),
                                         p.input_cache_hit_per_million ? moneyIn(*p.input_cache_hit_per_million, cur)
                                                                       : tr("= cache miss"),
                                         moneyIn(p.input_cache_miss_per_million, cur),
                                         moneyIn(p.output_per_million, cur),
                                         percent(a.offpeak_share),
                                         num(a.monthly_cost),
                                         num(a.cost_per_million_output, 2),
                                         q(p.provenance.as_of) };
        }
        m_c.table(prices);
        m_c.paragraph(tr("Prices per million tokens in the provider's currency, as published; costs converted to %1 "
                         "with the catalog's newest dated rate.")
                          .arg(m_currency),
                      m_c.font(kSmallPt), kMuted);

        m_c.h2(tr("Break-even volume (million output tokens a month)"));
        Table be;
        be.header << tr("Tier") << tr("Average cost per month (%1)").arg(m_currency);
        be.widths = { 0.3, 0.2 };
        be.align = { Qt::AlignLeft, Qt::AlignRight };
        be.strongColumns = { 0 };
        for (const engine::ApiAlternative &a : r.api) {
            be.header << q(a.price.provider);
            be.widths << 0.5 / double(r.api.size());
            be.align << Qt::AlignRight;
        }
        for (std::size_t t = 0; t < r.tiers.size(); ++t) {
            QStringList row { tierName(int(t)),
                              t < r.api_tier_monthly_cost.size() && r.tiers[t].ok ? num(r.api_tier_monthly_cost[t])
                                                                                  : u"—"_s };
            for (const engine::ApiAlternative &a : r.api) {
                const std::optional<double> v
                    = t < a.break_even_tokens_per_month.size() ? a.break_even_tokens_per_month[t] : std::nullopt;
                row << (v ? num(*v / 1e6, 1) : tr("never"));
            }
            be.rows << row;
        }
        m_c.table(be);
        m_c.paragraph(tr("A tier's cost is taken as fixed at its average monthly cost up to the volume it can serve; "
                         "an API's grows with the volume. Below the break-even volume the API is cheaper, above it "
                         "the tier. \"Never\": the API stays cheaper at every volume the tier can serve."),
                      m_c.font(kSmallPt), kMuted);
        chart(ChartKind::ApiCost, tr("Monthly cost against monthly output tokens (%1)").arg(m_currency), 260.0);
        m_c.h2(tr("Sources"));
        QStringList sources;
        for (const engine::ApiAlternative &a : r.api)
            sources << tr("%1: %2 (as of %3)")
                           .arg(q(a.price.provider), q(a.price.provenance.source), q(a.price.provenance.as_of));
        m_c.bullets(sources, m_c.font(kSmallPt));
    }

    void tierSection(int i)
    {
        const engine::TierResult &t = m_in.result.tiers[std::size_t(i)];
        const engine::Tier *tier = i < int(m_in.scenario.tiers.size()) ? &m_in.scenario.tiers[std::size_t(i)] : nullptr;
        m_c.h1(tr("Tier %1: %2").arg(i + 1).arg(tierName(i)));
        if (tier) {
            m_c.paragraph(
                tr("%1 · serving stack %2 · precision %3")
                    .arg(kindText(t.kind), stackName(tier->stack), precisionName(tierPrecision(m_in.scenario, *tier))),
                m_c.font(kBodyPt), kMuted);
        }
        if (!t.ok)
            m_c.paragraph(tr("This tier could not be evaluated; its issues are listed below."));
        if (tier && tier->kind == engine::TierKind::OnPremises)
            onPremisesHardware(i, *tier);
        else if (tier)
            cloudInstances(i, *tier);
        if (t.ok) {
            memoryFit(t);
            performance(t, tier);
            costByYear(t);
        }
        m_c.h2(tr("Issues"));
        if (t.issues.empty()) {
            m_c.paragraph(tr("No issues."));
        } else {
            QStringList items;
            for (const engine::TierIssue &issue : t.issues)
                items << tr("%1: %2 (%3)").arg(severityText(issue.severity), app::translated(issue.text, issue.message), q(issue.field));
            m_c.bullets(items, m_c.font(kBodyPt));
        }
    }

    void onPremisesHardware(int i, const engine::Tier &tier)
    {
        const engine::OnPremisesTier &o = tier.onprem;
        const engine::GpuSpec *gpu = m_in.catalog.findGpu(o.gpu);
        m_c.h2(tr("Hardware"));
        QString link = gpu ? q(gpu->link_name) : QString();
        if (o.link == "pcie")
            link = tr("PCIe (set in the scenario)");
        else if (o.link == "nvlink")
            link = tr("NVLink (set in the scenario)");
        m_c.table(keyValues({
            { tr("GPU"), gpu ? q(gpu->vendor + " " + gpu->model) : q(o.gpu) },
            { tr("GPUs (nodes × GPUs per node)"),
              u"%1 × %2 = %3"_s.arg(o.nodes).arg(o.gpus_per_node).arg(o.nodes * o.gpus_per_node) },
            { tr("Link inside a node"), link.isEmpty() ? u"—"_s : link },
            { tr("Network between nodes"),
              o.network_gbps_per_gpu > 0 ? tr("%1 Gb/s per GPU").arg(num(o.network_gbps_per_gpu)) : tr("none") },
            { tr("Site"), o.colocated ? tr("data centre, colocation paid per kW-month") : tr("office") },
            { tr("Operations staff"), tr("%1 full-time equivalents").arg(num(o.staff_fte, 2)) },
        }));

        Table t;
        t.header = { tr("Item"), tr("Quantity"), tr("Unit price"), tr("As of") };
        t.widths = { 0.42, 0.12, 0.20, 0.26 };
        t.align = { Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft };
        const QString noPrice = tr("no price in the catalog");
        // the market's local price where the engine used it (docs/cost-model.md, "Markets")
        const auto unitPrice
            = [&](engine::MarketPrice::Kind kind, const std::string &id, const std::optional<double> &price,
                  const std::string &currency, const engine::Provenance &provenance) -> std::pair<QString, QString> {
            if (const engine::MarketPrice *local = m_in.catalog.findMarketPrice(m_in.scenario.market, kind, id))
                return { moneyIn(local->price, q(local->currency)), provenanceDate(local->provenance) };
            return { price ? moneyIn(*price, q(currency)) : noPrice, provenanceDate(provenance) };
        };
        if (gpu) {
            const auto [price, date]
                = unitPrice(engine::MarketPrice::Kind::Gpu, gpu->id, gpu->price, gpu->price_currency, gpu->provenance);
            t.rows.append({ q(gpu->vendor + " " + gpu->model), num(o.nodes * o.gpus_per_node), price, date });
        }
        auto addPart = [&](const engine::PartLine &line, double multiplier) {
            const engine::ServerPart *part = m_in.catalog.findPart(line.part_id);
            if (!part) {
                t.rows.append(
                    { q(line.part_id), num(line.quantity * multiplier, 2), tr("not in the catalog"), u"—"_s });
                return;
            }
            const double qty = line.quantity * multiplier;
            const auto [price, date] = unitPrice(engine::MarketPrice::Kind::Part, part->id, part->price,
                                                 part->price_currency, part->provenance);
            t.rows.append({ q(part->vendor.empty() ? part->model : part->vendor + " " + part->model),
                            num(qty, qty == std::floor(qty) ? 0 : 3), price, date });
        };
        for (const engine::PartLine &line : o.node_parts)
            addPart(line, o.nodes);
        for (const engine::PartLine &line : o.shared_parts)
            addPart(line, 1.0);
        m_c.table(t);
        const engine::TierResult &evaluated = m_in.result.tiers[std::size_t(i)];
        m_c.paragraph(m_in.catalog.findMarket(m_in.scenario.market)
                          ? tr("Hardware cost at the market's prices (catalog prices where it has none), in %1: %2.")
                                .arg(m_currency, money(evaluated.hardware_cost))
                          : tr("Hardware cost at catalog prices, converted to %1: %2.")
                                .arg(m_currency, money(evaluated.hardware_cost)));
        m_c.paragraph(app::capexViewText(m_in.scenario.financials) + u' '
                      + app::refreshReserveText(m_in.scenario.financials, evaluated, m_currency));
        sourcesNote();
    }

    void sourcesNote()
    {
        m_c.paragraph(tr("The source of each price is listed under Data provenance."), m_c.font(kSmallPt), kMuted);
    }

    QString priceText(const engine::CloudInstance &inst, engine::PurchaseOption option) const
    {
        const engine::CloudPrice *p = inst.price(option, m_in.result.currency);
        if (!p)
            return tr("no price in the catalog");
        const QString hourly = moneyIn(p->hourly, q(p->currency));
        return p->upfront > 0 ? tr("%1 per hour + %2 upfront").arg(hourly, moneyIn(p->upfront, q(p->currency)))
                              : tr("%1 per hour").arg(hourly);
    }

    void cloudInstances(int i, const engine::Tier &tier)
    {
        const engine::TierResult &r = m_in.result.tiers[std::size_t(i)];
        const engine::CloudTier &c = tier.cloud;
        m_c.h2(tr("Instances"));
        Table t;
        t.header = { tr("Role"), tr("Instance"), tr("GPUs"), tr("Purchase option"), tr("Price"), tr("As of") };
        t.widths = { 0.20, 0.19, 0.12, 0.15, 0.17, 0.17 };
        t.align = { Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft };
        auto addRow = [&](const QString &role, const std::string &id, engine::PurchaseOption option) {
            const engine::CloudInstance *inst = m_in.catalog.findInstance(id);
            if (!inst) {
                t.rows.append({ role, q(id), u"—"_s, optionText(option), tr("not in the catalog"), u"—"_s });
                return;
            }
            const engine::GpuSpec *gpu = m_in.catalog.findGpu(inst->gpu_id);
            const engine::CloudPrice *p = inst->price(option, m_in.result.currency);
            const engine::Provenance prov = p ? p->provenance : inst->provenance;
            t.rows.append(
                { role, q(inst->instance_type + " (" + inst->region + ")"),
                  tr("%1 × %2").arg(num(inst->gpu_count, inst->gpu_count == std::floor(inst->gpu_count) ? 0 : 2),
                                    gpu ? q(gpu->model) : q(inst->gpu_id)),
                  optionText(option), priceText(*inst, option), provenanceDate(prov) });
        };
        addRow(tr("Hot, baseline (%1 replicas)").arg(c.min_replicas), c.hot_instance, c.hot_option);
        if (c.hot_option != engine::PurchaseOption::OnDemand)
            addRow(tr("Hot, bursts above the baseline"), c.hot_instance, engine::PurchaseOption::OnDemand);
        const bool cold = !c.cold_instance.empty() && m_in.scenario.workload.low_priority_share > 0.0;
        if (cold) {
            addRow(tr("Cold, low-priority traffic"), c.cold_instance, c.cold_option);
            if (c.cold_option == engine::PurchaseOption::Spot)
                addRow(tr("Cold, when spot is unavailable"), c.cold_instance, engine::PurchaseOption::OnDemand);
        }
        m_c.table(t);
        sourcesNote();

        QList<std::pair<QString, QString>> facts = {
            { tr("Autoscaling"),
              tr("%1 to %2 hot replicas at %3 target utilisation")
                  .arg(c.min_replicas)
                  .arg(c.max_replicas)
                  .arg(percent(c.target_utilisation)) },
            { tr("Low-priority traffic"),
              cold ? tr("%1 of the requests, on cold replicas at %2")
                         .arg(percent(m_in.scenario.workload.low_priority_share),
                              precisionName(c.cold_precision.empty() ? tierPrecision(m_in.scenario, tier)
                                                                     : c.cold_precision))
                   : tr("none: every request is served by the hot replicas") },
        };
        if (cold && c.cold_option == engine::PurchaseOption::Spot)
            facts.append({ tr("Spot capacity"),
                           tr("available %1 of the hours; restarts add %2 work")
                               .arg(percent(c.spot_availability), percent(c.spot_interruption_overhead)) });
        facts.append(
            { tr("Storage and egress"),
              tr("%1 GB stored; %2 GB egress per month").arg(num(c.object_storage_gb), num(c.egress_gb_per_month)) });
        facts.append({ tr("Operations staff"), tr("%1 full-time equivalents").arg(num(c.staff_fte, 2)) });
        m_c.table(keyValues(facts));

        if (!r.ok)
            return;
        const QFont caption = m_c.font(kBodyPt, true);
        m_c.paragraph(tr("Replicas by hour of the day"), caption, kText, 0.0, 3.0);
        for (int half = 0; half < 2; ++half) {
            Table h;
            h.header << tr("Hour");
            h.widths << 0.16;
            h.align << Qt::AlignLeft;
            h.strongColumns = { 0 };
            QStringList hot { tr("Hot") };
            QStringList coldRow { tr("Cold") };
            for (int hour = half * 12; hour < half * 12 + 12; ++hour) {
                h.header << QString::number(hour);
                h.widths << 0.07;
                h.align << Qt::AlignRight;
                hot << num(r.hot_replicas[std::size_t(hour)]);
                coldRow << num(r.cold_replicas[std::size_t(hour)]);
            }
            h.rows << hot;
            if (cold)
                h.rows << coldRow;
            m_c.table(h);
        }
    }

    void memoryFit(const engine::TierResult &t)
    {
        m_c.h2(tr("Memory fit"));
        const bool cold = t.kind == engine::TierKind::Cloud && t.cold_perf.ok() && t.cold_perf.weights_gib_per_gpu > 0;
        Table table;
        table.header = { tr("Per GPU"), cold ? tr("Hot replica") : tr("Value") };
        table.widths = { 0.5, 0.25 };
        table.align = { Qt::AlignLeft, Qt::AlignRight };
        if (cold) {
            table.header << tr("Cold replica");
            table.widths << 0.25;
            table.align << Qt::AlignRight;
        }
        table.strongColumns = { 0 };
        auto row = [&](const QString &label, const std::function<QString(const engine::PerfResult &)> &value) {
            QStringList cells { label, value(t.perf) };
            if (cold)
                cells << value(t.cold_perf);
            table.rows << cells;
        };
        row(tr("Weights (GiB)"), [&](const engine::PerfResult &p) { return num(p.weights_gib_per_gpu, 2); });
        row(tr("KV cache at the operating point (GiB)"),
            [&](const engine::PerfResult &p) { return num(p.kv_gib_per_gpu, 2); });
        row(tr("Runtime overhead (GiB)"), [&](const engine::PerfResult &p) { return num(p.runtime_overhead_gib, 2); });
        row(tr("Memory the serving stack may use (GiB)"),
            [&](const engine::PerfResult &p) { return num(p.usable_gib_per_gpu, 2); });
        row(tr("KV cache per token, whole model (KiB)"),
            [&](const engine::PerfResult &p) { return num(p.kv_bytes_per_token / 1024.0, 1); });
        row(tr("Fits"), [&](const engine::PerfResult &p) { return yesNo(p.fits); });
        row(tr("Largest batch that fits (sequences)"), [&](const engine::PerfResult &p) { return num(p.max_batch); });
        m_c.table(table);
        const engine::Text failure = engine::fitFailure(t.perf);
        if (!failure.empty())
            m_c.paragraph(app::translated(failure));
    }

    void performance(const engine::TierResult &t, const engine::Tier *tier)
    {
        const engine::Workload &w = m_in.scenario.workload;
        const engine::PerfResult &p = t.perf;
        m_c.h2(tr("Performance at the SLA"));
        const bool cloud = t.kind == engine::TierKind::Cloud;
        QList<std::pair<QString, QString>> facts = {
            { tr("Parallel layout"),
              tr("tensor parallel %1 × pipeline parallel %2 × %3 replicas").arg(p.tp).arg(p.pp).arg(p.replicas) },
            { tr("Concurrent sequences"), num(p.batch) },
            { tr("Batch limited by"), limitText(p.batch_limit) },
            { tr("Time to first token"), tr("%1 ms (SLA ≤ %2 ms)").arg(num(t.ttft_ms, 1), num(w.sla_ttft_ms)) },
            { tr("Time per output token"), tr("%1 ms (SLA ≤ %2 ms)").arg(num(t.tpot_ms, 2), num(w.sla_tpot_ms)) },
            { tr("Meets the SLA"), yesNo(meetsSla(w, t)) },
        };
        if (w.sla_percentile != engine::SlaPercentile::Mean) { // the figures above are means
            const std::string_view name = engine::slaPercentileName(w.sla_percentile);
            const engine::SlaFigures held = engine::slaFigures(w, t);
            facts.insert(facts.size() - 1,
                         { tr("SLA holds to"),
                           tr("%1: TTFT %2 ms, TPOT %3 ms")
                               .arg(QString::fromLatin1(name.data(), qsizetype(name.size())), num(held.ttft_ms, 1),
                                    num(held.tpot_ms, 2)) });
        }
        if (cloud) {
            facts.append({ tr("Output throughput of one hot replica (tokens/s)"), num(p.output_tok_s, 1) });
            facts.append({ tr("Capacity of the replicas running in the busiest hour (tokens/s)"), num(t.capacity_output_tok_s, 1) });
        } else {
            facts.append({ tr("Output throughput at the SLA (tokens/s)"), num(t.output_tok_s, 1) });
        }
        facts.append({ tr("Demand served, daily average (tokens/s)"), num(t.served_output_tok_s_avg, 1) });
        facts.append({ tr("Tokens/s per user"), num(p.tok_s_per_user, 1) });
        facts.append({ tr("Decode limited by"), boundText(p.bound) });
        facts.append({ tr("Prefill limited by"), boundText(p.prefill_bound) });
        facts.append({ tr("Uncertainty of the estimate"), u"±"_s + num(p.uncertainty_pct, 0) + u'%' });
        if (tier && tier->published) {
            const engine::PublishedFigures &pub = *tier->published;
            auto opt = [&](const std::optional<double> &v, int decimals) {
                return v ? num(*v, decimals) : u"—"_s;
            };
            facts.append(
                { tr("As published by %1").arg(q(pub.source)),
                  tr("%1 tokens/s, %2 ms per token, index %3, hardware %4")
                      .arg(opt(pub.output_tok_s, 0), opt(pub.latency_ms, 0), opt(pub.cost_performance_index, 2),
                           pub.hardware_cost ? moneyIn(*pub.hardware_cost, q(pub.currency)) : u"—"_s) });
        }
        m_c.table(keyValues(facts));
    }

    void costByYear(const engine::TierResult &t)
    {
        m_c.h2(tr("Cost by category and year"));
        const std::size_t years = (t.monthly_by_category.size() + kMonthsPerYear - 1) / kMonthsPerYear;
        Table table;
        table.header << tr("Category (%1)").arg(m_currency);
        table.widths << 0.26;
        table.align << Qt::AlignLeft;
        table.strongColumns = { 0 };
        table.fontPt = years > 5 ? 7.0 : kTablePt;
        for (std::size_t y = 0; y < years; ++y) {
            table.header << tr("Year %1").arg(y + 1);
            table.widths << 0.74 / double(years + 1);
            table.align << Qt::AlignRight;
        }
        table.header << tr("Total");
        table.widths << 0.74 / double(years + 1);
        table.align << Qt::AlignRight;
        std::vector<double> yearTotals(years, 0.0);
        for (int c = 0; c < engine::kCostCategoryCount; ++c) {
            std::vector<double> sums(years, 0.0);
            bool used = false;
            for (std::size_t m = 0; m < t.monthly_by_category.size(); ++m) {
                const double v = t.monthly_by_category[m][std::size_t(c)];
                sums[m / kMonthsPerYear] += v;
                used = used || v != 0.0;
            }
            if (!used)
                continue;
            QStringList row { categoryText(engine::CostCategory(c)) };
            double total = 0.0;
            for (std::size_t y = 0; y < years; ++y) {
                row << num(sums[y]);
                yearTotals[y] += sums[y];
                total += sums[y];
            }
            row << num(total);
            table.rows << row;
        }
        QStringList totalRow { tr("Total") };
        double total = 0.0;
        for (double v : yearTotals) {
            totalRow << num(v);
            total += v;
        }
        totalRow << num(total);
        table.strongRows << int(table.rows.size());
        table.rows << totalRow;
        m_c.table(table);
        m_c.paragraph(tr("Present value at the scenario's discount rate: %1. Average wall power, PUE included: %2 W.")
                          .arg(money(t.tco_present_value), num(t.power_w)),
                      m_c.font(kSmallPt), kMuted);
    }

    void advice()
    {
        m_c.h1(tr("Advisor's recommendations"));
        if (m_in.result.advice.empty()) {
            m_c.paragraph(tr("The advisor has no recommendations for this scenario."));
            return;
        }
        int n = 0;
        for (const engine::Advice &a : m_in.result.advice) {
            ++n;
            const QString title = QString::number(n) + u". "_s + app::translated(a.title_text, a.title);
            const TextBlock head = m_c.layoutText(title, m_c.font(10, true), m_c.body().width());
            m_c.ensure(head.height + m_c.pt(30));
            m_c.paragraph(title, m_c.font(10, true), kAccent, 0.0, 2.0);
            const QString scope = a.tier >= 0 && a.tier < int(m_in.result.tiers.size())
                ? tr("Applies to %1.").arg(tierName(a.tier))
                : tr("Applies to the whole scenario.");
            m_c.paragraph(scope, m_c.font(kSmallPt), kMuted, m_c.pt(12), 2.0);
            m_c.paragraph(app::translated(a.detail_text, a.detail), m_c.font(kBodyPt), kText, m_c.pt(12), 2.0);
            if (a.saving > 0)
                m_c.paragraph(tr("Saving over the horizon: %1.").arg(money(a.saving)), m_c.font(kBodyPt, true), kGood,
                              m_c.pt(12), 2.0);
            m_c.space(6);
        }
    }

    void assumptions()
    {
        const engine::Workload &w = m_in.scenario.workload;
        const engine::Financials &f = m_in.scenario.financials;
        m_c.h1(tr("Assumptions"));
        m_c.h2(tr("Workload"));
        const engine::ModelSpec *model = m_in.catalog.findModel(w.model);
        int busiest = 0;
        double sum = 0.0;
        for (int h = 0; h < engine::kHoursPerDay; ++h) {
            sum += w.hourly_profile[std::size_t(h)];
            if (w.hourly_profile[std::size_t(h)] > w.hourly_profile[std::size_t(busiest)])
                busiest = h;
        }
        const double requestsPerDay = w.peak_requests_per_s * sum * engine::kSecondsPerHour;
        m_c.table(keyValues({
            { tr("Model"),
              model && !model->hf_repo.empty() ? tr("%1 (%2)").arg(q(model->name), q(model->hf_repo)) : modelName() },
            { tr("Precision"), precisionName(w.precision) },
            { tr("Prompt length"), tr("%1 tokens").arg(w.input_len) },
            { tr("Output length"), tr("%1 tokens").arg(w.output_len) },
            { tr("Peak demand"), tr("%1 requests/s in the busiest hour").arg(num(w.peak_requests_per_s, 2)) },
            { tr("Daily profile"),
              tr("busiest hour %1:00; on average %2 of the peak over the day")
                  .arg(busiest)
                  .arg(percent(sum / engine::kHoursPerDay)) },
            { tr("Requests per day"), num(requestsPerDay) },
            { tr("Latency SLA"),
              tr("time to first token ≤ %1 ms, time per output token ≤ %2 ms")
                  .arg(num(w.sla_ttft_ms), num(w.sla_tpot_ms)) },
            { tr("Low-priority share"), percent(w.low_priority_share) },
        }));
        m_c.h2(tr("Financials"));
        const engine::Market *market = m_in.catalog.findMarket(m_in.scenario.market);
        m_c.table(keyValues({
            { tr("Horizon"), tr("%1 months").arg(f.horizon_months) },
            { tr("Currency"), q(f.currency) },
            { tr("Market"), marketText(market) },
            { tr("Electricity price"),
              tr("%1 per kWh").arg(moneyIn(f.electricity_price_per_kwh, q(f.electricity_currency))) },
            { tr("PUE"), num(f.pue, 2) },
            { tr("Capital expenditure"), app::capexViewText(f) },
            { tr("Maintenance"), tr("%1 of capex per year").arg(percent(f.maintenance_fraction_per_year, 1)) },
            { tr("Colocation"),
              market && f.colocation_usd_per_kw_month <= 0.0 && market->colocation_per_kw_month
                  ? tr("%1 %2 per kW-month (the market's)")
                        .arg(num(*market->colocation_per_kw_month, 2), q(market->colocation_currency))
                  : tr("%1 USD per kW-month").arg(num(f.colocation_usd_per_kw_month, 2)) },
            { tr("Staff"),
              market && f.staff_usd_per_fte_year <= 0.0 && market->staff_cost_per_fte_year
                  ? tr("%1 %2 per full-time equivalent and year (the market's: pay and employer on-costs)")
                        .arg(num(*market->staff_cost_per_fte_year), q(market->staff_cost_currency))
                  : tr("%1 USD per full-time equivalent and year").arg(num(f.staff_usd_per_fte_year)) },
            { tr("Refresh reserve"),
              (f.refresh_reserve_in_tco ? tr("%1 of capex per year, counted in the TCO")
                                        : tr("%1 of capex per year, a budget shown beside the TCO, not in it"))
                  .arg(percent(f.refresh_reserve_fraction_per_year, 1)) },
            { tr("Residual value"),
              f.capex_treatment == engine::CapexTreatment::Upfront
                  ? tr("%1 of capex, the resale value in the last month").arg(percent(f.residual_value_fraction, 1))
                  : tr("%1 of capex, the salvage value after the depreciation period")
                        .arg(percent(f.residual_value_fraction, 1)) },
            { tr("Discount rate"), tr("%1 per year").arg(percent(f.discount_rate_per_year, 1)) },
            { tr("GPU power draw"), tr("%1 of the board power on average").arg(percent(f.gpu_power_draw_fraction)) },
            { tr("Baseline tier"), baselineName() },
        }));
        // Nothing is converted silently (issue 13.6): every converted price, with its rate and date.
        QStringList converted;
        for (const engine::TierResult &t : m_in.result.tiers)
            for (const engine::TierIssue &i : t.issues)
                if (i.severity == engine::TierIssue::Severity::Info
                    && i.message.find(" converted from ") != std::string::npos)
                    converted << tr("%1: %2").arg(q(t.name), app::translated(i.text, i.message));
        if (!converted.isEmpty()) {
            m_c.paragraph(market ? tr("Prices without a local price in this market, converted:")
                                 : tr("Prices converted into the result currency:"),
                          m_c.font(kSmallPt));
            m_c.bullets(converted, m_c.font(kSmallPt));
        }
    }

    /** The market profile in one line: name, id, currency and whether its prices include VAT. */
    QString marketText(const engine::Market *market) const
    {
        if (!market)
            return m_in.scenario.market.empty() ? tr("none (catalog prices, converted)")
                                                : tr("unknown market \"%1\"").arg(q(m_in.scenario.market));
        const QString vat = market->prices_include_vat
            ? (market->vat_rate ? tr("prices include VAT (%1)").arg(percent(*market->vat_rate, 0))
                                : tr("prices include VAT"))
            : tr("prices before VAT or sales tax");
        return tr("%1 (%2): local prices in %3, %4").arg(q(market->name), q(market->id), q(market->currency), vat);
    }

    QString priceKindText(PriceUse::Kind kind) const
    {
        switch (kind) {
        case PriceUse::Kind::Gpu:
            return tr("GPU");
        case PriceUse::Kind::Part:
            return tr("Part");
        case PriceUse::Kind::CloudPrice:
            return tr("Cloud");
        case PriceUse::Kind::Electricity:
            return tr("Electricity");
        case PriceUse::Kind::Pue:
            return tr("PUE");
        case PriceUse::Kind::CostDefault:
            return tr("Cost default");
        case PriceUse::Kind::ExchangeRate:
            return tr("Exchange rate");
        }
        return {};
    }

    void provenance()
    {
        m_c.h1(tr("Data provenance"));
        m_c.h2(tr("Estimated and measured figures"));
        m_c.bullets(
            { tr("Measured or sourced (catalog facts): GPU and instance specifications, purchase and cloud prices, "
                 "electricity prices, PUE, exchange rates and cost defaults. Each comes from the catalog with its "
                 "source and as-of date, listed below."),
              tr("Estimated (engine outputs): every throughput, latency, memory-fit, replica, power, cost, TCO and "
                 "index figure in this report, computed by the TCO Planner performance and cost models from the "
                 "facts above. Performance figures carry about ±%1% uncertainty from the calibration against "
                 "published measurements.")
                  .arg(num(uncertaintyPct(), 0)),
              tr("Published figures shown “as published” are the claims of the source named beside them, not "
                 "measurements of ours.") },
            m_c.font(kBodyPt));
        m_c.h2(tr("Catalog"));
        const std::vector<PriceUse> prices = pricesUsed(m_in.scenario, m_in.result, m_in.catalog);
        m_c.table(keyValues({
            { tr("Schema version"), QString::number(m_in.catalogInfo.schemaVersion) },
            { tr("Created"), m_in.catalogInfo.createdAt.isEmpty() ? u"—"_s : m_in.catalogInfo.createdAt },
            { tr("Seed version"), m_in.catalogInfo.seedVersion.isEmpty() ? u"—"_s : m_in.catalogInfo.seedVersion },
            { tr("Prices and rates used"), QString::number(prices.size()) },
        }));

        m_c.h2(tr("Prices and rates used"));
        Table t;
        t.header = { tr("Item"), tr("Value"), tr("Used by"), tr("Source"), tr("As of") };
        t.widths = { 0.22, 0.14, 0.08, 0.43, 0.13 };
        t.align = { Qt::AlignLeft, Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft };
        t.fontPt = 7.6;
        for (const PriceUse &p : prices) {
            QString item = tr("%1: %2").arg(priceKindText(p.kind), q(p.name));
            QString value;
            switch (p.kind) {
            case PriceUse::Kind::CloudPrice:
                item = tr("%1, %2").arg(item, optionIdText(p.option));
                value = p.upfront > 0 ? tr("%1 per hour + %2 upfront")
                                            .arg(moneyIn(p.value, q(p.currency)), moneyIn(p.upfront, q(p.currency)))
                                      : tr("%1 per hour").arg(moneyIn(p.value, q(p.currency)));
                break;
            case PriceUse::Kind::Electricity:
                value = tr("%1 per kWh").arg(moneyIn(p.value, q(p.currency)));
                break;
            case PriceUse::Kind::Pue:
                value = num(p.value, 2);
                break;
            case PriceUse::Kind::CostDefault:
                value = num(p.value, p.value == std::floor(p.value) ? 0 : 3)
                    + (p.note.empty() ? QString() : u" "_s + q(p.note));
                break;
            case PriceUse::Kind::ExchangeRate:
                item = tr("%1: %2").arg(priceKindText(p.kind), q(p.id));
                value = m_locale.toString(p.value, 'g', 6);
                break;
            case PriceUse::Kind::Gpu:
            case PriceUse::Kind::Part:
                value = moneyIn(p.value, q(p.currency));
                break;
            }
            QStringList users;
            for (int tier : p.tiers)
                users << QString::number(tier + 1);
            t.rows.append({ item, value, users.isEmpty() ? tr("all") : tr("tier %1").arg(users.join(u", "_s)),
                            provenanceSource(p.provenance), provenanceDate(p.provenance) });
        }
        if (t.rows.isEmpty())
            m_c.paragraph(tr("The evaluation used no catalog prices."));
        else
            m_c.table(t);
        m_c.paragraph(tr("A value the scenario sets itself (not equal to a catalog row) is listed under Assumptions, "
                         "not here. Prices in another currency are converted with the exchange rates above."),
                      m_c.font(kSmallPt), kMuted);
    }

    const ReportInput &m_in;
    const PdfReportOptions &m_opt;
    Composer &m_c;
    const QList<Composer::Entry> &m_contents;
    QLocale m_locale;
    QString m_currency;
    Recommendation m_rec;
    int m_chartsDrawn = 0;
};

} // namespace

namespace {

/** @p s cut to @p maxChars characters (the last one "…") when longer; never inside a surrogate pair. */
std::string cut(const std::string &s, int maxChars)
{
    if (s.size() <= std::size_t(maxChars)) // bytes >= characters: short enough
        return s;
    const QString text = QString::fromStdString(s);
    const QList<uint> ucs4 = text.toUcs4();
    if (ucs4.size() <= maxChars)
        return s;
    QString shown = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), maxChars - 1);
    shown += QChar(0x2026);
    return shown.toStdString();
}

/** The arguments of @p t cut to kMaxNameChars (they are names and numbers). */
void cutArguments(engine::Text &t)
{
    for (std::string &arg : t.args)
        arg = cut(arg, app::kMaxNameChars);
    for (engine::Text &item : t.list)
        cutArguments(item);
}

/**
 * The report's input with every name cut to the scenario file's limits. A scenario edited in the
 * window does not pass through the file reader: a 100,000-character tier name would otherwise
 * wrap into a table row many pages high (9.8 GB of memory to lay it out).
 */
struct BoundedInput
{
    engine::Scenario scenario;
    engine::Result result;
    ReportInput input;

    explicit BoundedInput(const ReportInput &in)
        : scenario(in.scenario)
        , result(in.result)
        , input { scenario, result, in.catalog, in.catalogInfo }
    {
        scenario.title = cut(scenario.title, app::kMaxTextChars);
        for (engine::Tier &t : scenario.tiers)
            t.name = cut(t.name, app::kMaxNameChars);
        for (engine::TierResult &t : result.tiers) {
            t.name = cut(t.name, app::kMaxNameChars);
            for (engine::TierIssue &i : t.issues) {
                cutArguments(i.text);
                i.message = i.text.empty() ? cut(i.message, app::kMaxTextChars) : engine::render(i.text);
            }
        }
        for (engine::Advice &a : result.advice) {
            cutArguments(a.title_text);
            cutArguments(a.detail_text);
            a.title = a.title_text.empty() ? cut(a.title, app::kMaxTextChars) : engine::render(a.title_text);
            a.detail = a.detail_text.empty() ? cut(a.detail, app::kMaxTextChars) : engine::render(a.detail_text);
        }
        for (std::size_t i = 0; i < result.issues.size(); ++i) {
            if (i < result.issue_texts.size()) {
                cutArguments(result.issue_texts[i]);
                result.issues[i] = engine::render(result.issue_texts[i]);
            } else {
                result.issues[i] = cut(result.issues[i], app::kMaxTextChars);
            }
        }
    }
};

} // namespace

bool paintReport(const ReportInput &unbounded, const PdfReportOptions &options, QPagedPaintDevice &device,
                 PdfReportInfo *info, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const BoundedInput bounded(unbounded);
    const ReportInput &input = bounded.input;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(u"the PDF report needs a QGuiApplication (fonts)"_s);
    const LanguageScope language(options.language);
    QString fontError;
    const std::optional<QStringList> families = reportFontFamilies(options.language, &fontError);
    if (!families)
        return fail(fontError);

    device.setPageSize(QPageSize(options.paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    const QString title = ReportBuilder::documentTitle(input.scenario);

    // Pass 1 measures: the page of every section and the page count.
    Composer measure(device, nullptr, *families, title, 0);
    const QList<Composer::Entry> none;
    ReportBuilder(input, options, measure, none).build();
    // The contents page lists the entries of pass 1; it has the same length in both passes.
    Composer measureAgain(device, nullptr, *families, title, measure.page());
    const QList<Composer::Entry> firstEntries = measure.entries();
    ReportBuilder(input, options, measureAgain, firstEntries).build();

    QPainter painter;
    if (!painter.begin(&device))
        return fail(u"cannot start painting the report"_s);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QList<Composer::Entry> entries = measureAgain.entries();
    Composer paint(device, &painter, *families, title, measureAgain.page());
    ReportBuilder builder(input, options, paint, entries);
    builder.build();
    if (!painter.end())
        return fail(u"cannot finish painting the report"_s);

    if (info) {
        info->pages = paint.page();
        info->sections.clear();
        info->sectionPages.clear();
        for (const Composer::Entry &e : paint.entries()) {
            info->sections << e.title;
            info->sectionPages << e.page;
        }
        info->chartsDrawn = builder.chartsDrawn();
        info->untranslated = language.untranslated();
    }
    return true;
}

bool writePdfReport(const ReportInput &input, const PdfReportOptions &options, const QString &path, PdfReportInfo *info,
                    QString *error, const QList<ProtectedFile> &inputs)
{
    // Refused outputs are refused before the (long) painting.
    if (const QString problem = outputPathProblem(path, inputs); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // Painted into memory, then written with every write checked: QPdfWriter ignores the counts
    // of its writes, so a short write straight into the file would go unnoticed.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(ReportBuilder::documentTitle(input.scenario).left(app::kMaxTextChars));
        writer.setCreator(u"TCO Planner "_s + QCoreApplication::applicationVersion());
        writer.setResolution(1200);
        if (!paintReport(input, options, writer, info, error))
            return false;
    }
    return writeFileAtomically(path, pdf, error, inputs);
}

} // namespace tco::report
