#include "DataBookReader.h"
#include "FiscalCalendar.h"
#include "MetricCatalogue.h"
#include "Table.h"
#include "TableCsv.h"
#include "WideCsv.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include <functional>

namespace {

SheetCell text(const QString &value)
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Text;
    cell.text = value;
    return cell;
}

SheetCell number(double value, int decimals = -1, bool percent = false)
{
    SheetCell cell;
    cell.kind = SheetCell::Kind::Number;
    cell.number = value;
    cell.decimals = decimals;
    cell.percentFormat = percent;
    return cell;
}

// Cells of one row from column 1, text unless given as a number ("" leaves a cell empty).
void row(SheetGrid &grid, int r, const QList<SheetCell> &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        if (!cells[c].isEmpty())
            grid.setCell(r, c + 1, cells[c]);
    }
}

SheetCell t(const char *utf8)
{
    return text(QString::fromUtf8(utf8));
}

const SheetCell none;

// A data book as IR sites publish it: a title, a blank row, a units note, the fiscal year
// merged over its quarters, figures as numbers with formats and as text, a footnote.
SheetGrid dataBook()
{
    SheetGrid grid(QStringLiteral("Sheet1"));
    row(grid, 1, {t("IIJ Financial Data (Consolidated)")});
    row(grid, 3, {t("（単位：百万円）")});
    row(grid, 4, {none, t("FY2012"), none, none, none, t("2013年度")});
    grid.addMerged({4, 2, 4, 5});
    grid.addMerged({4, 6, 4, 7});
    row(grid, 5, {none, t("1Q"), t("2Q"), t("3Q"), t("4Q"), t("第1四半期"), t("第2四半期")});
    row(grid, 6,
        {t("Total revenues"), number(24000.4, 0), t("26,441"), t("２７，０１２"), t("—"),
         number(26964, -1), none});
    row(grid, 7, {t("売上総利益"), t("△1,234"), t("(1,234)"), t("▲5"), t("n/a"), t("-"), none});
    row(grid, 8,
        {t("Gross margin ratio (total) (%)"), number(0.2204, 2, true), t("22.0%"), t("22.00"),
         number(-0.0005, -1, true), none, none});
    row(grid, 10, {t("※ Figures are rounded down to the nearest million yen.")});
    return grid;
}

DataBookReader::Options withSource()
{
    DataBookReader::Options options;
    options.source = QStringLiteral("IIJ financial data book");
    return options;
}

Fact fact(const char *period, const char *metric, double value, int decimals, Unit unit,
          Basis basis = Basis::Reported)
{
    Fact f;
    f.period = *FiscalPeriod::fromCode(QString::fromLatin1(period));
    f.metric = QString::fromLatin1(metric);
    f.value = value;
    f.decimals = decimals;
    f.unit = unit;
    f.basis = basis;
    f.source = QStringLiteral("IIJ financial data book");
    f.origin = Fact::Origin::User;
    return f;
}

QString describe(const QList<Fact> &facts)
{
    QStringList lines;
    for (const Fact &f : facts) {
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                             .arg(f.period.code(), f.metric, f.valueText(), Units::code(f.unit),
                                  Bases::code(f.basis), f.source, f.asOfText()));
    }
    return lines.join(QLatin1Char('\n'));
}

QString errorsOf(const DataBookReader::Result &result)
{
    QStringList lines;
    for (const DatasetError &error : result.errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestDataBookReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodHeaders_data();
    void periodHeaders();
    void periodHeadersOfAnotherCalendar();
    void numbersAsText_data();
    void numbersAsText();
    void wideDataBook();
    void japaneseHeadersAndColumns();
    void interchangeSheet();
    void sourceCellAndSheets();
    void nothingRecognisable();
    void wideCsvRoundTrip();
    void wideCsvQuoting();
    void malformed_data();
    void malformed();
    void largeSheet();
    void duplicateAcrossSheets();
    void manyErrorsStop();

private:
};

void TestDataBookReader::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
    FiscalCalendar::setActive(FiscalCalendar());
}

