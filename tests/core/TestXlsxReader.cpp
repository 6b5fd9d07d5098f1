#include "XlsxFiles.h"
#include "XlsxReader.h"
#include "ZipArchive.h"
#include "ZipEntryDevice.h"

#include <QTemporaryDir>
#include <QTest>

#include <charconv>

using XlsxFiles::Entry;
using Error = XlsxReader::Error;

Q_DECLARE_METATYPE(XlsxReader::Error)

namespace {

const QString bookName = QStringLiteral("book.xlsx");

QByteArray oneSheet(const QByteArray &rows, const QByteArray &sharedStrings = QByteArray(),
                    const QByteArray &styles = QByteArray())
{
    return XlsxFiles::workbook({{QStringLiteral("Sheet1"), XlsxFiles::sheet(rows)}}, sharedStrings,
                               styles);
}

// The entries of a two-sheet workbook, for a test to damage.
QList<Entry> twoSheets()
{
    return XlsxFiles::workbookEntries(
            {{QStringLiteral("Sheet1"),
              XlsxFiles::sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")},
             {QStringLiteral("Sheet2"),
              XlsxFiles::sheet(R"(<row r="1"><c r="A1"><v>2</v></c></row>)")}});
}

qsizetype indexOf(const QList<Entry> &entries, const QByteArray &name)
{
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].name == name)
            return i;
    }
    return -1;
}

}  // namespace

// Workbooks are read into grids cell by cell as stored; damaged, hostile and oversized ones are
// refused with one error naming the part or the cell, and no sheets.
class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void values();
    void sheets();
    void numberFormats_data();
    void numberFormats();
    void zipDetails();
    void malformed_data();
    void malformed();
    void entryLimit();
    void readFile();
    void millionRows();
    void tooManyCells();
};

void TestXlsxReader::values()
{
    const QByteArray shared = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>Revenue</t></si>
<si><r><rPr><b/></rPr><t>Net</t></r><r><t xml:space="preserve"> income</t></r></si>
<si><t xml:space="preserve">  spaced  </t></si>
<si><r><t>売上</t></r><rPh sb="0" eb="2"><t>ウリアゲ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>line_x000D_
two</t></si>
</sst>)";
    const QByteArray styles = XlsxFiles::styles({{0, {}},
                                                 {3, {}},
                                                 {164, QStringLiteral("#,##0.0")},
                                                 {10, {}},
                                                 {165, QStringLiteral("#,##0.0;[Red]\\-#,##0.0")}});
    const QByteArray rows
            = R"(<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c><c r="D1" t="inlineStr"><is><r><t>rich</t></r><r><t xml:space="preserve"> inline</t></r></is></c><c r="E1" t="s"><v>2</v></c><c r="F1" t="s"><v>3</v></c><c r="G1" t="s"><v>4</v></c></row>
