#include "ZipEntryDevice.h"

#include <QLocale>

#include <algorithm>
#include <cstring>

namespace {

QString mebibytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

}  // namespace

ZipEntryDevice::ZipEntryDevice(ZipArchive *archive, const ZipArchive::Entry &entry,
                               const char *data)
    : m_archive(archive), m_entry(entry), m_data(data)
{
    if (m_entry.method == 8) {
        m_inflating = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK;
        if (!m_inflating)
            fail(ZipArchive::Error::Damaged, tr("cannot start inflating %1").arg(m_entry.name));
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_data));
        m_stream.avail_in = uInt(m_entry.compressedSize);
    }
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ZipEntryDevice::~ZipEntryDevice()
{
    if (m_inflating)
        inflateEnd(&m_stream);
}

qint64 ZipEntryDevice::fail(ZipArchive::Error error, const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_archive->fail(error, message);
        setErrorString(message);
    }
    return -1;
}

bool ZipEntryDevice::drain()
{
    char buffer[1 << 16];
    while (!m_failed && !m_finished) {
        if (readData(buffer, sizeof(buffer)) < 0)
            break;
    }
    return !m_failed;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    // A step that inflates only block headers gives no bytes; 0 would read as the end.
    qint64 got = 0;
    while (got == 0 && !m_finished && !m_failed && maxSize > 0)
        got = produce(data, maxSize);
    return m_failed ? -1 : got;
}

qint64 ZipEntryDevice::produce(char *data, qint64 maxSize)
{
    using Error = ZipArchive::Error;
    // Up to one byte past each limit, to see it crossed; at most 1 MiB a step, so that the
    // ratio is watched as the output grows.
    const qint64 room
            = std::min({maxSize, ZipArchive::maxEntrySize + 1 - m_produced,
                        ZipArchive::maxTotalSize + 1 - m_archive->m_totalRead, qint64(1) << 20});
    qint64 got = 0;
    bool ended = false;
    if (m_entry.method == 0) {
        got = std::min(room, m_entry.compressedSize - m_produced);
        std::memcpy(data, m_data + m_produced, size_t(got));
        ended = m_produced + got == m_entry.compressedSize;
    } else {
        m_stream.next_out = reinterpret_cast<Bytef *>(data);
        m_stream.avail_out = uInt(room);
        const int status = ::inflate(&m_stream, Z_NO_FLUSH);
        got = room - qint64(m_stream.avail_out);
        ended = status == Z_STREAM_END;
        if (status == Z_BUF_ERROR && m_stream.avail_in == 0 && got == 0)
            return fail(Error::Damaged,
                        tr("the zip archive is truncated or damaged: %1 cannot be inflated "
                           "(unexpected end of data)")
                                .arg(m_entry.name));
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            return fail(Error::Damaged,
                        tr("the zip archive is truncated or damaged: %1 cannot be inflated (%2)")
                                .arg(m_entry.name,
                                     QString::fromLatin1(m_stream.msg ? m_stream.msg
                                                                      : "unknown error")));
    }
    m_produced += got;
    m_archive->m_totalRead += got;
    m_crc = quint32(::crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(got)));
    if (m_produced > ZipArchive::maxEntrySize)
        return fail(Error::TooLarge,
                    tr("%1 expands to more than %2, the limit for one part")
                            .arg(m_entry.name, mebibytes(ZipArchive::maxEntrySize)));
    if (m_archive->m_totalRead > ZipArchive::maxTotalSize)
        return fail(Error::TooLarge,
                    tr("the zip archive expands to more than %1, the limit for a workbook")
                            .arg(mebibytes(ZipArchive::maxTotalSize)));
    if (m_entry.method == 8 && m_produced > ZipArchive::ratioFreeSize
        && m_produced > ZipArchive::maxRatio * qint64(m_stream.total_in))
        return fail(Error::TooLarge,
                    tr("%1 expands more than %2 times past its first %3: a zip bomb")
                            .arg(m_entry.name, QLocale().toString(ZipArchive::maxRatio),
                                 mebibytes(ZipArchive::ratioFreeSize)));
    if (ended) {
        m_finished = true;
        if (m_produced != m_entry.size)
            return fail(Error::Damaged,
                        tr("the zip archive is damaged: %1 expands to %2 bytes, its directory "
                           "says %3")
                                .arg(m_entry.name)
                                .arg(m_produced)
                                .arg(m_entry.size));
        if (m_crc != m_entry.crc)
            return fail(Error::Damaged,
                        tr("the zip archive is damaged: the CRC-32 of %1 does not match")
                                .arg(m_entry.name));
    }
    return got;
}
