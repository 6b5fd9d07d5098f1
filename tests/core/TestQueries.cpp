#include "BundledDataset.h"
#include "DatasetReader.h"
#include "Queries.h"
#include "Store.h"

#include <QTest>

#include <memory>

namespace {

FiscalPeriod period(const char *code)
{
    return *FiscalPeriod::fromCode(QString::fromLatin1(code));
}

double valueOf(const Table &table, const char *series, const char *category)
{
    const TableCell *cell = table.find(QString::fromLatin1(series), QString::fromLatin1(category));
    if (!cell || !cell->value)
        return qQNaN();
    return *cell->value;
}

}  // namespace

// The tables every view reads, checked against the figures of the deck.
class TestQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quartersOfTheDataset();
    void quarterWindow();
    void revenueMixSegments();
    void revenueMixMarksDerivedAndGaps();
    void revenueMixViews();
    void grossMarginRatios();
    void headcount();
    void cloudRevenue();
    void cloudRevenueFollowsTheQuarter();
    void fy12ActualVersusFy13Target();
    void kpisOfOneQuarter();
    void statedChangesAreChecked();
    void firstHalfActualVersusTarget();
    void progressTowardTheTargets();
    void targetRevisions();
    void quartersFromCumulativeReleases();

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
};

void TestQueries::initTestCase()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY2(BundledDataset::ensureLoaded(*m_store, &error), qPrintable(error));
    m_queries = std::make_unique<Queries>(*m_store);
}

void TestQueries::quartersOfTheDataset()
{
    const QList<FiscalPeriod> quarters = m_queries->quarters();
    QVERIFY(quarters.contains(period("1Q12")));
    QVERIFY(quarters.contains(period("2Q12")));
    QVERIFY(quarters.contains(period("4Q12")));
    QCOMPARE(quarters.first(), period("1Q11"));
    QCOMPARE(quarters.last(), period("1Q13"));
}

void TestQueries::quarterWindow()
{
    QList<FiscalPeriod> five = m_queries->quarterWindow(period("1Q13"), 5);
    QCOMPARE(five,
             (QList<FiscalPeriod> {period("1Q12"), period("2Q12"), period("3Q12"), period("4Q12"),
                                   period("1Q13")}));
    QCOMPARE(m_queries->quarterWindow(period("1Q13"), 8).first(), period("2Q11"));
    // All: from the first quarter in the database, gaps included.
    const QList<FiscalPeriod> all = m_queries->quarterWindow(period("1Q13"), 0);
    QCOMPARE(all.first(), period("1Q11"));
    QCOMPARE(all.size(), 9);
}

void TestQueries::revenueMixSegments()
{
    const Table table = m_queries->revenueMix(period("1Q13"), 5, Queries::RevenueMix::Segments);
    QCOMPARE(table.categoryKeys(),
             (QStringList {QStringLiteral("1Q12"), QStringLiteral("2Q12"), QStringLiteral("3Q12"),
                           QStringLiteral("4Q12"), QStringLiteral("1Q13")}));
    QCOMPARE(table.categoryLabels().last(), QStringLiteral("1Q13"));
    QCOMPARE(table.seriesCount(), 5);
    QCOMPARE(table.series(0).label, QStringLiteral("Network services"));
    // Total revenues ride along as a total, not a part of the stack.
    QCOMPARE(table.series(4).key, QStringLiteral("revenue_total"));
    QCOMPARE(table.series(4).role, TableSeries::Role::Total);
    QCOMPARE(valueOf(table, "revenue_total", "2Q12"), 26268.0);
    QCOMPARE(valueOf(table, "revenue_network_services", "1Q13"), 16785.0);
    QCOMPARE(valueOf(table, "revenue_systems_integration", "1Q13"), 8692.0);
    QCOMPARE(valueOf(table, "revenue_equipment_sales", "1Q13"), 319.0);
    QCOMPARE(valueOf(table, "revenue_atm", "1Q13"), 645.0);
    // The deck: 1Q13 segments sum to total revenues of 26,441.
    QCOMPARE(table.categorySum(table.categoryIndex(QStringLiteral("1Q13"))), 26441.0);
    // 1Q12 segments, derived from the deck's YoY statements, sum to the reported 24,841.
    QCOMPARE(table.categorySum(table.categoryIndex(QStringLiteral("1Q12"))), 24841.0);
}

