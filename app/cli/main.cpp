// SPDX-License-Identifier: MIT
#include "commands.h"
#include "core/appsetup.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>
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
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = tco::cli::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
