// SPDX-License-Identifier: MIT
// The report writers: CSV tables (round trip, injection), the PDF (pages, text, fonts, Chinese,
// paper sizes, atomic writes) and the deployment YAML (parsed back).
#include "catalog.h"
#include "core/defaultscenario.h"
#include "costmodel.h"
#include "csv.h"
#include "report/csvreport.h"
#include "report/deployyaml.h"
#include "report/pdfreport.h"
#include "report/reportfacts.h"
#include "report/reportlanguage.h"
#include "reportcharts.h"
#include "repository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <core/scenariofile.h>

using namespace Qt::StringLiterals;
using namespace tco;

namespace {

/**
 * Reads back the YAML subset the deployment writer emits: block mappings and sequences, "- key:"
 * items, double-quoted strings with escapes, integers, decimals, booleans, comments, "---".
 * Anything else is an error, so the test also pins the writer to that subset.
 */
class MiniYaml
{
public:
    QVariantList parse(const QString &text)
    {
        QVariantList documents;
        QList<Line> lines;
        int number = 0;
        auto flush = [&] {
            if (lines.isEmpty())
                return;
            m_lines = lines;
            m_pos = 0;
            documents.append(node(m_lines.front().indent));
            if (m_pos != m_lines.size())
                fail(m_lines[m_pos].number, u"unexpected indentation"_s);
            lines.clear();
        };
        for (const QString &raw : text.split(u'\n')) {
            ++number;
            const QString trimmed = raw.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            if (raw == "---"_L1) {
                flush();
                continue;
            }
            if (raw.contains(u'\t'))
                fail(number, u"tab in indentation"_s);
            const auto indent = int(raw.size() - QString(raw).remove(QRegularExpression(u"^ +"_s)).size());
            lines.append({ indent, raw.mid(indent), number });
        }
        flush();
        return documents;
    }
    const QString &error() const { return m_error; }

private:
    struct Line
    {
        int indent;
        QString text;
        int number;
    };

    void fail(int line, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = u"line %1: %2"_s.arg(line).arg(message);
    }

    QVariant node(int indent)
    {
        if (m_pos >= m_lines.size())
            return {};
        return m_lines[m_pos].text.startsWith("- "_L1) ? sequence(indent) : mapping(indent);
    }

    QVariant mapping(int indent)
    {
        QVariantMap map;
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent && !m_lines[m_pos].text.startsWith("- "_L1)) {
            const Line line = m_lines[m_pos++];
            const qsizetype colon = line.text.indexOf(": "_L1);
            QString key;
            QString value;
            if (colon > 0) {
                key = line.text.left(colon);
                value = line.text.mid(colon + 2);
            } else if (line.text.endsWith(u':')) {
                key = line.text.chopped(1);
            } else {
                fail(line.number, u"not a key: "_s + line.text);
                return map;
            }
            if (key.startsWith(u'"') || key.contains(u' '))
                fail(line.number, u"unexpected key "_s + key);
            if (map.contains(key))
                fail(line.number, u"duplicate key "_s + key);
            if (!value.isEmpty()) {
                map.insert(key, scalar(value, line.number));
            } else if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent) {
                map.insert(key, node(m_lines[m_pos].indent));
            } else if (m_pos < m_lines.size() && m_lines[m_pos].indent == indent
                       && m_lines[m_pos].text.startsWith("- "_L1)) {
                map.insert(key, sequence(indent));
            } else {
                map.insert(key, QVariant());
            }
        }
        return map;
    }

    QVariant sequence(int indent)
    {
        QVariantList list;
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent && m_lines[m_pos].text.startsWith("- "_L1)) {
            Line &line = m_lines[m_pos];
            const QString rest = line.text.mid(2);
            if (!rest.startsWith(u'"') && (rest.contains(": "_L1) || rest.endsWith(u':'))) {
                line.indent = indent + 2; // the item's first key, in line with the keys below it
                line.text = rest;
                list.append(mapping(indent + 2));
            } else {
                list.append(scalar(rest, line.number));
                ++m_pos;
            }
        }
        return list;
    }

    QVariant scalar(const QString &text, int number)
    {
        if (text.startsWith(u'"')) {
            QString out;
            for (qsizetype i = 1; i < text.size(); ++i) {
                const QChar c = text[i];
                if (c == u'"') {
                    if (i != text.size() - 1)
                        fail(number, u"text after a closing quote"_s);
                    return out;
                }
                if (c != u'\\') {
                    out += c;
                    continue;
                }
                if (++i >= text.size())
                    break;
                const QChar e = text[i];
                if (e == u'n')
                    out += u'\n';
                else if (e == u'r')
                    out += u'\r';
                else if (e == u't')
                    out += u'\t';
                else if (e == u'"' || e == u'\\')
                    out += e;
                else if (e == u'x' && i + 2 < text.size()) {
                    out += QChar(text.mid(i + 1, 2).toUShort(nullptr, 16));
                    i += 2;
                } else if ((e == u'u' || e == u'U') && i + (e == u'u' ? 4 : 8) < text.size()) {
                    const qsizetype digits = e == u'u' ? 4 : 8;
                    const char32_t code = text.mid(i + 1, digits).toUInt(nullptr, 16);
                    out += QString::fromUcs4(&code, 1);
                    i += digits;
                } else
                    fail(number, u"unknown escape"_s);
            }
            fail(number, u"unterminated string"_s);
            return out;
        }
        if (text == "true"_L1 || text == "false"_L1)
            return text == "true"_L1;
        bool ok = false;
        if (const qlonglong i = text.toLongLong(&ok); ok)
            return i;
        if (const double d = text.toDouble(&ok); ok)
            return d;
        fail(number, u"unquoted string: "_s + text);
        return text;
    }

    QList<Line> m_lines;
    qsizetype m_pos = 0;
    QString m_error;
};

