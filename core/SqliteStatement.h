#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the SQLite handle under a QSQLITE connection. The import's
// per-row loop uses it because QSqlQuery's per-row cost (QVariant binding, result
// bookkeeping) was most of an import's time; see docs/PERFORMANCE.md.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    // The handle under an open QSQLITE connection; nullptr for any other driver.
    static sqlite3 *handleOf(const QSqlDatabase &database);

    SqliteStatement(sqlite3 *database, const QByteArray &sql);
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }
    // SQLite's message for the last failure on this connection.
    QString errorText() const;

    // Parameters count from 1, as in SQL.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    // The text must outlive the next step().
    void bind(int index, QStringView text);
    void bindUtf8(int index, const char *text);

    // True while it yields rows; false at the end or on an error (then isDone() is false).
    bool step();
    bool isDone() const { return m_done; }
    // Ready for the next set of parameters.
    void reset();
    // Rows the last INSERT or UPDATE changed.
    int changes() const;

    qint64 int64At(int column) const;
    double doubleAt(int column) const;
    QString textAt(int column) const;

private:
    sqlite3 *m_database;
    sqlite3_stmt *m_statement = nullptr;
    bool m_done = false;
};
