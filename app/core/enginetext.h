// SPDX-License-Identifier: MIT
#pragma once
// The engine's problems, notes and advice in the language of the user interface (or of a
// report, inside a report::LanguageScope): the pattern is looked up in the translations
// (context "tco::engine") and the engine's formatted arguments are put back into it. Without a
// translation the text is the English one.

#include "tcoresult.h"
#include "text.h"

#include <QString>
#include <QStringList>

#include <string>

namespace tco::app {

/** @p text in the current language; @p english when @p text is empty (not kept by its maker). */
QString translated(const engine::Text &text, const std::string &english = {});

/** The scenario-level problems of @p result (Result::issues), each in the current language. */
QStringList translatedIssues(const engine::Result &result);

} // namespace tco::app
