#include "BundledDataset.h"
#include "DatabaseStartup.h"
#include "DatasetReader.h"
#include "Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

Q_DECLARE_METATYPE(DatabaseStartup::Purpose)

namespace {

const QString memory = QStringLiteral(":memory:");
const QString checksumKey = QStringLiteral("bundled_dataset_sha256");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// 4 KiB that no program would take for an SQLite database.
QByteArray garbage()
{
    QRandomGenerator random(20130806);
    QByteArray bytes(4096, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

int bundledCount()
{
    return static_cast<int>(BundledDataset::read().facts.size());
}

int userCount(const Store &store)
{
    int count = 0;
    for (const Fact &fact : store.facts())
        count += fact.origin == Fact::Origin::User ? 1 : 0;
    return count;
}

QList<Fact> laterQuarters()
{
    return DatasetReader::readFile(
                   QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
                   Fact::Origin::User)
            .facts;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// The files a database was moved aside to.
QStringList asideFiles(const QString &path)
{
    const QFileInfo info(path);
    return QDir(info.absolutePath())
            .entryList({info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files, QDir::Name);
}

bool asideNameIsTimestamped(const QString &path, const QString &aside)
{
    static const QRegularExpression pattern(QStringLiteral("\\.damaged-[0-9]{8}-[0-9]{6}\\z"));
    return aside.startsWith(QFileInfo(path).fileName()) && pattern.match(aside).hasMatch();
}

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(" | "));
}

// A second connection to the same file, as another irdash would hold it.
class OtherConnection
{
    Q_DISABLE_COPY_MOVE(OtherConnection)

public:
    explicit OtherConnection(const QString &path)
        : m_name(QStringLiteral("test-other-%1").arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~OtherConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

}  // namespace

class TestDatabaseStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void newPath_data();
    void newPath();
    void reopenIsQuiet();
    void appOwnedGarbageIsMovedAside();
    void userNamedGarbageIsLeftAlone();
    void damagedDatabaseIsMovedAside_data();
    void damagedDatabaseIsMovedAside();
    void unwritableLocationFallsBackToMemory();
    void unwritableLocationWithoutFallback();
    void lockedDatabase_data();
    void lockedDatabase();
    void lockedIsLeftByteIdentical_data();
    void lockedIsLeftByteIdentical();
    void foreignDatabaseIsRefused_data();
    void foreignDatabaseIsRefused();
    void emptyFileNotMadeByIrdashIsRefused();
    void readingWritesNothing();
    void olderDatabaseIsMarkedAsIrdashs();
    void oneDamagedFactPageLosesOnlyItsRows();
    void damagedCodeTablesLoseNoFact_data();
    void damagedCodeTablesLoseNoFact();
    void damagedDatabaseIsOnlyReadWhenReading();
    void damagedDatabaseOnAFullDisk();

private:
    int m_bundledCount = 0;
};

void TestDatabaseStartup::initTestCase()
{
    m_bundledCount = bundledCount();
    QVERIFY(m_bundledCount > 300);
}

void TestDatabaseStartup::newPath_data()
{
    QTest::addColumn<bool>("appOwned");
    QTest::addColumn<QString>("relativePath");

    // The default location's folder may not exist yet; irdash makes it.
    QTest::newRow("app-owned, new folder") << true << QStringLiteral("data/irdash/irdash.sqlite");
    QTest::newRow("user-named") << false << QStringLiteral("mine.sqlite");
}

void TestDatabaseStartup::newPath()
{
    QFETCH(bool, appOwned);
    QFETCH(QString, relativePath);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(relativePath);
    QVERIFY(!QFileInfo::exists(path));

    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.path, path);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(joined(result.warnings)));
    QVERIFY(QFileInfo(path).isFile());
    QVERIFY(readAll(path).startsWith(QByteArray("SQLite format 3\0", 16)));
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), path);
    QCOMPARE(store.factCount(), m_bundledCount);
    QCOMPARE(userCount(store), 0);
    QVERIFY(!store.metaValue(checksumKey).isEmpty());
    QCOMPARE(store.writeAccess(), Store::WriteAccess::Writable);
}

