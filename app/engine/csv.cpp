// SPDX-License-Identifier: MIT
#include "csv.h"

#include <charconv>

namespace tco::engine::csv {

Reader::Reader(std::string_view data)
    : m_data(data)
{
    if (m_data.substr(0, kUtf8Bom.size()) == kUtf8Bom)
        m_pos = kUtf8Bom.size();
}

bool Reader::next(Record &out)
{
    out.fields.clear();
    if (m_error || m_pos >= m_data.size())
        return false;

    out.line = m_line;
    std::string field;
    const std::size_t n = m_data.size();
    for (;;) {
        field.clear();
        if (m_pos < n && m_data[m_pos] == '"') {
            // Quoted field: runs to the closing quote; "" is an escaped quote.
            const std::size_t quoteLine = m_line;
            ++m_pos;
            for (;;) {
                if (m_pos >= n) {
                    m_error = ParseError{quoteLine, out.fields.size() + 1,
                                         "unterminated quoted field"};
                    return false;
                }
                const std::size_t q = m_data.find('"', m_pos);
                if (q == std::string_view::npos) {
                    m_error = ParseError{quoteLine, out.fields.size() + 1,
                                         "unterminated quoted field"};
                    return false;
                }
                const std::string_view chunk = m_data.substr(m_pos, q - m_pos);
                for (char c : chunk)
                    if (c == '\n')
                        ++m_line;
                field.append(chunk);
                m_pos = q + 1;
                if (m_pos < n && m_data[m_pos] == '"') {
                    field.push_back('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (m_pos < n && m_data[m_pos] != ',' && m_data[m_pos] != '\n' && m_data[m_pos] != '\r') {
                m_error = ParseError{m_line, out.fields.size() + 1,
                                     "unexpected character after closing quote"};
                return false;
            }
        } else {
            std::size_t end = m_pos;
            while (end < n && m_data[end] != ',' && m_data[end] != '\n' && m_data[end] != '\r') {
                if (m_data[end] == '"') {
                    m_error = ParseError{m_line, out.fields.size() + 1,
                                         "quote character inside an unquoted field"};
                    return false;
                }
                ++end;
            }
            field.assign(m_data.substr(m_pos, end - m_pos));
            m_pos = end;
        }
        out.fields.push_back(std::move(field));

        if (m_pos >= n)
            return true;
        const char c = m_data[m_pos];
        if (c == ',') {
            ++m_pos;
            if (m_pos >= n) { // trailing separator at end of input: one more empty field
                out.fields.emplace_back();
                return true;
            }
            continue;
        }
        // record end: \n, \r\n or a lone \r
        if (c == '\r') {
            ++m_pos;
            if (m_pos < n && m_data[m_pos] == '\n')
                ++m_pos;
        } else {
            ++m_pos;
        }
        ++m_line;
        return true;
    }
}

std::vector<Record> parseAll(std::string_view data, std::optional<ParseError> *error)
{
    std::vector<Record> records;
    Reader reader(data);
    Record rec;
    while (reader.next(rec))
        records.push_back(rec);
    if (reader.error()) {
        if (error)
            *error = reader.error();
        records.clear();
    } else if (error) {
        error->reset();
    }
    return records;
}

bool needsQuoting(std::string_view field)
{
    if (field.empty())
        return false;
    if (field.front() == ' ' || field.back() == ' ')
        return true;
    return field.find_first_of(",\"\r\n") != std::string_view::npos;
}

void appendField(std::string &out, std::string_view field)
{
    if (!needsQuoting(field)) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendRecord(std::string &out, const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out.push_back(',');
        appendField(out, fields[i]);
    }
    out.append("\r\n");
}

namespace {
bool isPlainNumber(std::string_view s)
{
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && ptr == s.data() + s.size();
}
} // namespace

std::string neutralizeFormula(std::string_view field)
{
    if (field.empty())
        return std::string(field);
    const char c = field.front();
    const bool risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    std::string out;
    if (risky && !((c == '-' || c == '+') && isPlainNumber(field.substr(c == '+' ? 1 : 0)))) {
        out.reserve(field.size() + 1);
        out.push_back('\'');
    }
    out.append(field);
    return out;
}

std::string_view trimmed(std::string_view field)
{
    while (!field.empty() && (field.front() == ' ' || field.front() == '\t'))
        field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\t' || field.back() == '\r'))
        field.remove_suffix(1);
    return field;
}

std::optional<int> parseInt(std::string_view field)
{
    field = trimmed(field);
    int v = 0;
    const auto [p, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
    if (field.empty() || ec != std::errc() || p != field.data() + field.size())
        return std::nullopt;
    return v;
}

} // namespace tco::engine::csv
