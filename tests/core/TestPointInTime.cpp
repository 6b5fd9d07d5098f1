#include "AsOf.h"
#include "BundledDataset.h"
#include "DatasetReader.h"
#include "Queries.h"
#include "Store.h"
#include "TestStores.h"

#include <QTemporaryFile>
#include <QTest>

#include <memory>

namespace {

FiscalPeriod period(const char *code)
{
    return *FiscalPeriod::fromCode(QString::fromLatin1(code));
}

QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const TableCell &cellOf(const Table &table, const char *series, const char *category)
{
    static const TableCell none;
    const TableCell *cell = table.find(QString::fromLatin1(series), QString::fromLatin1(category));
    return cell ? *cell : none;
}

double valueOf(const Table &table, const char *series, const char *category)
{
    const TableCell &cell = cellOf(table, series, category);
    return cell.value ? *cell.value : qQNaN();
}

QString rounded(double value)
{
    return QString::number(value, 'f', 1);
}

}  // namespace

// Every view as it stood on a date: the bundled dataset plus IIJ's later releases, with
// the February 2014 revision of the FY2013 targets, browsed at each quarter's
// announcement, at a fixed date and at the latest figures.
class TestPointInTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void asOfCodes();
    void announcementDates();
    void targetsAtTheDecksAnnouncement();
    void targetsAfterTheRevision();
    void latestShowsTheRevisionAndSaysSo();
    void progressUsesTheTargetsInForce();
    void kpisPreferStatedChanges();
    void laterFiguresLeaveSayingGaps();
    void aFixedDate();
    void statedChangeContradictedIsFlagged();
    void unexplainedMismatchFlagsItsCells();

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
};

void TestPointInTime::initTestCase()
{
    m_store = storeWithLaterQuarters();
    QVERIFY(m_store);
    m_queries = std::make_unique<Queries>(*m_store);
}

void TestPointInTime::asOfCodes()
{
    QCOMPARE(AsOf::fromCode(QStringLiteral("announcement")), AsOf::announcement());
    QCOMPARE(AsOf::fromCode(QStringLiteral("latest")), AsOf::latest());
    QCOMPARE(AsOf::fromCode(QStringLiteral("2013-12-31")), AsOf::date(date("2013-12-31")));
    QCOMPARE(AsOf::fromCode(QStringLiteral("2013-12-31"))->code(), QStringLiteral("2013-12-31"));
    for (const char *bad : {"", "Latest", "2013-02-30", "2013-1-5", "13-12-31", "２０１３-12-31",
                            "2013/12/31", "2013-12-31x"})
        QVERIFY2(!AsOf::fromCode(QString::fromUtf8(bad)), bad);
}

void TestPointInTime::announcementDates()
{
    QCOMPARE(m_queries->announcement(period("1Q13")), date("2013-08-06"));
    // A quarter the releases give cumulatively: the day its cumulative figure came out.
    QCOMPARE(m_queries->announcement(period("2Q12")), date("2012-11-08"));
    QCOMPARE(m_queries->announcement(period("4Q12")), date("2013-05-15"));
    QCOMPARE(m_queries->announcement(period("3Q13")), date("2014-02-07"));
    // 2Q13: the 1H13 release, though the deck of 2013-08-06 told of events in July.
    QCOMPARE(m_queries->announcement(period("2Q13")), date("2013-11-08"));
    QCOMPARE(m_queries->announcement(period("1Q14")), date("2014-08-08"));
    QVERIFY(m_queries->announcementDates().contains(date("2014-02-07")));
    QCOMPARE(m_queries->resolve(AsOf::latest(), period("1Q13")), QDate());
}

