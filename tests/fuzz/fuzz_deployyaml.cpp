// SPDX-License-Identifier: MIT
// libFuzzer target: the deployment YAML writer (report::deploymentFiles, what `tco-cli deploy`
// and File > Export write) with arbitrary text wherever the scenario or the catalog reaches it.
//
// Input: a selector byte (bits 0-1: the tier of the default scenario, 0..2; bit 2: no cold
// replicas), then up to four fields separated by "\xff\xff": the tier name, the scenario title,
// the hot instance's instance type, the model's Hugging Face repository. Bytes are taken as
// they are (invalid UTF-8 included).
//
// Invariants (abort = finding): no crash, leak or UB; libyaml (a real YAML parser) reads the
// output as exactly the expected objects (cloud: Deployment + HPA, and a second pair for cold
// replicas; on-premises: one launch document), with valid Kubernetes names, the tier name read
// back as the exact string, no character any parser takes for a line break (tests/app/deploycheck.h).
#include "deploycheck.h"
#include "fuzzsupport.h"

#include <core/defaultscenario.h>
#include <costmodel.h>
#include <cstdint>
#include <cstdio>
#include <report/deployyaml.h>
#include <string>
#include <string_view>
#include <vector>

using namespace tco;

namespace {

/// Separates the fields of an input (two bytes that never occur in UTF-8).
constexpr std::string_view kSeparator = "\xff\xff";
/// Fields read from an input: tier name, title, instance type, Hugging Face repository.
constexpr std::size_t kFields = 4;

struct Baseline
{
    engine::Scenario scenario;
    engine::Result result;
};

/** The default scenario, evaluated once: names do not change the evaluation. */
const Baseline &baseline()
{
    static const Baseline *b = [] {
        auto *state = new Baseline;
        state->scenario = app::defaultScenario(fuzz::seedSnapshot());
        state->result = engine::evaluate(state->scenario, fuzz::seedSnapshot());
        fuzz::require(state->scenario.tiers.size() == 3 && state->result.tiers.size() == 3,
                      "the default scenario has three tiers");
        return state;
    }();
    return *b;
}

std::vector<std::string> splitFields(std::string_view data)
{
    std::vector<std::string> fields;
    while (fields.size() + 1 < kFields) {
        const std::size_t at = data.find(kSeparator);
        if (at == std::string_view::npos)
            break;
        fields.emplace_back(data.substr(0, at));
        data.remove_prefix(at + kSeparator.size());
    }
    fields.emplace_back(data);
    return fields;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    baseline();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    if (size == 0)
        return 0;
    const Baseline &base = baseline();
    const int tier = (bytes[0] & 3) % 3;
    const bool noCold = (bytes[0] & 4) != 0;
    const std::vector<std::string> fields
        = splitFields(std::string_view(reinterpret_cast<const char *>(bytes) + 1, size - 1));

    engine::Scenario scenario = base.scenario;
    engine::Result result = base.result;
    scenario.tiers[std::size_t(tier)].name = fields[0];
    result.tiers[std::size_t(tier)].name = fields[0];
    if (fields.size() > 1)
        scenario.title = fields[1];
    if (noCold)
        scenario.workload.low_priority_share = 0.0;

    engine::CatalogSnapshot catalog = fuzz::seedSnapshot();
    if (fields.size() > 2) {
        for (engine::CloudInstance &i : catalog.instances)
            if (i.id == scenario.tiers[1].cloud.hot_instance)
                i.instance_type = fields[2];
    }
    if (fields.size() > 3) {
        for (engine::ModelSpec &m : catalog.models)
            m.hf_repo = fields[3];
    }
    catalog.reindex();

    const report::DeployOutput out = report::deploymentFiles(scenario, result, catalog, tier);
    fuzz::require(out.ok(), "the default scenario's tiers always give deployment files");
    const engine::Tier &t = scenario.tiers[std::size_t(tier)];
    test::ExpectedDeployment expected;
    expected.cloud = t.kind == engine::TierKind::Cloud;
    expected.cold = expected.cloud && !t.cloud.cold_instance.empty() && scenario.workload.low_priority_share > 0.0;
    expected.tierName = fields[0];
    expected.tierIndex = tier;
    const std::string problem = test::deploymentProblem(out, expected);
    if (!problem.empty()) {
        std::fprintf(stderr, "%s\n", problem.c_str());
        fuzz::require(false, "the deployment file is exactly the expected YAML objects");
    }
    return 0;
}
