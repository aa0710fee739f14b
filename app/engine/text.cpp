// SPDX-License-Identifier: MIT
#include "text.h"

#include <cctype>

namespace tco::engine {

namespace detail {

std::vector<std::string> placeholderFormats(std::string_view pattern)
{
    std::vector<std::string> formats;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            ++i; // escaped "{{"
            continue;
        }
        if (pattern[i] != '{')
            continue;
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos)
            break;
        std::string_view inside = pattern.substr(i + 1, close - i - 1);
        // "{N...}" keeps its spec, drops the index: the arguments are formatted in order
        std::size_t digits = 0;
        while (digits < inside.size() && std::isdigit(static_cast<unsigned char>(inside[digits])))
            ++digits;
        inside.remove_prefix(digits);
        std::string format(1, '{');
        format.append(inside);
        format += '}';
        formats.push_back(std::move(format));
        i = close;
    }
    return formats;
}

} // namespace detail

std::string fill(std::string_view pattern, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
            out += c; // "{{" or "}}"
            ++i;
            continue;
        }
        if (c != '{') {
            out += c;
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos) {
            out.append(pattern.substr(i));
            break;
        }
        const std::string_view inside = pattern.substr(i + 1, close - i - 1);
        std::size_t index = next;
        std::size_t digits = 0;
        while (digits < inside.size() && std::isdigit(static_cast<unsigned char>(inside[digits])))
            ++digits;
        if (digits > 0) {
            index = 0;
            for (std::size_t d = 0; d < digits && index < args.size(); ++d) // stops before it can overflow
                index = index * 10 + std::size_t(inside[d] - '0');
        } else {
            ++next;
        }
        if (index < args.size())
            out += args[index];
        i = close;
    }
    return out;
}

std::string render(const Text &text)
{
    if (!text.list.empty()) {
        std::string out;
        for (const Text &t : text.list) {
            if (!out.empty())
                out += "; ";
            out += render(t);
        }
        return out;
    }
    return fill(text.pattern, text.args);
}

Text joined(std::vector<Text> texts)
{
    if (texts.size() == 1)
        return std::move(texts.front());
    Text t;
    t.list = std::move(texts);
    return t;
}

} // namespace tco::engine