void TestDataBookReader::periodHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("code");
    const auto add = [](const char *header, const char *code) {
        QTest::addRow("%s", header) << QString::fromUtf8(header) << QString::fromLatin1(code);
    };
    add("1Q13", "1Q13");
    add("1Q FY2013", "1Q13");
    add("FY2012", "FY12");
    add("FY12", "FY12");
    add("1H FY2013", "1H13");
    add("2H FY2013", "2H13");
    add("9M FY2013", "9M13");
    add("2013年度第1四半期", "1Q13");
    add("2013年度上期", "1H13");
    add("2013年度下期", "2H13");
    add("2013年度第3四半期累計", "9M13");
    add("2013年度", "FY13");
    add("13/1Q", "1Q13");
    add("13/1H", "1H13");
    add("13年度", "FY13");
    add("１Ｑ１３", "1Q13");
    add(" 1q fy2013 ", "1Q13");
    add("Total revenues", "");
    add("FY2013 results", "");
    add("5Q13", "");
    add("2013", "");
}

void TestDataBookReader::periodHeaders()
{
    QFETCH(QString, header);
    QFETCH(QString, code);
    const auto period = DataBookReader::periodFromHeader(header);
    QCOMPARE(period ? period->code() : QString(), code);
}

void TestDataBookReader::periodHeadersOfAnotherCalendar()
{
    // A December year end named by the month it ends in, as Equinix's profile names it.
    FiscalCalendar::setActive(FiscalCalendar(
            1, {QStringLiteral("FY{year}"), QStringLiteral("{end_year}年{end_month}月期")}));
    const auto code = [](const char *header) {
        const auto period = DataBookReader::periodFromHeader(QString::fromUtf8(header));
        return period ? period->code() : QString();
    };
    QCOMPARE(code("2013年12月期第1四半期"), QStringLiteral("1Q13"));
    QCOMPARE(code("2013年12月期"), QStringLiteral("FY13"));
    QCOMPARE(code("2013年3月期"), QString());
    QCOMPARE(code("1H FY2013"), QStringLiteral("1H13"));
    FiscalCalendar::setActive(FiscalCalendar());
    QCOMPARE(code("2013年12月期"), QString());
    QCOMPARE(code("2013年度"), QStringLiteral("FY13"));
}

void TestDataBookReader::numbersAsText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("percent");
    const auto add = [](const char *in, bool ok, double value, int decimals, bool percent) {
        QTest::addRow("%s", in) << QString::fromUtf8(in) << ok << value << decimals << percent;
    };
    add("26441", true, 26441, 0, false);
    add("26,441", true, 26441, 0, false);
    add("-1,982", true, -1982, 0, false);
    add("△1,234", true, -1234, 0, false);
    add("▲1,234.5", true, -1234.5, 1, false);
    add("(1,234)", true, -1234, 0, false);
    add("２６，４４１", true, 26441, 0, false);
    add("22.0%", true, 22.0, 1, true);
    add("22.00 %", true, 22.0, 2, true);
    add("26,44", false, 0, 0, false);
    add("1,2345", false, 0, 0, false);
    add("abc", false, 0, 0, false);
    add("12³", false, 0, 0, false);
    add("", false, 0, 0, false);
}

void TestDataBookReader::numbersAsText()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    int gotDecimals = -1;
    bool gotPercent = false;
    const auto got = DataBookReader::numberFromText(input, &gotDecimals, &gotPercent);
    QCOMPARE(got.has_value(), ok);
    if (!ok)
        return;
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(bool, percent);
    QCOMPARE(*got, value);
    QCOMPARE(gotDecimals, decimals);
    QCOMPARE(gotPercent, percent);
}

