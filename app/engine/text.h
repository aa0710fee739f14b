// SPDX-License-Identifier: MIT
#pragma once
// What the engine says (problems, notes, advice) in a form a user interface can translate: the
// English pattern with fmt-style "{}" placeholders and each argument already formatted with its
// placeholder's spec. The English text is the pattern with the arguments put back; a
// translation is a translated pattern with the same arguments ("{}" in order, or "{0}", "{1}"
// to reorder them). The engine stays free of Qt: QT_TRANSLATE_NOOP only marks the patterns for
// lupdate, in the context kTextContext.

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace tco::engine {

/** The translation context of every engine pattern. */
inline constexpr const char *kTextContext = "tco::engine";

struct Text
{
    std::string pattern; ///< English, fmt-style placeholders; empty for a list
    std::vector<std::string> args; ///< one per placeholder, formatted
    std::vector<Text> list; ///< when not empty: these texts joined by "; " (pattern unused)

    bool empty() const { return pattern.empty() && list.empty(); }
    friend bool operator==(const Text &, const Text &) = default;
};

namespace detail {
/** The format string of each placeholder of @p pattern, in order: "{}", "{:.1f}"... */
std::vector<std::string> placeholderFormats(std::string_view pattern);
} // namespace detail

/** @p pattern with @p args put into its placeholders ("{}", "{:spec}" in order, or "{N}"). */
std::string fill(std::string_view pattern, const std::vector<std::string> &args);

/** The English text. */
std::string render(const Text &text);

/** A text from a pattern (mark it with QT_TRANSLATE_NOOP(kTextContext-literal, ...)) and its arguments. */
template <typename... Args>
Text text(const char *pattern, const Args &...args)
{
    Text t;
    t.pattern = pattern;
    const std::vector<std::string> formats = detail::placeholderFormats(pattern);
    std::size_t i = 0;
    [[maybe_unused]] const auto one = [&](const auto &arg) {
        const std::string format = i < formats.size() ? formats[i] : std::string("{}");
        ++i;
        t.args.push_back(fmt::format(fmt::runtime(format), arg));
    };
    (one(args), ...);
    return t;
}

/** Texts joined by "; ". */
Text joined(std::vector<Text> texts);

} // namespace tco::engine
