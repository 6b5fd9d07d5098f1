#include "FiscalPeriod.h"

#include <QList>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

Q_DECLARE_METATYPE(FiscalPeriod::Kind)

class TestFiscalPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejectBadCode_data();
    void rejectBadCode();
    void dates_data();
    void dates();
    void codeRoundTrip_data();
    void codeRoundTrip();
    void factories();
    void ordering();
    void orderingOperators();
    void neighbours_data();
    void neighbours();
    void otherKindsHaveNoQuarterNeighbours_data();
    void otherKindsHaveNoQuarterNeighbours();
    void labels_data();
    void labels();
    void invalidPeriod();
    void hashing();
    void kindCode();

private:
    static FiscalPeriod period(const char *code);
};

FiscalPeriod TestFiscalPeriod::period(const char *code)
{
    return FiscalPeriod::fromCode(QString::fromLatin1(code)).value_or(FiscalPeriod());
}

void TestFiscalPeriod::parse_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<FiscalPeriod::Kind>("kind");
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("months");

    using Kind = FiscalPeriod::Kind;
    QTest::addRow("1Q13") << QStringLiteral("1Q13") << Kind::Quarter << 2013 << 1 << 3;
    QTest::addRow("2Q13") << QStringLiteral("2Q13") << Kind::Quarter << 2013 << 2 << 3;
    QTest::addRow("3Q13") << QStringLiteral("3Q13") << Kind::Quarter << 2013 << 3 << 3;
    QTest::addRow("4Q12") << QStringLiteral("4Q12") << Kind::Quarter << 2012 << 4 << 3;
    QTest::addRow("1H13") << QStringLiteral("1H13") << Kind::Half << 2013 << 1 << 6;
    QTest::addRow("2H13") << QStringLiteral("2H13") << Kind::Half << 2013 << 2 << 6;
    QTest::addRow("9M12") << QStringLiteral("9M12") << Kind::NineMonths << 2012 << 0 << 9;
    QTest::addRow("FY12") << QStringLiteral("FY12") << Kind::Year << 2012 << 0 << 12;
    QTest::addRow("FY00") << QStringLiteral("FY00") << Kind::Year << 2000 << 0 << 12;
    QTest::addRow("FY99") << QStringLiteral("FY99") << Kind::Year << 2099 << 0 << 12;
    QTest::addRow("1Q00") << QStringLiteral("1Q00") << Kind::Quarter << 2000 << 1 << 3;
    QTest::addRow("4Q99") << QStringLiteral("4Q99") << Kind::Quarter << 2099 << 4 << 3;
}

void TestFiscalPeriod::parse()
{
    QFETCH(QString, code);
    QFETCH(FiscalPeriod::Kind, kind);
    QFETCH(int, fiscalYear);
    QFETCH(int, index);
    QFETCH(int, months);

    const std::optional<FiscalPeriod> parsed = FiscalPeriod::fromCode(code);
    QVERIFY(parsed.has_value());
    QVERIFY(parsed->isValid());
    QCOMPARE(parsed->kind(), kind);
    QCOMPARE(parsed->fiscalYear(), fiscalYear);
    QCOMPARE(parsed->index(), index);
    QCOMPARE(parsed->months(), months);
}

void TestFiscalPeriod::rejectBadCode_data()
{
    QTest::addColumn<QString>("code");

    QTest::addRow("5Q13") << QStringLiteral("5Q13");
    QTest::addRow("0Q13") << QStringLiteral("0Q13");
    QTest::addRow("1Q1") << QStringLiteral("1Q1");
    QTest::addRow("1Q130") << QStringLiteral("1Q130");
    QTest::addRow("1q13") << QStringLiteral("1q13");
    QTest::addRow("Q113") << QStringLiteral("Q113");
    QTest::addRow("FY2013") << QStringLiteral("FY2013");
    QTest::addRow("fy13") << QStringLiteral("fy13");
    QTest::addRow("empty") << QString();
    QTest::addRow("leading space") << QStringLiteral(" 1Q13");
    QTest::addRow("trailing space") << QStringLiteral("1Q13 ");
    QTest::addRow("trailing newline") << QStringLiteral("1Q13\n");
    QTest::addRow("3H13") << QStringLiteral("3H13");
    QTest::addRow("0H13") << QStringLiteral("0H13");
    QTest::addRow("6M13") << QStringLiteral("6M13");
    QTest::addRow("9M") << QStringLiteral("9M");
    QTest::addRow("FY") << QStringLiteral("FY");
    QTest::addRow("1Q-1") << QStringLiteral("1Q-1");
    QTest::addRow("fullwidth digits") << QStringLiteral("1Q\uFF11\uFF13");
}

