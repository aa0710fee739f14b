// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file catalogsnapshot.h
 * An immutable in-memory copy of the catalog that the engine evaluates against, with
 * name resolution through aliases. db/ builds it; the engine never sees SQL.
 */

#include "catalogtypes.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tco::engine {

/**
 * The key names are compared by: lowercase ASCII letters and digits only, everything else
 * dropped ("NVIDIA H100-SXM5 80GB" -> "nvidiah100sxm580gb"). Non-ASCII bytes (e.g. Chinese
 * names) are kept as they are, so they still compare exactly.
 */
std::string normalizeName(std::string_view name);

/** Everything the engine needs from the catalog, by value. */
class CatalogSnapshot
{
public:
    std::vector<GpuSpec> gpus;
    std::vector<ModelSpec> models;
    std::vector<PrecisionSpec> precisions;
    std::vector<ServingStackSpec> stacks;

    /** Registers an alias (any spelling) for the row with id @p id; ids and names are always keys. */
    void addGpuAlias(std::string_view alias, std::string_view id);
    void addModelAlias(std::string_view alias, std::string_view id);
    void addPrecisionAlias(std::string_view alias, std::string_view id);
    void addStackAlias(std::string_view alias, std::string_view id);

    /** Rebuilds the lookup tables from ids, names and registered aliases; call after filling. */
    void reindex();

    /** Lookups by id, name or alias (normalized); nullptr when unknown. */
    const GpuSpec *findGpu(std::string_view name) const;
    const ModelSpec *findModel(std::string_view name) const;
    const PrecisionSpec *findPrecision(std::string_view name) const;
    const ServingStackSpec *findStack(std::string_view name) const;

private:
    using Index = std::unordered_map<std::string, std::size_t>;
    template<typename T>
    static void build(Index &index, const std::vector<T> &rows,
                      const std::vector<std::pair<std::string, std::string>> &aliases);
    template<typename T>
    static const T *find(const Index &index, const std::vector<T> &rows, std::string_view name);

    std::vector<std::pair<std::string, std::string>> m_gpuAliases, m_modelAliases,
        m_precisionAliases, m_stackAliases;
    Index m_gpuIndex, m_modelIndex, m_precisionIndex, m_stackIndex;
};

} // namespace tco::engine
