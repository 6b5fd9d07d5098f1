// Several companies in one database: each company's profile sets the catalogue, the fiscal
// calendar and the currency; figures are keyed by company, and importing one company never
// touches another's.

#include "CompanyChoice.h"
#include "CompanyProfile.h"
#include "DatabaseStartup.h"
#include "DatasetReader.h"
#include "FactWriter.h"
#include "FiscalCalendar.h"
#include "FiscalPeriod.h"
#include "MetricCatalogue.h"
#include "Queries.h"
#include "Store.h"
#include "Translator.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString equinixFolder()
{
    return QStringLiteral(IRDASH_TEST_DATA_DIR "/companies/equinix/");
}

CompanyProfile equinixProfile()
{
    const CompanyProfile::Result read
            = CompanyProfile::readFile(equinixFolder() + QStringLiteral("equinix.profile.json"));
    if (!read.ok())
        qFatal("%s", qPrintable(read.errors.first().toString()));
    return *read.profile;
}

// Imports the Equinix dataset into `store` under its own profile, leaving IIJ active.
Store::ImportReport importEquinix(Store &store)
{
    const CompanyProfile::Scope scope(equinixProfile());
    const DatasetReader::Result read = DatasetReader::readFile(
            equinixFolder() + QStringLiteral("equinix.csv"), Fact::Origin::User);
    if (!read.ok()) {
        Store::ImportReport failed;
        failed.error = read.errors.first().toString();
        return failed;
    }
    Store::ImportOptions options;
    options.file = QStringLiteral("equinix.csv");
    return store.importFacts(read.facts, options);
}

}  // namespace

class TestCompanies : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void decemberYearEnd();
    void japaneseNamesOfYears();
    void orderDoesNotDependOnCalendar();
    void currencyOfUnits();
    void equinixProfileReads();
    void datasetReadByItsCompany();
    void twoCompaniesInOneDatabase();
    void importingOneLeavesTheOther();
    void sameMetricKeyInBoth();
    void choiceListsCompanies();
    void equinixQueries();
    void repairKeepsEachCompany();
};

void TestCompanies::cleanup()
{
    CompanyProfile::activate(CompanyProfile::bundled());
    Translator::install(QStringLiteral("en"));
}

void TestCompanies::decemberYearEnd()
{
    CompanyProfile::activate(equinixProfile());
    const FiscalPeriod q1 = *FiscalPeriod::fromCode(QStringLiteral("1Q13"));
    QCOMPARE(q1.startDate(), QDate(2013, 1, 1));
    QCOMPARE(q1.endDate(), QDate(2013, 3, 31));
    QCOMPARE(FiscalPeriod::fromCode(QStringLiteral("4Q13"))->endDate(), QDate(2013, 12, 31));
    QCOMPARE(FiscalPeriod::fromCode(QStringLiteral("FY13"))->startDate(), QDate(2013, 1, 1));
    QCOMPARE(FiscalPeriod::fromCode(QStringLiteral("2H13"))->startDate(), QDate(2013, 7, 1));
    QCOMPARE(q1.label(), QStringLiteral("1Q FY2013"));

    CompanyProfile::activate(CompanyProfile::bundled());
    QCOMPARE(q1.startDate(), QDate(2013, 4, 1));
    QCOMPARE(q1.endDate(), QDate(2013, 6, 30));
    QCOMPARE(FiscalPeriod::fromCode(QStringLiteral("FY13"))->endDate(), QDate(2014, 3, 31));
}

void TestCompanies::japaneseNamesOfYears()
{
    Translator::install(QStringLiteral("ja"));
    const FiscalPeriod q1 = *FiscalPeriod::fromCode(QStringLiteral("1Q13"));
    QCOMPARE(q1.label(), QStringLiteral("2013年度第1四半期"));
    QCOMPARE(FiscalPeriod::fromCode(QStringLiteral("1H13"))->label(),
             QStringLiteral("2013年度上期"));
    CompanyProfile::activate(equinixProfile());
    QCOMPARE(q1.label(), QStringLiteral("2013年12月期第1四半期"));
    QCOMPARE(FiscalPeriod::fromCode(QStringLiteral("FY12"))->label(),
             QStringLiteral("2012年12月期"));
    QCOMPARE(FiscalPeriod::fromCode(QStringLiteral("9M13"))->label(),
             QStringLiteral("2013年12月期第3四半期累計"));
}