<row r="2"><c r="A2"><v>1234.5</v></c><c r="B2" s="1"><v>26441</v></c><c r="C2" s="2"><v>26441.25</v></c><c r="D2" s="3" t="n"><v>0.2345</v></c><c r="E2" s="4"><v>-1234.5</v></c><c r="F2" s="1"/></row>
<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c><v>7</v></c><c><v>8</v></c></row>
<row r="5"><c r="A5"><v>5</v></c></row>
<row><c r="A6"><v>6</v></c></row>)";
    const XlsxReader::Result result = XlsxReader::read(
            XlsxFiles::workbook(
                    {{QStringLiteral("Data"),
                      XlsxFiles::sheet(rows, {QStringLiteral("B2:E2"), QStringLiteral("A5:A6")})}},
                    shared, styles),
            bookName);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.sheets.size(), 1);
    const SheetGrid &grid = result.sheets.first();
    QCOMPARE(grid.name(), QStringLiteral("Data"));
    QCOMPARE(grid.rowCount(), 6);
    QCOMPARE(grid.columnCount(), 7);

    const auto text = [&](int row, int column) {
        const SheetCell &cell = grid.cell(row, column);
        return cell.kind == SheetCell::Kind::Text ? cell.text : QStringLiteral("<not text>");
    };
    QCOMPARE(text(1, 1), QStringLiteral("Revenue"));
    QCOMPARE(text(1, 2), QStringLiteral("Net income"));
    QCOMPARE(text(1, 3), QStringLiteral("inline"));
    QCOMPARE(text(1, 4), QStringLiteral("rich inline"));
    QCOMPARE(text(1, 5), QStringLiteral("  spaced  "));
    QCOMPARE(text(1, 6), QStringLiteral("売上"));  // without its furigana
    QCOMPARE(text(1, 7), QStringLiteral("line\r\ntwo"));

    struct Number
    {
        int column;
        double value;
        int decimals;
        bool percent;
    };
    const Number numbers[] = {{1, 1234.5, -1, false},
                              {2, 26441, 0, false},
                              {3, 26441.25, 1, false},
                              {4, 0.2345, 2, true},
                              {5, -1234.5, 1, false}};
    for (const Number &number : numbers) {
        const SheetCell &cell = grid.cell(2, number.column);
        QCOMPARE(cell.kind, SheetCell::Kind::Number);
        QCOMPARE(cell.number, number.value);
        QCOMPARE(cell.decimals, number.decimals);
        QCOMPARE(cell.percentFormat, number.percent);
    }
    QVERIFY(grid.cell(2, 6).isEmpty());  // styled, but without a value

    QCOMPARE(grid.cell(3, 1).kind, SheetCell::Kind::Boolean);
    QCOMPARE(grid.cell(3, 1).number, 1.0);
    QCOMPARE(grid.cell(3, 2).kind, SheetCell::Kind::Boolean);
    QCOMPARE(grid.cell(3, 2).number, 0.0);
    QCOMPARE(grid.cell(3, 3).kind, SheetCell::Kind::Error);
    QCOMPARE(grid.cell(3, 3).text, QStringLiteral("#DIV/0!"));
    QCOMPARE(text(3, 4), QStringLiteral("ab"));
    // Cells without a reference follow the one before.
    QCOMPARE(grid.cell(3, 5).number, 7.0);
    QCOMPARE(grid.cell(3, 6).number, 8.0);
    QVERIFY(grid.cell(4, 1).isEmpty());
    QCOMPARE(grid.cell(5, 1).number, 5.0);
    QCOMPARE(grid.cell(6, 1).number, 6.0);  // a row without r follows row 5

    QCOMPARE(grid.merged(), (QList<CellRange> {{2, 2, 2, 5}, {5, 1, 6, 1}}));
    QCOMPARE(grid.mergedAt(2, 4), (CellRange {2, 2, 2, 5}));
}

