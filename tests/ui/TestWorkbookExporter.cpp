#include "CellFormatter.h"
#include "ChartCatalog.h"
#include "DatabaseStartup.h"
#include "DatasetFile.h"
#include "FactWriter.h"
#include "Language.h"
#include "MainWindow.h"
#include "Queries.h"
#include "Settings.h"
#include "Store.h"
#include "WorkbookExporter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace {

using Kind = ChartBuilder::WorkbookSeries::Kind;

// One part of the workbook, as `unzip -p` prints it; empty when there is no such part.
QByteArray part(const QString &workbook, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), workbook, name});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

struct CellXml
{
    QString type;  // the t attribute: empty for a number, "s" for a shared string
    QString value;  // the <v> text
};

// Every cell of a sheet's XML by its reference ("C5").
QHash<QString, CellXml> cellsOf(const QByteArray &xml)
{
    QHash<QString, CellXml> cells;
    QXmlStreamReader reader(xml);
    QString ref;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            ref = reader.attributes().value(QLatin1String("r")).toString();
            cells[ref].type = reader.attributes().value(QLatin1String("t")).toString();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("v")) {
            cells[ref].value = reader.readElementText();
        }
    }
    return cells;
}

// The names of the sheets, in order, from xl/workbook.xml.
QStringList sheetNamesOf(const QByteArray &xml)
{
    QStringList names;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("sheet"))
            names.append(reader.attributes().value(QLatin1String("name")).toString());
    }
    return names;
}

// The targets of a relationships part ("../drawings/drawing1.xml").
QStringList targetsOf(const QByteArray &xml)
{
    QStringList targets;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("Relationship"))
            targets.append(reader.attributes().value(QLatin1String("Target")).toString());
    }
    return targets;
}

QString columnName(int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QChar(u'A' + (column - 1) % 26));
    return name;
}

QString cellRef(int row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

}  // namespace

class TestWorkbookExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyChart_data();
    void everyChart();
    void oneChartsViews();
    void sheetNames_data();
    void sheetNames();
    void refusedTargetLeavesNothing();
    void fromTheWindow();
    void factsSheetReadsBack();

private:
    QString write(const QList<WorkbookExporter::Sheet> &sheets, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
    const FiscalPeriod m_quarter = *FiscalPeriod::fromCode(QStringLiteral("1Q13"));
};

void TestWorkbookExporter::factsSheetReadsBack()
{
    // The Facts sheet is in the dataset's layout: read back into a new database, it holds
    // exactly the figures the workbook stands on.
    Language::apply(QStringLiteral("en"));
    m_queries->setAsOf(AsOf::announcement(), m_quarter);
    const QString path = write(WorkbookExporter::sheets(), QStringLiteral("facts.xlsx"));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    DataBookReader::Options book;
    book.sheets = {QStringLiteral("Facts")};
    const DatasetReader::Result read
            = DatasetFile::read(file.readAll(), path, book, Fact::Origin::User);
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
    const QList<Fact> shown = m_queries->facts().all();
    QCOMPARE(read.facts.size(), shown.size());
    Store fresh;
    QVERIFY(fresh.open(QStringLiteral(":memory:")));
    QVERIFY(fresh.importFacts(read.facts).ok);
    QCOMPARE(FactWriter::toCsv(fresh.facts()), FactWriter::toCsv(shown));
}

void TestWorkbookExporter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    // Never touch the real user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    m_store = std::make_unique<Store>();
    QVERIFY(DatabaseStartup::open(*m_store, QStringLiteral(":memory:"), false).ok);
    m_queries = std::make_unique<Queries>(*m_store);
    QVERIFY(!m_queries->quarters().isEmpty());
}

void TestWorkbookExporter::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
}

