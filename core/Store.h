#pragma once

#include "Fact.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// The SQLite database of facts. Owns one named QSQLITE connection; the schema is
// versioned with PRAGMA user_version; every import is one transaction.
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(Store)
    Q_DISABLE_COPY_MOVE(Store)

public:
    static constexpr int schemaVersion = 2;

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

    Store();
    ~Store();

    // Where the database lives unless the user names another file:
    // QStandardPaths::AppDataLocation/irdash.sqlite.
    static QString defaultPath();

    // A file path, or ":memory:". Creates or migrates the schema.
    bool open(const QString &path);
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    int userVersion() const;
    void close();

    // "ok", or what SQLite's quick_check found wrong.
    QString integrityCheck() const;
    enum class WriteAccess {
        Writable,
        ReadOnly,  // the file or its folder cannot be written
        Locked,  // another process holds a lock past the busy timeout
    };
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
    // Every fact that can still be read from a damaged database, row by row, so one bad
    // page loses only the rows on it.
    QList<Fact> readableFacts() const;
    // The facts of these metrics only.
    QList<Fact> facts(const QStringList &metrics) const;
    int factCount() const;

    // Small bookkeeping values, e.g. which bundled dataset was loaded.
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    // For the queries in core only.
    QSqlDatabase database() const;

private:
    // `total` is the number of figures when it is known beforehand, for progress reports.
    ImportReport importInParts(const std::function<PartStatus(QList<Fact> &)> &nextPart,
                               qsizetype total, const ImportOptions &options);
    bool createSchema();
    bool migrate(int fromVersion);
    QList<Fact> selectFacts(const QString &whereClause, const QStringList &metrics) const;

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
};
