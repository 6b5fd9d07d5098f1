#include "Store.h"

#include <QAtomicInt>
#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

QAtomicInt connectionCounter;

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
        ) STRICT)",
        R"(CREATE TABLE fact (
            id INTEGER PRIMARY KEY,
            period_id INTEGER NOT NULL REFERENCES period(id),
            metric_id INTEGER NOT NULL REFERENCES metric(id),
            value REAL NOT NULL,
            decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 6),
            unit TEXT NOT NULL
                CHECK (unit IN ('JPY_million', 'JPY_billion', 'JPY', 'percent', 'count')),
            basis TEXT NOT NULL CHECK (basis IN ('reported', 'derived', 'target')),
            source TEXT NOT NULL CHECK (length(source) > 0),
            as_of TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
            UNIQUE (period_id, metric_id, basis, as_of)
        ) STRICT)",   "CREATE INDEX fact_metric ON fact(metric_id, period_id)",
        R"(CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT)",
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
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
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

bool Store::open(const QString &path)
{
    m_path = path;
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        m_lastError = tr("the SQLite driver for Qt is not installed (libqt6sql6-sqlite)");
        return false;
    }
    if (db.isOpen())
        db.close();
    db.setDatabaseName(path);
    // Another instance holding a write lock makes us wait briefly, then fail clearly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!db.open()) {
        m_lastError = tr("cannot open the database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    // Reading the schema fails at once on a file that is not an SQLite database.
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next()) {
        m_lastError = tr("%1 is not an irdash database: %2").arg(path, query.lastError().text());
        db.close();
        return false;
    }
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const int version = userVersion();
    if (version == 0) {
        if (!createSchema()) {
            db.close();
            return false;
        }
    } else if (version > schemaVersion) {
        m_lastError = tr("%1 was written by a newer irdash (schema %2; this one reads up to %3)")
                              .arg(path)
                              .arg(version)
                              .arg(schemaVersion);
        db.close();
        return false;
    } else if (version < schemaVersion && !migrate(version)) {
        db.close();
        return false;
    }
    m_lastError.clear();
    return true;
}

void Store::close()
{
    QSqlDatabase db = database();
    if (db.isOpen())
        db.close();
}

QString Store::integrityCheck() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    return problems.join(QStringLiteral("; "));
}

