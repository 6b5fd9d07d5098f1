#include "BundledDataset.h"
#include "DatasetReader.h"
#include "FactIndex.h"
#include "FactWriter.h"
#include "MetricCatalogue.h"
#include "Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

FiscalPeriod period(const char *code)
{
    return *FiscalPeriod::fromCode(QString::fromLatin1(code));
}

}  // namespace

// The dataset that ships with the app: complete, sourced, and faithful to the deck.
class TestBundledDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsCleanly();
    void everyFigureIsSourcedAndDated();
    void requiredMetricsArePresent();
    void figuresFromTheDeck_data();
    void figuresFromTheDeck();
    void targetVintages();
    void catalogueMatchesTheDocs();
    void roundTripThroughCsv();
    void loadingTwiceChangesNothing();

private:
    QList<Fact> m_facts;
    FactIndex m_index;
};

void TestBundledDataset::initTestCase()
{
    const auto result = BundledDataset::read();
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    QVERIFY(result.ok());
    m_facts = result.facts;
    m_index = FactIndex(m_facts);
}

void TestBundledDataset::readsCleanly()
{
    QVERIFY(m_facts.size() > 350);
    for (const Fact &fact : std::as_const(m_facts))
        QCOMPARE(fact.origin, Fact::Origin::Bundled);
}

void TestBundledDataset::everyFigureIsSourcedAndDated()
{
    for (const Fact &fact : std::as_const(m_facts)) {
        const QString where = fact.period.code() + QLatin1Char(' ') + fact.metric;
        QVERIFY2(fact.source.size() > 10, qPrintable(where));
        QVERIFY2(fact.asOf.isValid(), qPrintable(where));
        QVERIFY2(fact.asOf <= QDate(2013, 8, 6),
                 qPrintable(where));  // the dataset stands as of the deck
        if (fact.basis == Basis::Derived) {
            // A derivation names its arithmetic.
            QVERIFY2(fact.source.startsWith(QStringLiteral("derived: ")), qPrintable(where));
            QVERIFY2(fact.source.contains(
                             QRegularExpression(QStringLiteral("minus|plus|sum|[-+/]"))),
                     qPrintable(where + QStringLiteral(": ") + fact.source));
        } else {
            QVERIFY2(fact.source.contains(QStringLiteral("IIJ")), qPrintable(where));
        }
    }
}

void TestBundledDataset::requiredMetricsArePresent()
{
    const QStringList required = {QStringLiteral("revenue_total"),
                                  QStringLiteral("revenue_network_services"),
                                  QStringLiteral("revenue_systems_integration"),
                                  QStringLiteral("revenue_systems_construction"),
                                  QStringLiteral("revenue_systems_operation_maintenance"),
                                  QStringLiteral("revenue_equipment_sales"),
                                  QStringLiteral("revenue_atm"),
                                  QStringLiteral("revenue_recurring"),
                                  QStringLiteral("revenue_one_time"),
                                  QStringLiteral("cost_total"),
                                  QStringLiteral("cost_network_services"),
                                  QStringLiteral("cost_systems_integration"),
                                  QStringLiteral("cost_equipment_sales"),
                                  QStringLiteral("cost_atm"),
                                  QStringLiteral("gross_margin_total"),
                                  QStringLiteral("gross_margin_network_services"),
                                  QStringLiteral("gross_margin_systems_integration"),
                                  QStringLiteral("gross_margin_equipment_sales"),
                                  QStringLiteral("gross_margin_atm"),
                                  QStringLiteral("gross_margin_ratio_total"),
                                  QStringLiteral("gross_margin_ratio_network_services"),
                                  QStringLiteral("gross_margin_ratio_systems_integration"),
                                  QStringLiteral("sga_rnd"),
                                  QStringLiteral("operating_income"),
                                  QStringLiteral("income_before_tax"),
                                  QStringLiteral("net_income_attributable"),
                                  QStringLiteral("eps"),
                                  QStringLiteral("dividend_per_share"),
                                  QStringLiteral("cloud_revenue"),
                                  QStringLiteral("personnel_costs"),
                                  QStringLiteral("personnel_costs_ratio"),
                                  QStringLiteral("outsourcing_personnel"),
                                  QStringLiteral("new_graduates"),
                                  QStringLiteral("atm_operating_income"),
                                  QStringLiteral("total_assets"),
                                  QStringLiteral("cash_flow_operating"),
                                  QStringLiteral("lte_contracts"),
                                  QStringLiteral("contracts_over_1gbps"),
                                  QStringLiteral("atms_installed")};
    for (const QString &metric : required)
        QVERIFY2(!m_index.periodsWith(metric).isEmpty(), qPrintable(metric));
}

