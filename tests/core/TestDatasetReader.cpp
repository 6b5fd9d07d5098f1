#include "DatasetReader.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestDatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void goodInput();
    void goodInputWithoutAsOfColumn();
    void bundledDataset();

    void errorToString();
    void severalBadLines();
    void errorLimit();
    void derivedSourceNeedsColon();
    void missingFile();
    void largeFile();
    void largeFileErrorsInFileOrder();
    void largeFileInParts();
    void errorInALatePartVoidsTheParts();

private:
    QString m_badDir;
};

namespace {

QByteArray record(const char *period, const char *metric, const char *value, const char *unit,
                  const char *basis, const char *source, const char *asOf)
{
    return QByteArray(period) + ',' + metric + ',' + value + ',' + unit + ',' + basis + ',' + source
            + ',' + asOf + '\n';
}

}  // namespace

void TestDatasetReader::initTestCase()
{
    m_badDir = QStringLiteral(IRDASH_TEST_DATA_DIR "/bad");
    QVERIFY2(QFileInfo(m_badDir).isDir(), qPrintable(m_badDir));
}

void TestDatasetReader::goodInput()
{
    // BOM, CRLF, a quoted source with a comma and doubled quotes, blank lines at the end.
    const QByteArray csv
            = "\xEF\xBB\xBF"
              "period,metric,value,unit,basis,source,as_of\r\n"
              "1Q13,revenue_total,26441,JPY_million,reported,"
              "\"IIJ \"\"1Q FY2013\"\" results, p. 3\",2013-08-06\r\n"
              "1Q13,eps,22.00,JPY,reported,IIJ 1Q FY2013 results,2013-08-06\r\n"
              "1Q13,cash_flow_investing,-1982,JPY_million,reported,IIJ 1Q FY2013 results,"
              "2013-08-06\r\n"
              "FY13,revenue_total,127.5,JPY_billion,target,IIJ FY2013 target,2013-05-15\r\n"
              "1Q13,revenue_total_yoy_pct,6.4,percent,reported,IIJ 1Q FY2013 results,"
              "2013-08-06\r\n"
              "1Q13,operating_income_ratio_yoy_change,-0.3,percent,reported,"
              "IIJ 1Q FY2013 results,2013-08-06\r\n"
              "4Q12,revenue_total,29557,JPY_million,derived,derived: FY12 minus 9M12,\r\n"
              "1Q13,employees,2600,count,reported,  IIJ annual report  ,\r\n"
              "\r\n"
              "\r\n";

    const DatasetReader::Result result
            = DatasetReader::read(csv, QStringLiteral("good.csv"), Fact::Origin::User);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    QVERIFY(result.ok());
    QCOMPARE(result.records, 8);
    QCOMPARE(result.facts.size(), 8);

    struct Expected
    {
        const char *period;
        const char *metric;
        double value;
        int decimals;
        const char *valueText;
        Unit unit;
        Basis basis;
        const char *source;
        QDate asOf;
    };
    const QDate announced(2013, 8, 6);
    const Expected expected[] = {
            {"1Q13", "revenue_total", 26441, 0, "26441", Unit::JpyMillion, Basis::Reported,
             "IIJ \"1Q FY2013\" results, p. 3", announced},
            {"1Q13", "eps", 22, 2, "22.00", Unit::Jpy, Basis::Reported, "IIJ 1Q FY2013 results",
             announced},
            {"1Q13", "cash_flow_investing", -1982, 0, "-1982", Unit::JpyMillion, Basis::Reported,
             "IIJ 1Q FY2013 results", announced},
            {"FY13", "revenue_total", 127.5, 1, "127.5", Unit::JpyBillion, Basis::Target,
             "IIJ FY2013 target", QDate(2013, 5, 15)},
            {"1Q13", "revenue_total_yoy_pct", 6.4, 1, "6.4", Unit::Percent, Basis::Reported,
             "IIJ 1Q FY2013 results", announced},
            {"1Q13", "operating_income_ratio_yoy_change", -0.3, 1, "-0.3", Unit::Percent,
             Basis::Reported, "IIJ 1Q FY2013 results", announced},
            {"4Q12", "revenue_total", 29557, 0, "29557", Unit::JpyMillion, Basis::Derived,
             "derived: FY12 minus 9M12", QDate()},
            {"1Q13", "employees", 2600, 0, "2600", Unit::Count, Basis::Reported,
             "IIJ annual report", QDate()},
    };

    for (qsizetype i = 0; i < result.facts.size(); ++i) {
        const Fact &fact = result.facts.at(i);
        const Expected &want = expected[i];
        QVERIFY(fact.period.isValid());
        QCOMPARE(fact.period.code(), QString::fromUtf8(want.period));
        QCOMPARE(fact.metric, QString::fromUtf8(want.metric));
        QCOMPARE(fact.value, want.value);
        QCOMPARE(fact.decimals, want.decimals);
        QCOMPARE(fact.valueText(), QString::fromUtf8(want.valueText));
        QCOMPARE(Units::code(fact.unit), Units::code(want.unit));
        QCOMPARE(Bases::code(fact.basis), Bases::code(want.basis));
        QCOMPARE(fact.source, QString::fromUtf8(want.source));
        QCOMPARE(fact.asOf, want.asOf);
        QCOMPARE(fact.asOf.isValid(), want.asOf.isValid());
        QCOMPARE(fact.asOfText(),
                 want.asOf.isValid() ? want.asOf.toString(Qt::ISODate) : QString());
        QCOMPARE(Fact::originCode(fact.origin), Fact::originCode(Fact::Origin::User));
    }
}

