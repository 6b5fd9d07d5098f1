// The import's view of a file: the dataset CSV, a wide CSV or a workbook, told apart by
// content; the data books in tests/data/databook import to exactly the figures they were
// built from (make-databooks.py writes both).

#include "DatasetFile.h"
#include "DatasetReader.h"
#include "FactWriter.h"
#include "Translator.h"

#include <QFile>
#include <QTest>

#include <algorithm>

namespace {

const QString folder = QStringLiteral(IRDASH_TEST_DATA_DIR "/databook/");
const QString bookSource
        = QStringLiteral("IIJ data book (test workbook made from the bundled dataset)");

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The figures as the dataset format writes them, in one order.
QByteArray sorted(QList<Fact> facts)
{
    std::sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) {
        return std::pair(a.period.code(), a.metric) < std::pair(b.period.code(), b.metric);
    });
    return FactWriter::toCsv(facts);
}

}  // namespace

class TestDatasetFile : public QObject
{
    Q_OBJECT

private slots:
    void kinds();
    void dataBookImportsItsFigures_data();
    void dataBookImportsItsFigures();
    void dataBookWithoutSource();
    void refusedWorkbooks_data();
    void refusedWorkbooks();
};

void TestDatasetFile::kinds()
{
    QCOMPARE(DatasetFile::kindOf("period,metric,value\n"), DatasetFile::Kind::Interchange);
    QCOMPARE(DatasetFile::kindOf("\xEF\xBB\xBFperiod,metric"), DatasetFile::Kind::Interchange);
    QCOMPARE(DatasetFile::kindOf(""), DatasetFile::Kind::Interchange);
    QCOMPARE(DatasetFile::kindOf("\xFF\xFEp\0e\0"), DatasetFile::Kind::Interchange);
    QCOMPARE(DatasetFile::kindOf("metric,name,unit,basis,1Q12\n"), DatasetFile::Kind::WideCsv);
    QCOMPARE(DatasetFile::kindOf("PK\x03\x04rest"), DatasetFile::Kind::Workbook);
    QCOMPARE(DatasetFile::kindOf("\xD0\xCF\x11\xE0\xA1\xB1"), DatasetFile::Kind::Workbook);
    QCOMPARE(DatasetFile::kindOf(bytesOf(folder + QStringLiteral("iij-databook-en.xlsx")).left(64)),
             DatasetFile::Kind::Workbook);
}

void TestDatasetFile::dataBookImportsItsFigures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("iij-databook-en") << QStringLiteral("en");
    QTest::addRow("Japanese") << QStringLiteral("iij-databook-ja") << QStringLiteral("ja");
}

void TestDatasetFile::dataBookImportsItsFigures()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    Translator::install(language);
    const QString path = folder + name + QStringLiteral(".xlsx");
    DataBookReader::Options book;
    book.source = bookSource;
    const DatasetReader::Result read
            = DatasetFile::read(bytesOf(path), path, book, Fact::Origin::User);
    Translator::install(QStringLiteral("en"));
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
    const DatasetReader::Result expected = DatasetReader::readFile(
            folder + name + QStringLiteral(".expected.csv"), Fact::Origin::User);
    QVERIFY2(expected.ok(), qPrintable(expected.errors.value(0).toString()));
    QCOMPARE(read.facts.size(), 36);
    QCOMPARE(sorted(read.facts), sorted(expected.facts));
    // The negatives typed as text with △ come in as negatives.
    const auto deferred = std::find_if(read.facts.cbegin(), read.facts.cend(), [](const Fact &f) {
        return f.period.code() == QLatin1String("4Q12")
                && f.metric == QLatin1String("income_tax_deferred");
    });
    QVERIFY(deferred != read.facts.cend());
    QCOMPARE(deferred->value, -679.0);
}

void TestDatasetFile::dataBookWithoutSource()
{
    const QString path = folder + QStringLiteral("iij-databook-en.xlsx");
    const DatasetReader::Result read
            = DatasetFile::read(bytesOf(path), path, {}, Fact::Origin::User);
    QVERIFY(read.facts.isEmpty());
    QCOMPARE(read.errors.size(), 1);
    QCOMPARE(read.errors.first().cell, QStringLiteral("'Financial data'!A4"));
    QVERIFY(read.errors.first().message.startsWith(QStringLiteral("no source for the figures")));
}

void TestDatasetFile::refusedWorkbooks_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QByteArray book = bytesOf(folder + QStringLiteral("iij-databook-en.xlsx"));
    QTest::addRow("truncated") << book.left(book.size() / 2)
                               << QStringLiteral("the zip archive is truncated or damaged");
    QTest::addRow("old Excel or a password") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
                    + QByteArray(512, '\0') << QStringLiteral("without a password");
    QTest::addRow("a renamed zip of something else") << QByteArray("PK\x05\x06", 4)
                    + QByteArray(18, '\0') << QStringLiteral("not an Excel workbook");
}

void TestDatasetFile::refusedWorkbooks()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    DataBookReader::Options book;
    book.source = bookSource;
    const DatasetReader::Result read
            = DatasetFile::read(data, QStringLiteral("book.xlsx"), book, Fact::Origin::User);
    QVERIFY(read.facts.isEmpty());
    QCOMPARE(read.errors.size(), 1);
    QVERIFY2(read.errors.first().toString().contains(error),
             qPrintable(read.errors.first().toString()));
}

QTEST_GUILESS_MAIN(TestDatasetFile)
#include "TestDatasetFile.moc"
