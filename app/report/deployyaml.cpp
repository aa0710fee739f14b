// SPDX-License-Identifier: MIT
#include "deployyaml.h"

#include "reportfacts.h"
#include "reportio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fmt/format.h>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace tco::report {

namespace {

/// The port every generated server listens on (vLLM's default).
constexpr int kServerPort = 8000;
// Container images. vLLM is pinned to the release whose engine arguments the catalog cites
// (docs.vllm.ai/en/v0.6.3.post1); the others are the projects' own published server images.
constexpr char kVllmImage[] = "vllm/vllm-openai:v0.6.3.post1";
constexpr char kSglangImage[] = "lmsysorg/sglang:latest";
constexpr char kTrtLlmImage[] = "nvcr.io/nvidia/tensorrt-llm/release:latest";
constexpr char kTgiImage[] = "ghcr.io/huggingface/text-generation-inference:latest";
constexpr char kLlamaCppImage[] = "ghcr.io/ggml-org/llama.cpp:server-cuda";

/// Kubernetes object names and label values are DNS-1123 labels: at most this many characters.
constexpr std::size_t kDnsLabelMaxLength = 63;
/// The longest suffix added to a tier's name for an object ("-cold"; "-hot" is shorter).
constexpr std::size_t kLongestObjectSuffix = 5;
/// Longest name derived from a tier name, so that every object name stays a valid label.
constexpr std::size_t kMaxNameLength = kDnsLabelMaxLength - kLongestObjectSuffix;
/// Hex digits of the SHA-256 of the full tier name appended to an altered name (32 bits).
constexpr std::size_t kNameHashDigits = 8;
/// Characters of one comment line (of scenario text: tier name, title, messages); the tier's
/// exact name is in the manifest's values, not in the comments.
constexpr std::size_t kMaxCommentChars = 256;
/// Characters of the tier name and of the scenario title quoted in the header comment.
constexpr std::size_t kMaxCommentNameChars = 100;
/// Serving stacks read token counts (--max-model-len, --ctx-size...) as 32-bit signed integers.
constexpr std::int64_t kMaxServerTokens = std::numeric_limits<std::int32_t>::max();
/// Replicas whose GPU assignment the launch file lists one by one; more get a comment instead.
constexpr std::int64_t kMaxListedReplicas = 1024;

/** The code points of UTF-8 text; an invalid sequence becomes U+FFFD (YAML must be UTF-8). */
QList<uint> codePoints(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).toUcs4();
}

/** Printable ASCII: the only characters written as themselves inside a YAML string. */
bool isPrintableAscii(uint c)
{
    return c >= 0x20 && c < 0x7f;
}

/**
 * A character a reader sees as itself in a comment: printable ASCII, and beyond ASCII letters,
 * marks, digits, punctuation, symbols and spaces. Never a control (C0, C1 with NEL U+0085), a
 * line or paragraph separator (U+2028, U+2029: line breaks to YAML 1.1 parsers), a format
 * character (bidi overrides, U+FEFF, zero-width joiners), a surrogate, private or unassigned.
 */
