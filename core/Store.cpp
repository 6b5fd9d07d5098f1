#include "Store.h"

#include "CompanyProfile.h"
#include "SqliteStatement.h"
#include "StoreRecovery.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <sqlite3.h>
#include <utility>

namespace {

QAtomicInt connectionCounter;

// Version 4: every recorded import (ImportHistory), and the full row of every figure it
// replaced, so that undoing it puts each one back exactly; a figure it inserted names it
// in fact.inserted_by.
const char *const importTable = R"(CREATE TABLE import (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            file TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
            policy TEXT NOT NULL
                CHECK (policy IN ('fail', 'replace', 'keep', 'replace_bundled')),
            inserted INTEGER NOT NULL,
            replaced INTEGER NOT NULL,
            kept INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            undone_at TEXT
        ) STRICT)";
// Every column of fact, as it stood before the import replaced it. No foreign keys: the
// rows are a record, read only by the undo.
const char *const importReplacedTable = R"(CREATE TABLE import_replaced (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL,
            fact_id INTEGER NOT NULL,
            period_id INTEGER NOT NULL,
            metric_id INTEGER NOT NULL,
            value REAL NOT NULL,
            decimals INTEGER NOT NULL,
            unit TEXT NOT NULL,
            basis TEXT NOT NULL,
            source TEXT NOT NULL,
            as_of TEXT NOT NULL,
            origin TEXT NOT NULL,
            bound TEXT NOT NULL,
            inserted_by INTEGER,
            company_id INTEGER NOT NULL DEFAULT 1
        ) STRICT)";

// Version 5: several companies. Each describes itself by its profile (docs/PROFILE.md), as
// read; every figure belongs to one. The period table is a list of codes, shared: its
// dates are April years (as since version 1) and order the periods only, which every
// calendar orders alike; a company's own dates follow from its profile.
const char *const companyTable = R"(CREATE TABLE company (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
            profile TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user'))
        ) STRICT)";
const char *const factTable = R"(CREATE TABLE fact (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES company(id),
            period_id INTEGER NOT NULL REFERENCES period(id),
            metric_id INTEGER NOT NULL REFERENCES metric(id),
            value REAL NOT NULL,
            decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
            unit TEXT NOT NULL
                CHECK (unit IN ('JPY_million', 'JPY_billion', 'JPY', 'USD_thousand', 'USD_million',
                                'USD_billion', 'USD', 'percent', 'count')),
            basis TEXT NOT NULL CHECK (basis IN ('reported', 'derived', 'target')),
            source TEXT NOT NULL CHECK (length(source) > 0),
            as_of TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
            bound TEXT NOT NULL DEFAULT '',
            inserted_by INTEGER REFERENCES import(id),
            UNIQUE (company_id, period_id, metric_id, basis, as_of)
        ) STRICT)";

const char *const createStatements[] = {
        R"(CREATE TABLE period (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('quarter', 'half', 'nine_months', 'year')),
            fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2099),
            idx INTEGER NOT NULL CHECK (idx BETWEEN 0 AND 4),
            months INTEGER NOT NULL CHECK (months IN (3, 6, 9, 12)),
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL
        ) STRICT)",
        R"(CREATE TABLE metric (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE CHECK (length(key) > 0)
        ) STRICT)", companyTable, factTable,
        R"(CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT)",   importTable,  importReplacedTable,
};

}  // namespace

Store::Store()
    : m_connectionName(
            QStringLiteral("irdash-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    // Only a path: the folder is made when a database is made there (DatabaseStartup),
    // never by asking where it would be.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("irdash.sqlite"));
}

bool Store::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Store::Failure Store::failureOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Failure::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return Failure::Other;
    switch (code & 0xff) {  // the primary result code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Locked;
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return Failure::NoAccess;
    case SQLITE_READONLY:
        return Failure::ReadOnly;
    case SQLITE_FULL:
        return Failure::DiskFull;
    case SQLITE_CORRUPT:
        return Failure::Damaged;
    case SQLITE_NOTADB:
        return Failure::NotDatabase;
    default:
        return Failure::Other;
    }
}

bool Store::fail(Failure failure, const QString &message)
{
    m_lastFailure = failure;
    m_lastError = message;
    return false;
}

bool Store::open(const QString &path, Access access, bool isNew)
{
    m_path = path;
    m_lastFailure = Failure::None;
    m_lastError.clear();
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return fail(Failure::Other,
                    tr("the SQLite driver for Qt is not installed (libqt6sql6-sqlite)"));
    if (db.isOpen())
        db.close();
    const bool memory = path == QLatin1String(":memory:");
    if (memory)
        access = Access::ReadWrite;  // nothing on disk to protect
    db.setDatabaseName(path);
    // Another instance holding a write lock makes us wait briefly, then fail clearly.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return fail(failureOf(error) == Failure::None ? Failure::Other : failureOf(error),
                    tr("cannot open the database %1: %2").arg(path, error.text()));
    }
    QSqlQuery query(db);
    // Reading the schema is the first read of the file: it fails at once on a file that is
    // not an SQLite database, and waits out another program's lock.
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next()) {
        const QSqlError error = query.lastError();
        const Failure failure = failureOf(error);
        query.finish();
        db.close();
        switch (failure) {
        case Failure::Locked:
            return fail(failure, tr("the database %1 is locked by another program").arg(path));
        case Failure::NotDatabase:
            return fail(failure, tr("%1 is not an irdash database: %2").arg(path, error.text()));
        case Failure::Damaged:
            return fail(failure, tr("the database %1 is damaged: %2").arg(path, error.text()));
        default:
            return fail(failure == Failure::None ? Failure::Other : failure,
                        tr("cannot read the database %1: %2").arg(path, error.text()));
        }
    }
    query.finish();
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!checkIdentity(access, isNew || memory)) {
        db.close();
        return false;
    }
    return true;
}

