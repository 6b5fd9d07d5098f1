#include "DatasetReader.h"
#include "ImportHistory.h"
#include "Store.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Fact makeFact(const QString &period, const QString &metric, double value, int decimals = 0,
              Basis basis = Basis::Reported, const QString &asOf = QStringLiteral("2013-08-06"))
{
    Fact fact;
    fact.period = *FiscalPeriod::fromCode(period);
    fact.metric = metric;
    fact.value = value;
    fact.decimals = decimals;
    fact.unit = Unit::JpyMillion;
    fact.basis = basis;
    fact.source = basis == Basis::Derived ? QStringLiteral("derived: test")
                                          : QStringLiteral("test source");
    fact.asOf = QDate::fromString(asOf, Qt::ISODate);
    return fact;
}

const QByteArray goodCsv = "period,metric,value,unit,basis,source,as_of\n"
                           "1Q13,revenue_total,26441,JPY_million,reported,deck,2013-08-06\n"
                           "1Q13,revenue_atm,645,JPY_million,reported,\"deck, II-2\",2013-08-06\n"
                           "FY13,eps,148.01,JPY,target,deck III-2 note 1,2013-05-15\n"
                           "FY13,eps,135.42,JPY,target,deck III-2,2013-08-06\n";

}  // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void createsVersionedSchema();
    void importsAndReadsBack();
    void reimportIsIdempotent();
    void fileBadOnLastLineChangesNothing();
    void conflictFailsWholeImport();
    void conflictPolicies();
    void undatedRowMatchesLatestVintage();
    void vintagesAreKept();
    void persistsInAFile();
    void rejectsAFileThatIsNotADatabase();
    void rejectsANewerSchema();
    void foreignKeysAndChecksAreEnforced();
    void importChecksWhatTheSchemaChecks();
    void migratesTheFirstSchema();
    void migratesAVersion3Database();
    void largeImportSettlesEveryStoredFigure();
};

void TestStore::createsVersionedSchema()
{
    Store store;
    QVERIFY2(store.open(QStringLiteral(":memory:")), qPrintable(store.lastError()));
    QCOMPARE(store.userVersion(), Store::schemaVersion);
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(store.factCount(), 0);
}

void TestStore::importsAndReadsBack()
{
    const auto read = DatasetReader::read(goodCsv, QStringLiteral("good.csv"), Fact::Origin::User);
    QVERIFY(read.ok());
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const auto report = store.importFacts(read.facts);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.inserted, 4);
    const QList<Fact> stored = store.facts();
    QCOMPARE(stored.size(), 4);
    // Read back chronologically (1Q13 before FY13), then by metric and as_of.
    QCOMPARE(stored[0].metric, QStringLiteral("revenue_atm"));
    QCOMPARE(stored[0].source, QStringLiteral("deck, II-2"));
    QCOMPARE(stored[1].metric, QStringLiteral("revenue_total"));
    QCOMPARE(stored[1].value, 26441.0);
    QCOMPARE(stored[2].valueText(), QStringLiteral("148.01"));
    QCOMPARE(stored[2].unit, Unit::Jpy);
    QCOMPARE(stored[2].basis, Basis::Target);
    QCOMPARE(stored[2].asOf, QDate(2013, 5, 15));
    QCOMPARE(stored[3].valueText(), QStringLiteral("135.42"));
    for (const Fact &fact : stored)
        QCOMPARE(fact.origin, Fact::Origin::User);
}

void TestStore::reimportIsIdempotent()
{
    const auto read = DatasetReader::read(goodCsv, QStringLiteral("good.csv"), Fact::Origin::User);
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(store.importFacts(read.facts).ok);
    const QList<Fact> before = store.facts();
    const auto again = store.importFacts(read.facts);
    QVERIFY(again.ok);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.unchanged, 4);
    QVERIFY(again.conflicts.isEmpty());
    QCOMPARE(store.facts(), before);
}

void TestStore::fileBadOnLastLineChangesNothing()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(store.importFacts(DatasetReader::read(goodCsv, QStringLiteral("good.csv"),
                                                  Fact::Origin::User)
                                      .facts)
                    .ok);
    const QList<Fact> before = store.facts();

    QByteArray bad = "period,metric,value,unit,basis,source,as_of\n";
    for (int q = 1; q <= 4; ++q)
        bad += QStringLiteral(
                       "%1Q12,personnel_costs,%2,JPY_million,reported,deck II-6,2013-08-06\n")
                       .arg(q)
                       .arg(3700 + q)
                       .toUtf8();
    bad += "1Q13,personnel_costs,4212,JPY_millions,reported,deck II-6,2013-08-06\n";
    const auto read = DatasetReader::read(bad, QStringLiteral("bad.csv"), Fact::Origin::User);
    QVERIFY(!read.ok());
    QCOMPARE(read.errors.first().line, 6);
    QVERIFY(read.facts.isEmpty());
    // The reader hands over nothing, so the store cannot half-import.
    QVERIFY(store.importFacts(read.facts).ok);
    QCOMPARE(store.facts(), before);
}