bool isReadable(uint c)
{
    if (c < 0x80)
        return isPrintableAscii(c);
    switch (QChar::category(char32_t(c))) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

/** "\uXXXX" or, beyond the BMP, "\UXXXXXXXX": YAML's escapes of a code point. */
std::string escapedCodePoint(uint c)
{
    return c <= 0xffff ? fmt::format("\\u{:04X}", c) : fmt::format("\\U{:08X}", c);
}

/** Appends code point @p c (a valid scalar value) as UTF-8. */
void appendUtf8(std::string &out, uint c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

/**
 * A YAML document written line by line in block style. Every string is a double-quoted scalar
 * holding only printable ASCII: '"' and '\' escaped, every other character as \uXXXX, so no
 * parser (YAML 1.1 or 1.2) can see a line break, a document marker or an indicator in it.
 * Keys are constants of this file. Comments hold readable characters only (see isReadable()).
 */
class YamlWriter
{
public:
    static std::string quote(const std::string &s)
    {
        std::string out = "\"";
        out.reserve(s.size() + 2);
        for (const uint c : codePoints(s)) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += char(c);
            } else if (isPrintableAscii(c)) {
                out += char(c);
            } else {
                out += escapedCodePoint(c);
            }
        }
        return out + "\"";
    }

    /** @p text on one comment line: unreadable characters as \uXXXX, long texts shortened. */
    static std::string commentText(const std::string &text)
    {
        std::string out;
        std::size_t chars = 0;
        for (const uint c : codePoints(text)) {
            if (++chars > kMaxCommentChars) {
                out += "...";
                break;
            }
            if (isPrintableAscii(c))
                out += char(c);
            else if (isReadable(c))
                appendUtf8(out, c);
            else
                out += escapedCodePoint(c);
        }
        return out;
    }

    void comment(const std::string &text)
    {
        const std::string clean = commentText(text);
        line(clean.empty() ? "#" : "# " + clean);
    }
    void separator() { m_out += "---\n"; }
    void field(const std::string &key, const std::string &value) { line(key + ": " + quote(value)); }
    void field(const std::string &key, const char *value) { field(key, std::string(value)); }
    void field(const std::string &key, int value) { line(key + ": " + std::to_string(value)); }
    void field(const std::string &key, std::int64_t value) { line(key + ": " + std::to_string(value)); }
    void field(const std::string &key, double value, int decimals)
    {
        if (std::isnan(value))
            line(key + ": .nan");
        else if (std::isinf(value))
            line(key + (value > 0 ? ": .inf" : ": -.inf"));
        else
            line(key + ": " + fmt::format("{:.{}f}", value, decimals));
    }
    void field(const std::string &key, bool value) { line(key + (value ? ": true" : ": false")); }
    /** "key:" with the block that follows, until close(). */
    void open(const std::string &key)
    {
        line(key + ":");
        ++m_depth;
    }
    void close() { --m_depth; }
    void item(const std::string &value) { line("- " + quote(value)); }
    /** A sequence item that is a mapping: its first key goes on the dash line. */
    void openItem()
    {
        ++m_depth;
        m_dash = true;
    }
    void closeItem() { --m_depth; }
    void strings(const std::string &key, const std::vector<std::string> &values)
    {
        open(key);
        for (const std::string &v : values)
            item(v);
        close();
    }

    const std::string &text() const { return m_out; }

private:
    void line(const std::string &text)
    {
        if (m_dash) {
            m_out += std::string(std::size_t(2 * (m_depth - 1)), ' ') + "- " + text + "\n";
            m_dash = false;
        } else {
            m_out += std::string(std::size_t(2 * m_depth), ' ') + text + "\n";
        }
    }

    std::string m_out;
    int m_depth = 0;
    bool m_dash = false;
};

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

/** vLLM's --quantization method for a precision id, if the checkpoint needs one named. */
std::optional<std::string> vllmQuantization(const std::string &precision)
{
    if (precision == "fp8")
        return "fp8";
    if (precision == "int4-awq")
        return "awq";
    if (precision == "int4-gptq")
        return "gptq";
    if (startsWith(precision, "gguf-"))
        return "gguf";
    return std::nullopt;
}

/** --dtype for unquantized precisions ("auto" lets a quantized checkpoint decide). */
std::string torchDtype(const std::string &precision)
{
    if (precision == "bf16")
        return "bfloat16";
    if (precision == "fp16")
        return "float16";
    if (precision == "fp32")
        return "float32";
    return "auto";
}

/** Why a precision has no flag, when the checkpoint has to be prepared for it. */
std::optional<std::string> precisionNote(const std::string &precision, const std::string &stack)
{
    if (precision == "int8")
        return "int8 (W8A8) needs a pre-quantized checkpoint (e.g. compressed-tensors from llm-compressor); "
               "point the model at it, the server detects the format";
    if (precision == "nvfp4")
        return "nvfp4 needs a pre-quantized checkpoint (NVIDIA TensorRT Model Optimizer) and a Blackwell GPU";
    if (stack == "trt-llm" && precision != "bf16" && precision != "fp16")
        return "TensorRT-LLM: quantize the checkpoint to " + precision + " with TensorRT Model Optimizer first";
    if (stack == "llama.cpp" && !startsWith(precision, "gguf-"))
        return "llama.cpp serves GGUF files: point --hf-repo at a GGUF conversion of the model";
    return std::nullopt;
}

/** What one server process of a tier runs. */
struct Launch
{
    std::string stack; ///< resolved stack id
    std::string image;
    std::vector<std::string> command; ///< the program (empty: the image's entrypoint)
    std::vector<std::string> args;
    std::vector<std::string> notes;
};

struct LaunchParams
{
    std::string stack;
    std::string repo;
    std::string precision;
    int tp = 1;
    int pp = 1;
    std::int64_t maxModelLen = 0; ///< input_len + output_len, <= kMaxServerTokens (checked)
    int maxSeqs = 0;
    std::int64_t inputLen = 0;
    bool kubernetes = false; ///< vLLM: the image's entrypoint is the OpenAI server
};