void TestDataBookReader::wideDataBook()
{
    const auto result = DataBookReader::read({dataBook()}, QStringLiteral("book.xlsx"),
                                             withSource(), Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.sheets.size(), 1);
    QCOMPARE(result.sheets[0].layout, DataBookReader::Layout::Wide);
    QCOMPARE(result.sheets[0].figures, 11);
    const QList<Fact> expected = {
            fact("1Q12", "revenue_total", 24000, 0, Unit::JpyMillion),
            fact("2Q12", "revenue_total", 26441, 0, Unit::JpyMillion),
            fact("3Q12", "revenue_total", 27012, 0, Unit::JpyMillion),
            fact("1Q13", "revenue_total", 26964, 0, Unit::JpyMillion),
            fact("1Q12", "gross_margin_total", -1234, 0, Unit::JpyMillion),
            fact("2Q12", "gross_margin_total", -1234, 0, Unit::JpyMillion),
            fact("3Q12", "gross_margin_total", -5, 0, Unit::JpyMillion),
            fact("1Q12", "gross_margin_ratio_total", 22.04, 2, Unit::Percent),
            fact("2Q12", "gross_margin_ratio_total", 22.0, 1, Unit::Percent),
            fact("3Q12", "gross_margin_ratio_total", 22.0, 2, Unit::Percent),
            fact("4Q12", "gross_margin_ratio_total", -0.05, 2, Unit::Percent),
    };
    QCOMPARE(describe(result.facts), describe(expected));
    QCOMPARE(result.facts, expected);
}

void TestDataBookReader::japaneseHeadersAndColumns()
{
    SheetGrid grid(QStringLiteral("業績"));
    row(grid, 1,
        {t("指標"), t("単位"), t("区分"), t("2013年度第1四半期"), t("2013年度上期"), t("13/3Q"),
         t("2013年度")});
    row(grid, 2, {t("売上高"), t("百万円"), t("実績"), t("26,964"), t("55,214"), none, none});
    row(grid, 3, {t("営業利益"), t("百万円"), t("予想"), none, t("1,900"), none, t("6,000")});
    row(grid, 4,
        {t("Gross margin ratio (total)"), t("%"), t("実績"), t("19.0"), none, t("-"), none});
    row(grid, 5,
        {t("売上高（前年同期比増減率）"), t("％"), t("reported"), t("6.8"), none, none, none});
    auto options = withSource();
    options.asOf = QDate(2013, 8, 6);
    const auto result = DataBookReader::read({grid}, QStringLiteral("book.xlsx"), options,
                                             Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QList<Fact> expected = {
            fact("1Q13", "revenue_total", 26964, 0, Unit::JpyMillion),
            fact("1H13", "revenue_total", 55214, 0, Unit::JpyMillion),
            fact("1H13", "operating_income", 1900, 0, Unit::JpyMillion, Basis::Target),
            fact("FY13", "operating_income", 6000, 0, Unit::JpyMillion, Basis::Target),
            fact("1Q13", "gross_margin_ratio_total", 19.0, 1, Unit::Percent),
            fact("1Q13", "revenue_total_yoy_pct", 6.8, 1, Unit::Percent),
    };
    for (Fact &f : expected)
        f.asOf = QDate(2013, 8, 6);
    QCOMPARE(describe(result.facts), describe(expected));
}

void TestDataBookReader::interchangeSheet()
{
    SheetGrid grid(QStringLiteral("Facts"));
    row(grid, 1,
        {t("period"), t("metric"), t("value"), t("unit"), t("basis"), t("source"), t("as_of")});
    row(grid, 2,
        {t("1Q13"), t("revenue_total"), number(26964, 0), t("JPY_million"), t("reported"),
         t("IIJ 1Q FY2013 results"), number(41492)});
    row(grid, 3,
        {t("1Q13"), t("gross_margin_ratio_total"), number(0.19, 1, true), t("percent"),
         t("reported"), t("IIJ 1Q FY2013 results"), t("2013-08-06")});
    row(grid, 4,
        {t("FY13"), t("operating_income"), t(">6000"), t("JPY_million"), t("target"), t("IIJ"),
         none});
    const auto result
            = DataBookReader::read({grid}, QStringLiteral("book.xlsx"), {}, Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.sheets[0].layout, DataBookReader::Layout::Interchange);
    QCOMPARE(result.facts.size(), 3);
    QCOMPARE(result.facts[0].asOf, QDate(2013, 8, 6));
    QCOMPARE(result.facts[0].valueText(), QStringLiteral("26964"));
    QCOMPARE(result.facts[1].valueText(), QStringLiteral("19.0"));
    QCOMPARE(result.facts[1].unit, Unit::Percent);
    QCOMPARE(result.facts[2].bound, Fact::Bound::AtLeast);
    QVERIFY(!result.facts[2].asOf.isValid());
}

void TestDataBookReader::sourceCellAndSheets()
{
    SheetGrid cover(QStringLiteral("Cover"));
    row(cover, 1, {t("IIJ data book, 2013-08-06")});
    SheetGrid data(QStringLiteral("Q1 2013"));
    row(data, 1, {t("Unit: JPY_million")});
    row(data, 2, {none, t("1Q13")});
    row(data, 3, {t("revenue_total"), number(26964, 0)});
    DataBookReader::Options options;
    options.sourceCell = QStringLiteral("Cover!A1");
    auto result = DataBookReader::read({cover, data}, QStringLiteral("book.xlsx"), options,
                                       Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.sheets.size(), 2);
    QCOMPARE(result.sheets[0].layout, DataBookReader::Layout::None);
    QCOMPARE(result.sheets[1].layout, DataBookReader::Layout::Wide);
    QCOMPARE(result.facts.size(), 1);
    QCOMPARE(result.facts[0].source, QStringLiteral("IIJ data book, 2013-08-06"));

    options.sheets = {QStringLiteral("Q1 2013")};
    result = DataBookReader::read({cover, data}, QStringLiteral("book.xlsx"), options,
                                  Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.sheets.size(), 1);
}

void TestDataBookReader::nothingRecognisable()
{
    SheetGrid grid(QStringLiteral("Notes"));
    row(grid, 1, {t("Nothing to see here")});
    const auto result = DataBookReader::read({grid}, QStringLiteral("book.xlsx"), withSource(),
                                             Fact::Origin::User);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors[0].message.startsWith(QStringLiteral("no sheet holds figures")));
    QCOMPARE(result.sheets[0].layout, DataBookReader::Layout::None);
}

