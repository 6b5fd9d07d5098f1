#include "DatasetReader.h"
#include "FactWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

Fact factWithSource(const QString &source)
{
    Fact fact;
    fact.period = *FiscalPeriod::fromCode(QStringLiteral("1Q13"));
    fact.metric = QStringLiteral("revenue_total");
    fact.value = 26441;
    fact.unit = Unit::JpyMillion;
    fact.basis = Basis::Reported;
    fact.source = source;
    fact.asOf = QDate(2013, 8, 6);
    return fact;
}

// Whether the bytes hold a control character or an invisible format one as it is.
QString firstRawControl(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (c != U'\n' && FactWriter::isEscaped(c))
            return QStringLiteral("U+%1 at %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

}  // namespace

// `irdash data` prints sources that may have come from any file: control characters and
// invisible format characters come out escaped, never raw, in a way that reads back.
class TestFactWriter : public QObject
{
    Q_OBJECT

private slots:
    void isEscaped_data();
    void isEscaped();
    void escapeControls_data();
    void escapeControls();
    void escapesReadBackUnambiguously_data();
    void escapesReadBackUnambiguously();
    void csvHoldsNoRawControls();
    void csvOfPlainTextIsUnchanged();
    void jsonHoldsNoRawControlsAndParsesBack();
};

void TestFactWriter::isEscaped_data()
{
    QTest::addColumn<uint>("c");
    QTest::addColumn<bool>("escaped");
    QTest::addRow("NUL") << 0x0u << true;
    QTest::addRow("BEL") << 0x7u << true;
    QTest::addRow("BS") << 0x8u << true;
    QTest::addRow("tab") << 0x9u << false;
    QTest::addRow("LF") << 0xAu << false;
    QTest::addRow("CR") << 0xDu << true;
    QTest::addRow("ESC") << 0x1Bu << true;
    QTest::addRow("DEL") << 0x7Fu << true;
    QTest::addRow("CSI (C1)") << 0x9Bu << true;
    QTest::addRow("soft hyphen") << 0xADu << true;
    QTest::addRow("zero width space") << 0x200Bu << true;
    QTest::addRow("RLM") << 0x200Fu << true;
    QTest::addRow("RLO") << 0x202Eu << true;
    QTest::addRow("line separator") << 0x2028u << true;
    QTest::addRow("RLI") << 0x2067u << true;
    QTest::addRow("BOM") << 0xFEFFu << true;
    QTest::addRow("tag A") << 0xE0041u << true;
    QTest::addRow("a") << uint('a') << false;
    QTest::addRow("backslash") << uint('\\') << false;
    QTest::addRow("space") << 0x20u << false;
    QTest::addRow("no-break space") << 0xA0u << false;
    QTest::addRow("ideographic space") << 0x3000u << false;
    QTest::addRow("売") << 0x58F2u << false;
    QTest::addRow("full-width ＝") << 0xFF1Du << false;
    QTest::addRow("variation selector") << 0xFE0Fu << false;
    QTest::addRow("emoji") << 0x1F600u << false;
}

void TestFactWriter::isEscaped()
{
    QFETCH(uint, c);
    QFETCH(bool, escaped);
    QCOMPARE(FactWriter::isEscaped(char32_t(c)), escaped);
}

void TestFactWriter::escapeControls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    const auto row = [](const char *name, const QString &text, const char *escaped) {
        QTest::addRow("%s", name) << text << QString::fromUtf8(escaped);
    };
    row("plain", QStringLiteral("IIJ deck II-3"), "IIJ deck II-3");
    row("Japanese", QStringLiteral(u"売上高（ネットワーク）"), "売上高（ネットワーク）");
    row("line break and tab", QStringLiteral("a\nb\tc"), "a\nb\tc");
    row("ESC sequence", QStringLiteral("a\x1b[2Jb"), "a\\u001b[2Jb");
    row("BEL", QStringLiteral("ding\a"), "ding\\u0007");
    row("CR", QStringLiteral("shown\rhidden"), "shown\\u000dhidden");
    row("DEL", QStringLiteral("x\x7fy"), "x\\u007fy");
    row("C1 CSI", QString(QChar(0x9B)) + QStringLiteral("31m"), "\\u009b31m");
    row("RLO", QStringLiteral(u"abc\u202Edef"), "abc\\u202edef");
    row("tag above U+FFFF", QString::fromUcs4(U"x\U000E0041"), "x\\udb40\\udc41");
    row("lone surrogate", QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"), "a\\ud800b");
    // A backslash stays single unless it would read as part of an escape.
    row("Windows path", QStringLiteral("C:\\deck\\2013.pdf"), "C:\\deck\\2013.pdf");
    row("backslash at the end", QStringLiteral("a\\"), "a\\");
    row("backslash before u", QStringLiteral("\\u001b"), "\\\\u001b");
    row("two backslashes", QStringLiteral("a\\\\b"), "a\\\\\\b");
    row("backslash before ESC", QStringLiteral("\\\x1b"), "\\\\\\u001b");
}

void TestFactWriter::escapeControls()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(FactWriter::escapeControls(text), escaped);
    QCOMPARE(FactWriter::unescapeControls(FactWriter::escapeControls(text)), text);
}