void TestDatasetReader::goodInputWithoutAsOfColumn()
{
    // Six columns, LF, no line break after the last record.
    const QByteArray csv = "period,metric,value,unit,basis,source\n"
                           "2Q13,revenue_total,27000,JPY_million,reported,IIJ 2Q FY2013 results\n"
                           "2H13,operating_income,3100.5,JPY_million,target,\"IIJ, forecast\"";

    const DatasetReader::Result result
            = DatasetReader::read(csv, QStringLiteral("six.csv"), Fact::Origin::Bundled);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    QVERIFY(result.ok());
    QCOMPARE(result.records, 2);
    QCOMPARE(result.facts.size(), 2);

    const Fact &first = result.facts.at(0);
    QCOMPARE(first.period.code(), QStringLiteral("2Q13"));
    QCOMPARE(first.metric, QStringLiteral("revenue_total"));
    QCOMPARE(first.value, 27000.0);
    QCOMPARE(first.decimals, 0);
    QCOMPARE(first.valueText(), QStringLiteral("27000"));
    QCOMPARE(Units::code(first.unit), QStringLiteral("JPY_million"));
    QCOMPARE(Bases::code(first.basis), QStringLiteral("reported"));
    QCOMPARE(first.source, QStringLiteral("IIJ 2Q FY2013 results"));
    QVERIFY(!first.asOf.isValid());
    QCOMPARE(Fact::originCode(first.origin), QStringLiteral("bundled"));

    const Fact &second = result.facts.at(1);
    QCOMPARE(second.period.code(), QStringLiteral("2H13"));
    QCOMPARE(second.metric, QStringLiteral("operating_income"));
    QCOMPARE(second.value, 3100.5);
    QCOMPARE(second.decimals, 1);
    QCOMPARE(second.valueText(), QStringLiteral("3100.5"));
    QCOMPARE(Units::code(second.unit), QStringLiteral("JPY_million"));
    QCOMPARE(Bases::code(second.basis), QStringLiteral("target"));
    QCOMPARE(second.source, QStringLiteral("IIJ, forecast"));
    QVERIFY(!second.asOf.isValid());
    QCOMPARE(Fact::originCode(second.origin), QStringLiteral("bundled"));
}

void TestDatasetReader::bundledDataset()
{
    // The qrc object file of the static irdash_resources library is linked into the test
    // directly (qt_add_resources makes it an object library), so its static initializer
    // registers :/data without Q_INIT_RESOURCE(irdash_data).
    QVERIFY(QFileInfo::exists(QStringLiteral(":/data/iij-1q13.csv")));

    const DatasetReader::Result result
            = DatasetReader::readFile(QStringLiteral(":/data/iij-1q13.csv"), Fact::Origin::Bundled);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    QVERIFY(result.ok());
    QVERIFY2(result.facts.size() > 300, qPrintable(QString::number(result.facts.size())));
    QCOMPARE(result.facts.size(), result.records);
    for (const Fact &fact : result.facts) {
        QVERIFY(fact.period.isValid());
        QCOMPARE(fact.origin, Fact::Origin::Bundled);
        QVERIFY(!fact.source.isEmpty());
    }
}

// The malformed files in tests/data/bad, each with its expected error, are checked once,
// in TestImport::malformedFileChangesNothing (which also checks the database is unchanged).

void TestDatasetReader::errorToString()
{
    const DatasetReader::Result result = DatasetReader::readFile(
            m_badDir + QStringLiteral("/unknown-metric.csv"), Fact::Origin::User);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().toString(),
             QStringLiteral("unknown-metric.csv:3:6: unknown metric 'revenue_totl'; expected a "
                            "key of the metric catalogue (docs/METRICS.md)"));

    // Without a column, and without a line.
    QCOMPARE((DatasetError {QStringLiteral("a.csv"), 4, 0, QStringLiteral("m")}).toString(),
             QStringLiteral("a.csv:4: m"));
    QCOMPARE((DatasetError {QStringLiteral("a.csv"), 0, 0, QStringLiteral("m")}).toString(),
             QStringLiteral("a.csv: m"));
}