void TestQueries::revenueMixMarksDerivedAndGaps()
{
    const Table table = m_queries->revenueMix(period("1Q13"), 5, Queries::RevenueMix::Segments);
    const TableCell *ns1q12
            = table.find(QStringLiteral("revenue_network_services"), QStringLiteral("1Q12"));
    QVERIFY(ns1q12);
    QCOMPARE(*ns1q12->value, 16091.0);
    QCOMPARE(ns1q12->basis, Basis::Derived);
    QVERIFY(ns1q12->source.startsWith(QStringLiteral("derived:")));
    const TableCell *reported
            = table.find(QStringLiteral("revenue_network_services"), QStringLiteral("1Q13"));
    QCOMPARE(reported->basis, Basis::Reported);
    QVERIFY(reported->source.contains(QStringLiteral("II-2")));
    // No source gives 2Q12 segments: a gap with a note, never zero.
    const TableCell *gap
            = table.find(QStringLiteral("revenue_systems_integration"), QStringLiteral("2Q12"));
    QVERIFY(gap);
    QVERIFY(!gap->hasValue());
    QVERIFY(!gap->note.isEmpty());
    QCOMPARE(gap->periodCode, QStringLiteral("2Q12"));
}

void TestQueries::revenueMixViews()
{
    const Table detailed = m_queries->revenueMix(period("1Q13"), 5, Queries::RevenueMix::Detailed);
    QCOMPARE(detailed.seriesCount(), 9);
    QCOMPARE(valueOf(detailed, "revenue_systems_construction", "1Q13"), 2964.0);
    QCOMPARE(valueOf(detailed, "revenue_systems_operation_maintenance", "1Q13"), 5728.0);
    QCOMPARE(valueOf(detailed, "revenue_systems_construction", "4Q12"), 6001.0);

    const Table recurring
            = m_queries->revenueMix(period("1Q13"), 5, Queries::RevenueMix::RecurringOneTime);
    QCOMPARE(recurring.seriesCount(), 4);
    QCOMPARE(valueOf(recurring, "revenue_recurring", "1Q13"), 22514.0);
    QCOMPARE(valueOf(recurring, "revenue_one_time", "1Q13"), 3283.0);
}

void TestQueries::grossMarginRatios()
{
    const Table table = m_queries->grossMarginRatios(period("1Q13"), 5);
    QCOMPARE(table.seriesCount(), 3);
    const TableCell *total
            = table.find(QStringLiteral("gross_margin_ratio_total"), QStringLiteral("1Q13"));
    QCOMPARE(*total->value, 19.0);
    QCOMPARE(total->basis, Basis::Reported);
    QCOMPARE(total->unit, Unit::Percent);
    QCOMPARE(valueOf(table, "gross_margin_ratio_total", "1Q12"), 19.4);
    QCOMPARE(valueOf(table, "gross_margin_ratio_network_services", "1Q13"), 21.1);
    QCOMPARE(valueOf(table, "gross_margin_ratio_systems_integration", "1Q13"), 15.4);
    // No stated 1Q12 network-services ratio: computed from its parts, 3,328 / 16,091.
    const TableCell *computed = table.find(QStringLiteral("gross_margin_ratio_network_services"),
                                           QStringLiteral("1Q12"));
    QCOMPARE(computed->basis, Basis::Derived);
    QVERIFY(qAbs(*computed->value - 100.0 * 3328 / 16091) < 1e-9);
    QVERIFY(computed->source.contains(QStringLiteral("3328")));
    // 4Q12 total: 6,329 derived gross margin over the derived 29,558 revenue.
    QVERIFY(qAbs(valueOf(table, "gross_margin_ratio_total", "4Q12") - 100.0 * 6329 / 29558) < 1e-9);

    const Table amounts = m_queries->grossMarginAmounts(period("1Q13"), 5);
    QCOMPARE(valueOf(amounts, "gross_margin_network_services", "1Q13"), 3544.0);
    QCOMPARE(valueOf(amounts, "gross_margin_systems_integration", "1Q13"), 1343.0);
    QCOMPARE(valueOf(amounts, "gross_margin_atm", "1Q13"), 110.0);
    QCOMPARE(valueOf(amounts, "gross_margin_equipment_sales", "1Q13"), 33.0);
    QCOMPARE(amounts.categorySum(amounts.categoryIndex(QStringLiteral("1Q13"))), 5030.0);
}

