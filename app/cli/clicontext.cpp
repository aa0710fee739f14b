// SPDX-License-Identifier: MIT
#include "clicontext.h"

#include "catalog.h"
#include "core/appsetup.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tco::cli {

namespace {

bool mustEscape(char16_t c, EscapeStyle style)
{
    const bool c0 = c < 0x20;
    const bool delOrC1 = c >= 0x7f && c <= 0x9f;
    const bool bidiOrSeparator
        = c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    return (c0 && style == EscapeStyle::Visible) || delOrC1 || bidiOrSeparator;
}

} // namespace

QString escapeControls(QStringView text, EscapeStyle style)
{
    const auto first
        = std::find_if(text.begin(), text.end(), [style](QChar c) { return mustEscape(c.unicode(), style); });
    if (first == text.end())
        return text.toString();
    QString out = text.first(first - text.begin()).toString();
    out.reserve(text.size() + 16);
    for (auto it = first; it != text.end(); ++it) {
        const char16_t c = it->unicode();
        if (!mustEscape(c, style))
            out += *it;
        else if (style == EscapeStyle::Json)
            out += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0'));
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c <= 0xff)
            out += u"\\x%1"_s.arg(int(c), 2, 16, QChar(u'0'));
        else
            out += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0'));
    }
    return out;
}

std::unique_ptr<db::Catalog> CliContext::openCatalog() const
{
    return std::make_unique<db::Catalog>(dbPath);
}

QList<report::ProtectedFile> CliContext::protectedFiles(std::initializer_list<report::ProtectedFile> inputs) const
{
    QList<report::ProtectedFile> files(inputs);
    for (const QString &catalog : { dbPath, app::defaultCatalogPath() })
        files += report::catalogFiles(catalog);
    return files;
}

bool CliContext::writeOutput(const char *command, const QString &path, const QByteArray &data,
                             std::initializer_list<report::ProtectedFile> inputs)
{
    QString error;
    if (report::writeFileAtomically(path, data, &error, protectedFiles(inputs)))
        return true;
    err << "tco-cli " << command << ": " << error << '\n';
    return false;
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