void TestXlsxReader::sheets()
{
    const QString japanese = QStringLiteral("売上高（百万円）");
    QList<Entry> entries = XlsxFiles::workbookEntries(
            {{QStringLiteral("Summary"),
              XlsxFiles::sheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)")},
             {japanese, XlsxFiles::sheet(R"(<row r="2"><c r="B2"><v>2</v></c></row>)")},
             {QStringLiteral("Q1 2013"),
              XlsxFiles::sheet(R"(<row r="3"><c r="C3"><v>3</v></c></row>)")}});
    // A chart sheet between them, which is passed over.
    Entry &workbook = entries[indexOf(entries, "xl/workbook.xml")];
    workbook.data.replace("</sheets>",
                          R"(<sheet name="Chart1" sheetId="9" r:id="rId9"/></sheets>)");
    workbook.data.replace(R"(<sheet name="Q1 2013")",
                          R"(<sheet name="Chart2" sheetId="8" r:id="rId8"/><sheet name="Q1 2013")");
    Entry &rels = entries[indexOf(entries, "xl/_rels/workbook.xml.rels")];
    rels.data.replace(
            "</Relationships>",
            R"(<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>)"
            R"(<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="/xl/chartsheets/sheet2.xml"/></Relationships>)");
    const XlsxReader::Result result = XlsxReader::read(XlsxFiles::zip(entries), bookName);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.sheets.size(), 3);
    QCOMPARE(result.sheets[0].name(), QStringLiteral("Summary"));
    QCOMPARE(result.sheets[1].name(), japanese);
    QCOMPARE(result.sheets[2].name(), QStringLiteral("Q1 2013"));
    QCOMPARE(result.sheets[0].cell(1, 1).number, 1.0);
    QCOMPARE(result.sheets[1].cell(2, 2).number, 2.0);
    QCOMPARE(result.sheets[2].cell(3, 3).number, 3.0);
    QCOMPARE(result.sheets[1].reference(2, 2), QStringLiteral("'売上高（百万円）'!B2"));

    // Parts are decoded piece by piece: characters of several bytes cross the pieces' ends.
    QStringList strings;
    for (int i = 0; i < 5000; ++i)
        strings << QStringLiteral("売上高（百万円）%1").arg(i);
    const XlsxReader::Result japaneseStrings
            = XlsxReader::read(oneSheet(R"(<row r="1"><c r="A1" t="s"><v>4999</v></c></row>)",
                                        XlsxFiles::sharedStrings(strings)),
                               bookName);
    QVERIFY2(japaneseStrings.ok(), qPrintable(japaneseStrings.errors.value(0).toString()));
    QCOMPARE(japaneseStrings.sheets.first().cell(1, 1).text,
             QStringLiteral("売上高（百万円）4999"));

    // Stored entries, and an archive comment after the end record, read the same.
    for (Entry &entry : entries)
        entry.deflated = false;
    const XlsxReader::Result stored = XlsxReader::read(
            XlsxFiles::zip(entries, "a comment with PK\x05\x06 inside it"), bookName);
    QVERIFY2(stored.ok(), qPrintable(stored.errors.value(0).toString()));
    QCOMPARE(stored.sheets.size(), 3);
    QCOMPARE(stored.sheets[2].cell(3, 3).number, 3.0);
}

void TestXlsxReader::numberFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("percent");

    QTest::addRow("General") << QStringLiteral("General") << -1 << false;
    QTest::addRow("text") << QStringLiteral("@") << -1 << false;
    QTest::addRow("0") << QStringLiteral("0") << 0 << false;
    QTest::addRow("#,##0") << QStringLiteral("#,##0") << 0 << false;
    QTest::addRow("#,##0.0") << QStringLiteral("#,##0.0") << 1 << false;
    QTest::addRow("0.00%%") << QStringLiteral("0.00%") << 2 << true;
    QTest::addRow("0%%") << QStringLiteral("0%") << 0 << true;
    QTest::addRow("red negative") << QStringLiteral("#,##0.0;[Red]\\-#,##0.0") << 1 << false;
    QTest::addRow("triangle negative") << QStringLiteral("#,##0;\"△ \"#,##0") << 0 << false;
    QTest::addRow("quoted point") << QStringLiteral("\"v.\"0") << 0 << false;
    QTest::addRow("locale") << QStringLiteral("[$-411]#,##0.000") << 3 << false;
    QTest::addRow("accounting 43") << XlsxReader::builtInFormatCode(43) << 2 << false;
    QTest::addRow("built-in 4") << XlsxReader::builtInFormatCode(4) << 2 << false;
    QTest::addRow("built-in 10") << XlsxReader::builtInFormatCode(10) << 2 << true;
    QTest::addRow("built-in 38") << XlsxReader::builtInFormatCode(38) << 0 << false;
    QTest::addRow("date") << QStringLiteral("yyyy-mm-dd") << -1 << false;
    QTest::addRow("scientific") << QStringLiteral("0.00E+00") << 2 << false;
}

void TestXlsxReader::numberFormats()
{
    QFETCH(QString, code);
    QFETCH(int, decimals);
    QFETCH(bool, percent);
    const XlsxReader::NumberFormat format = XlsxReader::numberFormat(code);
    QCOMPARE(format.decimals, decimals);
    QCOMPARE(format.percent, percent);
}