void TestQueries::headcount()
{
    const Table table = m_queries->headcount(period("1Q13"), 5);
    const QList<double> costs = {3741, 3858, 3902, 3979, 4212};
    const QList<double> ratios = {15.1, 14.7, 15.3, 13.5, 15.9};
    const QStringList quarters = table.categoryKeys();
    QCOMPARE(quarters.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(valueOf(table, "personnel_costs", qPrintable(quarters[i])), costs[i]);
        QCOMPARE(valueOf(table, "personnel_costs_ratio", qPrintable(quarters[i])), ratios[i]);
    }
    QCOMPARE(valueOf(table, "outsourcing_personnel", "1Q13"), 683.0);
    QCOMPARE(valueOf(table, "new_graduates", "1Q13"), 136.0);
    QCOMPARE(valueOf(table, "new_graduates", "1Q12"), 75.0);
    QCOMPARE(table.find(QStringLiteral("outsourcing_personnel"), QStringLiteral("1Q12"))->basis,
             Basis::Derived);
    // The deck's employee chart lost its numbers: the series is there, empty, with a note.
    const TableCell *employees = table.find(QStringLiteral("employees"), QStringLiteral("1Q13"));
    QVERIFY(employees && !employees->hasValue() && !employees->note.isEmpty());
}

void TestQueries::cloudRevenue()
{
    const Table table = m_queries->cloudRevenue(period("1Q13"), 3);
    QCOMPARE(table.categoryKeys(),
             (QStringList {QStringLiteral("1Q"), QStringLiteral("4Q"), QStringLiteral("FY")}));
    QCOMPARE(table.seriesCount(), 3);
    QCOMPARE(table.series(0).key, QStringLiteral("FY11"));
    QCOMPARE(valueOf(table, "FY11", "1Q"), 0.5);
    QCOMPARE(valueOf(table, "FY11", "4Q"), 1.1);
    QCOMPARE(valueOf(table, "FY11", "FY"), 3.1);
    QCOMPARE(valueOf(table, "FY12", "1Q"), 1.2);
    QCOMPARE(valueOf(table, "FY12", "4Q"), 2.0);
    QCOMPARE(valueOf(table, "FY12", "FY"), 6.2);
    QCOMPARE(valueOf(table, "FY13", "1Q"), 2.3);
    const TableCell *target = table.find(QStringLiteral("FY13"), QStringLiteral("FY"));
    QCOMPARE(*target->value, 10.0);
    QCOMPARE(target->basis, Basis::Target);
    QCOMPARE(target->unit, Unit::JpyBillion);
    QVERIFY(!table.find(QStringLiteral("FY13"), QStringLiteral("4Q"))->hasValue());
}

void TestQueries::cloudRevenueFollowsTheQuarter()
{
    // From 4Q12, FY2013 is in the future: FY2011 and FY2012 only.
    Table table = m_queries->cloudRevenue(period("4Q12"), 3);
    QCOMPARE(table.seriesCount(), 2);
    QCOMPARE(table.series(1).key, QStringLiteral("FY12"));
    // The last two years with figures, and every year with 0.
    table = m_queries->cloudRevenue(period("1Q13"), 2);
    QCOMPARE(table.seriesCount(), 2);
    QCOMPARE(table.series(0).key, QStringLiteral("FY12"));
    QCOMPARE(m_queries->cloudRevenue(period("1Q13"), 0).seriesCount(), 3);
    // Before the first year with figures: no series, and no error.
    QCOMPARE(m_queries->cloudRevenue(period("1Q10"), 3).seriesCount(), 0);
}