bool Store::checkIdentity(Access access, bool isNew)
{
    QSqlQuery query(database());
    auto readFailed = [&] {
        const QSqlError error = query.lastError();
        const Failure failure = failureOf(error);
        return fail(failure == Failure::None ? Failure::Other : failure,
                    tr("cannot read the database %1: %2").arg(m_path, error.text()));
    };
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return readFailed();
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    const int version = userVersion();
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return readFailed();
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    if (query.lastError().type() != QSqlError::NoError)
        return readFailed();
    query.finish();

    if (tables.isEmpty() && version == 0 && id == 0) {
        if (!isNew)
            return fail(Failure::Foreign,
                        tr("%1 is an empty database that irdash did not make; expected an irdash "
                           "database (remove the file to start a new one)")
                                .arg(m_path));
        if (access == Access::ReadOnly)
            return fail(Failure::ReadOnly,
                        tr("the new database %1 cannot be made read-only").arg(m_path));
        return createSchema();
    }
    if (id != applicationId) {
        // A database of an irdash from before the application id: its own tables, fact with
        // its own columns, and a schema version irdash wrote.
        bool irdash = id == 0 && version >= 1;
        for (const char *table : {"period", "metric", "fact", "meta"})
            irdash = irdash && tables.contains(QString::fromLatin1(table));
        if (irdash) {
            QStringList columns;
            if (query.exec(QStringLiteral("PRAGMA table_info(fact)"))) {
                while (query.next())
                    columns.append(query.value(1).toString());
            }
            query.finish();
            for (const char *column : {"period_id", "metric_id", "value", "decimals", "unit",
                                       "basis", "source", "as_of", "origin"})
                irdash = irdash && columns.contains(QString::fromLatin1(column));
        }
        if (!irdash)
            return fail(Failure::Foreign,
                        tr("%1 is not an irdash database (it is another program's SQLite "
                           "database); it was left as it is")
                                .arg(m_path));
    }
    if (version > schemaVersion)
        return fail(Failure::Newer,
                    tr("%1 was written by a newer irdash (schema %2; this one reads up to %3)")
                            .arg(m_path)
                            .arg(version)
                            .arg(schemaVersion));
    if (access == Access::ReadWrite && writeAccess() == WriteAccess::Writable) {
        // Mark a database of an older irdash as ours, and bring its schema up to date.
        if (id != applicationId)
            query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
        if (version < schemaVersion && !migrate(version))
            return false;
    }
    return true;
}

void Store::close()
{
    QSqlDatabase db = database();
    if (db.isOpen())
        db.close();
}

QString Store::integrityCheck()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        m_lastFailure = failureOf(query.lastError());
        return query.lastError().text();
    }
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (query.lastError().type() != QSqlError::NoError) {
        m_lastFailure = failureOf(query.lastError());
        return query.lastError().text();
    }
    if (problems == QStringList {QStringLiteral("ok")}) {
        m_lastFailure = Failure::None;
        return problems.first();
    }
    m_lastFailure = Failure::Damaged;
    return problems.join(QStringLiteral("; "));
}

Store::WriteAccess Store::writeAccess() const
{
    QSqlDatabase db = database();
    if (m_path == QLatin1String(":memory:"))
        return WriteAccess::Writable;
    // The connection itself: opened read-only, or on a file SQLite may only read.
    if (sqlite3 *handle = SqliteStatement::handleOf(db);
        !handle || sqlite3_db_readonly(handle, "main") != 0)
        return WriteAccess::ReadOnly;
    // A write needs a journal beside the file.
    const QFileInfo file(m_path);
    if (!QFileInfo(file.absolutePath()).isWritable() || !file.isWritable())
        return WriteAccess::ReadOnly;
    QSqlQuery query(db);
    // BEGIN IMMEDIATE takes the write lock (and writes nothing): another writer shows here.
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        query.exec(QStringLiteral("ROLLBACK"));
        return WriteAccess::Writable;
    }
    return failureOf(query.lastError()) == Failure::Locked ? WriteAccess::Locked
                                                           : WriteAccess::ReadOnly;
}

