// SPDX-License-Identifier: MIT
#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace tco::app {

namespace {
struct Installed
{
    QString code = u"en"_s;
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString languageName(const QString &code)
{
    if (code == "zh_CN"_L1)
        return u"简体中文"_s;
    return u"English"_s;
}

bool setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    Installed &state = installed();
    if (state.ours)
        QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.ours.reset();
    state.qt.reset();
    state.code = code;
    // Build the locale from its name (QLocale::system() picked the wrong file for zh_CN; see
    // the Notepad Next note in docs/style.md).
    const QLocale locale(code == "en"_L1 ? u"en_US"_s : code);
    QLocale::setDefault(locale);
    if (code != "en"_L1) {
        auto ours = std::make_unique<QTranslator>();
        if (ours->load(locale, u"tco"_s, u"_"_s, u":/i18n"_s)) {
            QCoreApplication::installTranslator(ours.get());
            state.ours = std::move(ours);
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    } else if (QCoreApplication::instance()) {
        // removing translators already sent LanguageChange; make sure widgets hear it once more
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return true;
}

QString currentLanguage()
{
    return installed().code;
}

QString systemLanguage()
{
    const QString name = QLocale::system().name();
    for (const QString &code : availableLanguages())
        if (name.startsWith(code) || (code == "zh_CN"_L1 && name.startsWith(u"zh"_s)))
            return code;
    return u"en"_s;
}

} // namespace tco::app
