#include "DatasetReader.h"
#include "FactWriter.h"
#include "Store.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class TestDatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void boundsRoundTrip();
    void boundsOnlyForTargets();
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

    void lookAlikeCharacters_data();
    void lookAlikeCharacters();
    void fullWidthForms();
    void sourceCharacters_data();
    void sourceCharacters();
    void asOfRange_data();
    void asOfRange();
    void lineEnds_data();
    void lineEnds();
    void strayQuoteInParts_data();
    void strayQuoteInParts();
    void blankLineAtAPartBoundary_data();
    void blankLineAtAPartBoundary();
    void blankLineAnywhereInParts();
    void onePartAndManyAgree_data();
    void onePartAndManyAgree();

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

const QByteArray header = "period,metric,value,unit,basis,source,as_of";

// Lowers the size from which a file is read in parts, for one test: small files then take
// the parallel path.
class MinimumPartSize final
{
public:
    explicit MinimumPartSize(qsizetype characters)
    {
        DatasetReader::setMinimumPartSize(characters);
    }
    ~MinimumPartSize() { DatasetReader::setMinimumPartSize(0); }
    Q_DISABLE_COPY_MOVE(MinimumPartSize)
};

// The lines of a file (header first, no line ends) of `records` figures of one metric, a
// day apart; every third source quoted, with a comma and doubled quotes, unless `quoted`
// is false: then every line is as long as the others.
QByteArrayList smallDatasetLines(int records, bool quoted = true)
{
    QByteArrayList lines = {header};
    for (int i = 0; i < records; ++i) {
        const QByteArray number = QByteArray::number(i).rightJustified(3, '0');
        const QByteArray source = quoted && i % 3 == 0
                ? QByteArray("\"IIJ \"\"1Q\"\" results, p. " + number + '"')
                : QByteArray("IIJ 1Q FY2013 results p. " + number);
        lines.append("1Q13,revenue_total," + QByteArray::number(26000 + i)
                     + ",JPY_million,reported," + source + ','
                     + QDate(2013, 8, 6).addDays(i).toString(Qt::ISODate).toLatin1());
    }
    return lines;
}

QByteArray joined(const QByteArrayList &lines, const QByteArray &lineEnd = "\n")
{
    return lines.join(lineEnd) + lineEnd;
}

// The record with period, metric, value, unit, basis, source and as_of at `column`
// replaced by `text`, after the header.
QByteArray withField(int column, const QByteArray &text)
{
    QByteArrayList fields
            = {"1Q13", "revenue_total", "26441", "JPY_million", "reported", "IIJ", "2013-08-06"};
    fields[column] = text;
    return header + '\n' + fields.join(',') + '\n';
}

QStringList errorTexts(const DatasetReader::Result &result)
{
    QStringList texts;
    for (const DatasetError &error : result.errors)
        texts.append(error.toString());
    return texts;
}

QStringList positions(const DatasetReader::Result &result)
{
    QStringList texts;
    for (const DatasetError &error : result.errors)
        texts.append(QStringLiteral("%1:%2").arg(error.line).arg(error.column));
    return texts;
}

struct PartsRead
{
    DatasetReader::Result result;
    QList<QList<Fact>> parts;  // as handed over

    QList<Fact> facts() const
    {
        QList<Fact> all;
        for (const QList<Fact> &part : parts)
            all.append(part);
        return all;
    }
};

const QString partsFileName = QStringLiteral("parts.csv");

// Reads `data` as `irdash import` does: from a file, the figures handed over part by part.
PartsRead readWithSink(const QByteArray &data)
{
    PartsRead read;
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, partsFileName, data);
    if (path.isEmpty())
        qFatal("cannot write %s", qPrintable(dir.filePath(partsFileName)));
    read.result = DatasetReader::readFile(path, Fact::Origin::User,
                                          [&](QList<Fact> &&part) { read.parts.append(part); });
    return read;
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
    QCOMPARE(result.facts.first().source, QStringLiteral("a \"quoted\" source, on one line"));
    QCOMPARE(result.facts.last().period.code(), QStringLiteral("4Q99"));
}