void TestQueries::fy12ActualVersusFy13Target()
{
    const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"));
    QCOMPARE(table.categoryKeys(), Queries::targetMetrics());
    QCOMPARE(valueOf(table, "actual", "revenue_total"), 106248.0);
    QCOMPARE(valueOf(table, "target", "revenue_total"), 117000.0);
    QCOMPARE(valueOf(table, "change", "revenue_total"), 10752.0);
    QCOMPARE(QString::number(valueOf(table, "change_pct", "revenue_total"), 'f', 1),
             QStringLiteral("10.1"));
    QCOMPARE(QString::number(valueOf(table, "change_pct", "operating_income"), 'f', 1),
             QStringLiteral("21.2"));
    QCOMPARE(QString::number(valueOf(table, "change_pct", "net_income_attributable"), 'f', 1),
             QStringLiteral("13.2"));
    // Income before tax: FY12 derived 7,758 (million) beats the stated 7.8 billion; FY13 target 9.0
    // billion.
    QCOMPARE(valueOf(table, "actual", "income_before_tax"), 7758.0);
    QCOMPARE(valueOf(table, "target", "income_before_tax"), 9000.0);
    QCOMPARE(QString::number(valueOf(table, "change_pct", "income_before_tax"), 'f', 1),
             QStringLiteral("16.0"));
    // EPS: the latest vintage of the target, 135.42, not the 148.01 of May.
    QCOMPARE(valueOf(table, "actual", "eps"), 130.76);
    QCOMPARE(valueOf(table, "target", "eps"), 135.42);
    QCOMPARE(table.find(QStringLiteral("target"), QStringLiteral("eps"))->unit, Unit::Jpy);
    QCOMPARE(QString::number(valueOf(table, "change_pct", "eps"), 'f', 1), QStringLiteral("3.6"));
    QCOMPARE(valueOf(table, "actual", "dividend_per_share"), 18.75);
    QCOMPARE(valueOf(table, "target", "dividend_per_share"), 22.0);
    QCOMPARE(QString::number(valueOf(table, "change_pct", "dividend_per_share"), 'f', 1),
             QStringLiteral("17.3"));
    QCOMPARE(table.find(QStringLiteral("target"), QStringLiteral("revenue_total"))->basis,
             Basis::Target);
    QCOMPARE(table.find(QStringLiteral("change"), QStringLiteral("revenue_total"))->basis,
             Basis::Derived);
}

void TestQueries::kpisOfOneQuarter()
{
    const Table table = m_queries->kpis(period("1Q13"));
    QCOMPARE(table.categoryKeys(), Queries::kpiMetrics());
    QCOMPARE(valueOf(table, "value", "revenue_total"), 26441.0);
    QCOMPARE(valueOf(table, "year_ago", "revenue_total"), 24841.0);
    QCOMPARE(valueOf(table, "yoy_change", "revenue_total"), 1600.0);
    QCOMPARE(QString::number(valueOf(table, "yoy_pct", "revenue_total"), 'f', 1),
             QStringLiteral("6.4"));
    // 4Q12 revenue = FY12 106,248 - 9M12 76,690 = 29,558 (derived).
    QCOMPARE(valueOf(table, "quarter_ago", "revenue_total"), 29558.0);
    QCOMPARE(table.find(QStringLiteral("quarter_ago"), QStringLiteral("revenue_total"))->basis,
             Basis::Derived);
    QCOMPARE(QString::number(valueOf(table, "qoq_pct", "revenue_total"), 'f', 1),
             QStringLiteral("-10.5"));
    QCOMPARE(valueOf(table, "value", "gross_margin_total"), 5030.0);
    QCOMPARE(QString::number(valueOf(table, "yoy_pct", "gross_margin_total"), 'f', 1),
             QStringLiteral("4.4"));
    QCOMPARE(valueOf(table, "value", "operating_income"), 1305.0);
    QCOMPARE(valueOf(table, "yoy_change", "operating_income"), -69.0);
    QCOMPARE(QString::number(valueOf(table, "yoy_pct", "operating_income"), 'f', 1),
             QStringLiteral("-5.0"));
    QCOMPARE(valueOf(table, "value", "income_before_tax"), 1431.0);
    QCOMPARE(valueOf(table, "value", "net_income_attributable"), 954.0);
    QCOMPARE(QString::number(valueOf(table, "yoy_pct", "net_income_attributable"), 'f', 1),
             QStringLiteral("6.4"));
    // The ratio's change is in points (19.0 - 19.4), and no % change of a ratio is shown.
    QCOMPARE(QString::number(valueOf(table, "yoy_change", "gross_margin_ratio_total"), 'f', 1),
             QStringLiteral("-0.4"));
    QVERIFY(!table.find(QStringLiteral("yoy_pct"), QStringLiteral("gross_margin_ratio_total"))
                     ->hasValue());

    // 1Q11 has no year-ago quarter in the data, but the release states the changes.
    const Table early = m_queries->kpis(period("1Q11"));
    QCOMPARE(valueOf(early, "yoy_pct", "revenue_total"), 47.7);
    QCOMPARE(valueOf(early, "yoy_pct", "operating_income"), 244.2);
    QCOMPARE(valueOf(early, "yoy_pct", "net_income_attributable"), 107.4);
    QCOMPARE(early.find(QStringLiteral("yoy_pct"), QStringLiteral("revenue_total"))->basis,
             Basis::Reported);
    // Gross margin: neither stated nor computable, a gap with a note.
    const TableCell *missing
            = early.find(QStringLiteral("yoy_pct"), QStringLiteral("gross_margin_total"));
    QVERIFY(missing && !missing->hasValue() && !missing->note.isEmpty());
}

