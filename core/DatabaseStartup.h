#pragma once

#include "Store.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Opens the database a session works on and gets it into a state to work with. Only a
// file proven to be irdash's and damaged (SQLITE_CORRUPT or SQLITE_NOTADB by result
// code, or a quick_check that finds problems) is ever repaired: everything readable is
// read, a new database is written and synced beside it, and only then is the damaged
// file set aside (kept, renamed with a timestamp) and the new one put in its place. A
// locked, unreadable, read-only, foreign or empty file, or a full disk, is reported and
// left exactly as it was.
class DatabaseStartup final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStartup)

public:
    enum class Purpose {
        Browse,  // the window: repairs; works in memory where the file cannot be written
        Import,  // as Browse, but fails where the file cannot be written
        // data, check, export: never writes to the file or beside it (a damaged or
        // outdated one is read into memory); a missing one gives the bundled dataset in
        // memory, and no file is made.
        Read,
    };

    struct Result
    {
        bool ok = false;
        QString path;  // the database in use: the file, or ":memory:"
        QStringList warnings;  // what the user should know (a file moved aside, ...)
        QString error;  // why nothing could be opened, when ok is false
        Store::Failure failure = Store::Failure::None;  // what kind of failure the error is
    };

    // `appOwned`: the file is irdash's own (the default location), so even a file that is
    // not a database at all may be repaired. A file the user named is repaired only when
    // it is an irdash database (by its application id) that is damaged.
    static Result open(Store &store, const QString &path, bool appOwned, Purpose purpose);
    // Browse, or with `memoryFallback` false, Import.
    static Result open(Store &store, const QString &path, bool appOwned,
                       bool memoryFallback = true);
};