void TestDatasetReader::largeFileErrorsInFileOrder()
{
    int records = 0;
    QByteArray data = largeDatasetFile(&records);
    const QByteArray firstRecord = data.split('\n').value(1);
    // A bad value three quarters in, and the first record again at the end.
    const qsizetype late = data.indexOf("\n4Q75,");
    QVERIFY(late > 0);
    const int lateLine = static_cast<int>(data.left(late + 1).count('\n')) + 1;
    data.insert(late + 1, "4Q75,revenue_total,12x,JPY_million,reported,s,2015-01-01\n");
    data += firstRecord + '\n';
    const int lastLine = static_cast<int>(data.count('\n'));

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
    data.insert(late + 1, "4Q75,revenue_total,12x,JPY_million,reported,s,2015-01-01\n");
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

void TestDatasetReader::lookAlikeCharacters_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    // The record is "1Q13,revenue_total,26441,JPY_million,reported,IIJ,2013-08-06" with one
    // field replaced: they start at columns 1, 6, 20, 26, 38, 47 and 51. Once read as what
    // they look like (NFKC), each of these was a different value or key, or accepted.
    const QString value = QStringLiteral("in the value; expected a number in ASCII or full-width");
    QTest::newRow("superscript after digits")
            << 2 << QStringLiteral(u"26441¹") << 25
            << QStringLiteral(u"unexpected character '¹' (U+00B9) ") + value;
    QTest::newRow("superscript digits") << 2 << QStringLiteral(u"²⁶⁴⁴¹") << 20
                                        << QStringLiteral(u"unexpected character '²' (U+00B2)");
    QTest::newRow("parenthesized digit") << 2 << QStringLiteral(u"⑴") << 20
                                         << QStringLiteral(u"unexpected character '⑴' (U+2474)");
    QTest::newRow("circled digits") << 2 << QStringLiteral(u"①②") << 20
                                    << QStringLiteral(u"unexpected character '①' (U+2460)");
    QTest::newRow("mathematical digits")
            << 2 << QStringLiteral(u"\U0001D7D0\U0001D7D4\U0001D7D2\U0001D7D2\U0001D7CF") << 20
            << QStringLiteral(u"unexpected character '\U0001D7D0' (U+1D7D0)");
    // A character outside the BMP takes two columns, as the tokenizer counts.
    QTest::newRow("after a mathematical digit")
            << 2 << QStringLiteral(u"2\U0001D7D4x") << 21
            << QStringLiteral(u"unexpected character '\U0001D7D4' (U+1D7D4)");
    QTest::newRow("minus sign") << 2 << QStringLiteral(u"−3") << 20
                                << QStringLiteral(u"unexpected character '−' (U+2212)");
    QTest::newRow("superscript after full-width digits")
            << 2 << QStringLiteral(u"２６４４１¹") << 25
            << QStringLiteral(u"unexpected character '¹' (U+00B9)");
    QTest::newRow("full-width white parenthesis")
            << 2 << QStringLiteral(u"｟1234｠") << 20
            << QStringLiteral(u"unexpected character '｟' (U+FF5F)");
    // Quoted: the text starts after the quote.
    QTest::newRow("quoted value") << 2 << QStringLiteral(u"\"(1,234)²\"") << 28
                                  << QStringLiteral(u"unexpected character '²' (U+00B2)");
    QTest::newRow("period of superscripts")
            << 0 << QStringLiteral(u"¹Q¹⁴") << 1
            << QStringLiteral(u"unexpected character '¹' (U+00B9) in the period field; expected "
                              u"ASCII or full-width letters, digits and signs");
    QTest::newRow("metric with a ligature")
            << 1 << QStringLiteral(u"cash_ﬂow_operating") << 11
            << QStringLiteral(u"unexpected character 'ﬂ' (U+FB02) in the metric field");
    QTest::newRow("metric with a zero-width space")
            << 1 << QStringLiteral(u"revenue\u200B_total") << 13
            << QStringLiteral("unexpected character U+200B in the metric field");
    QTest::newRow("metric in half-width katakana")
            << 1 << QStringLiteral(u"ｳﾘｱｹﾞ") << 6
            << QStringLiteral(u"unexpected character 'ｳ' (U+FF73) in the metric field");
    QTest::newRow("unit with an ideographic space")
            << 3 << QStringLiteral(u"JPY_million\u3000") << 37
            << QStringLiteral("unexpected character U+3000 in the unit field");
    QTest::newRow("basis with a Cyrillic e")
            << 4 << QStringLiteral(u"r\u0435ported") << 39
            << QStringLiteral(u"unexpected character 'е' (U+0435) in the basis field");
    QTest::newRow("date with a superscript")
            << 6 << QStringLiteral(u"2013-08-0⁶") << 60
            << QStringLiteral(u"unexpected character '⁶' (U+2076) in the as_of field");
    QTest::newRow("date with hyphens") << 6 << QStringLiteral(u"2013‐08‐06") << 55
                                       << QStringLiteral(u"unexpected character '‐' (U+2010)");
}