Store::WriteAccess Store::writeAccess() const
{
    QSqlQuery query(database());
    // BEGIN IMMEDIATE takes the write lock, the surest test of being able to write.
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        query.exec(QStringLiteral("ROLLBACK"));
        // A read-only file still lets BEGIN through; a write does not.
        if (query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion())))
            return WriteAccess::Writable;
        return WriteAccess::ReadOnly;
    }
    const QString error = query.lastError().text();
    return error.contains(QLatin1String("locked"), Qt::CaseInsensitive) ? WriteAccess::Locked
                                                                        : WriteAccess::ReadOnly;
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
        m_lastError = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    for (const char *statement : createStatements) {
        if (!query.exec(QString::fromLatin1(statement))) {
            m_lastError = tr("cannot create the schema: %1").arg(query.lastError().text());
            db.rollback();
            return false;
        }
    }
    // PRAGMA takes no bound parameters; the value is our own constant.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))) {
        m_lastError = tr("cannot set the schema version: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_lastError = tr("cannot create the schema: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

bool Store::migrate(int fromVersion)
{
    // Version 1 is the first schema; later versions add their steps here, one per version.
    m_lastError = tr("no migration from schema %1 to %2").arg(fromVersion).arg(schemaVersion);
    return false;
}

Store::ImportReport Store::importFacts(const QList<Fact> &facts, ConflictPolicy policy)
{
    ImportOptions options;
    options.policy = policy;
    return importFacts(facts, options);
}

Store::ImportReport Store::importFacts(const QList<Fact> &facts, const ImportOptions &options)
{
    const ConflictPolicy policy = options.policy;
    ImportReport report;
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        report.error = tr("the database is not open");
        return report;
    }
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

    QSqlQuery insertPeriod(db);
    insertPeriod.prepare(QStringLiteral(
            "INSERT INTO period (code, kind, fiscal_year, idx, months, start_date, end_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING"));
    QSqlQuery selectPeriod(db);
    selectPeriod.prepare(QStringLiteral("SELECT id FROM period WHERE code = ?"));
    QSqlQuery insertMetric(db);
    insertMetric.prepare(
            QStringLiteral("INSERT INTO metric (key) VALUES (?) ON CONFLICT(key) DO NOTHING"));
    QSqlQuery selectMetric(db);
    selectMetric.prepare(QStringLiteral("SELECT id FROM metric WHERE key = ?"));
    QSqlQuery findSame(db);
    findSame.prepare(
            QStringLiteral("SELECT id, value, decimals, unit, source, as_of, origin FROM fact "
                           "WHERE period_id = ? AND metric_id = ? AND basis = ? AND as_of = ?"));
    // A row without as_of matches the newest stored vintage of the same figure.
    QSqlQuery findUndated(db);
    findUndated.prepare(QStringLiteral(
            "SELECT id, value, decimals, unit, source, as_of, origin FROM fact "
            "WHERE period_id = ? AND metric_id = ? AND basis = ? ORDER BY as_of DESC LIMIT 1"));
    QSqlQuery insertFact(db);
    insertFact.prepare(QStringLiteral("INSERT INTO fact (period_id, metric_id, value, decimals, "
                                      "unit, basis, source, as_of, origin) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery updateFact(db);
    updateFact.prepare(QStringLiteral("UPDATE fact SET value = ?, decimals = ?, unit = ?, source = "
                                      "?, origin = ? WHERE id = ?"));

    QHash<QString, qint64> periodIds;
    QHash<QString, qint64> metricIds;
    auto idFor = [&](QSqlQuery &insert, QSqlQuery &select, QHash<QString, qint64> &cache,
                     const QString &key, const QVariantList &insertValues) -> qint64 {
        if (const auto it = cache.constFind(key); it != cache.cend())
            return *it;
        for (int i = 0; i < insertValues.size(); ++i)
            insert.bindValue(i, insertValues[i]);
        if (!insert.exec())
            return -1;
        select.bindValue(0, key);
        if (!select.exec() || !select.next())
            return -1;
        const qint64 id = select.value(0).toLongLong();
        select.finish();
        cache.insert(key, id);
        return id;
    };

    const qsizetype total = facts.size();
    qsizetype done = 0;
    for (const Fact &fact : facts) {
        // Report every 2,000 rows: often enough for a progress bar, cheap enough not to matter.
        if (options.progress && done % 2000 == 0 && !options.progress(done, total)) {
            abort(tr("the import was cancelled; nothing was imported"));
            report.cancelled = true;
            return report;
        }
        ++done;
        const QString code = fact.period.code();
        const qint64 periodId
                = idFor(insertPeriod, selectPeriod, periodIds, code,
                        {code, FiscalPeriod::kindCode(fact.period.kind()), fact.period.fiscalYear(),
                         fact.period.index(), fact.period.months(),
                         fact.period.startDate().toString(Qt::ISODate),
                         fact.period.endDate().toString(Qt::ISODate)});
        if (periodId < 0)
            return abort(
                    tr("cannot store period %1: %2").arg(code, insertPeriod.lastError().text()));
        const qint64 metricId
                = idFor(insertMetric, selectMetric, metricIds, fact.metric, {fact.metric});
        if (metricId < 0)
            return abort(tr("cannot store metric %1: %2")
                                 .arg(fact.metric, insertMetric.lastError().text()));

        QSqlQuery &find = fact.asOf.isValid() ? findSame : findUndated;
        find.bindValue(0, periodId);
        find.bindValue(1, metricId);
        find.bindValue(2, Bases::code(fact.basis));
        if (fact.asOf.isValid())
            find.bindValue(3, fact.asOfText());
        if (!find.exec())
            return abort(tr("cannot read the database: %1").arg(find.lastError().text()));

        if (!find.next()) {
            insertFact.bindValue(0, periodId);
            insertFact.bindValue(1, metricId);
            insertFact.bindValue(2, fact.value);
            insertFact.bindValue(3, fact.decimals);
            insertFact.bindValue(4, Units::code(fact.unit));
            insertFact.bindValue(5, Bases::code(fact.basis));
            insertFact.bindValue(6, fact.source);
            insertFact.bindValue(7, fact.asOfText());
            insertFact.bindValue(8, Fact::originCode(fact.origin));
            if (!insertFact.exec())
                return abort(tr("cannot store %1 %2: %3")
                                     .arg(code, fact.metric, insertFact.lastError().text()));
            ++report.inserted;
            continue;
        }

        const qint64 storedId = find.value(0).toLongLong();
        Fact stored = fact;
        stored.value = find.value(1).toDouble();
        stored.decimals = find.value(2).toInt();
        stored.unit = Units::fromCode(find.value(3).toString()).value_or(Unit::JpyMillion);
        stored.source = find.value(4).toString();
        stored.asOf = QDate::fromString(find.value(5).toString(), Qt::ISODate);
        stored.origin = find.value(6).toString() == QLatin1String("bundled") ? Fact::Origin::Bundled
                                                                             : Fact::Origin::User;
        find.finish();

        if (stored.valueText() == fact.valueText() && stored.unit == fact.unit) {
            ++report.unchanged;
            continue;
        }
        report.conflicts.append({stored, fact});
        const bool replace = policy == ConflictPolicy::Replace
                || (policy == ConflictPolicy::ReplaceBundled
                    && stored.origin == Fact::Origin::Bundled);
        if (policy == ConflictPolicy::Keep
            || (policy == ConflictPolicy::ReplaceBundled && !replace)) {
            ++report.kept;
        } else if (replace) {
            updateFact.bindValue(0, fact.value);
            updateFact.bindValue(1, fact.decimals);
            updateFact.bindValue(2, Units::code(fact.unit));
            updateFact.bindValue(3, fact.source);
            updateFact.bindValue(4, Fact::originCode(fact.origin));
            updateFact.bindValue(5, storedId);
            if (!updateFact.exec())
                return abort(tr("cannot replace %1 %2: %3")
                                     .arg(code, fact.metric, updateFact.lastError().text()));
            ++report.replaced;
        }
    }

    if (policy == ConflictPolicy::Fail && !report.conflicts.isEmpty()) {
        const QList<Conflict> conflicts = report.conflicts;
        abort(tr("%n figure(s) already stored with another value; nothing was imported", nullptr,
                 static_cast<int>(conflicts.size())));
        report.conflicts = conflicts;
        return report;
    }
    if (options.progress)
        options.progress(total, total);
    if (options.dryRun) {
        // The counts stand; the database goes back to what it was.
        db.rollback();
        report.ok = true;
        return report;
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
    query.prepare(
            QStringLiteral(
                    "SELECT p.code, m.key, f.value, f.decimals, f.unit, f.basis, f.source, "
                    "f.as_of, f.origin FROM fact f "
                    "JOIN period p ON p.id = f.period_id JOIN metric m ON m.id = f.metric_id ")
            + whereClause
            + QStringLiteral(" ORDER BY p.end_date, p.months, m.key, f.basis, f.as_of"));
    for (int i = 0; i < metrics.size(); ++i)
        query.bindValue(i, metrics[i]);
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

QList<Fact> Store::readableFacts() const
{
    QList<Fact> result;
    QSqlQuery bounds(database());
    qint64 last = 0;
    if (bounds.exec(QStringLiteral("SELECT max(id) FROM fact")) && bounds.next())
        last = bounds.value(0).toLongLong();
    if (last <= 0) {
        // The table's root may be unreadable; try the ids as far as a sane import goes.
        last = 1000000;
    }
    QSqlQuery row(database());
    row.prepare(QStringLiteral(
            "SELECT p.code, m.key, f.value, f.decimals, f.unit, f.basis, f.source, f.as_of, "
            "f.origin "
            "FROM fact f JOIN period p ON p.id = f.period_id JOIN metric m ON m.id = f.metric_id "
            "WHERE f.id = ?"));
    int misses = 0;
    for (qint64 id = 1; id <= last && misses < 10000; ++id) {
        row.bindValue(0, id);
        if (!row.exec() || !row.next()) {
            ++misses;
            continue;
        }
        misses = 0;
        Fact fact;
        const auto period = FiscalPeriod::fromCode(row.value(0).toString());
        const auto unit = Units::fromCode(row.value(4).toString());
        const auto basis = Bases::fromCode(row.value(5).toString());
        if (!period || !unit || !basis)
            continue;  // a damaged row is skipped, not guessed at
        fact.period = *period;
        fact.metric = row.value(1).toString();
        fact.value = row.value(2).toDouble();
        fact.decimals = row.value(3).toInt();
        fact.unit = *unit;
        fact.basis = *basis;
        fact.source = row.value(6).toString();
        fact.asOf = QDate::fromString(row.value(7).toString(), Qt::ISODate);
        fact.origin = row.value(8).toString() == QLatin1String("bundled") ? Fact::Origin::Bundled
                                                                          : Fact::Origin::User;
        row.finish();
        result.append(fact);
    }
    return result;
}

int Store::factCount() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM fact")) || !query.next())
        return 0;
    return query.value(0).toInt();
}
