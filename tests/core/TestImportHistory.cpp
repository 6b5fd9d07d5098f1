#include "BundledDataset.h"
#include "DatasetImport.h"
#include "DatasetReader.h"
#include "ImportHistory.h"
#include "Store.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// QCOMPARE of two lists of facts names the first fact that differs.
static char *toString(const Fact &fact)
{
    return QTest::toString(QStringLiteral("%1 %2 %3 %4 %5 as_of '%6' %7 source '%8'")
                                   .arg(fact.period.code(), fact.metric, fact.valueText(),
                                        Units::code(fact.unit), Bases::code(fact.basis),
                                        fact.asOfText(), Fact::originCode(fact.origin),
                                        fact.source.left(60)));
}

namespace {

const QString memory = QStringLiteral(":memory:");
const QString laterQuarters = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");

QList<Fact> readCsv(const QByteArray &csv)
{
    const DatasetReader::Result result
            = DatasetReader::read(csv, QStringLiteral("test.csv"), Fact::Origin::User);
    for (const DatasetError &error : result.errors)
        qWarning() << error.toString();
    return result.ok() ? result.facts : QList<Fact>();
}

// An import the user asked for: recorded under `file`.
Store::ImportReport importAs(Store &store, const QList<Fact> &facts, const QString &file,
                             Store::ConflictPolicy policy = Store::ConflictPolicy::Fail)
{
    Store::ImportOptions options;
    options.policy = policy;
    options.file = file;
    return store.importFacts(facts, options);
}

// Every row of the fact table, every column, by id: what "exactly as it was" means.
QStringList factRows(const Store &store)
{
    QStringList rows;
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT * FROM fact ORDER BY id")))
        return {QStringLiteral("cannot read: ") + query.lastError().text()};
    while (query.next()) {
        QStringList cells;
        for (int column = 0; column < query.record().count(); ++column) {
            const QVariant value = query.value(column);
            // The value's exact bits: a restored REAL must be the same double.
            cells.append(value.isNull() ? QStringLiteral("NULL")
                                 : value.typeId() == QMetaType::Double
                                 ? QString::number(value.toDouble(), 'g', 17)
                                 : value.toString());
        }
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList columnsOf(const Store &store, const QString &table)
{
    QStringList columns;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next())
        columns.append(query.value(1).toString());
    return columns;
}

bool openWithBundled(Store &store, const QString &path = memory)
{
    QString error;
    if (!store.open(path) || !BundledDataset::ensureLoaded(store, &error)) {
        qWarning() << store.lastError() << error;
        return false;
    }
    return true;
}

// Changes three bundled figures (a value, a source, a target that becomes a bound), adds
// one figure and repeats one as it is.
const QByteArray replacingCsv
        = "period,metric,value,unit,basis,source,as_of\n"
          "1Q13,revenue_total,26500,JPY_million,reported,my correction,2013-08-06\n"
          "1Q13,gross_margin_total,5310,JPY_million,reported,my own source,2013-08-06\n"
          "FY13,operating_income,>9000,JPY_million,target,my guess,2013-05-15\n"
          "1Q13,revenue_atm,645,JPY_million,reported,my source,2013-08-06\n"
          "1Q14,revenue_total,1,JPY_million,reported,new figure,2014-08-08\n";

}  // namespace

// Every import the user asks for is recorded, and the newest can be undone, exactly.
class TestImportHistory : public QObject
{
    Q_OBJECT

private slots:
    void insertOnlyImportUndoneRemovesExactlyThose();
    void replaceImportUndoneRestoresEveryColumn();
    void undoTwiceWalksTheStack();
    void nothingToUndo();
    void importsThatAreNotRecorded();
    void persistsAcrossReopening();
    void readOnlyDatabaseRefuses();
    void recordKeepsEveryColumnOfAFact();
    void datasetImportRecordsTheFilePath();
    void undoLetsTheBundledFigureBackIn();
    void undatedRowReplacingAFigureOfTheSameImport();
};

void TestImportHistory::insertOnlyImportUndoneRemovesExactlyThose()
{
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();
    const QStringList rowsBefore = factRows(store);
    const auto later = DatasetReader::readFile(laterQuarters, Fact::Origin::User);
    QVERIFY(later.ok());
    const Store::ImportReport report = importAs(store, later.facts, laterQuarters);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.inserted, 19);
    QCOMPARE(store.factCount(), before.size() + 19);

