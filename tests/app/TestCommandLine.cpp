#include "BundledDataset.h"
#include "DatasetReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run irdash(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IRDASH_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

}  // namespace

// `irdash` as a script or a person calls it from a shell.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void dataPrintsEveryBundledFigureAsCsv();
    void dataAsJsonForOnePeriod();
    void dataRoundTripsThroughAFileDatabase();
    void checkPrintsTheReport();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void runtimeErrorForAnUnusableDatabase();
};

void TestCommandLine::dataPrintsEveryBundledFigureAsCsv()
{
    const Run run
            = irdash({QStringLiteral("data"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith("period,metric,value,unit,basis,source,as_of\n"));
    const auto printed
            = DatasetReader::read(run.out, QStringLiteral("stdout"), Fact::Origin::Bundled);
    QVERIFY(printed.ok());
    const auto bundled = BundledDataset::read();
    QCOMPARE(printed.facts.size(), bundled.facts.size());
    for (const Fact &fact : bundled.facts)
        QVERIFY2(printed.facts.contains(fact),
                 qPrintable(fact.period.code() + QLatin1Char(' ') + fact.metric));
    QVERIFY(run.out.contains("1Q13,revenue_total,26441,JPY_million,reported,"));
    QVERIFY(run.out.contains("FY13,eps,148.01,JPY,target,"));
    QVERIFY(run.out.contains("FY13,eps,135.42,JPY,target,"));
}

void TestCommandLine::dataAsJsonForOnePeriod()
{
    const Run run
            = irdash({QStringLiteral("data"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--period"), QStringLiteral("1Q13"), QStringLiteral("--db"),
                      QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray facts = document.array();
    QVERIFY(facts.size() > 50);
    bool sawRevenue = false;
    for (const QJsonValue &value : facts) {
        const QJsonObject fact = value.toObject();
        QCOMPARE(fact.value(QStringLiteral("period")).toString(), QStringLiteral("1Q13"));
        QVERIFY(!fact.value(QStringLiteral("source")).toString().isEmpty());
        QVERIFY(!fact.value(QStringLiteral("basis")).toString().isEmpty());
        if (fact.value(QStringLiteral("metric")).toString() == QLatin1String("revenue_total")) {
            sawRevenue = true;
            QCOMPARE(fact.value(QStringLiteral("value")).toDouble(), 26441.0);
            QCOMPARE(fact.value(QStringLiteral("unit")).toString(), QStringLiteral("JPY_million"));
            QCOMPARE(fact.value(QStringLiteral("as_of")).toString(), QStringLiteral("2013-08-06"));
        }
    }
    QVERIFY(sawRevenue);
}

void TestCommandLine::dataRoundTripsThroughAFileDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    const Run first = irdash({QStringLiteral("data"), QStringLiteral("--db"), db});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(QFile::exists(db));
    // The second run finds the bundled dataset already loaded and prints the same.
    const Run second = irdash({QStringLiteral("data"), QStringLiteral("--db"), db});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, first.out);
}

void TestCommandLine::checkPrintsTheReport()
{
    const Run run
            = irdash({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("Comparisons: ")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("1Q13 [parts] revenue_total vs the sum of its parts")));
    QVERIFY(text.contains(QStringLiteral("stated -1982, recomputed -1983")));
    QVERIFY(text.contains(QStringLiteral("explained by rounding of the inputs")));
    QVERIFY(!text.contains(QStringLiteral("NOT explained")));
}

void TestCommandLine::versionAndHelp()
{
    const Run version = irdash({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("irdash " IRDASH_VERSION));
    const Run help = irdash({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("irdash data [--format csv|json]"));
    QVERIFY(help.out.contains("irdash check"));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("bad format") << QStringList {QStringLiteral("data"), QStringLiteral("--format"),
                                                QStringLiteral("xml")}
                                << QStringLiteral("unknown format 'xml'; expected csv or json");
    QTest::addRow("bad period") << QStringList {QStringLiteral("data"), QStringLiteral("--period"),
                                                QStringLiteral("5Q13")}
                                << QStringLiteral("unknown period '5Q13'");
    QTest::addRow("unknown option")
            << QStringList {QStringLiteral("check"), QStringLiteral("--colour")}
            << QStringLiteral("Unknown option 'colour'");
    QTest::addRow("extra argument") << QStringList {QStringLiteral("data"), QStringLiteral("more")}
                                    << QStringLiteral("unexpected argument 'more'");
    QTest::addRow("unknown command") << QStringList {QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command 'frobnicate'");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run
            = irdash(arguments + QStringList {QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.err.startsWith("irdash: "));
}

void TestCommandLine::runtimeErrorForAnUnusableDatabase()
{
    QTemporaryDir dir;
    const QString notADatabase = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2048, 'n'));
    file.close();
    Run run = irdash({QStringLiteral("data"), QStringLiteral("--db"), notADatabase});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("is not an irdash database"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);  // one clear line

    run = irdash({QStringLiteral("check"), QStringLiteral("--db"),
                  dir.filePath(QStringLiteral("missing/dir/x.sqlite"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot open the database"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