void TestXlsxReader::zipDetails()
{
    ZipArchive zip;
    QVERIFY(zip.open(XlsxFiles::zip({{"a.txt", "hello"}, {"Dir/B.xml", QByteArray(5000, 'b')}})));
    QCOMPARE(zip.entries().size(), 2);
    QVERIFY(zip.contains(QStringLiteral("dir/b.xml")));  // part names ignore case
    QCOMPARE(zip.read(QStringLiteral("a.txt")), QByteArray("hello"));
    QCOMPARE(zip.read(QStringLiteral("dir/b.xml")), QByteArray(5000, 'b'));
    QCOMPARE(zip.totalRead(), 5005);
    QVERIFY(zip.read(QStringLiteral("c.txt")).isNull());
    QCOMPARE(zip.error(), ZipArchive::Error::MissingEntry);

    // An empty archive is one; an empty entry reads as empty, not as a failure.
    QVERIFY(zip.open(XlsxFiles::zip({{"empty", QByteArray()}})));
    const QByteArray empty = zip.read(QStringLiteral("empty"));
    QVERIFY(!empty.isNull());
    QVERIFY(empty.isEmpty());
    QVERIFY(zip.open(XlsxFiles::zip({})));
    QVERIFY(zip.entries().isEmpty());
}

void TestXlsxReader::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("message");  // DatasetError::toString()

    const QByteArray good = XlsxFiles::zip(twoSheets());
    const QString truncated = QStringLiteral(
            "book.xlsx: the zip archive is truncated or damaged: its end record (the central "
            "directory's end) is missing");

    QTest::addRow("CSV renamed")
            << QByteArray("period,metric,value\n1Q13,revenue_total,1\n") << Error::NotAWorkbook
            << QStringLiteral("book.xlsx: not an Excel workbook (.xlsx): not a zip archive; "
                              "expected a workbook saved by Excel or LibreOffice as .xlsx");
    QTest::addRow("empty file") << QByteArray() << Error::NotAWorkbook
                                << QStringLiteral("book.xlsx: not an Excel workbook (.xlsx): not "
                                                  "a zip archive; expected a workbook saved by "
                                                  "Excel or LibreOffice as .xlsx");
    QTest::addRow("OLE2 file")
            << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')
            << Error::CompoundFile
            << QStringLiteral("book.xlsx: an OLE2 compound file, not a zip archive: an Excel "
                              "97-2003 workbook (.xls) or a workbook protected with a password; "
                              "save it as an Excel workbook (.xlsx) without a password");
    for (const qsizetype cut :
         {qsizetype(2), qsizetype(100), good.size() / 2, good.size() - 23, good.size() - 1})
        QTest::addRow("truncated to %lld bytes", qlonglong(cut))
                << good.left(cut) << Error::Damaged << truncated;
    {
        // The end record's directory offset points past it.
        QByteArray data = good;
        qToLittleEndian(quint32(data.size()), data.data() + data.size() - 6);
        QTest::addRow("directory beyond the file")
                << data << Error::Damaged
                << QStringLiteral("book.xlsx: the zip archive is truncated or damaged: its "
                                  "central directory (at byte %1, %2 bytes) lies beyond the data "
                                  "before its end record (%3 bytes)")
                           .arg(data.size())
                           .arg(qFromLittleEndian<quint32>(data.constData() + data.size() - 10))
                           .arg(data.size() - 22);
    }
    {
        QList<Entry> entries = twoSheets();
        Entry &sheet = entries[indexOf(entries, "xl/worksheets/sheet2.xml")];
        sheet.crc = XlsxFiles::crc32(sheet.data) ^ 1;
        sheet.size = sheet.data.size();
        sheet.data = XlsxFiles::deflate(sheet.data);
        sheet.precompressed = true;
        QTest::addRow("CRC mismatch")
                << XlsxFiles::zip(entries) << Error::Damaged
                << QStringLiteral("book.xlsx: the zip archive is damaged: the CRC-32 of "
                                  "xl/worksheets/sheet2.xml does not match");
    }
    {
        QList<Entry> entries = twoSheets();
        Entry &sheet = entries[indexOf(entries, "xl/worksheets/sheet1.xml")];
        sheet.size = sheet.data.size() + 10;  // the header lies about the size
        sheet.crc = XlsxFiles::crc32(sheet.data);
        sheet.data = XlsxFiles::deflate(sheet.data);
        sheet.precompressed = true;
        QTest::addRow("size mismatch")
                << XlsxFiles::zip(entries) << Error::Damaged
                << QStringLiteral("book.xlsx: the zip archive is damaged: "
                                  "xl/worksheets/sheet1.xml expands to %1 bytes, its directory "
                                  "says %2")
                           .arg(sheet.size - 10)
                           .arg(sheet.size);
    }
    {
        QList<Entry> entries = twoSheets();
        Entry &sheet = entries[indexOf(entries, "xl/worksheets/sheet1.xml")];
        sheet.data = XlsxFiles::deflate(sheet.data).left(20);
        sheet.precompressed = true;
        QTest::addRow("deflate data cut")
                << XlsxFiles::zip(entries) << Error::Damaged
                << QStringLiteral("book.xlsx: the zip archive is truncated or damaged: "
                                  "xl/worksheets/sheet1.xml cannot be inflated (unexpected end "
                                  "of data)");
    }
    {
        QList<Entry> entries = twoSheets();
        entries[indexOf(entries, "xl/workbook.xml")].flags = 0x0001;
        QTest::addRow("encrypted entry")
                << XlsxFiles::zip(entries) << Error::Encrypted
                << QStringLiteral("book.xlsx: xl/workbook.xml is encrypted: the workbook is "
                                  "password-protected; save it without a password");
    }
    {
        QList<Entry> entries = twoSheets();
        entries[indexOf(entries, "xl/worksheets/sheet1.xml")].method = 14;
        entries[indexOf(entries, "xl/worksheets/sheet1.xml")].deflated = false;
        QTest::addRow("LZMA entry")
                << XlsxFiles::zip(entries) << Error::UnsupportedCompression
                << QStringLiteral("book.xlsx: xl/worksheets/sheet1.xml is compressed with "
                                  "method 14; only stored (0) and deflated (8) entries can be "
                                  "read");
    }
    {
        // 304 MiB of zeros deflate to 300 KB: refused once the first MiB is past.
        QList<Entry> entries = twoSheets();
        entries[indexOf(entries, "xl/worksheets/sheet2.xml")]
                = XlsxFiles::repeated("xl/worksheets/sheet2.xml", QByteArray(8 << 20, '\0'), 38);
        QTest::addRow("zip bomb")
                << XlsxFiles::zip(entries) << Error::TooLarge
                << QStringLiteral("book.xlsx: xl/worksheets/sheet2.xml expands more than 1,000 "
                                  "times past its first 1 MiB: a zip bomb");
    }
    {
        QList<Entry> entries = twoSheets();
        entries.removeAt(indexOf(entries, "xl/workbook.xml"));
        QTest::addRow("no workbook.xml")
                << XlsxFiles::zip(entries) << Error::MissingPart
                << QStringLiteral("book.xlsx: xl/workbook.xml is missing: not an Excel workbook "
                                  "(.xlsx)");
    }
    {
        QList<Entry> entries = twoSheets();
        entries.removeAt(indexOf(entries, "xl/_rels/workbook.xml.rels"));
        QTest::addRow("no relationships")
                << XlsxFiles::zip(entries) << Error::MissingPart
                << QStringLiteral("book.xlsx: xl/_rels/workbook.xml.rels is missing from the "
                                  "workbook");
    }
    {
        QList<Entry> entries = twoSheets();
        entries.removeAt(indexOf(entries, "xl/worksheets/sheet2.xml"));
        QTest::addRow("sheet part missing")
                << XlsxFiles::zip(entries) << Error::MissingPart
                << QStringLiteral("book.xlsx: xl/worksheets/sheet2.xml, the part of sheet "
                                  "Sheet2, is missing from the workbook");
    }
    {
        QList<Entry> entries = twoSheets();
        entries[indexOf(entries, "xl/workbook.xml")].data.replace(R"(r:id="rId2")",
                                                                  R"(r:id="rId7")");
        QTest::addRow("sheet without relationship")
                << XlsxFiles::zip(entries) << Error::Damaged
                << QStringLiteral("book.xlsx: xl/workbook.xml: sheet Sheet2 has the relationship "
                                  "id rId7, which xl/_rels/workbook.xml.rels does not have "
                                  "(damaged)");
    }
    QTest::addRow("broken XML")
            << oneSheet("<row r=\"1\">\n<c r=\"A1\"><v>1</v></row>") << Error::MalformedXml
            << QStringLiteral("book.xlsx: xl/worksheets/sheet1.xml:3:24 (sheet Sheet1): malformed "
                              "XML: Opening and ending tag mismatch.");
    {
        QList<Entry> entries = twoSheets();
        Entry &workbook = entries[indexOf(entries, "xl/workbook.xml")];
        workbook.data.replace("<workbook ", "<!DOCTYPE workbook [<!ENTITY a \"aaaa\">]><workbook ");
        QTest::addRow("DTD")
                << XlsxFiles::zip(entries) << Error::MalformedXml
                << QStringLiteral("book.xlsx: xl/workbook.xml:2:40: a document type declaration, "
                                  "which no workbook part has");
    }
    QTest::addRow("rows out of order") << oneSheet(
            R"(<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>)")
                                       << Error::Damaged
                                       << QStringLiteral("book.xlsx: Sheet1!A1: row 1 comes after "
                                                         "row 2: rows out of order "
                                                         "(damaged)");
    QTest::addRow("cells out of order")
            << oneSheet(R"(<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row>)")
            << Error::Damaged
            << QStringLiteral("book.xlsx: Sheet1!A1: cell A1 comes after B1: cells out of order "
                              "(damaged)");
    QTest::addRow("cell in another row")
            << oneSheet(R"(<row r="1"><c r="A2"><v>1</v></c></row>)") << Error::Damaged
            << QStringLiteral("book.xlsx: Sheet1!A2: cell A2 comes after the start of row 1: "
                              "cells out of order (damaged)");
    QTest::addRow("column beyond XFD")
            << oneSheet(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)") << Error::Damaged
            << QStringLiteral("book.xlsx: xl/worksheets/sheet1.xml:2, sheet Sheet1: the cell "
                              "reference \"XFE1\" is not an address from A1 to XFD1048576 "
                              "(damaged)");
    QTest::addRow("row beyond 1048576")
            << oneSheet(R"(<row r="1048577"><c r="A1048577"><v>1</v></c></row>)") << Error::Damaged
            << QStringLiteral("book.xlsx: xl/worksheets/sheet1.xml:2, sheet Sheet1: the row number "
                              "\"1048577\" is not one from 1 to 1,048,576 (damaged)");
    QTest::addRow("shared string out of range")
            << oneSheet(R"(<row r="1"><c r="A1" t="s"><v>1</v></c></row>)",
                        XlsxFiles::sharedStrings({QStringLiteral("only")}))
            << Error::Damaged
            << QStringLiteral("book.xlsx: Sheet1!A1: shared string 1 does not exist; the "
                              "workbook has 1 (damaged)");
    QTest::addRow("not a number")
            << oneSheet(R"(<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>12,5</v></c></row>)")
            << Error::Damaged
            << QStringLiteral("book.xlsx: Sheet1!B1: the value \"12,5\" is not a number "
                              "(damaged)");
    QTest::addRow("style out of range")
            << oneSheet(R"(<row r="1"><c r="A1" s="2"><v>1</v></c></row>)", QByteArray(),
                        XlsxFiles::styles({{0, {}}, {3, {}}}))
            << Error::Damaged
            << QStringLiteral("book.xlsx: Sheet1!A1: cell style 2 does not exist; the workbook "
                              "has 2 (damaged)");
    QTest::addRow("unknown cell type")
            << oneSheet(R"(<row r="1"><c r="A1" t="x"><v>1</v></c></row>)") << Error::Damaged
            << QStringLiteral("book.xlsx: Sheet1!A1: the cell type \"x\" is not one of s, str, "
                              "inlineStr, n, b, e or d (damaged)");
    QTest::addRow("bad merged range")
            << XlsxFiles::workbook({{QStringLiteral("Sheet1"),
                                     XlsxFiles::sheet(QByteArray(), {QStringLiteral("E2:B2")})}})
            << Error::Damaged
            << QStringLiteral("book.xlsx: xl/worksheets/sheet1.xml:2, sheet Sheet1: the merged "
                              "range \"E2:B2\" is not a range within A1:XFD1048576 (damaged)");
    {
        QStringList merged;
        for (int row = 1; row <= 100'001; ++row)
            merged << QStringLiteral("A%1:B%1").arg(row);
        QTest::addRow("too many merged ranges")
                << XlsxFiles::workbook(
                           {{QStringLiteral("Sheet1"), XlsxFiles::sheet(QByteArray(), merged)}})
                << Error::TooManyMergedRanges
                << QStringLiteral("book.xlsx: xl/worksheets/sheet1.xml:2, sheet Sheet1: more than "
                                  "100,000 merged ranges in the workbook; a data book has at most "
                                  "100,000");
    }
    QTest::addRow("inline text too long")
            << oneSheet("<row r=\"1\"><c r=\"C1\" t=\"inlineStr\"><is><t>" + QByteArray(32768, 'x')
                        + "</t></is></c></row>")
            << Error::TextTooLong
            << QStringLiteral("book.xlsx: Sheet1!C1: a text of more than 32,767 characters; a "
                              "cell holds at most 32,767");
    QTest::addRow("shared text too long")
            << oneSheet(QByteArray(),
                        XlsxFiles::sharedStrings({QStringLiteral("a"), QString(40000, u'y')}))
            << Error::TextTooLong
            << QStringLiteral("book.xlsx: xl/sharedStrings.xml:2:118, shared string 1: a text "
                              "of more than 32,767 characters; a cell holds at most 32,767");
}