    const QList<ImportHistory::Entry> entries = ImportHistory::entries(store);
    QCOMPARE(entries.size(), 1);
    const ImportHistory::Entry &entry = entries.first();
    QCOMPARE(entry.file, laterQuarters);
    QCOMPARE(entry.inserted, 19);
    QCOMPARE(entry.replaced, 0);
    QCOMPARE(entry.unchanged, later.facts.size() - 19);
    QCOMPARE(entry.policy, Store::ConflictPolicy::Fail);
    QCOMPARE(entry.origin, Fact::Origin::User);
    QVERIFY(entry.at.isValid());
    QCOMPARE(entry.at.timeSpec(), Qt::UTC);
    QVERIFY(!entry.isUndone());
    QCOMPARE(ImportHistory::undoable(store)->id, entry.id);

    const ImportHistory::UndoResult undone = ImportHistory::undoLast(store);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(undone.removed, 19);
    QCOMPARE(undone.restored, 0);
    QCOMPARE(undone.entry.file, laterQuarters);
    QCOMPARE(store.facts(), before);
    QCOMPARE(factRows(store), rowsBefore);
    QVERIFY(ImportHistory::entries(store).first().isUndone());
    QVERIFY(!ImportHistory::undoable(store));
}

void TestImportHistory::replaceImportUndoneRestoresEveryColumn()
{
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();
    const QStringList rowsBefore = factRows(store);
    const Store::ImportReport report
            = importAs(store, readCsv(replacingCsv), QStringLiteral("/data/fix.csv"),
                       Store::ConflictPolicy::Replace);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.replaced, 3);
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.unchanged, 1);
    QVERIFY(store.facts() != before);
    bool sawBound = false;
    for (const Fact &fact : store.facts())
        sawBound = sawBound
                || (fact.metric == QLatin1String("operating_income")
                    && fact.valueText() == QLatin1String(">9000"));
    QVERIFY(sawBound);

    const ImportHistory::UndoResult undone = ImportHistory::undoLast(store);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(undone.restored, 3);
    QCOMPARE(undone.removed, 1);
    // Values, bounds, sources and origins as they were: bundled again, not the user's.
    QCOMPARE(store.facts(), before);
    QCOMPARE(factRows(store), rowsBefore);
}

void TestImportHistory::undoTwiceWalksTheStack()
{
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> original = store.facts();
    const QByteArray first = "period,metric,value,unit,basis,source,as_of\n"
                             "1Q14,revenue_total,100,JPY_million,reported,first,2014-08-08\n"
                             "1Q13,revenue_total,26000,JPY_million,reported,first,2013-08-06\n";
    QVERIFY(importAs(store, readCsv(first), QStringLiteral("/a.csv"),
                     Store::ConflictPolicy::Replace)
                    .ok);
    const QList<Fact> afterFirst = store.facts();
    // The second replaces a figure the first inserted, and one the first replaced.
    const QByteArray second = "period,metric,value,unit,basis,source,as_of\n"
                              "1Q14,revenue_total,200,JPY_million,reported,second,2014-08-08\n"
                              "1Q13,revenue_total,27000,JPY_million,reported,second,2013-08-06\n"
                              "2Q14,revenue_total,300,JPY_million,reported,second,2014-11-11\n";
    QVERIFY(importAs(store, readCsv(second), QStringLiteral("/b.csv"),
                     Store::ConflictPolicy::Replace)
                    .ok);
    QCOMPARE(ImportHistory::entries(store).size(), 2);

    ImportHistory::UndoResult undone = ImportHistory::undoLast(store);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(undone.entry.file, QStringLiteral("/b.csv"));
    QCOMPARE(undone.removed, 1);
    QCOMPARE(undone.restored, 2);
    QCOMPARE(store.facts(), afterFirst);

    undone = ImportHistory::undoLast(store);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(undone.entry.file, QStringLiteral("/a.csv"));
    QCOMPARE(store.facts(), original);

    undone = ImportHistory::undoLast(store);
    QCOMPARE(undone.error, ImportHistory::UndoError::NothingToUndo);
    QCOMPARE(store.facts(), original);
    // Both stay in the history, undone.
    const QList<ImportHistory::Entry> entries = ImportHistory::entries(store);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].file, QStringLiteral("/b.csv"));  // the newest first
    QVERIFY(entries[0].isUndone() && entries[1].isUndone());

    // A new import after an undo goes on top; the undo takes it, not an undone one.
    QVERIFY(importAs(store, readCsv(second), QStringLiteral("/c.csv"),
                     Store::ConflictPolicy::Replace)
                    .ok);
    QCOMPARE(ImportHistory::undoable(store)->file, QStringLiteral("/c.csv"));
}

