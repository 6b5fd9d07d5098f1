#include "BundledDataset.h"
#include "ConsistencyCheck.h"
#include "DatasetReader.h"
#include "TestStores.h"

#include <QTest>

namespace {

FactIndex indexOf(const QByteArray &csvRows)
{
    const QByteArray csv = "period,metric,value,unit,basis,source,as_of\n" + csvRows;
    const auto result = DatasetReader::read(csv, QStringLiteral("check.csv"), Fact::Origin::User);
    if (!result.ok())
        qWarning() << result.errors.first().toString();
    return FactIndex(result.facts);
}

const ConsistencyFinding *findingFor(const ConsistencyCheck::Report &report, const QString &period,
                                     const QString &metric)
{
    for (const ConsistencyFinding &finding : report.mismatches) {
        if (finding.periodCode == period && finding.metric == metric)
            return &finding;
    }
    return nullptr;
}

}  // namespace

class TestConsistencyCheck : public QObject
{
    Q_OBJECT

private slots:
    void consistentFiguresGiveNoFinding();
    void segmentsNotAddingUp();
    void roundingExplainsASmallDifference();
    void quartersVersusYear();
    void ratioVersusParts();
    void statedYoyPercent();
    void targetChangeComparesWithLastYearsActual();
    void bundledDatasetReport();
    void revisedTargetsDoNotBreakStatedChanges();
    void findingNamesItsFigureAndInputs();
    void checkFigureFindsWhatRunFinds_data();
    void checkFigureFindsWhatRunFinds();
};

void TestConsistencyCheck::consistentFiguresGiveNoFinding()
{
    const auto report = ConsistencyCheck::run(
            indexOf("1Q13,revenue_total,26441,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_network_services,16785,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_systems_integration,8692,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_equipment_sales,319,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_atm,645,JPY_million,reported,s,2013-08-06\n"));
    QCOMPARE(report.comparisons, 1);
    QVERIFY(report.mismatches.isEmpty());
}

void TestConsistencyCheck::segmentsNotAddingUp()
{
    const auto report = ConsistencyCheck::run(
            indexOf("1Q13,revenue_total,26441,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_network_services,16785,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_systems_integration,8692,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_equipment_sales,319,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_atm,545,JPY_million,reported,s,2013-08-06\n"));
    QCOMPARE(report.mismatches.size(), 1);
    const ConsistencyFinding &finding = report.mismatches.first();
    QCOMPARE(finding.rule, ConsistencyFinding::Rule::PartsVsTotal);
    QCOMPARE(finding.stated, 26441.0);
    QCOMPARE(finding.recomputed, 26341.0);
    QCOMPARE(finding.difference(), 100.0);
    QVERIFY(!finding.explainedByRounding);
    QVERIFY(report.toText().contains(QStringLiteral("NOT explained by rounding")));
    QVERIFY(report.toText().startsWith(
            QStringLiteral("Comparisons: 1. Mismatches at the stated precision: 1 (0 explained by "
                           "rounding, 1 not).")));
}

void TestConsistencyCheck::roundingExplainsASmallDifference()
{
    // The deck's own case: recurring + one-time + ATM = 26,442 against 26,441.
    const auto report = ConsistencyCheck::run(
            indexOf("1Q13,revenue_total,26441,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_recurring,22514,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_one_time,3283,JPY_million,reported,s,2013-08-06\n"
                    "1Q13,revenue_atm,645,JPY_million,reported,s,2013-08-06\n"));
    QCOMPARE(report.mismatches.size(), 1);
    const ConsistencyFinding &finding = report.mismatches.first();
    QCOMPARE(finding.difference(), -1.0);
    QVERIFY(finding.explainedByRounding);
    QCOMPARE(finding.low, 26440.5);
    QCOMPARE(finding.high, 26443.5);
    QCOMPARE(report.explainedCount(), 1);
}

