#include "BundledDataset.h"
#include "DatasetImport.h"
#include "DatasetReader.h"
#include "FactIndex.h"
#include "FactWriter.h"
#include "Queries.h"
#include "Store.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sys/stat.h>

// QCOMPARE of two lists of facts names the first fact that differs.
static char *toString(const Fact &fact)
{
    return QTest::toString(QStringLiteral("%1 %2 %3 %4 %5 as_of '%6' %7 source '%8'")
                                   .arg(fact.period.code(), fact.metric, fact.valueText(),
                                        Units::code(fact.unit), Bases::code(fact.basis),
                                        fact.asOfText(), Fact::originCode(fact.origin),
                                        fact.source.left(60)));
}

namespace {

const QString memory = QStringLiteral(":memory:");
const QByteArray header = "period,metric,value,unit,basis,source,as_of\n";

QString laterQuartersPath()
{
    return QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
}

// A store on ":memory:" with the bundled dataset, as a first start leaves it.
bool openWithBundled(Store &store)
{
    if (!store.open(memory)) {
        qWarning() << store.lastError();
        return false;
    }
    QString error;
    if (!BundledDataset::ensureLoaded(store, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

// Reads CSV text as the import dialog reads a file; fails the test on any error.
QList<Fact> readCsv(const QByteArray &csv)
{
    const DatasetReader::Result result
            = DatasetReader::read(csv, QStringLiteral("test.csv"), Fact::Origin::User);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    return result.ok() ? result.facts : QList<Fact>();
}

std::optional<Fact> findFact(const QList<Fact> &facts, const QString &period, const QString &metric,
                             Basis basis, const QString &asOf)
{
    for (const Fact &fact : facts) {
        if (fact.period.code() == period && fact.metric == metric && fact.basis == basis
            && fact.asOfText() == asOf)
            return fact;
    }
    return std::nullopt;
}

std::optional<Fact> fy13RevenueTarget(const Store &store, const QString &asOf)
{
    return findFact(store.facts(), QStringLiteral("FY13"), QStringLiteral("revenue_total"),
                    Basis::Target, asOf);
}

QString describe(const Store::ImportReport &report)
{
    return QStringLiteral("ok %1 inserted %2 unchanged %3 replaced %4 kept %5 conflicts %6 "
                          "cancelled %7 error '%8'")
            .arg(report.ok)
            .arg(report.inserted)
            .arg(report.unchanged)
            .arg(report.replaced)
            .arg(report.kept)
            .arg(report.conflicts.size())
            .arg(report.cancelled)
            .arg(report.error);
}

}  // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void malformedFileChangesNothing_data();
    void malformedFileChangesNothing();

    void laterQuarters();
    void conflictPolicies_data();
    void conflictPolicies();
    void undatedRowMatchesNewestVintage();
    void newerVintageIsNotAConflict();
    void dryRun();
    void progressCancelsAtOnce();
    void progressReportsTheEnd();
    void bundledUpdateKeepsUserFigures();
    void largeFileStoredWhileRead();
    void lateErrorInALargeFileChangesNothing();
    void earlyErrorNeverOpensTheStore();
    void specialFilesAreRefusedBeforeOpening();

    void shiftJisFile();
    void utf8WithBom();
    void shiftJisWithoutKana();
    void shiftJisThatIsAlsoUtf8_data();
    void shiftJisThatIsAlsoUtf8();
    void writtenFilesReadBack();
    void utf8StaysUtf8_data();
    void utf8StaysUtf8();
    void explicitEncoding();
    void encodingNames_data();
    void encodingNames();
    void numberForms_data();
    void numberForms();

private:
    QString m_badDir;
    QList<Fact> m_laterQuarters;
};

void TestImport::initTestCase()
{
    m_badDir = QStringLiteral(IRDASH_TEST_DATA_DIR "/bad");
    QVERIFY2(QFileInfo(m_badDir).isDir(), qPrintable(m_badDir));
    QVERIFY(QFileInfo::exists(BundledDataset::resourcePath()));

    const DatasetReader::Result result
            = DatasetReader::readFile(laterQuartersPath(), Fact::Origin::User);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    QVERIFY(result.ok());
    QCOMPARE(result.encoding, QStringLiteral("UTF-8"));
    m_laterQuarters = result.facts;
    QCOMPARE(m_laterQuarters.size(), 19);
}

void TestImport::malformedFileChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    // Line 2 of most files is a good record; the error is on line 3, whose fields start at
    // columns 1 (period), 6 (metric), 20 (value), 26 (unit), 38 (basis), 47 (source) and
    // 69 (as_of) for "1Q13,revenue_total,26441,JPY_million,reported,IIJ 1Q FY2013
    // results,2013-08-06".
    QMap<QString, std::tuple<int, int, QString>> expected;
    auto row = [&](const char *file, int line, int column, const QString &fragment) {
        expected.insert(QString::fromLatin1(file), {line, column, fragment});
    };

    // The 30 files of TestDatasetReader::malformed_data, as they are there.
    row("wrong-header.csv", 1, 1,
        QStringLiteral("unexpected header 'period,metric,value,unit,basis,source,asof'; "
                       "expected period,metric,value,unit,basis,source,as_of"));
    row("unknown-metric.csv", 3, 6, QStringLiteral("unknown metric 'revenue_totl'"));
    row("bad-number-comma-decimal.csv", 3, 10, QStringLiteral("invalid number '13,05'"));
    row("bad-number-grouping.csv", 3, 20, QStringLiteral("invalid number '26,441'"));
    row("bad-period.csv", 3, 1, QStringLiteral("unknown period '1Q2013'"));
    row("unknown-unit.csv", 3, 26,
        QStringLiteral("unknown unit 'JPY_millions'; expected one of JPY_million, "
                       "JPY_billion, JPY, percent, count"));
    row("unit-mismatch.csv", 3, 26,
        QStringLiteral("unit 'percent' does not fit metric 'revenue_total'; "
                       "expected JPY_million or JPY_billion"));
    row("unknown-basis.csv", 3, 38, QStringLiteral("unknown basis 'Reported'"));
    row("empty-source.csv", 3, 47, QStringLiteral("empty source"));
    row("derived-without-derivation.csv", 3, 46,
        QStringLiteral("a derived figure's source must say how it was derived"));
    row("bad-date.csv", 3, 69, QStringLiteral("invalid date '2013/08/06'"));
    row("impossible-date.csv", 3, 69, QStringLiteral("invalid date '2013-02-30'"));
    row("duplicate.csv", 4, 1, QStringLiteral("repeat line 3"));
    row("too-few-fields.csv", 3, 68,
        QStringLiteral("6 fields; expected 7 (period,metric,value,unit,basis,source,as_of)"));
    row("too-many-fields.csv", 3, 80, QStringLiteral("8 fields; expected 7"));
    row("extra-field-without-as-of.csv", 3, 69,
        QStringLiteral("7 fields; expected 6 (period,metric,value,unit,basis,source)"));
    row("unclosed-quote.csv", 3, 47, QStringLiteral("quoted field is not closed"));
    row("quote-in-plain-field.csv", 3, 51, QStringLiteral("quote inside an unquoted field"));
    row("text-after-quote.csv", 3, 62,
        QStringLiteral("unexpected character after a closing quote"));
    row("empty-file.csv", 1, 1, QStringLiteral("the file is empty"));
    row("header-only.csv", 2, 1, QStringLiteral("no figures after the header"));
    row("blank-line-in-middle.csv", 3, 1,
        QStringLiteral("empty line; expected a record with 7 fields"));
    // "IIJ r\xE9sultats" decodes as CP932, but to "IIJ r駸ultats": a kanji inside a Latin
    // word is what an accented letter of Latin-1 or Windows-1252 becomes.
    row("latin1-bytes.csv", 3, 52,
        QStringLiteral(u"byte sequence that is neither UTF-8 nor Shift_JIS text: as Shift_JIS, "
                       u"bytes E9 73 would read '駸'"));
    row("latin1-after-utf8.csv", 3, 55, QStringLiteral("mixed encodings: UTF-8 text at line 3"));
    row("embedded-nul.csv", 3, 50, QStringLiteral("NUL character"));
    row("huge-field.csv", 3, 47, QStringLiteral("field of 5000 characters; expected at most 4096"));
    row("bad-last-line.csv", 42, 57, QStringLiteral("6 fields; expected 7"));
    // The quoted source goes on over a line break; the date after it is wrong.
    row("multiline-field-bad-date.csv", 4, 10, QStringLiteral("invalid date '2013-13-01'"));
    row("bom-crlf-unknown-basis.csv", 3, 38, QStringLiteral("unknown basis 'reportd'"));
    row("newline-in-value.csv", 3, 20, QStringLiteral("invalid number '26441"));

    // Line 2 is Shift_JIS with kana (IIJ 決算短信（ネットワーク）); line 3 has 0x85 0x40 in
    // its source, a pair CP932 leaves unassigned, after "IIJ ".
    row("shift-jis-invalid-cp932.csv", 3, 51,
        QStringLiteral("byte sequence that is not Shift_JIS (CP932)"));
    // The whole file in UTF-16 LE with its BOM (FF FE): the first NUL follows 'p'. The two
    // BOM bytes are not UTF-8 and count as a character each, hence column 4.
    row("utf16le-bom.csv", 1, 4, QStringLiteral("NUL character; expected UTF-8 text"));
    row("value-exponent.csv", 3, 20, QStringLiteral("invalid number '1e5'"));
    row("value-nan.csv", 3, 20, QStringLiteral("invalid number 'NaN'"));
    row("value-empty.csv", 3, 20, QStringLiteral("invalid number ''"));
    row("value-two-decimal-points.csv", 3, 20, QStringLiteral("invalid number '1.2.3'"));
    // 17 significant digits: no double holds them, so the value could not be written back.
    row("value-too-many-digits.csv", 3, 18, QStringLiteral("invalid number '999999999999999.99'"));
    row("value-triangle-alone.csv", 3, 20, QStringLiteral("invalid number '\u25B3'"));
    row("value-triangle-minus.csv", 3, 20, QStringLiteral("invalid number '\u25B3-5'"));
    // Quoted because of the comma; the field starts at its opening quote.
    row("value-double-parentheses.csv", 3, 20, QStringLiteral("invalid number '((1,234))'"));
    row("value-parentheses-bad-grouping.csv", 3, 20, QStringLiteral("invalid number '(1,2345)'"));
    // "FY13,revenue_total,117000,JPY_million," puts the basis at column 39. (The wrong case
    // of "Reported" is unknown-basis.csv.)
    row("basis-wrong-case-target.csv", 3, 39, QStringLiteral("unknown basis 'Target'"));
    row("unit-lowercase.csv", 3, 26, QStringLiteral("unknown unit 'jpy_million'"));
    // ２０１３／０８／０６: full-width forms are read one to one, 2013/08/06, still not an ISO
    // date. (2013/08/06 as written is bad-date.csv.)
    row("date-fullwidth-slashes.csv", 3, 69, QStringLiteral("invalid date '2013/08/06'"));
    row("period-four-digit-year.csv", 3, 1, QStringLiteral("unknown period 'FY2013'"));
    row("metric-trailing-space.csv", 3, 6, QStringLiteral("unknown metric 'revenue_total '"));
    row("header-extra-column.csv", 1, 1,
        QStringLiteral("unexpected header 'period,metric,value,unit,basis,source,as_of,note'"));
    // The last line ends inside its quoted source, without a line break.
    row("truncated-in-quoted-source.csv", 3, 47, QStringLiteral("quoted field is not closed"));
    // ",,,,,," has the seven fields, all empty: the first one is reported.
    row("only-commas.csv", 3, 1, QStringLiteral("unknown period ''"));

    // Look-alikes of digits and letters are refused where they stand, never read as what
    // they look like (26441¹ was 264411, ⑴ was -1).
    row("value-superscript.csv", 3, 25,
        QStringLiteral(u"unexpected character '¹' (U+00B9) in the value; expected a number in "
                       u"ASCII or full-width digits"));
    row("value-circled-digit.csv", 3, 20,
        QStringLiteral(u"unexpected character '⑴' (U+2474) in the value"));
    // 𝟐𝟔𝟒𝟒𝟏, mathematical bold digits, outside the BMP.
    row("value-mathematical-digits.csv", 3, 20,
        QStringLiteral(u"unexpected character '\U0001D7D0' (U+1D7D0) in the value"));
    row("period-superscript-digits.csv", 3, 1,
        QStringLiteral(u"unexpected character '¹' (U+00B9) in the period field; expected ASCII "
                       u"or full-width letters, digits and signs"));
    // cash_ﬂow_operating, with the fl ligature.
    row("metric-ligature.csv", 3, 11,
        QStringLiteral(u"unexpected character 'ﬂ' (U+FB02) in the metric field"));
    // An ideographic space is nowhere allowed where a space is not; a character that shows
    // nothing is named by its code point only.
    row("unit-ideographic-space.csv", 3, 37,
        QStringLiteral("unexpected character U+3000 in the unit field"));
    // The source keeps its characters, but none that hide or reorder text.
    row("source-escape-sequence.csv", 3, 51,
        QStringLiteral("control character U+001B in the source; expected text without control "
                       "or bidirectional formatting characters (a tab or a line break is allowed)"));
    row("source-bidi-override.csv", 3, 51,
        QStringLiteral("control character U+202E in the source"));
    // A zero-width space and a word joiner say nothing.
    row("source-zero-width-only.csv", 3, 47, QStringLiteral("empty source"));
    row("date-before-1900.csv", 3, 69,
        QStringLiteral("date '1899-12-31' out of range; expected an as_of from 1900-01-01 to "));
    row("date-far-future.csv", 3, 69, QStringLiteral("date '2999-01-01' out of range"));
    // Old Mac line ends (CR only): lines are counted as for LF, for the records and for the
    // bytes before decoding alike.
    row("cr-only-unknown-metric.csv", 3, 6, QStringLiteral("unknown metric 'revenue_totl'"));
    row("cr-only-latin1-byte.csv", 3, 52,
        QStringLiteral(u"byte sequence that is neither UTF-8 nor Shift_JIS text: as Shift_JIS, "
                       u"bytes E9 73 would read '駸'"));
    // Latin-1 "año": F1 6F is valid CP932, but a user-defined character.
    row("latin1-user-defined-cp932.csv", 3, 52,
        QStringLiteral("byte sequence that is neither UTF-8 nor Shift_JIS text: as Shift_JIS, "
                       "bytes F1 6F would read U+E"));

    // One row per file in the folder, so that a new file without an expectation fails, and
    // one per expectation without a file.
    const QStringList files = QDir(m_badDir).entryList(QDir::Files, QDir::Name);
    QSet<QString> all(files.cbegin(), files.cend());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        all.insert(it.key());
    QStringList names = all.values();
    names.sort();
    for (const QString &file : std::as_const(names)) {
        const auto want = expected.value(file, {-1, -1, QString()});
        QTest::addRow("%s", qPrintable(file))
                << file << std::get<0>(want) << std::get<1>(want) << std::get<2>(want);
    }
}

void TestImport::malformedFileChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    if (line < 0)
        QFAIL(qPrintable(QStringLiteral("%1 has no expectation in "
                                        "TestImport::malformedFileChangesNothing_data")
                                 .arg(file)));
    const QString path = m_badDir + QLatin1Char('/') + file;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));

    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();
    QVERIFY(before.size() > 300);

    const DatasetReader::Result result = DatasetReader::readFile(path, Fact::Origin::User);
    // As the application does: import only after a clean read.
    if (result.ok())
        store.importFacts(result.facts);

    QVERIFY2(!result.ok(), qPrintable(QStringLiteral("%1 read without error").arg(file)));
    QVERIFY(result.facts.isEmpty());
    const DatasetError &first = result.errors.constFirst();
    QCOMPARE(first.fileName, file);
    // A file that is not CP932 is reported where it first stops being UTF-8 (the first
    // kana on line 2, which is good Shift_JIS), not where it stops being Shift_JIS.
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QVERIFY2(first.message.contains(fragment),
             qPrintable(QStringLiteral("'%1' does not contain '%2'").arg(first.message, fragment)));

    QCOMPARE(store.facts(), before);
}

