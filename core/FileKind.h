#pragma once

#include <QCoreApplication>
#include <QString>

// What a path names, by its file type (stat after lstat), never by its name: a regular file,
// a folder, a FIFO, a device, a socket. Looking opens nothing, so a FIFO cannot block it.
class FileKind final
{
    Q_DECLARE_TR_FUNCTIONS(FileKind)

public:
    enum class Type {
        Missing,  // nothing there (or a symbolic link to nothing)
        Regular,
        Directory,
        Fifo,
        CharacterDevice,
        BlockDevice,
        Socket,
        Other,
        Unknown,  // stat failed otherwise (no permission to look, a link loop); see error()
    };

    // Follows symbolic links, as opening the path would.
    static FileKind of(const QString &path);

    Type type() const { return m_type; }
    bool isRegular() const { return m_type == Type::Regular; }
    // The path itself is a symbolic link; type() is what it leads to.
    bool isSymLink() const { return m_symLink; }
    qint64 size() const { return m_size; }  // of a regular file; 0 otherwise
    int error() const { return m_error; }  // errno of a failed stat; 0 otherwise

    // "a FIFO", "a symbolic link to a character device", "a folder", for messages.
    QString description() const;

private:
    Type m_type = Type::Missing;
    bool m_symLink = false;
    qint64 m_size = 0;
    int m_error = 0;
};
