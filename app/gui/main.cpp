// SPDX-License-Identifier: MIT
#include "core/appsetup.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    tco::app::setApplicationIdentity(QStringLiteral("tco-planner"));
    QApplication::setApplicationDisplayName(QStringLiteral("TCO Planner"));
    QApplication::setDesktopFileName(QStringLiteral("tco-planner"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "TCO Planner: cost and speed of serving DeepSeek-family language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList{QStringLiteral("db")},
                                      QApplication::translate("main", "Catalog file to use (default: %1).")
                                          .arg(tco::app::defaultCatalogPath()),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app); // --help / --version print and exit; an unknown option exits non-zero

    const QString catalogPath = parser.isSet(dbOption) ? parser.value(dbOption) : tco::app::defaultCatalogPath();
    tco::ui::MainWindow window(catalogPath);
    window.show();
    return QApplication::exec();
}