void TestConsistencyCheck::quartersVersusYear()
{
    const QByteArray quarters = "1Q12,personnel_costs,3741,JPY_million,reported,s,2013-08-06\n"
                                "2Q12,personnel_costs,3858,JPY_million,reported,s,2013-08-06\n"
                                "3Q12,personnel_costs,3902,JPY_million,reported,s,2013-08-06\n"
                                "4Q12,personnel_costs,3979,JPY_million,reported,s,2013-08-06\n";
    auto report = ConsistencyCheck::run(
            indexOf(quarters + "FY12,personnel_costs,15480,JPY_million,reported,s,2013-08-06\n"));
    QCOMPARE(report.comparisons, 1);
    QVERIFY(report.mismatches.isEmpty());
    report = ConsistencyCheck::run(
            indexOf(quarters + "FY12,personnel_costs,15490,JPY_million,reported,s,2013-08-06\n"));
    QCOMPARE(report.mismatches.size(), 1);
    QCOMPARE(report.mismatches.first().rule, ConsistencyFinding::Rule::PeriodsVsTotal);
    QVERIFY(!report.mismatches.first().explainedByRounding);
}

void TestConsistencyCheck::ratioVersusParts()
{
    // 5,030 / 26,441 = 19.02%: the stated 19.0 agrees; a stated 19.5 does not.
    const QByteArray parts = "1Q13,revenue_total,26441,JPY_million,reported,s,2013-08-06\n"
                             "1Q13,gross_margin_total,5030,JPY_million,reported,s,2013-08-06\n";
    QVERIFY(ConsistencyCheck::run(
                    indexOf(parts
                            + "1Q13,gross_margin_ratio_total,19.0,percent,reported,s,2013-08-06\n"))
                    .mismatches.isEmpty());
    const auto report = ConsistencyCheck::run(
            indexOf(parts + "1Q13,gross_margin_ratio_total,19.5,percent,reported,s,2013-08-06\n"));
    const ConsistencyFinding *finding = findingFor(report, QStringLiteral("1Q13"),
                                                   QStringLiteral("gross_margin_ratio_total"));
    QVERIFY(finding);
    QCOMPARE(finding->rule, ConsistencyFinding::Rule::RatioVsParts);
    QVERIFY(!finding->explainedByRounding);
}

void TestConsistencyCheck::statedYoyPercent()
{
    // 645 / 468 - 1 = 37.82%; the deck states 37.9%, which rounding of 645 and 468 allows.
    const QByteArray levels = "1Q12,revenue_atm,468,JPY_million,reported,s,2013-08-06\n"
                              "1Q13,revenue_atm,645,JPY_million,reported,s,2013-08-06\n";
    auto report = ConsistencyCheck::run(
            indexOf(levels + "1Q13,revenue_atm_yoy_pct,37.9,percent,reported,s,2013-08-06\n"));
    const ConsistencyFinding *finding
            = findingFor(report, QStringLiteral("1Q13"), QStringLiteral("revenue_atm_yoy_pct"));
    QVERIFY(finding);
    QVERIFY(finding->explainedByRounding);
    QVERIFY(qAbs(finding->recomputed - 100.0 * (645.0 / 468.0 - 1.0)) < 1e-9);
    // A stated 40.0% is not rounding.
    report = ConsistencyCheck::run(
            indexOf(levels + "1Q13,revenue_atm_yoy_pct,40.0,percent,reported,s,2013-08-06\n"));
    finding = findingFor(report, QStringLiteral("1Q13"), QStringLiteral("revenue_atm_yoy_pct"));
    QVERIFY(finding && !finding->explainedByRounding);
    // A stated JPY change that matches exactly gives nothing.
    report = ConsistencyCheck::run(indexOf(
            levels + "1Q13,revenue_atm_yoy_change,177,JPY_million,reported,s,2013-08-06\n"));
    QCOMPARE(report.comparisons, 1);
    QVERIFY(report.mismatches.isEmpty());
}