void TestImport::laterQuarters()
{
    Store store;
    QVERIFY(openWithBundled(store));
    const int bundledCount = store.factCount();

    Store::ImportReport report = store.importFacts(m_laterQuarters);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.inserted, 19);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.replaced, 0);
    QCOMPARE(report.kept, 0);
    QVERIFY(report.conflicts.isEmpty());
    QVERIFY(!report.cancelled);
    QCOMPARE(store.factCount(), bundledCount + 19);

    const FiscalPeriod fy13 = FiscalPeriod::year(2013);
    const QString revenue = QStringLiteral("revenue_total");
    const FactIndex index(store.facts());
    const QList<Fact> vintages = index.vintages(fy13, revenue, Basis::Target);
    QCOMPARE(vintages.size(), 2);
    QCOMPARE(vintages[0].value, 117000.0);
    QCOMPARE(vintages[0].asOf, QDate(2013, 5, 15));
    QCOMPARE(vintages[0].origin, Fact::Origin::Bundled);
    QCOMPARE(vintages[1].value, 114000.0);
    QCOMPARE(vintages[1].asOf, QDate(2014, 2, 7));
    QCOMPARE(vintages[1].origin, Fact::Origin::User);
    const auto target = index.target(fy13, revenue);
    QVERIFY(target);
    QCOMPARE(target->value, 114000.0);
    const auto actual = index.actual(fy13, revenue);
    QVERIFY(actual);
    QCOMPARE(actual->value, 114272.0);
    QCOMPARE(actual->basis, Basis::Reported);
    QCOMPARE(actual->asOf, QDate(2014, 5, 15));

    const QList<FiscalPeriod> quarters = Queries(store).quarters();
    QVERIFY(!quarters.isEmpty());
    QCOMPARE(quarters.constLast().code(), QStringLiteral("1Q14"));

    const QList<Fact> after = store.facts();
    report = store.importFacts(m_laterQuarters);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.unchanged, 19);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.replaced, 0);
    QVERIFY(report.conflicts.isEmpty());
    QCOMPARE(store.facts(), after);
}

