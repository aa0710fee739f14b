// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>

#include <catalogsnapshot.h>

namespace tco::db {

/**
 * Reads the catalog into the engine's value types. The engine never sees SQL: everything it
 * evaluates comes through here. Throws CatalogError when a table cannot be read (the catalog is
 * busy or damaged) or holds a value outside its column's plausible range (valueranges.h): a
 * model with 4,294,967,328 layers is refused by name, not read as 32.
 */
engine::CatalogSnapshot loadSnapshot(const QSqlDatabase &db);

} // namespace tco::db
