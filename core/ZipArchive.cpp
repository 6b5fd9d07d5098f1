#include "ZipArchive.h"

#include "InputFile.h"
#include "ZipEntryDevice.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace {

constexpr quint32 localHeaderSignature = 0x04034b50;
constexpr quint32 centralHeaderSignature = 0x02014b50;
constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr qint64 endSize = 22;
constexpr qint64 centralHeaderSize = 46;
constexpr qint64 localHeaderSize = 30;
constexpr qint64 zip64LocatorSize = 20;
constexpr qint64 zip64EndSize = 56;

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

quint64 u64(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

QString mebibytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

}  // namespace

bool ZipArchive::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

bool ZipArchive::open(const QByteArray &data)
{
    m_data = data;
    m_entries.clear();
    m_index.clear();
    m_error = Error::None;
    m_errorString.clear();
    m_totalRead = 0;
    if (!readCentralDirectory()) {
        m_entries.clear();
        m_index.clear();
        return false;
    }
    return true;
}

bool ZipArchive::openFile(const QString &path)
{
    const InputFile::Check check = InputFile::check(path);
    if (!check.ok())
        return fail(check.problem == InputFile::Problem::TooLarge ? Error::TooLarge
                                                                  : Error::Unreadable,
                    check.message);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
                Error::Unreadable,
                tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Checked again: the file may have grown since. (Reading "at most maxSize + 1 bytes"
    // would allocate them all first.)
    if (file.size() > InputFile::maxSize)
        return fail(Error::TooLarge,
                    tr("%1 is larger than %2")
                            .arg(QDir::toNativeSeparators(path), mebibytes(InputFile::maxSize)));
    const QByteArray data = file.read(file.size());
    if (data.size() != file.size())
        return fail(
                Error::Unreadable,
                tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return open(data);
}

bool ZipArchive::readCentralDirectory()
{
    const char *const data = m_data.constData();
    const qint64 size = m_data.size();
    // Every zip starts with an entry's local header (or is empty: only the end record).
    const bool zipStart = size >= 2 && data[0] == 'P' && data[1] == 'K';
    if (size >= 8
        && QByteArrayView(data, 8) == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return fail(Error::CompoundFile,
                    tr("an OLE2 compound file, not a zip archive: an Excel 97-2003 workbook "
                       "(.xls) or a workbook protected with a password"));

    // The end record sits at the end, behind a comment of at most 65,535 bytes; the last
    // signature whose comment reaches no further than the data is it.
    qint64 end = -1;
    for (qint64 at = size - endSize; at >= 0 && at >= size - endSize - 0xFFFF; --at) {
        if (u32(data + at) == endSignature && at + endSize + u16(data + at + 20) <= size) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        if (!zipStart)
            return fail(Error::NotAZip, tr("not a zip archive"));
        return fail(Error::Damaged,
                    tr("the zip archive is truncated or damaged: its end record (the central "
                       "directory's end) is missing"));
    }
    if (u16(data + end + 4) != 0 || u16(data + end + 6) != 0)
        return fail(Error::Damaged, tr("the zip archive is split over several disks"));
    qint64 count = u16(data + end + 10);
    qint64 directorySize = u32(data + end + 12);
    qint64 directoryOffset = u32(data + end + 16);

    // Zip64: the locator right before the end record gives the 64-bit record.
    if (end >= zip64LocatorSize && u32(data + end - zip64LocatorSize) == zip64LocatorSignature) {
        const quint64 at = u64(data + end - zip64LocatorSize + 8);
        const qint64 latest = end - zip64LocatorSize - zip64EndSize;  // where it must start
        if (latest < 0 || at > quint64(latest) || u32(data + at) != zip64EndSignature)
            return fail(Error::Damaged,
                        tr("the zip archive is damaged: its Zip64 end record is missing"));
        const quint64 count64 = u64(data + at + 32);
        const quint64 size64 = u64(data + at + 40);
        const quint64 offset64 = u64(data + at + 48);
        if (count64 > quint64(size) || size64 > quint64(size) || offset64 > quint64(size))
            return fail(Error::Damaged,
                        tr("the zip archive is damaged: its Zip64 end record points beyond "
                           "the file"));
        count = qint64(count64);
        directorySize = qint64(size64);
        directoryOffset = qint64(offset64);
    }
    if (directoryOffset + directorySize > end)
        return fail(Error::Damaged,
                    tr("the zip archive is truncated or damaged: its central directory (at "
                       "byte %1, %2 bytes) lies beyond the data before its end record (%3 "
                       "bytes)")
                            .arg(directoryOffset)
                            .arg(directorySize)
                            .arg(end));

    qint64 at = directoryOffset;
    const qint64 directoryEnd = directoryOffset + directorySize;
    while (at < directoryEnd) {
        if (at + centralHeaderSize > directoryEnd || u32(data + at) != centralHeaderSignature)
            return fail(Error::Damaged,
                        tr("the zip archive is damaged: a central directory record at byte %1 "
                           "is broken")
                                .arg(at));
        Entry entry;
        entry.flags = u16(data + at + 8);
        entry.method = u16(data + at + 10);
        entry.crc = u32(data + at + 16);
        entry.compressedSize = u32(data + at + 20);
        entry.size = u32(data + at + 24);
        const qint64 nameLength = u16(data + at + 28);
        const qint64 extraLength = u16(data + at + 30);
        const qint64 commentLength = u16(data + at + 32);
        entry.localHeaderOffset = u32(data + at + 42);
        const qint64 next = at + centralHeaderSize + nameLength + extraLength + commentLength;
        if (next > directoryEnd)
            return fail(Error::Damaged,
                        tr("the zip archive is damaged: a central directory record at byte %1 "
                           "runs past the directory")
                                .arg(at));
        // Names are UTF-8 (bit 11) or CP437; a package's part names are ASCII either way.
        entry.name = QString::fromUtf8(data + at + centralHeaderSize, nameLength);

        // A Zip64 extra field holds, in order, each of the three that reads 0xFFFFFFFF.
        qint64 extra = at + centralHeaderSize + nameLength;
        const qint64 extraEnd = extra + extraLength;
        while (extra + 4 <= extraEnd) {
            const quint16 id = u16(data + extra);
            const qint64 length = u16(data + extra + 2);
            qint64 field = extra + 4;
            const qint64 fieldEnd = field + length;
            if (fieldEnd > extraEnd)
                break;
            if (id == 0x0001) {
                for (qint64 *value :
                     {&entry.size, &entry.compressedSize, &entry.localHeaderOffset}) {
                    if (*value != 0xFFFFFFFF)
                        continue;
                    if (field + 8 > fieldEnd)
                        return fail(Error::Damaged,
                                    tr("the zip archive is damaged: the Zip64 sizes of %1 "
                                       "are missing")
                                            .arg(entry.name));
                    const quint64 wide = u64(data + field);
                    *value = wide > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(wide);
                    field += 8;
                }
            }
            extra = fieldEnd;
        }
        if (entry.localHeaderOffset < 0 || entry.compressedSize < 0 || entry.size < 0
            || entry.localHeaderOffset + localHeaderSize > directoryOffset
            || entry.compressedSize > directoryOffset)
            return fail(Error::Damaged,
                        tr("the zip archive is truncated or damaged: %1 lies beyond the data")
                                .arg(entry.name));
        const QString key = entry.name.toLower();
        if (!m_index.contains(key))
            m_index.insert(key, m_entries.size());
        m_entries.append(entry);
        at = next;
    }
    if (m_entries.size() != count)
        return fail(Error::Damaged,
                    tr("the zip archive is damaged: its directory lists %1 entries, its end "
                       "record says %2")
                            .arg(m_entries.size())
                            .arg(count));
    return true;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_index.contains(name.toLower());
}

std::unique_ptr<ZipEntryDevice> ZipArchive::openEntry(const QString &name)
{
    const auto found = m_index.constFind(name.toLower());
    if (found == m_index.cend()) {
        fail(Error::MissingEntry, tr("%1 is missing from the zip archive").arg(name));
        return nullptr;
    }
    const Entry &entry = m_entries.at(*found);
    if (entry.flags & 0x0001) {
        fail(Error::Encrypted, tr("%1 is encrypted").arg(entry.name));
        return nullptr;
    }
    if (entry.method != 0 && entry.method != 8) {
        fail(Error::UnsupportedMethod,
             tr("%1 is compressed with method %2; only stored (0) and deflated (8) entries "
                "can be read")
                     .arg(entry.name)
                     .arg(entry.method));
        return nullptr;
    }
    const char *const data = m_data.constData();
    const qint64 at = entry.localHeaderOffset;
    // The central directory's sizes hold; the local header gives only where the data starts.
    if (u32(data + at) != localHeaderSignature) {
        fail(Error::Damaged,
             tr("the zip archive is damaged: the local header of %1 is missing").arg(entry.name));
        return nullptr;
    }
    const qint64 start = at + localHeaderSize + u16(data + at + 26) + u16(data + at + 28);
    if (start + entry.compressedSize > m_data.size()) {
        fail(Error::Damaged,
             tr("the zip archive is truncated or damaged: the data of %1 lies beyond the file")
                     .arg(entry.name));
        return nullptr;
    }
    return std::make_unique<ZipEntryDevice>(this, entry, data + start);
}

QByteArray ZipArchive::read(const QString &name)
{
    const std::unique_ptr<ZipEntryDevice> device = openEntry(name);
    if (!device || device->failed())
        return {};
    QByteArray bytes("", 0);  // an empty entry is empty, not null
    char buffer[1 << 16];
    for (;;) {
        const qint64 got = device->read(buffer, sizeof(buffer));
        if (got < 0 || device->failed())
            return {};
        if (got == 0)
            break;
        bytes.append(buffer, got);
    }
    return bytes;
}