QVariant at(QVariant v, const QStringList &path)
{
    for (const QString &step : path) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex && v.typeId() == QMetaType::QVariantList)
            v = v.toList().value(index);
        else
            v = v.toMap().value(step);
    }
    return v;
}

struct Tool
{
    int code = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    Tool t;
    if (!p.waitForFinished(60000))
        return t;
    t.code = p.exitCode();
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    return t;
}

std::vector<engine::csv::Record> parseCsv(const std::string &text)
{
    std::optional<engine::csv::ParseError> error;
    auto records = engine::csv::parseAll(text, &error);
    if (error)
        qWarning("CSV error at line %zu: %s", error->line, error->message.c_str());
    return records;
}

int column(const engine::csv::Record &header, const std::string &name)
{
    for (std::size_t i = 0; i < header.fields.size(); ++i)
        if (header.fields[i] == name)
            return int(i);
    return -1;
}

/** A minimal evaluated result (no engine), for the CSV corner cases. */
engine::Result syntheticResult(const std::vector<std::string> &names)
{
    engine::Result r;
    r.currency = "CNY";
    r.horizon_months = 14;
    for (const std::string &name : names) {
        engine::TierResult t;
        t.name = name;
        t.ok = true;
        t.tco_total = 0.0;
        for (int m = 0; m < r.horizon_months; ++m) {
            std::array<double, engine::kCostCategoryCount> c {};
            c[std::size_t(engine::CostCategory::Power)] = 100.5;
            if (m == 0)
                c[std::size_t(engine::CostCategory::Hardware)] = 12000.0;
            if (m == r.horizon_months - 1)
                c[std::size_t(engine::CostCategory::ResidualValue)] = -2500.25;
            double total = 0.0;
            for (double v : c)
                total += v;
            t.monthly_by_category.push_back(c);
            t.monthly.push_back(total);
            t.tco_total += total;
        }
        t.output_tok_s = 1234.5;
        t.served_share = 1.0;
        r.tiers.push_back(t);
    }
    return r;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void recommendation();
    void pricesUsedHaveProvenance();

    void comparisonCsvRoundTrip();
    void timelineCsvSumsToTco();
    void breakdownCsvSumsToTco();
    void csvInjectionIsNeutralised();
    void csvFilesAreWrittenWhole();

    void pdfEnglish();
    void pdfChineseHasNoEnglishHeadings();
    void pdfApiSection_data();
    void pdfApiSection();
    void pdfLetter();
    void pdfFailsWithoutLeavingAFile();
    void pdfCutsOverlongNames();

    void kubernetesYamlParsesBack();
    void launchYamlParsesBack();
    void yamlQuotesAwkwardNames();
    void yamlQuantizationFlag();
    void yamlWithPyYaml();
    void tierLookup();

private:
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    engine::Result evaluate(const engine::Scenario &scenario) const { return engine::evaluate(scenario, m_catalog); }
    QString writePdf(const QString &name, report::Language language, report::Paper paper, report::PdfReportInfo *info);
    QString pdfText(const QString &path);

    QTemporaryDir m_dir;
    engine::CatalogSnapshot m_catalog;
    report::CatalogInfo m_catalogInfo;
    engine::Scenario m_scenario;
    engine::Result m_result;
    QStringList m_yamlFiles;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const db::Catalog catalog(tempPath(u"catalog.sqlite"_s));
    m_catalog = db::loadSnapshot(catalog.database());
    m_catalogInfo.schemaVersion = db::Catalog::fileSchemaVersion(catalog.path());
    m_catalogInfo.createdAt = catalog.meta(u"created_at"_s);
    m_catalogInfo.seedVersion = catalog.meta(u"seed_version"_s);
    m_scenario = app::defaultScenario(m_catalog);
    m_result = evaluate(m_scenario);
    QCOMPARE(m_result.tiers.size(), std::size_t(3));
    for (const engine::TierResult &t : m_result.tiers)
        QVERIFY2(t.ok, t.name.c_str());
}

void TestReports::recommendation()
{
    const report::Recommendation rec = report::recommend(m_scenario, m_result);
    int expected = -1;
    for (int i = 0; i < int(m_result.tiers.size()); ++i) {
        const engine::TierResult &t = m_result.tiers[std::size_t(i)];
        const bool eligible = t.ok && t.ttft_ms <= m_scenario.workload.sla_ttft_ms
            && t.tpot_ms <= m_scenario.workload.sla_tpot_ms && t.served_share >= report::kServesDemandShare;
        QCOMPARE(rec.tiers[std::size_t(i)].eligible(), eligible);
        if (eligible && (expected < 0 || t.tco_total < m_result.tiers[std::size_t(expected)].tco_total))
            expected = i;
    }
    QCOMPARE(rec.tier, expected);
    QVERIFY(rec.tier >= 0);

    // A tier that misses the SLA is never recommended, however cheap.
    engine::Result missed = m_result;
    missed.tiers[std::size_t(rec.tier)].tpot_ms = m_scenario.workload.sla_tpot_ms * 2;
    QVERIFY(report::recommend(m_scenario, missed).tier != rec.tier);
    engine::Result none = m_result;
    for (engine::TierResult &t : none.tiers)
        t.served_share = 0.5;
    QCOMPARE(report::recommend(m_scenario, none).tier, -1);
}

