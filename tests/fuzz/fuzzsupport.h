// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file fuzzsupport.h
 * What the fuzz targets share: a QCoreApplication (the SQLite driver is a plugin), one catalog
 * created from the bundled seed in a temporary folder, its engine snapshot, and checks that
 * abort (so that libFuzzer keeps the input) when an invariant does not hold.
 */

#include <QByteArray>
#include <QString>

#include <catalogsnapshot.h>
#include <cstddef>
#include <cstdint>

namespace tco::fuzz {

/** Creates the application and the seeded catalog once; later calls do nothing. */
void initialize();

/** Path of the seeded catalog (tests may change it and restore it from pristineCatalog()). */
QString catalogPath();

/** The bytes of the seeded catalog right after it was created. */
const QByteArray &pristineCatalog();

/** The seeded catalog as the engine sees it. */
const engine::CatalogSnapshot &seedSnapshot();

/** Reads a whole file; empty when it cannot be read. */
QByteArray readFile(const QString &path);

/** Prints @p what and aborts when @p condition is false. */
void require(bool condition, const char *what);

/** Aborts when @p value is NaN or infinite. */
void requireFinite(double value, const char *what);

} // namespace tco::fuzz