void TestDataBookReader::wideCsvRoundTrip()
{
    Table table(QStringLiteral("revenue-mix"), QStringLiteral("Revenue mix"));
    const QStringList quarters = {QStringLiteral("4Q12"), QStringLiteral("1Q13")};
    for (const QString &q : quarters)
        table.addCategory(q, q);
    const auto series = [&](const char *metric, QList<std::optional<double>> values, int decimals,
                            Unit unit, Basis basis) {
        TableSeries s;
        s.key = QString::fromLatin1(metric);
        s.unit = unit;
        for (int i = 0; i < values.size(); ++i) {
            TableCell cell;
            cell.value = values[i];
            cell.decimals = decimals;
            cell.unit = unit;
            cell.basis = basis;
            cell.periodCode = quarters[i];
            cell.metric = s.key;
            cell.source = QStringLiteral("IIJ");
            s.cells.append(cell);
        }
        table.addSeries(s);
    };
    series("revenue_network_services", {14000, 14500}, 0, Unit::JpyMillion, Basis::Reported);
    series("revenue_total", {std::nullopt, -1982.5}, 1, Unit::JpyMillion, Basis::Reported);
    series("gross_margin_ratio_total", {22.04, 19.0}, 2, Unit::Percent, Basis::Reported);
    series("operating_income", {std::nullopt, 6000}, 0, Unit::JpyMillion, Basis::Target);

    const QByteArray csv = TableCsv::writeWide(table, true);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "metric,name,unit,basis,4Q12,1Q13\r\n"));
    const auto grid = WideCsv::read(csv, QStringLiteral("mix.csv"), QStringLiteral("mix"));
    QVERIFY(grid.grid);
    QCOMPARE(grid.encoding, QStringLiteral("UTF-8"));
    const auto result = DataBookReader::read({*grid.grid}, QStringLiteral("mix.csv"), withSource(),
                                             Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    const QList<Fact> expected = {
            fact("4Q12", "revenue_network_services", 14000, 0, Unit::JpyMillion),
            fact("1Q13", "revenue_network_services", 14500, 0, Unit::JpyMillion),
            fact("1Q13", "revenue_total", -1982.5, 1, Unit::JpyMillion),
            fact("4Q12", "gross_margin_ratio_total", 22.04, 2, Unit::Percent),
            fact("1Q13", "gross_margin_ratio_total", 19.0, 2, Unit::Percent),
            fact("1Q13", "operating_income", 6000, 0, Unit::JpyMillion, Basis::Target),
    };
    QCOMPARE(describe(result.facts), describe(expected));
    QCOMPARE(result.facts, expected);
}