Launch launchFor(const LaunchParams &p)
{
    Launch l;
    l.stack = p.stack;
    const std::string port = std::to_string(kServerPort);
    auto add = [&l](std::initializer_list<std::string> values) {
        l.args.insert(l.args.end(), values);
    };
    if (const auto note = precisionNote(p.precision, p.stack))
        l.notes.push_back(*note);

    if (p.stack == "sglang") {
        l.image = kSglangImage;
        l.command = { "python3", "-m", "sglang.launch_server" };
        add({ "--model-path", p.repo, "--tp-size", std::to_string(p.tp) });
        if (p.pp > 1)
            add({ "--pp-size", std::to_string(p.pp) });
        if (const auto q = vllmQuantization(p.precision))
            add({ "--quantization", *q });
        add({ "--context-length", std::to_string(p.maxModelLen) });
        if (p.maxSeqs > 0)
            add({ "--max-running-requests", std::to_string(p.maxSeqs) });
        add({ "--host", "0.0.0.0", "--port", port });
    } else if (p.stack == "trt-llm") {
        l.image = kTrtLlmImage;
        l.command = { "trtllm-serve", p.repo };
        add({ "--tp_size", std::to_string(p.tp), "--pp_size", std::to_string(p.pp) });
        if (p.maxSeqs > 0)
            add({ "--max_batch_size", std::to_string(p.maxSeqs) });
        add({ "--max_seq_len", std::to_string(p.maxModelLen), "--host", "0.0.0.0", "--port", port });
    } else if (p.stack == "llama.cpp") {
        l.image = kLlamaCppImage;
        l.command = { "llama-server" };
        // --ctx-size is the context of all slots together; it stays a 32-bit count
        const std::int64_t parallel
            = std::clamp<std::int64_t>(p.maxSeqs, 1, kMaxServerTokens / std::max<std::int64_t>(1, p.maxModelLen));
        if (parallel < p.maxSeqs)
            l.notes.push_back(fmt::format("--parallel lowered from {} to {}: the slots' total context must stay "
                                          "below 2^31 tokens",
                                          p.maxSeqs, parallel));
        add({ "--hf-repo", p.repo, "--n-gpu-layers", "999", "--split-mode", p.tp > 1 ? "row" : "layer", "--parallel",
              std::to_string(parallel), "--ctx-size", std::to_string(p.maxModelLen * parallel), "--host", "0.0.0.0",
              "--port", port });
    } else if (p.stack == "hf-tgi") {
        l.image = kTgiImage;
        l.command = { "text-generation-launcher" };
        add({ "--model-id", p.repo, "--num-shard", std::to_string(p.tp) });
        if (const auto q = vllmQuantization(p.precision); q && *q != "gguf")
            add({ "--quantize", *q });
        add({ "--max-input-tokens", std::to_string(p.inputLen), "--max-total-tokens", std::to_string(p.maxModelLen) });
        if (p.maxSeqs > 0)
            add({ "--max-concurrent-requests", std::to_string(p.maxSeqs) });
        add({ "--port", port });
    } else {
        if (p.stack != "vllm")
            l.notes.push_back("no launch template for the stack \"" + p.stack + "\": vLLM's is used");
        l.stack = "vllm";
        l.image = kVllmImage;
        if (p.kubernetes) {
            add({ "--model", p.repo }); // the image's entrypoint is vllm.entrypoints.openai.api_server
        } else {
            l.command = { "vllm", "serve", p.repo };
        }
        add({ "--tensor-parallel-size", std::to_string(p.tp) });
        if (p.pp > 1)
            add({ "--pipeline-parallel-size", std::to_string(p.pp) });
        if (const auto q = vllmQuantization(p.precision))
            add({ "--quantization", *q });
        else
            add({ "--dtype", torchDtype(p.precision) });
        add({ "--max-model-len", std::to_string(p.maxModelLen) });
        if (p.maxSeqs > 0)
            add({ "--max-num-seqs", std::to_string(p.maxSeqs) });
        add({ "--host", "0.0.0.0", "--port", port });
    }
    return l;
}

/**
 * One argument for a POSIX shell: as it is when it holds only characters no shell interprets,
 * else in single quotes (inside which every character is literal, a quote written '\'').
 */
