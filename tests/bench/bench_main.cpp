// SPDX-License-Identifier: MIT
// tco-bench: the speed figures of issue 9, one line each: "BENCH <name> <value> <unit>".
// Figures are printed, never asserted. A figure that cannot be measured is printed as
// "BENCH <name> n/a <unit>" with the reason on stderr. Notes go to stderr, figures to stdout.
#include "catalog.h"
#include "core/appsetup.h"
#include "core/defaultscenario.h"
#include "costmodel.h"
#include "perfmodel.h"
#include "repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <vector>

extern char **environ;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/** Iteration counts: the full run, or --quick for the smoke test. */
struct Settings
{
    bool quick = false;
    int evalSamples = 101; ///< samples of the operating-point loop (median taken)
    int evalPerSample = 20000; ///< evaluations per sample
    int scenarioRuns = 101;
    int sweepRuns = 3;
    int predictRuns = 3;
    int coldStartRuns = 5;
    static constexpr int kPredictRows = 200000; ///< issue 4/9: predict over 200,000 rows
};

void figure(const char *name, double value, int decimals, const char *unit)
{
    std::printf("BENCH %s %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

void notAvailable(const char *name, const char *unit, const std::string &reason)
{
    std::printf("BENCH %s n/a %s\n", name, unit);
    std::fflush(stdout);
    std::fprintf(stderr, "note: %s n/a: %s\n", name, reason.c_str());
}

void note(const std::string &text)
{
    std::fprintf(stderr, "note: %s\n", text.c_str());
}

/** A child process run to completion, with its own resource usage (wait4). */
struct ChildRun
{
    bool started = false;
    int exitCode = -1;
    double wall_s = 0.0;
    double maxrss_mb = 0.0;
    double cpu_s = 0.0; ///< user + system time of the child
};

/**
 * Runs @p argv with the environment plus @p overrides (NAME=VALUE), stdout and stderr to @p log.
 * Timed from just before spawn to the return of wait4.
 */
ChildRun runChild(const std::vector<std::string> &argv, const std::vector<std::string> &overrides,
                  const std::string &log)
{
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e) {
        const std::string entry(*e);
        const std::string key = entry.substr(0, entry.find('='));
        const bool overridden = std::any_of(overrides.begin(), overrides.end(), [&](const std::string &o) {
            return o.compare(0, key.size() + 1, key + "=") == 0;
        });
        if (!overridden)
            env.push_back(entry);
    }
    env.insert(env.end(), overrides.begin(), overrides.end());
    std::vector<char *> argp, envp;
    for (const std::string &a : argv)
        argp.push_back(const_cast<char *>(a.c_str()));
    argp.push_back(nullptr);
    for (const std::string &e : env)
        envp.push_back(const_cast<char *>(e.c_str()));
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);

    ChildRun run;
    pid_t pid = 0;
    const Clock::time_point t0 = Clock::now();
    const int rc = posix_spawn(&pid, argp[0], &actions, nullptr, argp.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        note(fmt::format("cannot start {}: {}", argv[0], std::strerror(rc)));
        return run;
    }
    run.started = true;
    int status = 0;
    struct rusage usage = {};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return run;
    }
    run.wall_s = secondsSince(t0);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    run.maxrss_mb = double(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
    run.cpu_s = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + 1e-6 * double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
    return run;
}