void TestReports::pricesUsedHaveProvenance()
{
    const std::vector<report::PriceUse> prices = report::pricesUsed(m_scenario, m_result, m_catalog);
    QVERIFY(prices.size() >= 6);
    bool gpu = false, cloud = false, rate = false, electricity = false;
    for (const report::PriceUse &p : prices) {
        QVERIFY2(!p.provenance.source.empty(), p.id.c_str());
        gpu = gpu || p.kind == report::PriceUse::Kind::Gpu;
        cloud = cloud || p.kind == report::PriceUse::Kind::CloudPrice;
        rate = rate || p.kind == report::PriceUse::Kind::ExchangeRate;
        electricity = electricity || p.kind == report::PriceUse::Kind::Electricity;
    }
    QVERIFY(gpu && cloud && rate && electricity);
    // Issue 13.6: in market cn the RTX 4090 used is its China street price, with that row's source
    const auto rtx = std::find_if(prices.begin(), prices.end(), [](const report::PriceUse &p) {
        return p.kind == report::PriceUse::Kind::Gpu && p.id == "nvidia-geforce-rtx-4090";
    });
    QVERIFY(rtx != prices.end());
    QCOMPARE(rtx->value, 14500.0);
    QCOMPARE(rtx->currency, std::string("CNY"));
    QCOMPARE(rtx->provenance.as_of, std::string("2025-10"));
}