void TestDataBookReader::wideCsvQuoting()
{
    const QByteArray csv = "\"metric\",unit,1Q13\r\n\"Total revenues\",JPY_million,\"26,441\"\n";
    const auto grid = WideCsv::read(csv, QStringLiteral("a.csv"), QStringLiteral("a"));
    QVERIFY(grid.grid);
    QCOMPARE(grid.grid->cell(2, 3).text, QStringLiteral("26,441"));
    const auto result = DataBookReader::read({*grid.grid}, QStringLiteral("a.csv"), withSource(),
                                             Fact::Origin::User);
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.facts.size(), 1);
    QCOMPARE(result.facts[0].value, 26441.0);

    const auto broken = WideCsv::read("metric,1Q13\n\"Total,1\n", QStringLiteral("b.csv"),
                                      QStringLiteral("b"));
    QVERIFY(!broken.grid);
    QCOMPARE(broken.errors.size(), 1);
    QCOMPARE(broken.errors[0].toString(),
             QStringLiteral("b.csv:2:1: quoted field is not closed; expected a closing quote"));

    // Shift_JIS, as a spreadsheet on Japanese Windows saves it, decoded as the CSV reader does.
    const QByteArray sjis = QByteArray("metric,1Q13\n")
            + "\x94\x84\x8F\xE3\x8D\x82"
              ",100\n";
    const auto japanese = WideCsv::read(sjis, QStringLiteral("c.csv"), QStringLiteral("c"));
    QVERIFY(japanese.grid);
    QCOMPARE(japanese.encoding, QStringLiteral("Shift_JIS (CP932)"));
    QCOMPARE(japanese.grid->cell(2, 1).text, QStringLiteral("売上高"));
}

using GridMaker = std::function<SheetGrid()>;
Q_DECLARE_METATYPE(GridMaker)