void TestImport::conflictPolicies_data()
{
    QTest::addColumn<Store::ConflictPolicy>("policy");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("replaced");
    QTest::addColumn<int>("kept");
    QTest::addColumn<double>("valueAfter");

    QTest::newRow("fail") << Store::ConflictPolicy::Fail << false << 0 << 0 << 117000.0;
    QTest::newRow("keep") << Store::ConflictPolicy::Keep << true << 0 << 1 << 117000.0;
    QTest::newRow("replace") << Store::ConflictPolicy::Replace << true << 1 << 0 << 118000.0;
}

void TestImport::conflictPolicies()
{
    QFETCH(Store::ConflictPolicy, policy);
    QFETCH(bool, ok);
    QFETCH(int, replaced);
    QFETCH(int, kept);
    QFETCH(double, valueAfter);

    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();
    const QString bundledDate = QStringLiteral("2013-05-15");
    QCOMPARE(fy13RevenueTarget(store, bundledDate)->value, 117000.0);

    const QList<Fact> incoming = readCsv(
            header + "FY13,revenue_total,118000,JPY_million,target,revised by hand,2013-05-15\n");
    QCOMPARE(incoming.size(), 1);
    const Store::ImportReport report = store.importFacts(incoming, policy);

    QVERIFY2(report.ok == ok, qPrintable(describe(report)));
    QCOMPARE(report.error.isEmpty(), ok);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.replaced, replaced);
    QCOMPARE(report.kept, kept);
    QCOMPARE(report.conflicts.size(), 1);
    const Store::Conflict &conflict = report.conflicts.constFirst();
    QCOMPARE(conflict.stored.value, 117000.0);
    QCOMPARE(conflict.stored.origin, Fact::Origin::Bundled);
    QCOMPARE(conflict.incoming.value, 118000.0);
    QCOMPARE(conflict.incoming.origin, Fact::Origin::User);

    const auto after = fy13RevenueTarget(store, bundledDate);
    QVERIFY(after);
    QCOMPARE(after->value, valueAfter);
    if (policy == Store::ConflictPolicy::Replace) {
        QCOMPARE(after->origin, Fact::Origin::User);
        QCOMPARE(after->source, QStringLiteral("revised by hand"));
        QCOMPARE(store.factCount(), before.size());
    } else {
        QCOMPARE(store.facts(), before);
    }
}

