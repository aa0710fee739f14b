// SPDX-License-Identifier: MIT
#pragma once

/**
 * @file robustness.h
 * Test support for the fault tests: files, folder listings, and test executables that run
 * parts of themselves as child processes ("<test> --child MODE ARGS...") so that a test can
 * kill, limit or drop the privileges of the code under test.
 */

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <cstring>

namespace tco::robustness {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

/** Every file and folder under @p dir (relative paths, sorted), hidden ones included. */
inline QStringList listTree(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << QDir(dir).relativeFilePath(it.next());
    entries.sort();
    return entries;
}

/** A QProcess running this test executable in child mode @p mode. */
inline void startChild(QProcess &process, const QString &mode, const QStringList &arguments)
{
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(QStringList { QStringLiteral("--child"), mode } + arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
}

/** Reads the child's standard output until a line equal to @p line, for at most @p timeout_ms. */
inline bool waitForLine(QProcess &process, const QByteArray &line, int timeout_ms, QByteArray *seen = nullptr)
{
    QByteArray buffer;
    QDeadlineTimer deadline(timeout_ms);
    while (!deadline.hasExpired()) {
        while (process.canReadLine()) {
            const QByteArray l = process.readLine().trimmed();
            buffer += l + '\n';
            if (l == line) {
                if (seen)
                    *seen = buffer;
                return true;
            }
        }
        if (process.state() == QProcess::NotRunning)
            break;
        process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)));
    }
    buffer += process.readAll();
    if (seen)
        *seen = buffer;
    return false;
}

} // namespace tco::robustness

/**
 * main() of a robustness test: "--child MODE ARGS..." runs @p ChildMain(MODE, ARGS) (returns the
 * exit code) instead of the test functions.
 */
#define TCO_ROBUSTNESS_MAIN(AppType, TestObject, ChildMain)                                                            \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        if (argc >= 3 && std::strcmp(argv[1], "--child") == 0) {                                                       \
            AppType app(argc, argv);                                                                                   \
            const QStringList args = app.arguments();                                                                  \
            return ChildMain(args.at(2), args.mid(3));                                                                 \
        }                                                                                                              \
        AppType app(argc, argv);                                                                                       \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
