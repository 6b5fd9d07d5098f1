#pragma once

#include "ZipArchive.h"

#include <QIODevice>

#include <zlib.h>

// One entry of a ZipArchive as a sequential, read-only device that inflates as it is read,
// so that a part is parsed without ever being held whole. The archive's limits hold for what
// it produces (maxEntrySize, maxTotalSize, maxRatio), and at its end its size and CRC-32 must
// match the central directory's. On any problem read() returns -1 from then on, failed() is
// true and the archive's error() and errorString() say why. Made by ZipArchive::openEntry;
// it must not outlive the archive.
class ZipEntryDevice final : public QIODevice
{
    Q_OBJECT

public:
    ZipEntryDevice(ZipArchive *archive, const ZipArchive::Entry &entry, const char *data);
    ~ZipEntryDevice() override;
    Q_DISABLE_COPY_MOVE(ZipEntryDevice)

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_finished || m_failed; }
    bool failed() const { return m_failed; }
    // Reads what is left, so that the size and CRC-32 are checked; false if anything fails.
    bool drain();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(ZipArchive::Error error, const QString &message);
    qint64 produce(char *data, qint64 maxSize);

    ZipArchive *m_archive;
    ZipArchive::Entry m_entry;
    const char *m_data;  // the entry's compressedSize bytes
    z_stream m_stream {};
    bool m_inflating = false;
    qint64 m_produced = 0;
    quint32 m_crc = 0;
    bool m_finished = false;
    bool m_failed = false;
};