void TestImport::undatedRowMatchesNewestVintage()
{
    Store store;
    QVERIFY(openWithBundled(store));
    QVERIFY(store.importFacts(m_laterQuarters).ok);
    const QList<Fact> before = store.facts();

    // No as_of and another value than the newest vintage (114000 of 2014-02-07).
    Store::ImportReport report = store.importFacts(
            readCsv(header + "FY13,revenue_total,115000,JPY_million,target,undated,\n"));
    QVERIFY2(!report.ok, qPrintable(describe(report)));
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts[0].stored.value, 114000.0);
    QCOMPARE(report.conflicts[0].stored.asOf, QDate(2014, 2, 7));
    QCOMPARE(report.conflicts[0].incoming.value, 115000.0);
    QVERIFY(!report.conflicts[0].incoming.asOf.isValid());
    QCOMPARE(store.facts(), before);

    // The value of the newest vintage: nothing to do. (117000, the older vintage's value,
    // would be a conflict.)
    report = store.importFacts(
            readCsv(header + "FY13,revenue_total,114000,JPY_million,target,undated,\n"));
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.inserted, 0);
    QVERIFY(report.conflicts.isEmpty());
    QCOMPARE(store.facts(), before);
    report = store.importFacts(
            readCsv(header + "FY13,revenue_total,117000,JPY_million,target,undated,\n"));
    QVERIFY2(!report.ok, qPrintable(describe(report)));
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts[0].stored.value, 114000.0);
    QCOMPARE(store.facts(), before);
}

void TestImport::newerVintageIsNotAConflict()
{
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();

    const Store::ImportReport report = store.importFacts(
            readCsv(header + "FY13,revenue_total,118000,JPY_million,target,revised,2013-08-06\n"));
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.unchanged, 0);
    QVERIFY(report.conflicts.isEmpty());
    QCOMPARE(store.factCount(), before.size() + 1);

    const FactIndex index(store.facts());
    const QList<Fact> vintages = index.vintages(FiscalPeriod::year(2013),
                                                QStringLiteral("revenue_total"), Basis::Target);
    QCOMPARE(vintages.size(), 2);
    QCOMPARE(vintages[0].value, 117000.0);
    QCOMPARE(vintages[1].value, 118000.0);
    QCOMPARE(index.target(FiscalPeriod::year(2013), QStringLiteral("revenue_total"))->value,
             118000.0);
}

void TestImport::dryRun()
{
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();

    Store::ImportOptions options;
    options.dryRun = true;
    Store::ImportReport report = store.importFacts(m_laterQuarters, options);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.inserted, 19);
    QCOMPARE(report.unchanged, 0);
    QVERIFY(report.conflicts.isEmpty());
    QCOMPARE(store.facts(), before);

    // A conflict the dry run would replace is counted, and left as it is.
    options.policy = Store::ConflictPolicy::Replace;
    QList<Fact> facts = m_laterQuarters;
    facts += readCsv(header + "FY13,revenue_total,118000,JPY_million,target,revised,2013-05-15\n");
    QCOMPARE(facts.size(), 20);
    report = store.importFacts(facts, options);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.inserted, 19);
    QCOMPARE(report.replaced, 1);
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(store.facts(), before);

    // The store still takes a real import afterwards.
    report = store.importFacts(m_laterQuarters);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.inserted, 19);
}

