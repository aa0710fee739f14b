// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace tco::app {

/** Languages the product ships: "en" (the source language) and "zh_CN". */
QStringList availableLanguages();

/** The language's own name: "English", "简体中文". */
QString languageName(const QString &code);

/**
 * Installs the translators for @p code (ours from the embedded :/i18n/tco_<code>.qm and Qt's own
 * qtbase_<code>.qm when installed) and sets the default locale, so numbers and dates follow it.
 * "en" removes them. Emits QEvent::LanguageChange to every widget. False if @p code is unknown.
 */
bool setLanguage(const QString &code);

/** The language in effect ("en" until setLanguage() is called). */
QString currentLanguage();

/** The system's language if we ship it, else "en". */
QString systemLanguage();

} // namespace tco::app