namespace {

// The names the query lists in its first column (or, with `column` 1, PRAGMA table_info's
// column names); nothing when it fails.
std::optional<QStringList> namesFrom(QSqlQuery &query, const QString &sql, int column = 0)
{
    if (!query.exec(sql))
        return std::nullopt;
    QStringList names;
    while (query.next())
        names.append(query.value(column).toString());
    return names;
}

std::optional<QStringList> tablesOf(QSqlQuery &query)
{
    return namesFrom(query, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
}

std::optional<QStringList> columnsOf(QSqlQuery &query, const QString &table)
{
    // PRAGMA takes no bound parameters; the table names are our own.
    return namesFrom(query, QStringLiteral("PRAGMA table_info(%1)").arg(table), 1);
}

}  // namespace

bool Store::migrateToImportHistory(QSqlQuery &query)
{
    // Each step only where it is missing, so that a half-made schema still comes through.
    const auto tables = tablesOf(query);
    const auto factColumns = columnsOf(query, QStringLiteral("fact"));
    if (!tables || !factColumns)
        return false;
    const bool hasInsertedBy = factColumns->contains(QLatin1String("inserted_by"));
    if (!tables->contains(QLatin1String("import")) && !query.exec(QString::fromLatin1(importTable)))
        return false;
    if (!tables->contains(QLatin1String("import_replaced"))
        && !query.exec(QString::fromLatin1(importReplacedTable)))
        return false;
    return hasInsertedBy
            || query.exec(QStringLiteral(
                    "ALTER TABLE fact ADD COLUMN inserted_by INTEGER REFERENCES import(id)"));
}

bool Store::migrateToCompanies(QSqlQuery &query)
{
    const CompanyProfile &bundled = CompanyProfile::bundled();
    // Each step only where it is missing, as the steps before.
    const auto tables = tablesOf(query);
    const auto factColumns = columnsOf(query, QStringLiteral("fact"));
    const auto recordColumns = columnsOf(query, QStringLiteral("import_replaced"));
    if (!tables || !factColumns || !recordColumns)
        return false;
    const bool hasCompany = factColumns->contains(QLatin1String("company_id"));
    if (!tables->contains(QLatin1String("company"))
        && !query.exec(QString::fromLatin1(companyTable)))
        return false;
    if (!recordColumns->contains(QLatin1String("company_id"))
        && !query.exec(QStringLiteral("ALTER TABLE import_replaced ADD COLUMN company_id INTEGER "
                                      "NOT NULL DEFAULT 1")))
        return false;
    if (hasCompany)
        return true;
    // The fact table is made anew: its identity now includes the company.
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO company (id, key, profile, origin) "
                                 "VALUES (1, ?, ?, 'bundled')"));
    query.addBindValue(bundled.key);
    query.addBindValue(QString::fromUtf8(bundled.json));
    if (!query.exec())
        return false;
    QString create = QString::fromLatin1(factTable);
    create.replace(QStringLiteral("CREATE TABLE fact ("), QStringLiteral("CREATE TABLE fact_v5 ("));
    return query.exec(create)
            && query.exec(QStringLiteral(
                    "INSERT INTO fact_v5 (id, company_id, period_id, metric_id, value, decimals, "
                    "unit, basis, source, as_of, origin, bound, inserted_by) SELECT id, 1, "
                    "period_id, metric_id, value, decimals, unit, basis, source, as_of, origin, "
                    "bound, inserted_by FROM fact"))
            && query.exec(QStringLiteral("DROP TABLE fact"))
            && query.exec(QStringLiteral("ALTER TABLE fact_v5 RENAME TO fact"));
}

