// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file deployyaml.h
 * Deployment files for one tier of an evaluated scenario, as YAML:
 *
 * - cloud tier: Kubernetes manifests, one Deployment and one HorizontalPodAutoscaler (autoscaling/v2)
 *   for the hot replicas, and the same for the cold (low-priority) replicas when the tier has them.
 *   Per pod: the instance's GPU count as the nvidia.com/gpu limit, env QUANTIZATION = the precision
 *   id, the serving stack's image and arguments (vLLM: vllm/vllm-openai with --model <hf_repo>
 *   --tensor-parallel-size N and --quantization when the precision has a vLLM quantization method),
 *   the instance type as node selector. Replica bounds: the tier's min/max replicas (hot; at least 1,
 *   an HPA cannot scale to zero without a feature gate) and the range of the engine's hourly cold
 *   replicas (cold). The HPA target is the tier's target utilisation as GPU utilisation
 *   (DCGM_FI_DEV_GPU_UTIL, a Pods metric served by dcgm-exporter + prometheus-adapter).
 * - on-premises tier: the serving launch configuration: model, precision, hardware, the tensor and
 *   pipeline parallel sizes and replicas the engine evaluated, and the launch command line of the
 *   tier's stack (vLLM, SGLang, TensorRT-LLM, llama.cpp, TGI; others get vLLM's), as a list of
 *   arguments and as one line for a POSIX shell (every argument that needs it single-quoted).
 *
 * Written by hand: every string is a double-quoted scalar of printable ASCII only ('"' and '\'
 * escaped, every other character as \uXXXX), numbers are plain, block style only, so that no YAML
 * parser can find a line break, a document marker or an indicator in a value; comments hold
 * readable characters only, never a line break of any kind. Object and file names come from the
 * tier name through kubernetesName() (never a path from the scenario). docs/limits.md lists the
 * limits ("Deployment manifests").
 */

#include "catalogsnapshot.h"
#include "scenario.h"
#include "tcoresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>

namespace tco::report {

/** One generated file: a bare file name (no directory) and its UTF-8 text. */
struct DeployFile
{
    QString fileName;
    QByteArray content;
};

struct DeployOutput
{
    QList<DeployFile> files;
    QString error; ///< why nothing could be generated
    bool ok() const { return error.isEmpty(); }
};

/**
 * The tier called @p name: the exact name, else the only case-insensitive match, else a 1-based
 * tier number. -1 when none (or several case-insensitive matches).
 */
int findTier(const engine::Scenario &scenario, const QString &name);

/**
 * A DNS-1123 label for a tier's objects and file name: lowercase a-z, 0-9 and '-', starting and
 * ending with a letter or digit, at most 58 characters (so "-cold" keeps it within the 63 of a
 * label). A name that already is one stays as it is; any other is reduced and gets the first 8
 * hex digits of the SHA-256 of the full name, so that distinct names give distinct objects
 * ("Hybrid cloud (A10G)" -> "hybrid-cloud-a10g-1f0c3e5a"); "tier-N-<hash>" (N = @p tierIndex + 1)
 * when nothing is left ("!!!", "工作站").
 */
std::string kubernetesName(const std::string &tierName, int tierIndex);

/** The deployment files of tier @p tier (index into scenario and result tiers). */
DeployOutput deploymentFiles(const engine::Scenario &scenario, const engine::Result &result,
                             const engine::CatalogSnapshot &catalog, int tier);

/** What writeDeploymentFiles() does when a file of the same name is already in the directory. */
enum class ExistingFiles {
    Replace, ///< replace it (the user chose the folder knowing, e.g. `deploy --force`)
    Keep, ///< write nothing and fail, naming the file(s)
};

/** The paths of @p output's files that already exist in @p directory (anything, even a broken link). */
QStringList existingDeploymentFiles(const DeployOutput &output, const QString &directory);

/**
 * Writes @p output's files into @p directory (created when missing), each atomically.
 * @p written lists the paths written. With ExistingFiles::Keep nothing is written when any
 * of the files exists already.
 */
bool writeDeploymentFiles(const DeployOutput &output, const QString &directory, QStringList *written = nullptr,
                          QString *error = nullptr, ExistingFiles existingFiles = ExistingFiles::Replace);

} // namespace tco::report
