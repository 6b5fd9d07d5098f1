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
#include <QTest>

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
    // Root ignores file permissions; nothing can be created under /proc.
    const QString path = QStringLiteral("/proc/irdash-test/db.sqlite");
    for (bool appOwned : {true, false}) {
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

QTEST_GUILESS_MAIN(TestDatabaseStartup)
#include "TestDatabaseStartup.moc"
