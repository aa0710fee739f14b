// SPDX-License-Identifier: MIT
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <catalog.h>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <repository.h>

namespace tco::fuzz {

namespace {
struct State
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    QString catalogPath;
    QByteArray pristine;
    engine::CatalogSnapshot snapshot;
};

// Never destroyed by static destructors: at exit Qt's own globals (the SQL connection list) may
// already be gone. The atexit handler below only removes the temporary folder.
State &state()
{
    static State *s = new State;
    return *s;
}

void cleanUp()
{
    state().dir.reset();
}

int g_argc = 1;
char g_arg0[] = "tco-fuzz";
char *g_argv[] = { g_arg0, nullptr };
} // namespace

void initialize()
{
    State &s = state();
    if (s.app)
        return;
    s.app = std::make_unique<QCoreApplication>(g_argc, g_argv);
    std::atexit(cleanUp);
    s.dir = std::make_unique<QTemporaryDir>();
    require(s.dir->isValid(), "cannot create a temporary folder");
    s.catalogPath = s.dir->filePath(QStringLiteral("catalog.sqlite"));
    try {
        db::Catalog catalog(s.catalogPath);
        s.snapshot = db::loadSnapshot(catalog.database());
    } catch (const db::CatalogError &e) {
        std::fprintf(stderr, "cannot create the seed catalog: %s\n", qPrintable(e.message()));
        std::abort();
    }
    s.pristine = readFile(s.catalogPath);
    require(!s.pristine.isEmpty(), "the seed catalog is empty");
}

QString catalogPath()
{
    return state().catalogPath;
}

const QByteArray &pristineCatalog()
{
    return state().pristine;
}

const engine::CatalogSnapshot &seedSnapshot()
{
    return state().snapshot;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
}

void requireFinite(double value, const char *what)
{
    if (std::isfinite(value))
        return;
    std::fprintf(stderr, "fuzz invariant violated: %s is %g\n", what, value);
    std::abort();
}

} // namespace tco::fuzz
