// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace tco::db {

/** The version of the SQLite library behind Qt's QSQLITE driver ("3.40.1"), or "unavailable". */
QString sqliteVersion();

} // namespace tco::db