void TestQueries::statedChangesAreChecked()
{
    const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"));
    // The deck's own YoY figures (III-2) sit beside the computed ones, each checked.
    const TableCell *revenue
            = table.find(QStringLiteral("stated_change_pct"), QStringLiteral("revenue_total"));
    QVERIFY(revenue);
    QCOMPARE(*revenue->value, 10.1);
    QCOMPARE(revenue->note, QStringLiteral("agrees with the stored figures"));
    QCOMPARE(valueOf(table, "stated_change_pct", "income_before_tax"), 16.0);
    QCOMPARE(valueOf(table, "stated_change_pct", "eps"), 3.6);
    QCOMPARE(valueOf(table, "stated_change_pct", "dividend_per_share"), 17.3);
    for (const QString &metric : Queries::targetMetrics()) {
        const TableCell *cell = table.find(QStringLiteral("stated_change_pct"), metric);
        QVERIFY2(!cell->note.contains(QStringLiteral("beyond rounding")),
                 qPrintable(metric + cell->note));
    }
}

void TestQueries::firstHalfActualVersusTarget()
{
    const Table table = m_queries->actualVersusTarget(period("1H12"), period("1H13"));
    QCOMPARE(valueOf(table, "actual", "revenue_total"), 51109.0);
    QCOMPARE(valueOf(table, "target", "revenue_total"), 54500.0);  // stated as JPY 54.5 billion
    QCOMPARE(QString::number(valueOf(table, "change_pct", "revenue_total"), 'f', 1),
             QStringLiteral("6.6"));
    QCOMPARE(valueOf(table, "stated_change_pct", "revenue_total"), 6.6);
    QCOMPARE(valueOf(table, "target", "operating_income"), 3400.0);
    // 1H12 net income 2,007 against a 2,000 target: the deck's (0.3%).
    QCOMPARE(QString::number(valueOf(table, "change_pct", "net_income_attributable"), 'f', 1),
             QStringLiteral("-0.3"));
    QVERIFY(!table.find(QStringLiteral("target"), QStringLiteral("eps"))->hasValue());
}

void TestQueries::progressTowardTheTargets()
{
    const Table table = m_queries->progress(period("1Q13"));
    QCOMPARE(table.categoryKeys(), Queries::progressMetrics());
    QCOMPARE(valueOf(table, "cumulative", "revenue_total"), 26441.0);
    QCOMPARE(valueOf(table, "year_target", "revenue_total"), 117000.0);
    // The example: 26,441 / 117,000 = 22.6%.
    QCOMPARE(QString::number(valueOf(table, "year_progress", "revenue_total"), 'f', 1),
             QStringLiteral("22.6"));
    // 26,441 / 54,500 = 48.5% of the first-half target.
    QCOMPARE(QString::number(valueOf(table, "half_progress", "revenue_total"), 'f', 1),
             QStringLiteral("48.5"));
    // Last year at the same point: 1Q12 24,841 of FY12 106,248 = 23.4%, of 1H12 51,109 = 48.6%.
    QCOMPARE(QString::number(valueOf(table, "last_year_year_progress", "revenue_total"), 'f', 1),
             QStringLiteral("23.4"));
    QCOMPARE(QString::number(valueOf(table, "last_year_half_progress", "revenue_total"), 'f', 1),
             QStringLiteral("48.6"));
    // Operating income: 1,305 / 9,400 = 13.9% against 1,374 / 7,753 = 17.7% a year ago.
    QCOMPARE(QString::number(valueOf(table, "year_progress", "operating_income"), 'f', 1),
             QStringLiteral("13.9"));
    QCOMPARE(QString::number(valueOf(table, "last_year_year_progress", "operating_income"), 'f', 1),
             QStringLiteral("17.7"));
    QCOMPARE(table.find(QStringLiteral("year_progress"), QStringLiteral("revenue_total"))->basis,
             Basis::Derived);

    // At 4Q12 the cumulative actual is the full year and the first half is over.
    const Table late = m_queries->progress(period("4Q12"));
    QCOMPARE(valueOf(late, "cumulative", "revenue_total"), 106248.0);
    QVERIFY(!late.find(QStringLiteral("half_progress"), QStringLiteral("revenue_total"))
                     ->hasValue());
    // No FY12 target in the dataset: a gap, not a number.
    QVERIFY(!late.find(QStringLiteral("year_progress"), QStringLiteral("revenue_total"))
                     ->hasValue());
    // At 2Q12 the cumulative actual is the reported 1H12 figure.
    QCOMPARE(valueOf(m_queries->progress(period("2Q12")), "cumulative", "revenue_total"), 51109.0);
}

