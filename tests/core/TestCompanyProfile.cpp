#include "CompanyProfile.h"
#include "MetricCatalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <functional>

using ProfileChange = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(ProfileChange)

// The profile a dataset describes itself with: the bundled one builds the catalogue, and
// a malformed one is refused with the place and what was expected.
class TestCompanyProfile : public QObject
{
    Q_OBJECT

private slots:
    void bundledProfileIsTheCatalogue();
    void namesFollowTheLanguage();
    void aggregationIsOneRule();
    void malformedProfiles_data();
    void malformedProfiles();
    void syntaxErrorNamesLineAndColumn();
    void noMetricKeyInTheCode();

private:
    static QJsonObject bundledJson();
};

QJsonObject TestCompanyProfile::bundledJson()
{
    QFile file(CompanyProfile::bundledResourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestCompanyProfile::bundledProfileIsTheCatalogue()
{
    const auto result = CompanyProfile::readFile(CompanyProfile::bundledResourcePath());
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    const CompanyProfile &profile = *result.profile;
    QCOMPARE(profile.companyName.en, QStringLiteral("Internet Initiative Japan Inc."));
    QCOMPARE(profile.companyName.ja, QStringLiteral("株式会社インターネットイニシアティブ"));
    QCOMPARE(profile.tickers, QStringList {QStringLiteral("TSE 3774")});
    QCOMPARE(profile.currency, QStringLiteral("JPY"));
    QCOMPARE(profile.fiscalYearStartMonth, 4);
    QCOMPARE(profile.metrics.size(), 100);
    QCOMPARE(profile.sources.size(), 2);
    QStringList keys;
    for (const MetricDefinition &metric : MetricCatalogue::baseMetrics())
        keys.append(metric.key);
    QCOMPARE(keys.size(), profile.metrics.size());
    QCOMPARE(keys.first(), QStringLiteral("revenue_total"));
    QVERIFY(MetricCatalogue::find(QStringLiteral("revenue_total_yoy_pct")));
    // The dashboard's choice of metrics is the profile's too.
    QCOMPARE(profile.dashboard.headline, QStringLiteral("revenue_total"));
    // A ratio's parts live on its definition, for the queries and the check alike.
    const auto ratio = MetricCatalogue::find(QStringLiteral("equity_ratio"));
    QCOMPARE(ratio->numerator, QStringLiteral("shareholders_equity"));
    QCOMPARE(ratio->denominator, QStringLiteral("total_assets"));
    QVERIFY(!MetricCatalogue::find(QStringLiteral("equity_ratio_yoy_change"))->isRatio());
    // Revenues add up three ways: by segment, as recurring + one-time + ATM, as cost +
    // gross margin.
    QCOMPARE(MetricCatalogue::find(QStringLiteral("revenue_total"))->parts.size(), 3);
    QCOMPARE(profile.dashboard.kpis.size(), 6);
    QCOMPARE(profile.dashboard.segments.size(), 4);
    QCOMPARE(profile.dashboard.colourFor(QStringLiteral("gross_margin_ratio_network_services")),
             QStringLiteral("#cc79a7"));
    QCOMPARE(profile.dashboard.colourFor(QStringLiteral("revenue_systems_operation_maintenance")),
             QStringLiteral("#88ccee"));
    QVERIFY(profile.dashboard.colourFor(QStringLiteral("employees")).isEmpty());
}

void TestCompanyProfile::namesFollowTheLanguage()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(MetricCatalogue::displayName(QStringLiteral("revenue_total")),
             QStringLiteral("売上高"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(MetricCatalogue::displayName(QStringLiteral("revenue_total")),
             QStringLiteral("Total revenues"));
    QCOMPARE(MetricCatalogue::displayName(QStringLiteral("revenue_total_yoy_pct")),
             QStringLiteral("Total revenues, YoY change %"));
    QLocale::setDefault(before);
}

void TestCompanyProfile::aggregationIsOneRule()
{
    // Income adds up over time; headcount, a balance and a ratio stand at a date; a stated
    // change never adds up.
    for (const char *key :
         {"revenue_total", "operating_income", "personnel_costs", "atm_operating_income"})
        QVERIFY2(MetricCatalogue::find(QString::fromLatin1(key))->addsUpOverTime(), key);
    for (const char *key :
         {"gross_margin_ratio_total", "revenue_total_yoy_change", "revenue_total_yoy_pct", "eps"})
        QVERIFY2(!MetricCatalogue::find(QString::fromLatin1(key))->addsUpOverTime(), key);
}

void TestCompanyProfile::malformedProfiles_data()
{
    using Change = ProfileChange;
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("expected");
    const auto metric
            = [](QJsonObject &root, int index, const std::function<void(QJsonObject &)> &edit) {
                  QJsonArray metrics = root.value(QStringLiteral("metrics")).toArray();
                  QJsonObject object = metrics[index].toObject();
                  edit(object);
                  metrics[index] = object;
                  root.insert(QStringLiteral("metrics"), metrics);
              };
    const auto company = [](QJsonObject &root, const QString &field, const QJsonValue &value) {
        QJsonObject object = root.value(QStringLiteral("company")).toObject();
        if (value.isUndefined())
            object.remove(field);
        else
            object.insert(field, value);
        root.insert(QStringLiteral("company"), object);
    };
    QTest::newRow("unknown group") << Change([=](QJsonObject &root) {
        metric(root, 3,
               [](QJsonObject &m) { m.insert(QStringLiteral("group"), QStringLiteral("sales")); });
    }) << QStringLiteral("metrics[3].group: unknown group 'sales'; expected one of revenue, cost");
    QTest::newRow("unknown dimension") << Change([=](QJsonObject &root) {
        metric(root, 0, [](QJsonObject &m) {
            m.insert(QStringLiteral("dimension"), QStringLiteral("yen"));
        });
    }) << QStringLiteral("metrics[0].dimension: unknown dimension 'yen'");
    QTest::newRow("unknown aggregation") << Change([=](QJsonObject &root) {
        metric(root, 1, [](QJsonObject &m) {
            m.insert(QStringLiteral("aggregation"), QStringLiteral("sum"));
        });
    }) << QStringLiteral("metrics[1].aggregation: unknown aggregation 'sum'; expected flow");
    QTest::newRow("duplicate key") << Change([=](QJsonObject &root) {
        metric(root, 2, [](QJsonObject &m) {
            m.insert(QStringLiteral("key"), QStringLiteral("revenue_total"));
        });
    }) << QStringLiteral("metrics[2].key: 'revenue_total' is defined twice; first at metrics[0]");
    QTest::newRow("key not snake case") << Change([=](QJsonObject &root) {
        metric(root, 0, [](QJsonObject &m) {
            m.insert(QStringLiteral("key"), QStringLiteral("Revenue-Total"));
        });
    }) << QStringLiteral("metrics[0].key: 'Revenue-Total' is not a key; expected snake_case");
    QTest::newRow("key names a change") << Change([=](QJsonObject &root) {
        metric(root, 0, [](QJsonObject &m) {
            m.insert(QStringLiteral("key"), QStringLiteral("revenue_yoy_pct"));
        });
    }) << QStringLiteral("metrics[0].key: 'revenue_yoy_pct' ends in _yoy_pct");
    QTest::newRow("missing name") << Change([=](QJsonObject &root) {
        metric(root, 5, [](QJsonObject &m) { m.remove(QStringLiteral("name")); });
    }) << QStringLiteral("metrics[5].name: missing");
    QTest::newRow("empty English name") << Change([=](QJsonObject &root) {
        metric(root, 5, [](QJsonObject &m) {
            m.insert(QStringLiteral("name"),
                     QJsonObject {{QStringLiteral("en"), QStringLiteral(" ")}});
        });
    }) << QStringLiteral("metrics[5].name.en: expected a text that is not empty");
    QTest::newRow("unknown field") << Change([=](QJsonObject &root) {
        metric(root, 4,
               [](QJsonObject &m) { m.insert(QStringLiteral("colour"), QStringLiteral("red")); });
    }) << QStringLiteral("metrics[4].colour: unknown field; expected one of key, group");
    QTest::newRow("month out of range") << Change([=](QJsonObject &root) {
        company(root, QStringLiteral("fiscal_year_start_month"), 13);
    }) << QStringLiteral("company.fiscal_year_start_month: expected a month from 1 to 12");
    QTest::newRow("month not a whole number") << Change([=](QJsonObject &root) {
        company(root, QStringLiteral("fiscal_year_start_month"), 4.5);
    }) << QStringLiteral("company.fiscal_year_start_month: expected a month from 1 to 12");
    QTest::newRow("currency not read")
            << Change([=](QJsonObject &root) {
                   company(root, QStringLiteral("currency"), QStringLiteral("EUR"));
               })
            << QStringLiteral(
                       "company.currency: EUR: this version of irdash reads figures in JPY or "
                       "USD only");
    QTest::newRow("company key missing") << Change([=](QJsonObject &root) {
        company(root, QStringLiteral("key"), QJsonValue::Undefined);
    }) << QStringLiteral("company.key: missing");
    QTest::newRow("company key not snake_case") << Change([=](QJsonObject &root) {
        company(root, QStringLiteral("key"), QStringLiteral("IIJ Inc"));
    }) << QStringLiteral("company.key: 'IIJ Inc' is not a company key");
    QTest::newRow("year name without the year") << Change([=](QJsonObject &root) {
        company(root, QStringLiteral("fiscal_year_names"),
                QJsonObject {{QStringLiteral("en"), QStringLiteral("Fiscal {month}")}});
    }) << QStringLiteral("company.fiscal_year_names.en: 'Fiscal {month}' does not name the year");
    QTest::newRow("unknown page") << Change([=](QJsonObject &root) {
        QJsonObject object = root.value(QStringLiteral("dashboard")).toObject();
        object.insert(QStringLiteral("pie_charts"), QJsonArray {});
        root.insert(QStringLiteral("dashboard"), object);
    }) << QStringLiteral("dashboard.pie_charts: unknown field; expected one of headline");
    QTest::newRow("bad currency") << Change([=](QJsonObject &root) {
        company(root, QStringLiteral("currency"), QStringLiteral("yen"));
    }) << QStringLiteral("company.currency: 'yen' is not a currency code");
    QTest::newRow("missing company name") << Change([=](QJsonObject &root) {
        company(root, QStringLiteral("name"), QJsonValue::Undefined);
    }) << QStringLiteral("company.name: missing");
    QTest::newRow("metrics not an array") << Change([](QJsonObject &root) {
        root.insert(QStringLiteral("metrics"), QStringLiteral("all"));
    }) << QStringLiteral("metrics: expected an array");
    QTest::newRow("no metric") << Change([](QJsonObject &root) {
        root.insert(QStringLiteral("metrics"), QJsonArray());
    }) << QStringLiteral("metrics: expected at least one metric");
    const auto dashboard = [](QJsonObject &root, const QString &field, const QJsonValue &value) {
        QJsonObject object = root.value(QStringLiteral("dashboard")).toObject();
        object.insert(field, value);
        root.insert(QStringLiteral("dashboard"), object);
    };
    QTest::newRow("KPI names a missing metric") << Change([=](QJsonObject &root) {
        dashboard(root, QStringLiteral("kpis"), QJsonArray {QStringLiteral("revenue_totl")});
    }) << QStringLiteral("dashboard.kpis[0]: 'revenue_totl' is not a metric of this profile");
    QTest::newRow("revenue mix names its total")
            << Change([=](QJsonObject &root) {
                   dashboard(root, QStringLiteral("revenue_mix"),
                             QJsonObject {{QStringLiteral("segments"),
                                           QJsonArray {QStringLiteral("revenue_total")}},
                                          {QStringLiteral("detailed"),
                                           QJsonArray {QStringLiteral("revenue_atm")}},
                                          {QStringLiteral("recurring_one_time"),
                                           QJsonArray {QStringLiteral("revenue_atm")}}});
               })
            << QStringLiteral(
                       "dashboard.revenue_mix: 'revenue_total' is the total drawn over the parts");
    QTest::newRow("bad colour") << Change([=](QJsonObject &root) {
        dashboard(root, QStringLiteral("colours"),
                  QJsonArray {QJsonObject {{QStringLiteral("suffix"), QStringLiteral("atm")},
                                           {QStringLiteral("colour"), QStringLiteral("orange")}}});
    }) << QStringLiteral("dashboard.colours[0].colour: 'orange' is not a colour");
    const auto ratioOf = [=](QJsonObject &root, const QString &key, const QJsonObject &ratio) {
        QJsonArray metrics = root.value(QStringLiteral("metrics")).toArray();
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            QJsonObject m = metrics[i].toObject();
            if (m.value(QStringLiteral("key")).toString() == key) {
                m.insert(QStringLiteral("ratio"), ratio);
                metrics[i] = m;
            }
        }
        root.insert(QStringLiteral("metrics"), metrics);
    };
    QTest::newRow("ratio names a missing metric") << Change([=](QJsonObject &root) {
        ratioOf(root, QStringLiteral("gross_margin_ratio_total"),
                {{QStringLiteral("numerator"), QStringLiteral("gross_margin_totl")},
                 {QStringLiteral("denominator"), QStringLiteral("revenue_total")}});
    }) << QStringLiteral("metrics[32].ratio: 'gross_margin_totl' is not a metric of this profile");
    QTest::newRow("ratio names itself") << Change([=](QJsonObject &root) {
        ratioOf(root, QStringLiteral("equity_ratio"),
                {{QStringLiteral("numerator"), QStringLiteral("equity_ratio")},
                 {QStringLiteral("denominator"), QStringLiteral("total_assets")}});
    }) << QStringLiteral("ratio: 'equity_ratio' names itself; expected two other metrics");
    QTest::newRow("ratio of unlike parts") << Change([=](QJsonObject &root) {
        ratioOf(root, QStringLiteral("personnel_costs_ratio"),
                {{QStringLiteral("numerator"), QStringLiteral("employees")},
                 {QStringLiteral("denominator"), QStringLiteral("revenue_total")}});
    }) << QStringLiteral("ratio: employees and revenue_total measure different things");
    QTest::newRow("ratio of money") << Change([=](QJsonObject &root) {
        ratioOf(root, QStringLiteral("revenue_total"),
                {{QStringLiteral("numerator"), QStringLiteral("cost_total")},
                 {QStringLiteral("denominator"), QStringLiteral("revenue_atm")}});
    }) << QStringLiteral("metrics[0].ratio: a ratio is a percentage");
    QTest::newRow("parts name their total") << Change([=](QJsonObject &root) {
        metric(root, 0, [](QJsonObject &m) {
            m.insert(QStringLiteral("parts"),
                     QJsonArray {QJsonArray {QStringLiteral("revenue_total"),
                                             QStringLiteral("revenue_atm")}});
        });
    }) << QStringLiteral("metrics[0].parts[0]: 'revenue_total' is a part of itself");
    QTest::newRow("parts of another dimension")
            << Change([=](QJsonObject &root) {
                   metric(root, 0, [](QJsonObject &m) {
                       m.insert(QStringLiteral("parts"),
                                QJsonArray {QJsonArray {QStringLiteral("employees"),
                                                        QStringLiteral("revenue_atm")}});
                   });
               })
            << QStringLiteral(
                       "metrics[0].parts[0]: employees measures another thing than revenue_total");
    QTest::newRow("one part") << Change([=](QJsonObject &root) {
        metric(root, 0, [](QJsonObject &m) {
            m.insert(QStringLiteral("parts"),
                     QJsonArray {QJsonArray {QStringLiteral("revenue_atm")}});
        });
    }) << QStringLiteral("metrics[0].parts[0]: expected a list of two or more metric keys");
    QTest::newRow("newer format") << Change([](QJsonObject &root) {
        root.insert(QStringLiteral("irdash_profile"), 2);
    }) << QStringLiteral("irdash_profile: expected 1");
}

void TestCompanyProfile::malformedProfiles()
{
    using Change = ProfileChange;
    QFETCH(Change, change);
    QFETCH(QString, expected);
    QJsonObject root = bundledJson();
    QVERIFY(!root.isEmpty());
    change(root);
    const auto result
            = CompanyProfile::read(QJsonDocument(root).toJson(), QStringLiteral("x.json"));
    QVERIFY(!result.ok());
    QVERIFY(!result.profile);
    QStringList messages;
    for (const DatasetError &error : result.errors)
        messages.append(error.toString());
    // The error with its place: the path first, or (for a ratio) the path and the reason.
    QVERIFY2(messages.value(0).startsWith(QStringLiteral("x.json: ") + expected)
                     || (expected.startsWith(QStringLiteral("ratio: "))
                         && messages.value(0).contains(QStringLiteral(".") + expected)),
             qPrintable(messages.join(u'\n')));
}

void TestCompanyProfile::syntaxErrorNamesLineAndColumn()
{
    const QByteArray json = "{\n  \"irdash_profile\": 1,\n  \"company\": {,\n}\n";
    const auto result = CompanyProfile::read(json, QStringLiteral("broken.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].line, 3);
    QVERIFY2(result.errors[0].toString().startsWith(QStringLiteral("broken.json:3:")),
             qPrintable(result.errors[0].toString()));
}

void TestCompanyProfile::noMetricKeyInTheCode()
{
    // Company knowledge is data: no key of the bundled profile is written out in the
    // program's sources (tests aside).
    QStringList found;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator files(QStringLiteral(IRDASH_SOURCE_DIR "/") + QString::fromLatin1(folder),
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const MetricDefinition &metric : CompanyProfile::bundled().metrics) {
                if (text.contains(QLatin1Char('"') + metric.key + QLatin1Char('"')))
                    found << QFileInfo(file.fileName()).fileName() + QLatin1Char(':') + metric.key;
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestCompanyProfile)
#include "TestCompanyProfile.moc"