QString TestWorkbookExporter::write(const QList<WorkbookExporter::Sheet> &sheets,
                                    const QString &name)
{
    const QString path = m_dir.filePath(name);
    ChartOptions options;
    QString error;
    if (!WorkbookExporter::write(*m_queries, m_quarter, 5, sheets, options, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestWorkbookExporter::everyChart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("Japanese") << QStringLiteral("ja");
}

void TestWorkbookExporter::everyChart()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language));
    m_queries->setAsOf(AsOf::announcement(), m_quarter);
    const QList<WorkbookExporter::Sheet> sheets = WorkbookExporter::sheets();
    QVERIFY(sheets.size() >= 5);  // IIJ: every chart, the views with more than one
    const QString path = write(sheets, QStringLiteral("dashboard_%1.xlsx").arg(language));
    QVERIFY(!path.isEmpty());

    const QStringList names = sheetNamesOf(part(path, QStringLiteral("xl/workbook.xml")));
    QCOMPARE(names.size(), sheets.size() + 1);
    QStringList taken;
    for (int i = 0; i < sheets.size(); ++i) {
        const WorkbookExporter::Sheet &sheet = sheets[i];
        const auto builder = ChartCatalog::builder(sheet.chart);
        const QStringList views = builder->variantNames();
        // Named in the language: the chart's name and its view's, as the window says them.
        QVERIFY2(names[i].startsWith(builder->displayName().left(20)), qPrintable(names[i]));
        if (!views.isEmpty())
            QVERIFY2(names[i].contains(views[sheet.view].left(10)), qPrintable(names[i]));
        QVERIFY(names[i].size() <= WorkbookExporter::maxSheetName);
        QVERIFY(!names[i].contains(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]"))));
        QVERIFY(!taken.contains(names[i]));
        taken.append(names[i]);
        if (language == QLatin1String("ja") && !views.isEmpty())
            QVERIFY2(names[i].contains(QRegularExpression(QStringLiteral("[^\\x00-\\x7f]"))),
                     qPrintable(names[i]));

        // Every figure a number equal to the Table's, as the page shows it; a gap empty.
        const Table table = ChartCatalog::table(*m_queries, sheet.chart, m_quarter, 5, sheet.view);
        const QString sheetPart = QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1);
        const QHash<QString, CellXml> cells = cellsOf(part(path, sheetPart));
        QVERIFY(!cells.isEmpty());
        int numbers = 0;
        for (int s = 0; s < table.seriesCount(); ++s) {
            for (int c = 0; c < table.categoryCount(); ++c) {
                const TableCell &cell = table.cell(s, c);
                const QString ref = cellRef(WorkbookExporter::firstSeriesRow + s,
                                            WorkbookExporter::firstPeriodColumn + c);
                if (!cell.value) {
                    QVERIFY2(cells.value(ref).value.isEmpty(), qPrintable(sheetPart + ref));
                    continue;
                }
                QVERIFY2(cells.contains(ref), qPrintable(sheetPart + QLatin1Char(' ') + ref));
                QCOMPARE(cells[ref].type, QString());  // a number, not a string
                bool ok = false;
                const double stored = cells[ref].value.toDouble(&ok);
                QVERIFY(ok);
                QCOMPARE(stored, *cell.value * CellFormatter::displayFactor(cell.unit));
                ++numbers;
            }
        }
        QVERIFY2(numbers > 0, qPrintable(sheet.chart));

        // A drawing with the native charts the builder asks for.
        const QStringList drawings = targetsOf(
                part(path, QStringLiteral("xl/worksheets/_rels/sheet%1.xml.rels").arg(i + 1)));
        QCOMPARE(drawings.size(), 1);
        const QString drawing = QFileInfo(drawings.first()).fileName();
        const QStringList charts
                = targetsOf(part(path, QStringLiteral("xl/drawings/_rels/%1.rels").arg(drawing)));
        QVERIFY(!charts.isEmpty());
        QByteArray chartXml;
        for (const QString &chart : charts)
            chartXml += part(path, QStringLiteral("xl/charts/") + QFileInfo(chart).fileName());
        ChartOptions options;
        options.variant = sheet.view;
        const ChartBuilder::WorkbookChart wanted = builder->workbookChart(table, options);
        QVERIFY(!wanted.series.isEmpty());
        for (const ChartBuilder::WorkbookSeries &series : wanted.series) {
            switch (series.kind) {
            case Kind::StackedColumns:
                QVERIFY(chartXml.contains("<c:barChart>"));
                QVERIFY(chartXml.contains("<c:grouping val=\"stacked\"/>"));
                QVERIFY(chartXml.contains("<c:barDir val=\"col\"/>"));
                break;
            case Kind::Columns:
                QVERIFY(chartXml.contains("<c:barDir val=\"col\"/>"));
                break;
            case Kind::Bars:
                QVERIFY(chartXml.contains("<c:barDir val=\"bar\"/>"));
                break;
            case Kind::Lines:
                QVERIFY(chartXml.contains("<c:lineChart>"));
                break;
            case Kind::Markers:
                QVERIFY(chartXml.contains("<c:lineChart>"));
                QVERIFY(chartXml.contains("<a:noFill/></a:ln>"));  // points, no line
                break;
            }
            // The series' values come from its row on this sheet.
            const int row = WorkbookExporter::firstSeriesRow + series.series + 1;
            QVERIFY2(chartXml.contains(QStringLiteral("$C$%1:$").arg(row).toUtf8()),
                     qPrintable(sheet.chart));
            // A series on a second axis gets a value axis of its own, titled as the page.
            if (series.secondaryAxis) {
                QVERIFY(charts.size() >= 2);
                QVERIFY(chartXml.contains(wanted.secondaryTitle.toUtf8()));
            }
        }
    }

    // Every figure at the workbook's date, one a row under the dataset's columns.
    const QString factsPart = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size() + 1);
    const QHash<QString, CellXml> facts = cellsOf(part(path, factsPart));
    const QList<Fact> all = m_queries->facts().all();
    QVERIFY(all.size() > 100);
    int rows = 0;
    while (facts.contains(cellRef(rows + 1, 0)))
        ++rows;
    QCOMPARE(rows, all.size());
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].bound != Fact::Bound::Exact)
            continue;
        const CellXml value = facts.value(cellRef(i + 1, 2));
        QCOMPARE(value.type, QString());
        QCOMPARE(value.value.toDouble(), all[i].value);
    }
    if (language == QLatin1String("en"))
        QCOMPARE(names.last(), QStringLiteral("Facts"));
}

