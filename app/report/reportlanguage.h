// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file reportlanguage.h
 * The language a report is written in, independent of the language of the user interface: a
 * manager may run the program in English and hand a Chinese report to a customer.
 *
 * The report's strings are ordinary tr() strings (context "tco::report::PdfReport"), so the
 * project's translation files pick them up. While a report is rendered, a LanguageScope puts
 * the report language's translations in front of the application's: the project's .qm file
 * when it has the string, else a built-in Simplified Chinese table (so a zh_CN report never
 * shows English headings before the .ts files are translated); for English, the source text.
 */

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tco::report {

enum class Language {
    English,
    SimplifiedChinese,
};

/** "en" -> English; "zh_CN", "zh-CN", "zh" -> SimplifiedChinese (case-insensitive); else nullopt. */
std::optional<Language> languageFromName(const QString &name);
/** "en" or "zh_CN". */
QString languageName(Language language);
/** The locale numbers are written in (grouping separators in the PDF; CSV never uses it). */
QLocale languageLocale(Language language);

class ReportTranslator;

/**
 * Installs the translations of a report language in front of the application's for its
 * lifetime (a QCoreApplication must exist). Rendering is synchronous: do not run the event loop
 * while a scope is alive, or open windows would retranslate into the report language.
 */
class LanguageScope
{
public:
    explicit LanguageScope(Language language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

    /**
     * Source texts of the project's contexts ("tco::...") that were asked for while the scope was
     * alive and have no translation in the report language ("context: text"). Always empty for
     * English. Tests use it to prove that a Chinese report has no English left in it.
     */
    QStringList untranslated() const;

private:
    std::unique_ptr<ReportTranslator> m_translator;
};

/**
 * The font families of a report, in fallback order: a Latin family (Latin text and digits, which
 * some CJK fonts map badly to text in PDFs), then a family with Simplified Chinese glyphs. For a
 * Chinese report without any such font installed: nullopt and @p error ("install fonts-noto-cjk").
 * For English the CJK family is added when there is one (tier names may be Chinese).
 */
std::optional<QStringList> reportFontFamilies(Language language, QString *error = nullptr);

/** The installed family for Simplified Chinese: "Noto Sans CJK SC" when present; "" if none. */
QString cjkFontFamily();

} // namespace tco::report