std::string shellQuoted(const std::string &arg)
{
    const bool plain = !arg.empty() && std::all_of(arg.begin(), arg.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return (c < 0x80 && std::isalnum(c)) || (ch != '\0' && std::strchr("_@%+=:,./-", ch) != nullptr);
    });
    if (plain)
        return arg;
    std::string out = "'";
    for (const char ch : arg) {
        if (ch == '\'')
            out += "'\\''";
        else
            out += ch;
    }
    return out + "'";
}

/** The command line a shell runs as exactly @p args (a catalog text cannot add a command). */
std::string shellCommand(const std::vector<std::string> &args)
{
    std::string line;
    for (const std::string &a : args) {
        if (!line.empty())
            line += ' ';
        line += shellQuoted(a);
    }
    return line;
}

std::string stackId(const engine::CatalogSnapshot &catalog, const std::string &stack)
{
    const engine::ServingStackSpec *s = catalog.findStack(stack);
    return s ? s->id : stack;
}

/** Concurrent sequences one server process holds at the operating point (a 32-bit count). */
int sequencesPerServer(const engine::PerfResult &perf)
{
    const int replicas = std::max(1, perf.replicas);
    if (!(perf.batch > 0))
        return 0; // also NaN
    return int(std::min(std::ceil(perf.batch / replicas - 1e-9), double(kMaxServerTokens)));
}

/** A replica count from the engine's (fractional) hourly figure, as a 32-bit count >= 1. */
int replicaCount(double replicas)
{
    if (!(replicas > 1.0))
        return 1; // also NaN
    return int(std::min(std::round(replicas), double(std::numeric_limits<std::int32_t>::max())));
}

/**
 * input_len + output_len, the context a server must hold, computed wide; empty with @p error
 * when it is not positive or beyond what the servers' 32-bit flags take.
 */
std::optional<std::int64_t> modelLength(const engine::Workload &w, QString &error)
{
    const std::int64_t length = std::int64_t(w.input_len) + std::int64_t(w.output_len);
    if (w.input_len < 1 || w.output_len < 1 || length > kMaxServerTokens) {
        error = QString::fromStdString(
            fmt::format("input_len {} + output_len {} = {} tokens: a server's context length must be 2 to {} tokens "
                        "(both lengths at least 1; the serving stacks read it as a 32-bit integer)",
                        w.input_len, w.output_len, length, kMaxServerTokens));
        return std::nullopt;
    }
    return length;
}

std::string modelRepo(const engine::CatalogSnapshot &catalog, const std::string &model)
{
    const engine::ModelSpec *m = catalog.findModel(model);
    return m && !m->hf_repo.empty() ? m->hf_repo : model;
}

/** At most kMaxCommentNameChars characters of @p text ("..." when shortened), for a comment. */
std::string excerpt(const std::string &text)
{
    const QList<uint> chars = codePoints(text);
    if (std::size_t(chars.size()) <= kMaxCommentNameChars)
        return text;
    std::string out;
    for (qsizetype i = 0; i < qsizetype(kMaxCommentNameChars - 3); ++i)
        appendUtf8(out, chars[i]);
    return out + "...";
}

void header(YamlWriter &y, const engine::Scenario &scenario, const engine::TierResult &t, const std::string &what)
{
    y.comment(what + " for tier \"" + excerpt(t.name) + "\" of scenario \"" + excerpt(scenario.title) + "\".");
    y.comment("Generated by TCO Planner from its evaluation of the tier; review before use.");
    for (const engine::TierIssue &issue : t.issues)
        if (issue.severity != engine::TierIssue::Severity::Info)
            y.comment("issue: " + issue.field + ": " + issue.message);
}

struct PodSpec
{
    std::string name; ///< Deployment and HPA name
    std::string app; ///< app.kubernetes.io/name
    std::string component; ///< "hot" or "cold"
    const engine::CloudInstance *instance = nullptr;
    std::string purchase; ///< purchase option id
    Launch launch;
    std::string precision;
    int gpus = 1;
    int minReplicas = 1;
    int maxReplicas = 1;
    int targetUtilisationPct = 70;
};

void labels(YamlWriter &y, const PodSpec &p)
{
    y.open("labels");
    y.field("app.kubernetes.io/name", p.app);
    y.field("app.kubernetes.io/component", p.component);
    y.field("app.kubernetes.io/managed-by", "tco-planner");
    y.close();
}

