#pragma once

#include "DataBookReader.h"
#include "DatasetReader.h"

#include <QByteArray>
#include <QString>

// Every kind of file the import takes, told apart by its content: the dataset's own CSV
// (a first line beginning "period,"), a workbook (.xlsx: a zip; an old or password-protected
// Excel file is refused by XlsxReader) read by DataBookReader, or any other CSV, read as a
// data book laid out wide (WideCsv, then DataBookReader). The CSV is read in parts as
// DatasetReader reads it; a workbook or wide CSV is read whole, then handed on at once.
class DatasetFile final
{
public:
    enum class Kind {
        Interchange,
        WideCsv,
        Workbook,
    };

    static Kind kindOf(const QByteArray &head);

    // Reads a workbook or a wide CSV (not the interchange CSV: DatasetReader's); the result
    // as DatasetReader gives it, its records the figures read. A sheet without a source of
    // its own takes options.source (or the cell options.sourceCell names).
    static DatasetReader::Result readDataBook(const QByteArray &data, const QString &fileName,
                                              Kind kind, const DataBookReader::Options &options,
                                              Fact::Origin origin,
                                              DatasetReader::Encoding encoding
                                              = DatasetReader::Encoding::Detect);
    // Any kind, whole.
    static DatasetReader::Result read(const QByteArray &data, const QString &fileName,
                                      const DataBookReader::Options &options, Fact::Origin origin,
                                      DatasetReader::Encoding encoding
                                      = DatasetReader::Encoding::Detect);
    // The file's first bytes, to tell its kind; empty when it cannot be read.
    static QByteArray head(const QString &path);
};
