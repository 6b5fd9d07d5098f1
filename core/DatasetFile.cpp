#include "DatasetFile.h"

#include "WideCsv.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>

DatasetFile::Kind DatasetFile::kindOf(const QByteArray &head)
{
    // A zip (.xlsx) or an OLE2 compound file (.xls, or an .xlsx Excel encrypted with a
    // password): XlsxReader says which.
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")
        || head.startsWith("\xD0\xCF\x11\xE0"))
        return Kind::Workbook;
    QByteArray first = head;
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    // An empty file, a UTF-16 one, or the dataset's header, full-width or not: the dataset
    // reader's, which says what is wrong with it in its own terms.
    if (first.trimmed().isEmpty() || first.startsWith("\xFF\xFE") || first.startsWith("\xFE\xFF")
        || first.startsWith("period") || first.startsWith("\xEF\xBD\x90"))
        return Kind::Interchange;
    return Kind::WideCsv;
}

DatasetReader::Result DatasetFile::readDataBook(const QByteArray &data, const QString &fileName,
                                                Kind kind, const DataBookReader::Options &options,
                                                Fact::Origin origin,
                                                DatasetReader::Encoding encoding)
{
    DatasetReader::Result result;
    QList<SheetGrid> sheets;
    if (kind == Kind::Workbook) {
        XlsxReader::Result workbook = XlsxReader::read(data, fileName);
        if (!workbook.ok()) {
            result.errors = workbook.errors;
            return result;
        }
        result.encoding = QStringLiteral("xlsx");
        sheets = std::move(workbook.sheets);
    } else {
        // A wide CSV is one sheet, named after the file.
        WideCsv::Result csv
                = WideCsv::read(data, fileName, QFileInfo(fileName).completeBaseName(), encoding);
        result.encoding = csv.encoding;
        if (!csv.grid) {
            result.errors = csv.errors;
            return result;
        }
        sheets.append(std::move(*csv.grid));
    }
    DataBookReader::Result book = DataBookReader::read(sheets, fileName, options, origin);
    result.errors = book.errors;
    result.records = static_cast<int>(book.facts.size());
    if (book.ok())
        result.facts = std::move(book.facts);
    return result;
}

DatasetReader::Result DatasetFile::read(const QByteArray &data, const QString &fileName,
                                        const DataBookReader::Options &options, Fact::Origin origin,
                                        DatasetReader::Encoding encoding)
{
    const Kind kind = kindOf(data.left(64));
    if (kind == Kind::Interchange)
        return DatasetReader::read(data, fileName, origin, encoding);
    return readDataBook(data, fileName, kind, options, origin, encoding);
}

QByteArray DatasetFile::head(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64);
}