void TestFiscalPeriod::rejectBadCode()
{
    QFETCH(QString, code);

    QVERIFY(!FiscalPeriod::fromCode(code).has_value());
}

void TestFiscalPeriod::dates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    QTest::addRow("1Q13") << QStringLiteral("1Q13") << QDate(2013, 4, 1) << QDate(2013, 6, 30);
    QTest::addRow("2Q13") << QStringLiteral("2Q13") << QDate(2013, 7, 1) << QDate(2013, 9, 30);
    QTest::addRow("3Q13") << QStringLiteral("3Q13") << QDate(2013, 10, 1) << QDate(2013, 12, 31);
    QTest::addRow("4Q12") << QStringLiteral("4Q12") << QDate(2013, 1, 1) << QDate(2013, 3, 31);
    QTest::addRow("1H13") << QStringLiteral("1H13") << QDate(2013, 4, 1) << QDate(2013, 9, 30);
    QTest::addRow("2H13") << QStringLiteral("2H13") << QDate(2013, 10, 1) << QDate(2014, 3, 31);
    QTest::addRow("9M12") << QStringLiteral("9M12") << QDate(2012, 4, 1) << QDate(2012, 12, 31);
    QTest::addRow("FY12") << QStringLiteral("FY12") << QDate(2012, 4, 1) << QDate(2013, 3, 31);
    QTest::addRow("FY00") << QStringLiteral("FY00") << QDate(2000, 4, 1) << QDate(2001, 3, 31);
    QTest::addRow("4Q99") << QStringLiteral("4Q99") << QDate(2100, 1, 1) << QDate(2100, 3, 31);
}

void TestFiscalPeriod::dates()
{
    QFETCH(QString, code);
    QFETCH(QDate, start);
    QFETCH(QDate, end);

    const std::optional<FiscalPeriod> parsed = FiscalPeriod::fromCode(code);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->startDate(), start);
    QCOMPARE(parsed->endDate(), end);
    // months() agrees with the span.
    QCOMPARE(parsed->startDate().addMonths(parsed->months()), end.addDays(1));
}

void TestFiscalPeriod::codeRoundTrip_data()
{
    QTest::addColumn<QString>("code");

    for (const char *code : {"1Q13", "2Q13", "3Q13", "4Q12", "1H13", "2H13", "9M12", "FY12", "FY00",
                             "FY99", "1Q00", "4Q99", "1H05", "9M09"})
        QTest::addRow("%s", code) << QString::fromLatin1(code);
}

void TestFiscalPeriod::codeRoundTrip()
{
    QFETCH(QString, code);

    const std::optional<FiscalPeriod> parsed = FiscalPeriod::fromCode(code);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->code(), code);
    const std::optional<FiscalPeriod> again = FiscalPeriod::fromCode(parsed->code());
    QVERIFY(again.has_value());
    QCOMPARE(again->code(), code);
    QVERIFY(*again == *parsed);
}

void TestFiscalPeriod::factories()
{
    QCOMPARE(FiscalPeriod::quarter(2013, 1).code(), QStringLiteral("1Q13"));
    QCOMPARE(FiscalPeriod::quarter(2012, 4).code(), QStringLiteral("4Q12"));
    QCOMPARE(FiscalPeriod::half(2013, 2).code(), QStringLiteral("2H13"));
    QCOMPARE(FiscalPeriod::nineMonths(2012).code(), QStringLiteral("9M12"));
    QCOMPARE(FiscalPeriod::year(2000).code(), QStringLiteral("FY00"));
    QVERIFY(FiscalPeriod::quarter(2013, 1) == period("1Q13"));
    QVERIFY(FiscalPeriod::year(2012) == period("FY12"));

    QVERIFY(!FiscalPeriod::quarter(2013, 0).isValid());
    QVERIFY(!FiscalPeriod::quarter(2013, 5).isValid());
    QVERIFY(!FiscalPeriod::half(2013, 0).isValid());
    QVERIFY(!FiscalPeriod::half(2013, 3).isValid());
    QVERIFY(!FiscalPeriod::year(1999).isValid());
    QVERIFY(!FiscalPeriod::year(2100).isValid());
    QVERIFY(!FiscalPeriod::quarter(2100, 1).isValid());
    QVERIFY(!FiscalPeriod::nineMonths(13).isValid());
    QVERIFY(FiscalPeriod::year(2099).isValid());
}

