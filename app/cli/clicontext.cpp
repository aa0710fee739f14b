// SPDX-License-Identifier: MIT
#include "clicontext.h"

#include "catalog.h"

namespace tco::cli {

std::unique_ptr<db::Catalog> CliContext::openCatalog() const
{
    return std::make_unique<db::Catalog>(dbPath);
}

} // namespace tco::cli
