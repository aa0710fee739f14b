// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file deploycheck.h
 * Test support: what every generated deployment file must be, checked with a real YAML parser
 * (libyamldocs.h): exactly the expected objects (kind + metadata.name), valid Kubernetes names,
 * the tier's name read back as the exact string, and no character in the text that any YAML
 * parser could take for a line break. Shared by tst_deployyaml and the fuzz_deployyaml target.
 */

#include "libyamldocs.h"
#include "report/deployyaml.h"

#include <QString>

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace tco::test {

struct ExpectedDeployment
{
    bool cloud = false; ///< Kubernetes manifests, else a launch configuration
    bool cold = false; ///< cloud: a cold Deployment + HPA too
    std::string tierName; ///< as in the scenario (bytes; invalid UTF-8 reads back as U+FFFD)
    int tierIndex = 0;
};

/** A DNS-1123 label: [a-z0-9]([-a-z0-9]*[a-z0-9])?, at most 63 characters. */
inline bool isDnsLabel(const std::string &s)
{
    if (s.empty() || s.size() > 63 || s.front() == '-' || s.back() == '-')
        return false;
    for (const char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    return true;
}

/**
 * Whether @p c may appear in the text: a line feed, printable ASCII, or beyond ASCII anything but
 * C1 controls (NEL U+0085 is a YAML 1.1 line break), U+2028/U+2029 (line and paragraph
 * separators), U+FEFF, zero-width and bidi controls, surrogates and U+FFFE/U+FFFF.
 */
inline bool isSafeInDeploymentText(uint c)
{
    if (c < 0x80)
        return c == '\n' || (c >= 0x20 && c < 0x7f);
    if (c < 0xa0 || c == 0x2028 || c == 0x2029 || c == 0xfeff || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe
        || c == 0xffff)
        return false;
    return true;
}

/** The first problem of @p output against @p expected; empty when there is none. */
inline std::string deploymentProblem(const report::DeployOutput &output, const ExpectedDeployment &expected)
{
    if (!output.ok())
        return "no files: " + output.error.toStdString();
    if (output.files.size() != 1)
        return "expected one file, got " + std::to_string(output.files.size());
    const report::DeployFile &file = output.files.front();
    const std::string app = report::kubernetesName(expected.tierName, expected.tierIndex);
    if (!isDnsLabel(app) || app.size() > 58)
        return "the tier's Kubernetes name \"" + app + "\" is not a DNS-1123 label of at most 58 characters";
    const std::string fileName = file.fileName.toStdString();
    if (fileName != app + (expected.cloud ? "-kubernetes.yaml" : "-launch.yaml"))
        return "unexpected file name \"" + fileName + "\" for \"" + app + "\"";

    // The raw text: valid UTF-8 with nothing any parser reads as a line break but '\n'.
    const std::string text = file.content.toStdString();
    const QString decoded = QString::fromUtf8(file.content);
    if (decoded.toUtf8() != file.content)
        return "the text is not valid UTF-8";
    int line = 1;
    for (const uint c : decoded.toUcs4()) {
        if (!isSafeInDeploymentText(c))
            return "line " + std::to_string(line) + " holds the character U+"
                + QString::number(c, 16).toUpper().rightJustified(4, u'0').toStdString();
        line += c == '\n';
    }

    const YamlStream yaml = parseYaml(text);
    if (!yaml.error.empty())
        return "libyaml: " + yaml.error;
    const std::string exactName
        = QString::fromUtf8(expected.tierName.data(), qsizetype(expected.tierName.size())).toStdString();
    auto topKeys = [](const YamlNode &doc) {
        return std::set<std::string>(doc.keys.begin(), doc.keys.end());
    };
    auto scalar = [](const YamlNode &doc, std::initializer_list<const char *> path) -> std::string {
        const YamlNode *n = doc.at(path);
        return n && n->kind == YamlNode::Kind::Scalar ? n->scalar : std::string("<missing>");
    };

    if (!expected.cloud) {
        if (yaml.documents.size() != 1)
            return "a launch file of " + std::to_string(yaml.documents.size()) + " documents";
        const YamlNode &doc = yaml.documents.front();
        if (doc.kind != YamlNode::Kind::Mapping)
            return "the launch document is not a mapping";
        std::set<std::string> keys = topKeys(doc);
        keys.erase("replica_gpus");
        const std::set<std::string> want { "tier",        "stack",   "model", "precision", "hardware",
                                           "parallelism", "serving", "sla",   "launch" };
        if (keys != want)
            return "unexpected keys in the launch document";
        const YamlNode *tier = doc.get("tier");
        if (!tier->quoted || tier->scalar != exactName)
            return "the tier name does not read back as the exact string";
        return {};
    }

    std::vector<std::pair<std::string, std::string>> want {
        { "Deployment", app + "-hot" },
        { "HorizontalPodAutoscaler", app + "-hot" },
    };
    if (expected.cold) {
        want.emplace_back("Deployment", app + "-cold");
        want.emplace_back("HorizontalPodAutoscaler", app + "-cold");
    }
    if (yaml.documents.size() != want.size())
        return "expected " + std::to_string(want.size()) + " documents, libyaml read "
            + std::to_string(yaml.documents.size());
    const std::set<std::string> objectKeys { "apiVersion", "kind", "metadata", "spec" };
    for (std::size_t i = 0; i < want.size(); ++i) {
        const YamlNode &doc = yaml.documents[i];
        if (doc.kind != YamlNode::Kind::Mapping || topKeys(doc) != objectKeys)
            return "document " + std::to_string(i + 1)
                + " is not an object with exactly apiVersion, kind, metadata, spec";
        const auto [kind, name] = want[i];
        if (scalar(doc, { "kind" }) != kind || scalar(doc, { "metadata", "name" }) != name)
            return "document " + std::to_string(i + 1) + " is " + scalar(doc, { "kind" }) + " "
                + scalar(doc, { "metadata", "name" }) + ", expected " + kind + " " + name;
        const std::string apiVersion = kind == "Deployment" ? "apps/v1" : "autoscaling/v2";
        if (scalar(doc, { "apiVersion" }) != apiVersion)
            return "document " + std::to_string(i + 1) + " has apiVersion " + scalar(doc, { "apiVersion" });
        if (!isDnsLabel(name) || scalar(doc, { "metadata", "labels", "app.kubernetes.io/name" }) != app)
            return "document " + std::to_string(i + 1) + " has an invalid name or app label";
        if (kind == "Deployment") {
            if (scalar(doc, { "spec", "selector", "matchLabels", "app.kubernetes.io/name" }) != app
                || scalar(doc, { "spec", "template", "metadata", "labels", "app.kubernetes.io/name" }) != app)
                return "document " + std::to_string(i + 1) + ": the selector does not match the pods' labels";
        } else if (scalar(doc, { "spec", "scaleTargetRef", "name" }) != name) {
            return "document " + std::to_string(i + 1) + ": the autoscaler scales another Deployment";
        }
    }
    return {};
}

} // namespace tco::test
