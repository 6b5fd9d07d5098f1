// Browsing at scale: with the synthetic 100-year history loaded (IRDASH_BENCH_HISTORY
// names its CSV file), how long a quarter switch takes to rebuild the KPI panel and
// every chart, and to repaint the window. A benchmark, not a test: run it by hand or
// through tests/bench/run.sh.

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
    void quarterSwitchPainted();
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
    QVERIFY(m_store.importFacts(read.facts).ok);
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
    }
    QVERIFY(m_window->kpiPanel()->isVisible());
}

void BenchBrowse::quarterSwitchPainted()
{
    QBENCHMARK {
        switchQuarter();
        m_window->repaint();
    }
}

void BenchBrowse::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(BenchBrowse)
#include "BenchBrowse.moc"