void TestDatabaseStartup::reopenIsQuiet()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    const QList<Fact> user = laterQuarters();
    QCOMPARE(user.size(), 19);
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, true).ok);
        QVERIFY(store.importFacts(user).ok);
    }
    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, true);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(joined(result.warnings)));
    QCOMPARE(result.path, path);
    QCOMPARE(store.factCount(), m_bundledCount + 19);
    QCOMPARE(userCount(store), 19);
    QVERIFY(asideFiles(path).isEmpty());
}

void TestDatabaseStartup::appOwnedGarbageIsMovedAside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    const QByteArray bytes = garbage();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(writeAll(path, bytes));

    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, true);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, path);
    QCOMPARE(result.warnings.size(), 1);
    const QString warning = result.warnings.constFirst();
    QVERIFY2(warning.contains(path), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("damaged")), qPrintable(warning));

    const QStringList aside = asideFiles(path);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(asideNameIsTimestamped(path, aside.constFirst()), qPrintable(aside.constFirst()));
    const QString asidePath = dir.filePath(aside.constFirst());
    QVERIFY2(warning.contains(asidePath), qPrintable(warning));
    QCOMPARE(readAll(asidePath), bytes);

    // A new database in its place, with the bundled dataset.
    QVERIFY(readAll(path).startsWith(QByteArray("SQLite format 3\0", 16)));
    QCOMPARE(store.factCount(), m_bundledCount);
    QCOMPARE(userCount(store), 0);
    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
}

void TestDatabaseStartup::userNamedGarbageIsLeftAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray bytes = garbage();
    QVERIFY(writeAll(path, bytes));
    const QDateTime modified = QFileInfo(path).lastModified();

    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, false);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("is not an irdash database")),
             qPrintable(result.error));
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QVERIFY(!store.isOpen());

    QCOMPARE(filesIn(dir.path()), QStringList {QStringLiteral("notes.sqlite")});
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestDatabaseStartup::damagedDatabaseIsMovedAside_data()
{
    QTest::addColumn<QString>("pageQuery");
    QTest::addColumn<bool>("appOwned");

    // The root page of the unique index on the fact table: reading every fact does not
    // use it, so the file is damaged and still gives all its facts back.
    QTest::newRow("index root page")
            << QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'sqlite_autoindex_fact_1'")
            << false;
    // The last leaf page of the fact table, which holds the last figures the user imported;
    // the figures on the other pages can still be read one by one.
    QTest::newRow("last fact leaf page") << QStringLiteral(
            "SELECT max(pageno) FROM dbstat WHERE name = 'fact' AND pagetype = 'leaf'")
                                         << true;
}

void TestDatabaseStartup::damagedDatabaseIsMovedAside()
{
    QFETCH(QString, pageQuery);
    QFETCH(bool, appOwned);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    const QList<Fact> user = laterQuarters();
    QCOMPARE(user.size(), 19);
    int pageSize = 0;
    int page = 0;
    QList<qint64> userIds;
    {
        Store store;
        const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(store.importFacts(user).ok);
        QCOMPARE(userCount(store), 19);

        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        pageSize = query.value(0).toInt();
        if (!query.exec(pageQuery) || !query.next())
            QSKIP(qPrintable(query.lastError().text()));  // SQLite built without dbstat
        page = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM fact WHERE origin = 'user'")));
        while (query.next())
            userIds.append(query.value(0).toLongLong());
        store.close();
    }
    QCOMPARE(userIds.size(), 19);
    QVERIFY(pageSize >= 512);
    QVERIFY(page > 1);
    QByteArray bytes = readAll(path);
    QVERIFY2(bytes.size() / pageSize >= page, qPrintable(QString::number(bytes.size())));

    // Overwrite the whole page; the 100-byte header on page 1 stays as it is.
    const qsizetype offset = qsizetype(page - 1) * pageSize;
    QVERIFY(offset >= 100);
    for (qsizetype i = 0; i < pageSize; ++i)
        bytes[offset + i] = static_cast<char>(0xA5);
    QVERIFY(writeAll(path, bytes));

    // What an ideal rescue would get: the user's figures that can be read by rowid.
    int readable = 0;
    {
        Store check;
        QVERIFY2(check.open(path), qPrintable(check.lastError()));
        const QString problems = check.integrityCheck();
        QVERIFY2(problems != QLatin1String("ok"), qPrintable(problems));
        qInfo("page %d of %lld overwritten; quick_check: %s", page, bytes.size() / pageSize,
              qPrintable(problems.left(200).replace(QLatin1Char('\n'), QLatin1Char(' '))));
        QSqlQuery query(check.database());
        query.prepare(QStringLiteral("SELECT origin FROM fact WHERE id = ?"));
        for (qint64 id : std::as_const(userIds)) {
            query.bindValue(0, id);
            if (query.exec() && query.next())
                ++readable;
        }
        qInfo("user facts readable one by one: %d of 19; through Store::facts(): %d", readable,
              userCount(check));
    }
    QVERIFY(readable > 0);
    const QByteArray damaged = readAll(path);

    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, path);
    QCOMPARE(result.warnings.size(), 1);
    const QString warning = result.warnings.constFirst();
    qInfo("%s", qPrintable(warning));
    QVERIFY2(warning.contains(path), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("damaged")), qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("integrity check failed")), qPrintable(warning));

    const QStringList aside = asideFiles(path);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(asideNameIsTimestamped(path, aside.constFirst()), qPrintable(aside.constFirst()));
    const QString asidePath = dir.filePath(aside.constFirst());
    QVERIFY2(warning.contains(asidePath), qPrintable(warning));
    QCOMPARE(readAll(asidePath), damaged);

    QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(store.writeAccess(), Store::WriteAccess::Writable);
    const int recovered = userCount(store);
    qInfo("user facts recovered: %d of 19", recovered);
    QVERIFY2(warning.contains(QStringLiteral("; %1 figure").arg(recovered)), qPrintable(warning));
    QCOMPARE(store.factCount(), m_bundledCount + recovered);
    // Recovery reads row by row: one unreadable page loses only the rows on it.
    QCOMPARE(recovered, readable);
}

