#include "AsOfSelector.h"
#include "ChartPage.h"
#include "ChecksModel.h"
#include "ChecksPage.h"
#include "DatabaseStartup.h"
#include "DatasetReader.h"
#include "Language.h"
#include "MainWindow.h"
#include "QuarterBrowser.h"
#include "Queries.h"
#include "Store.h"
#include "TestStores.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

namespace {

FiscalPeriod period(const char *code)
{
    return *FiscalPeriod::fromCode(QString::fromLatin1(code));
}

// One mismatch as `irdash check` prints it (two lines).
struct PrintedFinding
{
    bool explained = false;
    QString period;
    double stated = 0.0;
    double recomputed = 0.0;
    double low = 0.0;
    double high = 0.0;
    double difference = 0.0;
};

struct PrintedReport
{
    int comparisons = -1;
    int mismatches = -1;
    int explained = -1;
    int unexplained = -1;
    QList<PrintedFinding> findings;
};

PrintedReport parseCheck(const QString &text)
{
    PrintedReport report;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression head(
            QStringLiteral("^Comparisons: (\\d+)\\. Mismatches at the stated precision: (\\d+) "
                           "\\((\\d+) explained by rounding, (\\d+) not\\)\\.$"));
    static const QRegularExpression first(
            QStringLiteral("^(rounding|MISMATCH) +(\\S+) \\[\\w+\\] "));
    static const QRegularExpression second(
            QStringLiteral("^    stated (\\S+), recomputed (\\S+) \\(range (\\S+) to (\\S+)\\), "
                           "difference (\\S+): "));
    if (lines.isEmpty())
        return report;
    if (const auto m = head.match(lines.first()); m.hasMatch()) {
        report.comparisons = m.captured(1).toInt();
        report.mismatches = m.captured(2).toInt();
        report.explained = m.captured(3).toInt();
        report.unexplained = m.captured(4).toInt();
    }
    for (qsizetype i = 1; i + 1 < lines.size(); i += 2) {
        const auto a = first.match(lines[i]);
        const auto b = second.match(lines[i + 1]);
        if (!a.hasMatch() || !b.hasMatch())
            return {};
        PrintedFinding f;
        f.explained = a.captured(1) == QLatin1String("rounding");
        f.period = a.captured(2);
        f.stated = b.captured(1).toDouble();
        f.recomputed = b.captured(2).toDouble();
        f.low = b.captured(3).toDouble();
        f.high = b.captured(4).toDouble();
        f.difference = b.captured(5).toDouble();
        report.findings.append(f);
    }
    return report;
}

// The numbers of a shown text ("26,341.0 (26,339.0 to 26,343.0)", "+100.0"), in order.
QList<double> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("[-+]?[0-9][0-9,]*(\\.[0-9]+)?"));
    QList<double> numbers;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        QString n = it.next().captured();
        numbers.append(n.remove(QLatin1Char(',')).toDouble());
    }
    return numbers;
}

// As a person double-clicks: press and release, then the double click.
void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

}  // namespace

// The Checks page in the window, driven by its widgets: the same findings as `irdash check`
// for the same database and date, and the way from a flagged figure to its finding.
class TestChecksPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsWhatTheCommandLinePrints_data();
    void listsWhatTheCommandLinePrints();
    void unexplainedMismatchesStandOut();
    void filterShowsOnlyTheUnexplained();
    void sortsByTheFigures();
    void detailExplainsTheRounding();
    void oneTabStopAndArrowKeys();
    void pageFromTheKeyboard();
    void flaggedChartTableCellLeadsToItsCheck();
    void flaggedDataPageRowLeadsToItsCheck();
    void followsTheQuarterAndTheAsOf();
    void followsAnImport();
    void japaneseFits();

private:
    QTableView *checksTable() const;
    ChecksPage *checksPage() const;
    QTabWidget *pages() const;
    void showChecks();
    // The finding of a row of the table as shown.
    const ConsistencyFinding &findingAt(int row) const;
    QString cellText(int row, int column) const;

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<MainWindow> m_window;
};

void TestChecksPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    // A database on disk, so `irdash check` can read the very figures the window shows:
    // the bundled dataset and a restatement the other figures contradict.
    m_db = m_dir.filePath(QStringLiteral("irdash.sqlite"));
    m_store = std::make_unique<Store>();
    QVERIFY(DatabaseStartup::open(*m_store, m_db, false).ok);
    const auto restated = DatasetReader::read(
            contradictingRestatement(), QStringLiteral("restatement.csv"), Fact::Origin::User);
    QVERIFY(restated.ok());
    QVERIFY(m_store->importFacts(restated.facts).ok);
    m_queries = std::make_unique<Queries>(*m_store);
}

void TestChecksPage::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(*m_store, *m_queries);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->quarterBrowser()->currentQuarter(), period("1Q13"));
}

void TestChecksPage::cleanup()
{
    m_window.reset();
}

void TestChecksPage::cleanupTestCase()
{
    Language::apply(QStringLiteral("en"));
}

QTabWidget *TestChecksPage::pages() const
{
    return m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
}

ChecksPage *TestChecksPage::checksPage() const
{
    return m_window->findChild<ChecksPage *>(QStringLiteral("checksPage"));
}

QTableView *TestChecksPage::checksTable() const
{
    return m_window->findChild<QTableView *>(QStringLiteral("checksTable"));
}

void TestChecksPage::showChecks()
{
    QVERIFY(checksPage());
    pages()->setCurrentWidget(checksPage());
}

const ConsistencyFinding &TestChecksPage::findingAt(int row) const
{
    QTableView *table = checksTable();
    table->setCurrentIndex(table->model()->index(row, 0));
    return *checksPage()->selectedFinding();
}

QString TestChecksPage::cellText(int row, int column) const
{
    return checksTable()->model()->index(row, column).data().toString();
}

void TestChecksPage::listsWhatTheCommandLinePrints_data()
{
    QTest::addColumn<AsOf>("choice");
    QTest::addColumn<QString>("cliAsOf");
    QTest::addColumn<QString>("dateSaid");
    QTest::addRow("announcement of 1Q13")
            << AsOf::announcement() << QStringLiteral("2013-08-06")
            << QStringLiteral("As of 2013-08-06, the announcement of 1Q FY2013");
    QTest::addRow("latest") << AsOf::latest() << QStringLiteral("latest")
                            << QStringLiteral("Latest figures");
    QTest::addRow("the restatement's day")
            << AsOf::date(QDate(2013, 9, 2)) << QStringLiteral("2013-09-02")
            << QStringLiteral("2013-09-02");
}

void TestChecksPage::listsWhatTheCommandLinePrints()
{
    QFETCH(AsOf, choice);
    QFETCH(QString, cliAsOf);
    QFETCH(QString, dateSaid);
    m_window->asOfSelector()->setChoice(choice);
    showChecks();

    QProcess cli;
    cli.start(QStringLiteral(IRDASH_BINARY),
              {QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en"),
               QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), cliAsOf});
    QVERIFY(cli.waitForFinished(60000));
    const QString printed = QString::fromUtf8(cli.readAllStandardOutput());
    // Like diff: 1 when a mismatch is not explained by rounding.
    const ConsistencyCheck::Report &shown = checksPage()->report();
    QCOMPARE(cli.exitCode(), shown.explainedCount() < shown.mismatches.size() ? 1 : 0);
    const PrintedReport expected = parseCheck(printed);
    QVERIFY2(expected.comparisons > 100, qPrintable(printed.left(300)));
    QCOMPARE(expected.findings.size(), expected.mismatches);

    // The page's report is the command line's, word for word.
    QCOMPARE(checksPage()->report().toText(), printed);

    // The summary says the date and the counts.
    const QString summary = m_window->findChild<QLabel *>(QStringLiteral("checksSummary"))->text();
    QVERIFY2(summary.contains(dateSaid), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Comparisons: %1. Mismatches at the stated precision: "
                                             "%2 (%3 explained by rounding, %4 not).")
                                      .arg(expected.comparisons)
                                      .arg(expected.mismatches)
                                      .arg(expected.explained)
                                      .arg(expected.unexplained)),
             qPrintable(summary));

    // One row per finding, in the command line's order, with its figures.
    QAbstractItemModel *model = checksTable()->model();
    QCOMPARE(model->rowCount(), expected.mismatches);
    for (int row = 0; row < model->rowCount(); ++row) {
        const PrintedFinding &f = expected.findings[row];
        const QString where = QStringLiteral("row %1").arg(row);
        QCOMPARE(cellText(row, ChecksModel::PeriodColumn), period(qPrintable(f.period)).label());
        QCOMPARE(cellText(row, ChecksModel::ResultColumn).startsWith(QStringLiteral("⚠")),
                 !f.explained);
        const QList<double> stated = numbersIn(cellText(row, ChecksModel::StatedColumn));
        QCOMPARE(stated.size(), 1);
        QVERIFY2(qAbs(stated.first() - f.stated) < 1e-9, qPrintable(where));
        // Shown one decimal finer than stated; printed finer still.
        const QList<double> recomputed = numbersIn(cellText(row, ChecksModel::RecomputedColumn));
        const int decimals = findingAt(row).statedDecimals + 1;
        const double half = 0.5 * std::pow(10.0, -decimals) + 1e-9;
        QVERIFY2(recomputed.size() == 3 || (recomputed.size() == 1 && f.low == f.high),
                 qPrintable(cellText(row, ChecksModel::RecomputedColumn)));
        QVERIFY2(qAbs(recomputed[0] - f.recomputed) <= half, qPrintable(where));
        if (recomputed.size() == 3) {
            QVERIFY2(qAbs(recomputed[1] - f.low) <= half, qPrintable(where));
            QVERIFY2(qAbs(recomputed[2] - f.high) <= half, qPrintable(where));
        }
        const QList<double> difference = numbersIn(cellText(row, ChecksModel::DifferenceColumn));
        QVERIFY2(qAbs(difference.value(0) - f.difference) <= half, qPrintable(where));
    }
}

