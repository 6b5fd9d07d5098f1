#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The check before a dataset file is read: only a regular file (or a symbolic link to one)
// of at most maxSize bytes. Folders, FIFOs, devices and sockets are refused by their type
// before anything opens them, so /dev/zero cannot fill the memory and a FIFO cannot block.
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // 1 GiB, ten million records or so. Reading holds the bytes and their UTF-16 text at
    // once, about four times the file's size in memory; the bundled dataset is 100 KB.
    static constexpr qint64 maxSize = qint64(1) << 30;

    enum class Problem {
        None,
        NotAFile,  // a folder, FIFO, device, socket or other special file
        TooLarge,  // over maxSize
        Unreadable,  // standard input could not be read
    };

    struct Check
    {
        Problem problem = Problem::None;
        QString message;  // one line naming the file; empty when there is no problem

        bool ok() const { return problem == Problem::None; }
    };

    // A path that cannot be looked at (missing, no permission) passes: opening it says why.
    static Check check(const QString &path);
    // Standard input read to its end into *data, for `irdash import -`: a pipe, a terminal or
    // a redirected file. Refused once it passes maxSize, so /dev/zero cannot fill the memory.
    static Check readStandardInput(QByteArray *data);
};