void TestDatabaseStartup::unwritableLocationFallsBackToMemory()
{
    // Root ignores file permissions; nothing can be created under /proc. Irdash's own
    // location works in memory; a path the user named in a missing folder is an error.
    const QString path = QStringLiteral("/proc/irdash-test/db.sqlite");
    {
        Store store;
        const DatabaseStartup::Result result = DatabaseStartup::open(store, path, false);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("does not exist")), qPrintable(result.error));
        QCOMPARE(result.failure, Store::Failure::NoAccess);
    }
    for (bool appOwned : {true}) {
        Store store;
        const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.path, memory);
        QCOMPARE(store.path(), memory);
        QCOMPARE(result.warnings.size(), 1);
        const QString warning = result.warnings.constFirst();
        qInfo("appOwned %d: %s", appOwned, qPrintable(warning));
        QVERIFY2(warning.contains(path), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("works in memory")), qPrintable(warning));
        // The reason is the location, not the content of a file (there is none).
        QVERIFY2(!warning.contains(QStringLiteral("is not an irdash database")),
                 qPrintable(warning));
        QCOMPARE(store.factCount(), m_bundledCount);
        QVERIFY(!QFileInfo::exists(path));
    }
}

void TestDatabaseStartup::unwritableLocationWithoutFallback()
{
    const QString path = QStringLiteral("/proc/irdash-test/db.sqlite");
    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, true, false);
    QVERIFY(!result.ok);
    QVERIFY(result.path.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("cannot open the database %1").arg(path)),
             qPrintable(result.error));
    QVERIFY(!store.isOpen());
    qInfo("error: %s", qPrintable(result.error));
    // "cannot open the database <path>: cannot open the database <path>: unable to open
    // database file Error opening database": DatabaseStartup wraps Store::lastError(),
    // which already says so.
    QCOMPARE(result.error.count(path), 1);
}

void TestDatabaseStartup::lockedDatabase_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<bool>("appOwned");

    // EXCLUSIVE keeps readers out; IMMEDIATE (a pending write) lets them read.
    QTest::newRow("exclusive, app-owned") << QStringLiteral("BEGIN EXCLUSIVE") << true;
    QTest::newRow("exclusive, user-named") << QStringLiteral("BEGIN EXCLUSIVE") << false;
    QTest::newRow("immediate, app-owned") << QStringLiteral("BEGIN IMMEDIATE") << true;
}

