// Browsing at scale: with the synthetic 100-year history loaded (IRDASH_BENCH_HISTORY
// names its CSV file), how long a quarter switch takes until the window has repainted:
// as the window does it (the KPI panel and the page on screen rebuilt), and with every
// chart page and the targets page rebuilt as well. A benchmark, not a test: run it by
// hand or through tests/bench/run.sh.

#include "ChartCatalog.h"
#include "DatabaseStartup.h"
#include "DatasetReader.h"
#include "KpiPanel.h"
#include "MainWindow.h"
#include "QuarterBrowser.h"
#include "Queries.h"
#include "Store.h"

#include <QTest>

class BenchBrowse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quarterSwitch();
    void quarterSwitchAllCharts();
    void tablesOfAllCharts();
    void cleanupTestCase();

private:
    void switchQuarter();

    Store m_store;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<MainWindow> m_window;
    QList<FiscalPeriod> m_quarters;
    qsizetype m_next = 0;
};

void BenchBrowse::initTestCase()
{
    const QString history = qEnvironmentVariable("IRDASH_BENCH_HISTORY");
    if (history.isEmpty())
        QSKIP("set IRDASH_BENCH_HISTORY to the CSV written by irdash_synthetic_history");
    const DatasetReader::Result read = DatasetReader::readFile(history, Fact::Origin::User);
    QVERIFY2(read.ok(), qPrintable(read.errors.value(0).toString()));
    QVERIFY(DatabaseStartup::open(m_store, QStringLiteral(":memory:"), false, false).ok);
    // The synthetic history names some figures of the bundled dataset, with other values.
    QVERIFY(m_store.importFacts(read.facts, Store::ConflictPolicy::Replace).ok);
    m_queries = std::make_unique<Queries>(m_store);
    m_window = std::make_unique<MainWindow>(m_store, *m_queries);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_quarters = m_queries->quarters();
    QVERIFY(m_quarters.size() >= 400);
    qInfo("%lld facts, %lld quarters", qlonglong(m_store.factCount()),
          qlonglong(m_quarters.size()));
}

void BenchBrowse::switchQuarter()
{
    // Walks through the history a quarter at a time, as the Next button does.
    m_window->quarterBrowser()->setCurrentQuarter(m_quarters[m_next]);
    m_next = (m_next + 1) % m_quarters.size();
}

void BenchBrowse::quarterSwitch()
{
    QBENCHMARK {
        switchQuarter();
        // What the event loop does before the user sees the quarter: polish the new chart
        // items, lay out and paint. Without it, work queued by each switch piles up.
        QCoreApplication::processEvents();
    }
    QVERIFY(m_window->kpiPanel()->isVisible());
}

void BenchBrowse::quarterSwitchAllCharts()
{
    QBENCHMARK {
        switchQuarter();
        // Every chart page and the targets page, hidden or not.
        QCOMPARE(m_window->chartPages().size(), 4);
        QVERIFY(m_window->targetsPage());
        QCoreApplication::processEvents();
    }
}

void BenchBrowse::tablesOfAllCharts()
{
    // The data side of a full rebuild alone: the KPI panel's and every chart's Table.
    qsizetype cells = 0;
    QBENCHMARK {
        const FiscalPeriod quarter = m_quarters[m_next];
        m_next = (m_next + 1) % m_quarters.size();
        cells += m_queries->kpis(quarter).seriesCount();
        for (const QString &name : ChartCatalog::names())
            cells += ChartCatalog::table(*m_queries, name, quarter, 5, 0).seriesCount();
        cells += m_queries->progress(quarter).seriesCount();
        cells += m_queries->targetRevisions(FiscalPeriod::year(quarter.fiscalYear())).seriesCount();
    }
    QVERIFY(cells > 0);
}

void BenchBrowse::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(BenchBrowse)
#include "BenchBrowse.moc"