void TestDataBookReader::malformed_data()
{
    QTest::addColumn<GridMaker>("make");
    QTest::addColumn<bool>("source");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("message");

    const auto base = [](const std::function<void(SheetGrid &)> &change) -> GridMaker {
        return [change] {
            SheetGrid grid = dataBook();
            change(grid);
            return grid;
        };
    };
    QTest::addRow("text in a number cell")
            << base([](SheetGrid &g) { g.setCell(6, 4, t("abc")); }) << true
            << QStringLiteral("Sheet1!D6")
            << QStringLiteral("'abc' is not a number; expected a figure such as 26441, 26,441 or "
                              "△1,234, or an empty cell");
    QTest::addRow("formula error")
            << base([](SheetGrid &g) {
                   SheetCell cell;
                   cell.kind = SheetCell::Kind::Error;
                   cell.text = QStringLiteral("#DIV/0!");
                   g.setCell(8, 2, cell);
               })
            << true << QStringLiteral("Sheet1!B8")
            << QStringLiteral("'#DIV/0!' is not a number; expected a figure such as 26441, "
                              "26,441 or △1,234, or an empty cell");
    QTest::addRow("unknown period header")
            << GridMaker([] {
                   SheetGrid g(QStringLiteral("Sheet1"));
                   row(g, 1, {t("(JPY million)")});
                   row(g, 2, {none, t("1Q13"), t("Q5 2013")});
                   row(g, 3, {t("revenue_total"), t("1"), t("2")});
                   return g;
               })
            << true << QStringLiteral("Sheet1!C2")
            << QStringLiteral("unknown period header 'Q5 2013'; expected a period such as 1Q13, "
                              "1Q FY2013, FY2013, 1H FY2013, 9M FY2013, 2013年度第1四半期, "
                              "2013年度上期, 2013年度, 13/1Q, or a column named metric, name, "
                              "unit, basis, source or as_of");
    QTest::addRow("two columns for one period")
            << GridMaker([] {
                   SheetGrid g(QStringLiteral("Sheet1"));
                   row(g, 1, {t("(JPY million)")});
                   row(g, 2, {none, t("1Q13"), t("2013年度第1四半期")});
                   row(g, 3, {t("revenue_total"), t("1"), t("2")});
                   return g;
               })
            << true << QStringLiteral("Sheet1!C2")
            << QStringLiteral("two columns for one period: '2013年度第1四半期' is 1Q13, as is "
                              "column B; expected each period once");
    QTest::addRow("unknown metric, near a key")
            << base([](SheetGrid &g) { g.setCell(6, 1, t("Total revenue")); }) << true
            << QStringLiteral("Sheet1!A6")
            << QStringLiteral("unknown metric 'Total revenue'; expected a key or name of the "
                              "metric catalogue (docs/METRICS.md); the closest is revenue_total "
                              "(Total revenues)");
    QTest::addRow("unknown metric")
            << base([](SheetGrid &g) { g.setCell(7, 1, t("Widgets sold")); }) << true
            << QStringLiteral("Sheet1!A7")
            << QStringLiteral("unknown metric 'Widgets sold'; expected a key or name of the "
                              "metric catalogue (docs/METRICS.md)");
    QTest::addRow("one metric twice")
            << base([](SheetGrid &g) { g.setCell(7, 1, t("売上高")); }) << true
            << QStringLiteral("Sheet1!A7")
            << QStringLiteral(
                       "'売上高' again: metric revenue_total (reported) is already in row 6; "
                       "expected each metric once a sheet");
    QTest::addRow("merged cells over figures")
            << base([](SheetGrid &g) {
                   g.addMerged({6, 3, 6, 4});
               })
            << true << QStringLiteral("Sheet1!C6")
            << QStringLiteral("merged cells C6:D6 in the table; expected one figure a cell (only "
                              "the header may be merged)");
    QTest::addRow("no unit")
            << base([](SheetGrid &g) { g.setCell(3, 1, SheetCell()); }) << true
            << QStringLiteral("Sheet1!B6")
            << QStringLiteral("no unit for 'Total revenues'; expected a unit column, a unit in the "
                              "name such as 'Total revenues (JPY million)', a note above the "
                              "table such as (JPY million) or （単位：百万円）, or a unit chosen "
                              "for the import");
    QTest::addRow("unit not fitting")
            << base([](SheetGrid &g) { g.setCell(8, 1, t("Gross margin ratio (total)")); }) << true
            << QStringLiteral("Sheet1!A8")
            << QStringLiteral("unit 'JPY_million' does not fit metric "
                              "'gross_margin_ratio_total'; expected percent (the unit of the "
                              "note at Sheet1!A3)");
    QTest::addRow("percentage in an amount's row")
            << base([](SheetGrid &g) { g.setCell(6, 3, t("22.0%")); }) << true
            << QStringLiteral("Sheet1!C6")
            << QStringLiteral("unit 'percent' does not fit metric 'revenue_total'; expected "
                              "JPY_million or JPY_billion");
    QTest::addRow("no source") << GridMaker(dataBook) << false << QStringLiteral("Sheet1!A4")
                               << QStringLiteral("no source for the figures of sheet Sheet1; "
                                                 "expected a source column, or the document they "
                                                 "come from chosen for the import");
    QTest::addRow("unknown unit note")
            << base([](SheetGrid &g) { g.setCell(3, 1, t("（単位：千円）")); }) << true
            << QStringLiteral("Sheet1!A3")
            << QStringLiteral("unknown unit '千円' in the note; expected one of JPY_million, "
                              "JPY_billion, JPY, percent, count, USD_thousand, USD_million, "
                              "USD_billion, USD, or JPY million, 百万円, %");
    QTest::addRow("interchange: bad date")
            << GridMaker([] {
                   SheetGrid g(QStringLiteral("Facts"));
                   row(g, 1,
                       {t("period"), t("metric"), t("value"), t("unit"), t("basis"), t("source"),
                        t("as_of")});
                   row(g, 2,
                       {t("1Q13"), t("revenue_total"), number(26964, 0), t("JPY_million"),
                        t("reported"), t("IIJ"), t("2013-02-30")});
                   return g;
               })
            << false << QStringLiteral("Facts!G2")
            << QStringLiteral("invalid date '2013-02-30'; expected an ISO date such as 2013-08-06");
    QTest::addRow("interchange: grouping in the value") << GridMaker([] {
        SheetGrid g(QStringLiteral("Facts"));
        row(g, 1, {t("period"), t("metric"), t("value"), t("unit"), t("basis"), t("source")});
        row(g, 2,
            {t("1Q13"), t("revenue_total"), t("26,964"), t("JPY_million"), t("reported"),
             t("IIJ")});
        return g;
    }) << false << QStringLiteral("Facts!C2")
                                                        << QStringLiteral(
                                                                   "invalid number '26,964'; "
                                                                   "expected a plain number with "
                                                                   "'.' as "
                                                                   "decimal point and no grouping, "
                                                                   "such as 26441 or -0.3 "
                                                                   "(negatives "
                                                                   "may also be written △1,234, "
                                                                   "▲1,234 or (1,234))");
    QTest::addRow("interchange: columns out of order") << GridMaker([] {
        SheetGrid g(QStringLiteral("Facts"));
        row(g, 1, {t("period"), t("value"), t("metric"), t("unit"), t("basis"), t("source")});
        return g;
    }) << false << QStringLiteral("Facts!A1")
                                                       << QStringLiteral(
                                                                  "unexpected header "
                                                                  "'period,value,metric,unit,basis,"
                                                                  "source'; "
                                                                  "expected "
                                                                  "period,metric,value,unit,basis,"
                                                                  "source,as_of (as_of may "
                                                                  "be left out)");
    QTest::addRow("interchange: unknown metric with a quote in a sheet name") << GridMaker([] {
        SheetGrid g(QStringLiteral("IIJ's facts"));
        row(g, 1, {t("period"), t("metric"), t("value"), t("unit"), t("basis"), t("source")});
        row(g, 2, {t("1Q13"), t("revenues"), t("1"), t("JPY_million"), t("reported"), t("IIJ")});
        return g;
    }) << false << QStringLiteral("'IIJ''s facts'!B2")
                                                                              << QStringLiteral(
                                                                                         "unknown "
                                                                                         "metric "
                                                                                         "'revenues"
                                                                                         "'; "
                                                                                         "expected "
                                                                                         "a key of "
                                                                                         "the "
                                                                                         "metric "
                                                                                         "catalogue"
                                                                                         " "
                                                                                         "(docs/"
                                                                                         "METRICS."
                                                                                         "md)");
    QTest::addRow("figure right of the periods")
            << base([](SheetGrid &g) { g.setCell(7, 9, t("12")); }) << true
            << QStringLiteral("Sheet1!I7")
            << QStringLiteral("'12' in a column without a period; expected a period header above "
                              "it, or an empty cell");
    QTest::addRow("unknown basis")
            << GridMaker([] {
                   SheetGrid g(QStringLiteral("Sheet1"));
                   row(g, 1, {t("metric"), t("unit"), t("basis"), t("1Q13")});
                   row(g, 2, {t("revenue_total"), t("JPY_million"), t("forecast"), t("1")});
                   return g;
               })
            << true << QStringLiteral("Sheet1!C2")
            << QStringLiteral("unknown basis 'forecast'; expected reported, derived or target "
                              "(実績, 予想)");
    QTest::addRow("derived row without a derived source")
            << GridMaker([] {
                   SheetGrid g(QStringLiteral("Sheet1"));
                   row(g, 1, {t("metric"), t("unit"), t("basis"), t("2Q13")});
                   row(g, 2, {t("revenue_total"), t("JPY_million"), t("derived"), t("1")});
                   return g;
               })
            << true << QStringLiteral("Sheet1!C2")
            << QStringLiteral("a derived figure's source must say how it was derived; expected "
                              "it to begin with 'derived:'");
    QTest::addRow("bound for a reported figure")
            << base([](SheetGrid &g) { g.setCell(6, 7, t(">10")); }) << true
            << QStringLiteral("Sheet1!G6")
            << QStringLiteral("a bound ('>10') is for a target; expected a plain number for a "
                              "figure that is reported");
}

