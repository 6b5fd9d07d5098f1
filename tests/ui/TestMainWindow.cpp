#include "BundledDataset.h"
#include "DatabaseStartup.h"
#include "ImportDialog.h"
#include "ImportHistoryDialog.h"
#include "charts/ChartBuilder.h"
#include "ChartPage.h"
#include "KpiPanel.h"
#include "MainWindow.h"
#include "QuarterBrowser.h"
#include "Queries.h"
#include "Store.h"
#include "DatasetReader.h"
#include "DataPage.h"
#include "AsOfSelector.h"
#include "TargetsPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMimeData>
#include <QIcon>
#include <QMimeData>
#include <QScreen>
#include <QUrl>
#include <QDropEvent>
#include <QProgressDialog>
#include <QFile>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QLegend>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>

namespace {

FiscalPeriod period(const char *code)
{
    return *FiscalPeriod::fromCode(QString::fromLatin1(code));
}

}  // namespace

// The dashboard window as a person uses it: browse quarters by mouse and keyboard,
// read the KPI panel, switch views, and find it as it was left.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheNewestQuarter();
    void kpiPanelShowsTheSelectedQuarter();
    void keyboardMovesBetweenQuarters();
    void quarterChangeMovesTheHighlight();
    void hiddenPagesCatchUpWhenShown();
    void chartsMatchTheirTables();
    void spanAndViewSwitches();
    void dataTablesToggle();
    void statusBarNamesDatasetAndDatabase();
    void remembersWhereTheUserLeft();
    void targetsPage();
    void exportFromTheMenu();
    void copyChartToClipboard();
    void importTheNextQuarters();
    void importShowsErrorsAndImportsNothing();
    void largeImportKeepsTheWindowResponsive();
    void importRefusesAFifo();
    void pagesFromTheKeyboard();
    void copyASelectionAsAGrid();
    void dropOpensTheImportPreview();
    void tablesAreAsTallAsTheirRows();
    void toggleNeverHidesTheChart();
    void tableHeightIsRemembered();
    void figureDetailsFromTheKeyboard();
    void exportTheVisibleRows();
    void undoTheLastImportFromTheEditMenu();
    void importHistoryListsTheImports();

private:
    QString kpiText(const char *kind, const char *metric) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Never touch the real user's settings.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY2(BundledDataset::ensureLoaded(*m_store, &error), qPrintable(error));
    m_queries = std::make_unique<Queries>(*m_store);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(*m_store, *m_queries);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QString TestMainWindow::kpiText(const char *kind, const char *metric) const
{
    const auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(kind) + QLatin1Char('_')
                                                      + QString::fromLatin1(metric));
    return label ? label->text() : QStringLiteral("<no label>");
}

void TestMainWindow::opensOnTheNewestQuarter()
{
    QCOMPARE(m_window->quarterBrowser()->currentQuarter(), period("1Q13"));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("quarterCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("1Q FY2013"));
    QCOMPARE(combo->itemText(0), QStringLiteral("1Q FY2011"));
    // Next is disabled at the newest quarter.
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("quarterNext"))->isEnabled());
}

void TestMainWindow::kpiPanelShowsTheSelectedQuarter()
{
    QCOMPARE(kpiText("kpiValue", "revenue_total"), QStringLiteral("26,441"));
    // YoY is the company's +6.4%; QoQ is computed (4Q12 follows from FY12 - 9M12): marked.
    QCOMPARE(kpiText("kpiChange", "revenue_total"),
             QStringLiteral("YoY +6.4%<br>QoQ <i>-10.5% *</i>"));
    QCOMPARE(kpiText("kpiValue", "gross_margin_ratio_total"), QStringLiteral("19.0%"));
    QVERIFY2(kpiText("kpiChange", "gross_margin_ratio_total")
                     .startsWith(QStringLiteral("YoY -0.4 pt")),
             qPrintable(kpiText("kpiChange", "gross_margin_ratio_total")));
    QCOMPARE(kpiText("kpiValue", "operating_income"), QStringLiteral("1,305"));
    QVERIFY(kpiText("kpiChange", "operating_income").startsWith(QStringLiteral("YoY -5.0%")));
    QCOMPARE(kpiText("kpiValue", "net_income_attributable"), QStringLiteral("954"));
    QVERIFY(kpiText("kpiName", "revenue_total").contains(QStringLiteral("JPY million")));

    // 1Q12: the year-ago quarter is 1Q11 (23,362), so YoY is 24,841 / 23,362 - 1 = +6.3%.
    m_window->quarterBrowser()->setCurrentQuarter(period("1Q12"));
    QCOMPARE(kpiText("kpiValue", "revenue_total"), QStringLiteral("24,841"));
    QVERIFY(kpiText("kpiChange", "revenue_total").startsWith(QStringLiteral("YoY +6.3%")));
    // No 4Q11 revenue in the sources: the QoQ change is a dash, not a number.
    QVERIFY(kpiText("kpiChange", "revenue_total").endsWith(QStringLiteral("QoQ —")));
}

