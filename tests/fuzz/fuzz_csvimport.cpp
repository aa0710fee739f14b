// SPDX-License-Identifier: MIT
// libFuzzer target: the CSV reader over arbitrary bytes, then db::importCsv of the same bytes
// into one catalog table. The first byte picks the table (byte % tables) and the mode ((byte /
// tables) % 3: merge, replace, replace with cascade); the rest is the file.
//
// Invariants (abort = finding):
//  - the reader terminates, its position only moves forward, lines never go back;
//  - what it reads, written back with appendRecord, reads back to the same records;
//  - neutralizeFormula only ever prepends one apostrophe, and only to risky cells;
//  - an import that fails (or is cancelled) leaves the catalog file byte for byte unchanged and
//    reports no written rows; one that succeeds leaves no dangling reference;
//  - a plain replace never removes rows of other tables (it is refused with the counts instead);
//  - a successful import stores only plausible values (the catalog still loads into the engine),
//    only valid UTF-8 without NUL bytes, no field longer than kMaxImportFieldBytes.
#include "fuzzsupport.h"

#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <catalog.h>
#include <catalogerror.h>
#include <csv.h>
#include <csvio.h>
#include <memory>
#include <repository.h>
#include <schema.h>
#include <string>
#include <string_view>
#include <vector>

namespace csv = tco::engine::csv;
using namespace tco;

namespace {

/// Records read from one input at most (a fuzzer input is small; this bounds the round trip).
constexpr std::size_t kMaxRecords = 100000;

// A heap object, never destroyed: no static destructor closes it after Qt's globals are gone.
std::unique_ptr<db::Catalog> &g_catalog = *new std::unique_ptr<db::Catalog>;

void openCatalog()
{
    g_catalog.reset();
    QFile f(fuzz::catalogPath());
    fuzz::require(f.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot restore the catalog");
    fuzz::require(f.write(fuzz::pristineCatalog()) == fuzz::pristineCatalog().size(), "cannot restore the catalog");
    f.close();
    g_catalog = std::make_unique<db::Catalog>(fuzz::catalogPath(), db::Catalog::OpenMode::MustExist);
}

std::vector<std::vector<std::string>> readAll(std::string_view data, bool &failed)
{
    std::vector<std::vector<std::string>> records;
    csv::Reader reader(data);
    csv::Record rec;
    std::size_t lastPos = reader.position(), lastLine = 0;
    while (records.size() < kMaxRecords && reader.next(rec)) {
        fuzz::require(reader.position() > lastPos && reader.position() <= data.size(), "reader position moves forward");
        fuzz::require(rec.line >= lastLine && rec.line >= 1, "record lines never go back");
        fuzz::require(!rec.fields.empty(), "a record has at least one field");
        lastPos = reader.position();
        lastLine = rec.line;
        records.push_back(rec.fields);
    }
    failed = reader.error().has_value();
    if (failed)
        fuzz::require(reader.error()->line >= 1 && reader.error()->column >= 1, "parse errors have a position");
    return records;
}

void checkReader(std::string_view data)
{
    bool failed = false;
    const auto records = readAll(data, failed);
    if (failed || records.size() >= kMaxRecords)
        return;
    // Written back (with a BOM, so that a BOM-like first field survives), it reads the same.
    std::string out(csv::kUtf8Bom);
    for (const auto &fields : records)
        csv::appendRecord(out, fields);
    bool failedAgain = false;
    const auto again = readAll(out, failedAgain);
    fuzz::require(!failedAgain, "written CSV reads back");
    fuzz::require(again == records, "written CSV reads back to the same records");

    for (const auto &fields : records) {
        for (const std::string &f : fields) {
            const std::string n = csv::neutralizeFormula(f);
            fuzz::require(n == f || (n.size() == f.size() + 1 && n[0] == '\'' && n.compare(1, f.size(), f) == 0),
                          "neutralizeFormula only prepends an apostrophe");
            const char c = f.empty() ? '\0' : f[0];
            if (c == '=' || c == '@' || c == '\t' || c == '\r')
                fuzz::require(n != f, "a formula cell is neutralised");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    openCatalog(); // never closed: at exit Qt's connection list may already be gone
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view data(reinterpret_cast<const char *>(bytes) + 1, size - 1);
    checkReader(data);

    const QStringList &tables = db::catalogTables();
    const QString table = tables[bytes[0] % tables.size()];
    static constexpr db::ImportMode kModes[]
        = { db::ImportMode::Merge, db::ImportMode::Replace, db::ImportMode::ReplaceCascade };
    const db::ImportMode mode = kModes[(bytes[0] / tables.size()) % 3];
    const QByteArray before = fuzz::readFile(fuzz::catalogPath());
    const db::ImportResult r
        = db::importCsv(g_catalog->database(), table, QByteArray(data.data(), qsizetype(data.size())),
                        QStringLiteral("fuzz.csv"), mode);
    if (r.needsCascade)
        fuzz::require(!r.ok() && mode == db::ImportMode::Replace && r.cascadedRows() > 0,
                      "only a plain replace is refused for a cascade, and only when one would happen");
    if (!r.ok()) {
        fuzz::require(!r.issues.isEmpty() || r.cancelled, "a failed import says why");
        fuzz::require(r.inserted == 0 && r.updated == 0 && r.deleted == 0, "a failed import reports no rows written");
        fuzz::require(r.issues.size() <= db::kMaxImportIssues + 1, "issues are bounded");
        for (const db::ImportIssue &i : r.issues)
            fuzz::require(!i.reason.isEmpty() && !i.toString().isEmpty(), "an issue has a reason");
        fuzz::require(fuzz::readFile(fuzz::catalogPath()) == before,
                      "a failed import leaves the catalog file unchanged");
        return 0;
    }
    fuzz::require(mode == db::ImportMode::ReplaceCascade || r.cascadedRows() == 0,
                  "only a confirmed cascade removes rows of other tables");
    const QByteArray imported(data.data(), qsizetype(data.size()));
    fuzz::require(!imported.contains('\0') && QString::fromUtf8(imported).toUtf8() == imported,
                  "a successful import was valid UTF-8 without NUL bytes");
    bool failedFields = false;
    const auto records = readAll(data, failedFields);
    fuzz::require(std::all_of(records.begin(), records.end(),
                              [](const std::vector<std::string> &fields) {
                                  return std::all_of(fields.begin(), fields.end(), [](const std::string &f) {
                                      return qint64(f.size()) <= db::kMaxImportFieldBytes;
                                  });
                              }),
                  "a successful import has no field over the limit");
    try {
        (void)db::loadSnapshot(g_catalog->database());
    } catch (const db::CatalogError &) {
        fuzz::require(false, "a successful import stores only plausible values (the catalog loads)");
    }
    QSqlQuery q(g_catalog->database());
    fuzz::require(q.exec(QStringLiteral("PRAGMA foreign_key_check")), "foreign_key_check runs");
    fuzz::require(!q.next(), "a successful import leaves no dangling reference");
    q = QSqlQuery();
    // Every input starts from the same catalog, so that a finding reproduces on its own.
    if (r.inserted || r.updated || r.deleted || fuzz::readFile(fuzz::catalogPath()) != before)
        openCatalog();
    return 0;
}
