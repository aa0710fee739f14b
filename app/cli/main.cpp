// SPDX-License-Identifier: MIT
#include "commands.h"
#include "core/appsetup.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