void TestReports::comparisonCsvRoundTrip()
{
    const std::string text = report::comparisonCsv(m_scenario, m_result);
    QVERIFY(text.rfind(engine::csv::kUtf8Bom, 0) == 0);
    QVERIFY(text.find("\r\n") != std::string::npos);
    const auto records = parseCsv(text);
    QCOMPARE(records.size(), m_result.tiers.size() + 1);
    const engine::csv::Record &header = records.front();
    QCOMPARE(QString::fromStdString(header.fields.front()), u"tier"_s); // the BOM is not part of the first name
    const int tco = column(header, "tco_36m_CNY");
    const int tok = column(header, "output_tok_s");
    const int hw = column(header, "hardware_cost_CNY");
    const int rec = column(header, "recommended");
    QVERIFY(tco > 0 && tok > 0 && hw > 0 && rec > 0);
    const QRegularExpression plainNumber(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
    const int recommended = report::recommend(m_scenario, m_result).tier;
    for (std::size_t i = 0; i < m_result.tiers.size(); ++i) {
        const auto &fields = records[i + 1].fields;
        QCOMPARE(fields.size(), header.fields.size());
        QCOMPARE(fields[0], m_result.tiers[i].name);
        for (int c : { tco, tok, hw })
            QVERIFY2(plainNumber.match(QString::fromStdString(fields[std::size_t(c)])).hasMatch(),
                     fields[std::size_t(c)].c_str());
        QVERIFY(std::abs(std::stod(fields[std::size_t(tco)]) - m_result.tiers[i].tco_total) <= 0.005);
        QVERIFY(std::abs(std::stod(fields[std::size_t(tok)]) - m_result.tiers[i].output_tok_s) <= 0.05);
        QCOMPARE(fields[std::size_t(rec)], std::string(int(i) == recommended ? "yes" : "no"));
    }
}

void TestReports::timelineCsvSumsToTco()
{
    const auto records = parseCsv(report::timelineCsv(m_result));
    QCOMPARE(records.size(), std::size_t(m_result.horizon_months) + 1);
    const engine::csv::Record &header = records.front();
    QCOMPARE(header.fields.front(), std::string("month"));
    for (const engine::TierResult &t : m_result.tiers) {
        const int cumulative = column(header, t.name + "/cumulative_CNY");
        QVERIFY2(cumulative > 0, t.name.c_str());
        QVERIFY(std::abs(std::stod(records.back().fields[std::size_t(cumulative)]) - t.tco_total) <= 0.01);
        // the per-category columns of a month add up to its total
        const int total = column(header, t.name + "/total_CNY");
        double sum = 0.0;
        for (std::size_t c = 0; c < header.fields.size(); ++c)
            if (header.fields[c].rfind(t.name + "/", 0) == 0 && int(c) != total && int(c) != cumulative)
                sum += std::stod(records[1].fields[c]);
        QVERIFY(std::abs(sum - std::stod(records[1].fields[std::size_t(total)])) <= 0.05);
    }
}

void TestReports::breakdownCsvSumsToTco()
{
    const auto records = parseCsv(report::breakdownCsv(m_result));
    const engine::csv::Record &header = records.front();
    QCOMPARE(header.fields.size(), std::size_t(2 + 3 + 1)); // tier, category, 3 years, total
    QCOMPARE(header.fields[2], std::string("year_1_CNY"));
    QCOMPARE(header.fields.back(), std::string("total_CNY"));
    for (const engine::TierResult &t : m_result.tiers) {
        bool found = false;
        for (const auto &r : records) {
            if (r.fields[0] == t.name && r.fields[1] == "total") {
                found = true;
                QVERIFY(std::abs(std::stod(r.fields.back()) - t.tco_total) <= 0.01);
            }
        }
        QVERIFY(found);
    }
}

void TestReports::csvInjectionIsNeutralised()
{
    const std::vector<std::string> names
        = { "=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1)", "-2+3", "@cmd", "\tTab", "-12.5", "工作站, \"引号\"" };
    const engine::Result r = syntheticResult(names);
    engine::Scenario scenario;
    for (const std::string &text :
         { report::comparisonCsv(scenario, r), report::timelineCsv(r), report::breakdownCsv(r) }) {
        const auto records = parseCsv(text);
        QVERIFY(!records.empty());
        for (const auto &record : records) {
            for (const std::string &cell : record.fields) {
                if (cell.empty())
                    continue;
                const char c = cell.front();
                const bool risky = c == '=' || c == '+' || c == '@' || c == '\t' || c == '-';
                if (risky) // only plain negative numbers may start with '-'
                    QVERIFY2(c == '-'
                                 && QRegularExpression(u"^-[0-9]+(\\.[0-9]+)?$"_s)
                                        .match(QString::fromStdString(cell))
                                        .hasMatch(),
                             cell.c_str());
            }
        }
    }
    const auto comparison = parseCsv(report::comparisonCsv(scenario, r));
    QCOMPARE(comparison[1].fields[0], std::string("'=HYPERLINK(\"http://x\",\"y\")"));
    QCOMPARE(comparison[2].fields[0], std::string("'+SUM(A1)"));
    QCOMPARE(comparison[3].fields[0], std::string("'-2+3"));
    QCOMPARE(comparison[4].fields[0], std::string("'@cmd"));
    QCOMPARE(comparison[5].fields[0], std::string("'\tTab"));
    QCOMPARE(comparison[6].fields[0], std::string("-12.5")); // a plain number stays a number
    QCOMPARE(comparison[7].fields[0], std::string("工作站, \"引号\""));
    // the residual value is negative and stays a plain number
    const auto breakdown = parseCsv(report::breakdownCsv(r));
    bool residual = false;
    for (const auto &record : breakdown)
        if (record.fields[1] == "residual_value") {
            residual = true;
            QCOMPARE(record.fields[3], std::string("-2500.25")); // the 14th month is in year 2
        }
    QVERIFY(residual);
    // header names built from tier names are neutralised too
    const auto timeline = parseCsv(report::timelineCsv(r));
    QCOMPARE(timeline[0].fields[1], std::string("'=HYPERLINK(\"http://x\",\"y\")/total_CNY"));
}

void TestReports::csvFilesAreWrittenWhole()
{
    const QString dir = tempPath(u"csv"_s);
    QVERIFY(QDir().mkpath(dir));
    QStringList written;
    QString error;
    QVERIFY2(report::writeCsvReport(m_scenario, m_result, dir + u"/out.csv"_s, &written, &error), qPrintable(error));
    QCOMPARE(written,
             (QStringList { dir + u"/out.csv"_s, dir + u"/out-timeline.csv"_s, dir + u"/out-breakdown.csv"_s }));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 3); // no temporary files left behind
    // the companions are CSV files whatever the comparison's extension (issue 21)
    QCOMPARE(report::csvCompanionPath(u"a/b.CSV"_s, u"-x"_s), u"a/b-x.csv"_s);
    QCOMPARE(report::csvCompanionPath(u"a/b.tcoplan"_s, u"-x"_s), u"a/b-x.csv"_s);
    QCOMPARE(report::csvCompanionPath(u"noext"_s, u"-x"_s), u"noext-x.csv"_s);
    QCOMPARE(report::csvCompanionPath(u"dir.v2/noext"_s, u"-x"_s), u"dir.v2/noext-x.csv"_s);
    QCOMPARE(report::csvCompanionPath(u"dir/.hidden"_s, u"-x"_s), u"dir/.hidden-x.csv"_s);
    // an unwritable place: false, a message naming the path, nothing written
    QVERIFY(!report::writeCsvReport(m_scenario, m_result, dir + u"/missing/out.csv"_s, nullptr, &error));
    QVERIFY(error.contains(u"missing/out.csv"_s));
}

