// SPDX-License-Identifier: MIT
#include "evaluatedscenario.h"

#include "catalog.h"
#include "core/scenariofile.h"
#include "costmodel.h"
#include "repository.h"

using namespace Qt::StringLiterals;

namespace tco::report {

std::optional<EvaluatedScenario> evaluateScenarioFile(const QString &scenarioPath, const QString &catalogPath,
                                                      const QString &currency, QStringList *messages, QString *error)
{
    const app::ScenarioLoad load = app::loadScenarioFile(scenarioPath);
    if (messages)
        for (const app::ScenarioProblem &p : load.problems)
            messages->append(scenarioPath + u": "_s + p.toString());
    if (!load.ok()) {
        if (error)
            *error = u"%1: %2 error(s) in the scenario"_s.arg(scenarioPath).arg(load.errorCount());
        return std::nullopt;
    }
    EvaluatedScenario e;
    e.scenario = *load.scenario;
    if (!currency.isEmpty())
        e.scenario.financials.currency = currency.toStdString();
    try {
        const db::Catalog catalog(catalogPath);
        e.catalog = db::loadSnapshot(catalog.database());
        e.catalogInfo.schemaVersion = db::Catalog::fileSchemaVersion(catalog.path());
        e.catalogInfo.createdAt = catalog.meta(u"created_at"_s);
        e.catalogInfo.seedVersion = catalog.meta(u"seed_version"_s);
    } catch (const db::CatalogError &ex) {
        if (error)
            *error = ex.message();
        return std::nullopt;
    }
    e.result = engine::evaluate(e.scenario, e.catalog);
    return e;
}

} // namespace tco::report
