#pragma once

#include "Fact.h"
#include "StoreRecovery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;
class CompanyProfile;
struct sqlite3;

#include <functional>
#include <optional>

// The SQLite database of facts. Owns one named QSQLITE connection; the schema is
// versioned with PRAGMA user_version; every import is one transaction.
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(Store)
    Q_DISABLE_COPY_MOVE(Store)

public:
    static constexpr int schemaVersion = 5;

    enum class ConflictPolicy {
        Fail,  // a conflict aborts the whole import
        Replace,  // the incoming figure replaces the stored one
        Keep,  // the stored figure stays
        // A newer bundled dataset: replace what came bundled, keep what the user imported.
        ReplaceBundled,
    };

    struct ImportOptions
    {
        ConflictPolicy policy = ConflictPolicy::Fail;
        bool dryRun = false;  // work out the report, then roll everything back
        // The file the figures come from. An import that names one is recorded in the
        // import history within the import's transaction and can be undone (ImportHistory); one
        // that names none is not: the bundled dataset, figures read back from a damaged
        // database. A dry run records nothing.
        QString file;
        // Called now and then with (done, total), total -1 while figures come in parts;
        // returning false cancels (rollback).
        std::function<bool(qsizetype, qsizetype)> progress;
    };

    // A stored figure and an incoming one with the same identity but another value.
    struct Conflict
    {
        Fact stored;
        Fact incoming;
    };

    struct ImportReport
    {
        bool ok = false;
        QString error;  // set when ok is false
        int inserted = 0;
        int unchanged = 0;
        int replaced = 0;
        int kept = 0;
        bool cancelled = false;
        QList<Conflict> conflicts;
    };

    // What went wrong when opening or reading a database, decided by SQLite's result code
    // (never by message text): only Damaged and NotDatabase are damage; the others mean
    // "leave the file as it is and say why".
    enum class Failure {
        None,
        Locked,  // SQLITE_BUSY / SQLITE_LOCKED past the busy timeout
        NoAccess,  // SQLITE_PERM / SQLITE_CANTOPEN / SQLITE_AUTH: permissions, a missing folder
        ReadOnly,  // SQLITE_READONLY
        DiskFull,  // SQLITE_FULL
        Damaged,  // SQLITE_CORRUPT, or a quick_check that found problems
        NotDatabase,  // SQLITE_NOTADB: not an SQLite file at all
        Foreign,  // an SQLite database, but another program's
        Newer,  // an irdash database of a newer schema
        Other,
    };

    enum class Access {
        ReadWrite,  // creates the schema in an empty new file, migrates an older one
        ReadOnly,  // never writes a byte to the file
    };

    // Identifies irdash's databases (PRAGMA application_id): "irDS".
    static constexpr qint32 applicationId = 0x69724453;

    Store();
    ~Store();

    // Where the database lives unless the user names another file:
    // QStandardPaths::AppDataLocation/irdash.sqlite.
    static QString defaultPath();

    // A file path, or ":memory:". An SQLite file that is neither irdash's (by its
    // application_id, or for a database of an older irdash, by its tables) nor empty is
    // refused as Foreign and not written to. An empty one gets the schema only when
    // `isNew` (irdash made it in this run) and the access is ReadWrite.
    bool open(const QString &path, Access access = Access::ReadWrite, bool isNew = true);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    Failure lastFailure() const { return m_lastFailure; }
    int userVersion() const;
    void close();

    // The kind of failure behind an error from the QSQLITE driver, by its result code.
    static Failure failureOf(const QSqlError &error);

    // "ok", or what SQLite's quick_check found wrong; lastFailure() says Damaged when it
    // found problems, or what kept it from running (Locked, say).
    QString integrityCheck();
    enum class WriteAccess {
        Writable,
        ReadOnly,  // the file or its folder cannot be written
        Locked,  // another process holds a lock past the busy timeout
    };
    // Asks SQLite whether the connection can write, and takes the write lock once to see
    // that no other program holds it; writes nothing.
    WriteAccess writeAccess() const;
    ImportReport importFacts(const QList<Fact> &facts,
                             ConflictPolicy policy = ConflictPolicy::Fail);
    ImportReport importFacts(const QList<Fact> &facts, const ImportOptions &options);
    // What the source of an import in parts has next.
    enum class PartStatus {
        Part,  // the list holds the next part
        End,  // every part has come
        Failed,  // the source failed: nothing is imported
    };
    // Stores figures that arrive in parts, in one transaction as they come, so that a large
    // file is stored while the rest of it is read: `nextPart` fills the list and says what
    // it holds. Conflicts, checks and the report are importFacts's.
    ImportReport importParts(const std::function<PartStatus(QList<Fact> &)> &nextPart,
                             const ImportOptions &options);

    // Every fact, chronologically by period, then by metric key, basis and as_of.
    QList<Fact> facts() const;
    // Every fact that can still be read from a damaged database (see StoreRecovery).
    StoreRecovery::Figures readableFigures() const;
    // The facts of these metrics only.
    QList<Fact> facts(const QStringList &metrics) const;
    int factCount() const;  // the company's
    int userFactCount() const;  // every company's figures the user imported

    // The company whose figures are read and written: by default the active one
    // (CompanyProfile::active), which an import brings into the database with its profile
    // if it is not there yet. An empty key goes back to following the active company.
    QString companyKey() const;
    void setCompanyKey(const QString &key);
    QString companyKeySetting() const { return m_companyKey; }  // empty: the active one
    // The companies with figures in the database, in the order they came, each with its
    // profile as stored.
    struct Company
    {
        QString key;
        QByteArray profile;
        Fact::Origin origin = Fact::Origin::User;
    };
    QList<Company> companies() const;
    // Stores a newer profile for a company the database holds (a newer bundled one, or a
    // user's import of a revised profile).
    bool setCompanyProfile(const CompanyProfile &profile);

    // Small bookkeeping values, e.g. which bundled dataset was loaded.
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    // For the queries in core only.
    QSqlDatabase database() const;

private:
    // `total` is the number of figures when it is known beforehand, for progress reports.
    ImportReport importInParts(const std::function<PartStatus(QList<Fact> &)> &nextPart,
                               qsizetype total, const ImportOptions &options);
    bool fail(Failure failure, const QString &message);
    // Whether the open database is irdash's, an empty one, or another program's.
    bool checkIdentity(Access access, bool isNew);
    bool createSchema();
    bool migrate(int fromVersion);
    bool migrateToImportHistory(QSqlQuery &query);
    bool migrateToCompanies(QSqlQuery &query);
    // The row of the company figures go to; with `create`, the active company is added.
    std::optional<qint64> companyRow(sqlite3 *handle, bool create);
    QList<Fact> selectFacts(const QString &whereClause, const QStringList &metrics) const;

    QString m_connectionName;
    QString m_companyKey;
    QString m_path;
    QString m_lastError;
    Failure m_lastFailure = Failure::None;
};
