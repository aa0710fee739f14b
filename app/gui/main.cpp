// SPDX-License-Identifier: MIT
#include "core/appsetup.h"
#include "core/language.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace {
/// Time for the first paint and layout to settle before --screenshot grabs the window.
constexpr int kScreenshotDelay_ms = 800;
} // namespace

/** Reports the first paint of the main window once, then quits (--startup-time). */
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(const QElapsedTimer &clock) : m_clock(clock) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // the paint event is being delivered now; its end is when the event loop runs again
            QTimer::singleShot(0, this, [this] {
                std::printf("first_paint_ms %.1f\n", double(m_clock.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
    const QCommandLineOption screenshotOption(
        QStringList{QStringLiteral("screenshot")},
        QApplication::translate("main", "Save a PNG of the window once it is shown, then quit (for documentation)."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    const QCommandLineOption langOption(QStringList{QStringLiteral("lang")},
                                        QApplication::translate("main", "Interface language: en or zh_CN (remembered)."),
                                        QStringLiteral("LANG"));
    parser.addOption(langOption);
    const QCommandLineOption themeOption(QStringList{QStringLiteral("theme")},
                                         QApplication::translate("main", "Colour theme: system, light or dark (remembered)."),
                                         QStringLiteral("THEME"));
    parser.addOption(themeOption);
    const QCommandLineOption startupOption(
        QStringList{QStringLiteral("startup-time")},
        QApplication::translate("main", "Print the time from start to the first painted window, then quit (for benchmarks)."));
    parser.addOption(startupOption);
    const QCommandLineOption pageOption(QStringList{QStringLiteral("page")},
                                        QApplication::translate("main", "Page to start on: overview or catalog."),
                                        QStringLiteral("NAME"));
    parser.addOption(pageOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A scenario file (*.tcoplan) to open."),
                                 QStringLiteral("[file]"));
    parser.process(app); // --help / --version print and exit; an unknown option exits non-zero

    if (parser.isSet(langOption)) {
        if (!tco::app::availableLanguages().contains(parser.value(langOption))) {
            std::fprintf(stderr, "tco-planner: unknown language \"%s\" (use %s)\n", qPrintable(parser.value(langOption)),
                         qPrintable(tco::app::availableLanguages().join(QStringLiteral(", "))));
            return 2;
        }
        tco::ui::settings::language.setValue(parser.value(langOption));
    }
    if (parser.isSet(themeOption)) {
        if (!tco::ui::availableThemes().contains(parser.value(themeOption))) {
            std::fprintf(stderr, "tco-planner: unknown theme \"%s\" (use system, light or dark)\n",
                         qPrintable(parser.value(themeOption)));
            return 2;
        }
        tco::ui::settings::theme.setValue(parser.value(themeOption));
    }
    tco::ui::applyTheme(tco::ui::settings::theme.value());
    const QString language = tco::ui::settings::language.value();
    tco::app::setLanguage(language.isEmpty() ? tco::app::systemLanguage() : language);

    const QString catalogPath = parser.isSet(dbOption) ? parser.value(dbOption) : tco::app::defaultCatalogPath();
    tco::ui::MainWindow window(catalogPath);
    FirstPaintProbe probe(sinceStart);
    if (parser.isSet(startupOption))
        window.installEventFilter(&probe);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openScenario(parser.positionalArguments().constFirst());
    if (parser.value(pageOption) == QLatin1StringView("catalog"))
        window.showCatalog();
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(kScreenshotDelay_ms, &window, [&window, file] {
            QScreen *screen = window.screen();
            QPixmap shot = screen ? screen->grabWindow(window.winId()) : QPixmap();
            if (shot.isNull()) // offscreen platform: render the widget tree instead
                shot = window.grab();
            const bool ok = shot.save(file, "PNG");
            std::fprintf(ok ? stdout : stderr, ok ? "Saved %s\n" : "Cannot save %s\n", qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
