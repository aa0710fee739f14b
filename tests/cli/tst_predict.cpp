// SPDX-License-Identifier: MIT
// tco-cli predict and tco-cli calibrate: the CSV contract of issue 4, bad rows, errors, golden file;
// issue 21: required cells, bounded counts, streaming (flat memory, standard input, no FIFO wait).
//
// Golden file: tests/cli/golden/predict_expected.csv is the output of
//   tco-cli predict --in tests/cli/golden/predict_cases.csv
// on a catalog made from the bundled seed, with LF line ends. When the engine or the seed changes
// on purpose, regenerate it deliberately and review the diff:
//   TCO_UPDATE_GOLDEN=1 ctest -R tst_predict      (or run tst_predict with that variable set)
#include "catalog.h"
#include "commands.h"
#include "core/appsetup.h"
#include "csv.h"
#include "predictcsv.h"
#include "repository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
extern char **environ;
#endif

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runInProcess(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = tco::cli::runCli(QStringList { u"tco-cli"_s } + args, o, e);
    o.flush();
    e.flush();
    return { code, out, err };
}

Run runTool(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TCO_CLI_EXE), args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** A parsed CSV: header and rows, with lookups by column name. */
struct Table
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    bool ok = false;

    int column(const std::string &name) const
    {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return int(i);
        return -1;
    }
    std::string cell(std::size_t row, const std::string &name) const
    {
        const int c = column(name);
        if (c < 0 || row >= rows.size() || std::size_t(c) >= rows[row].size())
            return {};
        return rows[row][std::size_t(c)];
    }
    double number(std::size_t row, const std::string &name) const
    {
        const std::string s = cell(row, name);
        bool isNumber = false;
        const double v = QString::fromStdString(s).toDouble(&isNumber);
        return isNumber ? v : std::nan("");
    }
};

Table parseCsv(const QByteArray &bytes)
{
    Table t;
    std::optional<tco::engine::csv::ParseError> error;
    const auto records
        = tco::engine::csv::parseAll(std::string_view(bytes.constData(), std::size_t(bytes.size())), &error);
    if (error || records.empty())
        return t;
    t.header = records.front().fields;
    for (std::size_t i = 1; i < records.size(); ++i)
        t.rows.push_back(records[i].fields);
    t.ok = true;
    return t;
}

const std::vector<std::string> kAdded
    = { "fits",    "weights_gib_per_gpu", "kv_bytes_per_token", "max_batch",   "ttft_ms",
        "tpot_ms", "tok_s_per_user",      "output_tok_s",       "total_tok_s", "prefill_tok_s",
        "bound",   "ttft_ms_p90",         "ttft_ms_p99",        "queue_ms",    "error" };

QString goldenDir()
{
    return QStringLiteral(TCO_GOLDEN_DIR);
}
QString calibrationFile()
{
    return QStringLiteral(TCO_TEST_DATA_DIR "/measured_calibration.csv");
}

QByteArray lf(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n");
}

#ifdef Q_OS_LINUX
/**
 * Runs tco-cli with @p args, standard input from @p stdinPath and output to /dev/null, and
 * returns its peak resident memory in KiB (wait4's ru_maxrss of that one child); -1 on failure.
 * Under AddressSanitizer the quarantine of freed memory is kept small, so that it does not
 * count as memory the program holds.
 */