void TestDatabaseStartup::lockedDatabase()
{
    QFETCH(QString, statement);
    QFETCH(bool, appOwned);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, appOwned).ok);
        QVERIFY(store.importFacts(laterQuarters()).ok);
    }
    {
        OtherConnection other(path);
        QVERIFY2(other.database().isOpen(), qPrintable(other.database().lastError().text()));
        QSqlQuery lock(other.database());
        QVERIFY2(lock.exec(statement), qPrintable(lock.lastError().text()));
        // Make sure the lock is really taken (EXCLUSIVE takes it at BEGIN already).
        QVERIFY2(lock.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('lock', 'x')")),
                 qPrintable(lock.lastError().text()));

        Store store;
        QElapsedTimer timer;
        timer.start();
        const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned);
        // Only that it returns is asserted; the time (the 3 s busy timeout) is reported.
        const qint64 elapsed = timer.elapsed();
        qInfo("%s: DatabaseStartup::open returned after %lld ms: ok %d path '%s' error '%s' "
              "warnings '%s'",
              qPrintable(statement), elapsed, result.ok, qPrintable(result.path),
              qPrintable(result.error), qPrintable(joined(result.warnings)));

        // BEGIN EXCLUSIVE keeps even PRAGMA schema_version from reading: still a lock, not
        // damage, so nothing is moved aside.
        QVERIFY2(!result.ok, qPrintable(joined(result.warnings)));
        QVERIFY2(result.error.contains(QStringLiteral("locked")), qPrintable(result.error));
        QVERIFY2(asideFiles(path).isEmpty(), qPrintable(joined(asideFiles(path))));
        QVERIFY(QFileInfo::exists(path));
    }
    // With the lock released the database opens, with the user's figures and without the
    // row the other connection rolled back.
    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(joined(result.warnings)));
    QVERIFY(store.metaValue(QStringLiteral("lock")).isEmpty());
    QCOMPARE(userCount(store), 19);
    QVERIFY(store.factCount() >= m_bundledCount);
}

namespace {

using Purpose = DatabaseStartup::Purpose;

QString purposeName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Browse:
        return QStringLiteral("browse");
    case Purpose::Import:
        return QStringLiteral("import");
    case Purpose::Read:
        return QStringLiteral("read");
    }
    return {};
}

// Every file in the folder, with its bytes: what "left exactly as it was" compares.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : filesIn(folder))
        files.insert(name, readAll(QDir(folder).filePath(name)));
    return files;
}

// Runs one statement on a throwaway connection to a file.
bool execOn(const QString &path, const QStringList &statements)
{
    OtherConnection connection(path);
    QSqlQuery query(connection.database());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

// An irdash database with the bundled figures and `count` user figures at known ids: half
// from 1000 on, half from 2,000,000 on, with a gap of ~two million ids between them (no
// cut-off in the recovery may lose the second half). Returns the user ids.
QList<qint64> databaseWithManyUserFacts(const QString &path, int count)
{
    QList<qint64> ids;
    Store store;
    if (!DatabaseStartup::open(store, path, false, Purpose::Browse).ok)
        return ids;
    QSqlDatabase db = store.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT min(id) FROM period")) || !query.next())
        return ids;
    const qint64 period = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT min(id) FROM metric")) || !query.next())
        return ids;
    const qint64 metric = query.value(0).toLongLong();
    db.transaction();
    query.prepare(QStringLiteral(
            "INSERT INTO fact (id, period_id, metric_id, value, decimals, unit, basis, source, "
            "as_of, origin, company_id) VALUES (?, ?, ?, ?, 0, 'JPY_million', 'reported', ?, ?, "
            "'user', 1)"));
    for (int i = 0; i < count; ++i) {
        const qint64 id = i < count / 2 ? 1000 + i : 2000000 + i;
        query.bindValue(0, id);
        query.bindValue(1, period);
        query.bindValue(2, metric);
        query.bindValue(3, double(i));
        query.bindValue(4, QStringLiteral("test figure %1, a source long enough to fill pages").arg(i));
        query.bindValue(5, QDate(1900, 1, 1).addDays(i).toString(Qt::ISODate));  // before any bundled date
        if (!query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return {};
        }
        ids.append(id);
    }
    db.commit();
    return ids;
}

// Overwrites page `page` (1-based) of a database file with a pattern no page has.
bool damagePage(const QString &path, int page, int pageSize)
{
    QByteArray bytes = readAll(path);
    const qsizetype offset = qsizetype(page - 1) * pageSize;
    if (page < 2 || offset + pageSize > bytes.size())
        return false;
    for (qsizetype i = 0; i < pageSize; ++i)
        bytes[offset + i] = static_cast<char>(0xA5);
    return writeAll(path, bytes);
}

int intOf(const QString &path, const QString &sql)
{
    OtherConnection connection(path);
    QSqlQuery query(connection.database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

// The user figures a perfect rescue gets: those that can be read one by one by rowid.
int readableOneByOne(const QString &path, const QList<qint64> &ids)
{
    OtherConnection connection(path);
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT origin FROM fact WHERE id = ?"));
    int readable = 0;
    for (qint64 id : ids) {
        query.bindValue(0, id);
        if (query.exec() && query.next())
            ++readable;
        query.finish();
    }
    return readable;
}

}  // namespace

void TestDatabaseStartup::lockedIsLeftByteIdentical_data()
{
    QTest::addColumn<Purpose>("purpose");
    QTest::addColumn<bool>("appOwned");
    for (Purpose purpose : {Purpose::Browse, Purpose::Import, Purpose::Read}) {
        for (bool appOwned : {true, false})
            QTest::addRow("%s, %s", qPrintable(purposeName(purpose)),
                          appOwned ? "app-owned" : "user-named")
                    << purpose << appOwned;
    }
}

void TestDatabaseStartup::lockedIsLeftByteIdentical()
{
    QFETCH(Purpose, purpose);
    QFETCH(bool, appOwned);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, appOwned).ok);
        QVERIFY(store.importFacts(laterQuarters()).ok);
    }
    OtherConnection other(path);
    QSqlQuery lock(other.database());
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(lock.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('lock', 'x')")));
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned, purpose);
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, Store::Failure::Locked);
    QVERIFY2(result.error.contains(QStringLiteral("locked by another program")),
             qPrintable(result.error));
    QVERIFY(result.warnings.isEmpty());
    // Not damage: nothing renamed, rebuilt or written.
    QCOMPARE(snapshot(dir.path()), before);
}