void TestChecksPage::unexplainedMismatchesStandOut()
{
    m_window->asOfSelector()->setChoice(AsOf::latest());
    showChecks();
    QAbstractItemModel *model = checksTable()->model();
    const int unexplained = checksPage()->report().unexplainedCount();
    QCOMPARE(unexplained, 5);
    QVERIFY(model->rowCount() > unexplained);
    const QVariant warning = model->index(0, ChecksModel::StatedColumn).data(Qt::BackgroundRole);
    QVERIFY(warning.isValid());
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool isUnexplained = row < unexplained;  // listed first
        QCOMPARE(cellText(row, ChecksModel::ResultColumn),
                 isUnexplained ? QStringLiteral("⚠ Beyond rounding")
                               : QStringLiteral("Within rounding"));
        QCOMPARE(model->index(row, ChecksModel::ComparedColumn).data(Qt::BackgroundRole) == warning,
                 isUnexplained);
        QCOMPARE(model->index(row, ChecksModel::ResultColumn)
                         .data(Qt::FontRole)
                         .value<QFont>()
                         .bold(),
                 isUnexplained);
    }
    // What was compared, in words, with the explanation and the sources.
    QCOMPARE(cellText(0, ChecksModel::ComparedColumn),
             QStringLiteral("Total revenues vs the sum of Network services + Systems integration + "
                            "Equipment sales + ATM operation business"));
    QCOMPARE(cellText(0, ChecksModel::UnitColumn), QStringLiteral("JPY million"));
    QCOMPARE(cellText(0, ChecksModel::StatedColumn), QStringLiteral("26,441"));
    QCOMPARE(cellText(0, ChecksModel::RecomputedColumn),
             QStringLiteral("26,341.0 (26,339.0 to 26,343.0)"));
    QCOMPARE(cellText(0, ChecksModel::DifferenceColumn), QStringLiteral("+100.0"));
    QCOMPARE(cellText(0, ChecksModel::ExplanationColumn), QStringLiteral("97.5 beyond rounding"));
    QVERIFY(cellText(0, ChecksModel::SourcesColumn)
                    .contains(QStringLiteral("test: a restatement the other figures contradict")));
    QCOMPARE(cellText(unexplained, ChecksModel::ExplanationColumn),
             QStringLiteral("Rounding explains it"));
}