void TestBundledDataset::figuresFromTheDeck_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QString>("section");

    auto row = [](const char *p, const char *m, const char *v, const char *b, const char *s) {
        QTest::addRow("%s %s", p, m)
                << QString::fromLatin1(p) << QString::fromLatin1(m) << QString::fromLatin1(v)
                << QString::fromLatin1(b) << QString::fromUtf8(s);
    };
    row("1Q13", "revenue_total", "26441", "reported", "2013-08-06");
    row("1Q13", "gross_margin_total", "5030", "reported", "I");
    row("1Q13", "operating_income", "1305", "reported", "2013-08-06");
    row("1Q13", "income_before_tax", "1431", "reported", "II-8");
    row("1Q13", "net_income_attributable", "954", "reported", "2013-08-06");
    row("1Q13", "revenue_network_services", "16785", "reported", "II-2");
    row("1Q13", "revenue_systems_integration", "8692", "reported", "II-2");
    row("1Q13", "revenue_equipment_sales", "319", "reported", "II-2");
    row("1Q13", "revenue_atm", "645", "reported", "II-2");
    row("1Q13", "revenue_recurring", "22514", "reported", "II-2");
    row("1Q13", "revenue_one_time", "3283", "reported", "II-2");
    row("1Q13", "gross_margin_network_services", "3544", "reported", "II-3");
    row("1Q13", "gross_margin_systems_integration", "1343", "reported", "II-3");
    row("1Q13", "gross_margin_atm", "110", "reported", "II-3");
    row("1Q13", "gross_margin_ratio_total", "19.0", "reported", "II-");
    row("1Q13", "personnel_costs", "4212", "reported", "II-6");
    row("1Q12", "personnel_costs", "3741", "reported", "II-6");
    row("FY12", "personnel_costs", "15480", "reported", "II-6");
    row("1Q13", "outsourcing_personnel", "683", "reported", "II-5");
    row("1Q13", "total_assets", "79776", "reported", "II-9");
    row("4Q12", "total_assets", "82111", "reported", "II-9");
    row("FY12", "atm_operating_income", "239", "reported", "II-8");
    row("FY12", "eps", "130.76", "reported", "III-2");
    row("FY12", "dividend_per_share", "18.75", "reported", "III-2");
    row("FY13", "dividend_per_share", "22.00", "target", "2013-05-15");
    row("FY13", "revenue_total", "117000", "target", "2013-05-15");
    row("1H13", "revenue_total", "54.5", "target", "II-1");
    row("1Q13", "cloud_revenue", "2.3", "reported", "III-1");
    // Derived by exact arithmetic on stated figures.
    row("1Q12", "operating_income", "1374", "reported", "2012-08-07");
    row("1Q12", "revenue_network_services", "16091", "derived", "derived: ");
    row("2Q12", "revenue_total", "26268", "derived", "1H12");
    row("3Q12", "revenue_total", "25581", "derived", "9M12");
    row("4Q12", "revenue_total", "29558", "derived", "FY12");
    row("1Q12", "revenue_atm", "468", "derived", "177");
    row("1Q13", "gross_margin_equipment_sales", "33", "derived", "derived: ");
    row("1Q13", "cost_network_services", "13241", "derived", "derived: ");
}

