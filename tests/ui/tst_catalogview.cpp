// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "catalogtablemodel.h"
#include "catalogview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tco;

namespace {
QVariant dbValue(const db::Catalog &c, const QString &sql)
{
    QSqlQuery q(c.database());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

int rowOf(const ui::CatalogTableModel *m, const QString &key)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(Qt::EditRole).toString() == key)
            return r;
    return -1;
}

/** Accepts the next modal message box (the save-failure warning). */
void acceptNextMessageBox()
{
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                box->accept();
    });
}
} // namespace

class TestCatalogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_catalog = std::make_unique<db::Catalog>(m_dir.filePath(QStringLiteral("c.sqlite")));
    }
    void cleanupTestCase() { m_catalog.reset(); }

    void hasATabPerTableWithUnitsInHeaders()
    {
        ui::CatalogView view(*m_catalog);
        QCOMPARE(view.tabs()->count(), int(db::catalogTables().size()));
        ui::CatalogTablePage *gpus = view.page(QStringLiteral("gpus"));
        QVERIFY(gpus);
        const int bw = gpus->model()->info().indexOf(QStringLiteral("mem_bw_gbs"));
        QCOMPARE(gpus->model()->headerData(bw, Qt::Horizontal).toString(), QStringLiteral("Mem bandwidth (GB/s)"));
        const int src = gpus->model()->info().indexOf(QStringLiteral("source"));
        QVERIFY(src >= 0 && !gpus->view()->isColumnHidden(src));
        QVERIFY(gpus->model()->info().indexOf(QStringLiteral("as_of")) >= 0);
    }

    void filterBoxFiltersRows()
    {
        ui::CatalogView view(*m_catalog);
        ui::CatalogTablePage *page = view.page(QStringLiteral("gpus"));
        auto *filter = page->findChild<QLineEdit *>(QStringLiteral("filter"));
        QTest::keyClicks(filter, QStringLiteral("h100"));
        QVERIFY(page->proxy()->rowCount() >= 3);
        QVERIFY(page->proxy()->rowCount() < page->model()->rowCount());
        filter->clear();
        QCOMPARE(page->proxy()->rowCount(), page->model()->rowCount());
    }

    void editSaveAndRevert()
    {
        ui::CatalogView view(*m_catalog);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ui::CatalogTablePage *page = view.page(QStringLiteral("gpus"));
        ui::CatalogTableModel *m = page->model();
        const int row = rowOf(m, QStringLiteral("nvidia-geforce-rtx-4090"));
        QVERIFY(row >= 0);
        const int price = m->info().indexOf(QStringLiteral("price"));
        auto *save = page->findChild<QPushButton *>(QStringLiteral("save"));
        QVERIFY(!save->isEnabled());

        QVERIFY(m->setData(m->index(row, price), QStringLiteral("1749.5")));
        QVERIFY(page->hasPendingChanges());
        QVERIFY(save->isEnabled());
        QVERIFY(view.tabs()->tabText(0).endsWith(QStringLiteral("*")));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!page->hasPendingChanges());
        QCOMPARE(dbValue(*m_catalog, QStringLiteral("SELECT price FROM gpus WHERE id = 'nvidia-geforce-rtx-4090'"))
                     .toDouble(),
                 1749.5);

        QVERIFY(m->setData(m->index(row, price), QStringLiteral("1")));
        page->revert();
        QCOMPARE(m->index(row, price).data(Qt::EditRole).toDouble(), 1749.5);
        // an empty optional value is stored as NULL ("not known"), not as 0
        QVERIFY(m->setData(m->index(row, price), QString()));
        QVERIFY(page->save());
        QVERIFY(
            dbValue(*m_catalog, QStringLiteral("SELECT price IS NULL FROM gpus WHERE id = 'nvidia-geforce-rtx-4090'"))
                .toBool());
    }

    void badEditsAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("text in a number")
            << QStringLiteral("vram_gb") << QStringLiteral("lots") << QStringLiteral("not a number");
        QTest::newRow("negative price") << QStringLiteral("price") << QStringLiteral("-5")
                                        << QStringLiteral("cannot be negative");
        QTest::newRow("fraction of a year")
            << QStringLiteral("launch_year") << QStringLiteral("2022.5") << QStringLiteral("whole number");
        QTest::newRow("required value") << QStringLiteral("vendor") << QString() << QStringLiteral("needs a value");
        // the plausible ranges of a CSV import apply to edits too, with the reason
        QTest::newRow("subnormal bandwidth")
            << QStringLiteral("mem_bw_gbs") << QStringLiteral("5e-324") << QStringLiteral("too close to zero");
        QTest::newRow("absurd bandwidth")
            << QStringLiteral("mem_bw_gbs") << QStringLiteral("1e9")
            << QStringLiteral("outside the plausible range 1–100000 GB/s (the fastest HBM");
        QTest::newRow("year past 2^32") << QStringLiteral("launch_year") << QStringLiteral("4294967328")
                                        << QStringLiteral("outside the plausible range 1990–2100");
    }
    void badEditsAreRefusedWithAMessage()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ui::CatalogView view(*m_catalog);
        ui::CatalogTableModel *m = view.page(QStringLiteral("gpus"))->model();
        QSignalSpy rejected(m, &ui::CatalogTableModel::editRejected);
        const QModelIndex cell = m->index(0, m->info().indexOf(column));
        const QVariant before = cell.data(Qt::EditRole);
        QVERIFY(!m->setData(cell, value));
        QCOMPARE(rejected.count(), 1);
        QVERIFY2(rejected.first().first().toString().contains(message),
                 qPrintable(rejected.first().first().toString()));
        QCOMPARE(cell.data(Qt::EditRole), before);
        QVERIFY(!m->isDirty());
    }

    void failedSaveKeepsTheEdits()
    {
        ui::CatalogView view(*m_catalog);
        ui::CatalogTablePage *page = view.page(QStringLiteral("gpus"));
        // the A10G is used by cloud instances: deleting it must be refused, and nothing lost
        const int row = rowOf(page->model(), QStringLiteral("nvidia-a10g"));
        QVERIFY(row >= 0);
        QVERIFY(page->model()->removeRow(row));
        acceptNextMessageBox();
        QVERIFY(!page->save());
        QVERIFY(page->hasPendingChanges());
        QCOMPARE(dbValue(*m_catalog, QStringLiteral("SELECT COUNT(*) FROM gpus WHERE id = 'nvidia-a10g'")).toInt(), 1);
        page->revert();
        QVERIFY(!page->hasPendingChanges());
    }

    void stalePricesAreMarked()
    {
        ui::CatalogView view(*m_catalog);
        ui::CatalogTablePage *page = view.page(QStringLiteral("exchange_rates"));
        ui::CatalogTableModel *m = page->model();
        QVERIFY(m->hasPrices());
        const int asOf = m->info().indexOf(QStringLiteral("as_of"));
        const int row = m->rowCount();
        QVERIFY(m->insertRow(row));
        m->setData(m->index(row, m->info().indexOf(QStringLiteral("base"))), QStringLiteral("EUR"));
        m->setData(m->index(row, m->info().indexOf(QStringLiteral("quote"))), QStringLiteral("CNY"));
        m->setData(m->index(row, m->info().indexOf(QStringLiteral("rate"))), QStringLiteral("7.9"));
        m->setData(m->index(row, asOf), QStringLiteral("2019-03"));
        m->setData(m->index(row, m->info().indexOf(QStringLiteral("source"))), QStringLiteral("test"));
        QVERIFY(page->save());
        const int saved = [&] {
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, asOf).data(Qt::EditRole).toString() == QLatin1StringView("2019-03"))
                    return r;
            return -1;
        }();
        QVERIFY(saved >= 0);
        page->setStaleAfterMonths(12);
        QVERIFY(m->isRowStale(saved));
        QVERIFY(m->index(saved, asOf).data(Qt::BackgroundRole).isValid());
        QVERIFY(m->index(saved, asOf).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Stale")));
        const int staleAtOneYear = m->staleRowCount();
        page->setStaleAfterMonths(120);
        QVERIFY(!m->isRowStale(saved));
        QVERIFY(!m->index(saved, asOf).data(Qt::BackgroundRole).isValid());
        QVERIFY(m->staleRowCount() < staleAtOneYear);
        auto *summary = page->findChild<QLabel *>(QStringLiteral("summary"));
        page->setStaleAfterMonths(12);
        QVERIFY(summary->text().contains(QStringLiteral("older than 12 months")));
    }

    // Export goes through the shared safe writer: onto the catalog file (or a link to it), a
    // folder or a device it is refused, the message box names the problem and nothing changes.
    void exportRefusesTheCatalogAFolderAndADevice_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the catalog") << QStringLiteral("@catalog") << QStringLiteral("the catalog");
        QTest::newRow("a link to the catalog") << QStringLiteral("@link") << QStringLiteral("the catalog");
        QTest::newRow("a folder") << QStringLiteral("@dir") << QString();
        QTest::newRow("a device") << QStringLiteral("/dev/null") << QString();
    }
    void exportRefusesTheCatalogAFolderAndADevice()
    {
        QFETCH(QString, target);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString catalogPath = dir.filePath(QStringLiteral("refuse.sqlite"));
        auto catalog = std::make_unique<db::Catalog>(catalogPath);
        QString path = target;
        if (target == QLatin1String("@catalog"))
            path = catalogPath;
        else if (target == QLatin1String("@link")) {
            path = dir.filePath(QStringLiteral("link.csv"));
            QVERIFY(QFile::link(catalogPath, path));
        } else if (target == QLatin1String("@dir")) {
            path = dir.filePath(QStringLiteral("folder"));
            QVERIFY(QDir().mkdir(path));
        }
        const QFileInfo info(path);
        const QByteArray before = info.isFile() ? [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }() : QByteArray();
        const qint64 sizeBefore = info.isFile() ? info.size() : -1;
        ui::CatalogView view(*catalog);
        ui::CatalogTablePage *page = view.page(QStringLiteral("gpus"));
        const QString error = page->exportFile(path);
        QVERIFY2(!error.isEmpty(), qPrintable(path));
        QVERIFY2(error.contains(path), qPrintable(error));
        if (!expected.isEmpty())
            QVERIFY2(error.contains(expected), qPrintable(error));

        QString shown;
        QTimer::singleShot(0, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w);
                    box && box->isVisible() && box->objectName() == QLatin1String("exportError")) {
                    shown = box->informativeText();
                    box->accept();
                }
        });
        QVERIFY(!page->exportWithMessage(path));
        QCOMPARE(shown, error);

        if (sizeBefore >= 0) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
        if (target == QLatin1String("@dir"))
            QVERIFY(QFileInfo(path).isDir());
        // the catalog still opens and holds its rows
        QVERIFY(catalog->rowCount(QStringLiteral("gpus")) > 0);
        if (target != QLatin1String("@link"))
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".csv")),
                     QStringList());
    }

    void importErrorsLeaveTheTableAlone()
    {
        ui::CatalogView view(*m_catalog);
        ui::CatalogTablePage *page = view.page(QStringLiteral("gpu_aliases"));
        const int rows = page->model()->rowCount();
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("alias,gpu_id\nok alias,nvidia-h100-sxm5-80gb\nbad alias,no-such-gpu\n");
        f.close();
        const QStringList problems = page->importFile(bad, false);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("bad.csv:3:2")));
        QCOMPARE(page->model()->rowCount(), rows);

        const QString out = m_dir.filePath(QStringLiteral("aliases.csv"));
        QCOMPARE(page->exportFile(out), QString());
        QVERIFY(page->importFile(out, true).isEmpty());
        QCOMPARE(page->model()->rowCount(), rows);
    }

    // A replace that would also remove rows of other tables asks first, listing table: rows;
    // declined, nothing changes; confirmed, the replace and its cascade are done.
    void replaceThatCascadesAsksWithTheCounts_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("declined") << false;
        QTest::newRow("confirmed") << true;
    }
    void replaceThatCascadesAsksWithTheCounts()
    {
        QFETCH(bool, confirm);
        QTemporaryDir dir;
        db::Catalog catalog(dir.filePath(QStringLiteral("cascade.sqlite")));
        const QString kept
            = dbValue(catalog, QStringLiteral("SELECT id FROM cloud_providers ORDER BY id LIMIT 1")).toString();
        QSqlQuery q(catalog.database());
        QVERIFY(q.prepare(QStringLiteral("SELECT COUNT(*) FROM cloud_regions WHERE provider_id <> ?")));
        q.addBindValue(kept);
        QVERIFY(q.exec() && q.next());
        const qint64 regions = q.value(0).toLongLong();
        q = QSqlQuery();
        QVERIFY(regions > 0);
        const qint64 regionsBefore = catalog.rowCount(QStringLiteral("cloud_regions"));
        const QString csv = dir.filePath(QStringLiteral("providers.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name,source,as_of\n" + kept.toUtf8() + ",Kept,test,2026\n");
        f.close();

        ui::CatalogView view(catalog);
        ui::CatalogTablePage *page = view.page(QStringLiteral("cloud_providers"));
        const int rows = page->model()->rowCount();
        QString shown;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible() || box->objectName() != QLatin1String("cascadeConfirmation"))
                    continue;
                shown = box->text() + u'\n' + box->informativeText();
                poll.stop();
                if (confirm)
                    box->findChild<QPushButton *>(QStringLiteral("confirmCascade"))->click();
                else
                    box->reject();
            }
        });
        poll.start();
        const QStringList problems = page->importFile(csv, true);
        poll.stop();
        QVERIFY2(shown.contains(QStringLiteral("(cloud_regions): %1 row").arg(regions)), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("(cloud_providers): "))
                     && shown.contains(QStringLiteral("(cloud_prices): ")),
                 qPrintable(shown));
        if (confirm) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QCOMPARE(page->model()->rowCount(), 1);
            QCOMPARE(catalog.rowCount(QStringLiteral("cloud_regions")), regionsBefore - regions);
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY(problems.first().contains(QStringLiteral("cancelled")));
            QCOMPARE(page->model()->rowCount(), rows);
            QCOMPARE(catalog.rowCount(QStringLiteral("cloud_regions")), regionsBefore);
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Catalog> m_catalog;
};

QTEST_MAIN(TestCatalogView)
#include "tst_catalogview.moc"
