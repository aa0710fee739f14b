// SPDX-License-Identifier: MIT
// Translatable engine texts: the English rendering is exactly what fmt::format makes of the
// same pattern and arguments, and a translated pattern takes the same arguments in any order.
#include "text.h"

#include <QTest>

using namespace tco::engine;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishIsWhatFmtMakes()
    {
        QCOMPARE(render(text("unknown GPU \"{}\"", std::string("h100"))), std::string("unknown GPU \"h100\""));
        QCOMPARE(render(text("weights {:.1f} GiB + runtime {:.1f} GiB of {:.1f}", 125.64, 1.0, 21.6)),
                 fmt::format("weights {:.1f} GiB + runtime {:.1f} GiB of {:.1f}", 125.64, 1.0, 21.6));
        QCOMPARE(render(text("{:+.0f}% and {:.0f}% less", 12.4, 99.6)), std::string("+12% and 100% less"));
        QCOMPARE(render(text("{:g} and {}", 0.5, 7)), std::string("0.5 and 7"));
        QCOMPARE(render(text("braces {{kept}} and {}", 3)), std::string("braces {kept} and 3"));
        QCOMPARE(render(text("no arguments")), std::string("no arguments"));
    }

    void argumentsAreFormattedWithTheirSpec()
    {
        const Text t = text("{} at {:.2f} W and {:.0f}%", std::string("a"), 1.23456, 49.6);
        QCOMPARE(t.pattern, std::string("{} at {:.2f} W and {:.0f}%"));
        QCOMPARE(t.args, (std::vector<std::string>{"a", "1.23", "50"}));
    }

    void translatedPatternsReorder()
    {
        const Text t = text("{} costs {}", std::string("X"), std::string("5 CNY"));
        QCOMPARE(fill("{1}，{0}", t.args), std::string("5 CNY，X"));
        QCOMPARE(fill("{} 的成本为 {}", t.args), std::string("X 的成本为 5 CNY"));
        // a missing argument or a stray brace never throws
        QCOMPARE(fill("{} {} {}", t.args), std::string("X 5 CNY "));
        QCOMPARE(fill("{} and {", t.args), std::string("X and {"));
        QCOMPARE(fill("{99999999999999999999999} {1}", t.args), std::string(" 5 CNY"));
    }

    void listsJoin()
    {
        const Text one = text("a {}", 1);
        QCOMPARE(joined({one}), one);
        const Text two = joined({one, text("b")});
        QCOMPARE(render(two), std::string("a 1; b"));
        QVERIFY(!two.empty());
        QVERIFY(Text{}.empty());
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "tst_text.moc"