void TestImport::progressCancelsAtOnce()
{
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();

    int calls = 0;
    Store::ImportOptions options;
    options.progress = [&](qsizetype, qsizetype) {
        ++calls;
        return false;
    };
    const Store::ImportReport report = store.importFacts(m_laterQuarters, options);
    QVERIFY2(!report.ok, qPrintable(describe(report)));
    QVERIFY(report.cancelled);
    QVERIFY(!report.error.isEmpty());
    QCOMPARE(report.inserted, 0);
    QCOMPARE(calls, 1);
    QCOMPARE(store.facts(), before);

    // Nothing is left half open: the next import goes through.
    QVERIFY(store.importFacts(m_laterQuarters).ok);
}

void TestImport::progressReportsTheEnd()
{
    Store store;
    QVERIFY(openWithBundled(store));

    QList<std::pair<qsizetype, qsizetype>> calls;
    Store::ImportOptions options;
    options.progress = [&](qsizetype done, qsizetype total) {
        calls.append({done, total});
        return true;
    };
    const Store::ImportReport report = store.importFacts(m_laterQuarters, options);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QVERIFY(!report.cancelled);
    QCOMPARE(report.inserted, 19);
    QVERIFY(calls.size() >= 2);
    const qsizetype total = m_laterQuarters.size();
    QCOMPARE(calls.constFirst(), std::make_pair(qsizetype(0), total));
    QCOMPARE(calls.constLast(), std::make_pair(total, total));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls[i].first >= calls[i - 1].first);
}

void TestImport::bundledUpdateKeepsUserFigures()
{
    Store store;
    QVERIFY(openWithBundled(store));

    // A user file that changes nothing bundled.
    Store::ImportReport report = store.importFacts(m_laterQuarters);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.inserted, 19);

    // A newer bundled dataset: one bundled figure corrected, and one figure the user has
    // already imported, with another value.
    const DatasetReader::Result bundled = BundledDataset::read();
    QVERIFY(bundled.ok());
    QList<Fact> update = bundled.facts;
    qsizetype changed = -1;
    for (qsizetype i = 0; i < update.size(); ++i) {
        const Fact &fact = update[i];
        if (fact.period.code() == QLatin1String("1Q13")
            && fact.metric == QLatin1String("revenue_total") && fact.basis == Basis::Reported) {
            changed = i;
            break;
        }
    }
    QVERIFY(changed >= 0);
    QCOMPARE(update[changed].value, 26441.0);
    update[changed].value = 26442;
    const auto userFigure
            = findFact(m_laterQuarters, QStringLiteral("1Q14"), QStringLiteral("revenue_total"),
                       Basis::Reported, QStringLiteral("2014-08-08"));
    QVERIFY(userFigure);
    QCOMPARE(userFigure->value, 27552.0);
    Fact bundledTwin = *userFigure;
    bundledTwin.origin = Fact::Origin::Bundled;
    bundledTwin.value = 27600;
    bundledTwin.source = QStringLiteral("bundled source");
    update.append(bundledTwin);

    report = store.importFacts(update, Store::ConflictPolicy::ReplaceBundled);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.replaced, 1);
    QCOMPARE(report.kept, 1);
    QCOMPARE(report.inserted, 0);
    QCOMPARE(report.unchanged, bundled.facts.size() - 1);
    QCOMPARE(report.conflicts.size(), 2);

    const QList<Fact> after = store.facts();
    const auto corrected = findFact(after, QStringLiteral("1Q13"), QStringLiteral("revenue_total"),
                                    Basis::Reported, update[changed].asOfText());
    QVERIFY(corrected);
    QCOMPARE(corrected->value, 26442.0);
    QCOMPARE(corrected->origin, Fact::Origin::Bundled);
    const auto kept = findFact(after, QStringLiteral("1Q14"), QStringLiteral("revenue_total"),
                               Basis::Reported, QStringLiteral("2014-08-08"));
    QVERIFY(kept);
    QCOMPARE(kept->value, 27552.0);
    QCOMPARE(kept->origin, Fact::Origin::User);
    QCOMPARE(kept->source, userFigure->source);
}

void TestImport::largeFileStoredWhileRead()
{
    // What `irdash import` does: the same figures as a read followed by an import.
    int records = 0;
    QTemporaryDir dir;
    const QString path
            = writeTestFile(dir, QStringLiteral("large.csv"), largeDatasetFile(&records));
    Store store;
    QVERIFY(openWithBundled(store));
    const int before = store.factCount();
    int opened = 0;
    const DatasetImport::Outcome outcome = DatasetImport::run(path, Fact::Origin::User,
                                                              [&](QString *) {
                                                                  ++opened;
                                                                  return &store;
                                                              },
                                                              {});
    QVERIFY2(outcome.ok(), qPrintable(outcome.report.error));
    QCOMPARE(opened, 1);
    QCOMPARE(outcome.figures, records);
    QCOMPARE(outcome.read.records, records);
    QCOMPARE(outcome.report.inserted, records);
    QCOMPARE(store.factCount(), before + records);

    Store reference;
    QVERIFY(openWithBundled(reference));
    QVERIFY(reference.importFacts(DatasetReader::readFile(path, Fact::Origin::User).facts).ok);
    QCOMPARE(store.facts(), reference.facts());
}

void TestImport::lateErrorInALargeFileChangesNothing()
{
    // The first part is stored before the error three quarters in is read: rolled back.
    int records = 0;
    QByteArray data = largeDatasetFile(&records);
    const qsizetype late = data.indexOf("\n4Q75,");
    QVERIFY(late > 0);
    data.insert(late + 1, "4Q75,revenue_total,12x,JPY_million,reported,s,2015-01-01\n");
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, QStringLiteral("late-error.csv"), data);
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();
    const DatasetImport::Outcome outcome
            = DatasetImport::run(path, Fact::Origin::User, [&](QString *) { return &store; }, {});
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.storeOpened);
    QCOMPARE(outcome.read.errors.size(), 1);
    QVERIFY(outcome.read.errors.first().message.contains(QStringLiteral("invalid number")));
    QVERIFY(!outcome.report.ok);
    QCOMPARE(store.facts(), before);
    // The store is usable afterwards: the transaction was closed.
    QVERIFY(store.importFacts(m_laterQuarters).ok);
}

