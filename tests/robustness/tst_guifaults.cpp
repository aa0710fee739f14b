// SPDX-License-Identifier: MIT
// GUI faults: the program killed after an autosave (the next start offers the edit back), and a
// large catalog import cancelled from its progress dialog (the table is unchanged).
#include "robustness.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <catalog.h>
#include <catalogtablemodel.h>
#include <catalogview.h>
#include <core/appsetup.h>
#include <core/scenariocontroller.h>
#include <core/scenariofile.h>
#include <mainwindow.h>

using namespace tco;
using namespace tco::robustness;

namespace {

constexpr char kApplicationName[] = "tco-planner-robustness";
/// The edited value the autosave must bring back.
constexpr int kEditedInputLen = 4321;
/// Rows of the import that is cancelled from its dialog (enough for several progress steps).
constexpr int kImportRows = 200000;
/// Bounded waits, ms.
constexpr int kChildTimeout_ms = 120000;

/** The child: opens the window, edits, waits for the autosave, then waits to be killed. */
int autosaveChild(const QString &catalogPath)
{
    app::setApplicationIdentity(QString::fromLatin1(kApplicationName));
    ui::MainWindow w(catalogPath);
    w.controller()->edit(QStringLiteral("Set the input length"),
                         [](engine::Scenario &s) { s.workload.input_len = kEditedInputLen; });
    // The autosave timer runs every 30 s; make it fire now (the code path is the same).
    bool found = false;
    for (QTimer *t : w.findChildren<QTimer *>()) {
        if (t->interval() == 30 * 1000) {
            t->setInterval(10);
            found = true;
        }
    }
    if (!found) {
        QTextStream(stdout) << "no autosave timer" << Qt::endl;
        return 3;
    }
    QDeadlineTimer deadline(kChildTimeout_ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const app::ScenarioLoad load = app::loadScenarioFile(ui::MainWindow::autosavePath());
        if (load.ok() && load.scenario->workload.input_len == kEditedInputLen) {
            QTextStream(stdout) << "autosaved" << Qt::endl;
            for (;;) { // keep working until killed
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                QThread::msleep(5);
            }
        }
        QThread::msleep(5);
    }
    return 4;
}

int childMain(const QString &mode, const QStringList &args)
{
    if (mode == QLatin1String("autosave") && args.size() == 1)
        return autosaveChild(args[0]);
    return 2;
}

} // namespace

class TestGuiFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Own data and settings folders (inherited by the children), so that nothing else's
        // autosave or settings is touched.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        app::setApplicationIdentity(QString::fromLatin1(kApplicationName));
        QVERIFY(ui::MainWindow::autosavePath().startsWith(m_dir.path()));
        m_catalogPath = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            db::Catalog c(m_catalogPath);
        }
    }

    // Killed (SIGKILL) after an autosave: the next start offers recovery; answering Yes brings the
    // edited value back into the scenario and the workload panel, as an unsaved change.
    void autosaveRecoversTheEditAfterAKill()
    {
        QFile::remove(ui::MainWindow::autosavePath());
        QProcess child;
        startChild(child, QStringLiteral("autosave"), { m_catalogPath });
        QByteArray seen;
        QVERIFY2(waitForLine(child, "autosaved", kChildTimeout_ms, &seen),
                 QByteArray(seen + child.readAllStandardError()).constData());
        child.kill();
        QVERIFY(child.waitForFinished(kChildTimeout_ms));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(ui::MainWindow::autosavePath()));

        QString question;
        QTimer answer;
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && box->button(QMessageBox::Yes)) {
                    question = box->text();
                    answer.stop();
                    box->button(QMessageBox::Yes)->click();
                    return;
                }
            }
        });
        answer.start();
        ui::MainWindow w(m_catalogPath);
        answer.stop();
        QVERIFY2(question.contains(QStringLiteral("Recover")), qPrintable(question));
        QCOMPARE(w.controller()->scenario().workload.input_len, kEditedInputLen);
        QVERIFY(!w.controller()->undoStack()->isClean());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *input = w.findChild<QSpinBox *>(QStringLiteral("inputLen"));
        QVERIFY(input);
        QCOMPARE(input->value(), kEditedInputLen);
        QFile::remove(ui::MainWindow::autosavePath());
    }

    // A large import into gpu_aliases shows a progress dialog; Cancel in it stops the import and
    // leaves the table and the catalog file unchanged.
    void cancellingTheImportDialogLeavesTheTableUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QVERIFY(QFile::copy(m_catalogPath, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        db::Catalog catalog(path);
        QString gpu;
        {
            QSqlQuery q(catalog.database());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM gpus ORDER BY id LIMIT 1")) && q.next());
            gpu = q.value(0).toString();
        }
        QByteArray csv = "alias,gpu_id\n";
        for (int i = 0; i < kImportRows; ++i)
            csv += "cancelled-alias-" + QByteArray::number(i) + ',' + gpu.toUtf8() + '\n';
        const QString csvPath = dir.filePath(QStringLiteral("aliases.csv"));
        QVERIFY(writeFile(csvPath, csv));

        ui::CatalogView view(catalog);
        ui::CatalogTablePage *page = view.page(QStringLiteral("gpu_aliases"));
        QVERIFY(page);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 rowsBefore = catalog.rowCount(QStringLiteral("gpu_aliases"));
        const QByteArray fileBefore = readFile(path);

        page->setProperty("importProgressDelay_ms", 0); // show the dialog at once
        int shownAt = -1;
        QString label;
        QTimer cancel;
        cancel.setInterval(0);
        connect(&cancel, &QTimer::timeout, this, [&] {
            auto *dialog = page->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
            if (!dialog || !dialog->isVisible())
                return;
            shownAt = dialog->value();
            label = dialog->labelText();
            if (auto *button = dialog->findChild<QPushButton *>()) {
                cancel.stop();
                button->click();
            }
        });
        cancel.start();
        const QStringList problems = page->importFile(csvPath, false);
        cancel.stop();
        QVERIFY2(shownAt >= 0, "the progress dialog was never shown");
        QVERIFY2(label.contains(QStringLiteral("aliases.csv")), qPrintable(label));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("cancelled")), qPrintable(problems.first()));
        QCOMPARE(catalog.rowCount(QStringLiteral("gpu_aliases")), rowsBefore);
        QCOMPARE(page->model()->rowCount() > 0, true);
        QVERIFY(!page->hasPendingChanges());
        QVERIFY2(readFile(path) == fileBefore, "a cancelled import changed the catalog file");
        const auto *dialog = page->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        QVERIFY(!dialog || !dialog->isVisible());
        qInfo("cancelled at progress %d of 1000", shownAt);
    }

private:
    QTemporaryDir m_dir;
    QString m_catalogPath;
};

TCO_ROBUSTNESS_MAIN(QApplication, TestGuiFaults, childMain)
#include "tst_guifaults.moc"