void TestConsistencyCheck::targetChangeComparesWithLastYearsActual()
{
    const QByteArray rows = "FY12,dividend_per_share,18.75,JPY,reported,s,2013-08-06\n"
                            "FY13,dividend_per_share,22.00,JPY,target,s,2013-05-15\n";
    auto report = ConsistencyCheck::run(
            indexOf(rows + "FY13,dividend_per_share_yoy_pct,17.3,percent,target,s,2013-05-15\n"));
    QCOMPARE(report.comparisons, 1);
    QVERIFY(report.mismatches.isEmpty());
    report = ConsistencyCheck::run(
            indexOf(rows + "FY13,dividend_per_share_yoy_pct,18.3,percent,target,s,2013-05-15\n"));
    QCOMPARE(report.mismatches.size(), 1);
}

void TestConsistencyCheck::bundledDatasetReport()
{
    const auto read = BundledDataset::read();
    QVERIFY(read.ok());
    const auto report = ConsistencyCheck::run(FactIndex(read.facts));
    QVERIFY(report.comparisons > 100);
    // Every mismatch in the deck comes from rounding.
    QCOMPARE(report.explainedCount(), report.mismatches.size());
    // The ones a reader of the deck can verify by hand:
    const ConsistencyFinding *cash = findingFor(report, QStringLiteral("1Q13"),
                                                QStringLiteral("cash_and_equivalents_qoq_change"));
    QVERIFY(cash);
    QCOMPARE(cash->stated, -1982.0);
    QCOMPARE(cash->recomputed, -1983.0);
    const ConsistencyFinding *recurring
            = findingFor(report, QStringLiteral("1Q13"), QStringLiteral("revenue_total"));
    QVERIFY(recurring);
    QCOMPARE(recurring->recomputed, 26442.0);
    const ConsistencyFinding *atm
            = findingFor(report, QStringLiteral("1Q13"), QStringLiteral("revenue_atm_yoy_pct"));
    QVERIFY(atm);
    QVERIFY(atm->explainedByRounding);
    const QString text = report.toText();
    QVERIFY(text.startsWith(
            QStringLiteral("Comparisons: %1. Mismatches at the stated precision: %2 (%2 explained")
                    .arg(report.comparisons)
                    .arg(report.mismatches.size())));
    QVERIFY(!text.contains(QStringLiteral("MISMATCH")));
}

void TestConsistencyCheck::revisedTargetsDoNotBreakStatedChanges()
{
    // After the February 2014 revision (117,000 -> 114,000), the +10.1% stated in May 2013
    // still speaks of the May target: no mismatch.
    QList<Fact> facts = BundledDataset::read().facts;
    const auto later = DatasetReader::readFile(
            QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
            Fact::Origin::User);
    QVERIFY(later.ok());
    facts += later.facts;
    const auto report = ConsistencyCheck::run(FactIndex(facts));
    QCOMPARE(report.explainedCount(), report.mismatches.size());
    QVERIFY(!findingFor(report, QStringLiteral("FY13"), QStringLiteral("revenue_total_yoy_pct")));
}