QString TestReports::writePdf(const QString &name, report::Language language, report::Paper paper,
                              report::PdfReportInfo *info)
{
    report::PdfReportOptions options;
    options.language = language;
    options.paper = paper;
    options.company = u"ACME 科技"_s;
    options.author = u"Test Author"_s;
    options.date = QDate(2026, 1, 15);
    options.chartPainter = ui::reportChartPainter();
    const QString path = tempPath(name);
    QString error;
    const report::ReportInput input { m_scenario, m_result, m_catalog, m_catalogInfo };
    if (!report::writePdfReport(input, options, path, info, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

QString TestReports::pdfText(const QString &path)
{
    const Tool t = runTool(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    // The text layer of a Qt PDF names each glyph by the lowest code point that maps to it
    // (QFontSubset), so with Noto Sans CJK some ideographs come out as radicals that share their
    // glyph (月 as U+2F49, 页 as U+2EDA), and DejaVu's "fi" as the ligature U+FB01. Fold those
    // back through the font's own cmap: the radical becomes the ideograph with the same glyph.
    static QHash<char32_t, QString> fold;
    if (fold.isEmpty()) {
        const QRawFont raw = QRawFont::fromFont(QFont(report::cjkFontFamily()));
        QHash<quint32, char32_t> ideographByGlyph;
        for (char32_t c = 0x9fff; c >= 0x4e00; --c) { // lowest wins, as in the PDF
            const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(c)));
            if (!g.isEmpty() && g.front() != 0)
                ideographByGlyph.insert(g.front(), c);
        }
        for (char32_t r = 0x2e80; r <= 0x2fdf; ++r) {
            const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(r)));
            if (!g.isEmpty() && ideographByGlyph.contains(g.front()))
                fold.insert(r, QString(QChar(ideographByGlyph.value(g.front()))));
        }
        for (char32_t l = 0xfb00; l <= 0xfb06; ++l)
            fold.insert(l, QString(QChar(l)).normalized(QString::NormalizationForm_KC));
    }
    QString text;
    text.reserve(t.out.size());
    for (const QChar c : t.out)
        text += fold.value(c.unicode(), QString(c));
    return text;
}

void TestReports::pdfEnglish()
{
    report::PdfReportInfo info;
    const QString path = writePdf(u"report-en.pdf"_s, report::Language::English, report::Paper::A4, &info);
    QVERIFY(QFileInfo(path).size() > 10000);
    QVERIFY2(info.pages >= 9, qPrintable(QString::number(info.pages)));
    QCOMPARE(info.chartsDrawn, 2);
    QVERIFY(info.untranslated.isEmpty());
    QVERIFY(info.sections.contains(u"Executive summary"_s));
    QVERIFY(info.sections.contains(u"Data provenance"_s));
    QCOMPARE(info.sectionPages.front(), 3); // title page, contents, then the summary

    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed: page count, fonts and text not checked");
    const Tool pdfinfo = runTool(u"pdfinfo"_s, { path });
    QVERIFY(pdfinfo.out.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(info.pages))));
    QVERIFY(pdfinfo.out.contains(u"(A4)"_s));

    const Tool fonts = runTool(u"pdffonts"_s, { path });
    const QStringList rows = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows) // name type encoding emb sub uni object ID
        QVERIFY2(row.split(u' ', Qt::SkipEmptyParts).value(row.split(u' ', Qt::SkipEmptyParts).size() - 5) == "yes"_L1,
                 qPrintable(row));

    const QString text = pdfText(path);
    for (const QString &expected :
         { u"Total cost of ownership report"_s, u"Contents"_s, u"Executive summary"_s, u"Recommended: "_s,
           u"Comparison"_s, u"Cumulative cost of ownership (CNY)"_s, u"Memory fit"_s, u"Performance at the SLA"_s,
           u"Advisor's recommendations"_s, u"Assumptions"_s, u"Data provenance"_s, u"Prices and rates used"_s,
           u"Page 2 of %1"_s.arg(info.pages), u"ACME 科技"_s, u"2026-01-15"_s, u"Workstation (RTX 4090)"_s,
           u"Month"_s /* an axis title of the chart */, u"Mainland China (cn)"_s /* the market, issue 13.6 */,
           u"converted from USD at 6.9843 CNY/USD"_s /* the converted prices with rate and date */ })
        QVERIFY2(text.contains(expected), qPrintable(expected));
    const int recommended = report::recommend(m_scenario, m_result).tier;
    QVERIFY(text.contains(u"Recommended: "_s
                          + QString::fromStdString(m_result.tiers[std::size_t(recommended)].name).left(20)));
}

void TestReports::pdfApiSection_data()
{
    QTest::addColumn<report::Language>("language");
    QTest::addColumn<QString>("heading");
    QTest::newRow("English") << report::Language::English << u"Buying tokens from an API"_s;
    QTest::newRow("Chinese") << report::Language::SimplifiedChinese << u"从 API 购买 token"_s;
}

void TestReports::pdfApiSection()
{
    // The default scenario's model (DeepSeek-LLM-7B) has no hosted API: the section says so and
    // draws no chart. With DeepSeek-R1-Distill-Qwen-7B (SiliconFlow's Pro endpoint in the seed) it
    // has the table and the chart (a third chart), in both languages.
    QFETCH(report::Language, language);
    QFETCH(QString, heading);
    const engine::Scenario saved = m_scenario;
    const engine::Result savedResult = m_result;
    report::PdfReportInfo before;
    writePdf(u"api-none.pdf"_s, language, report::Paper::A4, &before);
    QVERIFY2(before.sections.contains(heading), qPrintable(before.sections.join(u" | "_s)));
    QCOMPARE(before.chartsDrawn, 2);
    m_scenario.workload.model = "deepseek-r1-distill-qwen-7b";
    m_result = evaluate(m_scenario);
    QVERIFY(!m_result.api.empty());
    report::PdfReportInfo info;
    writePdf(u"api.pdf"_s, language, report::Paper::A4, &info);
    m_scenario = saved;
    m_result = savedResult;
    QVERIFY2(info.sections.contains(heading), qPrintable(info.sections.join(u" | "_s)));
    QCOMPARE(info.chartsDrawn, 3);
    QVERIFY2(info.untranslated.isEmpty(), qPrintable(info.untranslated.join(u'\n')));
}