long peakRssKib(const QStringList &args, const QString &stdinPath)
{
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    const QByteArray input = QFile::encodeName(stdinPath);
    posix_spawn_file_actions_addopen(&files, 0, input.constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    QList<QByteArray> argBytes { QByteArray(TCO_CLI_EXE) };
    for (const QString &a : args)
        argBytes.append(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QList<QByteArray> envBytes;
    QByteArray asan = "ASAN_OPTIONS=" + qgetenv("ASAN_OPTIONS") + ":quarantine_size_mb=1";
    for (char **e = environ; *e; ++e)
        if (!QByteArray(*e).startsWith("ASAN_OPTIONS="))
            envBytes.append(QByteArray(*e));
    envBytes.append(asan);
    std::vector<char *> envp;
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, TCO_CLI_EXE, &files, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        return -1;
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
}
#endif

} // namespace

class TestPredict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        tco::app::setApplicationIdentity(u"tco-cli-test"_s);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"catalog.sqlite"_s);
        const Run r = runInProcess({ u"--db"_s, m_db, u"catalog"_s, u"info"_s }); // create from the seed
        QCOMPARE(r.code, 0);
    }

    void contractRoundTrip()
    {
        // columns in another order, extra columns (with a comma, a quote and a line break), "max"
        const QString in = m_dir.filePath(u"roundtrip.csv"_s);
        QVERIFY(writeFile(in,
                          "id,output_len,precision,Batch,note,model,input_len,gpu_count,GPU,framework\n"
                          "a,256,bf16,8,\"kept, with \"\"quotes\"\"\",deepseek-llm-7b,512,1,RTX 4090,vllm\n"
                          "b,256,BF16,MAX,\"two\nlines\",DeepSeek LLM 7B,512,1,geforce-rtx-4090,VLLM\n"
                          "c,256,bf16,8,,DeepSeek-LLM-7B,512,1,NVIDIA GeForce RTX 4090 24GB,vllm\n"));
        const QString outPath = m_dir.filePath(u"roundtrip.out.csv"_s);
        const Run r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, in, u"--out"_s, outPath });
        QCOMPARE(r.code, 0);
        const Table t = parseCsv(readFile(outPath));
        QVERIFY(t.ok);

        std::vector<std::string> header = { "id",    "output_len", "precision", "Batch", "note",
                                            "model", "input_len",  "gpu_count", "GPU",   "framework" };
        header.insert(header.end(), kAdded.begin(), kAdded.end());
        QVERIFY(t.header == header);
        QCOMPARE(t.rows.size(), std::size_t(3));
        QCOMPARE(t.cell(0, "note"), std::string("kept, with \"quotes\""));
        QCOMPARE(t.cell(1, "note"), std::string("two\nlines"));
        QCOMPARE(t.cell(1, "Batch"), std::string("MAX"));
        QCOMPARE(t.cell(2, "GPU"), std::string("NVIDIA GeForce RTX 4090 24GB"));
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            QCOMPARE(t.rows[i].size(), header.size());
            QCOMPARE(t.cell(i, "fits"), std::string("yes"));
            QCOMPARE(t.cell(i, "error"), std::string());
            QCOMPARE(t.cell(i, "kv_bytes_per_token"), std::string("491520")); // 2 x 30 layers x 32 x 128 x 2 B
            for (const char *name : { "weights_gib_per_gpu", "ttft_ms", "tpot_ms", "tok_s_per_user", "output_tok_s",
                                      "total_tok_s", "prefill_tok_s" })
                QVERIFY2(t.number(i, name) > 0.0, name);
            QVERIFY(!t.cell(i, "bound").empty());
        }
        // the largest batch: its concurrency is max_batch, more than the fixed 8
        QVERIFY(t.number(1, "max_batch") > 8.0);
        QVERIFY(t.number(1, "output_tok_s") > t.number(0, "output_tok_s"));
        // aliases are case- and punctuation-insensitive: rows a and c are the same case
        for (const std::string &name : kAdded)
            QCOMPARE(t.cell(2, name), t.cell(0, name));

        // stdout (no --out, and --out -) carries the same CSV
        const Run s = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, in });
        QCOMPARE(s.code, 0);
        QCOMPARE(s.out.toUtf8(), readFile(outPath));
        const Run d = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, in, u"--out"_s, u"-"_s });
        QCOMPARE(d.out, s.out);
    }

    void calibrationColumnsAreAcceptedAsTheyAre()
    {
        // predict reads measured_calibration.csv like calibrate does: the same numbers come out
        const QString outPath = m_dir.filePath(u"calib.pred.csv"_s);
        const QString report = m_dir.filePath(u"calib.report.csv"_s);
        Run r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, calibrationFile(), u"--out"_s, outPath });
        QCOMPARE(r.code, 0);
        r = runInProcess(
            { u"--db"_s, m_db, u"calibrate"_s, u"--measured"_s, calibrationFile(), u"--report"_s, report });
        QCOMPARE(r.code, 0);
        const Table p = parseCsv(readFile(outPath));
        const Table c = parseCsv(readFile(report));
        QVERIFY(p.ok && c.ok);
        QVERIFY(p.column("batch_or_concurrency") >= 0);
        QCOMPARE(p.rows.size(), c.rows.size());
        QVERIFY(p.rows.size() >= 20);
        for (std::size_t i = 0; i < p.rows.size(); ++i) {
            QCOMPARE(p.cell(i, "error"), std::string());
            QCOMPARE(c.cell(i, "error"), std::string());
            const std::string metric = c.cell(i, "metric");
            const double predicted = c.number(i, "predicted");
            const double ours = p.number(i, metric);
            QVERIFY2(std::fabs(ours - predicted) <= 1e-3 * std::fabs(predicted) + 0.01,
                     qPrintable(u"line %1 %2: predict %3, calibrate %4"_s
                                    .arg(QString::fromStdString(c.cell(i, "line")), QString::fromStdString(metric))
                                    .arg(ours)
                                    .arg(predicted)));
        }
    }

    void badRowsKeepTheirPlace()
    {
        const QString in = m_dir.filePath(u"bad.csv"_s);
        QVERIFY(writeFile(in,
                          "id,gpu,gpu_count,model,precision,batch,input_len,output_len\n"
                          "1,RTX 4090,1,deepseek-llm-7b,bf16,4,512,256\n"
                          "2,Imaginary GPU 9000,1,deepseek-llm-7b,bf16,4,512,256\n"
                          "3,RTX 4090,1,deepseek-llm-7b,bf16,0,512,256\n"
                          "4,RTX 4090,1,deepseek-llm-7b,bf16,-2,512,256\n"
                          "5,RTX 4090,1,deepseek-llm-7b,bf16,4,abc,256\n"
                          "6,RTX 4090,1,deepseek-llm-7b,bf16,4,512,1.5\n"
                          "7,RTX 3060 12GB,1,DeepSeek-V3,bf16,1,512,256\n"
                          "8,RTX 4090,1,deepseek-llm-7b,bf16,max,512,256\n"
                          "9,RTX 4090,0,deepseek-llm-7b,bf16,4,512,256\n"
                          "10,RTX 4090,1,deepseek-llm-7b,bf16,lots,512,256\n"
                          "11,RTX 4090,1,No Such Model,bf16,4,512,256\n"
                          "12,RTX 4090,1,deepseek-llm-7b,bf16,4,512,256,surplus\n"
                          "13,RTX 4090,1,deepseek-llm-7b,bf16,4,-5,256\n"
                          "14,RTX 4090,1,deepseek-llm-7b,bf16,4,512,256\n"));
        const Run r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, in });
        QCOMPARE(r.code, 0); // bad rows are reported in place, not as a failure of the command
        const Table t = parseCsv(r.out.toUtf8());
        QVERIFY(t.ok);
        QCOMPARE(t.rows.size(), std::size_t(14));
        const std::map<int, std::string> expected = {
            { 2, "unknown GPU" },     { 3, "batch must be >= 1" }, { 4, "batch must be >= 1" },
            { 5, "input_len 'abc'" }, { 6, "output_len '1.5'" },   { 7, "does not fit" },
            { 9, "gpu_count '0'" },   { 10, "batch 'lots'" },      { 11, "unknown model" },
            { 12, "fields" },         { 13, "input_len" },
        };
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            const int id = int(i) + 1;
            QCOMPARE(t.cell(i, "id"), std::to_string(id)); // every row keeps its place
            QCOMPARE(t.rows[i].size(), t.header.size());
            const std::string error = t.cell(i, "error");
            const auto it = expected.find(id);
            if (it == expected.end()) {
                QVERIFY2(error.empty(), error.c_str());
                QCOMPARE(t.cell(i, "fits"), std::string("yes"));
                QVERIFY(t.number(i, "tpot_ms") > 0.0);
            } else {
                QVERIFY2(error.find(it->second) != std::string::npos,
                         qPrintable(u"row %1: %2"_s.arg(id).arg(QString::fromStdString(error))));
                QVERIFY(t.cell(i, "ttft_ms").empty()); // no numbers for a row that was not evaluated
            }
        }
        // the model that does not fit still says why, with its memory figures
        QCOMPARE(t.cell(6, "fits"), std::string("no"));
        QVERIFY(t.number(6, "weights_gib_per_gpu") > 1000.0);
        QVERIFY(r.err.contains(u"14 rows, 11 with an error"_s));
    }

    void missingRequiredColumnFails_data()
    {
        QTest::addColumn<QString>("column");
        for (const char *c : { "gpu", "gpu_count", "model", "precision", "batch", "input_len", "output_len" })
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void missingRequiredColumnFails()
    {
        QFETCH(QString, column);
        QStringList names
            = { u"gpu"_s, u"gpu_count"_s, u"model"_s, u"precision"_s, u"batch"_s, u"input_len"_s, u"output_len"_s };
        QStringList values = { u"RTX 4090"_s, u"1"_s, u"deepseek-llm-7b"_s, u"bf16"_s, u"1"_s, u"512"_s, u"256"_s };
        const qsizetype at = names.indexOf(column);
        names.removeAt(at);
        values.removeAt(at);
        const QString in = m_dir.filePath(u"missing-%1.csv"_s.arg(column));
        QVERIFY(writeFile(in, (names.join(u',') + u'\n' + values.join(u',') + u'\n').toUtf8()));
        const QString outPath = m_dir.filePath(u"missing.out.csv"_s);
        const Run r = runTool({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, in, u"--out"_s, outPath });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"'%1'"_s.arg(column)), qPrintable(r.err));
        QVERIFY2(r.err.contains(in), qPrintable(r.err));
        QVERIFY(!QFile::exists(outPath));
    }

    void unreadableInputFails()
    {
        const QString missing = m_dir.filePath(u"no-such-cases.csv"_s);
        Run r = runTool({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, missing });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));

        const QString broken = m_dir.filePath(u"broken.csv"_s);
        QVERIFY(writeFile(broken,
                          "gpu,gpu_count,model,precision,batch,input_len,output_len\n"
                          "RTX 4090,1,deepseek-llm-7b,bf16,1,512,256\n"
                          "RTX 4090,1,\"deepseek-llm-7b,bf16,1,512,256\n"));
        r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, broken });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(broken) && r.err.contains(u"line 3"_s), qPrintable(r.err));

        const QString empty = m_dir.filePath(u"empty.csv"_s);
        QVERIFY(writeFile(empty, ""));
        r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, empty });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(empty), qPrintable(r.err));
    }

    void unwritableOutputFails()
    {
        const QString out = m_dir.filePath(u"no-such-dir/predictions.csv"_s);
        const Run r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s,
                                     QDir(goldenDir()).filePath(u"predict_cases.csv"_s), u"--out"_s, out });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(out), qPrintable(r.err));
    }

    void usageErrors()
    {
        Run r = runInProcess({ u"--db"_s, m_db, u"predict"_s });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--in"_s));
        r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, u"x.csv"_s, u"--frobnicate"_s });
        QCOMPARE(r.code, 2);
        r = runInProcess({ u"--db"_s, m_db, u"calibrate"_s });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--measured"_s));
        r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--help"_s });
        QCOMPARE(r.code, 0);
        for (const std::string &name : kAdded)
            QVERIFY2(r.out.contains(QString::fromStdString(name)), name.c_str());
    }

    void calibrateMeetsTheTarget()
    {
        const QString report = m_dir.filePath(u"report.csv"_s);
        const Run r = runInProcess(
            { u"--db"_s, m_db, u"calibrate"_s, u"--measured"_s, calibrationFile(), u"--report"_s, report });
        QCOMPARE(r.code, 0);
        // "metric rows MdAPE within_25pct p80" lines; issue 4: MdAPE <= 20% per metric
        static const QRegularExpression line(uR"(^(\w+)\s+(\d+)\s+([\d.]+)%\s+([\d.]+)%)"_s,
                                             QRegularExpression::MultilineOption);
        QStringList seen;
        for (auto it = line.globalMatch(r.out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const double mdape = m.captured(3).toDouble();
            QVERIFY2(m.captured(2).toInt() > 0, qPrintable(m.captured(0)));
            QVERIFY2(mdape <= 20.0, qPrintable(m.captured(0)));
            seen << m.captured(1);
        }
        for (const QString &metric :
             { u"tok_s_per_user"_s, u"output_tok_s"_s, u"prefill_tok_s"_s, u"ttft_ms"_s, u"tpot_ms"_s, u"all"_s })
            QVERIFY2(seen.contains(metric), qPrintable(r.out));

        const Table t = parseCsv(readFile(report));
        QVERIFY(t.ok);
        QCOMPARE(t.rows.size(), std::size_t(24));
        for (const char *name :
             { "line", "metric", "measured", "predicted", "error_pct", "residual", "log_residual", "error" })
            QVERIFY2(t.column(name) >= 0, name);
        for (std::size_t i = 0; i < t.rows.size(); ++i)
            QVERIFY(std::fabs(t.number(i, "error_pct")) <= 25.0);
    }

    void calibrateRejectsBadFiles()
    {
        const QString missing = m_dir.filePath(u"no-such-measurements.csv"_s);
        Run r = runTool({ u"--db"_s, m_db, u"calibrate"_s, u"--measured"_s, missing });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));

        const QString noMetric = m_dir.filePath(u"no-metric.csv"_s);
        QVERIFY(writeFile(noMetric,
                          "gpu,gpu_count,model,precision,batch_or_concurrency,input_len,output_len,value\n"
                          "H100,1,Llama-2-7B,FP8,1,128,128,36\n"));
        r = runTool({ u"--db"_s, m_db, u"calibrate"_s, u"--measured"_s, noMetric });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"'metric'"_s) && r.err.contains(noMetric), qPrintable(r.err));
    }

    void largeFileMatchesSmallOne()
    {
        // Large inputs are split between two threads at a record boundary (quoted line breaks
        // included): the output must be exactly the small file's rows, repeated, in order.
        const QByteArray cases = readFile(QDir(goldenDir()).filePath(u"predict_cases.csv"_s));
        QVERIFY(!cases.isEmpty());
        const qsizetype headerEnd = cases.indexOf('\n') + 1;
        const QByteArray body = cases.mid(headerEnd);
        QByteArray big = cases.left(headerEnd);
        const int copies = 2000; // > 1 MB: the threshold for the second thread
        for (int i = 0; i < copies; ++i)
            big += body;
        QVERIFY(big.size() > (1 << 20));
        const QString bigPath = m_dir.filePath(u"big.csv"_s);
        QVERIFY(writeFile(bigPath, big));
        const QString smallOut = m_dir.filePath(u"small.out.csv"_s), bigOut = m_dir.filePath(u"big.out.csv"_s);
        QCOMPARE(runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s,
                                QDir(goldenDir()).filePath(u"predict_cases.csv"_s), u"--out"_s, smallOut })
                     .code,
                 0);
        QCOMPARE(runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, bigPath, u"--out"_s, bigOut }).code, 0);
        const Table small = parseCsv(readFile(smallOut)), large = parseCsv(readFile(bigOut));
        QVERIFY(small.ok && large.ok);
        QVERIFY(large.header == small.header);
        QCOMPARE(large.rows.size(), small.rows.size() * copies);
        for (std::size_t i = 0; i < large.rows.size(); ++i)
            if (large.rows[i] != small.rows[i % small.rows.size()])
                QFAIL(qPrintable(u"row %1 differs"_s.arg(i)));
    }

    void requiredCellsAreRequired_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message");
        // header: id,gpu,gpu_count,model,precision,batch,input_len,output_len,notes
        QTest::newRow("empty input_len") << QByteArray("1,RTX 4090,1,deepseek-llm-7b,bf16,4,,256,")
                                         << u"line 2: input_len (column 7) is empty"_s;
        QTest::newRow("empty output_len")
            << QByteArray("1,RTX 4090,1,deepseek-llm-7b,bf16,4,512,,") << u"line 2: output_len (column 8) is empty"_s;
        QTest::newRow("empty batch") << QByteArray("1,RTX 4090,1,deepseek-llm-7b,bf16,,512,256,")
                                     << u"line 2: batch (column 6) is empty"_s;
        QTest::newRow("blank batch") << QByteArray("1,RTX 4090,1,deepseek-llm-7b,bf16,  ,512,256,")
                                     << u"line 2: batch (column 6) is empty"_s;
        QTest::newRow("empty gpu") << QByteArray("1,,1,deepseek-llm-7b,bf16,4,512,256,")
                                   << u"line 2: gpu (column 2) is empty"_s;
        QTest::newRow("empty gpu_count") << QByteArray("1,RTX 4090,,deepseek-llm-7b,bf16,4,512,256,")
                                         << u"line 2: gpu_count (column 3) is empty"_s;
        QTest::newRow("empty model") << QByteArray("1,RTX 4090,1,,bf16,4,512,256,")
                                     << u"line 2: model (column 4) is empty"_s;
        QTest::newRow("empty precision") << QByteArray("1,RTX 4090,1,deepseek-llm-7b,,4,512,256,")
                                         << u"line 2: precision (column 5) is empty"_s;
        QTest::newRow("notes that define nothing")
            << QByteArray("1,RTX 4090,1,deepseek-llm-7b,bf16,4,,256,\"llama-bench, batch 1\"")
            << u"line 2: input_len (column 7) is empty"_s;
    }
    void requiredCellsAreRequired()
    {
        // An empty input_len was read as 0 and an empty batch as "max".
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        checkOneRowError("id,gpu,gpu_count,model,precision,batch,input_len,output_len,notes", row, message);
    }

    void countsAreBounded_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message");
        // header: gpu,gpu_count,model,precision,batch,input_len,output_len,tp,pp
        QTest::newRow("gpu_count near 2^31, batch max")
            << QByteArray("H100 SXM,2147483646,deepseek-llm-7b,bf16,max,512,256,,")
            << u"gpu_count 2147483646 is above the limit of 1048576 GPUs"_s;
        QTest::newRow("gpu_count beyond int") << QByteArray("H100 SXM,99999999999,deepseek-llm-7b,bf16,max,512,256,,")
                                              << u"gpu_count 99999999999 is above the limit"_s;
        QTest::newRow("lengths 2^31-1") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,1,2147483647,2147483647,,")
                                        << u"input_len 2147483647 is above the limit of 16777216 tokens"_s;
        QTest::newRow("output_len 2^31-1") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,1,512,2147483647,,")
                                           << u"output_len 2147483647 is above the limit"_s;
        QTest::newRow("negative length") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,1,-1,256,,")
                                         << u"input_len '-1' is not an integer from 0 to 16777216"_s;
        QTest::newRow("batch") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,2000000000,512,256,,")
                               << u"batch 2000000000 is above the limit of 16777216 sequences"_s;
        QTest::newRow("batch per GPU") << QByteArray("H100 SXM,8,deepseek-llm-7b,bf16,1000000000/gpu,512,256,,")
                                       << u"batch '1000000000/gpu' is a batch above the limit"_s;
        QTest::newRow("tp") << QByteArray("H100 SXM,8,deepseek-llm-7b,bf16,max,512,256,2147483647,")
                            << u"tp 2147483647 is above the limit of 1048576 GPUs"_s;
        QTest::newRow("pp") << QByteArray("H100 SXM,8,deepseek-llm-7b,bf16,max,512,256,,4294967296")
                            << u"pp 4294967296 is above the limit"_s;
    }
    void countsAreBounded()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        checkOneRowError("gpu,gpu_count,model,precision,batch,input_len,output_len,tp,pp", row, message);
    }

    // Issue 14: request_rate_per_s evaluates a row under Poisson arrivals; ttft_ms_p90, ttft_ms_p99
    // and queue_ms are always in the header, filled only for a row with a rate.
    void requestRateFillsTheLoadColumns()
    {
        Table t;
        predictText("gpu,gpu_count,model,precision,batch,input_len,output_len,framework,request_rate_per_s\n"
                    "RTX 4090,1,deepseek-llm-7b,bf16,,512,256,vllm,0.01\n"
                    "RTX 4090,1,deepseek-llm-7b,bf16,,512,256,vllm,1\n"
                    "RTX 4090,1,deepseek-llm-7b,bf16,,512,256,vllm,1000\n"
                    "RTX 4090,1,deepseek-llm-7b,bf16,8,512,256,vllm,\n",
                    t);
        QCOMPARE(t.rows.size(), std::size_t(4));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(t.cell(i, "error"), std::string());
            QCOMPARE(t.cell(i, "fits"), std::string("yes"));
            // the percentiles are at least the mean, the queue is part of the mean
            QVERIFY(t.number(i, "ttft_ms_p90") >= t.number(i, "ttft_ms"));
            QVERIFY(t.number(i, "ttft_ms_p99") >= t.number(i, "ttft_ms_p90"));
            QVERIFY(t.number(i, "queue_ms") >= 0.0);
            QVERIFY(t.number(i, "queue_ms") < t.number(i, "ttft_ms"));
        }
        // below capacity every arrival is served: output tokens/s = rate x output_len
        QCOMPARE(t.number(0, "output_tok_s"), 0.01 * 256);
        QCOMPARE(t.number(1, "output_tok_s"), 1.0 * 256);
        // a tiny rate: (almost) no queue, under 2% of the TTFT; a higher rate waits longer
        QVERIFY(t.number(0, "queue_ms") < 0.02 * t.number(0, "ttft_ms"));
        QVERIFY(t.number(1, "queue_ms") > t.number(0, "queue_ms"));
        // past capacity (1000 requests/s of 256 tokens against a few hundred tokens/s): the tier
        // serves its capacity C requests/s and the queue grows. The requests of the first minute
        // of overload (60 s) wait on average 30 s x (rate / C - 1) (fluid queue, by hand).
        const double capacity = t.number(2, "output_tok_s") / 256.0;
        QVERIFY(capacity > 0.0 && capacity < 100.0);
        const double fluidMs = 0.5 * 60e3 * (1000.0 / capacity - 1.0);
        QVERIFY2(std::abs(t.number(2, "queue_ms") - fluidMs) < 0.02 * fluidMs,
                 qPrintable(u"queue_ms %1, fluid %2"_s.arg(t.number(2, "queue_ms")).arg(fluidMs)));
        // no rate: the closed-loop row, the load columns empty
        for (const char *name : { "ttft_ms_p90", "ttft_ms_p99", "queue_ms" })
            QCOMPARE(t.cell(3, name), std::string());
        QVERIFY(t.number(3, "ttft_ms") > 0.0);
    }

    void requestRateIsChecked_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message");
        // header: gpu,gpu_count,model,precision,batch,input_len,output_len,request_rate_per_s
        QTest::newRow("zero") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,,512,256,0")
                              << u"request_rate_per_s '0' is not a positive finite number of requests per second"_s;
        QTest::newRow("negative") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,,512,256,-2")
                                  << u"request_rate_per_s '-2' is not a positive finite number"_s;
        QTest::newRow("inf") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,,512,256,inf")
                             << u"request_rate_per_s 'inf' is not a positive finite number"_s;
        QTest::newRow("nan") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,,512,256,nan")
                             << u"request_rate_per_s 'nan' is not a positive finite number"_s;
        QTest::newRow("text") << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,,512,256,fast")
                              << u"request_rate_per_s 'fast' is not a number"_s;
        QTest::newRow("above the limit")
            << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,,512,256,2e6")
            << u"request_rate_per_s 2e6 is above the limit of 1000000 requests per second"_s;
        QTest::newRow("with a batch")
            << QByteArray("RTX 4090,1,deepseek-llm-7b,bf16,8,512,256,1")
            << u"line 2: batch (column 5) and request_rate_per_s (column 8) are both given: the rate sets the "
               "concurrency, leave batch empty"_s;
    }
    void requestRateIsChecked()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        checkOneRowError("gpu,gpu_count,model,precision,batch,input_len,output_len,request_rate_per_s", row, message);
    }

    void largestGpuCountIsEvaluated()
    {
        // At the limit, batch=max searches the tensor-parallel degrees through the divisors.
        const QString in = m_dir.filePath(u"many-gpus.csv"_s);
        QVERIFY(writeFile(in,
                          "gpu,gpu_count,model,precision,batch,input_len,output_len\n"
                          "H100 SXM,1048576,deepseek-llm-7b,bf16,max,512,256\n"
                          "H100 SXM,1048573,deepseek-llm-7b,bf16,max,512,256\n"));
        const Run r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, in });
        QCOMPARE(r.code, 0);
        const Table t = parseCsv(r.out.toUtf8());
        QVERIFY(t.ok);
        QCOMPARE(t.rows.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            QVERIFY2(t.cell(i, "error").empty(), t.cell(i, "error").c_str());
            QCOMPARE(t.cell(i, "fits"), std::string("yes"));
            QVERIFY(t.number(i, "max_batch") > 1e6);
        }
    }

    void smallBlocksGiveTheSameBytes()
    {
        // The input is read in blocks cut at record ends (quoted line breaks included): any block
        // size gives the bytes of a whole-file read.
        tco::engine::CatalogSnapshot snapshot;
        {
            const tco::db::Catalog catalog(m_db);
            snapshot = tco::db::loadSnapshot(catalog.database());
        }
        const QByteArray cases = readFile(QDir(goldenDir()).filePath(u"predict_cases.csv"_s))
            + "98,RTX 4090,1,deepseek-llm-7b,bf16,4,512,256,,,,,\"quoted\nline, \"\"break\"\"\"\n"
            + "\xEF\xBB\xBF"
              "99,RTX 4090,1,deepseek-llm-7b,bf16,4,512,256,,,,,starts with a byte-order mark\n"
            + "97,RTX 4090,1,deepseek-llm-7b,bf16,4,512,256,,,,,ends with a lone CR\r"
            + "96,RTX 4090,1,deepseek-llm-7b,bf16,,512,256,,,,,empty batch: its line is in the error\n";
        const std::string_view data(cases.constData(), std::size_t(cases.size()));
        tco::cli::PredictOutput whole, blocks;
        std::string error;
        QVERIFY2(tco::cli::predictCsv(snapshot, data, whole, error, false), error.c_str());
        for (const std::size_t size : { 1, 2, 3, 7, 64, 1000 }) {
            QVERIFY2(tco::cli::predictCsv(snapshot, data, blocks, error, false, size), error.c_str());
            QCOMPARE(blocks.rows, whole.rows);
            QVERIFY2(blocks.text == whole.text, qPrintable(u"block size %1"_s.arg(size)));
        }
    }

    void standardInputStreams()
    {
        const QString cases = QDir(goldenDir()).filePath(u"predict_cases.csv"_s);
        const Run file = runTool({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, cases });
        QCOMPARE(file.code, 0);
        for (const QString &name : { u"-"_s, u"/dev/stdin"_s }) {
            QProcess p;
            p.start(QStringLiteral(TCO_CLI_EXE), { u"--db"_s, m_db, u"predict"_s, u"--in"_s, name });
            QVERIFY(p.waitForStarted());
            p.write(readFile(cases)); // a pipe
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), file.out);
        }
    }

    void fullStandardOutputFails()
    {
#ifdef Q_OS_LINUX
        // Streamed rows are flushed block by block: a full disk behind stdout is an error.
        QProcess p;
        p.setStandardOutputFile(u"/dev/full"_s);
        p.start(QStringLiteral(TCO_CLI_EXE),
                { u"--db"_s, m_db, u"predict"_s, u"--in"_s, QDir(goldenDir()).filePath(u"predict_cases.csv"_s) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("cannot write standard output"), "no message");
#else
        QSKIP("/dev/full: Linux only");
#endif
    }

    void fifoIsRefusedAtOnce()
    {
#ifdef Q_OS_LINUX
        // Opening a FIFO nobody writes to waited forever.
        const QString fifo = m_dir.filePath(u"cases.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess p;
        p.start(QStringLiteral(TCO_CLI_EXE), { u"--db"_s, m_db, u"predict"_s, u"--in"_s, fifo });
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            QFAIL("predict waited for a writer on the FIFO");
        }
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(fifo) && err.contains(u"not a regular file"_s) && err.contains(u"--in -"_s),
                 qPrintable(err));
        const Run dir = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, m_dir.path() });
        QCOMPARE(dir.code, 1);
        QVERIFY2(dir.err.contains(u"a folder"_s), qPrintable(dir.err));