void TestStore::conflictFailsWholeImport()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(store.importFacts(
                         {makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"), 26441)})
                    .ok);
    const QList<Fact> before = store.facts();

    // New figures first, the conflicting one last: none of them may land.
    const QList<Fact> incoming
            = {makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_atm"), 645),
               makeFact(QStringLiteral("1Q12"), QStringLiteral("revenue_total"), 24841),
               makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"), 26442)};
    const auto report = store.importFacts(incoming, Store::ConflictPolicy::Fail);
    QVERIFY(!report.ok);
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts.first().stored.value, 26441.0);
    QCOMPARE(report.conflicts.first().incoming.value, 26442.0);
    QVERIFY2(report.error.contains(QStringLiteral("nothing was imported")),
             qPrintable(report.error));
    QCOMPARE(report.inserted, 0);
    QCOMPARE(store.facts(), before);
}

void TestStore::conflictPolicies()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(store.importFacts(
                         {makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"), 26441)})
                    .ok);

    auto keep = store.importFacts(
            {makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"), 1),
             makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_atm"), 645)},
            Store::ConflictPolicy::Keep);
    QVERIFY(keep.ok);
    QCOMPARE(keep.kept, 1);
    QCOMPARE(keep.inserted, 1);
    QCOMPARE(store.facts(QStringList {QStringLiteral("revenue_total")}).first().value, 26441.0);

    auto replace = store.importFacts(
            {makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"), 2)},
            Store::ConflictPolicy::Replace);
    QVERIFY(replace.ok);
    QCOMPARE(replace.replaced, 1);
    QCOMPARE(store.facts(QStringList {QStringLiteral("revenue_total")}).first().value, 2.0);
    QCOMPARE(store.factCount(), 2);
}

void TestStore::undatedRowMatchesLatestVintage()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QVERIFY(store.importFacts({makeFact(QStringLiteral("FY13"), QStringLiteral("revenue_total"),
                                        117000, 0, Basis::Target, QStringLiteral("2013-05-15")),
                               makeFact(QStringLiteral("FY13"), QStringLiteral("revenue_total"),
                                        114000, 0, Basis::Target, QStringLiteral("2014-02-07"))})
                    .ok);
    // Same value as the latest vintage: nothing to do.
    auto same = store.importFacts({makeFact(QStringLiteral("FY13"), QStringLiteral("revenue_total"),
                                            114000, 0, Basis::Target, QString())});
    QVERIFY(same.ok);
    QCOMPARE(same.unchanged, 1);
    QCOMPARE(store.factCount(), 2);
    // Another value without a date is a conflict, never a silent new vintage.
    auto other
            = store.importFacts({makeFact(QStringLiteral("FY13"), QStringLiteral("revenue_total"),
                                          115000, 0, Basis::Target, QString())});
    QVERIFY(!other.ok);
    QCOMPARE(other.conflicts.size(), 1);
    QCOMPARE(other.conflicts.first().stored.value, 114000.0);
    QCOMPARE(store.factCount(), 2);
}

void TestStore::vintagesAreKept()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const auto read = DatasetReader::read(goodCsv, QStringLiteral("good.csv"), Fact::Origin::User);
    QVERIFY(store.importFacts(read.facts).ok);
    const QList<Fact> eps = store.facts(QStringList {QStringLiteral("eps")});
    QCOMPARE(eps.size(), 2);
    QCOMPARE(eps[0].value, 148.01);
    QCOMPARE(eps[1].value, 135.42);
}

void TestStore::persistsInAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    {
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.importFacts({makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"),
                                            26441)})
                        .ok);
        QVERIFY(store.setMetaValue(QStringLiteral("k"), QStringLiteral("v")));
    }
    Store reopened;
    QVERIFY2(reopened.open(path), qPrintable(reopened.lastError()));
    QCOMPARE(reopened.factCount(), 1);
    QCOMPARE(reopened.metaValue(QStringLiteral("k")), QStringLiteral("v"));
}

void TestStore::rejectsAFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    Store store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.lastError().contains(QStringLiteral("is not an irdash database")),
             qPrintable(store.lastError()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'x'));  // left untouched
}