void TestPointInTime::targetsAtTheDecksAnnouncement()
{
    m_queries->setAsOf(AsOf::announcement(), period("1Q13"));
    QCOMPARE(m_queries->cutoff(), date("2013-08-06"));
    const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"),
                                                      Queries::TargetColumns::WithOriginal);
    QCOMPARE(table.asOf(), date("2013-08-06"));
    QCOMPARE(table.asOfDescription(),
             QStringLiteral("As of 2013-08-06, the announcement of 1Q FY2013"));
    QCOMPARE(valueOf(table, "target", "revenue_total"), 117000.0);
    QCOMPARE(valueOf(table, "target", "operating_income"), 9400.0);
    QCOMPARE(valueOf(table, "target", "income_before_tax"), 9000.0);
    QCOMPARE(valueOf(table, "target", "net_income_attributable"), 6000.0);
    QCOMPARE(cellOf(table, "target", "revenue_total").asOf, date("2013-05-15"));
    QCOMPARE(valueOf(table, "target", "eps"), 135.42);
    QCOMPARE(cellOf(table, "target", "eps").asOf, date("2013-08-06"));
    QCOMPARE(valueOf(table, "original_target", "eps"), 148.01);
    QCOMPARE(cellOf(table, "original_target", "eps").asOf, date("2013-05-15"));
    QVERIFY(!cellOf(table, "original_target", "revenue_total").hasValue());  // not revised yet
    // The company's own changes, from the same vintage, and none flagged.
    QCOMPARE(valueOf(table, "stated_change_pct", "revenue_total"), 10.1);
    QCOMPARE(valueOf(table, "stated_change_pct", "operating_income"), 21.2);
    QCOMPARE(valueOf(table, "stated_change_pct", "net_income_attributable"), 13.2);
    QCOMPARE(valueOf(table, "stated_change_pct", "eps"), 3.6);
    for (const QString &metric : Queries::targetMetrics()) {
        const TableCell *cell = table.find(QStringLiteral("stated_change_pct"), metric);
        QVERIFY2(!cell->flagged, qPrintable(metric + QLatin1Char(' ') + cell->note));
    }
    QCOMPARE(rounded(valueOf(table, "change_pct", "operating_income")), QStringLiteral("21.2"));
    // No vintage of 2014 takes part, in the revisions either.
    const Table revisions = m_queries->targetRevisions(period("FY13"));
    QCOMPARE(revisions.categoryIndex(QStringLiteral("revenue_total@2014-02-07")), -1);
    QVERIFY(revisions.categoryIndex(QStringLiteral("eps@2013-08-06")) >= 0);
    // The chart's table (and so its export) holds the targets in force only.
    const Table chart = m_queries->actualVersusTarget(period("FY12"), period("FY13"));
    QCOMPARE(chart.seriesIndex(QStringLiteral("original_target")), -1);
}

void TestPointInTime::targetsAfterTheRevision()
{
    m_queries->setAsOf(AsOf::announcement(), period("3Q13"));
    QCOMPARE(m_queries->cutoff(), date("2014-02-07"));
    const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"),
                                                      Queries::TargetColumns::WithOriginal);
    QCOMPARE(valueOf(table, "target", "revenue_total"), 114000.0);
    QCOMPARE(valueOf(table, "target", "operating_income"), 6000.0);
    QCOMPARE(valueOf(table, "target", "net_income_attributable"), 4700.0);
    QCOMPARE(cellOf(table, "target", "operating_income").asOf, date("2014-02-07"));
    QCOMPARE(valueOf(table, "original_target", "revenue_total"), 117000.0);
    QCOMPARE(valueOf(table, "original_target", "operating_income"), 9400.0);
    QCOMPARE(valueOf(table, "original_target", "net_income_attributable"), 6000.0);
    QCOMPARE(cellOf(table, "original_target", "operating_income").asOf, date("2013-05-15"));
    // The change May's release stated speaks of May's target: not of the revised one.
    const TableCell &stated = cellOf(table, "stated_change_pct", "operating_income");
    QVERIFY(!stated.hasValue());
    QVERIFY2(stated.note.contains(QStringLiteral("2014-02-07")), qPrintable(stated.note));
    QCOMPARE(rounded(valueOf(table, "change_pct", "operating_income")), QStringLiteral("-22.6"));
    // Unrevised targets keep their own stated change.
    QCOMPARE(valueOf(table, "stated_change_pct", "income_before_tax"), 16.0);
    // The revision history: 9,400 then 6,000.
    const Table history
            = m_queries->targetHistory(period("FY13"), QStringLiteral("operating_income"));
    QCOMPARE(history.categoryKeys(),
             (QStringList {QStringLiteral("2013-05-15"), QStringLiteral("2014-02-07")}));
    QCOMPARE(*history.series(0).cells[0].value, 9400.0);
    QCOMPARE(*history.series(0).cells[1].value, 6000.0);
}

