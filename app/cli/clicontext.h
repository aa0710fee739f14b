// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportio.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <memory>
#include <optional>
#include <type_traits>

namespace tco::db {
class Catalog;
}

namespace tco::cli {

/** Exit codes of tco-cli (documented in --help and the man page). */
enum ExitCode : int {
    kExitOk = 0, ///< success
    kExitFailure = 1, ///< the command ran but failed (bad data, unreadable file, catalog error)
    kExitUsage = 2, ///< the command line itself is wrong
};

/** How escapeControls() writes a character that must not reach a terminal as it is. */
enum class EscapeStyle {
    Visible, ///< for text: "\x1b", "\r", "\n", "\t", "\x9b", "\u202e"
    Json, ///< inside a JSON document that QJsonDocument wrote: "\u007f", "\u202e" (same JSON value)
};

/**
 * The one place where tco-cli makes text safe to print: every character that could act on a
 * terminal instead of being shown is replaced by a visible escape. That is the C0 controls
 * (NUL, ESC, CR, LF, TAB, ...), DEL and the C1 controls (U+0080-U+009F), the bidirectional
 * marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069) and the line and paragraph separators U+2028, U+2029. A backslash is not
 * escaped. With EscapeStyle::Json the C0 controls are left alone (QJsonDocument already escapes
 * them inside strings; outside strings only JSON whitespace can occur) and the others become
 * \uXXXX, which a JSON reader reads back as the same string.
 */
QString escapeControls(QStringView text, EscapeStyle style = EscapeStyle::Visible);

/**
 * The messages stream (standard error) of the subcommands. Every string written to it as a
 * QString, QStringView, QChar or QByteArray is data (a path, a tier name, a message quoting a
 * file) and passes through escapeControls(); const char * and char are the program's own text
 * and pass as they are. Usage printers take the QTextStream (constant text).
 */
class MessageStream
{
public:
    explicit MessageStream(QTextStream &stream)
        : m_stream(stream)
    { }
    MessageStream &operator<<(const QString &text) { return put(escapeControls(text)); }
    MessageStream &operator<<(QStringView text) { return put(escapeControls(text)); }
    MessageStream &operator<<(QChar c) { return put(escapeControls(QStringView(&c, 1))); }
    MessageStream &operator<<(const QByteArray &utf8) { return put(escapeControls(QString::fromUtf8(utf8))); }
    MessageStream &operator<<(QLatin1StringView own) { return put(own); }
    MessageStream &operator<<(const char *own) { return put(own); }
    template<typename T>
    requires std::is_arithmetic_v<T> &&(!std::is_same_v<T, bool>)MessageStream &operator<<(T value)
    {
        return put(value);
    }
    MessageStream &operator<<(QTextStream &(*manipulator)(QTextStream &))
    {
        m_stream << manipulator;
        return *this;
    }
    void flush() { m_stream.flush(); }
    QTextStream &stream() { return m_stream; }
    operator QTextStream &() { return m_stream; }

private:
    template<typename T> MessageStream &put(const T &value)
    {
        m_stream << value;
        return *this;
    }
    QTextStream &m_stream;
};

/** What every subcommand gets: the chosen catalog and the two output streams. */
struct CliContext
{
    QString dbPath; ///< --db PATH, or the default catalog in the user's data folder
    QTextStream &out; ///< results: tables go through escapeControls(), JSON and CSV are data
    MessageStream err;

    /** Opens (creating from the bundled seed if missing) the catalog; throws db::CatalogError. */
    std::unique_ptr<db::Catalog> openCatalog() const;

    /**
     * The files no output of the command may replace: the catalog (--db, its SQLite journal
     * files, and the default catalog) and @p inputs.
     */
    QList<report::ProtectedFile> protectedFiles(std::initializer_list<report::ProtectedFile> inputs = {}) const;

    /**
     * Writes @p data to @p path with report::writeFileAtomically(), protecting protectedFiles(@p
     * inputs). On failure prints "tco-cli COMMAND: reason" to err and returns false.
     */
    bool writeOutput(const char *command, const QString &path, const QByteArray &data,
                     std::initializer_list<report::ProtectedFile> inputs = {});
};

/** One "--name VALUE" option of a subcommand and where its value goes. */
struct ValueOption
{
    const char *name; ///< "--scenario"
    QString *value;
};

/**
 * Parses a subcommand's "--name VALUE" options. "--help" prints @p usage to out; anything else
 * unexpected prints an error naming it and the usage to err. Returns the exit code to return,
 * or nullopt to go on.
 */
std::optional<int> parseValueOptions(CliContext &context, const QStringList &arguments, const char *command,
                                     std::initializer_list<ValueOption> options, void (*usage)(QTextStream &));

} // namespace tco::cli