void TestImportHistory::nothingToUndo()
{
    Store store;
    QVERIFY(store.open(memory));
    ImportHistory::UndoResult undone = ImportHistory::undoLast(store);
    QVERIFY(!undone.ok());
    QCOMPARE(undone.error, ImportHistory::UndoError::NothingToUndo);
    QVERIFY(!undone.message.isEmpty());

    // An import that changed nothing is listed, but not undone in place of an earlier one.
    const QList<Fact> facts = readCsv(replacingCsv);
    QVERIFY(importAs(store, facts, QStringLiteral("/first.csv")).ok);
    QVERIFY(importAs(store, facts, QStringLiteral("/again.csv")).ok);
    QCOMPARE(ImportHistory::entries(store).size(), 2);
    QCOMPARE(ImportHistory::entries(store).first().unchanged, facts.size());
    QVERIFY(!ImportHistory::entries(store).first().changedFigures());
    QCOMPARE(ImportHistory::undoable(store)->file, QStringLiteral("/first.csv"));
    undone = ImportHistory::undoLast(store);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(undone.entry.file, QStringLiteral("/first.csv"));
    QCOMPARE(store.factCount(), 0);
    QCOMPARE(ImportHistory::undoLast(store).error, ImportHistory::UndoError::NothingToUndo);
}

void TestImportHistory::importsThatAreNotRecorded()
{
    Store store;
    // The bundled dataset is the app's own: never recorded, never undone.
    QVERIFY(openWithBundled(store));
    QVERIFY(ImportHistory::entries(store).isEmpty());
    const QList<Fact> facts = readCsv(replacingCsv);

    // A preview (dry run) records nothing.
    Store::ImportOptions dryRun;
    dryRun.policy = Store::ConflictPolicy::Keep;
    dryRun.dryRun = true;
    dryRun.file = QStringLiteral("/preview.csv");
    QVERIFY(store.importFacts(facts, dryRun).ok);
    QVERIFY(ImportHistory::entries(store).isEmpty());
    // Nor does an import that fails (a conflict under Fail) and so stores nothing.
    QVERIFY(!importAs(store, facts, QStringLiteral("/conflict.csv")).ok);
    QVERIFY(ImportHistory::entries(store).isEmpty());
    // Nor one that names no file (figures read back in a repair).
    QVERIFY(store.importFacts(facts, Store::ConflictPolicy::Keep).ok);
    QVERIFY(ImportHistory::entries(store).isEmpty());
    QCOMPARE(ImportHistory::undoLast(store).error, ImportHistory::UndoError::NothingToUndo);
    QVERIFY(store.factCount() > 100);
}

void TestImportHistory::persistsAcrossReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    QList<Fact> before;
    {
        Store store;
        QVERIFY(openWithBundled(store, path));
        before = store.facts();
        QVERIFY(importAs(store, readCsv(replacingCsv), QStringLiteral("/data/fix.csv"),
                         Store::ConflictPolicy::Replace)
                        .ok);
    }
    {
        // Another session: the record is in the file.
        Store store;
        QVERIFY2(store.open(path, Store::Access::ReadWrite, false), qPrintable(store.lastError()));
        const QList<ImportHistory::Entry> entries = ImportHistory::entries(store);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().file, QStringLiteral("/data/fix.csv"));
        QCOMPARE(entries.first().replaced, 3);
        QCOMPARE(entries.first().policy, Store::ConflictPolicy::Replace);
        QVERIFY(store.facts() != before);
        const ImportHistory::UndoResult undone = ImportHistory::undoLast(store);
        QVERIFY2(undone.ok(), qPrintable(undone.message));
        QCOMPARE(store.facts(), before);
    }
    Store store;
    QVERIFY(store.open(path, Store::Access::ReadWrite, false));
    QCOMPARE(store.facts(), before);
    QVERIFY(ImportHistory::entries(store).first().isUndone());
    QVERIFY(!ImportHistory::undoable(store));
    QVERIFY(BundledDataset::isCurrent(store));  // applied again after the undo, unchanged
}

void TestImportHistory::readOnlyDatabaseRefuses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    QList<Fact> imported;
    {
        Store store;
        QVERIFY(openWithBundled(store, path));
        QVERIFY(importAs(store, readCsv(replacingCsv), QStringLiteral("/data/fix.csv"),
                         Store::ConflictPolicy::Replace)
                        .ok);
        imported = store.facts();
    }
    Store store;
    QVERIFY(store.open(path, Store::Access::ReadOnly, false));
    QVERIFY(ImportHistory::undoable(store));
    const ImportHistory::UndoResult undone = ImportHistory::undoLast(store);
    QCOMPARE(undone.error, ImportHistory::UndoError::ReadOnly);
    QVERIFY(!undone.message.isEmpty());
    QCOMPARE(store.facts(), imported);
}