void TestFactWriter::escapesReadBackUnambiguously_data()
{
    QTest::addColumn<QString>("text");
    // Texts that look like escapes already, next to real control characters.
    const QStringList pieces
            = {QStringLiteral("\\"),   QStringLiteral("u"),    QStringLiteral("\x1b"),
               QStringLiteral("001b"), QStringLiteral("\\\\"), QStringLiteral(u"\u202E"),
               QStringLiteral("x")};
    int n = 0;
    for (const QString &a : pieces) {
        for (const QString &b : pieces) {
            for (const QString &c : pieces)
                QTest::addRow("%d: %s", n++, (a + b + c).toUtf8().toHex().constData()) << a + b + c;
        }
    }
}

void TestFactWriter::escapesReadBackUnambiguously()
{
    QFETCH(QString, text);
    const QString escaped = FactWriter::escapeControls(text);
    QCOMPARE(firstRawControl(escaped.toUtf8()), QString());
    QCOMPARE(FactWriter::unescapeControls(escaped), text);
}

void TestFactWriter::csvHoldsNoRawControls()
{
    const QString source = QStringLiteral(u"deck\x1b]0;owned\a \x9b"
                                          "2J \u202Eredro\r\nline two");
    const QByteArray csv = FactWriter::toCsv({factWithSource(source)});
    QCOMPARE(firstRawControl(csv), QString());
    QVERIFY2(csv.contains("\"deck\\u001b]0;owned\\u0007 \\u009b2J \\u202eredro\\u000d\nline two\""),
             csv.constData());
    // It is still the interchange format: the escapes are read as text.
    const DatasetReader::Result read
            = DatasetReader::read(csv, QStringLiteral("data.csv"), Fact::Origin::User);
    QVERIFY(read.ok());
    QCOMPARE(read.facts.size(), 1);
    QCOMPARE(FactWriter::unescapeControls(read.facts.first().source), source);
}

void TestFactWriter::csvOfPlainTextIsUnchanged()
{
    // Sources without control characters read back exactly, backslashes included.
    const QList<Fact> facts = {factWithSource(QStringLiteral("IIJ, \"deck\" II-3")),
                               factWithSource(QStringLiteral(u"決算短信\nC:\\IR\\2013.pdf"))};
    QList<Fact> dated = facts;
    dated[1].asOf = QDate(2013, 8, 7);
    const QByteArray csv = FactWriter::toCsv(dated);
    const DatasetReader::Result read
            = DatasetReader::read(csv, QStringLiteral("data.csv"), Fact::Origin::User);
    QVERIFY(read.ok());
    QCOMPARE(read.facts, dated);
}

void TestFactWriter::jsonHoldsNoRawControlsAndParsesBack()
{
    const QString source = QString::fromUcs4(
            U"a\x1b[31mred\a \x7f \x9b \u202E \u2028 \U000E0041 \\u001b 売上高 \U0001F600");
    const QByteArray json = FactWriter::toJson({factWithSource(source)});
    QCOMPARE(firstRawControl(json), QString());
    QVERIFY2(json.contains("a\\u001b[31mred\\u0007 \\u007f \\u009b \\u202e \\u2028 "
                           "\\udb40\\udc41 \\\\u001b 売上高 😀"),
             json.constData());
    // RFC 8259: the escapes mean the characters; a JSON reader gets the source back.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.array().first().toObject().value(QStringLiteral("source")).toString(),
             source);
}

QTEST_GUILESS_MAIN(TestFactWriter)
#include "TestFactWriter.moc"