#else
        QSKIP("FIFOs: POSIX only");
#endif
    }

    void memoryIsFlatInTheRowCount()
    {
#ifdef Q_OS_LINUX
        // 10M rows through standard input and output took 9.2 GB: the whole input, the whole
        // output and a UTF-16 copy of it were held. Streamed, 300,000 rows hold what 3,000 do.
        constexpr int kSmallRows = 3000, kLargeRows = 300000;
        /// Peak memory the large run may hold beyond the small one: streamed about 10 MiB more
        /// (blocks of 2 MiB and their output); the old buffering held 240 MiB more.
        constexpr long kMaxGrowthKib = 32 * 1024;
        const QByteArray header = "gpu,gpu_count,model,precision,batch,input_len,output_len,id\n";
        const char *gpus[] = { "H100 SXM", "RTX 4090", "A100 80GB", "L40S" };
        QByteArray rows;
        for (int i = 0; i < kLargeRows; ++i)
            rows += QByteArray(gpus[i % 4]) + ',' + QByteArray::number(1 + i % 8) + ",deepseek-llm-7b,bf16,"
                + QByteArray::number(1 + i % 64) + ',' + QByteArray::number(128 + i % 2048) + ','
                + QByteArray::number(64 + i % 512) + ',' + QByteArray::number(i) + '\n';
        const qsizetype smallEnd = [&] {
            qsizetype at = 0;
            for (int i = 0; i < kSmallRows; ++i)
                at = rows.indexOf('\n', at) + 1;
            return at;
        }();
        const QString small = m_dir.filePath(u"rss-small.csv"_s), large = m_dir.filePath(u"rss-large.csv"_s);
        QVERIFY(writeFile(small, header + rows.left(smallEnd)));
        QVERIFY(writeFile(large, header + rows));
        rows.clear();
        // /dev/stdin, not "-": the old code read it too (as a file, whole)
        const QStringList args { u"--db"_s, m_db, u"predict"_s, u"--in"_s, u"/dev/stdin"_s };
        const long smallKib = peakRssKib(args, small);
        const long largeKib = peakRssKib(args, large);
        QVERIFY(smallKib > 0 && largeKib > 0);
        QVERIFY2(largeKib - smallKib < kMaxGrowthKib,
                 qPrintable(u"peak memory %1 KiB for %2 rows, %3 KiB for %4 rows"_s.arg(largeKib)
                                .arg(kLargeRows)
                                .arg(smallKib)
                                .arg(kSmallRows)));
#else
        QSKIP("peak memory of a child: Linux only");
#endif
    }

    void goldenFile()
    {
        const QString cases = QDir(goldenDir()).filePath(u"predict_cases.csv"_s);
        const QString expectedPath = QDir(goldenDir()).filePath(u"predict_expected.csv"_s);
        const QString outPath = m_dir.filePath(u"golden.out.csv"_s);
        const Run r = runTool({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, cases, u"--out"_s, outPath });
        QCOMPARE(r.code, 0);
        const QByteArray actual = lf(readFile(outPath));
        QVERIFY(!actual.isEmpty());
        if (qEnvironmentVariableIntValue("TCO_UPDATE_GOLDEN") == 1) {
            QVERIFY(writeFile(expectedPath, actual));
            qWarning("TCO_UPDATE_GOLDEN=1: rewrote %s; review the diff before committing", qPrintable(expectedPath));
            return;
        }
        const QByteArray expected = lf(readFile(expectedPath));
        QVERIFY2(!expected.isEmpty(), "missing golden file; run once with TCO_UPDATE_GOLDEN=1");
        if (actual != expected) {
            const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
            for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
                const QByteArray x = i < a.size() ? a[i] : QByteArray(), y = i < e.size() ? e[i] : QByteArray();
                if (x != y)
                    QFAIL(qPrintable(u"golden differs at line %1:\n  actual:   %2\n  expected: %3\n"
                                     "(regenerate deliberately with TCO_UPDATE_GOLDEN=1)"_s.arg(i + 1)
                                         .arg(QString::fromUtf8(x), QString::fromUtf8(y))));
            }
        }
    }

