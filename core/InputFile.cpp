#include "InputFile.h"

#include "FileKind.h"

#include <QDir>
#include <QLocale>

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