void deployment(YamlWriter &y, const PodSpec &p)
{
    y.comment(fmt::format("{} replicas: {} ({} GPU), {}; {} to {} replicas.", p.component, p.instance->instance_type,
                          p.gpus, p.purchase, p.minReplicas, p.maxReplicas));
    for (const std::string &note : p.launch.notes)
        y.comment("note: " + note);
    y.field("apiVersion", "apps/v1");
    y.field("kind", "Deployment");
    y.open("metadata");
    y.field("name", p.name);
    labels(y, p);
    y.open("annotations");
    y.field("tco-planner/purchase-option", p.purchase);
    y.field("tco-planner/instance", p.instance->id);
    y.close();
    y.close();
    y.open("spec");
    y.field("replicas", p.minReplicas);
    y.open("selector");
    y.open("matchLabels");
    y.field("app.kubernetes.io/name", p.app);
    y.field("app.kubernetes.io/component", p.component);
    y.close();
    y.close();
    y.open("template");
    y.open("metadata");
    labels(y, p);
    y.close();
    y.open("spec");
    y.open("nodeSelector");
    y.field("node.kubernetes.io/instance-type", p.instance->instance_type);
    y.close();
    if (p.purchase == "spot")
        y.comment("spot capacity: add your cluster's capacity-type selector (e.g. karpenter.sh/capacity-type: spot)");
    y.open("containers");
    y.openItem();
    y.field("name", "server");
    y.field("image", p.launch.image);
    if (!p.launch.command.empty())
        y.strings("command", p.launch.command);
    y.strings("args", p.launch.args);
    y.open("env");
    y.openItem();
    y.field("name", "QUANTIZATION");
    y.field("value", p.precision);
    y.closeItem();
    y.openItem();
    y.field("name", "HF_TOKEN");
    y.open("valueFrom");
    y.open("secretKeyRef");
    y.field("name", "hf-token");
    y.field("key", "token");
    y.field("optional", true);
    y.close();
    y.close();
    y.closeItem();
    y.close();
    y.open("ports");
    y.openItem();
    y.field("name", "http");
    y.field("containerPort", kServerPort);
    y.closeItem();
    y.close();
    y.open("resources");
    y.open("limits");
    y.field("nvidia.com/gpu", p.gpus);
    y.close();
    y.close();
    y.open("readinessProbe");
    y.open("httpGet");
    y.field("path", "/health");
    y.field("port", kServerPort);
    y.close();
    y.field("initialDelaySeconds", 60);
    y.field("periodSeconds", 10);
    y.close();
    y.open("volumeMounts");
    y.openItem();
    y.field("name", "dshm");
    y.field("mountPath", "/dev/shm");
    y.closeItem();
    y.close();
    y.closeItem();
    y.close(); // containers
    y.open("volumes");
    y.openItem();
    y.field("name", "dshm");
    y.open("emptyDir");
    y.field("medium", "Memory");
    y.close();
    y.closeItem();
    y.close();
    y.close(); // template spec
    y.close(); // template
    y.close(); // spec
}

void autoscaler(YamlWriter &y, const PodSpec &p)
{
    y.comment(fmt::format("Scales on GPU utilisation at the tier's target ({}%): DCGM_FI_DEV_GPU_UTIL from NVIDIA "
                          "dcgm-exporter, served to the HPA as a Pods metric by prometheus-adapter.",
                          p.targetUtilisationPct));
    y.field("apiVersion", "autoscaling/v2");
    y.field("kind", "HorizontalPodAutoscaler");
    y.open("metadata");
    y.field("name", p.name);
    labels(y, p);
    y.close();
    y.open("spec");
    y.open("scaleTargetRef");
    y.field("apiVersion", "apps/v1");
    y.field("kind", "Deployment");
    y.field("name", p.name);
    y.close();
    y.field("minReplicas", p.minReplicas);
    y.field("maxReplicas", p.maxReplicas);
    y.open("metrics");
    y.openItem();
    y.field("type", "Pods");
    y.open("pods");
    y.open("metric");
    y.field("name", "DCGM_FI_DEV_GPU_UTIL");
    y.close();
    y.open("target");
    y.field("type", "AverageValue");
    y.field("averageValue", std::to_string(p.targetUtilisationPct));
    y.close();
    y.close();
    y.closeItem();
    y.close();
    y.close();
}

int gpuLimit(double gpuCount)
{
    return std::max(1, int(std::ceil(gpuCount - 1e-9)));
}

