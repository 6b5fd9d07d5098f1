#include "InputFile.h"

#include "FileKind.h"

#include <QDir>
#include <QLocale>

#include <cerrno>
#include <unistd.h>

InputFile::Check InputFile::check(const QString &path)
{
    const FileKind kind = FileKind::of(path);
    const QString name = QDir::toNativeSeparators(path);
    Check check;
    switch (kind.type()) {
    case FileKind::Type::Missing:
    case FileKind::Type::Unknown:
        break;
    case FileKind::Type::Regular:
        if (kind.size() > maxSize) {
            const QLocale locale;
            check.problem = Problem::TooLarge;
            check.message
                    = tr("%1 is too large for a dataset file: %2 bytes; the limit is %3 "
                         "bytes (%4)")
                              .arg(name, locale.toString(kind.size()), locale.toString(maxSize),
                                   locale.formattedDataSize(maxSize, 0,
                                                            QLocale::DataSizeIecFormat));
        }
        break;
    case FileKind::Type::Directory:
    case FileKind::Type::Fifo:
    case FileKind::Type::CharacterDevice:
    case FileKind::Type::BlockDevice:
    case FileKind::Type::Socket:
    case FileKind::Type::Other:
        check.problem = Problem::NotAFile;
        check.message
                = tr("%1 is %2, not a file; expected a dataset file").arg(name, kind.description());
        break;
    }
    return check;
}

InputFile::Check InputFile::readStandardInput(QByteArray *data)
{
    Check check;
    data->clear();
    // In steps, so that an endless input stops at the limit rather than at the memory's end.
    constexpr qsizetype step = qsizetype(1) << 20;
    for (;;) {
        const qsizetype size = data->size();
        data->resize(size + step);
        const ssize_t got = ::read(STDIN_FILENO, data->data() + size, static_cast<size_t>(step));
        if (got < 0 && errno == EINTR) {
            data->resize(size);
            continue;
        }
        if (got < 0) {
            const QString why = qt_error_string(errno);
            data->clear();
            check.problem = Problem::Unreadable;
            check.message = tr("cannot read the standard input: %1").arg(why);
            return check;
        }
        data->resize(size + got);
        if (got == 0)
            return check;
        if (data->size() > maxSize) {
            data->clear();
            check.problem = Problem::TooLarge;
            const QLocale locale;
            check.message = tr("the standard input is too large for a dataset file: more than %1 "
                               "bytes (%2)")
                                    .arg(locale.toString(maxSize),
                                         locale.formattedDataSize(maxSize, 0,
                                                                  QLocale::DataSizeIecFormat));
            return check;
        }
    }
}
