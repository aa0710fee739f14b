// SPDX-License-Identifier: MIT
#pragma once

#include "pdfreport.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tco::report {

/** A scenario file evaluated against a catalog file: everything a report or export needs. */
struct EvaluatedScenario
{
    engine::Scenario scenario;
    engine::CatalogSnapshot catalog;
    engine::Result result;
    CatalogInfo catalogInfo;
};

/**
 * Loads and validates @p scenarioPath, opens the catalog at @p catalogPath (created from the
 * bundled seed when missing), and evaluates. @p currency ("" = the scenario's) overrides
 * financials.currency. The scenario's problems go to @p messages ("FILE: field: message"),
 * warnings included. nullopt with @p error set when the scenario has errors (error names the
 * file) or the catalog cannot be opened.
 */
std::optional<EvaluatedScenario> evaluateScenarioFile(const QString &scenarioPath, const QString &catalogPath,
                                                      const QString &currency, QStringList *messages, QString *error);

} // namespace tco::report