void TestMainWindow::keyboardMovesBetweenQuarters()
{
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_window->quarterBrowser()->currentQuarter(), period("4Q12"));
    // 4Q12 revenue is derived (FY12 - 9M12): marked and italic.
    QCOMPARE(kpiText("kpiValue", "revenue_total"), QStringLiteral("29,558 *"));
    auto *value = m_window->findChild<QLabel *>(QStringLiteral("kpiValue_revenue_total"));
    QVERIFY(value->font().italic());
    QCOMPARE(value->property("basis").toString(), QStringLiteral("derived"));
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_window->quarterBrowser()->currentQuarter(), period("3Q12"));
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_window->quarterBrowser()->currentQuarter(), period("1Q13"));
    // At the newest quarter, Next does nothing.
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_window->quarterBrowser()->currentQuarter(), period("1Q13"));
    QCOMPARE(kpiText("kpiValue", "revenue_total"), QStringLiteral("26,441"));
    // The Previous button works too.
    QTest::mouseClick(m_window->findChild<QWidget *>(QStringLiteral("quarterPrevious")),
                      Qt::LeftButton);
    QCOMPARE(m_window->quarterBrowser()->currentQuarter(), period("4Q12"));
}

void TestMainWindow::quarterChangeMovesTheHighlight()
{
    ChartPage *revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    QVERIFY(revenue);
    QCOMPARE(revenue->chart()->property("irdashHighlight").toInt(), 4);
    QCOMPARE(revenue->table().categoryKeys().last(), QStringLiteral("1Q13"));
    // Choosing 2Q12 in the list: the window ends at 2Q12 and highlights it.
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("quarterCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("2Q FY2012")));
    QCOMPARE(revenue->table().categoryKeys(),
             (QStringList {QStringLiteral("2Q11"), QStringLiteral("3Q11"), QStringLiteral("4Q11"),
                           QStringLiteral("1Q12"), QStringLiteral("2Q12")}));
    QCOMPARE(revenue->chart()->property("irdashHighlight").toInt(), 4);
    // Every quarterly chart follows the quarter.
    ChartPage *headcount = m_window->chartPage(QStringLiteral("headcount"));
    QCOMPARE(headcount->table().categoryKeys().last(), QStringLiteral("2Q12"));
    QCOMPARE(headcount->chart()->property("irdashHighlight").toInt(), 4);
}

void TestMainWindow::hiddenPagesCatchUpWhenShown()
{
    // A quarter switch rebuilds the page on screen; the others follow when their tab is
    // clicked. Read them through the tab widget, as the screen does.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    tabs->setCurrentIndex(0);
    m_window->quarterBrowser()->setCurrentQuarter(period("3Q12"));
    const auto pageNamed = [&](const QString &name) -> std::pair<int, ChartPage *> {
        for (int i = 0; i < tabs->count(); ++i) {
            auto *page = qobject_cast<ChartPage *>(tabs->widget(i));
            if (page && page->builder().name() == name)
                return {i, page};
        }
        return {-1, nullptr};
    };
    const auto [index, headcount] = pageNamed(QStringLiteral("headcount"));
    QVERIFY(headcount);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                      tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
    QCOMPARE(headcount->table().categoryKeys().last(), QStringLiteral("3Q12"));
    QCOMPARE(headcount->chart()->property("irdashHighlight").toInt(), 4);
    // The targets page too: FY2012's actuals against FY2013's targets from any FY2013
    // quarter, FY2011's against FY2012's from 3Q12.
    auto *targets = m_window->findChild<TargetsPage *>();
    tabs->setCurrentWidget(targets);
    const QString heading =
            targets->findChild<QChartView *>(QStringLiteral("targetsChartView"))->chart()->title();
    QVERIFY2(heading.contains(QStringLiteral("FY2011")) && heading.contains(QStringLiteral("FY2012")),
             qPrintable(heading));
}

void TestMainWindow::chartsMatchTheirTables()
{
    const QStringList names = {QStringLiteral("revenue-mix"), QStringLiteral("gross-margin"),
                               QStringLiteral("cloud-revenue"), QStringLiteral("headcount")};
    for (const QString &name : names) {
        ChartPage *page = m_window->chartPage(name);
        QVERIFY2(page && page->chart(), qPrintable(name));
        QCOMPARE(page->chart()->property("irdashChart").toString(), name);
        QCOMPARE(page->chart()->title(), page->table().title());
        // The data table below the chart shows the same Table.
        QCOMPARE(page->tableView()->model()->rowCount(), page->table().seriesCount());
        QCOMPARE(page->tableView()->model()->columnCount(), page->table().categoryCount());
    }
    ChartPage *revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    auto *stacked = qobject_cast<QStackedBarSeries *>(revenue->chart()->series().first());
    QVERIFY(stacked);
    QCOMPARE(stacked->barSets().size(), 4);
    QCOMPARE(stacked->barSets().first()->label(), QStringLiteral("Network services"));
    QCOMPARE(stacked->barSets().first()->at(4), 16785.0);
    QVERIFY(stacked->barSets().first()->isBarSelected(0));  // 1Q12: derived
    QVERIFY(!stacked->barSets().first()->isBarSelected(4));  // 1Q13: reported
    const QModelIndex derived = revenue->tableView()->model()->index(0, 0);
    QCOMPARE(derived.data().toString(), QStringLiteral("16,091 *"));
    QVERIFY(derived.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(derived.data(Qt::ToolTipRole).toString().contains(QStringLiteral("derived")));
}

void TestMainWindow::spanAndViewSwitches()
{
    auto *span = m_window->findChild<QComboBox *>(QStringLiteral("windowSizeCombo"));
    span->setCurrentIndex(span->findData(8));
    ChartPage *revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    QCOMPARE(revenue->table().categoryCount(), 8);
    QCOMPARE(m_window->chartPage(QStringLiteral("gross-margin"))->table().categoryCount(), 8);
    span->setCurrentIndex(span->findData(0));
    QCOMPARE(revenue->table().categoryKeys().first(), QStringLiteral("1Q11"));

    auto *view = m_window->findChild<QComboBox *>(QStringLiteral("revenue-mixVariant"));
    view->setCurrentIndex(1);
    auto *stacked = qobject_cast<QStackedBarSeries *>(revenue->chart()->series().first());
    // In detail, eight parts; drawn are those with a figure in the window (the deck gives
    // the network-services parts as changes only), and the notes list the others.
    QStringList drawn;
    for (QBarSet *set : stacked->barSets())
        drawn.append(set->label());
    QVERIFY2(drawn.contains(QStringLiteral("Systems construction")), qPrintable(drawn.join(u',')));
    QVERIFY2(!drawn.contains(QStringLiteral("WAN services")), qPrintable(drawn.join(u',')));
    QVERIFY(revenue->chart()->property("irdashNotes").toString().contains(QStringLiteral("WAN services (none)")));
    view->setCurrentIndex(2);
    stacked = qobject_cast<QStackedBarSeries *>(revenue->chart()->series().first());
    QCOMPARE(stacked->barSets().first()->label(), QStringLiteral("Recurring revenues"));

    auto *margin = m_window->findChild<QComboBox *>(QStringLiteral("gross-marginVariant"));
    margin->setCurrentIndex(1);
    QCOMPARE(m_window->chartPage(QStringLiteral("gross-margin"))->table().name(),
             QStringLiteral("gross-margin-amounts"));
}

void TestMainWindow::dataTablesToggle()
{
    ChartPage *revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    QVERIFY(revenue->isDataTableVisible());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    for (ChartPage *page : m_window->chartPages())
        QVERIFY(!page->isDataTableVisible());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(revenue->isDataTableVisible());
}

void TestMainWindow::statusBarNamesDatasetAndDatabase()
{
    QStringList texts;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("IIJ 1Q FY2013")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral(":memory:")), qPrintable(all));
}