void TestWorkbookExporter::oneChartsViews()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    const QList<WorkbookExporter::Sheet> sheets
            = WorkbookExporter::sheets(QStringLiteral("headcount"));
    QCOMPARE(sheets.size(), 2);
    const QString path = write(sheets, QStringLiteral("headcount.xlsx"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(sheetNamesOf(part(path, QStringLiteral("xl/workbook.xml"))),
             QStringList({QStringLiteral("Personnel - Personnel costs"),
                          QStringLiteral("Personnel - People"), QStringLiteral("Facts")}));
    QVERIFY(WorkbookExporter::sheets(QStringLiteral("no-such-chart")).isEmpty());
}

void TestWorkbookExporter::sheetNames_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("Revenue mix") << QStringList()
                           << QStringLiteral("Revenue mix");
    QTest::addRow("forbidden") << QStringLiteral("a[b]c:d*e?f/g\\h") << QStringList()
                               << QStringLiteral("a-b-c-d-e-f-g-h");
    QTest::addRow("long") << QString(40, QLatin1Char('x')) << QStringList()
                          << QString(31, QLatin1Char('x'));
    QTest::addRow("taken") << QStringLiteral("Facts") << QStringList {QStringLiteral("facts")}
                           << QStringLiteral("Facts (2)");
    QTest::addRow("long and taken")
            << QString(40, QLatin1Char('x')) << QStringList {QString(31, QLatin1Char('x'))}
            << QString(27, QLatin1Char('x')) + QStringLiteral(" (2)");
    QTest::addRow("apostrophes") << QStringLiteral("'quoted'") << QStringList()
                                 << QStringLiteral("quoted");
    QTest::addRow("Japanese") << QStringLiteral("売上構成 - セグメント別") << QStringList()
                              << QStringLiteral("売上構成 - セグメント別");
}

void TestWorkbookExporter::sheetNames()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(WorkbookExporter::sheetName(wanted, &taken), expected);
    QVERIFY(taken.contains(expected));
}

void TestWorkbookExporter::refusedTargetLeavesNothing()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder where the file should be: refused, named, nothing written beside it.
    const QString folder = dir.filePath(QStringLiteral("taken.xlsx"));
    QVERIFY(QDir().mkpath(folder));
    QString error;
    QVERIFY(!WorkbookExporter::write(*m_queries, m_quarter, 5, WorkbookExporter::sheets(), {},
                                     folder, &error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    // A device stays the device it is.
    QVERIFY(!WorkbookExporter::write(*m_queries, m_quarter, 5, WorkbookExporter::sheets(), {},
                                     QStringLiteral("/dev/null"), &error));
    QVERIFY2(error.contains(QStringLiteral("/dev/null")), qPrintable(error));
    QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
    // A folder that does not exist: an error, and no file anywhere.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.xlsx"));
    QVERIFY(!WorkbookExporter::write(*m_queries, m_quarter, 5, WorkbookExporter::sheets(), {},
                                     missing, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("taken.xlsx")});
}

void TestWorkbookExporter::fromTheWindow()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    MainWindow window(*m_store, *m_queries);
    // File > Export dashboard as workbook…
    auto *action = window.findChild<QAction *>(QStringLiteral("exportWorkbookAction"));
    QVERIFY(action);
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("Export dashboard as &workbook…"));
    const QString path = m_dir.filePath(QStringLiteral("window/dashboard.xlsx"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(window.exportWorkbook(path));
    QCOMPARE(sheetNamesOf(part(path, QStringLiteral("xl/workbook.xml"))).size(),
             WorkbookExporter::sheets().size() + 1);
    // The folder is remembered, as for the other exports.
    QCOMPARE(Settings::exportFolder(), QFileInfo(path).absolutePath());
}

QTEST_MAIN(TestWorkbookExporter)
#include "TestWorkbookExporter.moc"
