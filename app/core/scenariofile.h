// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file scenariofile.h
 * The scenario document (*.tcoplan): engine::Scenario as versioned JSON, with validation that
 * names the field and the problem.
 *
 * Format (version 1), UTF-8 JSON, one object:
 * @code
 * { "format": "tco-planner-scenario", "version": 1, "title": "...",
 *   "workload":   { "model", "precision", "input_len", "output_len", "peak_requests_per_s",
 *                   "hourly_profile": [24 numbers], "sla_ttft_ms", "sla_tpot_ms",
 *                   "low_priority_share" },
 *   "tiers": [ { "name", "kind": "on_premises" | "cloud", "stack", "precision", "tp", "pp",
 *                "on_premises": { "gpu", "gpus_per_node", "nodes",
 *                                 "node_parts": [{"part_id", "quantity"}], "shared_parts": [...],
 *                                 "link": "" | "pcie" | "nvlink", "network_gbps_per_gpu",
 *                                 "colocated", "staff_fte" },
 *                "cloud": { "hot_instance", "hot_option", "min_replicas", "max_replicas",
 *                           "target_utilisation", "cold_instance", "cold_option",
 *                           "cold_precision", "spot_interruption_overhead",
 *                           "spot_availability", "object_storage_gb",
 *                           "object_storage_usd_per_gb_month", "cache_usd_per_month",
 *                           "egress_gb_per_month", "egress_usd_per_gb", "staff_fte" },
 *                "published": { "source", "currency", "hardware_cost", "output_tok_s",
 *                               "latency_ms", "cost_performance_index" } } ],
 *   "financials": { "horizon_months", "currency", "electricity_price_per_kwh",
 *                   "electricity_currency", "pue", "maintenance_fraction_per_year",
 *                   "depreciation_years", "capex_treatment": "upfront" | "depreciation",
 *                   "colocation_usd_per_kw_month", "staff_usd_per_fte_year",
 *                   "refresh_reserve_fraction_per_year", "refresh_reserve_in_tco",
 *                   "residual_value_fraction", "discount_rate_per_year", "gpu_power_draw_fraction", "baseline_tier" } }
 * @endcode
 * Keys are the field names of scenario.h. A tier's block for its own kind is required; the block
 * of the other kind is written only when it differs from the defaults (so an editor that switches
 * a tier's kind loses nothing) and is validated when present. Published figures that a source
 * does not give are null. Optional keys (absent = the default of scenario.h): title; tier
 * precision, tp, pp, n_plus_one (false), published; a part's quantity (1); on-premises node_parts, shared_parts, link,
 * network_gbps_per_gpu, colocated, staff_fte; cloud everything after target_utilisation;
 * financials refresh_reserve_in_tco (false), residual_value_fraction, discount_rate_per_year, capex_treatment,
 * gpu_power_draw_fraction, baseline_tier; workload low_priority_share. Everything else is
 * required ("missing").
 *
 * Unknown keys are warnings (the file still loads), so that typos surface. A file of a newer
 * format version is refused. Doubles are written in the shortest form that reads back to the
 * same value, so save/load round-trips exactly (except the sign of -0.0).
 */

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <scenario.h>

namespace tco::engine {
class CatalogSnapshot;
}

namespace tco::app {

/** The value of the top-level "format" key of every scenario file. */
inline constexpr char kScenarioFormatName[] = "tco-planner-scenario";
/** The format version this program writes and the highest it reads. */
inline constexpr int kScenarioFormatVersion = 1;
/**
 * Files larger than this are refused before they are read (a scenario is a few kilobytes). The
 * largest file the limits below allow, written with every name at its longest, is about 12 MB
 * (names of control characters, each written as a 6-byte escape).
 */
inline constexpr qint64 kMaxScenarioFileBytes = 16 * 1024 * 1024;
/** Longest horizon of a scenario, in months (10 years). */
inline constexpr int kMaxHorizonMonths = 120;

// Limits of the reader (docs/limits.md, "Scenario files and evaluation"). Each is far above any
// real scenario and bounds the work and memory of reading, evaluating and reporting a file.

/** Most tiers (engine::kMaxTiers: the report's tables and the break-even pairs grow with them). */
inline constexpr int kMaxScenarioTiers = engine::kMaxTiers;
/**
 * Longest name or catalog id (tier name, model, precision, stack, GPU, part, instance), in
 * characters: the longest id of the bundled catalog has 44; a longer name does not fit a table
 * column, a chart legend or a file name.
 */
inline constexpr int kMaxNameChars = 200;
/** Longest free text (the title, a published figure's source), in characters. */
inline constexpr int kMaxTextChars = 2000;
/**
 * Longest JSON string anywhere in the file (keys and unknown values included), in characters:
 * twice the longest field, so that a field over its own limit gets that field's message.
 */
inline constexpr int kMaxJsonStringChars = 2 * kMaxTextChars;
/** Deepest nesting of JSON objects and arrays (a scenario nests 6: root, tiers, tier, block, parts, part). */
inline constexpr int kMaxJsonDepth = 16;
/** Most lines in node_parts or in shared_parts (a server has about ten kinds of parts). */
inline constexpr int kMaxPartLines = 64;
/** Unknown keys longer than this get no "did you mean" (no key of the format has more than 31 characters). */
inline constexpr int kMaxSuggestedKeyChars = 64;

/** One thing wrong with a scenario file. */
struct ScenarioProblem
{
    enum class Severity {
        Error, ///< the file cannot be used as it is
        Warning, ///< the file loads; something is probably not what the author meant
    };
    Severity severity = Severity::Error;
    QString path; ///< field path, e.g. "tiers[1].cloud.max_replicas"; empty for the whole file
    QString message; ///< e.g. "must be at least min_replicas (2), got 1"

    bool isError() const { return severity == Severity::Error; }
    /** "path: message", "path: warning: message", or just the message when the path is empty. */
    QString toString() const;
};

/** What reading a scenario gave. */
struct ScenarioLoad
{
    /** The scenario; set only when there is no error (warnings allowed). */
    std::optional<engine::Scenario> scenario;
    /**
     * What could be read even when there are errors (fields with a problem keep their defaults;
     * empty after a JSON or version error), so that an editor can open a half-finished file.
     */
    engine::Scenario bestEffort;
    QList<ScenarioProblem> problems; ///< in file order

    bool ok() const { return scenario.has_value(); }
    qsizetype errorCount() const;
    qsizetype warningCount() const;
};

/** The scenario as an indented JSON document (UTF-8). */
QByteArray scenarioToJson(const engine::Scenario &scenario);

/** Parses and validates a scenario document. */
ScenarioLoad scenarioFromJson(const QByteArray &json);

/**
 * Writes @p scenario to @p path atomically (QSaveFile: a temporary file renamed into place), so
 * the previous file survives any failure. No validation: a half-finished scenario can be saved.
 * Returns false with @p error ("cannot write PATH: reason") set when given.
 */
bool saveScenarioFile(const engine::Scenario &scenario, const QString &path, QString *error = nullptr);

/** Reads and validates @p path; an unreadable or oversized file is an error naming the path. */
ScenarioLoad loadScenarioFile(const QString &path);

/**
 * Checks that the names of @p scenario resolve in @p catalog: model, precisions, serving stacks,
 * GPUs (ids or aliases), parts and instances (ids), and that each instance has a price for the
 * purchase option chosen. Serving stacks are only checked when the catalog lists any.
 */
QList<ScenarioProblem> checkCatalogReferences(const engine::Scenario &scenario, const engine::CatalogSnapshot &catalog);

} // namespace tco::app