void TestReports::pdfChineseHasNoEnglishHeadings()
{
    report::PdfReportInfo info;
    const QString path = writePdf(u"report-zh.pdf"_s, report::Language::SimplifiedChinese, report::Paper::A4, &info);
    QVERIFY2(info.untranslated.isEmpty(), qPrintable(info.untranslated.join(u'\n')));
    QCOMPARE(info.chartsDrawn, 2);
    QVERIFY(info.sections.contains(u"执行摘要"_s));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: text and fonts not checked");

    const Tool fonts = runTool(u"pdffonts"_s, { path });
    QVERIFY2(fonts.out.contains(QRegularExpression(u"CJK\\S*\\s.*\\byes\\b"_s)), qPrintable(fonts.out));
    for (const QString &row : fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList cols = row.split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(cols.value(cols.size() - 5), u"yes"_s);
    }

    const QString text = pdfText(path);
    for (const QString &expected : { u"总体拥有成本（TCO）报告"_s, u"目录"_s, u"执行摘要"_s, u"推荐方案"_s,
                                     u"方案对比"_s, u"累计拥有成本"_s, u"显存占用"_s, u"SLA 下的性能"_s, u"优化建议"_s,
                                     u"假设条件"_s, u"数据来源"_s, u"第 2 页，共 %1 页"_s.arg(info.pages), u"月份"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // The report's own headings (catalog sources and engine texts stay as they are, in English).
    for (const QString &english :
         { u"Executive summary"_s, u"Contents"_s, u"Memory fit"_s, u"Performance at the SLA"_s,
           u"Cost by category and year"_s, u"Advisor's recommendations"_s, u"Data provenance"_s, u"Page 2"_s,
           u"Cumulative cost of ownership"_s, u"Recommended:"_s, u"Prices and rates used"_s, u"Replicas by hour"_s,
           u"Break-even"_s })
        QVERIFY2(!text.contains(english), qPrintable(english));
}

void TestReports::pdfLetter()
{
    report::PdfReportInfo info;
    const QString path = writePdf(u"report-letter.pdf"_s, report::Language::English, report::Paper::Letter, &info);
    QVERIFY(info.pages > 0);
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const Tool pdfinfo = runTool(u"pdfinfo"_s, { path });
    QVERIFY2(pdfinfo.out.contains(u"612 x 792 pts"_s), qPrintable(pdfinfo.out));
}

void TestReports::pdfFailsWithoutLeavingAFile()
{
    const QString path = tempPath(u"no-such-dir/report.pdf"_s);
    report::PdfReportOptions options;
    QString error;
    const report::ReportInput input { m_scenario, m_result, m_catalog, m_catalogInfo };
    QVERIFY(!report::writePdfReport(input, options, path, nullptr, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFileInfo::exists(path));
}

void TestReports::pdfCutsOverlongNames()
{
    // A scenario edited in the window does not pass through the file's name limit: a tier name of
    // 20,000 characters wrapped into comparison cells many pages high (100,000: 9.8 GB). The
    // report cuts names to the file's limit and has the pages of the normal report.
    report::PdfReportInfo normal;
    writePdf(u"report-normal-names.pdf"_s, report::Language::English, report::Paper::A4, &normal);
    engine::Scenario scenario = m_scenario;
    engine::Result result = m_result;
    const std::string name = std::string(20000, 'N');
    scenario.tiers[0].name = result.tiers[0].name = name;
    scenario.title = std::string(20000, 'T');
    report::PdfReportOptions options;
    options.date = QDate(2026, 1, 15);
    options.chartPainter = ui::reportChartPainter();
    const QString path = tempPath(u"report-long-names.pdf"_s);
    report::PdfReportInfo info;
    QString error;
    const report::ReportInput input { scenario, result, m_catalog, m_catalogInfo };
    QVERIFY2(report::writePdfReport(input, options, path, &info, &error), qPrintable(error));
    QVERIFY2(info.pages <= normal.pages + 1, qPrintable(u"%1 pages against %2"_s.arg(info.pages).arg(normal.pages)));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the cut name not checked");
    const QString text = pdfText(path);
    // (cells wrap the cut name over lines) cut with an ellipsis, and far fewer than one whole name
    QVERIFY(text.contains(u"N"_s + QChar(0x2026)));
    QVERIFY2(text.count(u'N') < int(name.size()), qPrintable(QString::number(text.count(u'N'))));
}

void TestReports::kubernetesYamlParsesBack()
{
    const int tier = report::findTier(m_scenario, u"Hybrid cloud (A10G + T4 spot)"_s);
    QCOMPARE(tier, 1);
    const report::DeployOutput out = report::deploymentFiles(m_scenario, m_result, m_catalog, tier);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.files.size(), 1);
    QCOMPARE(out.files.front().fileName, u"hybrid-cloud-a10g-t4-spot-a6b2a883-kubernetes.yaml"_s);
    MiniYaml yaml;
    const QVariantList docs = yaml.parse(QString::fromUtf8(out.files.front().content));
    QVERIFY2(yaml.error().isEmpty(), qPrintable(yaml.error()));
    QCOMPARE(docs.size(), 4); // hot Deployment + HPA, cold Deployment + HPA

    const engine::CloudTier &c = m_scenario.tiers[1].cloud;
    const engine::CloudInstance *hot = m_catalog.findInstance(c.hot_instance);
    const engine::CloudInstance *cold = m_catalog.findInstance(c.cold_instance);
    QVERIFY(hot && cold);
    const QStringList container { u"spec"_s, u"template"_s, u"spec"_s, u"containers"_s, u"0"_s };
    QCOMPARE(at(docs[0], { u"kind"_s }).toString(), u"Deployment"_s);
    QCOMPARE(at(docs[0], container + QStringList { u"resources"_s, u"limits"_s, u"nvidia.com/gpu"_s }).toLongLong(),
             qlonglong(std::ceil(hot->gpu_count)));
    QCOMPARE(at(docs[0], container + QStringList { u"image"_s }).toString(), u"vllm/vllm-openai:v0.6.3.post1"_s);
    QCOMPARE(at(docs[0], container + QStringList { u"env"_s, u"0"_s, u"name"_s }).toString(), u"QUANTIZATION"_s);
    QCOMPARE(at(docs[0], container + QStringList { u"env"_s, u"0"_s, u"value"_s }).toString(), u"bf16"_s);
    const QStringList args = at(docs[0], container + QStringList { u"args"_s }).toStringList();
    const engine::ModelSpec *model = m_catalog.findModel(m_scenario.workload.model);
    QVERIFY(model);
    QCOMPARE(args.value(args.indexOf(u"--model"_s) + 1), QString::fromStdString(model->hf_repo));
    QCOMPARE(args.value(args.indexOf(u"--tensor-parallel-size"_s) + 1), QString::number(m_result.tiers[1].perf.tp));
    QCOMPARE(
        at(docs[0], { u"spec"_s, u"template"_s, u"spec"_s, u"nodeSelector"_s, u"node.kubernetes.io/instance-type"_s })
            .toString(),
        QString::fromStdString(hot->instance_type));

    QCOMPARE(at(docs[1], { u"kind"_s }).toString(), u"HorizontalPodAutoscaler"_s);
    QCOMPARE(at(docs[1], { u"spec"_s, u"minReplicas"_s }).toLongLong(), qlonglong(std::max(1, c.min_replicas)));
    QCOMPARE(at(docs[1], { u"spec"_s, u"maxReplicas"_s }).toLongLong(), qlonglong(c.max_replicas));
    QCOMPARE(at(docs[1], { u"spec"_s, u"scaleTargetRef"_s, u"name"_s }), at(docs[0], { u"metadata"_s, u"name"_s }));
    QCOMPARE(at(docs[1], { u"spec"_s, u"metrics"_s, u"0"_s, u"pods"_s, u"target"_s, u"averageValue"_s }).toString(),
             QString::number(std::lround(c.target_utilisation * 100)));

    // cold replicas: their own precision and GPU count, bounds from the engine's hourly replicas
    QCOMPARE(at(docs[2], container + QStringList { u"env"_s, u"0"_s, u"value"_s }).toString(),
             QString::fromStdString(c.cold_precision));
    QCOMPARE(at(docs[2], container + QStringList { u"resources"_s, u"limits"_s, u"nvidia.com/gpu"_s }).toLongLong(),
             qlonglong(std::ceil(cold->gpu_count)));
    const auto &coldReplicas = m_result.tiers[1].cold_replicas;
    const double coldMax = *std::max_element(coldReplicas.begin(), coldReplicas.end());
    QCOMPARE(at(docs[3], { u"spec"_s, u"maxReplicas"_s }).toLongLong(), qlonglong(std::max(1.0, coldMax)));

    QString error;
    QVERIFY2(report::writeDeploymentFiles(out, tempPath(u"deploy/cloud"_s), &m_yamlFiles, &error), qPrintable(error));
}

void TestReports::launchYamlParsesBack()
{
    const report::DeployOutput out = report::deploymentFiles(m_scenario, m_result, m_catalog, 2);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.files.front().fileName, u"gpu-cluster-4x-h100-sxm-nvlink-ib-ndr-cd7306c5-launch.yaml"_s);
    MiniYaml yaml;
    const QVariantList docs = yaml.parse(QString::fromUtf8(out.files.front().content));
    QVERIFY2(yaml.error().isEmpty(), qPrintable(yaml.error()));
    QCOMPARE(docs.size(), 1);
    const engine::PerfResult &perf = m_result.tiers[2].perf;
    QCOMPARE(at(docs[0], { u"parallelism"_s, u"tensor_parallel_size"_s }).toLongLong(), qlonglong(perf.tp));
    QCOMPARE(at(docs[0], { u"parallelism"_s, u"pipeline_parallel_size"_s }).toLongLong(), qlonglong(perf.pp));
    QCOMPARE(at(docs[0], { u"parallelism"_s, u"replicas"_s }).toLongLong(), qlonglong(perf.replicas));
    QCOMPARE(at(docs[0], { u"stack"_s }).toString(), u"trt-llm"_s);
    const QStringList command = at(docs[0], { u"launch"_s, u"command"_s }).toStringList();
    QCOMPARE(command.value(0), u"trtllm-serve"_s);
    QCOMPARE(command.value(command.indexOf(u"--tp_size"_s) + 1), QString::number(perf.tp));
    QCOMPARE(command.value(command.indexOf(u"--pp_size"_s) + 1), QString::number(perf.pp));

    // the workstation: one GPU, vLLM
    const report::DeployOutput ws = report::deploymentFiles(m_scenario, m_result, m_catalog, 0);
    QVERIFY(ws.ok());
    const QVariantList wsDocs = yaml.parse(QString::fromUtf8(ws.files.front().content));
    QVERIFY(yaml.error().isEmpty());
    const QStringList wsCommand = at(wsDocs[0], { u"launch"_s, u"command"_s }).toStringList();
    QCOMPARE(wsCommand.mid(0, 2), (QStringList { u"vllm"_s, u"serve"_s }));
    QCOMPARE(wsCommand.value(wsCommand.indexOf(u"--dtype"_s) + 1), u"bfloat16"_s);
    QString error;
    QVERIFY2(report::writeDeploymentFiles(ws, tempPath(u"deploy/ws"_s), &m_yamlFiles, &error), qPrintable(error));
    QVERIFY2(report::writeDeploymentFiles(out, tempPath(u"deploy/cluster"_s), &m_yamlFiles, &error), qPrintable(error));
}

void TestReports::yamlQuotesAwkwardNames()
{
    engine::Scenario scenario = m_scenario;
    const std::string awkward = "Box: \"quoted\" # not a comment\\ \n- next 工作站";
    scenario.tiers[0].name = awkward;
    const engine::Result result = evaluate(scenario);
    const report::DeployOutput out = report::deploymentFiles(scenario, result, m_catalog, 0);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.files.front().fileName, u"box-quoted-not-a-comment-next-155dbc23-launch.yaml"_s);
    MiniYaml yaml;
    const QVariantList docs = yaml.parse(QString::fromUtf8(out.files.front().content));
    QVERIFY2(yaml.error().isEmpty(), qPrintable(yaml.error()));
    QCOMPARE(at(docs[0], { u"tier"_s }).toString(), QString::fromStdString(awkward));
    QCOMPARE(report::kubernetesName("工作站", 4), std::string("tier-5-d85c0d81"));
}