void TestCompanies::orderDoesNotDependOnCalendar()
{
    const QStringList codes
            = {QStringLiteral("FY13"), QStringLiteral("1Q13"), QStringLiteral("9M13"),
               QStringLiteral("4Q12"), QStringLiteral("1H13"), QStringLiteral("2Q13")};
    QList<FiscalPeriod> periods;
    for (const QString &code : codes)
        periods.append(*FiscalPeriod::fromCode(code));
    std::sort(periods.begin(), periods.end());
    QStringList april;
    for (const FiscalPeriod &p : periods)
        april.append(p.code());
    CompanyProfile::activate(equinixProfile());
    std::sort(periods.begin(), periods.end());
    QStringList january;
    for (const FiscalPeriod &p : periods)
        january.append(p.code());
    QCOMPARE(april, january);
    QCOMPARE(
            april,
            (QStringList {QStringLiteral("4Q12"), QStringLiteral("1Q13"), QStringLiteral("2Q13"),
                          QStringLiteral("1H13"), QStringLiteral("9M13"), QStringLiteral("FY13")}));
}

void TestCompanies::currencyOfUnits()
{
    QCOMPARE(Units::money(), Unit::JpyMillion);
    QCOMPARE(Units::perShare(), Unit::Jpy);
    QCOMPARE(Units::conversionFactor(Unit::UsdThousand, Unit::UsdMillion), 0.001);
    QCOMPARE(Units::conversionFactor(Unit::UsdBillion, Unit::UsdMillion), 1000.0);
    // Yen never become dollars.
    QCOMPARE(Units::conversionFactor(Unit::JpyBillion, Unit::UsdMillion), 1.0);
    QVERIFY(!Units::isCompatible(Unit::UsdMillion, Dimension::Money));
    CompanyProfile::activate(equinixProfile());
    QCOMPARE(Units::money(), Unit::UsdMillion);
    QCOMPARE(Units::largeMoney(), Unit::UsdBillion);
    QCOMPARE(Units::perShare(), Unit::Usd);
    QVERIFY(Units::isCompatible(Unit::UsdMillion, Dimension::Money));
    QVERIFY(!Units::isCompatible(Unit::JpyMillion, Dimension::Money));
}

void TestCompanies::equinixProfileReads()
{
    const CompanyProfile profile = equinixProfile();
    QCOMPARE(profile.key, QStringLiteral("equinix"));
    QCOMPARE(profile.currency, QStringLiteral("USD"));
    QCOMPARE(profile.fiscalYearStartMonth, 1);
    QCOMPARE(profile.dashboard.segments,
             (QStringList {QStringLiteral("revenue_recurring"),
                           QStringLiteral("revenue_non_recurring")}));
    QVERIFY(profile.dashboard.detailed.isEmpty());
    QVERIFY(!profile.json.isEmpty());
    // Activating it swaps the catalogue: IIJ's segments are unknown, Equinix's are known.
    CompanyProfile::activate(profile);
    QVERIFY(MetricCatalogue::find(QStringLiteral("revenue_non_recurring")));
    QVERIFY(!MetricCatalogue::find(QStringLiteral("revenue_network_services")));
    CompanyProfile::activate(CompanyProfile::bundled());
    QVERIFY(!MetricCatalogue::find(QStringLiteral("revenue_non_recurring")));
    QVERIFY(MetricCatalogue::find(QStringLiteral("revenue_network_services")));
}

