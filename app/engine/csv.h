// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file csv.h
 * RFC 4180 CSV reading and writing on UTF-8 byte strings, without Qt.
 *
 * Shared by the catalog's import/export (db/), `tco-cli predict` and the report writers, so there
 * is exactly one CSV dialect in the product: comma separator, double-quote quoting with "" as the
 * escaped quote, CRLF or LF record ends, an optional UTF-8 byte-order mark at the start.
 */

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tco::engine::csv {

/** What went wrong while reading, with a 1-based position in the input. */
struct ParseError
{
    std::size_t line = 0;   ///< 1-based physical line of the problem
    std::size_t column = 0; ///< 1-based field number within the record
    std::string message;
};

/** One parsed record and the physical line it started on. */
struct Record
{
    std::size_t line = 0;
    std::vector<std::string> fields;
};

/**
 * Incremental reader over a complete in-memory buffer.
 * Fields are returned unescaped. Quoted fields may contain separators and line breaks.
 */
class Reader
{
public:
    explicit Reader(std::string_view data);

    /** Reads the next record into @p out. Returns false at the end of input or on error. */
    bool next(Record &out);

    /** Set after next() returned false because the input is malformed. */
    const std::optional<ParseError> &error() const { return m_error; }

    /** Byte offset of the reader, for progress reporting. */
    std::size_t position() const { return m_pos; }

private:
    std::string_view m_data;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::optional<ParseError> m_error;
};

/** Parses a whole buffer. On error returns no records and fills @p error. */
std::vector<Record> parseAll(std::string_view data, std::optional<ParseError> *error);

/** True when @p field must be quoted (separator, quote, CR/LF, or leading/trailing space). */
bool needsQuoting(std::string_view field);

/** Appends @p field to @p out, quoted when needed. */
void appendField(std::string &out, std::string_view field);

/** Appends a whole record terminated by CRLF (RFC 4180 line end). */
void appendRecord(std::string &out, const std::vector<std::string> &fields);

/**
 * Neutralises spreadsheet formula injection: a cell starting with = + - @ (or a tab/CR) gets a
 * leading apostrophe. Plain numbers such as "-3.5" are left alone, so numeric columns stay numeric.
 */
std::string neutralizeFormula(std::string_view field);

/** @p field without leading blanks (space, tab) and trailing blanks (space, tab, CR). */
std::string_view trimmed(std::string_view field);

/** A whole-number field (blanks around allowed); nullopt when empty or not an int. */
std::optional<int> parseInt(std::string_view field);

/** The UTF-8 byte-order mark. */
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

} // namespace tco::engine::csv