void TestDatasetReader::severalBadLines()
{
    const QByteArray csv = "period,metric,value,unit,basis,source,as_of\n"
            + record("1Q13", "revenue_total", "26441", "JPY_million", "reported", "IIJ", "")
            + record("1Q13", "operating_incme", "1546", "JPY_million", "reported", "IIJ", "")
            + record("1Q13", "net_income_attributable", "1000", "JPY_million", "reported", "IIJ",
                     "")
            + record("1Q13", "eps", "22.00", "JPY", "reportd", "IIJ", "")
            + record("2Q13", "employees", "1.2.3", "count", "reported", "IIJ", "");

    const DatasetReader::Result result
            = DatasetReader::read(csv, QStringLiteral("three.csv"), Fact::Origin::User);
    QVERIFY(!result.ok());
    QVERIFY(result.facts.isEmpty());
    QCOMPARE(result.records, 5);
    QCOMPARE(result.errors.size(), 3);

    QCOMPARE(result.errors.at(0).line, 3);
    QCOMPARE(result.errors.at(0).column, 6);
    QVERIFY(result.errors.at(0).message.contains(QStringLiteral("'operating_incme'")));

    // "1Q13,eps,22.00,JPY," puts the basis at column 20.
    QCOMPARE(result.errors.at(1).line, 5);
    QCOMPARE(result.errors.at(1).column, 20);
    QVERIFY(result.errors.at(1).message.contains(QStringLiteral("'reportd'")));

    // "2Q13,employees," puts the value at column 16.
    QCOMPARE(result.errors.at(2).line, 6);
    QCOMPARE(result.errors.at(2).column, 16);
    QVERIFY(result.errors.at(2).message.contains(QStringLiteral("'1.2.3'")));

    for (const DatasetError &error : result.errors)
        QCOMPARE(error.fileName, QStringLiteral("three.csv"));
}

void TestDatasetReader::errorLimit()
{
    // 150 records with one error each: 100 errors, then one saying the reader stopped.
    QByteArray csv = "period,metric,value,unit,basis,source,as_of\n";
    for (int i = 0; i < 150; ++i)
        csv += record("1Q13", "no_such_metric", "1", "count", "reported", "IIJ", "");
    DatasetReader::Result result
            = DatasetReader::read(csv, QStringLiteral("many.csv"), Fact::Origin::User);
    QCOMPARE(result.errors.size(), DatasetReader::maxErrors + 1);
    QCOMPARE(result.errors.at(DatasetReader::maxErrors - 1).line, DatasetReader::maxErrors + 1);
    const DatasetError &last = result.errors.constLast();
    QCOMPARE(last.line, 0);
    QCOMPARE(last.column, 0);
    QCOMPARE(last.message, QStringLiteral("too many errors; stopped after 100"));
    QVERIFY(result.facts.isEmpty());

    // 99 errors, then a record with three: DatasetReader.h promises "at most maxErrors
    // (+1 saying so)".
    csv = "period,metric,value,unit,basis,source,as_of\n";
    for (int i = 0; i < 99; ++i)
        csv += record("1Q13", "no_such_metric", "1", "count", "reported", "IIJ", "");
    csv += record("5Q13", "no_such_metric", "x", "count", "reported", "IIJ", "");
    result = DatasetReader::read(csv, QStringLiteral("many.csv"), Fact::Origin::User);
    QCOMPARE(result.errors.constLast().message,
             QStringLiteral("too many errors; stopped after 100"));
    QVERIFY(result.errors.size() <= DatasetReader::maxErrors + 1);
}

void TestDatasetReader::derivedSourceNeedsColon()
{
    // A derived figure's source must begin with 'derived:' and then say how.
    const QByteArray csv = "period,metric,value,unit,basis,source,as_of\n"
            + record("4Q12", "revenue_total", "29557", "JPY_million", "derived", "derived by hand",
                     "");
    const DatasetReader::Result result
            = DatasetReader::read(csv, QStringLiteral("d.csv"), Fact::Origin::User);
    QVERIFY(!result.ok());

    // With the colon it is fine, in any case.
    const QByteArray good = "period,metric,value,unit,basis,source,as_of\n"
            + record("4Q12", "revenue_total", "29557", "JPY_million", "derived",
                     "Derived: FY12 minus 9M12", "");
    QVERIFY(DatasetReader::read(good, QStringLiteral("d.csv"), Fact::Origin::User).ok());
}

void TestDatasetReader::missingFile()
{
    const QString path = m_badDir + QStringLiteral("/does-not-exist.csv");
    const DatasetReader::Result result = DatasetReader::readFile(path, Fact::Origin::User);
    QVERIFY(!result.ok());
    QVERIFY(result.facts.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().line, 0);
    QVERIFY(result.errors.constFirst().message.startsWith(
            QStringLiteral("cannot open the file: ")));
}