void TestMainWindow::remembersWhereTheUserLeft()
{
    m_window->quarterBrowser()->setCurrentQuarter(period("3Q12"));
    m_window->pages()->setCurrentIndex(2);
    auto *span = m_window->findChild<QComboBox *>(QStringLiteral("windowSizeCombo"));
    span->setCurrentIndex(span->findData(12));
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_store, *m_queries);
    QCOMPARE(m_window->quarterBrowser()->currentQuarter(), period("3Q12"));
    QCOMPARE(m_window->pages()->currentIndex(), 2);
    QCOMPARE(m_window->quarterBrowser()->windowSize(), 12);
    QCOMPARE(m_window->chartPage(QStringLiteral("revenue-mix"))->table().categoryKeys().last(),
             QStringLiteral("3Q12"));
}

void TestMainWindow::targetsPage()
{
    TargetsPage *page = m_window->targetsPage();
    QVERIFY(page);
    // The full-year table, one row per metric: FY12 actual, FY13 target in force with its
    // date, the original where it was revised, change, change %, stated change %.
    QAbstractItemModel *year = page->yearTable()->model();
    QCOMPARE(year->rowCount(), 6);
    QCOMPARE(year->headerData(0, Qt::Vertical).toString(), QStringLiteral("Total revenues"));
    QCOMPARE(year->headerData(0, Qt::Horizontal).toString(), QStringLiteral("FY2012 actual"));
    QCOMPARE(year->headerData(1, Qt::Horizontal).toString(), QStringLiteral("FY2013 target"));
    QCOMPARE(year->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Original target"));
    QCOMPARE(year->index(0, 0).data().toString(), QStringLiteral("106,248"));
    QCOMPARE(year->index(0, 1).data().toString(), QStringLiteral("117,000 (2013-05-15)"));
    QCOMPARE(year->index(0, 2).data().toString(), QStringLiteral("—"));  // not revised
    QCOMPARE(year->index(0, 4).data().toString(), QStringLiteral("10.1% *"));
    QCOMPARE(year->index(5, 0).data().toString(), QStringLiteral("18.75"));
    QCOMPARE(year->index(5, 1).data().toString(), QStringLiteral("22.00 (2013-05-15)"));
    QCOMPARE(year->index(5, 4).data().toString(), QStringLiteral("17.3% *"));
    // EPS: 135.42 in force since 2013-08-06, 148.01 the original.
    QCOMPARE(year->index(4, 1).data().toString(), QStringLiteral("135.42 (2013-08-06)"));
    QCOMPARE(year->index(4, 2).data().toString(), QStringLiteral("148.01 (2013-05-15)"));
    QVERIFY(year->index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("target")));
    // Progress: 22.6% of the full-year revenue target after 1Q13.
    QAbstractItemModel *progress = page->progressTable()->model();
    bool found = false;
    for (int c = 0; c < progress->columnCount(); ++c) {
        if (progress->headerData(c, Qt::Horizontal).toString()
            == QStringLiteral("Progress to FY2013 target")) {
            QCOMPARE(progress->index(0, c).data().toString(), QStringLiteral("22.6% *"));
            found = true;
        }
    }
    QVERIFY(found);
    // The chart: one scale, the change each target asks for, drawn as computed from a target.
    QChart *chart = page->chart();
    QVERIFY(chart);
    QCOMPARE(chart->property("irdashChart").toString(), QStringLiteral("targets"));
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(chart->axes(Qt::Vertical).size(), 1);
    QCOMPARE(chart->axes(Qt::Horizontal).size(), 1);
    // Top to bottom as the table (a category axis counts from the bottom): revenue on top.
    QBarSet *change = bars->barSets().first();
    QCOMPARE(QString::number(change->at(5), 'f', 1), QStringLiteral("10.1"));
    QCOMPARE(QString::number(change->at(0), 'f', 1), QStringLiteral("17.3"));
    // The revision history as a picture: EPS, the one target revised by 1Q13.
    auto *metric = page->historyMetric();
    QCOMPARE(metric->currentText(), QStringLiteral("EPS"));
    QChart *history = page->historyChart();
    QCOMPARE(history->property("irdashChart").toString(), QStringLiteral("target-history"));
    auto *steps = qobject_cast<QLineSeries *>(history->series().first());
    QVERIFY(steps);
    QList<qreal> levels;
    for (const QPointF &point : steps->points())
        levels.append(point.y());
    QCOMPARE(levels, (QList<qreal> {148.01, 148.01, 135.42, 135.42}));
    // Revisions on request.
    QVERIFY(page->revisionsTable()->isHidden());
    m_window->pages()->setCurrentWidget(page);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("targetsRevisionsButton")),
                      Qt::LeftButton);
    QVERIFY(!page->revisionsTable()->isHidden());
    QAbstractItemModel *revisions = page->revisionsTable()->model();
    QStringList rows;
    for (int r = 0; r < revisions->rowCount(); ++r)
        rows << revisions->headerData(r, Qt::Vertical).toString() + QLatin1Char('=')
                        + revisions->index(r, 0).data().toString();
    QVERIFY2(rows.contains(QStringLiteral("EPS, 2013-05-15=148.01")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("EPS, 2013-08-06=135.42")), qPrintable(rows.join(u';')));
}