DeployOutput cloudFiles(const engine::Scenario &scenario, const engine::TierResult &t, const engine::Tier &tier,
                        const engine::CatalogSnapshot &catalog, int index)
{
    DeployOutput out;
    const engine::CloudTier &c = tier.cloud;
    const engine::CloudInstance *hot = catalog.findInstance(c.hot_instance);
    if (!hot) {
        out.error = QString::fromStdString("the hot instance \"" + c.hot_instance + "\" is not in the catalog");
        return out;
    }
    const std::string app = kubernetesName(t.name, index);
    const std::string stack = stackId(catalog, tier.stack);
    const std::string repo = modelRepo(catalog, scenario.workload.model);
    const std::optional<std::int64_t> maxModelLen = modelLength(scenario.workload, out.error);
    if (!maxModelLen)
        return out;
    const int targetPct = int(std::lround(std::clamp(c.target_utilisation, 0.01, 1.0) * 100.0));

    YamlWriter y;
    header(y, scenario, t, "Kubernetes manifests");

    PodSpec hotPod;
    hotPod.name = app + "-hot";
    hotPod.app = app;
    hotPod.component = "hot";
    hotPod.instance = hot;
    hotPod.purchase = engine::purchaseOptionId(c.hot_option);
    hotPod.precision = tierPrecision(scenario, tier);
    hotPod.gpus = gpuLimit(hot->gpu_count);
    hotPod.minReplicas = replicaCount(c.min_replicas);
    hotPod.maxReplicas = std::max(hotPod.minReplicas, replicaCount(c.max_replicas));
    hotPod.targetUtilisationPct = targetPct;
    LaunchParams params;
    params.stack = stack;
    params.repo = repo;
    params.precision = hotPod.precision;
    params.tp = std::clamp(t.perf.tp > 0 ? t.perf.tp : hotPod.gpus, 1, hotPod.gpus);
    params.pp = std::max(1, t.perf.pp);
    params.maxModelLen = *maxModelLen;
    params.maxSeqs = sequencesPerServer(t.perf);
    params.inputLen = scenario.workload.input_len;
    params.kubernetes = true;
    hotPod.launch = launchFor(params);
    if (t.perf.replicas > 1)
        hotPod.launch.notes.push_back(fmt::format("the engine runs {} servers of tensor parallel {} per instance; this "
                                                  "Deployment runs one per pod",
                                                  t.perf.replicas, t.perf.tp));
    if (c.min_replicas < 1)
        hotPod.launch.notes.push_back("the tier's minimum is 0 replicas; an HPA keeps at least 1");
    deployment(y, hotPod);
    y.separator();
    autoscaler(y, hotPod);

    const bool hasCold = !c.cold_instance.empty() && scenario.workload.low_priority_share > 0.0;
    if (hasCold) {
        const engine::CloudInstance *cold = catalog.findInstance(c.cold_instance);
        if (!cold) {
            out.error = QString::fromStdString("the cold instance \"" + c.cold_instance + "\" is not in the catalog");
            return out;
        }
        const auto [lo, hi] = std::minmax_element(t.cold_replicas.begin(), t.cold_replicas.end());
        PodSpec coldPod;
        coldPod.name = app + "-cold";
        coldPod.app = app;
        coldPod.component = "cold";
        coldPod.instance = cold;
        coldPod.purchase = engine::purchaseOptionId(c.cold_option);
        coldPod.precision = c.cold_precision.empty() ? hotPod.precision : c.cold_precision;
        coldPod.gpus = gpuLimit(cold->gpu_count);
        coldPod.minReplicas = replicaCount(*lo);
        coldPod.maxReplicas = std::max(coldPod.minReplicas, replicaCount(*hi));
        coldPod.targetUtilisationPct = targetPct;
        LaunchParams coldParams = params;
        coldParams.precision = coldPod.precision;
        coldParams.tp = std::clamp(t.cold_perf.tp > 0 ? t.cold_perf.tp : coldPod.gpus, 1, coldPod.gpus);
        coldParams.pp = std::max(1, t.cold_perf.pp);
        coldParams.maxSeqs = sequencesPerServer(t.cold_perf);
        coldPod.launch = launchFor(coldParams);
        y.separator();
        deployment(y, coldPod);
        y.separator();
        autoscaler(y, coldPod);
    }
    out.files.append({ QString::fromStdString(app + "-kubernetes.yaml"), QByteArray::fromStdString(y.text()) });
    return out;
}

