// SPDX-License-Identifier: MIT
#pragma once

#include <catalogsnapshot.h>

#include <QSqlDatabase>

namespace tco::db {

/**
 * Reads the catalog into the engine's value types. The engine never sees SQL: everything it
 * evaluates comes through here.
 */
engine::CatalogSnapshot loadSnapshot(const QSqlDatabase &db);

} // namespace tco::db
