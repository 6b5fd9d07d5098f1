#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Store;

// Opens the database a session works on and gets it into a state to work with: a file
// that is not a database or fails SQLite's check is moved aside (kept, renamed with a
// timestamp) and replaced by a fresh one with the bundled dataset and whatever figures
// the user had imported that could still be read; a location that cannot be written
// gives an in-memory database; a database locked by another process is an error, said
// at once rather than waited on.
class DatabaseStartup final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStartup)

public:
    struct Result
    {
        bool ok = false;
        QString path;  // the database in use: the file, or ":memory:"
        QStringList warnings;  // what the user should know (a file moved aside, ...)
        QString error;  // why nothing could be opened, when ok is false
    };

    // `appOwned`: the file is irdash's own (the default location), so even a file that is
    // not a database at all may be moved aside. A file the user named is moved aside only
    // when it is a damaged SQLite database; anything else is an error and left alone.
    // `memoryFallback`: when the file cannot be written, work in memory (with a warning)
    // instead of failing; right for looking, wrong for importing.
    static Result open(Store &store, const QString &path, bool appOwned,
                       bool memoryFallback = true);
};
