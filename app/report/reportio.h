// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tco::report {

/** A file an output must never replace: an input of the same command, or the catalog. */
struct ProtectedFile
{
    QString path;
    QString role; ///< what it is, for the message: "the --scenario file", "the catalog"
};

/**
 * The catalog file at @p catalogPath and SQLite's companions of it (-journal, -wal, -shm): an
 * output replacing any of them would corrupt the catalog. Empty for an empty path.
 */
QList<ProtectedFile> catalogFiles(const QString &catalogPath);

/**
 * Why @p path cannot be written as an output, or "" when it can. An output only ever replaces a
 * regular file (or creates one): a folder, a device node (/dev/full, /dev/sda), a FIFO, a socket,
 * a symbolic link to one of those, or a dangling link is refused. The path must also not be the
 * same file as any of @p inputs, by canonical path or by device and inode (so `./x` and `x`, a
 * symbolic link and a hard link to an input are all caught). The message names the path and the
 * reason.
 */
QString outputPathProblem(const QString &path, const QList<ProtectedFile> &inputs = {});

/** One file of an output: where, and all of its bytes. */
struct OutputFile
{
    QString path;
    QByteArray data;
};

/**
 * Writes several files as one output, each like writeFileAtomically(): every path is checked
 * first (against @p inputs and the other files), then every file is written to its temporary
 * file, and only when all are complete are they renamed into place. A refusal or a failed write
 * leaves every target as it was. @p error names the file and the reason.
 */
bool writeFilesAtomically(const QList<OutputFile> &files, QString *error = nullptr,
                          const QList<ProtectedFile> &inputs = {});

/**
 * Writes @p data to @p path atomically: a temporary file next to it (QSaveFile) renamed into
 * place, so a reader never sees a half-written file and a failure leaves the old file as it was.
 * outputPathProblem() is checked first. Every write is checked (unbuffered, so a short write on a
 * full disk or past a file-size limit is seen), and so is the commit.
 * Returns false with @p error ("cannot write PATH: reason", the system's reason) set when given.
 */
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error = nullptr,
                         const QList<ProtectedFile> &inputs = {});

} // namespace tco::report