void TestMainWindow::exportFromTheMenu()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("mix.png"));
    // The dialog is modal: fill it in once it shows, then press Save.
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("exportSizePreset"));
        preset->setCurrentIndex(preset->findText(QStringLiteral("1280 × 720")));
        auto *scale = dialog->findChild<QComboBox *>(QStringLiteral("exportScale"));
        scale->setCurrentIndex(scale->findData(2));
        dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    m_window->findChild<QAction *>(QStringLiteral("exportChartAction"))->trigger();
    QVERIFY(seen);
    QImage image(path);
    QCOMPARE(image.size(), QSize(2560, 1440));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("mix.png")));

    // On the data page there is no chart to export.
    m_window->pages()->setCurrentIndex(m_window->pages()->count() - 1);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("exportChartAction"))->isEnabled());
}

void TestMainWindow::copyChartToClipboard()
{
    QGuiApplication::clipboard()->clear();
    m_window->pages()->setCurrentIndex(0);
    m_window->findChild<QAction *>(QStringLiteral("copyChartAction"))->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(1600, 900));
    // The chart's table with it, as a spreadsheet pastes it.
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    QVERIFY2(lines.value(0).endsWith(QStringLiteral("\t4Q12\t1Q13")), qPrintable(lines.value(0)));
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("Network services (JPY million)\t")),
             qPrintable(lines.value(1)));
    QVERIFY2(lines.value(1).endsWith(QStringLiteral("\t16,717\t16,785")), qPrintable(lines.value(1)));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasHtml());
}

