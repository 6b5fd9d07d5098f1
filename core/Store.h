#pragma once

#include "Fact.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The SQLite database of facts. Owns one named QSQLITE connection; the schema is
// versioned with PRAGMA user_version; every import is one transaction.
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(Store)
    Q_DISABLE_COPY_MOVE(Store)

public:
    static constexpr int schemaVersion = 1;

    enum class ConflictPolicy {
        Fail,  // a conflict aborts the whole import
        Replace,  // the incoming figure replaces the stored one
        Keep,  // the stored figure stays
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

    ImportReport importFacts(const QList<Fact> &facts,
                             ConflictPolicy policy = ConflictPolicy::Fail);

    // Every fact, chronologically by period, then by metric key, basis and as_of.
    QList<Fact> facts() const;
    // The facts of these metrics only.
    QList<Fact> facts(const QStringList &metrics) const;
    int factCount() const;

    // Small bookkeeping values, e.g. which bundled dataset was loaded.
    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    // For the queries in core only.
    QSqlDatabase database() const;

private:
    bool createSchema();
    bool migrate(int fromVersion);
    QList<Fact> selectFacts(const QString &whereClause, const QStringList &metrics) const;

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
};