void TestPointInTime::latestShowsTheRevisionAndSaysSo()
{
    m_queries->setAsOf(AsOf::latest(), period("1Q13"));
    QVERIFY(!m_queries->cutoff().isValid());
    const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"));
    QCOMPARE(valueOf(table, "target", "revenue_total"), 114000.0);
    QCOMPARE(table.asOfDescription(), QStringLiteral("Latest figures, every revision included"));
    QVERIFY(!table.asOf().isValid());
}

void TestPointInTime::progressUsesTheTargetsInForce()
{
    m_queries->setAsOf(AsOf::announcement(), period("1Q13"));
    const Table table = m_queries->progress(period("1Q13"));
    QCOMPARE(valueOf(table, "year_target", "revenue_total"), 117000.0);
    QCOMPARE(valueOf(table, "year_target", "operating_income"), 9400.0);
    QCOMPARE(rounded(valueOf(table, "year_progress", "revenue_total")), QStringLiteral("22.6"));
    QCOMPARE(rounded(valueOf(table, "year_progress", "operating_income")), QStringLiteral("13.9"));
    // At the latest figures the revised target is the measure: 1,305 / 6,000.
    m_queries->setAsOf(AsOf::latest(), period("1Q13"));
    QCOMPARE(rounded(valueOf(m_queries->progress(period("1Q13")), "year_progress",
                             "operating_income")),
             QStringLiteral("21.8"));
}

void TestPointInTime::kpisPreferStatedChanges()
{
    m_queries->setAsOf(AsOf::announcement(), period("1Q13"));
    Table kpis = m_queries->kpis(period("1Q13"));
    // Income before income tax: the company's +4.2%, not the +4.1% its figures give.
    const TableCell &ibt = cellOf(kpis, "yoy_pct", "income_before_tax");
    QCOMPARE(*ibt.value, 4.2);
    QCOMPARE(ibt.basis, Basis::Reported);
    QVERIFY2(ibt.note.contains(QStringLiteral("4.1")), qPrintable(ibt.note));
    QCOMPARE(valueOf(kpis, "yoy_change", "operating_income"), -69.0);
    QCOMPARE(cellOf(kpis, "yoy_change", "operating_income").basis, Basis::Reported);
    // QoQ: nothing stated, so computed and marked derived.
    QCOMPARE(cellOf(kpis, "qoq_pct", "revenue_total").basis, Basis::Derived);
    QVERIFY(cellOf(kpis, "qoq_pct", "revenue_total").source.startsWith(QStringLiteral("derived:")));

    m_queries->setAsOf(AsOf::announcement(), period("1Q12"));
    kpis = m_queries->kpis(period("1Q12"));
    QCOMPARE(valueOf(kpis, "yoy_pct", "net_income_attributable"), 75.0);
    QCOMPARE(valueOf(kpis, "yoy_pct", "revenue_total"), 6.3);

    m_queries->setAsOf(AsOf::announcement(), period("1Q11"));
    kpis = m_queries->kpis(period("1Q11"));
    QCOMPARE(valueOf(kpis, "yoy_pct", "revenue_total"), 47.7);
    QCOMPARE(valueOf(kpis, "yoy_pct", "operating_income"), 244.2);
    QCOMPARE(valueOf(kpis, "yoy_pct", "net_income_attributable"), 107.4);
}