void TestXlsxReader::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(Error, error);
    QFETCH(QString, message);
    const XlsxReader::Result result = XlsxReader::read(data, bookName);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().toString(), message);
    QCOMPARE(result.error, error);
    QVERIFY(result.sheets.isEmpty());
}

void TestXlsxReader::entryLimit()
{
    // An entry that expands only about 500 times, to 300 MiB: a MiB of zeros and 1,000 bytes
    // that do not compress, 300 times.
    QByteArray piece(1 << 20, '\0');
    quint32 random = 1;
    for (int i = 0; i < 1000; ++i) {
        random = random * 1103515245 + 12345;
        piece += char(random >> 16);
    }
    const Entry entry = XlsxFiles::repeated("xl/worksheets/sheet1.xml", piece, 300);
    ZipArchive zip;
    QVERIFY(zip.open(XlsxFiles::zip({entry})));
    const std::unique_ptr<ZipEntryDevice> device
            = zip.openEntry(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(device);
    QVERIFY(!device->drain());
    QCOMPARE(zip.error(), ZipArchive::Error::TooLarge);
    QCOMPARE(zip.errorString(),
             QStringLiteral("xl/worksheets/sheet1.xml expands to more than 256 MiB, the limit "
                            "for one part"));
    QCOMPARE(zip.totalRead(), ZipArchive::maxEntrySize + 1);
}

void TestXlsxReader::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(oneSheet(R"(<row r="1"><c r="A1"><v>42</v></c></row>)"));
    file.close();
    const XlsxReader::Result result = XlsxReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    QCOMPARE(result.sheets.first().cell(1, 1).number, 42.0);

    const XlsxReader::Result folder = XlsxReader::readFile(dir.path());
    QCOMPARE(folder.error, Error::Unreadable);
    QCOMPARE(folder.errors.first().fileName, dir.path());
}