void TestChecksPage::filterShowsOnlyTheUnexplained()
{
    m_window->asOfSelector()->setChoice(AsOf::latest());
    showChecks();
    auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("checksFilter"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("checksCount"));
    QVERIFY(filter && count);
    const int all = checksTable()->model()->rowCount();
    QCOMPARE(count->text(), QStringLiteral("Showing %1 of %1 mismatches").arg(all));
    filter->setCurrentIndex(1);
    QCOMPARE(checksTable()->model()->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QVERIFY(!findingAt(row).explainedByRounding);
    QCOMPARE(count->text(), QStringLiteral("Showing 5 of %1 mismatches").arg(all));
    // At 1Q13's announcement nothing is left, and the detail says why.
    m_window->asOfSelector()->setChoice(AsOf::announcement());
    QCOMPARE(checksTable()->model()->rowCount(), 0);
    QVERIFY2(m_window->findChild<QTextBrowser *>(QStringLiteral("checksDetail"))
                     ->toPlainText()
                     .startsWith(QStringLiteral("No mismatch beyond rounding at this date")),
             qPrintable(m_window->findChild<QTextBrowser *>(QStringLiteral("checksDetail"))
                                ->toPlainText()));
    filter->setCurrentIndex(0);
    QVERIFY(checksTable()->model()->rowCount() > 0);
}

void TestChecksPage::sortsByTheFigures()
{
    m_window->asOfSelector()->setChoice(AsOf::latest());
    showChecks();
    QHeaderView *header = checksTable()->horizontalHeader();
    // A click on a header sorts by it, numerically; another the other way round.
    const auto differences = [&] {
        QList<double> values;
        for (int row = 0; row < checksTable()->model()->rowCount(); ++row)
            values.append(findingAt(row).difference());
        return values;
    };
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ChecksModel::DifferenceColumn) + 5,
                             header->height() / 2));
    QList<double> values = differences();
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QVERIFY(values.first() < values.last());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(ChecksModel::DifferenceColumn) + 5,
                             header->height() / 2));
    values = differences();
    QVERIFY(std::is_sorted(values.crbegin(), values.crend()));
    // Periods sort by time, not by their names.
    checksTable()->sortByColumn(ChecksModel::PeriodColumn, Qt::AscendingOrder);
    QList<FiscalPeriod> periods;
    for (int row = 0; row < checksTable()->model()->rowCount(); ++row)
        periods.append(*FiscalPeriod::fromCode(findingAt(row).periodCode));
    QVERIFY(std::is_sorted(periods.cbegin(), periods.cend(),
                           [](const FiscalPeriod &a, const FiscalPeriod &b) {
                               return a.endDate() < b.endDate();
                           }));
}

void TestChecksPage::detailExplainsTheRounding()
{
    m_window->asOfSelector()->setChoice(AsOf::latest());
    showChecks();
    auto *detail = m_window->findChild<QTextBrowser *>(QStringLiteral("checksDetail"));
    QVERIFY(detail);
    // The page opens on its first finding.
    QCOMPARE(checksTable()->currentIndex().row(), 0);
    QString text = detail->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("⚠ Beyond rounding: Total revenues vs the sum of")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("anything from 26,440.5 to 26,441.5")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("give 26,339.0 to 26,343.0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The two ranges are 97.5 JPY million apart: rounding "
                                          "cannot explain the difference of 100.0 JPY million")),
             qPrintable(text));
    // Every figure it was recomputed from, with its source and date.
    QVERIFY2(text.contains(QStringLiteral("1Q FY2013 ATM operation business: 545 JPY million "
                                          "(reported, 2013-09-02) — test: a restatement")),
             qPrintable(text));
    // One that rounding explains says so.
    const int explained = checksPage()->report().unexplainedCount();
    checksTable()->setCurrentIndex(checksTable()->model()->index(explained, 0));
    text = detail->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Within rounding:")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The two ranges meet: the difference of")),
             qPrintable(text));
}

void TestChecksPage::oneTabStopAndArrowKeys()
{
    m_window->asOfSelector()->setChoice(AsOf::latest());
    showChecks();
    auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("checksFilter"));
    QTableView *table = checksTable();
    auto *detail = m_window->findChild<QTextBrowser *>(QStringLiteral("checksDetail"));
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Tab);
    QTRY_VERIFY(table->hasFocus());
    // Arrows move within the table, and the detail follows.
    const QString first = detail->toPlainText();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(detail->toPlainText() != first);
    QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentIndex().row(), 1);
    // Tab leaves the table, whichever cell is current.
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
    QVERIFY(detail->hasFocus());
}