void TestBundledDataset::figuresFromTheDeck()
{
    QFETCH(QString, period);
    QFETCH(QString, metric);
    QFETCH(QString, value);
    QFETCH(QString, basis);
    QFETCH(QString, section);
    const FiscalPeriod p = *FiscalPeriod::fromCode(period);
    const QList<Fact> vintages = m_index.vintages(p, metric, *Bases::fromCode(basis));
    QVERIFY2(!vintages.isEmpty(), "figure missing");
    QCOMPARE(vintages.last().valueText(), value);
    QVERIFY2(vintages.last().source.contains(section) || vintages.last().asOfText() == section,
             qPrintable(vintages.last().source));
}

void TestBundledDataset::targetVintages()
{
    const QList<Fact> eps = m_index.vintages(period("FY13"), QStringLiteral("eps"), Basis::Target);
    QCOMPARE(eps.size(), 2);
    QCOMPARE(eps[0].valueText(), QStringLiteral("148.01"));
    QCOMPARE(eps[0].asOf, QDate(2013, 5, 15));
    QCOMPARE(eps[1].valueText(), QStringLiteral("135.42"));
    QCOMPARE(eps[1].asOf, QDate(2013, 8, 6));
    QCOMPARE(m_index.target(period("FY13"), QStringLiteral("eps"))->valueText(),
             QStringLiteral("135.42"));
}

void TestBundledDataset::catalogueMatchesTheDocs()
{
    QFile docs(QStringLiteral(IRDASH_SOURCE_DIR "/docs/METRICS.md"));
    QVERIFY(docs.open(QIODevice::ReadOnly));
    QStringList documented;
    static const QRegularExpression row(QStringLiteral(
            "^\\| ([a-z0-9_]+) \\| (money|per_share|percent|count) \\| ([a-z_]+) \\| ([^|]+) \\| "
            "([^|]+) \\|"));
    for (const QString &line : QString::fromUtf8(docs.readAll()).split(QLatin1Char('\n'))) {
        const auto match = row.match(line);
        if (!match.hasMatch())
            continue;
        documented.append(match.captured(1));
        const auto definition = MetricCatalogue::find(match.captured(1));
        QVERIFY2(definition, qPrintable(match.captured(1)));
        QCOMPARE(Units::dimensionCode(definition->dimension), match.captured(2));
        QCOMPARE(MetricCatalogue::groupCode(definition->group), match.captured(3));
        // One source of names: the profile; the page must say the same, in both languages.
        QCOMPARE(definition->name.en, match.captured(4).trimmed());
        QCOMPARE(definition->name.ja, match.captured(5).trimmed());
    }
    QStringList catalogued;
    for (const MetricDefinition &metric : MetricCatalogue::baseMetrics())
        catalogued.append(metric.key);
    QCOMPARE(documented, catalogued);
}

void TestBundledDataset::roundTripThroughCsv()
{
    Store first;
    QVERIFY(first.open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY2(BundledDataset::ensureLoaded(first, &error), qPrintable(error));
    const QList<Fact> stored = first.facts();
    QCOMPARE(stored.size(), m_facts.size());
    const QByteArray csv = FactWriter::toCsv(stored);

    const auto reread
            = DatasetReader::read(csv, QStringLiteral("export.csv"), Fact::Origin::Bundled);
    QVERIFY(reread.ok());
    Store second;
    QVERIFY(second.open(QStringLiteral(":memory:")));
    QVERIFY(second.importFacts(reread.facts).ok);
    QCOMPARE(second.facts(), stored);
    QCOMPARE(FactWriter::toCsv(second.facts()), csv);
}

void TestBundledDataset::loadingTwiceChangesNothing()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY(BundledDataset::ensureLoaded(store, &error));
    const QList<Fact> once = store.facts();
    QVERIFY(BundledDataset::ensureLoaded(store, &error));
    QCOMPARE(store.facts(), once);
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "TestBundledDataset.moc"