void TestPointInTime::laterFiguresLeaveSayingGaps()
{
    // 1Q12 as announced on 2012-08-07: its segments come from the deck of 2013-08-06.
    m_queries->setAsOf(AsOf::announcement(), period("1Q12"));
    const Table mix = m_queries->revenueMix(period("1Q12"), 5, Queries::RevenueMix::Segments);
    QCOMPARE(valueOf(mix, "revenue_total", "1Q12"), 24841.0);
    const TableCell &segment = cellOf(mix, "revenue_network_services", "1Q12");
    QVERIFY(!segment.hasValue());
    QCOMPARE(segment.announcedLater, date("2013-08-06"));
    QVERIFY2(segment.note.contains(QStringLiteral("2013-08-06")), qPrintable(segment.note));
    // The quarter list does not depend on the date: every quarter can be browsed.
    QCOMPARE(m_queries->quarters().last(), period("1Q14"));
    // The facts a view lists stop at its date.
    for (const Fact &fact : m_queries->facts().all())
        QVERIFY(!fact.asOf.isValid() || fact.asOf <= date("2012-08-07"));
    m_queries->setAsOf(AsOf::latest(), period("1Q12"));
    QCOMPARE(valueOf(m_queries->revenueMix(period("1Q12"), 5, Queries::RevenueMix::Segments),
                     "revenue_network_services", "1Q12"),
             16091.0);
}

void TestPointInTime::aFixedDate()
{
    // Between the deck and the revision: the May targets, the 1H13 figures (2013-11-08) in.
    m_queries->setAsOf(AsOf::date(date("2013-12-31")), period("1Q13"));
    const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"));
    QCOMPARE(valueOf(table, "target", "revenue_total"), 117000.0);
    QCOMPARE(table.asOfDescription(), QStringLiteral("As of 2013-12-31"));
    const Table mix = m_queries->revenueMix(period("2Q13"), 5, Queries::RevenueMix::Segments);
    QCOMPARE(valueOf(mix, "revenue_total", "2Q13"), 54397.0 - 26441.0);
    QVERIFY(!cellOf(mix, "revenue_total", "2Q13").announcedLater.isValid());
}

void TestPointInTime::statedChangeContradictedIsFlagged()
{
    // A stated change that its own figures contradict: 100 to 120 is +20%, not +30%.
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("period,metric,value,unit,basis,source,as_of\n"
               "FY12,revenue_total,100,JPY_million,reported,test release,2013-05-15\n"
               "FY13,revenue_total,120,JPY_million,target,test release,2013-05-15\n"
               "FY13,revenue_total_yoy_pct,30.0,percent,target,test release,2013-05-15\n"
               "1Q13,revenue_total,30,JPY_million,reported,test release,2013-08-06\n"
               // From a loss: no % change.
               "FY12,operating_income,-50,JPY_million,reported,test release,2013-05-15\n"
               "FY13,operating_income,20,JPY_million,target,test release,2013-05-15\n"
               // An undated statement beside a revised target speaks of neither vintage.
               "FY12,net_income_attributable,10,JPY_million,reported,test release,2013-05-15\n"
               "FY13,net_income_attributable,12,JPY_million,target,test release,2013-05-15\n"
               "FY13,net_income_attributable,11,JPY_million,target,test release,2013-08-06\n"
               "FY13,net_income_attributable_yoy_pct,20.0,percent,target,test release,\n");
    file.close();
    const auto read = DatasetReader::readFile(file.fileName(), Fact::Origin::User);
    QVERIFY2(read.ok(), read.errors.isEmpty() ? "" : qPrintable(read.errors.first().toString()));
    QVERIFY(store.importFacts(read.facts).ok);
    Queries queries(store);
    queries.setAsOf(AsOf::announcement(), period("1Q13"));
    const Table table = queries.actualVersusTarget(period("FY12"), period("FY13"));
    const TableCell &stated = cellOf(table, "stated_change_pct", "revenue_total");
    QCOMPARE(*stated.value, 30.0);
    QVERIFY(stated.flagged);
    QVERIFY2(stated.note.contains(QStringLiteral("30.0"))
                     && stated.note.contains(QStringLiteral("20.00")),
             qPrintable(stated.note));
    const TableCell &fromLoss = cellOf(table, "change_pct", "operating_income");
    QVERIFY(!fromLoss.hasValue());
    QVERIFY2(fromLoss.note.contains(QStringLiteral("loss")), qPrintable(fromLoss.note));
    QCOMPARE(valueOf(table, "change", "operating_income"), 70.0);
    QCOMPARE(valueOf(table, "target", "net_income_attributable"), 11.0);
    QVERIFY(!cellOf(table, "stated_change_pct", "net_income_attributable").hasValue());
}