void TestDatasetReader::largeFile()
{
    int records = 0;
    const QByteArray data = largeDatasetFile(&records);
    QVERIFY(data.size() > (2 << 20));  // two parts of at least a million characters
    const auto result = DatasetReader::read(data, QStringLiteral("large.csv"), Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.records, records);
    QCOMPARE(result.facts.size(), records);
    // In file order, values as written.
    for (qsizetype i = 0; i < result.facts.size(); i += 997) {
        QCOMPARE(result.facts[i].value, double(i) + double((i % 12 + 1) % 10) / 10);
        QCOMPARE(result.facts[i].decimals, 1);
    }
    QCOMPARE(result.facts.first().source, QStringLiteral("a \"quoted\" source\nover two lines"));
    QCOMPARE(result.facts.last().period.code(), QStringLiteral("4Q99"));
}

void TestDatasetReader::largeFileErrorsInFileOrder()
{
    int records = 0;
    QByteArray data = largeDatasetFile(&records);
    const QByteArray firstRecord = data.split('\n').value(1) + '\n' + data.split('\n').value(2);
    // A bad value three quarters in, and the first record again at the end.
    const qsizetype late = data.indexOf("\n4Q75,");
    QVERIFY(late > 0);
    const int lateLine = static_cast<int>(data.left(late + 1).count('\n')) + 1;
    data.insert(late + 1, "4Q75,revenue_total,12x,JPY_million,reported,s,2075-01-01\n");
    data += firstRecord + '\n';
    const int lastLine = static_cast<int>(data.count('\n')) - 1;

    const auto result = DatasetReader::read(data, QStringLiteral("large.csv"), Fact::Origin::User);
    QCOMPARE(result.facts.size(), 0);
    QCOMPARE(result.errors.size(), 2);
    QCOMPARE(result.errors[0].line, lateLine);
    QVERIFY2(result.errors[0].message.contains(QStringLiteral("invalid number '12x'")),
             qPrintable(result.errors[0].message));
    QCOMPARE(result.errors[1].line, lastLine);
    QVERIFY2(result.errors[1].message.contains(QStringLiteral("repeat line 2")),
             qPrintable(result.errors[1].message));
}

void TestDatasetReader::largeFileInParts()
{
    int records = 0;
    QTemporaryDir dir;
    const QString path
            = writeTestFile(dir, QStringLiteral("large.csv"), largeDatasetFile(&records));
    QVERIFY(!path.isEmpty());
    QList<QList<Fact>> parts;
    const auto result = DatasetReader::readFile(path, Fact::Origin::User,
                                                [&](QList<Fact> &&part) { parts.append(part); });
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QVERIFY(result.facts.isEmpty());  // handed over, not kept
    QCOMPARE(result.records, records);
    QVERIFY2(parts.size() >= 2, qPrintable(QString::number(parts.size())));
    // The parts, joined, are the file as read whole.
    QList<Fact> joined;
    for (const QList<Fact> &part : std::as_const(parts)) {
        QVERIFY(!part.isEmpty());
        joined.append(part);
    }
    QCOMPARE(joined, DatasetReader::readFile(path, Fact::Origin::User).facts);

    // A small file comes in one part, at the end.
    parts.clear();
    const QString small = writeTestFile(dir, QStringLiteral("small.csv"),
                                        "period,metric,value,unit,basis,source\n"
                                        "1Q13,revenue_total,26441,JPY_million,reported,IIJ\n");
    QVERIFY(DatasetReader::readFile(small, Fact::Origin::User, [&](QList<Fact> &&part) {
                parts.append(part);
            }).ok());
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first().size(), 1);
}

void TestDatasetReader::errorInALatePartVoidsTheParts()
{
    // The first part is handed over before the error three quarters in is found; the
    // errors then come in file order, as from a one-pass read.
    int records = 0;
    QByteArray data = largeDatasetFile(&records);
    const qsizetype late = data.indexOf("\n4Q75,");
    QVERIFY(late > 0);
    const int lateLine = static_cast<int>(data.left(late + 1).count('\n')) + 1;
    data.insert(late + 1, "4Q75,revenue_total,12x,JPY_million,reported,s,2075-01-01\n");
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, QStringLiteral("late-error.csv"), data);
    qsizetype handedOver = 0;
    const auto result = DatasetReader::readFile(
            path, Fact::Origin::User, [&](QList<Fact> &&part) { handedOver += part.size(); });
    QVERIFY(handedOver > 0);
    QVERIFY(handedOver < records);
    QVERIFY(result.facts.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, lateLine);
    QVERIFY(result.errors.first().message.contains(QStringLiteral("invalid number '12x'")));
}

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "TestDatasetReader.moc"
