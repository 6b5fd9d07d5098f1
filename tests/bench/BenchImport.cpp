// The two halves of `irdash import` at scale, timed apart: reading and checking the
// synthetic 100-year history (IRDASH_BENCH_HISTORY names its CSV file), and storing it
// in a fresh database file. A benchmark, not a test; tests/bench/run.sh times the whole
// command against sqlite3's own .import.

#include "DatabaseStartup.h"
#include "DatasetReader.h"
#include "Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class BenchImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void read();
    void store();

private:
    QByteArray m_bytes;
    QList<Fact> m_facts;
};

void BenchImport::initTestCase()
{
    const QString history = qEnvironmentVariable("IRDASH_BENCH_HISTORY");
    if (history.isEmpty())
        QSKIP("set IRDASH_BENCH_HISTORY to the CSV written by irdash_synthetic_history");
    QFile file(history);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_bytes = file.readAll();
    const DatasetReader::Result result
            = DatasetReader::read(m_bytes, QStringLiteral("history.csv"), Fact::Origin::User);
    QVERIFY(result.ok());
    m_facts = result.facts;
}

void BenchImport::read()
{
    DatasetReader::Result result;
    QBENCHMARK {
        result = DatasetReader::read(m_bytes, QStringLiteral("history.csv"), Fact::Origin::User);
    }
    QVERIFY(result.ok());
    QCOMPARE(result.facts.size(), m_facts.size());
}

void BenchImport::store()
{
    QVERIFY(!m_facts.isEmpty());
    QTemporaryDir dir;
    Store::ImportReport report;
    int run = 0;
    QBENCHMARK {
        Store store;
        QVERIFY(DatabaseStartup::open(store, dir.filePath(QString::number(run++)), false, false)
                        .ok);
        report = store.importFacts(m_facts, Store::ConflictPolicy::Replace);
    }
    QVERIFY2(report.ok, qPrintable(report.error));
}

QTEST_MAIN(BenchImport)
#include "BenchImport.moc"