int Store::userVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Store::createSchema()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (!db.transaction()) {
        m_lastFailure = failureOf(db.lastError());
        m_lastError = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    for (const char *statement : createStatements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            m_lastFailure = failureOf(query.lastError());
            m_lastError = tr("cannot create the schema: %1").arg(query.lastError().text());
            db.rollback();
            return false;
        }
    }
    // PRAGMA takes no bound parameters; the values are our own constants.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))
        || !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))) {
        m_lastFailure = failureOf(query.lastError());
        m_lastError = tr("cannot set the schema version: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_lastFailure = failureOf(db.lastError());
        m_lastError = tr("cannot create the schema: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

bool Store::migrate(int fromVersion)
{
    // An older schema that cannot be written to now is read as it is: the steps below
    // only drop what later versions no longer need.
    if (writeAccess() != WriteAccess::Writable)
        return true;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_lastError = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    // Version 2: the index on fact(metric_id, period_id) served no query and cost
    // 40% of every insert.
    if (fromVersion < 2 && !query.exec(QStringLiteral("DROP INDEX IF EXISTS fact_metric"))) {
        m_lastError = tr("cannot update the schema: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    // Version 3: a target may be a bound ("over 10") or a range; every older figure is exact.
    bool hasBound = false;
    if (query.exec(QStringLiteral("PRAGMA table_info(fact)"))) {
        while (query.next())
            hasBound = hasBound || query.value(1).toString() == QLatin1String("bound");
    }
    if (fromVersion < 3 && !hasBound
        && !query.exec(
                QStringLiteral("ALTER TABLE fact ADD COLUMN bound TEXT NOT NULL DEFAULT ''"))) {
        m_lastError = tr("cannot update the schema: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    // Version 4: the import history. Every figure stored before it came from no recorded
    // import (inserted_by NULL), so no undo can remove it.
    if (fromVersion < 4 && !migrateToImportHistory(query)) {
        m_lastError = tr("cannot update the schema: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    // Version 5: companies. Every figure stored before it is the bundled company's.
    if (fromVersion < 5 && !migrateToCompanies(query)) {
        m_lastError = tr("cannot update the schema: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))
        || !db.commit()) {
        m_lastError = tr("cannot update the schema: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

Store::ImportReport Store::importFacts(const QList<Fact> &facts, ConflictPolicy policy)
{
    ImportOptions options;
    options.policy = policy;
    return importFacts(facts, options);
}

namespace {

// Text constants bound without copying.
const char *basisCode(Basis basis)
{
    switch (basis) {
    case Basis::Reported:
        return "reported";
    case Basis::Derived:
        return "derived";
    case Basis::Target:
        return "target";
    }
    return "";
}

const char *unitCode(Unit unit)
{
    switch (unit) {
    case Unit::JpyMillion:
        return "JPY_million";
    case Unit::JpyBillion:
        return "JPY_billion";
    case Unit::Jpy:
        return "JPY";
    case Unit::Percent:
        return "percent";
    case Unit::Count:
        return "count";
    case Unit::UsdThousand:
        return "USD_thousand";
    case Unit::UsdMillion:
        return "USD_million";
    case Unit::UsdBillion:
        return "USD_billion";
    case Unit::Usd:
        return "USD";
    }
    return "";
}

const char *originCode(Fact::Origin origin)
{
    return origin == Fact::Origin::Bundled ? "bundled" : "user";
}

const char *policyCode(Store::ConflictPolicy policy)
{
    switch (policy) {
    case Store::ConflictPolicy::Fail:
        return "fail";
    case Store::ConflictPolicy::Replace:
        return "replace";
    case Store::ConflictPolicy::Keep:
        return "keep";
    case Store::ConflictPolicy::ReplaceBundled:
        return "replace_bundled";
    }
    return "";
}

// A period as a small number, to find its row id without building its code.
int periodKey(const FiscalPeriod &period)
{
    return period.fiscalYear() << 8 | static_cast<int>(period.kind()) << 4 | period.index();
}

}  // namespace

Store::ImportReport Store::importFacts(const QList<Fact> &facts, const ImportOptions &options)
{
    bool given = false;
    return importInParts(
            [&](QList<Fact> &part) {
                if (std::exchange(given, true))
                    return PartStatus::End;
                part = facts;
                return PartStatus::Part;
            },
            facts.size(), options);
}

Store::ImportReport Store::importParts(const std::function<PartStatus(QList<Fact> &)> &nextPart,
                                       const ImportOptions &options)
{
    return importInParts(nextPart, -1, options);
}

Store::ImportReport Store::importInParts(const std::function<PartStatus(QList<Fact> &)> &nextPart,
                                         qsizetype total, const ImportOptions &options)
{
    const ConflictPolicy policy = options.policy;
    ImportReport report;
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        report.error = tr("the database is not open");
        return report;
    }
    sqlite3 *handle = SqliteStatement::handleOf(db);
    if (!handle) {
        report.error = tr("the database connection is not SQLite");
        return report;
    }
    // A large import keeps its pages in memory instead of spilling them to the file
    // before the commit; the connection's usual cache comes back afterwards.
    QSqlQuery pragma(db);
    int cacheSize = -2000;
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        cacheSize = pragma.value(0).toInt();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    // The fact table's CHECKs on unit, basis and origin build a lookup table per row and
    // its foreign keys make every insert a sub-transaction: together most of an insert's
    // cost. The statements below are prepared without them. Unit, basis and origin are
    // bound from the enums' own codes, decimals and source are checked before binding, and
    // the period and metric ids are the ones this import looked up or inserted.
    pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));  // a no-op inside a transaction
    const auto restorePragmas = qScopeGuard([&] {
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        // PRAGMA takes no bound parameters; the value is the one SQLite reported.
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    if (!db.transaction()) {
        report.error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return report;
    }
    auto abort = [&](const QString &message) {
        db.rollback();
        report.ok = false;
        report.error = message;
        report.inserted = report.unchanged = report.replaced = report.kept = 0;
        return report;
    };

    SqliteStatement insertPeriod(handle,
                                 "INSERT INTO period (code, kind, fiscal_year, idx, months, "
                                 "start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertMetric(handle, "INSERT INTO metric (key) VALUES (?)");
    // A figure is inserted unless its identity is stored; only then is it compared.
    const QByteArray insertSql = "INSERT INTO fact (company_id, period_id, metric_id, value, "
                                 "decimals, unit, basis, source, as_of, origin, bound, "
                                 "inserted_by) VALUES ";
    const QByteArray rowValues = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const QByteArray onConflict
            = " ON CONFLICT (company_id, period_id, metric_id, basis, as_of) DO NOTHING";
    constexpr int batchRows = 50;
    const QByteArrayList rows(batchRows, rowValues);
    SqliteStatement insertOne(handle, insertSql + rowValues + onConflict);
    SqliteStatement insertBatch(handle, insertSql + rows.join(", ") + onConflict);
    SqliteStatement findSame(
            handle,
            "SELECT id, value, decimals, unit, source, as_of, origin, bound FROM "
            "fact WHERE period_id = ? AND metric_id = ? AND basis = ? AND as_of = ? "
            "AND company_id = ?");
    // A row without as_of matches the newest stored vintage of the same figure.
    SqliteStatement findUndated(
            handle,
            "SELECT id, value, decimals, unit, source, as_of, origin, bound FROM fact "
            "WHERE period_id = ? AND metric_id = ? AND basis = ? AND company_id = ? "
            "ORDER BY as_of DESC LIMIT 1");
    SqliteStatement updateFact(handle,
                               "UPDATE fact SET value = ?, decimals = ?, unit = ?, source = ?, "
                               "origin = ?, bound = ? WHERE id = ?");
    // The history: the import's row, and the stored row of every figure it replaces, copied
    // by SQLite column for column before the update.
    SqliteStatement insertImport(
            handle,
            "INSERT INTO import (at, file, origin, policy, inserted, "
            "replaced, kept, unchanged) VALUES ('', ?, 'user', ?, 0, 0, 0, 0)");
    SqliteStatement finishImport(
            handle,
            "UPDATE import SET at = ?, origin = ?, inserted = ?, replaced = ?, "
            "kept = ?, unchanged = ? WHERE id = ?");
    SqliteStatement logReplaced(
            handle,
            "INSERT INTO import_replaced (import_id, fact_id, period_id, metric_id, value, "
            "decimals, unit, basis, source, as_of, origin, bound, inserted_by, company_id) "
            "SELECT ?, id, period_id, metric_id, value, decimals, unit, basis, source, as_of, "
            "origin, bound, inserted_by, company_id FROM fact WHERE id = ?");
    const bool recorded = !options.file.isEmpty() && !options.dryRun;
    for (const SqliteStatement *statement : {&insertPeriod, &insertMetric, &insertOne, &insertBatch,
                                             &findSame, &findUndated, &updateFact}) {
        if (!statement->isValid())
            return abort(tr("cannot prepare the import: %1").arg(statement->errorText()));
    }
    qint64 importId = 0;
    if (recorded) {
        for (const SqliteStatement *statement : {&insertImport, &finishImport, &logReplaced}) {
            if (!statement->isValid())
                return abort(tr("cannot prepare the import: %1").arg(statement->errorText()));
        }
        insertImport.bind(1, QStringView(options.file));
        insertImport.bindUtf8(2, policyCode(policy));
        insertImport.step();
        const bool stored = insertImport.isDone();
        insertImport.reset();
        if (!stored)
            return abort(tr("cannot record the import: %1").arg(insertImport.errorText()));
        importId = sqlite3_last_insert_rowid(handle);
    }
    Fact::Origin origin = Fact::Origin::User;  // the figures', for the record
    const std::optional<qint64> company = companyRow(handle, true);
    if (!company)
        return abort(m_lastError);
    const qint64 companyId = *company;

    // Row ids of the periods and metrics already stored, then of those added.
    QHash<int, qint64> periodIds;
    QHash<QString, qint64> metricIds;
    QString lastMetric;
    qint64 lastMetricId = 0;
    {
        SqliteStatement periods(handle, "SELECT id, code FROM period");
        while (periods.step()) {
            if (const auto period = FiscalPeriod::fromCode(periods.textAt(1)))
                periodIds.insert(periodKey(*period), periods.int64At(0));
        }
        SqliteStatement metrics(handle, "SELECT id, key FROM metric");
        while (metrics.step())
            metricIds.insert(metrics.textAt(1), metrics.int64At(0));
    }
    // Dates repeat across a file's rows; their text is made once.
    QHash<qint64, QByteArray> dateTexts;

    // A figure ready to store, with the row ids of its period and metric.
    struct Pending
    {
        const Fact *fact;
        qint64 periodId;
        qint64 metricId;
        const char *asOf;
        QString bound;
    };
    const auto bindRow = [&](SqliteStatement &statement, int row, const Pending &pending) {
        const int first = row * 12;
        const Fact &fact = *pending.fact;
        statement.bind(first + 1, companyId);
        statement.bind(first + 2, pending.periodId);
        statement.bind(first + 3, pending.metricId);
        statement.bind(first + 4, fact.value);
        statement.bind(first + 5, qint64(fact.decimals));
        statement.bindUtf8(first + 6, unitCode(fact.unit));
        statement.bindUtf8(first + 7, basisCode(fact.basis));
        statement.bind(first + 8, QStringView(fact.source));
        statement.bindUtf8(first + 9, pending.asOf);
        statement.bindUtf8(first + 10, originCode(fact.origin));
        // An exact figure's empty bound: '' (an empty view would bind NULL).
        if (pending.bound.isEmpty())
            statement.bindUtf8(first + 11, "");
        else
            statement.bind(first + 11, QStringView(pending.bound));
        // An import that is not recorded leaves it unbound: NULL, nothing an undo removes.
        if (recorded)
            statement.bind(first + 12, importId);
    };
    const auto storeError = [&](const Fact &fact, const SqliteStatement &statement) {
        return tr("cannot store %1 %2: %3")
                .arg(fact.period.code(), fact.metric, statement.errorText());
    };

    // A figure whose identity may be stored: inserted when it is not, else compared with
    // the stored one, which stays or is replaced. An error message, or nothing.
    const auto settle = [&](const Pending &pending) -> QString {
        const Fact &fact = *pending.fact;
        SqliteStatement &find = fact.asOf.isValid() ? findSame : findUndated;
        find.bind(1, pending.periodId);
        find.bind(2, pending.metricId);
        find.bindUtf8(3, basisCode(fact.basis));
        if (fact.asOf.isValid()) {
            find.bindUtf8(4, pending.asOf);
            find.bind(5, companyId);
        } else {
            find.bind(4, companyId);
        }
        if (!find.step()) {
            const bool ended = find.isDone();
            find.reset();
            if (!ended)
                return tr("cannot read the database: %1").arg(find.errorText());
            bindRow(insertOne, 0, pending);
            insertOne.step();
            const bool stored = insertOne.isDone() && insertOne.changes() == 1;
            insertOne.reset();
            if (!stored)
                return storeError(fact, insertOne);
            ++report.inserted;
            return {};
        }

        const qint64 storedId = find.int64At(0);
        Fact stored = fact;
        stored.value = find.doubleAt(1);
        stored.decimals = static_cast<int>(find.int64At(2));
        stored.unit = Units::fromCode(find.textAt(3)).value_or(Unit::JpyMillion);
        stored.source = find.textAt(4);
        stored.asOf = QDate::fromString(find.textAt(5), Qt::ISODate);
        stored.origin = find.textAt(6) == QLatin1String("bundled") ? Fact::Origin::Bundled
                                                                   : Fact::Origin::User;
        stored.setBoundText(find.textAt(7));
        find.reset();

        if (stored.valueText() == fact.valueText() && stored.unit == fact.unit) {
            ++report.unchanged;
            return {};
        }
        report.conflicts.append({stored, fact});
        const bool replace = policy == ConflictPolicy::Replace
                || (policy == ConflictPolicy::ReplaceBundled
                    && stored.origin == Fact::Origin::Bundled);
        if (policy == ConflictPolicy::Keep
            || (policy == ConflictPolicy::ReplaceBundled && !replace)) {
            ++report.kept;
        } else if (replace) {
            if (recorded) {
                logReplaced.bind(1, importId);
                logReplaced.bind(2, storedId);
                logReplaced.step();
                const bool logged = logReplaced.isDone() && logReplaced.changes() == 1;
                logReplaced.reset();
                if (!logged)
                    return tr("cannot record %1 %2 for the import history: %3")
                            .arg(fact.period.code(), fact.metric, logReplaced.errorText());
            }
            updateFact.bind(1, fact.value);
            updateFact.bind(2, qint64(fact.decimals));
            updateFact.bindUtf8(3, unitCode(fact.unit));
            updateFact.bind(4, QStringView(fact.source));
            updateFact.bindUtf8(5, originCode(fact.origin));
            if (pending.bound.isEmpty())
                updateFact.bindUtf8(6, "");
            else
                updateFact.bind(6, QStringView(pending.bound));
            updateFact.bind(7, storedId);
            updateFact.step();
            const bool updated = updateFact.isDone();
            updateFact.reset();
            if (!updated)
                return (tr("cannot replace %1 %2: %3")
                                .arg(fact.period.code(), fact.metric, updateFact.errorText()));
            ++report.replaced;
        }
        return {};
    };

    // Dated figures go in batches, one statement for many rows; a row whose identity is
    // already stored is left out by the statement and settled on its own.
    QList<Pending> batch;
    batch.reserve(batchRows);
    const auto flush = [&]() -> QString {
        if (batch.size() < batchRows) {
            for (const Pending &pending : std::as_const(batch)) {
                bindRow(insertOne, 0, pending);
                insertOne.step();
                const bool stepped = insertOne.isDone();
                const bool inserted = stepped && insertOne.changes() == 1;
                insertOne.reset();
                if (!stepped)
                    return storeError(*pending.fact, insertOne);
                if (inserted) {
                    ++report.inserted;
                } else if (const QString error = settle(pending); !error.isEmpty()) {
                    return error;
                }
            }
            batch.clear();
            return {};
        }
        for (int row = 0; row < batchRows; ++row)
            bindRow(insertBatch, row, batch[row]);
        insertBatch.step();
        const bool stepped = insertBatch.isDone();
        const int inserted = stepped ? insertBatch.changes() : 0;
        insertBatch.reset();
        if (!stepped)
            return storeError(*batch.first().fact, insertBatch);
        report.inserted += inserted;
        if (inserted < batchRows) {
            // The rows just inserted have consecutive ids ending at the last one.
            const qint64 firstNew = sqlite3_last_insert_rowid(handle) - inserted + 1;
            for (const Pending &pending : std::as_const(batch)) {
                findSame.bind(1, pending.periodId);
                findSame.bind(2, pending.metricId);
                findSame.bindUtf8(3, basisCode(pending.fact->basis));
                findSame.bindUtf8(4, pending.asOf);
                findSame.bind(5, companyId);
                const bool isNew
                        = inserted > 0 && findSame.step() && findSame.int64At(0) >= firstNew;
                findSame.reset();
                if (isNew)
                    continue;
                if (const QString error = settle(pending); !error.isEmpty())
                    return error;
            }
        }
        batch.clear();
        return {};
    };

    qsizetype done = 0;
    QList<Fact> facts;  // the part being stored
    for (;;) {
        facts.clear();
        const PartStatus status = nextPart(facts);
        if (status == PartStatus::End)
            break;
        if (status == PartStatus::Failed)
            return abort(tr("the figures could not all be read; nothing was imported"));
        for (const Fact &fact : std::as_const(facts)) {
            // Report every 2,000 rows: often enough for a progress bar, cheap enough not to matter.
            if (options.progress && done % 2000 == 0 && !options.progress(done, total)) {
                abort(tr("the import was cancelled; nothing was imported"));
                report.cancelled = true;
                return report;
            }
            ++done;
            origin = fact.origin;
            if (!fact.period.isValid() || fact.decimals < 0 || fact.decimals > 6
                || fact.source.isEmpty())
                return abort(
                        tr("cannot store %1 %2: the period, the decimals (0 to 6) or the source "
                           "is missing")
                                .arg(fact.period.code(), fact.metric));

            const int key = periodKey(fact.period);
            auto periodId = periodIds.constFind(key);
            if (periodId == periodIds.cend()) {
                const QString code = fact.period.code();
                const QString kind = FiscalPeriod::kindCode(fact.period.kind());
                const QString start = fact.period.startDate().toString(Qt::ISODate);
                const QString end = fact.period.endDate().toString(Qt::ISODate);
                insertPeriod.bind(1, QStringView(code));
                insertPeriod.bind(2, QStringView(kind));
                insertPeriod.bind(3, qint64(fact.period.fiscalYear()));
                insertPeriod.bind(4, qint64(fact.period.index()));
                insertPeriod.bind(5, qint64(fact.period.months()));
                insertPeriod.bind(6, QStringView(start));
                insertPeriod.bind(7, QStringView(end));
                insertPeriod.step();
                insertPeriod.reset();
                if (!insertPeriod.isDone())
                    return abort(
                            tr("cannot store period %1: %2").arg(code, insertPeriod.errorText()));
                periodId = periodIds.insert(key, sqlite3_last_insert_rowid(handle));
            }
            // Consecutive rows mostly name the same metric, and share its key's text.
            if (lastMetric.isNull() || !fact.metric.isSharedWith(lastMetric)) {
                auto metricId = metricIds.constFind(fact.metric);
                if (metricId == metricIds.cend()) {
                    insertMetric.bind(1, QStringView(fact.metric));
                    insertMetric.step();
                    insertMetric.reset();
                    if (!insertMetric.isDone())
                        return abort(tr("cannot store metric %1: %2")
                                             .arg(fact.metric, insertMetric.errorText()));
                    metricId = metricIds.insert(fact.metric, sqlite3_last_insert_rowid(handle));
                }
                lastMetric = fact.metric;
                lastMetricId = *metricId;
            }

            Pending pending {&fact, *periodId, lastMetricId, "", fact.boundText()};
            if (!fact.asOf.isValid()) {
                // Matched against the newest stored vintage, so whatever came before is stored.
                if (QString error = flush(); !error.isEmpty())
                    return abort(error);
                if (QString error = settle(pending); !error.isEmpty())
                    return abort(error);
                continue;
            }
            auto text = dateTexts.constFind(fact.asOf.toJulianDay());
            if (text == dateTexts.cend())
                text = dateTexts.insert(fact.asOf.toJulianDay(), fact.asOfText().toLatin1());
            pending.asOf = text->constData();
            batch.append(pending);
            if (batch.size() == batchRows) {
                if (QString error = flush(); !error.isEmpty())
                    return abort(error);
            }
        }
        // The rows waiting in the batch point into this part: store them before the next.
        if (QString error = flush(); !error.isEmpty())
            return abort(error);
    }

    if (policy == ConflictPolicy::Fail && !report.conflicts.isEmpty()) {
        const QList<Conflict> conflicts = report.conflicts;
        abort(tr("%n figure(s) already stored with another value; nothing was imported", nullptr,
                 static_cast<int>(conflicts.size())));
        report.conflicts = conflicts;
        return report;
    }
    if (options.progress)
        options.progress(done, total < 0 ? done : total);
    if (options.dryRun) {
        // The counts stand; the database goes back to what it was.
        db.rollback();
        report.ok = true;
        return report;
    }
    if (recorded) {
        // When the import is stored, in UTC; ordered by id, which no clock change disturbs.
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        finishImport.bind(1, QStringView(at));
        finishImport.bindUtf8(2, originCode(origin));
        finishImport.bind(3, qint64(report.inserted));
        finishImport.bind(4, qint64(report.replaced));
        finishImport.bind(5, qint64(report.kept));
        finishImport.bind(6, qint64(report.unchanged));
        finishImport.bind(7, importId);
        finishImport.step();
        const bool finished = finishImport.isDone();
        finishImport.reset();
        if (!finished)
            return abort(tr("cannot record the import: %1").arg(finishImport.errorText()));
    }
    if (!db.commit())
        return abort(tr("cannot commit the import: %1").arg(db.lastError().text()));
    report.ok = true;
    return report;
}

QList<Fact> Store::facts() const
{
    return selectFacts(QString(), {});
}

QList<Fact> Store::facts(const QStringList &metrics) const
{
    if (metrics.isEmpty())
        return {};
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), metrics.size());
    return selectFacts(
            QStringLiteral("WHERE m.key IN (%1)").arg(placeholders.join(QLatin1Char(','))),
            metrics);
}

QList<Fact> Store::selectFacts(const QString &whereClause, const QStringList &metrics) const
{
    QList<Fact> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // A database of an older schema, only read, has no bounds: all its figures are exact.
    const QString bound = userVersion() >= 3 ? QStringLiteral("f.bound") : QStringLiteral("''");
    // A database of an older schema, only read, is the bundled company's alone.
    const bool companies = userVersion() >= 5;
    const QString company = companies
            ? QStringLiteral("f.company_id = (SELECT id FROM company WHERE key = ?)")
            : QString();
    QString where = whereClause;
    if (companies)
        where = where.isEmpty() ? QString(QStringLiteral("WHERE ") + company)
                                : QString(where + QStringLiteral(" AND ") + company);
    query.prepare(
            QStringLiteral(
                    "SELECT p.code, m.key, f.value, f.decimals, f.unit, f.basis, f.source, "
                    "f.as_of, f.origin, %1 FROM fact f "
                    "JOIN period p ON p.id = f.period_id JOIN metric m ON m.id = f.metric_id ")
                    .arg(bound)
            + where + QStringLiteral(" ORDER BY p.end_date, p.months, m.key, f.basis, f.as_of"));
    for (int i = 0; i < metrics.size(); ++i)
        query.bindValue(i, metrics[i]);
    if (companies)
        query.bindValue(metrics.size(), companyKey());
    if (!query.exec())
        return result;
    while (query.next()) {
        Fact fact;
        fact.period = FiscalPeriod::fromCode(query.value(0).toString()).value_or(FiscalPeriod());
        fact.metric = query.value(1).toString();
        fact.value = query.value(2).toDouble();
        fact.decimals = query.value(3).toInt();
        fact.unit = Units::fromCode(query.value(4).toString()).value_or(Unit::JpyMillion);
        fact.basis = Bases::fromCode(query.value(5).toString()).value_or(Basis::Reported);
        fact.source = query.value(6).toString();
        fact.asOf = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        fact.origin = query.value(8).toString() == QLatin1String("bundled") ? Fact::Origin::Bundled
                                                                            : Fact::Origin::User;
        fact.setBoundText(query.value(9).toString());
        result.append(fact);
    }
    return result;
}

QString Store::metaValue(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.bindValue(0, key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool Store::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO "
                                 "UPDATE SET value = excluded.value"));
    query.bindValue(0, key);
    query.bindValue(1, value);
    return query.exec();
}

StoreRecovery::Figures Store::readableFigures() const
{
    return StoreRecovery::readableFigures(database());
}

int Store::factCount() const
{
    QSqlQuery query(database());
    if (userVersion() < 5) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM fact")) || !query.next())
            return 0;
        return query.value(0).toInt();
    }
    query.prepare(QStringLiteral("SELECT count(*) FROM fact WHERE company_id = "
                                 "(SELECT id FROM company WHERE key = ?)"));
    query.addBindValue(companyKey());
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

int Store::userFactCount() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM fact WHERE origin = 'user'"))
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString Store::companyKey() const
{
    return m_companyKey.isEmpty() ? CompanyProfile::active().key : m_companyKey;
}

void Store::setCompanyKey(const QString &key)
{
    m_companyKey = key;
}

std::optional<qint64> Store::companyRow(sqlite3 *handle, bool create)
{
    const QString key = companyKey();
    SqliteStatement find(handle, "SELECT id FROM company WHERE key = ?");
    find.bind(1, QStringView(key));
    if (find.step())
        return find.int64At(0);
    if (!find.isDone()) {
        m_lastError = tr("cannot read the database: %1").arg(find.errorText());
        return std::nullopt;
    }
    const CompanyProfile &active = CompanyProfile::active();
    if (!create || active.key != key) {
        m_lastError = tr("the database holds no company '%1'").arg(key);
        return std::nullopt;
    }
    // The company on screen comes into the database with its figures, described by its
    // profile as read.
    SqliteStatement insert(handle, "INSERT INTO company (key, profile, origin) VALUES (?, ?, ?)");
    const QString profile = QString::fromUtf8(active.json);
    insert.bind(1, QStringView(key));
    insert.bind(2, QStringView(profile));
    insert.bindUtf8(3, active.json == CompanyProfile::bundled().json ? "bundled" : "user");
    insert.step();
    if (!insert.isDone()) {
        m_lastError = tr("cannot store the company %1: %2").arg(key, insert.errorText());
        return std::nullopt;
    }
    return sqlite3_last_insert_rowid(handle);
}

QList<Store::Company> Store::companies() const
{
    QList<Company> result;
    if (userVersion() < 5) {
        const CompanyProfile &bundled = CompanyProfile::bundled();
        result.append({bundled.key, bundled.json, Fact::Origin::Bundled});
        return result;
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT key, profile, origin FROM company c WHERE EXISTS "
                                   "(SELECT 1 FROM fact f WHERE f.company_id = c.id) ORDER BY id")))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString().toUtf8(),
                       query.value(2).toString() == QLatin1String("bundled") ? Fact::Origin::Bundled
                                                                             : Fact::Origin::User});
    return result;
}

bool Store::setCompanyProfile(const CompanyProfile &profile)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE company SET profile = ? WHERE key = ?"));
    query.addBindValue(QString::fromUtf8(profile.json));
    query.addBindValue(profile.key);
    if (!query.exec()) {
        m_lastFailure = failureOf(query.lastError());
        m_lastError = tr("cannot store the profile of %1: %2")
                              .arg(profile.key, query.lastError().text());
        return false;
    }
    return true;
}