void TestFiscalPeriod::ordering()
{
    const QStringList expected
            = {QStringLiteral("1Q12"), QStringLiteral("2Q12"), QStringLiteral("1H12"),
               QStringLiteral("3Q12"), QStringLiteral("9M12"), QStringLiteral("4Q12"),
               QStringLiteral("2H12"), QStringLiteral("FY12"), QStringLiteral("1Q13")};

    QList<FiscalPeriod> periods;
    for (const QString &code : expected)
        periods.append(FiscalPeriod::fromCode(code).value());

    std::mt19937 generator(20130806);
    for (int round = 0; round < 20; ++round) {
        QList<FiscalPeriod> shuffled = periods;
        std::shuffle(shuffled.begin(), shuffled.end(), generator);
        std::sort(shuffled.begin(), shuffled.end());
        QStringList codes;
        for (const FiscalPeriod &p : std::as_const(shuffled))
            codes.append(p.code());
        QCOMPARE(codes, expected);
    }
}

void TestFiscalPeriod::orderingOperators()
{
    // 4Q12, 2H12 and FY12 all end on 2013-03-31: the shorter span comes first.
    QVERIFY(period("4Q12") < period("2H12"));
    QVERIFY(period("2H12") < period("FY12"));
    QVERIFY(period("4Q12") < period("FY12"));
    QVERIFY(period("FY12") > period("4Q12"));
    QVERIFY((period("4Q12") <=> period("2H12")) == std::strong_ordering::less);
    QVERIFY((period("FY12") <=> period("2H12")) == std::strong_ordering::greater);
    QVERIFY((period("FY12") <=> period("FY12")) == std::strong_ordering::equal);

    // An earlier end date wins even over a longer span.
    QVERIFY(period("9M12") < period("4Q12"));
    QVERIFY(period("FY12") < period("1Q13"));
    QVERIFY(period("FY11") < period("1Q12"));
    // Same start, different end.
    QVERIFY(period("1Q13") < period("1H13"));
    QVERIFY(period("1H13") < period("9M13"));
    QVERIFY(period("9M13") < period("FY13"));

    QVERIFY(period("1Q13") <= period("1Q13"));
    QVERIFY(period("1Q13") >= period("1Q13"));
    QVERIFY(period("1Q13") != period("2Q13"));
    QVERIFY(period("1Q13") == period("1Q13"));
}

void TestFiscalPeriod::neighbours_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("yearBefore");

    // An empty code stands for an invalid period.
    QTest::addRow("2Q13") << QStringLiteral("2Q13") << QStringLiteral("1Q13")
                          << QStringLiteral("3Q13") << QStringLiteral("2Q12");
    QTest::addRow("1Q13") << QStringLiteral("1Q13") << QStringLiteral("4Q12")
                          << QStringLiteral("2Q13") << QStringLiteral("1Q12");
    QTest::addRow("4Q12") << QStringLiteral("4Q12") << QStringLiteral("3Q12")
                          << QStringLiteral("1Q13") << QStringLiteral("4Q11");
    QTest::addRow("1Q00") << QStringLiteral("1Q00") << QString() << QStringLiteral("2Q00")
                          << QString();
    QTest::addRow("4Q00") << QStringLiteral("4Q00") << QStringLiteral("3Q00")
                          << QStringLiteral("1Q01") << QString();
    QTest::addRow("1Q01") << QStringLiteral("1Q01") << QStringLiteral("4Q00")
                          << QStringLiteral("2Q01") << QStringLiteral("1Q00");
    QTest::addRow("4Q99") << QStringLiteral("4Q99") << QStringLiteral("3Q99") << QString()
                          << QStringLiteral("4Q98");
    QTest::addRow("FY00") << QStringLiteral("FY00") << QString() << QString() << QString();
}

void TestFiscalPeriod::neighbours()
{
    QFETCH(QString, code);
    QFETCH(QString, previous);
    QFETCH(QString, next);
    QFETCH(QString, yearBefore);

    const FiscalPeriod p = FiscalPeriod::fromCode(code).value();

    QCOMPARE(p.previousQuarter().isValid(), !previous.isEmpty());
    QCOMPARE(p.previousQuarter().code(), previous);
    QCOMPARE(p.nextQuarter().isValid(), !next.isEmpty());
    QCOMPARE(p.nextQuarter().code(), next);
    QCOMPARE(p.samePeriodPreviousYear().isValid(), !yearBefore.isEmpty());
    QCOMPARE(p.samePeriodPreviousYear().code(), yearBefore);

    if (p.kind() == FiscalPeriod::Kind::Quarter) {
        if (p.nextQuarter().isValid())
            QVERIFY(p.nextQuarter().previousQuarter() == p);
        if (p.previousQuarter().isValid())
            QVERIFY(p.previousQuarter().nextQuarter() == p);
    }
}