void TestReports::yamlQuantizationFlag()
{
    engine::Scenario scenario = m_scenario;
    scenario.tiers[1].precision = "int4-awq";
    const engine::Result result = evaluate(scenario);
    const report::DeployOutput out = report::deploymentFiles(scenario, result, m_catalog, 1);
    QVERIFY2(out.ok(), qPrintable(out.error));
    MiniYaml yaml;
    const QVariantList docs = yaml.parse(QString::fromUtf8(out.files.front().content));
    QVERIFY(yaml.error().isEmpty());
    const QStringList container { u"spec"_s, u"template"_s, u"spec"_s, u"containers"_s, u"0"_s };
    const QStringList args = at(docs[0], container + QStringList { u"args"_s }).toStringList();
    QCOMPARE(args.value(args.indexOf(u"--quantization"_s) + 1), u"awq"_s);
    QCOMPARE(at(docs[0], container + QStringList { u"env"_s, u"0"_s, u"value"_s }).toString(), u"int4-awq"_s);
}

void TestReports::yamlWithPyYaml()
{
    // A second, independent parser when the machine has one; the test never depends on it.
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty()
        || runTool(u"python3"_s, { u"-c"_s, u"import yaml"_s }).code != 0)
        QSKIP("python3 with PyYAML is not installed; MiniYaml covers the parse");
    QVERIFY(m_yamlFiles.size() >= 3);
    const QString script = u"import sys, yaml\n"
                           "for path in sys.argv[1:]:\n"
                           "    docs = [d for d in yaml.safe_load_all(open(path, encoding='utf-8'))]\n"
                           "    for d in docs:\n"
                           "        if d.get('kind') == 'Deployment':\n"
                           "            c = d['spec']['template']['spec']['containers'][0]\n"
                           "            print('gpu', c['resources']['limits']['nvidia.com/gpu'])\n"
                           "        elif d.get('kind') == 'HorizontalPodAutoscaler':\n"
                           "            print('hpa', d['spec']['minReplicas'], d['spec']['maxReplicas'])\n"
                           "        else:\n"
                           "            print('tp', d['parallelism']['tensor_parallel_size'])\n"_s;
    const Tool t = runTool(u"python3"_s, QStringList { u"-c"_s, script } + m_yamlFiles);
    QCOMPARE(t.code, 0);
    QVERIFY2(t.out.contains(u"gpu 1\n"_s), qPrintable(t.out));
    QVERIFY(t.out.contains(u"hpa 1 8\n"_s));
    QVERIFY(t.out.contains(u"tp %1\n"_s.arg(m_result.tiers[2].perf.tp)));
}

void TestReports::tierLookup()
{
    QCOMPARE(report::findTier(m_scenario, u"workstation (rtx 4090)"_s), 0);
    QCOMPARE(report::findTier(m_scenario, u"3"_s), 2);
    QCOMPARE(report::findTier(m_scenario, u"4"_s), -1);
    QCOMPARE(report::findTier(m_scenario, u"nope"_s), -1);
    QCOMPARE(report::kubernetesName("Hybrid cloud (A10G + T4 spot)", 1),
             std::string("hybrid-cloud-a10g-t4-spot-a6b2a883"));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