void TestDataBookReader::malformed()
{
    QFETCH(GridMaker, make);
    QFETCH(bool, source);
    QFETCH(QString, cell);
    QFETCH(QString, message);
    const auto result = DataBookReader::read({make()}, QStringLiteral("book.xlsx"),
                                             source ? withSource() : DataBookReader::Options(),
                                             Fact::Origin::User);
    QVERIFY(result.facts.isEmpty());
    QVERIFY2(!result.errors.isEmpty(), "no error");
    QCOMPARE(result.errors.first().message, message);
    QCOMPARE(result.errors.first().cell, cell);
    QCOMPARE(result.errors.first().fileName, QStringLiteral("book.xlsx"));
}

// 43,200 figures on one sheet (216 rows by 200 quarters), and a note far to the right that
// makes the sheet 16,384 columns wide: read in the time its cells take, not its width.
void TestDataBookReader::largeSheet()
{
    SheetGrid grid(QStringLiteral("Big"));
    grid.setCell(1, 1, t("(JPY million)"));
    grid.setCell(1, 16384, t("* a note far to the right"));
    QList<FiscalPeriod> periods;
    for (int year = 2000; year < 2050; ++year) {
        for (int q = 1; q <= 4; ++q)
            periods.append(FiscalPeriod::quarter(year, q));
    }
    for (int c = 0; c < periods.size(); ++c)
        grid.setCell(2, c + 2, text(periods[c].code()));
    QStringList keys;
    for (const MetricDefinition &metric : MetricCatalogue::baseMetrics()) {
        if (metric.dimension == Dimension::Money)
            keys.append(metric.key);
    }
    const int rows = 500;
    int r = 3;
    for (int i = 0; i < rows; ++i) {
        const QString key = keys[i % keys.size()]
                + (i < keys.size()               ? QString()
                           : i < 2 * keys.size() ? QStringLiteral("_yoy_change")
                           : i < 3 * keys.size() ? QStringLiteral("_qoq_change")
                                                 : QString());
        if (i >= 3 * keys.size())
            break;
        grid.setCell(r, 1, text(key));
        for (int c = 0; c < periods.size(); ++c)
            grid.setCell(r, c + 2, number(1000 + c, 0));
        ++r;
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = DataBookReader::read({grid}, QStringLiteral("big.xlsx"), withSource(),
                                             Fact::Origin::User);
    qInfo("%lld figures in %lld ms", qint64(result.facts.size()), timer.elapsed());
    QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
    QCOMPARE(result.facts.size(), qsizetype(r - 3) * periods.size());
}

void TestDataBookReader::duplicateAcrossSheets()
{
    SheetGrid first = dataBook();
    SheetGrid second(QStringLiteral("Sheet2"));
    row(second, 1, {t("metric"), t("unit"), t("1Q13")});
    // After a blank row, a heading that starts like a unit note but is none: the table goes on.
    row(second, 3, {t("Units sold")});
    row(second, 4, {t("revenue_total"), t("JPY million"), t("26,964")});
    const auto result = DataBookReader::read({first, second}, QStringLiteral("book.xlsx"),
                                             withSource(), Fact::Origin::User);
    QVERIFY(result.facts.isEmpty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors[0].cell, QStringLiteral("Sheet2!C4"));
    QCOMPARE(result.errors[0].message,
             QStringLiteral("duplicate figure: period, metric, basis and as_of repeat Sheet1!F6; "
                            "expected each figure once"));
}

void TestDataBookReader::manyErrorsStop()
{
    SheetGrid grid(QStringLiteral("Sheet1"));
    row(grid, 1, {t("(JPY million)")});
    row(grid, 2, {none, t("1Q13"), t("2Q13")});
    for (int r = 3; r < 10003; ++r)
        row(grid, r, {t("revenue_total"), t("x"), t("y")});
    const auto result = DataBookReader::read({grid}, QStringLiteral("book.xlsx"), withSource(),
                                             Fact::Origin::User);
    QCOMPARE(result.errors.size(), DatasetReader::maxErrors + 1);
    QCOMPARE(result.errors.last().message, QStringLiteral("too many errors; stopped after 100"));
    QVERIFY(result.facts.isEmpty());
}

QTEST_GUILESS_MAIN(TestDataBookReader)
#include "TestDataBookReader.moc"