void TestPointInTime::unexplainedMismatchFlagsItsCells()
{
    const auto store = storeWithUnexplainedMismatch();
    QVERIFY(store);
    Queries queries(*store);
    // At 1Q13's announcement the restatement has not come: rounding only, nothing flagged.
    queries.setAsOf(AsOf::announcement(), period("1Q13"));
    QCOMPARE(queries.consistency().unexplainedCount(), 0);
    Table mix = queries.revenueMix(period("1Q13"), 5, Queries::RevenueMix::Segments);
    QVERIFY(!cellOf(mix, "revenue_total", "1Q13").flagged);
    QCOMPARE(valueOf(mix, "revenue_atm", "1Q13"), 645.0);

    // At the latest figures: the check the command line prints for that date...
    queries.setAsOf(AsOf::latest(), period("1Q13"));
    const ConsistencyCheck::Report expected = ConsistencyCheck::run(FactIndex(store->facts()));
    QCOMPARE(queries.consistency().toText(), expected.toText());
    QVERIFY(expected.unexplainedCount() >= 3);
    // ...and the figures it contradicts are flagged where a table shows them, each mismatch
    // named: the total (twice: the segments and recurring + one-time + ATM), the restated
    // ATM revenue against its cost and margin.
    mix = queries.revenueMix(period("1Q13"), 5, Queries::RevenueMix::Segments);
    const TableCell &total = cellOf(mix, "revenue_total", "1Q13");
    QVERIFY(total.flagged);
    QCOMPARE(total.mismatches.size(), 2);
    QVERIFY2(total.mismatches.first().startsWith(
                     QStringLiteral("Total revenues vs the sum of Network services")),
             qPrintable(total.mismatches.first()));
    QVERIFY(total.mismatches.first().endsWith(QStringLiteral("not explained by rounding")));
    const TableCell &atm = cellOf(mix, "revenue_atm", "1Q13");
    QCOMPARE(*atm.value, 545.0);
    QVERIFY(atm.flagged);
    QVERIFY(!cellOf(mix, "revenue_network_services", "1Q13").flagged);
    QVERIFY(!cellOf(mix, "revenue_total", "4Q12").flagged);
    // The same figure in the KPI panel's table.
    QVERIFY(cellOf(queries.kpis(period("1Q13")), "value", "revenue_total").flagged);
    // Every flagged figure is a finding of the report, and the other way round.
    for (const ConsistencyFinding &finding : queries.consistency().mismatches) {
        if (finding.explainedByRounding || finding.periodCode != QLatin1String("1Q13"))
            continue;
        const TableCell *cell = mix.find(finding.metric, finding.periodCode);
        if (cell)
            QVERIFY2(cell->flagged, qPrintable(finding.metric));
    }
}

QTEST_GUILESS_MAIN(TestPointInTime)
#include "TestPointInTime.moc"