void TestImport::earlyErrorNeverOpensTheStore()
{
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, QStringLiteral("bad.csv"),
                                       "period,metric,value,unit,basis,source\n"
                                       "1Q13,revenue_total,12x,JPY_million,reported,IIJ\n");
    bool opened = false;
    const DatasetImport::Outcome outcome = DatasetImport::run(path, Fact::Origin::User,
                                                              [&](QString *) -> Store * {
                                                                  opened = true;
                                                                  return nullptr;
                                                              },
                                                              {});
    QVERIFY(!outcome.ok());
    QVERIFY(!opened);
    QCOMPARE(outcome.read.errors.first().line, 2);

    // A store that cannot be opened is reported as such.
    const QString good = writeTestFile(dir, QStringLiteral("good.csv"),
                                       "period,metric,value,unit,basis,source\n"
                                       "1Q13,revenue_total,26441,JPY_million,reported,IIJ\n");
    const DatasetImport::Outcome refused
            = DatasetImport::run(good, Fact::Origin::User,
                                 [&](QString *error) -> Store * {
                                     *error = QStringLiteral("no database today");
                                     return nullptr;
                                 },
                                 {});
    QVERIFY(!refused.ok());
    QVERIFY(!refused.storeOpened);
    QCOMPARE(refused.storeError, QStringLiteral("no database today"));
}

void TestImport::specialFilesAreRefusedBeforeOpening()
{
    // A FIFO would block the reader for ever and /dev/zero fill the memory: both are
    // refused by their type, before anything opens them, and the store is never opened.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("later.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString large = dir.filePath(QStringLiteral("large.csv"));
    QFile sparse(large);
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize(InputFile::maxSize + 1));
    sparse.close();
    const QList<std::pair<QString, InputFile::Problem>> refused = {
            {fifo, InputFile::Problem::NotAFile},
            {QStringLiteral("/dev/zero"), InputFile::Problem::NotAFile},
            {dir.path(), InputFile::Problem::NotAFile},
            {large, InputFile::Problem::TooLarge},
    };
    for (const auto &[path, problem] : refused) {
        bool opened = false;
        const DatasetImport::Outcome outcome = DatasetImport::run(
                path, Fact::Origin::User,
                [&](QString *) -> Store * {
                    opened = true;
                    return nullptr;
                },
                {});
        QVERIFY(!outcome.ok());
        QVERIFY(!opened);
        QVERIFY(!outcome.storeOpened);
        QCOMPARE(outcome.input.problem, problem);
        QVERIFY2(outcome.input.message.startsWith(path + QStringLiteral(" is ")),
                 qPrintable(outcome.input.message));
        QCOMPARE(outcome.figures, 0);
        QCOMPARE(outcome.read.records, 0);
    }
}

void TestImport::shiftJisFile()
{
    const QString source = QStringLiteral(u"IIJ 決算短信（ネットワーク）");
    const QString csv = QString::fromLatin1(header)
            + QStringLiteral("1Q13,revenue_total,26441,JPY_million,reported,%1,2013-08-06\n")
                      .arg(source);
    QStringEncoder encoder("Shift_JIS");
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(csv);
    QVERIFY(!encoder.hasError());
    QVERIFY(bytes != csv.toUtf8());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sjis.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const DatasetReader::Result result = DatasetReader::readFile(path, Fact::Origin::User);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    QVERIFY(result.ok());
    QCOMPARE(result.encoding, QStringLiteral("Shift_JIS (CP932)"));
    QCOMPARE(result.facts.size(), 1);
    // NFKC is not applied to the source: the full-width parentheses stay.
    QCOMPARE(result.facts[0].source, source);
    QCOMPARE(result.facts[0].value, 26441.0);

    Store store;
    QVERIFY(store.open(memory));
    QVERIFY(store.importFacts(result.facts).ok);
    QCOMPARE(store.facts().constFirst().source, source);
}

void TestImport::utf8WithBom()
{
    const QString source = QStringLiteral(u"IIJ 決算短信（ネットワーク）");
    const QByteArray csv = "\xEF\xBB\xBF" + header
            + QStringLiteral("1Q13,revenue_total,26441,JPY_million,reported,%1,2013-08-06\n")
                      .arg(source)
                      .toUtf8();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bom.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(csv), csv.size());
    file.close();

    const DatasetReader::Result result = DatasetReader::readFile(path, Fact::Origin::User);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    QVERIFY(result.ok());
    QCOMPARE(result.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result.facts.size(), 1);
    QCOMPARE(result.facts[0].period.code(), QStringLiteral("1Q13"));
    QCOMPARE(result.facts[0].source, source);
}

void TestImport::shiftJisWithoutKana()
{
    // What Japanese Excel saves: kanji, full-width digits and letters, △ and ▲, half-width
    // katakana, and not one hiragana or full-width katakana.
    const QString csv = QString::fromLatin1(header)
            + QStringLiteral(u"１Ｑ１４,revenue_total,２６４４１,JPY_million,reported,"
                             u"決算短信 ２０１４年３月期,2014-08-08\n"
                             u"１Ｑ１４,operating_income,△１，２３４,JPY_million,reported,"
                             u"決算短信（連結）,2014-08-08\n"
                             u"１Ｑ１４,net_income_attributable,▲５６,JPY_million,reported,"
                             u"ｹｯｻﾝ ﾀﾝｼﾝ,2014-08-08\n");
    QStringEncoder encoder("CP932");
    const QByteArray bytes = encoder.encode(csv);
    QVERIFY(!encoder.hasError());
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString asUtf8 = utf8.decode(bytes);  // decoded here, on conversion
    QVERIFY(utf8.hasError());
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, QStringLiteral("kanji.csv"), bytes);

    const DatasetReader::Result result = DatasetReader::readFile(path, Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.encoding, QStringLiteral("Shift_JIS (CP932)"));
    QCOMPARE(result.facts.size(), 3);
    const double values[] = {26441, -1234, -56};
    const QString sources[] = {QStringLiteral(u"決算短信 ２０１４年３月期"),
                               QStringLiteral(u"決算短信（連結）"), QStringLiteral(u"ｹｯｻﾝ ﾀﾝｼﾝ")};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(result.facts[i].period.code(), QStringLiteral("1Q14"));
        QCOMPARE(result.facts[i].value, values[i]);
        QCOMPARE(result.facts[i].source, sources[i]);
        QCOMPARE(result.facts[i].asOf, QDate(2014, 8, 8));
    }
}