void TestFiscalPeriod::otherKindsHaveNoQuarterNeighbours_data()
{
    QTest::addColumn<QString>("code");

    QTest::addRow("1H13") << QStringLiteral("1H13");
    QTest::addRow("2H13") << QStringLiteral("2H13");
    QTest::addRow("9M13") << QStringLiteral("9M13");
    QTest::addRow("FY13") << QStringLiteral("FY13");
}

void TestFiscalPeriod::otherKindsHaveNoQuarterNeighbours()
{
    QFETCH(QString, code);

    const FiscalPeriod p = FiscalPeriod::fromCode(code).value();
    QVERIFY(!p.previousQuarter().isValid());
    QVERIFY(!p.nextQuarter().isValid());
    // A year back keeps the kind: 1H13 -> 1H12, FY13 -> FY12.
    const FiscalPeriod yearBefore = p.samePeriodPreviousYear();
    QCOMPARE(yearBefore.kind(), p.kind());
    QCOMPARE(yearBefore.index(), p.index());
    QCOMPARE(yearBefore.fiscalYear(), p.fiscalYear() - 1);
}

void TestFiscalPeriod::labels_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("shortLabel");

    QTest::addRow("1Q13") << QStringLiteral("1Q13") << QStringLiteral("1Q FY2013")
                          << QStringLiteral("1Q13");
    QTest::addRow("4Q12") << QStringLiteral("4Q12") << QStringLiteral("4Q FY2012")
                          << QStringLiteral("4Q12");
    QTest::addRow("1H13") << QStringLiteral("1H13") << QStringLiteral("1H FY2013")
                          << QStringLiteral("1H13");
    QTest::addRow("2H13") << QStringLiteral("2H13") << QStringLiteral("2H FY2013")
                          << QStringLiteral("2H13");
    QTest::addRow("9M12") << QStringLiteral("9M12") << QStringLiteral("9M FY2012")
                          << QStringLiteral("9M12");
    QTest::addRow("FY12") << QStringLiteral("FY12") << QStringLiteral("FY2012")
                          << QStringLiteral("FY12");
    QTest::addRow("FY00") << QStringLiteral("FY00") << QStringLiteral("FY2000")
                          << QStringLiteral("FY00");
    QTest::addRow("1Q05") << QStringLiteral("1Q05") << QStringLiteral("1Q FY2005")
                          << QStringLiteral("1Q05");
}

void TestFiscalPeriod::labels()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QFETCH(QString, shortLabel);

    const FiscalPeriod p = FiscalPeriod::fromCode(code).value();
    QCOMPARE(p.label(), label);
    QCOMPARE(p.shortLabel(), shortLabel);
}

void TestFiscalPeriod::invalidPeriod()
{
    const FiscalPeriod invalid;
    QVERIFY(!invalid.isValid());
    QCOMPARE(invalid.fiscalYear(), 0);
    QVERIFY(!invalid.startDate().isValid());
    QVERIFY(!invalid.endDate().isValid());
    QVERIFY(invalid.code().isEmpty());
    QVERIFY(invalid.label().isEmpty());
    QVERIFY(invalid.shortLabel().isEmpty());
    QVERIFY(!invalid.previousQuarter().isValid());
    QVERIFY(!invalid.nextQuarter().isValid());
    QVERIFY(!invalid.samePeriodPreviousYear().isValid());
    QVERIFY(invalid == FiscalPeriod());
    // An invalid period sorts before every valid one.
    QVERIFY(invalid < period("FY00"));
}

void TestFiscalPeriod::hashing()
{
    QSet<FiscalPeriod> set;
    for (const char *code : {"1Q13", "1H13", "9M13", "FY13", "1Q12", "1Q13"})
        set.insert(period(code));
    QCOMPARE(set.size(), 5);
    QVERIFY(set.contains(FiscalPeriod::quarter(2013, 1)));
    QVERIFY(!set.contains(FiscalPeriod::quarter(2013, 2)));
    QCOMPARE(qHash(period("2H13")), qHash(FiscalPeriod::half(2013, 2)));
}

void TestFiscalPeriod::kindCode()
{
    QCOMPARE(FiscalPeriod::kindCode(FiscalPeriod::Kind::Quarter), QStringLiteral("quarter"));
    QCOMPARE(FiscalPeriod::kindCode(FiscalPeriod::Kind::Half), QStringLiteral("half"));
    QCOMPARE(FiscalPeriod::kindCode(FiscalPeriod::Kind::NineMonths), QStringLiteral("nine_months"));
    QCOMPARE(FiscalPeriod::kindCode(FiscalPeriod::Kind::Year), QStringLiteral("year"));
}

QTEST_GUILESS_MAIN(TestFiscalPeriod)
#include "TestFiscalPeriod.moc"
