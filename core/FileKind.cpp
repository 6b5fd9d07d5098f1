#include "FileKind.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#    include <cerrno>
#    include <sys/stat.h>
#endif

FileKind FileKind::of(const QString &path)
{
    FileKind kind;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat status = {};
    if (::lstat(name.constData(), &status) != 0) {
        kind.m_error = errno;
        kind.m_type = errno == ENOENT || errno == ENOTDIR ? Type::Missing : Type::Unknown;
        return kind;
    }
    if (S_ISLNK(status.st_mode)) {
        kind.m_symLink = true;
        if (::stat(name.constData(), &status) != 0) {
            kind.m_error = errno;
            kind.m_type = errno == ENOENT ? Type::Missing : Type::Unknown;
            return kind;
        }
    }
    if (S_ISREG(status.st_mode)) {
        kind.m_type = Type::Regular;
        kind.m_size = static_cast<qint64>(status.st_size);
    } else if (S_ISDIR(status.st_mode)) {
        kind.m_type = Type::Directory;
    } else if (S_ISFIFO(status.st_mode)) {
        kind.m_type = Type::Fifo;
    } else if (S_ISCHR(status.st_mode)) {
        kind.m_type = Type::CharacterDevice;
    } else if (S_ISBLK(status.st_mode)) {
        kind.m_type = Type::BlockDevice;
    } else if (S_ISSOCK(status.st_mode)) {
        kind.m_type = Type::Socket;
    } else {
        kind.m_type = Type::Other;
    }
#else
    // Without stat: QFileInfo tells files and folders from anything else.
    const QFileInfo info(path);
    kind.m_symLink = info.isSymLink();
    if (!info.exists())
        kind.m_type = Type::Missing;
    else if (info.isDir())
        kind.m_type = Type::Directory;
    else if (info.isFile())
        kind.m_type = Type::Regular;
    else
        kind.m_type = Type::Other;
    if (kind.m_type == Type::Regular)
        kind.m_size = info.size();
#endif
    return kind;
}

QString FileKind::description() const
{
    QString what;
    switch (m_type) {
    case Type::Missing:
        what = tr("nothing");
        break;
    case Type::Regular:
        what = tr("a file");
        break;
    case Type::Directory:
        what = tr("a folder");
        break;
    case Type::Fifo:
        what = tr("a FIFO");
        break;
    case Type::CharacterDevice:
        what = tr("a character device");
        break;
    case Type::BlockDevice:
        what = tr("a block device");
        break;
    case Type::Socket:
        what = tr("a socket");
        break;
    case Type::Other:
        what = tr("a special file");
        break;
    case Type::Unknown:
        what = tr("something that cannot be looked at");
        break;
    }
    return m_symLink ? tr("a symbolic link to %1").arg(what) : what;
}