void TestDatasetReader::lookAlikeCharacters()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const auto result = DatasetReader::read(withField(field, text.toUtf8()),
                                            QStringLiteral("look.csv"), Fact::Origin::User);
    QVERIFY(result.facts.isEmpty());
    QCOMPARE(errorTexts(result).size(), 1);
    const DatasetError &error = result.errors.constFirst();
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
}

void TestDatasetReader::fullWidthForms()
{
    // What a Japanese input method types: full-width forms, read one to one as ASCII, in
    // every field; the source keeps its characters as written.
    const QString csv
            = QString::fromLatin1(header)
            + QStringLiteral(
                      u"\n１Ｑ１３,ｒｅｖｅｎｕｅ＿ｔｏｔａｌ,２６４４１,ＪＰＹ＿ｍｉｌｌｉｏｎ,"
                      u"ｒｅｐｏｒｔｅｄ,ＩＩＪ　決算短信,２０１３－０８－０６\n"
                      u"1Q13,operating_income,\"（１，２３４．５）\",JPY_million,reported,"
                      u"IIJ,2013-08-06\n"
                      u"1Q13,net_income_attributable,△１，２３４,JPY_million,reported,IIJ,"
                      u"2013-08-06\n"
                      u"1Q13,operating_income_ratio_yoy_change,－０．３,percent,reported,IIJ,"
                      u"2013-08-06\n");
    const auto result
            = DatasetReader::read(csv.toUtf8(), QStringLiteral("wide.csv"), Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.facts.size(), 4);
    const Fact &revenue = result.facts[0];
    QCOMPARE(revenue.period.code(), QStringLiteral("1Q13"));
    QCOMPARE(revenue.metric, QStringLiteral("revenue_total"));
    QCOMPARE(revenue.value, 26441.0);
    QCOMPARE(revenue.unit, Unit::JpyMillion);
    QCOMPARE(revenue.basis, Basis::Reported);
    QCOMPARE(revenue.source, QStringLiteral(u"ＩＩＪ　決算短信"));
    QCOMPARE(revenue.asOf, QDate(2013, 8, 6));
    QCOMPARE(result.facts[1].value, -1234.5);
    QCOMPARE(result.facts[1].decimals, 1);
    QCOMPARE(result.facts[2].value, -1234.0);
    QCOMPARE(result.facts[3].value, -0.3);
    QCOMPARE(result.facts[3].decimals, 1);
}