std::string readText(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

std::string tail(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return all.right(600).toStdString();
}

// ---- engine figures ---------------------------------------------------------------------------

/** Median time of one operating-point evaluate() on a prepared context, in microseconds. */
double evalPointUs(const tco::engine::CatalogSnapshot &snap, const Settings &s, const char *gpu, const char *model,
                   const char *precision, const char *stack, int gpus, bool *ok)
{
    using namespace tco::engine;
    const GpuSpec *g = snap.findGpu(gpu);
    const ModelSpec *m = snap.findModel(model);
    const PrecisionSpec *p = snap.findPrecision(precision);
    const ServingStackSpec *st = snap.findStack(stack);
    *ok = false;
    if (!g || !m || !p || !st)
        return 0.0;
    PerfQuery q;
    q.gpu_count = gpus;
    q.input_len = 1024;
    q.output_len = 256;
    PerfContext ctx;
    if (!makeContext(*g, *m, *p, *st, q, ctx).ok())
        return 0.0;
    volatile double sink = 0.0;
    std::vector<double> samples;
    for (int k = 0; k < s.evalSamples; ++k) {
        double acc = 0.0;
        const Clock::time_point t0 = Clock::now();
        for (int i = 0; i < s.evalPerSample; ++i) {
            q.batch = 1 + (i & 63);
            const PerfResult r = evaluate(ctx, q);
            acc += r.tpot_ms;
        }
        samples.push_back(secondsSince(t0) * 1e6 / s.evalPerSample);
        sink = sink + acc;
    }
    *ok = sink > 0.0;
    return median(samples);
}

/** Every GPU x counts 1-64 x precisions x tp choices (x models). Returns points per second. */
double sweepPointsPerS(const tco::engine::CatalogSnapshot &snap,
                       const std::vector<const tco::engine::ModelSpec *> &models, double *points_out,
                       double *seconds_out)
{
    using namespace tco::engine;
    static constexpr int kCounts[] = { 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64 };
    const ServingStackSpec *vllm = snap.findStack("vllm");
    const ServingStackSpec *llamacpp = snap.findStack("llama.cpp");
    if (!vllm || !llamacpp)
        return 0.0;
    volatile double sink = 0.0;
    double acc = 0.0;
    long points = 0;
    const Clock::time_point t0 = Clock::now();
    for (const ModelSpec *m : models) {
        for (const GpuSpec &g : snap.gpus) {
            for (const PrecisionSpec &p : snap.precisions) {
                const ServingStackSpec &stack = p.id.rfind("gguf", 0) == 0 ? *llamacpp : *vllm;
                for (int count : kCounts) {
                    for (int tp = 1; tp <= count; ++tp) {
                        if (count % tp != 0)
                            continue;
                        PerfQuery q;
                        q.gpu_count = count;
                        q.tp = tp;
                        q.batch_mode = BatchMode::MaxFit;
                        q.input_len = 1024;
                        q.output_len = 256;
                        PerfContext ctx;
                        if (makeContext(g, *m, p, stack, q, ctx).ok())
                            acc += evaluate(ctx, q).output_tok_s;
                        ++points;
                    }
                }
            }
        }
    }
    const double secs = secondsSince(t0);
    sink = sink + acc;
    *points_out = double(points);
    *seconds_out = secs;
    return secs > 0.0 ? double(points) / secs : 0.0;
}

// ---- the 200,000-row predict file -------------------------------------------------------------

/** A deterministic mix of catalog spellings, batch sizes and lengths (fixed seed). */
bool writeCases(const QString &path, int rows)
{
    static const char *const kGpus[]
        = { "H100 SXM5 80GB", "nvidia-a100-sxm4-80gb", "RTX 4090", "L40S", "MI300X", "H200", "nvidia-geforce-rtx-3090",
            "A10G",           "nvidia-h20-96gb",       "L4" };
    static const char *const kModels[] = { "deepseek-llm-7b",
                                           "Llama-3.1-70B",
                                           "DeepSeek-V3",
                                           "qwen2.5-32b",
                                           "Mixtral-8x7B",
                                           "llama-3.1-8b",
                                           "DeepSeek-R1-Distill-Qwen-14B" };
    static const char *const kPrecisions[] = { "bf16", "fp8", "int4-awq", "gguf-q4_k_m", "int8" };
    static const char *const kFrameworks[] = { "vllm", "TensorRT-LLM", "sglang", "llama.cpp", "" };
    static const int kCounts[] = { 1, 2, 4, 8 };
    static const int kBatches[] = { 1, 2, 4, 8, 16, 32, 64, 128 };
    static const int kInputs[] = { 128, 512, 1024, 2048 };
    static const int kOutputs[] = { 128, 256, 512 };
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    auto pick = [&state](std::size_t n) {
        state = state * 6364136223846793005ull + 1442695040888963407ull; // Knuth's MMIX LCG
        return std::size_t((state >> 33) % n);
    };
    std::string text = "gpu,gpu_count,model,precision,batch,input_len,output_len,framework\n";
    text.reserve(std::size_t(rows) * 56);
    for (int i = 0; i < rows; ++i) {
        const std::string batch = pick(5) == 0 ? std::string("max") : fmt::format("{}", kBatches[pick(8)]);
        fmt::format_to(std::back_inserter(text), "{},{},{},{},{},{},{},{}\n", kGpus[pick(10)], kCounts[pick(4)],
                       kModels[pick(7)], kPrecisions[pick(5)], batch, kInputs[pick(4)], kOutputs[pick(3)],
                       kFrameworks[pick(5)]);
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.data(), qint64(text.size())) == qint64(text.size());
}

qsizetype countLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().count('\n');
}

