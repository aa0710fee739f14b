// SPDX-License-Identifier: MIT
#include "commands.h"
#include "core/appsetup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>

namespace {

/**
 * True for `tco-cli [--db PATH] report ... --pdf ...`: a PDF needs a QGuiApplication (fonts) and
 * its charts a QApplication. Every other command runs on a QCoreApplication.
 */
bool needsGuiApplication(int argc, char *argv[])
{
    int i = 1;
    while (i < argc) {
        const std::string_view a(argv[i]);
        if (a == "--db")
            i += 2;
        else if (a.substr(0, 5) == "--db=")
            ++i;
        else
            break;
    }
    if (i >= argc || std::string_view(argv[i]) != "report")
        return false;
    for (++i; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--")
            return false;
        if (a == "--pdf" || a.substr(0, 6) == "--pdf=")
            return true;
    }
    return false;
}

/**
 * Flushes standard output and checks that all of it was written (a full disk, /dev/full, a
 * file-size limit): if not, says so on standard error and turns success into failure.
 */
int checkStandardOutput(QTextStream &out, QTextStream &err, int code)
{
    out.flush();
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int flushError = errno;
    if (out.status() == QTextStream::Ok && flushed && !std::ferror(stdout))
        return code;
    QString reason = out.device() ? out.device()->errorString() : QString();
    if (reason.isEmpty() || reason == QLatin1StringView("Unknown error"))
        reason = flushError ? QString::fromLocal8Bit(std::strerror(flushError))
                            : QStringLiteral("the output was cut short");
    err << "tco-cli: cannot write to standard output: " << reason << " (the output is incomplete)\n";
    return code == tco::cli::kExitOk ? int(tco::cli::kExitFailure) : code;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGuiApplication(argc, argv)) {
        // Headless: a report needs no display, and must not fail for the lack of one.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    tco::app::setApplicationIdentity(QStringLiteral("tco-cli"));
    // Machine-readable output: numbers and dates never follow the user's locale here.
    QLocale::setDefault(QLocale::c());
#ifdef SIGXFSZ
    // Past a file-size limit a write fails with EFBIG, which is reported, instead of killing tco-cli.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = tco::cli::runCli(QCoreApplication::arguments(), out, err);
    code = checkStandardOutput(out, err, code);
    err.flush();
    return code;
}