void TestDatasetReader::sourceCharacters_data()
{
    QTest::addColumn<QString>("source");  // the field as written
    QTest::addColumn<int>("line");  // of the error; 0 when the source is accepted
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");  // of the error, or the source as stored

    // The source field starts at column 47 of line 2.
    const QString control = QStringLiteral("control character %1 in the source; expected text "
                                           "without control or bidirectional formatting "
                                           "characters (a tab or a line break is allowed)");
    QTest::newRow("escape") << QStringLiteral("IIJ \x1B[31mred") << 2 << 51
                            << control.arg(QStringLiteral("U+001B"));
    QTest::newRow("bell") << QStringLiteral("IIJ\x07") << 2 << 50
                          << control.arg(QStringLiteral("U+0007"));
    QTest::newRow("backspace") << QStringLiteral("IIJ\x08\x08\x08") << 2 << 50
                               << control.arg(QStringLiteral("U+0008"));
    QTest::newRow("delete") << QStringLiteral("IIJ\x7F") << 2 << 50
                            << control.arg(QStringLiteral("U+007F"));
    QTest::newRow("C1 next line") << QStringLiteral(u"IIJ\u0085") << 2 << 50
                                  << control.arg(QStringLiteral("U+0085"));
    QTest::newRow("C1 control sequence introducer")
            << QStringLiteral(u"\u009B31mIIJ") << 2 << 47 << control.arg(QStringLiteral("U+009B"));
    QTest::newRow("left-to-right embedding")
            << QStringLiteral(u"IIJ \u202A") << 2 << 51 << control.arg(QStringLiteral("U+202A"));
    QTest::newRow("right-to-left override") << QStringLiteral(u"IIJ \u202Etxt.exe") << 2 << 51
                                            << control.arg(QStringLiteral("U+202E"));
    QTest::newRow("left-to-right isolate")
            << QStringLiteral(u"\u2066IIJ") << 2 << 47 << control.arg(QStringLiteral("U+2066"));
    QTest::newRow("pop directional isolate")
            << QStringLiteral(u"IIJ\u2069") << 2 << 50 << control.arg(QStringLiteral("U+2069"));
    QTest::newRow("after doubled quotes") << QStringLiteral("\"IIJ \"\"1Q\"\"\x1B\"") << 2 << 58
                                          << control.arg(QStringLiteral("U+001B"));

    // Nothing but invisible characters is no source.
    const QString empty
            = QStringLiteral("empty source; expected the document the figure comes from");
    QTest::newRow("zero-width space") << QStringLiteral(u"\u200B") << 2 << 47 << empty;
    QTest::newRow("joiners and a word joiner")
            << QStringLiteral(u"\u200C\u200D\u2060") << 2 << 47 << empty;
    QTest::newRow("byte order mark and spaces") << QStringLiteral(u"\uFEFF  ") << 2 << 47 << empty;
    QTest::newRow("ideographic space") << QStringLiteral(u"\u3000") << 2 << 47 << empty;
    QTest::newRow("no-break space") << QStringLiteral(u"\u00A0") << 2 << 47 << empty;
    QTest::newRow("tab") << QStringLiteral("\"\t\"") << 2 << 47 << empty;

    // Accepted, as written (but for the whitespace around).
    QTest::newRow("tab inside") << QStringLiteral("IIJ\tresults") << 0 << 0
                                << QStringLiteral("IIJ\tresults");
    QTest::newRow("zero-width space inside")
            << QStringLiteral(u"IIJ\u200Bresults") << 0 << 0 << QStringLiteral(u"IIJ\u200Bresults");
    QTest::newRow("Japanese") << QStringLiteral(u" ＩＩＪ　決算短信（ネットワーク）①　") << 0 << 0
                              << QStringLiteral(u"ＩＩＪ　決算短信（ネットワーク）①");
}

void TestDatasetReader::sourceCharacters()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const auto result = DatasetReader::read(withField(5, source.toUtf8()),
                                            QStringLiteral("source.csv"), Fact::Origin::User);
    if (line == 0) {
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
        QCOMPARE(result.facts.size(), 1);
        QCOMPARE(result.facts.constFirst().source, fragment);
        return;
    }
    QVERIFY(result.facts.isEmpty());
    QCOMPARE(errorTexts(result).size(), 1);
    const DatasetError &error = result.errors.constFirst();
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.message, fragment);
}

void TestDatasetReader::asOfRange_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("accepted");

    const QDate latest = QDate::currentDate().addYears(10);
    QTest::newRow("the day before 1900") << QStringLiteral("1899-12-31") << false;
    QTest::newRow("the first day of 1900") << QStringLiteral("1900-01-01") << true;
    QTest::newRow("an announcement") << QStringLiteral("2013-08-06") << true;
    QTest::newRow("ten years from today") << latest.toString(Qt::ISODate) << true;
    QTest::newRow("a day later") << latest.addDays(1).toString(Qt::ISODate) << false;
    QTest::newRow("year 9999") << QStringLiteral("9999-12-31") << false;
    QTest::newRow("year 0001") << QStringLiteral("0001-01-01") << false;
}

void TestDatasetReader::asOfRange()
{
    QFETCH(QString, date);
    QFETCH(bool, accepted);

    const auto result = DatasetReader::read(withField(6, date.toLatin1()),
                                            QStringLiteral("date.csv"), Fact::Origin::User);
    if (accepted) {
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
        QCOMPARE(result.facts.constFirst().asOf, QDate::fromString(date, Qt::ISODate));
        return;
    }
    QCOMPARE(errorTexts(result),
             QStringList(
                     QStringLiteral("date.csv:2:51: date '%1' out of range; expected an as_of "
                                    "from 1900-01-01 to %2 (ten years from today)")
                             .arg(date, QDate::currentDate().addYears(10).toString(Qt::ISODate))));
}

void TestDatasetReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("positions");  // line:column of every error
    QTest::addColumn<QString>("fragment");  // of the first error

    // Line 2 is good; what is wrong is on line 3 (or later), whose fields start at columns
    // 1, 6, 20, 26, 38 and 47.
    const QByteArray good = "1Q13,operating_income,1546,JPY_million,reported,IIJ,2013-08-06\n";
    const QByteArray unknownMetric = "1Q13,revenue_totl,26441,JPY_million,reported,IIJ,\n";
    const QByteArray quotedLineBreak
            = "1Q13,revenue_total,26441,JPY_million,reported,\"IIJ\nresults\",2013-13-01\n";
    QStringEncoder toShiftJis("CP932");
    const QByteArray kana
            = toShiftJis.encode(QStringLiteral(u"1Q13,operating_income,1546,"
                                               u"JPY_million,reported,決算短信（ネット"
                                               u"ワーク）,2013-08-06\n"));
    struct Case
    {
        const char *name;
        QByteArray body;
        QStringList positions;
        QString fragment;
    };
    const Case cases[] = {
            {"unknown metric",
             good + unknownMetric,
             {QStringLiteral("3:6")},
             QStringLiteral("unknown metric 'revenue_totl'")},
            // A quoted source may go on over a line break; the date on the next line is
            // found where it is.
            {"line break in a quoted source",
             good + quotedLineBreak + unknownMetric,
             {QStringLiteral("4:10"), QStringLiteral("5:6")},
             QStringLiteral("invalid date")},
            // Found in the bytes, before the text is decoded.
            {"byte that is not UTF-8",
             good + "1Q13,revenue_total,26441,JPY_million,reported,IIJ r\xE9sultats,\n",
             {QStringLiteral("3:52")},
             QStringLiteral("byte sequence that is neither UTF-8 nor Shift_JIS")},
            {"NUL",
             good + QByteArray("1Q13,revenue_total,26441,JPY_million,reported,IIJ\0,\n", 53),
             {QStringLiteral("3:50")},
             QStringLiteral("NUL character")},
            {"Shift_JIS with a pair CP932 leaves unassigned",
             kana + "1Q13,revenue_total,26441,JPY_million,reported,IIJ \x85\x40,\n",
             {QStringLiteral("3:51")},
             QStringLiteral("byte sequence that is not Shift_JIS (CP932)")},
    };
    for (const Case &c : cases) {
        const QByteArray data = header + '\n' + c.body;
        QTest::addRow("LF, %s", c.name) << data << c.positions << c.fragment;
        QByteArray crlf = data;
        crlf.replace("\n", "\r\n");
        QTest::addRow("CRLF, %s", c.name) << crlf << c.positions << c.fragment;
        QByteArray cr = data;
        cr.replace('\n', '\r');
        QTest::addRow("CR, %s", c.name) << cr << c.positions << c.fragment;
    }
}

void TestDatasetReader::lineEnds()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, positions);
    QFETCH(QString, fragment);

    const auto result = DatasetReader::read(data, QStringLiteral("ends.csv"), Fact::Origin::User);
    QCOMPARE(::positions(result), positions);
    QVERIFY2(result.errors.constFirst().message.contains(fragment),
             qPrintable(result.errors.constFirst().message));

    // The same in parts.
    const MinimumPartSize small(30);
    QCOMPARE(::positions(readWithSink(data).result), positions);
}

void TestDatasetReader::strayQuoteInParts_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    // Each record's source starts at column 47.
    // Opened and never closed: read on, the field ends at the next quote, on a later line,
    // and is reported where it opened.
    const QByteArray unclosed = "\"IIJ 1Q FY2013 results";
    const QString notClosed = QStringLiteral("quoted field is not closed");
    QTest::newRow("unclosed, line 11") << 11 << unclosed << 47 << notClosed;
    QTest::newRow("unclosed, line 150") << 150 << unclosed << 47 << notClosed;
    QTest::newRow("unclosed, last line") << 301 << unclosed << 47 << notClosed;
    QTest::newRow("inside a field, line 11") << 11 << QByteArray("IIJ \"1Q FY2013 results") << 51
                                             << QStringLiteral("quote inside an unquoted field");
}