void printUsage()
{
    std::printf("Usage: tco-bench [--quick]\n\n"
                "Prints the speed figures of TCO Planner, one line each: BENCH <name> <value> <unit>.\n"
                "--quick runs fewer iterations (the ctest smoke test). Figures are not asserted; a figure\n"
                "that cannot be measured is printed as n/a with the reason on stderr. Exit 1 when a\n"
                "measured program failed.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    tco::app::setApplicationIdentity(QStringLiteral("tco-bench"));
    Settings s;
    for (const QString &a : QCoreApplication::arguments().mid(1)) {
        if (a == QLatin1StringView("--quick")) {
            s.quick = true;
            s.evalSamples = 21;
            s.evalPerSample = 2000;
            s.scenarioRuns = 5;
            s.sweepRuns = 1;
            s.predictRuns = 1;
            s.coldStartRuns = 1;
        } else if (a == QLatin1StringView("--help") || a == QLatin1StringView("-h")) {
            printUsage();
            return 0;
        } else {
            std::fprintf(stderr, "tco-bench: unknown argument %s\n", qPrintable(a));
            printUsage();
            return 2;
        }
    }
    bool failed = false;

    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        std::fprintf(stderr, "tco-bench: cannot create a temporary folder\n");
        return 1;
    }
    const std::string dir = QDir(tmp.path()).absolutePath().toStdString();
    const std::string dbPath = dir + "/catalog.sqlite";
    // Children get their own settings, data and runtime folders: nothing of the user's is touched.
    const std::string runtimeDir = dir + "/runtime";
    ::mkdir(runtimeDir.c_str(), 0700);
    const std::vector<std::string> childEnv = {
        "QT_QPA_PLATFORM=offscreen",        "XDG_CONFIG_HOME=" + dir + "/config", "XDG_DATA_HOME=" + dir + "/data",
        "XDG_CACHE_HOME=" + dir + "/cache", "XDG_RUNTIME_DIR=" + runtimeDir,      "LC_ALL=C.UTF-8",
    };

    tco::engine::CatalogSnapshot snap;
    try {
        const tco::db::Catalog catalog(QString::fromStdString(dbPath));
        snap = tco::db::loadSnapshot(catalog.database());
    } catch (const tco::db::CatalogError &e) {
        std::fprintf(stderr, "tco-bench: %s\n", qPrintable(e.message()));
        return 1;
    }
    if (double load[1] = { 0.0 }; getloadavg(load, 1) == 1)
        note(fmt::format("load average (1 min) at start: {:.2f} on {} cores; other work on the machine slows the "
                         "wall-clock figures",
                         load[0], std::thread::hardware_concurrency()));
    note(fmt::format("catalog: bundled seed, {} GPUs, {} models, {} precisions{}", snap.gpus.size(), snap.models.size(),
                     snap.precisions.size(), s.quick ? "; --quick: fewer iterations" : ""));

    // --- engine: one operating point
    bool ok = false;
    const double pointUs = evalPointUs(snap, s, "nvidia-h100-sxm5-80gb", "deepseek-llm-7b", "bf16", "vllm", 1, &ok);
    if (ok) {
        figure("eval_point_us", pointUs, 3, "us");
        figure("eval_points_per_s", 1e6 / pointUs, 0, "1/s");
        note(fmt::format("eval_point_us: median over {} x {} evaluate() calls, DeepSeek-LLM-7B BF16 on 1 H100, vLLM, "
                         "fixed batch 1-64, 1024/256 tokens",
                         s.evalSamples, s.evalPerSample));
    } else {
        notAvailable("eval_point_us", "us", "the catalog lacks nvidia-h100-sxm5-80gb / deepseek-llm-7b / bf16 / vllm");
    }
    const double moeUs = evalPointUs(snap, s, "nvidia-h200-sxm-141gb", "deepseek-v3", "fp8", "sglang", 8, &ok);
    if (ok)
        figure("eval_point_moe_us", moeUs, 3, "us");
    else
        notAvailable("eval_point_moe_us", "us", "DeepSeek-V3 FP8 on 8 H200 could not be prepared");

    // --- engine: the default scenario
    {
        const tco::engine::Scenario scenario = tco::app::defaultScenario(snap);
        volatile double sink = 0.0;
        std::vector<double> ms;
        for (int i = 0; i < s.scenarioRuns + 1; ++i) {
            const Clock::time_point t0 = Clock::now();
            const tco::engine::Result r = tco::engine::evaluate(scenario, snap);
            const double t = secondsSince(t0) * 1e3;
            if (i > 0) // the first run warms caches
                ms.push_back(t);
            sink = sink + double(r.tiers.size());
        }
        const double m = median(ms);
        figure("eval_scenario_ms", m, 3, "ms");
        figure("eval_scenarios_per_s", m > 0.0 ? 1e3 / m : 0.0, 0, "1/s");
        note(fmt::format("eval_scenario_ms: engine::evaluate(defaultScenario) with the advisor, median of {}",
                         s.scenarioRuns));
    }

    // --- engine: a sweep of the catalog
    {
        std::vector<const tco::engine::ModelSpec *> models;
        if (s.quick) {
            for (const char *id : { "deepseek-llm-7b", "deepseek-v3" })
                if (const auto *m = snap.findModel(id))
                    models.push_back(m);
        } else {
            for (const tco::engine::ModelSpec &m : snap.models)
                models.push_back(&m);
        }
        std::vector<double> rates;
        double points = 0.0, secs = 0.0;
        for (int i = 0; i < s.sweepRuns; ++i)
            rates.push_back(sweepPointsPerS(snap, models, &points, &secs));
        figure("sweep_points_per_s", median(rates), 0, "1/s");
        figure("sweep_points", points, 0, "points");
        note(fmt::format("sweep: {} models x {} GPUs x counts {{1,2,3,4,6,8,12,16,24,32,48,64}} x {} precisions x "
                         "every tp dividing the count; makeContext + evaluate(max batch) per point",
                         models.size(), snap.gpus.size(), snap.precisions.size()));
    }

    double peakChild_mb = 0.0;

    // --- tco-cli predict over 200,000 rows, process start included
    {
        const QString cases = QString::fromStdString(dir + "/cases200k.csv");
        const std::string out = dir + "/predictions.csv";
        if (!writeCases(cases, Settings::kPredictRows)) {
            notAvailable("predict_200k_s", "s", "cannot write the cases file");
            failed = true;
        } else {
            std::vector<double> secs, cpu;
            double rss = 0.0;
            bool predictOk = true;
            for (int i = 0; i < s.predictRuns && predictOk; ++i) {
                const ChildRun r
                    = runChild({ TCO_CLI_EXE, "--db", dbPath, "predict", "--in", cases.toStdString(), "--out", out },
                               childEnv, dir + "/predict.log");
                if (!r.started || r.exitCode != 0
                    || countLines(QString::fromStdString(out)) != Settings::kPredictRows + 1) {
                    notAvailable(
                        "predict_200k_s", "s",
                        fmt::format("tco-cli predict failed (exit {}): {}", r.exitCode, tail(dir + "/predict.log")));
                    predictOk = false;
                    failed = true;
                    break;
                }
                secs.push_back(r.wall_s);
                cpu.push_back(r.cpu_s);
                rss = std::max(rss, r.maxrss_mb);
            }
            if (predictOk) {
                const double m = median(secs);
                figure("predict_200k_s", m, 3, "s");
                figure("predict_rows_per_s", Settings::kPredictRows / m, 0, "1/s");
                figure("predict_200k_cpu_s", median(cpu), 3, "s");
                figure("peak_rss_predict_mb", rss, 1, "MB");
                peakChild_mb = std::max(peakChild_mb, rss);
                note(fmt::format(
                    "predict_200k_s: wall time of `tco-cli predict` on {} rows (spawn to exit), median of {}; "
                    "predict_200k_cpu_s: its user + system CPU time (both threads), less sensitive to other load",
                    Settings::kPredictRows, secs.size()));
            }
            // the fixed part: process start, catalog open and snapshot, on a one-row file
            const QString one = QString::fromStdString(dir + "/cases1.csv");
            if (predictOk && writeCases(one, 1)) {
                std::vector<double> ms;
                for (int i = 0; i < std::max(3, s.predictRuns); ++i) {
                    const ChildRun r = runChild({ TCO_CLI_EXE, "--db", dbPath, "predict", "--in", one.toStdString(),
                                                  "--out", dir + "/predictions1.csv" },
                                                childEnv, dir + "/predict1.log");
                    if (r.exitCode == 0)
                        ms.push_back(r.wall_s * 1e3);
                }
                if (!ms.empty())
                    figure("predict_1row_ms", median(ms), 1, "ms");
            }
        }
    }

    // --- GUI cold start: spawn to the first painted main window
    {
        std::vector<double> ms, inside;
        double rss = 0.0;
        bool guiOk = true;
        for (int i = 0; i < s.coldStartRuns; ++i) {
            const ChildRun r = runChild({ TCO_GUI_EXE, "--db", dbPath, "--startup-time" }, childEnv, dir + "/gui.log");
            const std::string out = tail(dir + "/gui.log");
            const std::size_t at = out.find("first_paint_ms ");
            if (!r.started || r.exitCode != 0 || at == std::string::npos) {
                notAvailable("cold_start_ms", "ms",
                             fmt::format("tco-planner --startup-time failed (exit {}): {}", r.exitCode, out));
                guiOk = false;
                failed = true;
                break;
            }
            ms.push_back(r.wall_s * 1e3);
            inside.push_back(std::atof(out.c_str() + at + 15));
            rss = std::max(rss, r.maxrss_mb);
        }
        if (guiOk) {
            figure("cold_start_ms", median(ms), 0, "ms");
            figure("first_paint_after_main_ms", median(inside), 0, "ms");
            figure("peak_rss_gui_mb", rss, 1, "MB");
            peakChild_mb = std::max(peakChild_mb, rss);
            note(fmt::format("cold_start_ms: spawn to exit of `tco-planner --db <catalog> --startup-time` "
                             "(QT_QPA_PLATFORM=offscreen), which quits right after the first paint of the main window, "
                             "median of {}; first_paint_after_main_ms: the same measured inside, from main() to the "
                             "end of the first paint",
                             ms.size()));
        }
    }

    // --- edit to repaint, in the real window (tco-bench-gui)
    {
        std::vector<std::string> guiArgs = { TCO_BENCH_GUI_EXE };
        if (s.quick)
            guiArgs.push_back("--quick");
        const ChildRun r = runChild(guiArgs, childEnv, dir + "/gui-bench.log");
        const std::string out = readText(dir + "/gui-bench.log");
        bool any = false;
        std::size_t pos = 0;
        while ((pos = out.find("BENCH ", pos)) != std::string::npos) {
            const std::size_t end = out.find('\n', pos);
            std::printf("%s\n", out.substr(pos, end - pos).c_str());
            any = true;
            pos = end == std::string::npos ? out.size() : end;
        }
        std::fflush(stdout);
        // and its notes (what was measured, the per-chart figures)
        for (pos = out.find("note: "); pos != std::string::npos; pos = out.find("note: ", pos)) {
            const std::size_t end = out.find('\n', pos);
            std::fprintf(stderr, "%s\n", out.substr(pos, end - pos).c_str());
            pos = end == std::string::npos ? out.size() : end;
        }
        if (!r.started || r.exitCode != 0 || !any) {
            notAvailable("edit_repaint_p95_ms", "ms", fmt::format("tco-bench-gui failed (exit {}): {}", r.exitCode, tail(dir + "/gui-bench.log")));
            failed = true;
        } else {
            peakChild_mb = std::max(peakChild_mb, r.maxrss_mb);
        }
    }

    // --- PDF report through the CLI (process start, catalog, evaluation, 16 pages with charts)
    {
        const std::string scenario = dir + "/bench.tcoplan";
        const ChildRun t = runChild({ TCO_CLI_EXE, "--db", dbPath, "scenario", "template", "--out", scenario }, childEnv,
                                    dir + "/template.log");
        std::vector<double> secs;
        for (int i = 0; t.exitCode == 0 && i < (s.quick ? 1 : 3); ++i) {
            const ChildRun r = runChild({ TCO_CLI_EXE, "--db", dbPath, "report", "--scenario", scenario, "--pdf",
                                          dir + "/bench.pdf" },
                                        childEnv, dir + "/report.log");
            if (r.exitCode != 0)
                break;
            secs.push_back(r.wall_s);
            peakChild_mb = std::max(peakChild_mb, r.maxrss_mb);
        }
        if (secs.empty()) {
            notAvailable("pdf_report_s", "s", fmt::format("tco-cli report --pdf failed: {}", tail(dir + "/report.log")));
            failed = true;
        } else {
            figure("pdf_report_s", median(secs), 3, "s");
            note("pdf_report_s: spawn to exit of `tco-cli report --scenario <default> --pdf <file>` (English, A4), median");
        }
    }

    // --- peak resident memory
    {
        struct rusage self = {};
        getrusage(RUSAGE_SELF, &self);
        const double selfMb = double(self.ru_maxrss) / 1024.0;
        figure("peak_rss_bench_mb", selfMb, 1, "MB");
        figure("peak_rss_mb", std::max(peakChild_mb, selfMb), 1, "MB");
        note("peak_rss_mb: the largest peak resident set of tco-bench itself and of the programs it ran "
             "(getrusage/wait4 ru_maxrss); the per-program figures are the peak_rss_*_mb lines");
    }
    return failed ? 1 : 0;
}