void TestQueries::targetRevisions()
{
    const Table table = m_queries->targetRevisions(period("FY13"));
    // EPS: 148.01 announced 2013-05-15, revised to 135.42 on 2013-08-06.
    const int first = table.categoryIndex(QStringLiteral("eps@2013-05-15"));
    const int second = table.categoryIndex(QStringLiteral("eps@2013-08-06"));
    QVERIFY(first >= 0 && second == first + 1);
    QCOMPARE(valueOf(table, "value", "eps@2013-05-15"), 148.01);
    QCOMPARE(valueOf(table, "value", "eps@2013-08-06"), 135.42);
    QCOMPARE(QString::number(valueOf(table, "revision", "eps@2013-08-06"), 'f', 2),
             QStringLiteral("-12.59"));
    QVERIFY(!table.find(QStringLiteral("revision"), QStringLiteral("eps@2013-05-15"))->hasValue());
    QCOMPARE(valueOf(table, "value", "revenue_total@2013-05-15"), 117000.0);
    QCOMPARE(table.categoryLabels()[second], QStringLiteral("EPS, 2013-08-06"));
}

void TestQueries::quartersFromCumulativeReleases()
{
    // The later releases give 1H13, 9M13 and FY13 only: the quarters follow by difference.
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY(BundledDataset::ensureLoaded(store, &error));
    const auto later = DatasetReader::readFile(
            QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
            Fact::Origin::User);
    QVERIFY(later.ok());
    QVERIFY(store.importFacts(later.facts).ok);
    Queries queries(store);
    const QList<FiscalPeriod> quarters = queries.quarters();
    for (const char *code : {"2Q13", "3Q13", "4Q13", "1Q14"})
        QVERIFY2(quarters.contains(period(code)), code);
    const Table table = queries.revenueMix(period("1Q14"), 5, Queries::RevenueMix::Segments);
    // 2Q13 = 1H13 54,397 - 1Q13 26,441; 3Q13 = 9M13 82,746 - 1H13 54,397; 4Q13 = FY13 114,272 -
    // 9M13 82,746.
    QCOMPARE(valueOf(table, "revenue_total", "2Q13"), 27956.0);
    QCOMPARE(valueOf(table, "revenue_total", "3Q13"), 28349.0);
    QCOMPARE(valueOf(table, "revenue_total", "4Q13"), 31526.0);
    const TableCell *derived = table.find(QStringLiteral("revenue_total"), QStringLiteral("4Q13"));
    QCOMPARE(derived->basis, Basis::Derived);
    QVERIFY(derived->source.startsWith(
            QStringLiteral("derived: FY13 revenue_total 114272 minus 9M13")));
    // 1Q14's QoQ change now has its base.
    const Table kpis = queries.kpis(period("1Q14"));
    QCOMPARE(valueOf(kpis, "quarter_ago", "revenue_total"), 31526.0);
    QCOMPARE(valueOf(kpis, "quarter_ago", "operating_income"), 5723.0 - 4211.0);
    // A stock figure (a count) is never differenced.
    QVERIFY(!queries.headcount(period("1Q14"), 5)
                     .find(QStringLiteral("outsourcing_personnel"), QStringLiteral("2Q13"))
                     ->hasValue());
}

QTEST_GUILESS_MAIN(TestQueries)
#include "TestQueries.moc"