void TestImportHistory::recordKeepsEveryColumnOfAFact()
{
    // A column added to fact later must be added to the record too, or an undo would not
    // put it back.
    Store store;
    QVERIFY(store.open(memory));
    const QStringList recorded = columnsOf(store, QStringLiteral("import_replaced"));
    for (const QString &column : columnsOf(store, QStringLiteral("fact")))
        QVERIFY2(recorded.contains(column == QLatin1String("id") ? QStringLiteral("fact_id")
                                                                 : column),
                 qPrintable(column));
}

void TestImportHistory::datasetImportRecordsTheFilePath()
{
    // What `irdash import` does: read in parts, stored by importParts, recorded under the
    // file's absolute path.
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> before = store.facts();
    Store::ImportOptions options;
    const DatasetImport::Outcome outcome = DatasetImport::run(
            laterQuarters, Fact::Origin::User, [&](QString *) { return &store; }, options);
    QVERIFY(outcome.ok());
    const auto entry = ImportHistory::undoable(store);
    QVERIFY(entry);
    QCOMPARE(entry->file, QFileInfo(laterQuarters).absoluteFilePath());
    QCOMPARE(entry->inserted, 19);
    QVERIFY(ImportHistory::undoLast(store).ok());
    QCOMPARE(store.facts(), before);

    // The preview records nothing; storing what it read records the file named.
    const DatasetImport::Preview preview = DatasetImport::preview(
            laterQuarters, Fact::Origin::User, [&](QString *) { return &store; });
    QVERIFY(preview.read.ok());
    QCOMPARE(ImportHistory::entries(store).size(), 1);
    options.file = QStringLiteral("/named.csv");
    QVERIFY(DatasetImport::store(
                    preview.read.facts, [&](QString *) { return &store; }, options)
                    .ok);
    QCOMPARE(ImportHistory::undoable(store)->file, QStringLiteral("/named.csv"));
}

void TestImportHistory::undoLetsTheBundledFigureBackIn()
{
    // The user imports a figure the bundled dataset does not have yet; a newer bundled
    // dataset has it too, and keeps the user's. Undoing the user's import must not leave
    // the figure missing: the bundled one comes in.
    Store store;
    QVERIFY(openWithBundled(store));
    const QList<Fact> bundled = store.facts();
    QSqlQuery query(store.database());
    // As an older bundled dataset without 1Q13 revenue_total left it.
    QVERIFY(query.exec(
            QStringLiteral("DELETE FROM fact WHERE basis = 'reported' AND as_of = '2013-08-06' "
                           "AND period_id = (SELECT id FROM period WHERE code = '1Q13') "
                           "AND metric_id = (SELECT id FROM metric WHERE key = 'revenue_total')")));
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(BundledDataset::forget(store));
    const QByteArray mine = "period,metric,value,unit,basis,source,as_of\n"
                            "1Q13,revenue_total,26000,JPY_million,reported,mine,2013-08-06\n";
    QCOMPARE(importAs(store, readCsv(mine), QStringLiteral("/mine.csv")).inserted, 1);
    QString error;
    QVERIFY2(BundledDataset::ensureLoaded(store, &error), qPrintable(error));  // the upgrade
    QVERIFY(store.facts() != bundled);  // the user's figure stands

    const ImportHistory::UndoResult undone = ImportHistory::undoLast(store);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(undone.removed, 1);
    QCOMPARE(store.facts(), bundled);
    QVERIFY(BundledDataset::isCurrent(store));
}

void TestImportHistory::undatedRowReplacingAFigureOfTheSameImport()
{
    // A dated row inserts a new vintage; an undated row of the same file then matches it
    // (the newest vintage) and replaces it. The undo removes it all the same.
    Store store;
    QVERIFY(store.open(memory));
    const QByteArray old = "period,metric,value,unit,basis,source,as_of\n"
                           "FY13,eps,148.01,JPY,target,deck,2013-05-15\n";
    QVERIFY(store.importFacts(readCsv(old), Store::ConflictPolicy::Fail).ok);  // not recorded
    const QList<Fact> before = store.facts();
    const QByteArray file = "period,metric,value,unit,basis,source,as_of\n"
                            "FY13,eps,135.42,JPY,target,deck,2013-08-06\n"
                            "FY13,eps,130,JPY,target,later,\n";
    const Store::ImportReport report = importAs(store, readCsv(file), QStringLiteral("/f.csv"),
                                                Store::ConflictPolicy::Replace);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.inserted, 1);
    QCOMPARE(report.replaced, 1);
    QCOMPARE(store.factCount(), 2);
    const ImportHistory::UndoResult undone = ImportHistory::undoLast(store);
    QVERIFY2(undone.ok(), qPrintable(undone.message));
    QCOMPARE(undone.removed, 1);
    QCOMPARE(undone.restored, 1);
    QCOMPARE(store.facts(), before);
}

QTEST_GUILESS_MAIN(TestImportHistory)
#include "TestImportHistory.moc"