void TestDatasetReader::strayQuoteInParts()
{
    QFETCH(int, line);
    QFETCH(QByteArray, source);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    QByteArrayList lines = smallDatasetLines(300);
    QByteArrayList fields = lines[line - 1].split(',');
    // A quoted source has a comma: the fields after it move up.
    const bool quoted = fields[5].startsWith('"');
    fields[5] = source;
    if (quoted)
        fields.removeAt(6);
    lines[line - 1] = fields.join(',');
    const QByteArray data = joined(lines);

    // Parts of a line or two: the file is split before the stray quote, which leaves no
    // line end outside a quoted field after it.
    const MinimumPartSize small(100);
    const PartsRead read = readWithSink(data);
    QCOMPARE(read.result.errors.size(), 1);
    const DatasetError &error = read.result.errors.constFirst();
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QVERIFY(read.result.facts.isEmpty());
    if (line > 11)
        QVERIFY(!read.parts.isEmpty());  // parts before it were read (and are void now)

    QCOMPARE(errorTexts(DatasetReader::read(data, partsFileName, Fact::Origin::User)),
             errorTexts(read.result));
}

void TestDatasetReader::blankLineAtAPartBoundary_data()
{
    QTest::addColumn<bool>("lastLineOfAPart");

    QTest::newRow("the last line of a part") << true;
    QTest::newRow("the first line of a part") << false;
}

void TestDatasetReader::blankLineAtAPartBoundary()
{
    QFETCH(bool, lastLineOfAPart);

    // Two parts: the first ends at the first line end at or past the middle of the records,
    // begin + size / 2 (begin is where the records start). With h records of L characters
    // before the blank line and the rest R characters long, that is the blank line's own
    // line end when R is h L + 1, and the line end just before it when R is h L.
    QByteArrayList lines = smallDatasetLines(20, false);
    const int before = 10;
    const qsizetype length = lines[1].size() + 1;
    // A space after a source (which is no part of it) for the character more.
    const auto lengthen = [](QByteArray &line) { line.replace(",2013-", " ,2013-"); };
    if (lastLineOfAPart)
        lengthen(lines.last());
    QByteArrayList withBlank = lines;
    withBlank.insert(1 + before, QByteArray());
    const QByteArray data = joined(withBlank);
    const qsizetype begin = header.size() + 1;
    const qsizetype size = data.size() - begin;
    QCOMPARE(size, 2 * before * length + (lastLineOfAPart ? 2 : 1));
    const qsizetype blankEnd = begin + before * length;  // the blank line's line end
    QCOMPARE(data[blankEnd], '\n');
    QCOMPARE(data[blankEnd - 1], '\n');

    const MinimumPartSize half(size / 2);
    // A clean file of the same size is read in the two parts.
    lengthen(lines[1]);
    QCOMPARE(joined(lines).size(), data.size());
    QCOMPARE(readWithSink(joined(lines)).parts.size(), 2);
    const PartsRead read = readWithSink(data);
    QCOMPARE(errorTexts(read.result),
             QStringList(QStringLiteral("parts.csv:%1:1: empty line; expected a record with 7 "
                                        "fields")
                                 .arg(before + 2)));
    QVERIFY(read.result.facts.isEmpty());
}

void TestDatasetReader::blankLineAnywhereInParts()
{
    // Parts of two or three lines, and the blank line before every record in turn: at the
    // end of a part, at its start, inside one.
    const QByteArrayList lines = smallDatasetLines(40);
    const MinimumPartSize small(200);
    QVERIFY(readWithSink(joined(lines)).parts.size() >= 10);
    for (int record = 1; record < lines.size(); ++record) {
        QByteArrayList withBlank = lines;
        withBlank.insert(record, QByteArray());
        const PartsRead read = readWithSink(joined(withBlank));
        QCOMPARE(errorTexts(read.result),
                 QStringList(QStringLiteral("parts.csv:%1:1: empty line; expected a record with "
                                            "7 fields")
                                     .arg(record + 1)));
    }
    // Blank lines after the last record are fine.
    QVERIFY(readWithSink(joined(lines) + "\n\n\r\n").result.ok());
}