void TestImport::shiftJisThatIsAlsoUtf8_data()
{
    QTest::addColumn<QString>("source");  // written as CP932
    QTest::addColumn<bool>("validUtf8");  // those bytes
    QTest::addColumn<QString>("read");  // the source as read without naming the encoding
    QTest::addColumn<QString>("encoding");

    const QString shiftJis = QStringLiteral("Shift_JIS (CP932)");
    // 續き in CP932 is E3 94 82 AB: a three-byte UTF-8 character, then a byte that is not
    // UTF-8 (this was "mixed encodings").
    QTest::newRow("續き") << QStringLiteral(u"續き") << false << QStringLiteral(u"續き")
                          << shiftJis;
    QTest::newRow("IIJ 續き 決算短信") << QStringLiteral(u"IIJ 續き 決算短信") << false
                                       << QStringLiteral(u"IIJ 續き 決算短信") << shiftJis;
    // ﾂア is C2 83 41, valid UTF-8 too, but with a C1 control that no field takes.
    QTest::newRow("ﾂア") << QStringLiteral(u"ﾂア") << true << QStringLiteral(u"ﾂア") << shiftJis;
    // 續キ is E3 94 83 4C, the UTF-8 of "㔃L": valid, and read as UTF-8, as a file irdash
    // writes with 㔃 in a source must read back. Named as Shift_JIS, it is 續キ.
    QTest::newRow("續キ") << QStringLiteral(u"續キ") << true << QStringLiteral(u"㔃L")
                          << QStringLiteral("UTF-8");
}

void TestImport::shiftJisThatIsAlsoUtf8()
{
    QFETCH(QString, source);
    QFETCH(bool, validUtf8);
    QFETCH(QString, read);
    QFETCH(QString, encoding);

    QStringEncoder encoder("CP932");
    const QByteArray bytes = encoder.encode(
            QString::fromLatin1(header)
            + QStringLiteral("1Q13,revenue_total,26441,JPY_million,reported,%1,2013-08-06\n")
                      .arg(source));
    QVERIFY(!encoder.hasError());
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString asUtf8 = utf8.decode(bytes);  // decoded here, on conversion
    QCOMPARE(!utf8.hasError(), validUtf8);
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, QStringLiteral("tsuzuki.csv"), bytes);

    DatasetReader::Result result = DatasetReader::readFile(path, Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.facts.size(), 1);
    QCOMPARE(result.facts[0].source, read);
    QCOMPARE(result.facts[0].value, 26441.0);

    result = DatasetReader::readFile(path, Fact::Origin::User, DatasetReader::Encoding::ShiftJis);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.facts[0].source, source);
}

void TestImport::writtenFilesReadBack()
{
    // What irdash writes is UTF-8 without a byte order mark; a source with 㔃 (CJK
    // Extension A) next to kanji is bytes that are valid CP932 as well, and must still read
    // back as written (found by the fuzzer).
    const DatasetReader::Result first = DatasetReader::read(
            "\xEF\xBB\xBF" + header
                    + QStringLiteral(u"2Q11,operating_income,1533,JPY_million,derived,\"derived: "
                                     u"1H11 2,448 min㔃Lus 1Q11 915\",2011-11-08\n"
                                     u"2Q11,revenue_total,26441,JPY_million,reported,決算短信,"
                                     u"2011-11-08\n")
                              .toUtf8(),
            QStringLiteral("bom.csv"), Fact::Origin::User);
    QVERIFY2(first.ok(), qPrintable(first.errors.value(0).toString()));
    const QByteArray written = FactWriter::toCsv(first.facts);
    QVERIFY(!written.startsWith("\xEF\xBB\xBF"));
    const DatasetReader::Result again
            = DatasetReader::read(written, QStringLiteral("written.csv"), Fact::Origin::User);
    QVERIFY2(again.ok(), qPrintable(again.errors.value(0).toString()));
    QCOMPARE(again.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(again.facts, first.facts);
}

void TestImport::utf8StaysUtf8_data()
{
    QTest::addColumn<QString>("source");

    QTest::newRow("kanji, kana, full-width, half-width katakana")
            << QStringLiteral(u"IIJ 決算短信（ネットワーク）１Ｑ１４ ｹｯｻﾝ");
    // C3 A9 is valid CP932 too (ﾃｩ), but UTF-8 comes first.
    QTest::newRow("Latin accents") << QStringLiteral(u"IIJ résultats à Zürich");
    // E3 90 82 then a comma: not CP932.
    QTest::newRow("CJK Extension A") << QStringLiteral(u"IIJ 㐂");
}

void TestImport::utf8StaysUtf8()
{
    QFETCH(QString, source);

    const QByteArray bytes = header
            + QStringLiteral(
                      u"１Ｑ１４,revenue_total,２６４４１,JPY_million,reported,%1,2014-08-08\n"
                      u"1Q14,operating_income,△１，２３４,JPY_million,reported,%1,"
                      u"2014-08-08\n")
                      .arg(source)
                      .toUtf8();
    QTemporaryDir dir;
    const QString path = writeTestFile(dir, QStringLiteral("utf8.csv"), bytes);
    const DatasetReader::Result result = DatasetReader::readFile(path, Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result.facts.size(), 2);
    QCOMPARE(result.facts[0].period.code(), QStringLiteral("1Q14"));
    QCOMPARE(result.facts[0].value, 26441.0);
    QCOMPARE(result.facts[1].value, -1234.0);
    QCOMPARE(result.facts[0].source, source);
}

void TestImport::explicitEncoding()
{
    QTemporaryDir dir;
    QStringEncoder encoder("CP932");
    const QByteArray kanji = encoder.encode(
            QString::fromLatin1(header)
            + QStringLiteral(
                    u"1Q13,revenue_total,26441,JPY_million,reported,決算短信,2013-08-06\n"));
    const QString kanjiPath = writeTestFile(dir, QStringLiteral("kanji.csv"), kanji);
    using Encoding = DatasetReader::Encoding;

    // Shift_JIS named as UTF-8: refused where it stops being UTF-8, never guessed.
    DatasetReader::Result result
            = DatasetReader::readFile(kanjiPath, Fact::Origin::User, Encoding::Utf8);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral("kanji.csv:2:47: byte sequence that is not UTF-8; expected the whole "
                            "file saved as UTF-8, as its byte order mark or the encoding asked "
                            "for says"));
    // And so after a UTF-8 byte order mark.
    result = DatasetReader::read("\xEF\xBB\xBF" + kanji, QStringLiteral("bom.csv"),
                                 Fact::Origin::User);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].line, 2);
    QCOMPARE(result.errors[0].column, 47);
    QVERIFY(result.errors[0].message.startsWith(QStringLiteral("byte sequence that is not UTF-8")));
    // Named as Shift_JIS, it is read as such, in parts too.
    QList<Fact> parts;
    result = DatasetReader::readFile(
            kanjiPath, Fact::Origin::User, [&](QList<Fact> &&part) { parts.append(part); },
            Encoding::ShiftJis);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.encoding, QStringLiteral("Shift_JIS (CP932)"));
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts[0].source, QStringLiteral(u"決算短信"));

    // A file the detection refuses as Latin-1 ("IIJ r\xE9sultats") is Shift_JIS when the
    // caller says so: then it is read as written, 駸 and all.
    const QString latin1 = m_badDir + QStringLiteral("/latin1-bytes.csv");
    QVERIFY(!DatasetReader::readFile(latin1, Fact::Origin::User).ok());
    result = DatasetReader::readFile(latin1, Fact::Origin::User, Encoding::ShiftJis);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.facts.size(), 2);
    QCOMPARE(result.facts[1].source, QStringLiteral(u"IIJ r駸ultats 1Q FY2013"));

    // UTF-8 named as Shift_JIS: C2 A0 (a no-break space) is ﾂ and a byte CP932 does not
    // have.
    const QByteArray utf8 = header
            + QStringLiteral(u"1Q13,revenue_total,26441,JPY_million,reported,IIJ\u00A0results,\n")
                      .toUtf8();
    result = DatasetReader::read(utf8, QStringLiteral("utf8.csv"), Fact::Origin::User,
                                 Encoding::ShiftJis);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].toString(),
             QStringLiteral("utf8.csv:2:51: byte sequence that is not Shift_JIS (CP932); expected "
                            "the whole file saved as Shift_JIS, or as UTF-8"));
    result = DatasetReader::read(utf8, QStringLiteral("utf8.csv"), Fact::Origin::User,
                                 Encoding::Utf8);
    QVERIFY(result.ok());
    QCOMPARE(result.encoding, QStringLiteral("UTF-8"));
}