void TestDatabaseStartup::foreignDatabaseIsRefused_data()
{
    QTest::addColumn<QStringList>("schema");
    QTest::addColumn<bool>("appOwned");
    QTest::addColumn<Purpose>("purpose");
    const QStringList notes {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                             QStringLiteral("INSERT INTO notes (text) VALUES ('my notes')")};
    const QStringList fact {QStringLiteral("CREATE TABLE fact (id INTEGER PRIMARY KEY, what TEXT)"),
                            QStringLiteral("INSERT INTO fact (what) VALUES ('not a figure')"),
                            QStringLiteral("PRAGMA user_version = 1")};
    // irdash's own table names, but another program's application id.
    const QStringList lookalike {
            QStringLiteral("CREATE TABLE period (id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE metric (id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE fact (id INTEGER PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE meta (key TEXT)"), QStringLiteral("PRAGMA user_version = 2"),
            QStringLiteral("PRAGMA application_id = 1234")};
    for (bool appOwned : {false, true}) {
        for (Purpose purpose : {Purpose::Read, Purpose::Browse, Purpose::Import}) {
            const char *owner = appOwned ? "app-owned" : "user-named";
            const QByteArray how = purposeName(purpose).toLatin1();
            QTest::addRow("notes, %s, %s", owner, how.constData()) << notes << appOwned << purpose;
            QTest::addRow("own fact table, %s, %s", owner, how.constData())
                    << fact << appOwned << purpose;
            QTest::addRow("look-alike, %s, %s", owner, how.constData())
                    << lookalike << appOwned << purpose;
        }
    }
}

void TestDatabaseStartup::foreignDatabaseIsRefused()
{
    QFETCH(QStringList, schema);
    QFETCH(bool, appOwned);
    QFETCH(Purpose, purpose);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QVERIFY(execOn(path, schema));
    const QMap<QString, QByteArray> before = snapshot(dir.path());
    const QDateTime modified = QFileInfo(path).lastModified();

    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned, purpose);
    QVERIFY(!result.ok);
    QCOMPARE(result.failure, Store::Failure::Foreign);
    QVERIFY2(result.error.contains(QStringLiteral("not an irdash database")) && result.error.contains(path),
             qPrintable(result.error));
    QVERIFY(!store.isOpen());
    QCOMPARE(snapshot(dir.path()), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestDatabaseStartup::emptyFileNotMadeByIrdashIsRefused()
{
    for (bool appOwned : {false, true}) {
        for (Purpose purpose : {Purpose::Read, Purpose::Browse, Purpose::Import}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
            QVERIFY(writeAll(path, QByteArray()));
            Store store;
            const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned, purpose);
            QVERIFY2(!result.ok, qPrintable(purposeName(purpose)));
            QCOMPARE(result.failure, Store::Failure::Foreign);
            QVERIFY2(result.error.contains(QStringLiteral("empty file that irdash did not make")),
                     qPrintable(result.error));
            QCOMPARE(filesIn(dir.path()), QStringList {QStringLiteral("irdash.sqlite")});
            QCOMPARE(QFileInfo(path).size(), 0);
        }
    }
}