void TestDatasetReader::onePartAndManyAgree_data()
{
    QTest::addColumn<QByteArray>("data");

    // Every third record, from line 2 on, has a quoted source; the others read "IIJ 1Q
    // FY2013 results p. NNN".
    const QByteArrayList lines = smallDatasetLines(120);
    const auto changed = [&](QList<std::tuple<int, QByteArray, QByteArray>> changes) {
        QByteArrayList copy = lines;
        for (const auto &[line, from, to] : changes) {
            if (!copy[line - 1].contains(from))
                qFatal("line %d has no %s", line, from.constData());
            copy[line - 1].replace(from, to);
        }
        return joined(copy);
    };
    const QByteArray clean = joined(lines);
    QTest::newRow("clean") << clean;
    QTest::newRow("clean, CRLF") << joined(lines, "\r\n");
    QTest::newRow("clean, CR") << joined(lines, "\r");
    QTest::newRow("clean, blank lines at the end") << clean + "\n\n\n";
    QStringEncoder toShiftJis("CP932");
    QTest::newRow("clean, Shift_JIS")
            << QByteArray(toShiftJis.encode(QString::fromLatin1(clean).replace(
                       QStringLiteral("IIJ 1Q FY2013 results"),
                       QStringLiteral(u"ＩＩＪ　決算短信（ネットワーク）"))));
    QTest::newRow("bad value") << changed({{60, ",260", ",2x6"}});
    QTest::newRow("first record again at the end") << clean + lines[1] + '\n';
    QTest::newRow("blank line") << changed({{70, lines[69], QByteArray()}});
    QTest::newRow("two blank lines") << changed({{70, lines[69], "\n"}});
    QTest::newRow("unclosed quote, line 12") << changed({{12, "IIJ 1Q", "\"IIJ 1Q"}});
    QTest::newRow("unclosed quote, line 111") << changed({{111, "IIJ 1Q", "\"IIJ 1Q"}});
    QTest::newRow("two stray quotes")
            << changed({{30, "IIJ 1Q", "\"IIJ 1Q"}, {31, "IIJ 1Q", "I\"J 1Q"}});
    QTest::newRow("truncated in a quoted source") << clean + "1Q13,eps,22.00,JPY,reported,\"IIJ";
    QTest::newRow("quoted line break")
            << changed({{51, "IIJ 1Q", "\"IIJ\n1Q"}, {51, ",2013-", "\",2013-"}});
    QTest::newRow("look-alike digit") << changed({{100, ",26", QByteArray(",²6")}});
    QTest::newRow("escape in a source") << changed({{90, "IIJ 1Q", "IIJ \x1B[2J 1Q"}});
    QTest::newRow("as_of out of range") << changed({{80, ",2013-", ",2113-"}});
    QByteArray many = clean;
    many.replace(",reported,", ",reportd,");
    many.replace(",JPY_million,", ",JPY_millions,");
    QTest::newRow("240 errors") << many;
    QTest::newRow("only blank lines after the header") << header + "\n\n\n";
}

void TestDatasetReader::onePartAndManyAgree()
{
    QFETCH(QByteArray, data);

    // Small enough to be read in one pass by default.
    QVERIFY(data.size() < DatasetReader::minimumPartSize());
    const auto one = DatasetReader::read(data, partsFileName, Fact::Origin::User);
    QVERIFY(one.ok() == one.errors.isEmpty());
    for (const qsizetype partSize : {1, 40, 150, 700}) {
        const MinimumPartSize small(partSize);
        const auto whole = DatasetReader::read(data, partsFileName, Fact::Origin::User);
        QCOMPARE(errorTexts(whole), errorTexts(one));
        QCOMPARE(whole.facts, one.facts);
        QCOMPARE(whole.records, one.records);
        QCOMPARE(whole.encoding, one.encoding);

        const PartsRead read = readWithSink(data);
        QCOMPARE(errorTexts(read.result), errorTexts(one));
        QCOMPARE(read.result.records, one.records);
        QCOMPARE(read.result.encoding, one.encoding);
        QVERIFY(read.result.facts.isEmpty());
        if (one.ok()) {
            QCOMPARE(read.facts(), one.facts);
            if (partSize <= 150)
                QVERIFY2(read.parts.size() >= 2, qPrintable(QString::number(read.parts.size())));
        }
    }
}