void TestStore::rejectsANewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Store store;
        QVERIFY(store.open(path));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    Store store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.lastError().contains(QStringLiteral("newer irdash (schema 7")),
             qPrintable(store.lastError()));
}

void TestStore::foreignKeysAndChecksAreEnforced()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO fact (period_id, metric_id, value, decimals, unit, basis, source, "
            "as_of, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {999,
                                 999,
                                 1.0,
                                 0,
                                 QStringLiteral("JPY_million"),
                                 QStringLiteral("reported"),
                                 QStringLiteral("s"),
                                 QString(),
                                 QStringLiteral("user")};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    QVERIFY(!query.exec());  // no such period or metric
    QVERIFY(store.importFacts(
                         {makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"), 1)})
                    .ok);
    // The import prepares its statements without these checks; they are back after it.
    QVERIFY(!query.exec(QStringLiteral("UPDATE fact SET basis = 'guess'")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE fact SET value = 'abc'")));  // STRICT table
    QVERIFY(!query.exec(QStringLiteral("UPDATE fact SET period_id = 999")));
    QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestStore::importChecksWhatTheSchemaChecks()
{
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    Fact good = makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"), 1);
    Fact tooPrecise = makeFact(QStringLiteral("2Q13"), QStringLiteral("revenue_total"), 1);
    tooPrecise.decimals = 7;
    Store::ImportReport report = store.importFacts({good, tooPrecise});
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("2Q13 revenue_total")), qPrintable(report.error));
    QCOMPARE(store.factCount(), 0);

    Fact unsourced = makeFact(QStringLiteral("2Q13"), QStringLiteral("revenue_total"), 1);
    unsourced.source.clear();
    report = store.importFacts({good, unsourced});
    QVERIFY(!report.ok);
    QCOMPARE(store.factCount(), 0);
}

void TestStore::migratesTheFirstSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.importFacts({makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"),
                                            26441)})
                        .ok);
        // What version 1 had on top of today's schema.
        QSqlQuery query(store.database());
        QVERIFY(query.exec(
                QStringLiteral("CREATE INDEX fact_metric ON fact(metric_id, period_id)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    Store store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QCOMPARE(store.userVersion(), Store::schemaVersion);
    QCOMPARE(store.factCount(), 1);
    QSqlQuery query(store.database());
    QVERIFY(query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'fact_metric'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestStore::migratesAVersion3Database()
{
    // A database as irdash's schema 3 wrote it, before the import history.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        const char *const statements[] = {
                "CREATE TABLE period (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, kind "
                "TEXT NOT NULL CHECK (kind IN ('quarter', 'half', 'nine_months', 'year')), "
                "fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2099), idx "
                "INTEGER NOT NULL CHECK (idx BETWEEN 0 AND 4), months INTEGER NOT NULL CHECK "
                "(months IN (3, 6, 9, 12)), start_date TEXT NOT NULL, end_date TEXT NOT NULL) "
                "STRICT",
                "CREATE TABLE metric (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE CHECK "
                "(length(key) > 0)) STRICT",
                "CREATE TABLE fact (id INTEGER PRIMARY KEY, period_id INTEGER NOT NULL "
                "REFERENCES period(id), metric_id INTEGER NOT NULL REFERENCES metric(id), value "
                "REAL NOT NULL, decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6), unit "
                "TEXT NOT NULL CHECK (unit IN ('JPY_million', 'JPY_billion', 'JPY', 'percent', "
                "'count')), basis TEXT NOT NULL CHECK (basis IN ('reported', 'derived', "
                "'target')), source TEXT NOT NULL CHECK (length(source) > 0), as_of TEXT NOT "
                "NULL DEFAULT '', origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')), "
                "bound TEXT NOT NULL DEFAULT '', UNIQUE (period_id, metric_id, basis, as_of)) "
                "STRICT",
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT",
                "INSERT INTO period VALUES (1, '1Q13', 'quarter', 2013, 1, 3, '2013-04-01', "
                "'2013-06-30'), (2, 'FY13', 'year', 2013, 0, 12, '2013-04-01', '2014-03-31')",
                "INSERT INTO metric VALUES (1, 'revenue_total'), (2, 'operating_income')",
                "INSERT INTO fact VALUES (1, 1, 1, 26441, 0, 'JPY_million', 'reported', 'deck', "
                "'2013-08-06', 'bundled', ''), (2, 2, 2, 10, 0, 'JPY_million', 'target', "
                "'guess', '2013-05-15', 'user', 'over'), (3, 1, 2, 1234, 0, 'JPY_million', "
                "'reported', 'mine', '', 'user', '')",
                "PRAGMA user_version = 3",
                "PRAGMA application_id = 1769096275",
        };
        for (const char *statement : statements)
            QVERIFY2(query.exec(QString::fromLatin1(statement)),
                     qPrintable(query.lastError().text() + QLatin1Char(' ')
                                + QLatin1String(statement)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Store store;
    QVERIFY2(store.open(path, Store::Access::ReadWrite, false), qPrintable(store.lastError()));
    QCOMPARE(store.userVersion(), Store::schemaVersion);
    const QList<Fact> migrated = store.facts();
    QCOMPARE(migrated.size(), 3);
    QCOMPARE(migrated[0].valueText(), QStringLiteral("1234"));
    QCOMPARE(migrated[0].asOf, QDate());
    QCOMPARE(migrated[1].value, 26441.0);
    QCOMPARE(migrated[1].origin, Fact::Origin::Bundled);
    QCOMPARE(migrated[2].valueText(), QStringLiteral(">10"));
    QCOMPARE(migrated[2].source, QStringLiteral("guess"));

    // The history works on it, and an undo takes back only what was imported since.
    Store::ImportOptions options;
    options.policy = Store::ConflictPolicy::Replace;
    options.file = QStringLiteral("/after-migration.csv");
    const Store::ImportReport report = store.importFacts(
            {makeFact(QStringLiteral("1Q13"), QStringLiteral("revenue_total"), 26500),
             makeFact(QStringLiteral("2Q13"), QStringLiteral("revenue_total"), 27000)},
            options);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.replaced, 1);
    QCOMPARE(report.inserted, 1);
    store.close();
    QVERIFY(store.open(path, Store::Access::ReadWrite, false));
    QCOMPARE(store.userVersion(), Store::schemaVersion);  // migrated once, opened again as is
    QCOMPARE(ImportHistory::entries(store).size(), 1);
    QVERIFY(ImportHistory::undoLast(store).ok());
    QCOMPARE(store.facts(), migrated);
    // Nothing from before the history can be undone.
    QCOMPARE(ImportHistory::undoLast(store).error, ImportHistory::UndoError::NothingToUndo);
    QCOMPARE(store.facts(), migrated);
}

void TestStore::largeImportSettlesEveryStoredFigure()
{
    // Enough figures for the import's many-row statements, which leave out a row whose
    // identity is stored; every such row must still be compared and counted.
    const auto quarterFigures = [](int firstYear, int years, double offset) {
        QList<Fact> facts;
        for (int year = firstYear; year < firstYear + years; ++year) {
            for (int q = 1; q <= 4; ++q) {
                const FiscalPeriod period = FiscalPeriod::quarter(year, q);
                for (const char *metric : {"revenue_total", "operating_income"})
                    facts.append(makeFact(period.code(), QString::fromLatin1(metric),
                                          year * 10 + q + offset));
            }
        }
        return facts;
    };
    Store store;
    QVERIFY(store.open(QStringLiteral(":memory:")));
    const QList<Fact> first = quarterFigures(2000, 20, 0);  // 160 figures
    QCOMPARE(store.importFacts(first).inserted, 160);

    // FY2010-FY2019 again: 40 unchanged (FY2010-FY2014) and 40 changed; FY2020-FY2029 new.
    QList<Fact> second = quarterFigures(2010, 5, 0);
    second += quarterFigures(2015, 5, 0.5);
    second += quarterFigures(2020, 10, 0);
    Store::ImportReport report = store.importFacts(second, Store::ConflictPolicy::Fail);
    QVERIFY(!report.ok);
    QCOMPARE(report.conflicts.size(), 40);
    QCOMPARE(store.factCount(), 160);

    report = store.importFacts(second, Store::ConflictPolicy::Replace);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.inserted, 80);
    QCOMPARE(report.unchanged, 40);
    QCOMPARE(report.replaced, 40);
    QCOMPARE(store.factCount(), 240);
    const QList<Fact> stored = store.facts(QStringList {QStringLiteral("revenue_total")});
    QCOMPARE(stored.size(), 120);
    for (const Fact &fact : stored) {
        const double expected = fact.period.fiscalYear() * 10 + fact.period.index()
                + (fact.period.fiscalYear() >= 2015 && fact.period.fiscalYear() < 2020 ? 0.5 : 0);
        QCOMPARE(fact.value, expected);
    }

    report = store.importFacts(second, Store::ConflictPolicy::Keep);
    QCOMPARE(report.unchanged, 160);
    QCOMPARE(report.inserted, 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
