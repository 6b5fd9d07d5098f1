#include "OutputFile.h"

#include "FileKind.h"

#include <QDir>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#    include <cerrno>
#    include <unistd.h>
#endif

OutputFile::Check OutputFile::check(const QString &path)
{
    const FileKind kind = FileKind::of(path);
    Check check;
    switch (kind.type()) {
    case FileKind::Type::Missing:
    case FileKind::Type::Regular:
    case FileKind::Type::Unknown:  // opening it says why it cannot be written
        break;
    case FileKind::Type::Directory:
    case FileKind::Type::Fifo:
    case FileKind::Type::CharacterDevice:
    case FileKind::Type::BlockDevice:
    case FileKind::Type::Socket:
    case FileKind::Type::Other:
        check.problem = Problem::NotAFile;
        check.message = tr("cannot write %1: it is %2, not a file")
                                .arg(QDir::toNativeSeparators(path), kind.description());
        break;
    }
    return check;
}

bool OutputFile::write(const QString &path, const QByteArray &data, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (const Check refused = check(path); !refused.ok()) {
        if (error)
            *error = refused.message;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
#ifdef Q_OS_UNIX
    // Qt 6.4's QSaveFile::commit() sees neither a short write nor a failed last flush and
    // renames the truncated file over the target. On the handle, errno says what failed.
    const int handle = file.handle();
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t step = ::write(handle, data.constData() + written,
                                     static_cast<size_t>(data.size() - written));
        if (step < 0 && errno == EINTR)
            continue;
        if (step <= 0) {
            const QString why = step < 0 ? qt_error_string(errno) : tr("nothing more was written");
            file.cancelWriting();
            return fail(why);
        }
        written += step;
    }
    // Some file systems (NFS, quotas) report a full disk only when the data goes out. One
    // that cannot sync at all says so with EINVAL or ENOTSUP: nothing failed then.
    int synced = ::fsync(handle);
    while (synced != 0 && errno == EINTR)
        synced = ::fsync(handle);
    if (synced != 0 && errno != EINVAL && errno != ENOTSUP && errno != ENOSYS) {
        const QString why = qt_error_string(errno);
        file.cancelWriting();
        return fail(why);
    }
#else
    if (file.write(data) != data.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
#endif
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool OutputFile::writeStandardOutput(const QByteArray &data, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("cannot write to the standard output: %1").arg(why);
        return false;
    };
#ifdef Q_OS_UNIX
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t step = ::write(STDOUT_FILENO, data.constData() + written,
                                     static_cast<size_t>(data.size() - written));
        if (step < 0 && errno == EINTR)
            continue;
        if (step <= 0)
            return fail(step < 0 ? qt_error_string(errno) : tr("nothing more was written"));
        written += step;
    }
#else
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size() || !out.flush())
        return fail(out.errorString());
#endif
    return true;
}
