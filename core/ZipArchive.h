#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class ZipEntryDevice;

// A read-only zip archive held in memory, for .xlsx workbooks: the End of Central Directory
// record (also behind a comment, and its Zip64 form), the central directory, and each entry
// inflated on request, whole (read) or as it is read (openEntry). Stored (0) and deflated (8)
// entries only. Nothing in a header is
// trusted: offsets are checked against the bytes, an entry is inflated under hard limits
// (maxEntrySize each, maxTotalSize together, maxRatio past ratioFreeSize) and its CRC-32 and
// size must match the central directory's.
class ZipArchive final
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    static constexpr qint64 maxEntrySize = qint64(256) << 20;
    static constexpr qint64 maxTotalSize = qint64(512) << 20;
    // Past the first ratioFreeSize bytes of an entry, more than maxRatio bytes out for each
    // byte in is a zip bomb; real sheet XML stays under 100:1.
    static constexpr qint64 maxRatio = 1000;
    static constexpr qint64 ratioFreeSize = qint64(1) << 20;

    enum class Error {
        None,
        NotAZip,  // no zip signature anywhere (a CSV renamed .xlsx, say)
        CompoundFile,  // an OLE2 compound file: an old .xls, or an .xlsx saved with a password
        Damaged,  // truncated, offsets beyond the data, CRC or size mismatch, inflate error
        Encrypted,  // an entry with general-purpose bit 0 set
        UnsupportedMethod,  // neither stored nor deflated
        TooLarge,  // an entry or the whole past its limit, or a ratio past maxRatio
        MissingEntry,
        Unreadable,  // openFile: the file could not be read
    };

    struct Entry
    {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;  // as the central directory declares it
        qint64 localHeaderOffset = 0;
    };

    ZipArchive() = default;

    // Reads the central directory of `data` (kept, implicitly shared); false with error()
    // and errorString() set when it cannot be read.
    bool open(const QByteArray &data);
    // The file at `path`, read whole (a regular file of at most InputFile::maxSize bytes).
    bool openFile(const QString &path);

    Error error() const { return m_error; }
    // One sentence naming the entry concerned where there is one, and the limit crossed.
    QString errorString() const { return m_errorString; }

    const QList<Entry> &entries() const { return m_entries; }
    // Names compare case-insensitively, as the parts of an Office package do.
    bool contains(const QString &name) const;
    // The entry's bytes, inflated and checked; a null QByteArray with error() set on failure
    // (MissingEntry when there is no such entry).
    QByteArray read(const QString &name);
    // The entry as a device that inflates as it is read (ZipEntryDevice), under the same
    // limits and checks as read(); nullptr with error() set when it cannot be opened.
    std::unique_ptr<ZipEntryDevice> openEntry(const QString &name);
    // The bytes every read() and device so far has produced, counted against maxTotalSize.
    qint64 totalRead() const { return m_totalRead; }

private:
    friend class ZipEntryDevice;  // reports its errors here and counts what it produced

    bool fail(Error error, const QString &message);
    bool readCentralDirectory();

    QByteArray m_data;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;  // lower-case name -> entry
    Error m_error = Error::None;
    QString m_errorString;
    qint64 m_totalRead = 0;
};
