// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "catalogview.h"
#include "core/appsetup.h"
#include "core/scenariocontroller.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using tco::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        tco::app::setApplicationIdentity(QStringLiteral("tco-planner-test"));
        QVERIFY(m_dir.isValid());
        QFile::remove(MainWindow::autosavePath());
    }

    void opensWithMenusAndActions()
    {
        MainWindow w(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus,
                 (QStringList { QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                QStringLiteral("Tools"), QStringLiteral("Help") }));
        for (const char *name : { "actionNew", "actionOpen", "actionSave", "actionSaveAs", "actionOpenCatalog",
                                  "actionQuit", "actionUndo", "actionRedo", "actionDashboard", "actionCatalog",
                                  "actionPresentation", "actionResetCatalog", "actionAbout", "actionAboutQt" })
            QVERIFY2(w.findChild<QAction *>(QString::fromLatin1(name)), name);
        QVERIFY(w.findChild<QToolBar *>(QStringLiteral("mainToolBar")));
        QVERIFY(w.statusBar());
        // the catalog was created from the bundled seed, and the default scenario evaluated on it
        QVERIFY(w.catalog());
        QVERIFY(w.catalogView());
        w.controller()->flush();
        QCOMPARE(w.controller()->result().tiers.size(), std::size_t(3));
        QVERIFY(w.windowTitle().contains(QStringLiteral("Untitled scenario")));
    }

    void geometryIsRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        QSize saved;
        {
            MainWindow w(path);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QSize before = w.size();
            // a size that fits the (offscreen) screen, so that it is restored as it was
            w.resize(std::min(before.width(), 700) - 37, std::min(before.height(), 600) - 21);
            QTest::qWait(10);
            saved = w.size();
            QVERIFY(saved != before);
            w.close();
        }
        MainWindow again(path);
        // restored as saved, within the screen (the offscreen test screen is narrower than the
        // window's minimum width)
        QCOMPARE(again.size(), saved.boundedTo(again.screen()->availableGeometry().size()));
    }

    // A window never opens larger than its screen (a size saved on a larger monitor, or the
    // default size on a 1366x768 laptop): it would hide its own figures off the screen.
    void windowFitsTheScreen()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        QRect available;
        {
            MainWindow w(path);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            available = w.screen()->availableGeometry();
            w.resize(available.size() + QSize(900, 700)); // as if saved on a bigger monitor
            QTest::qWait(10);
            QVERIFY(w.width() > available.width());
            w.close();
        }
        MainWindow again(path);
        QVERIFY2(again.width() <= available.width() && again.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                                .arg(again.width())
                                .arg(again.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void aboutListsComponents()
    {
        tco::ui::AboutDialog about;
        auto *table = about.findChild<QTableWidget *>(QStringLiteral("componentsTable"));
        QVERIFY(table);
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r) {
            names << table->item(r, 0)->text();
            QVERIFY(!table->item(r, 1)->text().isEmpty());
            QVERIFY(!table->item(r, 2)->text().isEmpty());
        }
        QCOMPARE(names, (QStringList { QStringLiteral("Qt"), QStringLiteral("{fmt}"), QStringLiteral("SQLite") }));
        QCOMPARE(table->item(0, 1)->text(), QString::fromLatin1(qVersion()));
        QVERIFY(table->item(2, 1)->text().startsWith(QStringLiteral("3.")));
    }

    void badCatalogIsReportedNotFatal()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, it is a text file\n");
        f.close();
        MainWindow w(path);
        QVERIFY(!w.catalog());
        auto *label = w.findChild<QLabel *>(QStringLiteral("catalogLabel"));
        QVERIFY(label->text().contains(QStringLiteral("not an SQLite database")));
        // without a catalog every tier says why it has no figures
        w.controller()->flush();
        for (const auto &t : w.controller()->result().tiers)
            QVERIFY(!t.ok);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