void TestConsistencyCheck::findingNamesItsFigureAndInputs()
{
    // What the Checks page and a flagged cell's tooltip read: the stated figure's identity
    // and source, the figures it was compared with, and the words for the comparison.
    const auto report = ConsistencyCheck::run(
            indexOf("1Q13,revenue_total,26441,JPY_million,reported,release,2013-08-06\n"
                    "1Q13,revenue_network_services,16785,JPY_million,reported,deck,2013-08-06\n"
                    "1Q13,revenue_systems_integration,8692,JPY_million,reported,deck,2013-08-06\n"
                    "1Q13,revenue_equipment_sales,319,JPY_million,reported,deck,2013-08-06\n"
                    "1Q13,revenue_atm,545,JPY_million,reported,restated,2013-09-02\n"));
    QCOMPARE(report.mismatches.size(), 1);
    QCOMPARE(report.unexplainedCount(), 1);
    const ConsistencyFinding &finding = report.mismatches.first();
    QCOMPARE(finding.basis, Basis::Reported);
    QCOMPARE(finding.asOf, QDate(2013, 8, 6));
    QCOMPARE(finding.source, QStringLiteral("release"));
    QCOMPARE(finding.figureKey(), QStringLiteral("1Q13|revenue_total|reported|2013-08-06"));
    QCOMPARE(report.findingsAbout(finding.figureKey()), QList<int> {0});
    QVERIFY(report.findingsAbout(QStringLiteral("1Q13|revenue_total|reported|2013-09-02")).isEmpty());
    QCOMPARE(finding.inputs.size(), 4);
    QCOMPARE(finding.inputs.last().metric, QStringLiteral("revenue_atm"));
    QCOMPARE(finding.inputs.last().source, QStringLiteral("restated"));
    QCOMPARE(finding.comparison,
             QStringLiteral("Total revenues vs the sum of Network services + Systems integration "
                            "+ Equipment sales + ATM operation business"));
    // 26,440.5 to 26,441.5 stated; 26,339 to 26,343 from the four parts: 97.5 apart.
    QCOMPARE(finding.gap(), 97.5);
    QCOMPARE(ConsistencyCheck::summary(finding, QLocale::c()),
             QStringLiteral("Total revenues vs the sum of Network services + Systems integration "
                            "+ Equipment sales + ATM operation business: stated 26441, recomputed "
                            "26341.0 (26339.0 to 26343.0); not explained by rounding"));
    // The command line's text stays as it was.
    QVERIFY(report.toText().contains(
            QStringLiteral("1Q13 [parts] revenue_total vs the sum of its parts: 1Q13 "
                           "revenue_total 26441 vs 1Q13 revenue_network_services 16785 + ")));
}

void TestConsistencyCheck::checkFigureFindsWhatRunFinds_data()
{
    QTest::addColumn<QDate>("cutoff");
    QTest::addRow("latest") << QDate();
    QTest::addRow("1Q13 announcement") << QDate(2013, 8, 6);
    QTest::addRow("2014-02-07") << QDate(2014, 2, 7);
}

void TestConsistencyCheck::checkFigureFindsWhatRunFinds()
{
    // A flagged cell asks about its own figure only; it must hear what the whole check says
    // of it, for every figure, with the later releases and a contradicting restatement in.
    QFETCH(QDate, cutoff);
    QList<Fact> facts = BundledDataset::read().facts;
    const auto later = DatasetReader::readFile(
            QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
            Fact::Origin::User);
    const auto restated = DatasetReader::read(contradictingRestatement(),
                                              QStringLiteral("restatement.csv"), Fact::Origin::User);
    QVERIFY(later.ok() && restated.ok());
    facts += later.facts + restated.facts;
    const FactIndex index = FactIndex(facts).asOf(cutoff);
    const auto report = ConsistencyCheck::run(index);
    const auto describe = [](const ConsistencyFinding &f) {
        return QStringLiteral("%1 %2 %3 %4 %5")
                .arg(f.figureKey(), ConsistencyFinding::ruleCode(f.rule), f.description)
                .arg(f.recomputed)
                .arg(f.explainedByRounding);
    };
    int found = 0;
    for (const Fact &fact : index.all()) {
        const QString key = ConsistencyFinding::figureKey(fact.period.code(), fact.metric,
                                                          fact.basis, fact.asOf);
        QStringList expected;
        for (int i : report.findingsAbout(key))
            expected.append(describe(report.mismatches[i]));
        QStringList actual;
        for (const ConsistencyFinding &f : ConsistencyCheck::checkFigure(index, fact).mismatches)
            actual.append(describe(f));
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
        found += int(actual.size());
    }
    QCOMPARE(found, int(report.mismatches.size()));
    if (cutoff.isValid() && cutoff < QDate(2013, 9, 2))
        QCOMPARE(report.unexplainedCount(), 0);
    else
        QVERIFY(report.unexplainedCount() >= 3);  // the restatement shows
}

QTEST_GUILESS_MAIN(TestConsistencyCheck)
#include "TestConsistencyCheck.moc"