void TestChecksPage::pageFromTheKeyboard()
{
    // After the other pages, Ctrl+7 like Ctrl+1 to Ctrl+6 for them.
    QCOMPARE(pages()->indexOf(checksPage()), pages()->count() - 1);
    QCOMPARE(pages()->indexOf(checksPage()), 6);
    QCOMPARE(pages()->tabText(6), QStringLiteral("Checks"));
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(pages()->currentWidget(), checksPage());
    QVERIFY(checksTable()->model()->rowCount() > 0);
}

void TestChecksPage::flaggedChartTableCellLeadsToItsCheck()
{
    m_window->asOfSelector()->setChoice(AsOf::latest());
    m_window->findChild<QAction *>(QStringLiteral("dataTablesAction"))->setChecked(true);
    pages()->setCurrentIndex(0);
    ChartPage *revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    QTableView *view = revenue->tableView();
    QAbstractItemModel *model = view->model();
    // The 1Q13 total revenues: its segments no longer add up to it.
    int totalRow = -1;
    int networkRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString header = model->headerData(r, Qt::Vertical).toString();
        if (header.startsWith(QStringLiteral("Total revenues")))
            totalRow = r;
        if (header.startsWith(QStringLiteral("Network services")))
            networkRow = r;
    }
    QVERIFY(totalRow >= 0 && networkRow >= 0);
    const int lastQuarter = model->columnCount() - 1;
    QCOMPARE(model->headerData(lastQuarter, Qt::Horizontal).toString(), QStringLiteral("1Q13"));
    const QModelIndex flagged = model->index(totalRow, lastQuarter);
    const QModelIndex plain = model->index(networkRow, lastQuarter);
    QCOMPARE(flagged.data().toString(), QStringLiteral("⚠ 26,441"));
    QVERIFY(flagged.data(Qt::BackgroundRole).isValid());
    QVERIFY(!plain.data(Qt::BackgroundRole).isValid());
    const QString tooltip = flagged.data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(QStringLiteral("⚠ Consistency check: Total revenues vs the sum of "
                                             "Network services")),
             qPrintable(tooltip));
    QVERIFY2(tooltip.contains(QStringLiteral("not explained by rounding")), qPrintable(tooltip));
    QVERIFY2(tooltip.contains(QStringLiteral("Checks page")), qPrintable(tooltip));
    QVERIFY(!plain.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Consistency check")));
    const QString key = QStringLiteral("1Q13|revenue_total|reported|2013-08-06");

    // A double-click on it opens the Checks page on its finding.
    view->scrollTo(flagged);
    doubleClick(view, flagged);
    QCOMPARE(pages()->currentWidget(), checksPage());
    QVERIFY(checksPage()->selectedFinding());
    QCOMPARE(checksPage()->selectedFinding()->figureKey(), key);
    QVERIFY(checksTable()->hasFocus());
    QVERIFY(m_window->findChild<QTextBrowser *>(QStringLiteral("checksDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("Total revenues")));

    // Enter on it does the same; on a figure without a flag, nothing happens.
    checksTable()->setCurrentIndex(checksTable()->model()->index(3, 0));
    pages()->setCurrentIndex(0);
    view->setFocus();
    view->setCurrentIndex(plain);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(pages()->currentIndex(), 0);
    view->setCurrentIndex(flagged);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(pages()->currentWidget(), checksPage());
    QCOMPARE(checksPage()->selectedFinding()->figureKey(), key);

    // "Show check" in the context menu, there only on a flagged cell.
    pages()->setCurrentIndex(0);
    auto *show = view->findChild<QAction *>(QStringLiteral("showCheckAction"));
    QVERIFY(show);
    QVERIFY(view->actions().contains(show));
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    QCOMPARE(show->text(), QStringLiteral("Show check"));
    view->setCurrentIndex(plain);
    QVERIFY(!show->isVisible());
    view->setCurrentIndex(flagged);
    QVERIFY(show->isVisible());
    // Even with the unexplained-only filter on, which cannot hide it.
    m_window->findChild<QComboBox *>(QStringLiteral("checksFilter"))->setCurrentIndex(1);
    show->trigger();
    QCOMPARE(pages()->currentWidget(), checksPage());
    QCOMPARE(checksPage()->selectedFinding()->figureKey(), key);
}

void TestChecksPage::flaggedDataPageRowLeadsToItsCheck()
{
    m_window->asOfSelector()->setChoice(AsOf::latest());
    auto *facts = m_window->findChild<QTableView *>(QStringLiteral("factsTable"));
    pages()->setCurrentWidget(facts->parentWidget());
    m_window->findChild<QLineEdit *>(QStringLiteral("factsSearch"))
            ->setText(QStringLiteral("revenue_atm_yoy_pct"));
    QAbstractItemModel *model = facts->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data().toString() == QLatin1String("1Q FY2013"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex value = model->index(row, 2);
    QCOMPARE(value.data().toString(), QStringLiteral("⚠ 37.9%"));
    QVERIFY(value.data(Qt::BackgroundRole).isValid());
    QVERIFY(value.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Consistency check: ATM operation business, YoY "
                                             "change % vs ATM operation business from 1Q12 to "
                                             "1Q13")));
    // An earlier figure of it, without a mismatch, has no flag.
    for (int r = 0; r < model->rowCount(); ++r) {
        if (r != row)
            QVERIFY(!model->index(r, 2).data(Qt::BackgroundRole).isValid());
    }
    facts->scrollTo(value);
    doubleClick(facts, value);
    QCOMPARE(pages()->currentWidget(), checksPage());
    QCOMPARE(checksPage()->selectedFinding()->figureKey(),
             QStringLiteral("1Q13|revenue_atm_yoy_pct|reported|2013-08-06"));
}

void TestChecksPage::followsTheQuarterAndTheAsOf()
{
    showChecks();
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("checksSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("As of 2013-08-06")));
    QCOMPARE(checksPage()->report().unexplainedCount(), 0);
    // At the latest figures, while the page is on screen.
    m_window->asOfSelector()->setChoice(AsOf::latest());
    QVERIFY(summary->text().contains(QStringLiteral("Latest figures")));
    QCOMPARE(checksPage()->report().unexplainedCount(), 5);
    // Back at the announcement, of another quarter.
    m_window->asOfSelector()->setChoice(AsOf::announcement());
    m_window->quarterBrowser()->setCurrentQuarter(period("1Q12"));
    QVERIFY2(summary->text().contains(QStringLiteral("the announcement of 1Q FY2012")),
             qPrintable(summary->text()));
    const QDate cutoff = m_queries->cutoff();
    QVERIFY(cutoff.isValid() && cutoff < QDate(2013, 1, 1));
    QCOMPARE(checksPage()->report().toText(),
             ConsistencyCheck::run(FactIndex(m_store->facts()).asOf(cutoff)).toText());
}

void TestChecksPage::followsAnImport()
{
    // A store of its own, without the restatement until it is imported in the window.
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY(BundledDataset::ensureLoaded(store, &error));
    Queries queries(store);
    MainWindow window(store, queries);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.asOfSelector()->setChoice(AsOf::latest());
    auto *page = window.findChild<ChecksPage *>(QStringLiteral("checksPage"));
    window.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(page);
    QCOMPARE(page->report().unexplainedCount(), 0);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("restatement.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(contradictingRestatement());
    }
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    });
    QVERIFY(window.importFile(file));
    QCOMPARE(page->report().unexplainedCount(), 5);
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("checksTable"))->model()->rowCount(),
             int(page->report().mismatches.size()));
}

void TestChecksPage::japaneseFits()
{
    Language::apply(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    m_window->asOfSelector()->setChoice(AsOf::latest());
    showChecks();
    QCOMPARE(pages()->tabText(pages()->indexOf(checksPage())), QStringLiteral("整合性チェック"));
    QCoreApplication::processEvents();
    // Every label and control of the page shows its whole text at 1366x768.
    for (QLabel *label : checksPage()->findChildren<QLabel *>()) {
        if (label->wordWrap())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->text()));
        else
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    auto *filter = checksPage()->findChild<QComboBox *>(QStringLiteral("checksFilter"));
    for (int i = 0; i < filter->count(); ++i) {
        filter->setCurrentIndex(i);
        QVERIFY2(filter->width() >= filter->sizeHint().width(), qPrintable(filter->currentText()));
    }
    QHeaderView *header = checksTable()->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        const QString text = checksTable()->model()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(text) + 8,
                 qPrintable(text));
    }
    QCOMPARE(cellText(0, ChecksModel::ResultColumn), QStringLiteral("⚠ 端数処理の範囲外"));
    Language::apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

QTEST_MAIN(TestChecksPage)
#include "TestChecksPage.moc"