void TestCompanies::datasetReadByItsCompany()
{
    const QString path = equinixFolder() + QStringLiteral("equinix.csv");
    // Under IIJ's profile the file is wrong twice over: unknown metrics, and dollars.
    const DatasetReader::Result asIij = DatasetReader::readFile(path, Fact::Origin::User);
    QVERIFY(!asIij.ok());
    bool unknownMetric = false;
    bool wrongCurrency = false;
    for (const DatasetError &error : asIij.errors) {
        unknownMetric
                = unknownMetric || error.message.contains(QStringLiteral("revenue_non_recurring"));
        wrongCurrency = wrongCurrency || error.message.contains(QStringLiteral("reports in JPY"));
    }
    QVERIFY(unknownMetric);
    QVERIFY(wrongCurrency);

    CompanyProfile::activate(equinixProfile());
    const DatasetReader::Result asEquinix = DatasetReader::readFile(path, Fact::Origin::User);
    QVERIFY2(asEquinix.ok(), qPrintable(asEquinix.errors.value(0).toString()));
    QCOMPARE(asEquinix.facts.size(), 65);
    // A yen figure in a dollar company's file is refused at its line and column.
    const QByteArray yen = "period,metric,value,unit,basis,source,as_of\n"
                           "1Q13,revenue_total,519.5,JPY_million,reported,x,2013-04-24\n";
    const DatasetReader::Result mixed
            = DatasetReader::read(yen, QStringLiteral("yen.csv"), Fact::Origin::User);
    QCOMPARE(mixed.errors.size(), 1);
    QCOMPARE(mixed.errors.first().toString(),
             QStringLiteral("yen.csv:2:26: unit 'JPY_million' is in JPY, but the company "
                            "reports in USD; expected a unit in USD"));
}

void TestCompanies::twoCompaniesInOneDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.sqlite"));
    Store store;
    QVERIFY(DatabaseStartup::open(store, path, false, DatabaseStartup::Purpose::Import).ok);
    const int iij = store.factCount();
    QVERIFY(iij > 300);
    const Store::ImportReport report = importEquinix(store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.inserted, 65);
    QCOMPARE(store.factCount(), iij);  // IIJ's, on screen

    CompanyProfile::activate(equinixProfile());
    QCOMPARE(store.factCount(), 65);
    const QList<Fact> facts = store.facts();
    QCOMPARE(facts.size(), 65);
    for (const Fact &fact : facts)
        QVERIFY(fact.unit == Unit::UsdMillion || fact.unit == Unit::Percent);

    // The database describes itself: the profile is stored as read.
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT key, origin FROM company ORDER BY id")));
    QStringList companies;
    while (query.next())
        companies.append(query.value(0).toString() + QLatin1Char(':') + query.value(1).toString());
    QCOMPARE(companies,
             (QStringList {QStringLiteral("iij:bundled"), QStringLiteral("equinix:user")}));
    QCOMPARE(store.companies().value(1).profile, equinixProfile().json);
}

void TestCompanies::importingOneLeavesTheOther()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.sqlite"));
    Store store;
    QVERIFY(DatabaseStartup::open(store, path, false, DatabaseStartup::Purpose::Import).ok);
    const QByteArray before = FactWriter::toCsv(store.facts());
    QVERIFY(importEquinix(store).ok);
    QCOMPARE(FactWriter::toCsv(store.facts()), before);
    // Importing the same file again changes nothing; IIJ's figures stay as they were.
    const Store::ImportReport again = importEquinix(store);
    QVERIFY(again.ok);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.unchanged, 65);
    QCOMPARE(FactWriter::toCsv(store.facts()), before);
}

void TestCompanies::sameMetricKeyInBoth()
{
    // revenue_total 1Q13 reported is a figure of both companies: two figures, no conflict.
    QTemporaryDir dir;
    Store store;
    QVERIFY(DatabaseStartup::open(store, dir.filePath(QStringLiteral("k.sqlite")), false,
                                  DatabaseStartup::Purpose::Import)
                    .ok);
    QVERIFY(importEquinix(store).ok);
    const Queries iij(store);
    QCOMPARE(iij.facts()
                     .actual(*FiscalPeriod::fromCode(QStringLiteral("1Q13")),
                             QStringLiteral("revenue_total"))
                     ->value,
             26441.0);
    CompanyProfile::activate(equinixProfile());
    const Queries equinix(store);
    QCOMPARE(equinix.facts()
                     .actual(*FiscalPeriod::fromCode(QStringLiteral("1Q13")),
                             QStringLiteral("revenue_total"))
                     ->value,
             519.5);
}