private:
    /** Predicts @p csv (written to a file) into @p t; the command succeeds and its output parses. */
    void predictText(const QByteArray &csv, Table &t)
    {
        const QString in = m_dir.filePath(u"cases.csv"_s);
        QVERIFY(writeFile(in, csv));
        const Run r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, in });
        QCOMPARE(r.code, 0);
        t = parseCsv(r.out.toUtf8());
        QVERIFY(t.ok);
    }

    /** Predicts a file of @p header and one @p row: the row keeps its place, its error starts with @p message. */
    void checkOneRowError(const QByteArray &header, const QByteArray &row, const QString &message)
    {
        const QString in = m_dir.filePath(u"one-row.csv"_s);
        QVERIFY(writeFile(in, header + '\n' + row + '\n'));
        const Run r = runInProcess({ u"--db"_s, m_db, u"predict"_s, u"--in"_s, in });
        QCOMPARE(r.code, 0); // a row error, in its place
        const Table t = parseCsv(r.out.toUtf8());
        QVERIFY(t.ok);
        QCOMPARE(t.rows.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(t.cell(0, "error")).startsWith(message),
                 qPrintable(QString::fromStdString(t.cell(0, "error"))));
        QVERIFY(t.cell(0, "fits").empty());
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestPredict)
#include "tst_predict.moc"