DeployOutput onPremisesFiles(const engine::Scenario &scenario, const engine::TierResult &t, const engine::Tier &tier,
                             const engine::CatalogSnapshot &catalog, int index)
{
    DeployOutput out;
    const engine::OnPremisesTier &o = tier.onprem;
    const engine::PerfResult &perf = t.perf;
    const std::string app = kubernetesName(t.name, index);
    const std::optional<std::int64_t> maxModelLen = modelLength(scenario.workload, out.error);
    if (!maxModelLen)
        return out;
    // Counts computed wide: nodes * GPUs per node may not fit an int.
    const std::int64_t perNode = std::max(1, o.gpus_per_node);
    const std::int64_t gpus = std::max<std::int64_t>(1, std::int64_t(o.nodes) * o.gpus_per_node);
    const int tp
        = perf.tp > 0 ? perf.tp : (tier.tp > 0 ? tier.tp : int(std::min<std::int64_t>(gpus, kMaxServerTokens)));
    const int pp = perf.pp > 0 ? perf.pp : std::max(1, tier.pp);
    const std::int64_t gpusPerServer = std::int64_t(tp) * pp;
    const std::int64_t replicas = perf.replicas > 0 ? perf.replicas : std::max<std::int64_t>(1, gpus / gpusPerServer);
    const std::int64_t nodesPerServer = std::max<std::int64_t>(1, (gpusPerServer + perNode - 1) / perNode);

    LaunchParams params;
    params.stack = stackId(catalog, tier.stack);
    params.repo = modelRepo(catalog, scenario.workload.model);
    params.precision = tierPrecision(scenario, tier);
    params.tp = tp;
    params.pp = pp;
    params.maxModelLen = *maxModelLen;
    params.maxSeqs = sequencesPerServer(perf);
    params.inputLen = scenario.workload.input_len;
    const Launch launch = launchFor(params);
    const engine::GpuSpec *gpu = catalog.findGpu(o.gpu);

    YamlWriter y;
    header(y, scenario, t, "Serving launch configuration");
    for (const std::string &note : launch.notes)
        y.comment("note: " + note);
    if (nodesPerServer > 1)
        y.comment(fmt::format("one server spans {} nodes: start it through the stack's multi-node launcher "
                              "(vLLM: a Ray cluster; SGLang: --nnodes/--node-rank/--dist-init-addr)",
                              nodesPerServer));
    y.field("tier", t.name);
    y.field("stack", launch.stack);
    y.open("model");
    y.field("id", scenario.workload.model);
    y.field("hf_repo", params.repo);
    y.close();
    y.field("precision", params.precision);
    y.open("hardware");
    y.field("gpu", gpu ? gpu->id : o.gpu);
    y.field("nodes", o.nodes);
    y.field("gpus_per_node", o.gpus_per_node);
    y.close();
    y.open("parallelism");
    y.field("tensor_parallel_size", tp);
    y.field("pipeline_parallel_size", pp);
    y.field("replicas", replicas);
    y.field("gpus_per_replica", gpusPerServer);
    y.field("nodes_per_replica", nodesPerServer);
    y.close();
    y.open("serving");
    y.field("max_model_len", params.maxModelLen);
    y.field("max_num_seqs", params.maxSeqs);
    y.field("port", kServerPort);
    y.close();
    y.open("sla");
    y.field("ttft_ms", scenario.workload.sla_ttft_ms, 1);
    y.field("tpot_ms", scenario.workload.sla_tpot_ms, 1);
    y.close();
    y.open("launch");
    y.field("image", launch.image);
    std::vector<std::string> commandLine = launch.command;
    commandLine.insert(commandLine.end(), launch.args.begin(), launch.args.end());
    y.strings("command", commandLine);
    y.field("shell", shellCommand(commandLine));
    y.close();
    // Which GPUs each replica uses, when several replicas share the nodes.
    if (nodesPerServer == 1 && replicas > kMaxListedReplicas) {
        y.comment(fmt::format("replica_gpus: {} replicas, not listed one by one (more than {}): replica r uses "
                              "GPUs r*{} .. r*{}+{} counted across the nodes",
                              replicas, kMaxListedReplicas, gpusPerServer, gpusPerServer, gpusPerServer - 1));
    } else if (nodesPerServer == 1) {
        y.open("replica_gpus");
        for (std::int64_t r = 0; r < replicas; ++r) {
            const std::int64_t first = r * gpusPerServer;
            std::string devices;
            for (std::int64_t g = 0; g < gpusPerServer; ++g) {
                if (g)
                    devices += ',';
                devices += std::to_string((first + g) % perNode);
            }
            y.openItem();
            y.field("replica", r + 1);
            y.field("node", first / perNode + 1);
            y.field("CUDA_VISIBLE_DEVICES", devices);
            y.closeItem();
        }
        y.close();
    }
    out.files.append({ QString::fromStdString(app + "-launch.yaml"), QByteArray::fromStdString(y.text()) });
    return out;
}

} // namespace

