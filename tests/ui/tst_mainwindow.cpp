// SPDX-License-Identifier: MIT
#include "aboutdialog.h"
#include "core/appsetup.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QMenuBar>
#include <QStandardPaths>
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
    }

    void opensWithMenusAndActions()
    {
        MainWindow w(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                     QStringLiteral("Tools"), QStringLiteral("Help")}));
        for (const char *name : {"actionOpenCatalog", "actionQuit", "actionUndo", "actionRedo", "actionFullScreen",
                                 "actionResetCatalog", "actionAbout", "actionAboutQt"})
            QVERIFY2(w.findChild<QAction *>(QString::fromLatin1(name)), name);
        QVERIFY(w.findChild<QToolBar *>(QStringLiteral("mainToolBar")));
        QVERIFY(w.statusBar());
        // The catalog was created from the bundled seed and the overview shows real row counts.
        QVERIFY(w.catalog());
        auto *overview = w.findChild<QTableWidget *>(QStringLiteral("catalogOverview"));
        QVERIFY(overview);
        QVERIFY(overview->rowCount() > 5);
        QCOMPARE(overview->item(0, 0)->text(), QStringLiteral("gpus"));
        QVERIFY(overview->item(0, 1)->text().remove(u',').toInt() > 30);
    }

    void geometryIsRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            MainWindow w(path);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(913, 611);
            QTest::qWait(10);
            w.close();
        }
        MainWindow again(path);
        QCOMPARE(again.size(), QSize(913, 611));
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
        QCOMPARE(names, (QStringList{QStringLiteral("Qt"), QStringLiteral("{fmt}"), QStringLiteral("SQLite")}));
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
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