void TestDatabaseStartup::readingWritesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, false).ok);
        QVERIFY(store.importFacts(laterQuarters()).ok);
    }
    const QMap<QString, QByteArray> before = snapshot(dir.path());
    const QDateTime modified = QFileInfo(path).lastModified();
    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, false, Purpose::Read);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, path);
    QCOMPARE(userCount(store), 19);
    QCOMPARE(store.writeAccess(), Store::WriteAccess::ReadOnly);  // opened read-only
    store.close();
    QCOMPARE(snapshot(dir.path()), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestDatabaseStartup::olderDatabaseIsMarkedAsIrdashs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, false).ok);
    }
    QCOMPARE(intOf(path, QStringLiteral("PRAGMA application_id")), Store::applicationId);
    // As an irdash before the application id left it.
    QVERIFY(execOn(path, {QStringLiteral("PRAGMA application_id = 0")}));
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, false, Purpose::Read).ok);
    }
    QCOMPARE(intOf(path, QStringLiteral("PRAGMA application_id")), 0);  // reading wrote nothing
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, false, Purpose::Browse).ok);
    }
    QCOMPARE(intOf(path, QStringLiteral("PRAGMA application_id")), Store::applicationId);
}

void TestDatabaseStartup::oneDamagedFactPageLosesOnlyItsRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    const QList<qint64> ids = databaseWithManyUserFacts(path, 30000);
    QCOMPARE(ids.size(), 30000);
    const int pageSize = intOf(path, QStringLiteral("PRAGMA page_size"));
    // A leaf page in the first half: every row after it (and the whole second half, two
    // million ids on) must come back.
    const int leaves = intOf(path, QStringLiteral("SELECT count(*) FROM dbstat WHERE name = 'fact' "
                                                  "AND pagetype = 'leaf'"));
    if (leaves < 0)
        QSKIP("SQLite built without dbstat");
    const int page = intOf(path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'fact' AND "
                                                "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET %1")
                                         .arg(leaves / 4));
    QVERIFY(page > 1);
    QVERIFY(damagePage(path, page, pageSize));
    const int readable = readableOneByOne(path, ids);
    qInfo("%d leaf pages; page %d overwritten; %d of %d user figures readable one by one", leaves,
          page, readable, int(ids.size()));
    QVERIFY(readable < ids.size());
    QVERIFY(readable > ids.size() - 200);  // one page holds far fewer rows than that

    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, path);  // repaired: ours by its application id
    QCOMPARE(asideFiles(path).size(), 1);
    QCOMPARE(userCount(store), readable);
    QVERIFY2(result.warnings.value(0).contains(QStringLiteral("; %1 figure").arg(readable)),
             qPrintable(joined(result.warnings)));
    // The figures past the gap are among them.
    int late = 0;
    for (const Fact &fact : store.facts())
        late += fact.origin == Fact::Origin::User && fact.value >= 15000.0 ? 1 : 0;
    QCOMPARE(late, 15000);
}

void TestDatabaseStartup::damagedCodeTablesLoseNoFact_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("period") << QStringLiteral("period");
    QTest::newRow("metric") << QStringLiteral("metric");
}