void TestImport::encodingNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("encoding");  // -1 for none

    const int utf8 = int(DatasetReader::Encoding::Utf8);
    const int shiftJis = int(DatasetReader::Encoding::ShiftJis);
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << utf8;
    QTest::newRow("utf8") << QStringLiteral("utf8") << utf8;
    QTest::newRow("Shift_JIS") << QStringLiteral("Shift_JIS") << shiftJis;
    QTest::newRow("shift-jis") << QStringLiteral("shift-jis") << shiftJis;
    QTest::newRow("SJIS") << QStringLiteral("SJIS") << shiftJis;
    QTest::newRow("cp932") << QStringLiteral("cp932") << shiftJis;
    QTest::newRow("Windows-31J") << QStringLiteral("Windows-31J") << shiftJis;
    QTest::newRow("latin1") << QStringLiteral("latin1") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestImport::encodingNames()
{
    QFETCH(QString, name);
    QFETCH(int, encoding);

    const auto found = DatasetReader::encodingFromName(name);
    QCOMPARE(found ? int(*found) : -1, encoding);
}

void TestImport::numberForms_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("value");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("periodCode");

    const QString q = QStringLiteral("1Q13");
    QTest::newRow("triangle with grouping")
            << q << QStringLiteral(u"\"△1,234\"") << -1234.0 << 0 << q;
    QTest::newRow("black triangle") << q << QStringLiteral(u"▲56") << -56.0 << 0 << q;
    QTest::newRow("parentheses") << q << QStringLiteral("\"(1,234.5)\"") << -1234.5 << 1 << q;
    QTest::newRow("full-width digits") << q << QStringLiteral(u"２６４４１") << 26441.0 << 0 << q;
    QTest::newRow("full-width minus") << q << QStringLiteral(u"－３") << -3.0 << 0 << q;
    QTest::newRow("full-width decimal point")
            << q << QStringLiteral(u"２２．００") << 22.0 << 2 << q;
    QTest::newRow("full-width parentheses")
            << q << QStringLiteral(u"\"（１，２３４）\"") << -1234.0 << 0 << q;
    QTest::newRow("triangle with full-width digits")
            << q << QStringLiteral(u"\"△１，２３４．５\"") << -1234.5 << 1 << q;
    QTest::newRow("full-width period")
            << QStringLiteral(u"１Ｑ１３") << QStringLiteral("26441") << 26441.0 << 0 << q;
}

void TestImport::numberForms()
{
    QFETCH(QString, period);
    QFETCH(QString, value);
    QFETCH(double, expected);
    QFETCH(int, decimals);
    QFETCH(QString, periodCode);

    const QByteArray csv = header
            + QStringLiteral("%1,operating_income,%2,JPY_million,reported,IIJ,2013-08-06\n")
                      .arg(period, value)
                      .toUtf8();
    const DatasetReader::Result result
            = DatasetReader::read(csv, QStringLiteral("forms.csv"), Fact::Origin::User);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    QVERIFY(result.ok());
    QCOMPARE(result.facts.size(), 1);
    const Fact &fact = result.facts.constFirst();
    QCOMPARE(fact.value, expected);
    QCOMPARE(fact.decimals, decimals);
    QCOMPARE(fact.period.code(), periodCode);
    QCOMPARE(fact.valueText(), QString::number(expected, 'f', decimals));
}

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
