// SPDX-License-Identifier: MIT
#include "clicontext.h"

#include "catalog.h"

#include <algorithm>

namespace tco::cli {

std::unique_ptr<db::Catalog> CliContext::openCatalog() const
{
    return std::make_unique<db::Catalog>(dbPath);
}

std::optional<int> parseValueOptions(CliContext &ctx, const QStringList &args, const char *command,
                                     std::initializer_list<ValueOption> options, void (*usage)(QTextStream &))
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1StringView("--help") || a == QLatin1StringView("-h")) {
            usage(ctx.out);
            return kExitOk;
        }
        const auto option = std::find_if(options.begin(), options.end(),
                                         [&](const ValueOption &o) { return a == QLatin1StringView(o.name); });
        if (option != options.end() && i + 1 < args.size()) {
            *option->value = args[++i];
            continue;
        }
        ctx.err << "tco-cli " << command << ": unexpected argument \"" << a << "\"\n\n";
        usage(ctx.err);
        return kExitUsage;
    }
    return std::nullopt;
}

} // namespace tco::cli