void TestXlsxReader::millionRows()
{
    // 1,000,000 rows, about 30 MB of XML made compactly: the first 200,001 with their numbers,
    // then 799,999 rows without (each follows the one before), deflated once per 1,000.
    const QList<QByteArray> ends = XlsxFiles::sheet("@").split('@');
    QByteArray head = ends.first();
    head.reserve(10 << 20);
    for (int row = 1; row <= 200'001; ++row) {
        char number[16];
        const qsizetype digits = std::to_chars(number, number + sizeof(number), row).ptr - number;
        const QByteArrayView r(number, digits);
        head.append("<row r=\"").append(r).append("\"><c r=\"A").append(r);
        head.append("\"><v>").append(r).append("</v></c></row>");
    }
    QByteArray thousand;
    for (int row = 0; row < 1000; ++row)
        thousand += "<row><c><v>1</v></c></row>";
    QList<Entry> entries = XlsxFiles::workbookEntries({{QStringLiteral("Sheet1"), {}}});
    entries[indexOf(entries, "xl/worksheets/sheet1.xml")] = XlsxFiles::concatenated(
            "xl/worksheets/sheet1.xml",
            {{head, 1}, {thousand, 799}, {thousand.left(999 * 26), 1}, {ends.last(), 1}}, 1);
    const QByteArray book = XlsxFiles::zip(entries);
    {
        ZipArchive zip;  // the sheet is whole: a million rows, CRC-32 and size as declared
        QVERIFY(zip.open(book));
        QCOMPARE(zip.read(QStringLiteral("xl/worksheets/sheet1.xml")).count("</row>"), 1'000'000);
    }
    const XlsxReader::Result result = XlsxReader::read(book, bookName);
    QCOMPARE(result.error, Error::TooManyRows);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().cell, QStringLiteral("Sheet1!A200001"));
    QCOMPARE(result.errors.first().toString(),
             QStringLiteral("book.xlsx: Sheet1!A200001: more than 200,000 rows; a data book has "
                            "at most 200,000"));
    QVERIFY(result.sheets.isEmpty());

    // The limit is the workbook's: two sheets of 150,000 rows cross it in the second.
    entries = XlsxFiles::workbookEntries(
            {{QStringLiteral("Sheet1"), {}}, {QStringLiteral("Sheet2"), {}}});
    for (const QByteArray name : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"})
        entries[indexOf(entries, name)] = XlsxFiles::concatenated(
                name, {{ends.first(), 1}, {thousand, 150}, {ends.last(), 1}}, 1);
    const XlsxReader::Result two = XlsxReader::read(XlsxFiles::zip(entries), bookName);
    QCOMPARE(two.error, Error::TooManyRows);
    QCOMPARE(two.errors.first().toString(),
             QStringLiteral("book.xlsx: Sheet2!A50001: more than 200,000 rows in the workbook's "
                            "sheets together; a data book has at most 200,000"));
}

void TestXlsxReader::tooManyCells()
{
    // A lone value in column XFD makes its row 16,384 cells: 306 such rows pass 5,000,000.
    QByteArray rows;
    for (int row = 1; row <= 400; ++row)
        rows += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"XFD" + QByteArray::number(row)
                + "\"><v>1</v></c></row>";
    const XlsxReader::Result result = XlsxReader::read(oneSheet(rows), bookName);
    QCOMPARE(result.error, Error::TooManyCells);
    QCOMPARE(result.errors.first().toString(),
             QStringLiteral("book.xlsx: Sheet1!XFD306: more than 5,000,000 cells in the "
                            "workbook (each row counted up to its last value); a data book has "
                            "at most 5,000,000"));
    QVERIFY(result.sheets.isEmpty());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