void TestDatabaseStartup::damagedCodeTablesLoseNoFact()
{
    QFETCH(QString, table);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    {
        Store store;
        QVERIFY(DatabaseStartup::open(store, path, false).ok);
        QVERIFY(store.importFacts(laterQuarters()).ok);
    }
    const int pageSize = intOf(path, QStringLiteral("PRAGMA page_size"));
    const int root = intOf(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'")
                                         .arg(table));
    QVERIFY(root > 1);
    QVERIFY(damagePage(path, root, pageSize));
    {
        OtherConnection check(path);
        QSqlQuery query(check.database());
        QVERIFY2(!query.exec(QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED").arg(table)) || !query.next()
                         || query.value(0).toInt() == 0,
                 "the table should be unreadable");
    }
    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, false);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(asideFiles(path).size(), 1);
    // Every one of the user's figures, its codes read from the table's index.
    QCOMPARE(userCount(store), 19);
    QList<Fact> expected = laterQuarters();
    QList<Fact> user = store.facts();
    user.removeIf([](const Fact &fact) { return fact.origin != Fact::Origin::User; });
    auto key = [](const Fact &fact) -> QString {
        return fact.period.code() + fact.metric + fact.asOfText() + fact.valueText();
    };
    QStringList want;
    QStringList got;
    for (const Fact &fact : expected)
        want.append(key(fact));
    for (const Fact &fact : user)
        got.append(key(fact));
    want.sort();
    got.sort();
    QCOMPARE(got, want);
}

void TestDatabaseStartup::damagedDatabaseIsOnlyReadWhenReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("irdash.sqlite"));
    const QList<qint64> ids = databaseWithManyUserFacts(path, 4000);
    QCOMPARE(ids.size(), 4000);
    const int page = intOf(path, QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = 'fact' AND "
                                                "pagetype = 'leaf'"));
    if (page < 0)
        QSKIP("SQLite built without dbstat");
    QVERIFY(damagePage(path, page, intOf(path, QStringLiteral("PRAGMA page_size"))));
    const int readable = readableOneByOne(path, ids);
    const QMap<QString, QByteArray> before = snapshot(dir.path());
    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, true, Purpose::Read);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, memory);
    QVERIFY2(joined(result.warnings).contains(QStringLiteral("left as it is")),
             qPrintable(joined(result.warnings)));
    QCOMPARE(userCount(store), readable);
    QCOMPARE(snapshot(dir.path()), before);
}

void TestDatabaseStartup::damagedDatabaseOnAFullDisk()
{
    QTemporaryDir scratch;
    const QString source = scratch.filePath(QStringLiteral("irdash.sqlite"));
    const QList<qint64> ids = databaseWithManyUserFacts(source, 4000);
    QCOMPARE(ids.size(), 4000);
    const int page = intOf(source, QStringLiteral("SELECT max(pageno) FROM dbstat WHERE name = "
                                                  "'fact' AND pagetype = 'leaf'"));
    if (page < 0)
        QSKIP("SQLite built without dbstat");
    QVERIFY(damagePage(source, page, intOf(source, QStringLiteral("PRAGMA page_size"))));
    const int readable = readableOneByOne(source, ids);
    const QByteArray damaged = readAll(source);

    // A small filesystem of its own, filled up but for a few KiB.
    QTemporaryDir mountPoint;
    const QString size = QString::number(3 * damaged.size() + 512 * 1024);  // room to repair, once emptied
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                          QStringLiteral("-o"), QStringLiteral("size=") + size,
                                          QStringLiteral("tmpfs"), mountPoint.path()});
    if (!mount.waitForFinished() || mount.exitCode() != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    auto unmount = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("umount"), {mountPoint.path()});
    });
    const QString path = QDir(mountPoint.path()).filePath(QStringLiteral("irdash.sqlite"));
    QVERIFY(writeAll(path, damaged));
    {
        QFile filler(QDir(mountPoint.path()).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) { }
    }

    {
        Store store;
        const DatabaseStartup::Result result = DatabaseStartup::open(store, path, true);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.path, memory);
        const QString warning = joined(result.warnings);
        QVERIFY2(warning.contains(QStringLiteral("disk is full")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("left in place, untouched")), qPrintable(warning));
        QCOMPARE(userCount(store), readable);
    }
    // The damaged file as it was, and nothing half-written beside it.
    QCOMPARE(readAll(path), damaged);
    QCOMPARE(filesIn(mountPoint.path()),
             (QStringList {QStringLiteral("filler"), QStringLiteral("irdash.sqlite")}));
    // With room again, the next start repairs it and loses nothing that was readable.
    QVERIFY(QFile::remove(QDir(mountPoint.path()).filePath(QStringLiteral("filler"))));
    Store store;
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, true);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.path, path);
    QCOMPARE(userCount(store), readable);
    QCOMPARE(asideFiles(path).size(), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseStartup)
#include "TestDatabaseStartup.moc"