void TestMainWindow::importTheNextQuarters()
{
    // A store of its own: the import must not leak into the other tests.
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY(BundledDataset::ensureLoaded(store, &error));
    Queries queries(store);
    MainWindow window(store, queries);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = store.factCount();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    auto *facts = window.findChild<QTableView *>(QStringLiteral("factsTable"));
    QVERIFY(facts);
    tabs->setCurrentWidget(facts->parentWidget());
    QCOMPARE(facts->model()->rowCount(), before);
    tabs->setCurrentIndex(0);

    QString summary;
    QStringList preview;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
        // What is new and what is stored already, by period and metric.
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importPreview"));
        QVERIFY(table);
        for (int row = 0; row < table->rowCount(); ++row)
            preview << table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text()
                            + QLatin1Char('|') + table->item(row, 2)->text();
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    });
    QVERIFY(window.importFile(QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv")));
    QVERIFY2(summary.contains(QStringLiteral("<b>19</b> new figures")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("<b>0</b> are stored with another value")), qPrintable(summary));
    QCOMPARE(preview.size(), 3);
    QVERIFY2(preview[0].startsWith(QStringLiteral("19|")), qPrintable(preview[0]));
    QVERIFY2(preview[0].contains(QStringLiteral("1Q14")), qPrintable(preview[0]));
    QVERIFY2(preview[0].contains(QStringLiteral("Total revenues")), qPrintable(preview[0]));
    QCOMPARE(preview[1], QStringLiteral("0||"));
    QCOMPARE(store.factCount(), before + 19);
    // The browser moves to the new latest quarter.
    QCOMPARE(window.quarterBrowser()->currentQuarter(), period("1Q14"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("kpiValue_revenue_total"))->text(), QStringLiteral("27,552"));
    // The data page, seen before the import and hidden during it, lists the new figures
    // when it is shown again.
    tabs->setCurrentWidget(facts->parentWidget());
    QCOMPARE(facts->model()->rowCount(), before + 19);
    // The targets page at 1Q13, as announced on 2013-08-06: the targets then in force,
    // though February 2014 revised three of them.
    window.quarterBrowser()->setCurrentQuarter(period("1Q13"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("asOfStatus"))->text(),
             QStringLiteral("As of 2013-08-06, the announcement of 1Q FY2013"));
    QAbstractItemModel *year = window.targetsPage()->yearTable()->model();
    QCOMPARE(year->index(0, 1).data().toString(), QStringLiteral("117,000 (2013-05-15)"));
    QCOMPARE(year->index(1, 1).data().toString(), QStringLiteral("9,400 (2013-05-15)"));
    QAbstractItemModel *revisions = window.targetsPage()->revisionsTable()->model();
    QStringList rows;
    for (int r = 0; r < revisions->rowCount(); ++r)
        rows << revisions->headerData(r, Qt::Vertical).toString() + QLatin1Char('=')
                        + revisions->index(r, 0).data().toString() + QLatin1Char('/')
                        + revisions->index(r, 1).data().toString();
    QVERIFY2(rows.contains(QStringLiteral("Total revenues, 2013-05-15=117,000/—")), qPrintable(rows.join(u';')));
    QVERIFY2(!rows.contains(QStringLiteral("Total revenues, 2014-02-07=114,000/-3,000 *")),
             qPrintable(rows.join(u';')));
    // At 3Q13, announced on 2014-02-07: the revised targets, the originals beside them.
    window.quarterBrowser()->setCurrentQuarter(period("3Q13"));
    year = window.targetsPage()->yearTable()->model();
    QCOMPARE(year->index(0, 1).data().toString(), QStringLiteral("114,000 (2014-02-07)"));
    QCOMPARE(year->index(0, 2).data().toString(), QStringLiteral("117,000 (2013-05-15)"));
    QCOMPARE(year->index(1, 1).data().toString(), QStringLiteral("6,000 (2014-02-07)"));
    QCOMPARE(year->index(1, 2).data().toString(), QStringLiteral("9,400 (2013-05-15)"));
    QCOMPARE(year->index(3, 1).data().toString(), QStringLiteral("4,700 (2014-02-07)"));
    revisions = window.targetsPage()->revisionsTable()->model();
    rows.clear();
    for (int r = 0; r < revisions->rowCount(); ++r)
        rows << revisions->headerData(r, Qt::Vertical).toString() + QLatin1Char('=')
                        + revisions->index(r, 0).data().toString() + QLatin1Char('/')
                        + revisions->index(r, 1).data().toString();
    QVERIFY2(rows.contains(QStringLiteral("Total revenues, 2014-02-07=114,000/-3,000 *")),
             qPrintable(rows.join(u';')));
    // Its revision as a step line, down from 9,400 to 6,000 for operating income.
    auto *metric = window.targetsPage()->historyMetric();
    metric->setCurrentIndex(metric->findData(QStringLiteral("operating_income")));
    auto *steps = qobject_cast<QLineSeries *>(window.targetsPage()->historyChart()->series().first());
    QVERIFY(steps);
    QCOMPARE(steps->at(0).y(), 9400.0);
    QCOMPARE(steps->at(steps->count() - 1).y(), 6000.0);
    // Latest at 1Q13: the revised targets, and the status bar says so.
    window.quarterBrowser()->setCurrentQuarter(period("1Q13"));
    window.asOfSelector()->setChoice(AsOf::latest());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("asOfStatus"))->text(),
             QStringLiteral("Latest figures, every revision included"));
    QCOMPARE(window.targetsPage()->yearTable()->model()->index(0, 1).data().toString(),
             QStringLiteral("114,000 (2014-02-07)"));
    window.asOfSelector()->setChoice(AsOf::announcement());
    // FY13's actual is there too (FY2013 actual vs FY2014 target from 1Q14).
    window.quarterBrowser()->setCurrentQuarter(period("1Q14"));
    QCOMPARE(window.targetsPage()->yearTable()->model()->index(0, 0).data().toString(), QStringLiteral("114,272"));
}

void TestMainWindow::importShowsErrorsAndImportsNothing()
{
    const QList<Fact> before = m_store->facts();
    QStringList errors;
    QString copied;
    bool importEnabled = true;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importErrors"));
        QVERIFY(table);
        // Line, column and message, each in its cell; the message wraps in its column.
        for (int row = 0; row < table->rowCount(); ++row) {
            errors << QStringLiteral("%1:%2: %3").arg(table->item(row, 0)->text(),
                                                      table->item(row, 1)->text(),
                                                      table->item(row, 2)->text());
        }
        QVERIFY(table->wordWrap());
        // Copy errors gives them as compilers write them.
        dialog->findChild<QPushButton *>(QStringLiteral("copyErrorsButton"))->click();
        copied = QGuiApplication::clipboard()->text();
        importEnabled = dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
        dialog->reject();
    });
    QVERIFY(!m_window->importFile(QStringLiteral(IRDASH_TEST_DATA_DIR "/bad/unknown-metric.csv")));
    QVERIFY(!importEnabled);
    QCOMPARE(errors.value(0), QStringLiteral("3:6: unknown metric 'revenue_totl'; expected a "
                                              "key of the metric catalogue (docs/METRICS.md)"));
    QVERIFY2(copied.startsWith(QStringLiteral("unknown-metric.csv:3:6: unknown metric 'revenue_totl'")),
             qPrintable(copied));
    QCOMPARE(m_store->facts(), before);
}

