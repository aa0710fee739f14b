// SPDX-License-Identifier: MIT
#include "reportio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace tco::report {

namespace {

QString systemReason(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

/** "a folder", "a character device", ... for a file that is not a regular file. */
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return u"a folder"_s;
    if (S_ISCHR(mode))
        return u"a character device"_s;
    if (S_ISBLK(mode))
        return u"a block device"_s;
    if (S_ISFIFO(mode))
        return u"a FIFO (named pipe)"_s;
    if (S_ISSOCK(mode))
        return u"a socket"_s;
    return u"not a regular file"_s;
}

/** The file's canonical path; for a file that does not exist yet, its canonical folder + its name. */
QString canonicalTarget(const QString &path)
{
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
}

/** The output's reason from QSaveFile, never Qt's empty "Unknown error". */
QString writeReason(const QFileDevice &file)
{
    const QString reason = file.errorString();
    if (reason.isEmpty() || reason == "Unknown error"_L1)
        return u"the system accepted only part of the data (disk full or file too large?)"_s;
    return reason;
}

} // namespace

QList<ProtectedFile> catalogFiles(const QString &catalogPath)
{
    if (catalogPath.isEmpty())
        return {};
    QList<ProtectedFile> files { { catalogPath, u"the catalog"_s } };
    for (const char *suffix : { "-journal", "-wal", "-shm" })
        files.append({ catalogPath + QLatin1StringView(suffix), u"a file of the catalog"_s });
    return files;
}

QString outputPathProblem(const QString &path, const QList<ProtectedFile> &inputs)
{
    if (path.isEmpty())
        return u"cannot write a file without a name"_s;
    const QByteArray native = QFile::encodeName(path);
    struct stat target = {};
    const bool exists = ::stat(native.constData(), &target) == 0;
    if (!exists) {
        const int reason = errno;
        struct stat link = {};
        if (::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            return u"cannot write %1: it is a symbolic link that leads to no file (%2); only a regular file "
                   "is replaced"_s.arg(path, systemReason(reason));
        if (reason != ENOENT)
            return u"cannot write %1: %2"_s.arg(path, systemReason(reason));
    } else if (!S_ISREG(target.st_mode)) {
        struct stat link = {};
        const bool viaLink = ::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode);
        return u"cannot write %1: it is %2%3, not a regular file; an output only replaces a regular file"_s.arg(
            path, viaLink ? u"a symbolic link to "_s : QString(), kindOf(target.st_mode));
    }
    const QString canonical = canonicalTarget(path);
    for (const ProtectedFile &input : inputs) {
        if (input.path.isEmpty())
            continue;
        bool same = canonicalTarget(input.path) == canonical;
        struct stat other = {};
        if (!same && exists && ::stat(QFile::encodeName(input.path).constData(), &other) == 0)
            same = other.st_dev == target.st_dev && other.st_ino == target.st_ino;
        if (same)
            return u"refusing to write %1: it is the same file as %2 %3"_s.arg(path, input.role, input.path);
    }
    return {};
}

bool writeFilesAtomically(const QList<OutputFile> &files, QString *error, const QList<ProtectedFile> &inputs)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QList<ProtectedFile> taken = inputs;
    for (const OutputFile &file : files) {
        if (const QString problem = outputPathProblem(file.path, taken); !problem.isEmpty())
            return fail(problem);
        taken.append({ file.path, u"another output of this command"_s });
    }
    // Until commit(), each QSaveFile writes a temporary file, removed when it is destroyed.
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const OutputFile &file : files) {
        auto &save = *saves.emplace_back(std::make_unique<QSaveFile>(file.path));
        // Unbuffered: each write() reaches the system and its count is checked here. Through Qt's
        // buffer, a short write at commit() is lost and commit() reports success (Qt 6.4).
        if (!save.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return fail(u"cannot write %1: %2"_s.arg(file.path, writeReason(save)));
        for (qint64 done = 0; done < file.data.size();) {
            // After a short write, the next one fails with the system's reason (ENOSPC, EFBIG).
            const qint64 written = save.write(file.data.constData() + done, file.data.size() - done);
            if (written <= 0)
                return fail(u"cannot write %1: %2 (%3 of %4 bytes written; nothing was changed)"_s
                                .arg(file.path, writeReason(save))
                                .arg(done)
                                .arg(file.data.size()));
            done += written;
        }
    }
    for (std::size_t i = 0; i < saves.size(); ++i) {
        if (!saves[i]->commit()) {
            QStringList committed;
            for (std::size_t k = 0; k < i; ++k)
                committed << files[qsizetype(k)].path;
            return fail(u"cannot write %1: %2%3"_s.arg(
                files[qsizetype(i)].path, writeReason(*saves[i]),
                committed.isEmpty() ? QString() : u" (already written: %1)"_s.arg(committed.join(u", "_s))));
        }
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error,
                         const QList<ProtectedFile> &inputs)
{
    return writeFilesAtomically({ { path, data } }, error, inputs);
}

} // namespace tco::report