// A target may be a lower bound, an upper bound or a range; each reads, writes and reads
// back as it was stated.
void TestDatasetReader::boundsRoundTrip()
{
    const QByteArray csv = "period,metric,value,unit,basis,source,as_of\n"
                           "FY13,cloud_revenue,>10,JPY_billion,target,deck III-1,2013-08-06\n"
                           "FY13,operating_income,<6000,JPY_million,target,release,2014-02-07\n"
                           "FY13,revenue_total,985~1005,JPY_million,target,release,2013-05-15\n"
                           // Full width, as Japanese spreadsheets write it.
                           "FY14,revenue_total,１２０～１３０,JPY_million,target,release,2014-05-15\n";
    const DatasetReader::Result read
            = DatasetReader::read(csv, QStringLiteral("bounds.csv"), Fact::Origin::User);
    QVERIFY2(read.ok(), read.errors.isEmpty() ? "" : qPrintable(read.errors.first().toString()));
    QCOMPARE(read.facts.size(), 4);
    QCOMPARE(read.facts[0].bound, Fact::Bound::AtLeast);
    QCOMPARE(read.facts[0].value, 10.0);
    QCOMPARE(read.facts[0].valueText(), QStringLiteral(">10"));
    QCOMPARE(read.facts[1].bound, Fact::Bound::AtMost);
    QCOMPARE(read.facts[1].valueText(), QStringLiteral("<6000"));
    QCOMPARE(read.facts[2].bound, Fact::Bound::Range);
    QCOMPARE(read.facts[2].value, 985.0);
    QCOMPARE(read.facts[2].upper, 1005.0);
    QCOMPARE(read.facts[2].valueText(), QStringLiteral("985~1005"));
    QCOMPARE(read.facts[3].valueText(), QStringLiteral("120~130"));
    // Through the database and out as the interchange format, and in again.
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(store.importFacts(read.facts).ok);
    const QList<Fact> stored = store.facts();
    QCOMPARE(stored.size(), 4);
    const DatasetReader::Result again = DatasetReader::read(
            FactWriter::toCsv(stored), QStringLiteral("written.csv"), Fact::Origin::User);
    QVERIFY(again.ok());
    QCOMPARE(again.facts, stored);
    for (const Fact &fact : stored)
        QVERIFY(fact.bound != Fact::Bound::Exact);
    // Re-importing the same bounds changes nothing; another bound is another value.
    Store::ImportReport report = store.importFacts(read.facts);
    QVERIFY(report.ok);
    QCOMPARE(report.unchanged, 4);
    QList<Fact> exact = read.facts;
    exact[0].bound = Fact::Bound::Exact;
    report = store.importFacts({exact[0]});
    QVERIFY(!report.ok);
    QCOMPARE(report.conflicts.size(), 1);
}

void TestDatasetReader::boundsOnlyForTargets()
{
    const QByteArray csv = "period,metric,value,unit,basis,source,as_of\n"
                           "1Q13,revenue_total,>26441,JPY_million,reported,release,2013-08-06\n"
                           "FY13,revenue_total,1005~985,JPY_million,target,release,2013-05-15\n"
                           "FY14,revenue_total,985~1005.0,JPY_million,target,release,2014-05-15\n";
    const DatasetReader::Result read
            = DatasetReader::read(csv, QStringLiteral("bounds.csv"), Fact::Origin::User);
    QCOMPARE(read.errors.size(), 3);
    QCOMPARE(read.errors[0].toString(),
             QStringLiteral("bounds.csv:2:20: a bound ('>26441') is for a target; expected a plain "
                            "number for a figure that is reported"));
    QVERIFY2(read.errors[1].toString().startsWith(QStringLiteral("bounds.csv:3:20: invalid range '1005~985'")),
             qPrintable(read.errors[1].toString()));
    QVERIFY2(read.errors[2].toString().startsWith(QStringLiteral("bounds.csv:4:20: invalid range")),
             qPrintable(read.errors[2].toString()));
    QVERIFY(read.facts.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "TestDatasetReader.moc"