namespace {

// 240,000 figures: 400 quarters x 5 metrics x 120 vintages.
QByteArray largeImport()
{
    QByteArray data = "period,metric,value,unit,basis,source,as_of\n";
    const char *const metrics[] = {"revenue_total", "operating_income", "net_income_attributable",
                                   "revenue_network_services", "revenue_systems_integration"};
    int count = 0;
    for (int year = 0; year < 100; ++year) {
        for (int q = 1; q <= 4; ++q) {
            const QByteArray period = QByteArray::number(q) + 'Q'
                    + QByteArray::number(year).rightJustified(2, '0');
            for (const char *metric : metrics) {
                for (int vintage = 0; vintage < 120; ++vintage) {
                    data += period + ',' + metric + ',' + QByteArray::number(count++)
                            + ",JPY_million,reported,synthetic,"
                            + QDate(2000, 1, 1).addDays(vintage).toString(Qt::ISODate).toLatin1()
                            + '\n';
                }
            }
        }
    }
    return data;
}

}  // namespace

void TestMainWindow::largeImportKeepsTheWindowResponsive()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(largeImport());
    }
    // A database on disk: the import works on a connection of its own, off this thread.
    Store store;
    QVERIFY(DatabaseStartup::open(store, dir.filePath(QStringLiteral("irdash.sqlite")), false).ok);
    Queries queries(store);
    MainWindow window(store, queries);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = store.factCount();

    // A timer of this thread: it fires only while the window's event loop runs.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { ++ticks; });
    ticker.start(20);
    bool cancelled = false;
    QTimer clicker;
    QObject::connect(&clicker, &QTimer::timeout, &clicker, [&] {
        if (auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget())) {
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
            return;
        }
        // Once the import (the step that can be cancelled) is under way, cancel it.
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        if (auto *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
            cancel && !cancelled) {
            cancel->click();  // what a person does
            cancelled = true;
        }
    });
    clicker.start(5);
    QVERIFY(!window.importFile(file));
    QVERIFY(cancelled);
    QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
    // Rolled back: nothing of it stored.
    QCOMPARE(store.factCount(), before);

    // Without cancelling, every figure arrives, and the window went on all the while.
    clicker.stop();
    QObject::disconnect(&clicker, nullptr, nullptr, nullptr);
    QObject::connect(&clicker, &QTimer::timeout, &clicker, [&] {
        if (auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget()))
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    });
    clicker.start(50);
    ticks = 0;
    QVERIFY(window.importFile(file));
    QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
    QCOMPARE(store.factCount(), before + 240000);
}

void TestMainWindow::importRefusesAFifo()
{
    // Picked in the file dialog, a FIFO would hang the window in the read: refused by its
    // type, with a message, and nothing imported.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("release.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QList<Fact> before = m_store->facts();
    QString message;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        message = box->text();
        box->reject();
    });
    QVERIFY(!m_window->importFile(fifo));
    QCOMPARE(message, fifo + QStringLiteral(" is a FIFO, not a file; expected a dataset file"));
    QCOMPARE(m_store->facts(), before);
}

void TestMainWindow::pagesFromTheKeyboard()
{
    // The window's icon, from the theme or the bundled one.
    QVERIFY(!m_window->windowIcon().isNull());
    QVERIFY(!QIcon(QStringLiteral(":/icons/irdash.svg")).pixmap(32, 32).isNull());
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentIndex(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentIndex(), 3);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentIndex(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentIndex(), 5);
}

void TestMainWindow::copyASelectionAsAGrid()
{
    m_window->pages()->setCurrentIndex(0);
    ChartPage *page = m_window->chartPage(QStringLiteral("revenue-mix"));
    auto *view = page->findChild<QTableView *>(QStringLiteral("revenue-mixTable"));
    QVERIFY(view);
    QAbstractItemModel *model = view->model();
    // Three segments by the last two quarters: a 3x2 block.
    const int columns = model->columnCount();
    QItemSelection block(model->index(0, columns - 2), model->index(2, columns - 1));
    view->selectionModel()->select(block, QItemSelectionModel::ClearAndSelect);
    QGuiApplication::clipboard()->clear();
    view->findChild<QAction *>(QStringLiteral("tableCopyAction"))->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("\t4Q12\t1Q13"));
    // Each row named with its unit; each cell the figure alone (no derived marker), as a
    // spreadsheet takes a number.
    QCOMPARE(lines[1], QStringLiteral("Network services (JPY million)\t16,717\t16,785"));
    QCOMPARE(lines[2].split(QLatin1Char('\t')).size(), 3);
    QVERIFY2(lines[3].startsWith(QStringLiteral("Equipment sales (JPY million)\t")), qPrintable(lines[3]));
    QVERIFY(QGuiApplication::clipboard()->mimeData()->html().contains(QStringLiteral("<th>1Q13</th>")));
}

