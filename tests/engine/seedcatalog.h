// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file seedcatalog.h
 * Test support: builds an engine CatalogSnapshot straight from the seed CSV files under db/seed
 * (header = schema columns), without SQLite. The production loader is db/repository.cpp.
 */

#include "catalogsnapshot.h"

#include <string>
#include <vector>

namespace tco::engine::testsupport {

/** Reads a whole file; empty string and @p error set when it cannot be read. */
std::string readFile(const std::string &path, std::string *error = nullptr);

/**
 * Loads gpus, models, precisions, serving_stacks and their *_aliases.csv from @p seed_dir and
 * reindexes. Missing serving_stacks.csv is allowed (no stacks). Returns false with @p error.
 */
bool loadSeedCatalog(const std::string &seed_dir, CatalogSnapshot &out, std::string &error);

/** The serving_stacks columns in schema order. */
const std::vector<std::string> &servingStackColumns();

/** Renders stacks as serving_stacks.csv (header + rows, CRLF). notes[i] is the notes cell. */
std::string writeServingStacksCsv(const std::vector<ServingStackSpec> &stacks,
                                  const std::vector<std::string> &notes);

} // namespace tco::engine::testsupport