void TestCompanies::choiceListsCompanies()
{
    QTemporaryDir dir;
    Store store;
    QVERIFY(DatabaseStartup::open(store, dir.filePath(QStringLiteral("c.sqlite")), false,
                                  DatabaseStartup::Purpose::Import)
                    .ok);
    QCOMPARE(CompanyChoice::keys(store), QStringList {QStringLiteral("iij")});
    QVERIFY(importEquinix(store).ok);
    QCOMPARE(CompanyChoice::keys(store),
             (QStringList {QStringLiteral("iij"), QStringLiteral("equinix")}));
    QCOMPARE(CompanyChoice::activate(store, QStringLiteral("acme")),
             QStringLiteral("the database holds no company 'acme'; it holds iij, equinix"));
    QCOMPARE(CompanyProfile::active().key, QStringLiteral("iij"));
    QCOMPARE(CompanyChoice::activate(store, QStringLiteral("equinix")), QString());
    QCOMPARE(CompanyProfile::active().key, QStringLiteral("equinix"));
    QCOMPARE(FiscalCalendar::active().startMonth(), 1);
}

void TestCompanies::equinixQueries()
{
    Store store;
    QVERIFY(DatabaseStartup::open(store, QStringLiteral(":memory:"), false,
                                  DatabaseStartup::Purpose::Import)
                    .ok);
    QVERIFY(importEquinix(store).ok);
    CompanyProfile::activate(equinixProfile());
    Queries queries(store);
    const FiscalPeriod q4 = *FiscalPeriod::fromCode(QStringLiteral("4Q13"));
    QCOMPARE(queries.quarters().last(), q4);
    // Its announcement: the release of 2014-02-19, after the quarter ended on 2013-12-31.
    QCOMPARE(queries.announcement(q4), QDate(2014, 2, 19));
    const Table mix = queries.revenueMix(q4, 5, Queries::RevenueMix::Segments);
    QStringList series;
    for (int s = 0; s < mix.seriesCount(); ++s)
        series.append(mix.series(s).key);
    QCOMPARE(series,
             (QStringList {QStringLiteral("revenue_recurring"),
                           QStringLiteral("revenue_non_recurring"),
                           QStringLiteral("revenue_total")}));
    const TableSeries &recurring = mix.series(0);
    QCOMPARE(recurring.unit, Unit::UsdMillion);
    QCOMPARE(*recurring.cells.last().value, 538.1);
    QCOMPARE(*mix.series(1).cells.last().value, 26.6);
    QCOMPARE(*mix.series(2).cells.last().value, 564.7);
    // The fiscal-year comparison: revenues' 1Q, 4Q and full year of FY2011-FY2013, in USD
    // billions.
    const Table years = queries.cloudRevenue(q4, 3);
    QCOMPARE(years.title(), QStringLiteral("Revenues by fiscal year"));
    QCOMPARE(years.seriesCount(), 3);
    QCOMPARE(years.series(2).key, QStringLiteral("FY13"));
    QCOMPARE(years.series(2).unit, Unit::UsdBillion);
    QCOMPARE(*years.series(2).cells[0].value, 0.5195);
    QCOMPARE(*years.series(2).cells[2].value, 2.1528);
    QVERIFY(!years.series(1).cells[1].value);  // 4Q12: not in the releases read
    // The targets page: FY2013 guidance as it stood at 1Q13's announcement.
    queries.setAsOf(AsOf::announcement(), *FiscalPeriod::fromCode(QStringLiteral("1Q13")));
    const Table targets
            = queries.actualVersusTarget(FiscalPeriod::year(2012), FiscalPeriod::year(2013));
    bool found = false;
    for (int s = 0; s < targets.seriesCount(); ++s) {
        if (targets.series(s).key != QLatin1String("target"))
            continue;
        for (const TableCell &cell : targets.series(s).cells) {
            if (cell.metric == QLatin1String("revenue_total")
                && cell.periodCode == QLatin1String("FY13") && cell.value) {
                QCOMPARE(*cell.value, 2200.0);
                QCOMPARE(cell.bound, Fact::Bound::AtLeast);
                found = true;
            }
        }
    }
    QVERIFY(found);
}

void TestCompanies::repairKeepsEachCompany()
{
    // What a damaged database still holds is read company by company and stored back under
    // the same company, by its stored profile.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, false, DatabaseStartup::Purpose::Import).ok);
        QVERIFY(importEquinix(store).ok);
        const StoreRecovery::Figures figures = store.readableFigures();
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures[1].key, QStringLiteral("equinix"));
        QCOMPARE(figures[1].facts.size(), 65);
        QCOMPARE(figures[1].profile, equinixProfile().json);
    }
}

QTEST_GUILESS_MAIN(TestCompanies)
#include "TestCompanies.moc"