void TestMainWindow::dropOpensTheImportPreview()
{
    const QString file = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
    QString summary;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget())) {
            summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            dialog->reject();
        }
    });
    poll.start(20);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(!summary.isEmpty());
    QVERIFY2(summary.contains(QStringLiteral("<b>19</b> new figures")), qPrintable(summary));
}

namespace {

// Why the chart of `page` is not drawn whole inside its view, or empty when it is.
QString chartCutOff(const ChartPage *page)
{
    const QChartView *view = page->chartView();
    const QRectF viewport = QRectF(QPointF(0, 0), view->viewport()->size());
    const QRectF chart = page->chart()->geometry();
    const QRectF legend = page->chart()->legend()->geometry();
    if (!viewport.contains(chart) || !viewport.contains(legend)
        || !viewport.contains(page->chart()->plotArea())) {
        return QStringLiteral("chart %1x%2, legend bottom %3, in a %4x%5 view")
                .arg(chart.width())
                .arg(chart.height())
                .arg(legend.bottom())
                .arg(viewport.width())
                .arg(viewport.height());
    }
    // The view, in turn, inside the page.
    const QRect inPage(view->mapTo(page, QPoint(0, 0)), view->size());
    if (!page->rect().contains(inPage))
        return QStringLiteral("the view reaches out of the page");
    return {};
}

// Answers the import preview with Import, as a person does, once it shows: reading a file
// into a database file runs on a thread of its own first.
void clickImportWhenAsked(QObject *context)
{
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        if (auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget())) {
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

}  // namespace

void TestMainWindow::tablesAreAsTallAsTheirRows()
{
    m_window->resize(1366, 768);
    for (ChartPage *page : m_window->chartPages()) {
        m_window->pages()->setCurrentWidget(page);
        QTRY_VERIFY(page->isVisible());
        QTableView *table = page->tableView();
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 0);
        // Every row shown (the revenue mix's total among them), and no empty space below.
        const int lastBottom = table->rowViewportPosition(rows - 1) + table->rowHeight(rows - 1);
        QVERIFY2(lastBottom <= table->viewport()->height(),
                 qPrintable(QStringLiteral("%1: rows end at %2 in a %3 px table")
                                    .arg(page->objectName())
                                    .arg(lastBottom)
                                    .arg(table->viewport()->height())));
        QVERIFY2(table->viewport()->height() - lastBottom < table->rowHeight(0),
                 qPrintable(QStringLiteral("%1: %2 px empty under the rows")
                                    .arg(page->objectName())
                                    .arg(table->viewport()->height() - lastBottom)));
        QVERIFY2(chartCutOff(page).isEmpty(), qPrintable(chartCutOff(page)));
    }
}

void TestMainWindow::toggleNeverHidesTheChart()
{
    // Ctrl+T twice on Gross margin, another tab at once, another span, then back.
    m_window->resize(1366, 768);
    m_window->pages()->setCurrentIndex(1);
    ChartPage *margin = m_window->chartPage(QStringLiteral("gross-margin"));
    QTRY_VERIFY(margin->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    m_window->pages()->tabBar()->setCurrentIndex(2);
    auto *span = m_window->findChild<QComboBox *>(QStringLiteral("windowSizeCombo"));
    QVERIFY(span);
    span->setCurrentIndex((span->currentIndex() + 1) % span->count());
    m_window->pages()->tabBar()->setCurrentIndex(1);
    QTRY_VERIFY(margin->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(margin->isDataTableVisible());
    QTRY_VERIFY2(chartCutOff(margin).isEmpty(), qPrintable(chartCutOff(margin)));
    // And with the table hidden, the chart takes the page.
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY2(chartCutOff(margin).isEmpty(), qPrintable(chartCutOff(margin)));
    QVERIFY(margin->chartView()->height() > margin->height() * 3 / 4);
}

void TestMainWindow::tableHeightIsRemembered()
{
    m_window->resize(1366, 768);
    m_window->pages()->setCurrentIndex(0);
    ChartPage *revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    QTRY_VERIFY(revenue->isVisible());
    auto *splitter = revenue->findChild<QSplitter *>(QStringLiteral("revenue-mixSplitter"));
    QVERIFY(splitter);
    const int before = revenue->tableView()->height();
    // Drag the handle 40 px down: a shorter table.
    QSplitterHandle *handle = splitter->handle(1);
    const QPoint middle = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle + QPoint(0, 40));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(0, 40));
    const int chosen = revenue->tableView()->height();
    QVERIFY2(chosen < before - 20, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(chosen)));
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_store, *m_queries);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->pages()->setCurrentIndex(0);
    revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    QTRY_COMPARE(revenue->tableView()->height(), chosen);
}

