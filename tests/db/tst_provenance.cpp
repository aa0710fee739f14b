// SPDX-License-Identifier: MIT
#include "provenance.h"

#include <QTest>

using namespace tco::db;

class TestProvenance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asOfDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("day") << QStringLiteral("2025-04-17") << QDate(2025, 4, 17);
        QTest::newRow("month ends on its last day") << QStringLiteral("2025-04") << QDate(2025, 4, 30);
        QTest::newRow("february of a leap year") << QStringLiteral("2024-02") << QDate(2024, 2, 29);
        QTest::newRow("quarter") << QStringLiteral("2024-Q4") << QDate(2024, 12, 31);
        QTest::newRow("half") << QStringLiteral("2025-H1") << QDate(2025, 6, 30);
        QTest::newRow("year") << QStringLiteral("2023") << QDate(2023, 12, 31);
        QTest::newRow("fiscal year") << QStringLiteral("FY2023") << QDate(2023, 12, 31);
        QTest::newRow("with a note") << QStringLiteral("2022-10 (launch)") << QDate(2022, 10, 31);
        QTest::newRow("first date counts") << QStringLiteral("2025-11-30 (prices); OD re-checked 2026-07-20")
                                           << QDate(2025, 11, 30);
        QTest::newRow("range takes its start") << QStringLiteral("2021-2026") << QDate(2021, 12, 31);
        QTest::newRow("no date") << QStringLiteral("pre-launch estimate") << QDate();
    }
    void asOfDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const std::optional<QDate> d = asOfDate(text);
        QCOMPARE(d.value_or(QDate()), expected);
    }

    void staleness()
    {
        const QDate today(2026, 11, 29);
        QVERIFY(isStale(QStringLiteral("2025-04"), today, 12));
        QVERIFY(!isStale(QStringLiteral("2026-01-26"), today, 12));
        QVERIFY(!isStale(QStringLiteral("2025-11"), today, 12)); // ends 2025-11-30: 12 months is 2026-11-30
        QVERIFY(isStale(QStringLiteral("2025-10"), today, 12));
        QVERIFY(!isStale(QStringLiteral("no date"), today, 1)); // unknown is not called stale; it has no date
        QVERIFY(isStale(QStringLiteral("2026-01-26"), today, 6));
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