int findTier(const engine::Scenario &scenario, const QString &name)
{
    const int n = int(scenario.tiers.size());
    for (int i = 0; i < n; ++i)
        if (QString::fromStdString(scenario.tiers[std::size_t(i)].name) == name)
            return i;
    int found = -1;
    for (int i = 0; i < n; ++i) {
        if (QString::fromStdString(scenario.tiers[std::size_t(i)].name).compare(name, Qt::CaseInsensitive) == 0) {
            if (found >= 0)
                return -1; // ambiguous
            found = i;
        }
    }
    if (found >= 0)
        return found;
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    return isNumber && number >= 1 && number <= n ? number - 1 : -1;
}

std::string kubernetesName(const std::string &tierName, int tierIndex)
{
    std::string name;
    for (const char ch : tierName) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80 && std::isalnum(c))
            name += char(std::tolower(c));
        else if (!name.empty() && name.back() != '-')
            name += '-';
        if (name.size() > kMaxNameLength)
            break; // shortened below anyway; a 100k-character name is not copied
    }
    if (name == tierName && name.size() <= kMaxNameLength && !name.empty() && name.back() != '-')
        return name; // already a valid name: kept as it is

    // Altered or shortened: distinct tier names ("GPU A", "gpu-a", two that share their first
    // 50 characters) must not give the same objects and file, so the full name's hash is added.
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(tierName.data(), qsizetype(tierName.size())),
                                                       QCryptographicHash::Sha256);
    const std::string hash = digest.toHex().left(qsizetype(kNameHashDigits)).toStdString();
    if (name.size() > kMaxNameLength - kNameHashDigits - 1)
        name.resize(kMaxNameLength - kNameHashDigits - 1);
    while (!name.empty() && name.back() == '-')
        name.pop_back();
    if (name.empty())
        return fmt::format("tier-{}-{}", std::int64_t(tierIndex) + 1, hash);
    return name + '-' + hash;
}

DeployOutput deploymentFiles(const engine::Scenario &scenario, const engine::Result &result,
                             const engine::CatalogSnapshot &catalog, int tier)
{
    DeployOutput out;
    if (tier < 0 || tier >= int(scenario.tiers.size()) || tier >= int(result.tiers.size())) {
        out.error = u"no tier %1 in the scenario"_s.arg(tier + 1);
        return out;
    }
    const engine::TierResult &t = result.tiers[std::size_t(tier)];
    if (!t.perf.ok() || t.perf.tp <= 0) {
        std::string why = t.perf.error_message;
        for (const engine::TierIssue &issue : t.issues)
            if (why.empty() && issue.severity == engine::TierIssue::Severity::Error)
                why = issue.message;
        out.error = QString::fromStdString(fmt::format("the performance of tier \"{}\" could not be evaluated{}{}",
                                                       t.name, why.empty() ? "" : ": ", why));
        return out;
    }
    const engine::Tier &spec = scenario.tiers[std::size_t(tier)];
    return spec.kind == engine::TierKind::Cloud ? cloudFiles(scenario, t, spec, catalog, tier)
                                                : onPremisesFiles(scenario, t, spec, catalog, tier);
}

QStringList existingDeploymentFiles(const DeployOutput &output, const QString &directory)
{
    QStringList existing;
    const QDir dir(directory);
    for (const DeployFile &file : output.files) {
        const QFileInfo info(dir.filePath(file.fileName));
        if (info.exists() || info.isSymLink()) // a dangling link too
            existing.append(info.filePath());
    }
    return existing;
}

bool writeDeploymentFiles(const DeployOutput &output, const QString &directory, QStringList *written, QString *error,
                          ExistingFiles existingFiles)
{
    if (!output.ok()) {
        if (error)
            *error = output.error;
        return false;
    }
    if (existingFiles == ExistingFiles::Keep) {
        // All or nothing: no file is written when one of them is already there.
        if (const QStringList existing = existingDeploymentFiles(output, directory); !existing.isEmpty()) {
            if (error)
                *error = u"%1 already exists; it was not replaced"_s.arg(existing.join(u", "_s));
            return false;
        }
    }
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = u"cannot create the directory %1"_s.arg(directory);
        return false;
    }
    const QDir dir(directory);
    for (const DeployFile &file : output.files) {
        const QString path = dir.filePath(file.fileName);
        if (!writeFileAtomically(path, file.content, error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

} // namespace tco::report