void TestMainWindow::figureDetailsFromTheKeyboard()
{
    m_window->pages()->setCurrentIndex(0);
    ChartPage *revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    QTableView *table = revenue->tableView();
    QTRY_VERIFY(table->isVisible());
    m_window->activateWindow();
    table->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table->hasFocus());
    // The focused cell's figure, its basis and source, without hovering.
    const QModelIndex last = table->model()->index(0, table->model()->columnCount() - 1);
    table->setCurrentIndex(last);
    const QString details = m_window->statusBar()->currentMessage();
    QVERIFY2(details.startsWith(QStringLiteral("Network services, 1Q FY2013: 16,785 JPY million")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("reported")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Source: IIJ 1Q FY2013 results presentation")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Announced: 2013-08-06")), qPrintable(details));
    QTest::keyClick(table, Qt::Key_Left);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(
                     QStringLiteral("Network services, 4Q FY2012:")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // One Tab stop: Tab leaves the table instead of walking its cells.
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
}

void TestMainWindow::exportTheVisibleRows()
{
    m_window->pages()->setCurrentWidget(m_window->dataPage());
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("factsSearch"));
    QVERIFY(search);
    search->setText(QStringLiteral("revenue_atm"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("factsTable"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const int shown = table->model()->rowCount();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("exportRowsAction"));
    QVERIFY(action && action->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY(m_window->exportVisibleRows(path));
    // The dataset's format: it reads back as exactly the rows shown.
    const auto read = DatasetReader::readFile(path, Fact::Origin::User);
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
    QCOMPARE(read.facts.size(), shown);
    for (const Fact &fact : read.facts)
        QVERIFY(fact.metric.contains(QStringLiteral("atm")));
    m_window->pages()->setCurrentIndex(0);
    QVERIFY(!action->isEnabled());
}

void TestMainWindow::undoTheLastImportFromTheEditMenu()
{
    // A database file: the undo runs on the runner's thread with a connection of its own.
    QTemporaryDir dir;
    Store store;
    QVERIFY(DatabaseStartup::open(store, dir.filePath(QStringLiteral("irdash.sqlite")), false).ok);
    Queries queries(store);
    MainWindow window(store, queries);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<Fact> before = store.facts();
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoImportAction"));
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo last import"));
    auto *editMenu = qobject_cast<QMenu *>(undo->associatedObjects().value(0));
    QVERIFY(editMenu);
    QCOMPARE(editMenu->title(), QStringLiteral("&Edit"));

    clickImportWhenAsked(this);
    QVERIFY(window.importFile(
            QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv")));
    QCOMPARE(window.quarterBrowser()->currentQuarter(), period("1Q14"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo import of iij-public-later-quarters.csv"));

    // Asked first; Cancel changes nothing.
    QString question;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("undoImportConfirmation"));
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(QMessageBox::Cancel)->click();
    });
    undo->trigger();
    QVERIFY2(question.contains(QStringLiteral("Undo the import of iij-public-later-quarters.csv")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("New figures it added, to be removed: 19\n")),
             qPrintable(question));
    QVERIFY2(question.contains(
                     QStringLiteral("Figures it replaced, to get their earlier values back: 0")),
             qPrintable(question));
    QCOMPARE(store.factCount(), before.size() + 19);

    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirmUndoImport"))->click();
    });
    QVERIFY(window.undoLastImport());
    QCOMPARE(store.facts(), before);
    // The views follow: the quarters the import brought are gone, the data page lists what
    // is left, the status bar says what happened.
    QCOMPARE(window.quarterBrowser()->currentQuarter(), period("1Q13"));
    auto *facts = window.findChild<QTableView *>(QStringLiteral("factsTable"));
    window.pages()->setCurrentWidget(facts->parentWidget());
    QCOMPARE(facts->model()->rowCount(), before.size());
    QVERIFY2(window.statusBar()->currentMessage().startsWith(
                     QStringLiteral("Undid the import of iij-public-later-quarters.csv (new "
                                    "figures removed: 19, replaced figures restored: 0)")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo last import"));
}

void TestMainWindow::importHistoryListsTheImports()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY(BundledDataset::ensureLoaded(store, &error));
    Queries queries(store);
    MainWindow window(store, queries);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString file = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
    clickImportWhenAsked(this);
    QVERIFY(window.importFile(file));
    clickImportWhenAsked(this);
    QVERIFY(window.importFile(file));  // changes nothing: listed, not undoable
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->findChild<QPushButton *>(QStringLiteral("confirmUndoImport"))->click();
    });
    QVERIFY(window.undoLastImport());

    QStringList rows;
    QStringList tips;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ImportHistoryDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("importHistoryDialog"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importHistoryTable"));
        QVERIFY(table);
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 1; column < table->columnCount(); ++column)
                cells.append(table->item(row, column)->text());
            rows.append(cells.join(QLatin1Char('|')));
            tips.append(table->item(row, 1)->toolTip());
            // When, in local time as the rest of the window writes dates.
            QVERIFY(QDateTime::fromString(table->item(row, 0)->text(),
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                            .isValid());
        }
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("importHistoryAction"))->trigger();
    QCOMPARE(rows.size(), 2);
    // The newest first: the import that changed nothing, then the one undone.
    QCOMPARE(rows[0], QStringLiteral("iij-public-later-quarters.csv|0|0|0|19|nothing to undo"));
    QVERIFY2(rows[1].startsWith(QStringLiteral("iij-public-later-quarters.csv|19|0|0|0|")),
             qPrintable(rows[1]));
    QVERIFY2(QDateTime::fromString(rows[1].section(QLatin1Char('|'), -1),
                                   QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                     .isValid(),
             qPrintable(rows[1]));  // undone then
    QCOMPARE(tips[1], QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
