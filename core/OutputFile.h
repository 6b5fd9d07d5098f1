#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes an export: never over anything but a regular file, through a temporary file in
// the same folder that is renamed over the target only once every byte has been written
// and synced to disk. A full disk is an error and leaves the old file as it was; a FIFO or
// a device (/dev/null, /dev/full) is refused, never replaced by a file.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Problem {
        None,
        NotAFile,  // the path is a folder, FIFO, device, socket or other special file
    };

    struct Check
    {
        Problem problem = Problem::None;
        QString message;  // "cannot write PATH: it is a FIFO, not a file"; empty when ok

        bool ok() const { return problem == Problem::None; }
    };

    // Whether `path` may be written: a new file, a regular file, or a symbolic link to a
    // regular file (the file it leads to is replaced and the link kept, as QSaveFile does).
    static Check check(const QString &path);
    // check(), then the data, all or nothing; false with a one-line *error naming the file.
    static bool write(const QString &path, const QByteArray &data, QString *error);
    // The data to standard output (`-o -`), every write checked: a closed pipe or a full disk
    // behind a redirection is a one-line *error.
    static bool writeStandardOutput(const QByteArray &data, QString *error);
};
