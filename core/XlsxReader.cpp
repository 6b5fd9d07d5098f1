#include "XlsxReader.h"

#include "ZipArchive.h"
#include "ZipEntryDevice.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QXmlStreamReader>

namespace {

const QString workbookPart = QStringLiteral("xl/workbook.xml");
const QString workbookRelsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

// A cell address such as "D7" within A1:XFD1048576; false for anything else.
bool parseAddress(QStringView text, int *row, int *column)
{
    qsizetype i = 0;
    int c = 0;
    while (i < text.size() && i < 4 && text[i] >= u'A' && text[i] <= u'Z') {
        c = c * 26 + (text[i].unicode() - u'A' + 1);
        ++i;
    }
    if (i == 0 || i > 3 || c > XlsxReader::lastColumn || i == text.size())
        return false;
    qint64 r = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < u'0' || text[i] > u'9' || r > XlsxReader::lastRow)
            return false;
        r = r * 10 + (text[i].unicode() - u'0');
    }
    if (r < 1 || r > XlsxReader::lastRow)
        return false;
    *row = int(r);
    *column = c;
    return true;
}

// A part's path from a relationship's target, relative to xl/ (or absolute in the package).
QString resolveTarget(const QString &target)
{
    const QString path = target.startsWith(u'/') ? QDir::cleanPath(target.mid(1))
                                                 : QDir::cleanPath(QStringLiteral("xl/") + target);
    return path.startsWith(QStringLiteral("../")) || path == QStringLiteral("..") ? QString()
                                                                                  : path;
}

// OOXML writes characters XML cannot hold (a carriage return, a control) as _xHHHH_.
QString decodeEscapes(QString text)
{
    qsizetype at = text.indexOf(QStringLiteral("_x"));
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0) {
        bool ok = false;
        const ushort code = at + 7 <= text.size() && text[at + 6] == u'_'
                ? QStringView(text).mid(at + 2, 4).toUShort(&ok, 16)
                : 0;
        if (ok) {
            out += QStringView(text).mid(from, at - from);
            out += QChar(code);
            from = at + 7;
            at = text.indexOf(QStringLiteral("_x"), from);
        } else {
            at = text.indexOf(QStringLiteral("_x"), at + 1);
        }
    }
    out += QStringView(text).mid(from);
    return out;
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

class Reading
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    Reading(ZipArchive &zip, const QString &fileName) : m_zip(zip), m_fileName(fileName) { }

    XlsxReader::Result run();

private:
    struct SheetEntry
    {
        QString name;
        QString relationId;
    };

    bool fail(XlsxReader::Error error, const QString &message, const QString &cell = QString());
    bool failZip();
    bool failXml(const QXmlStreamReader &xml, const QString &part,
                 const QString &sheet = QString());
    // The part as a device that inflates as the XML reader reads it, so that no part is held
    // whole; nullptr with the error recorded when it cannot be opened.
    std::unique_ptr<ZipEntryDevice> openPart(const QString &part);
    // After a part's last token: the first of the device's, the XML's or the reading's own
    // errors is the part's; the device is read to its end to check its CRC-32.
    bool endPart(const QXmlStreamReader &xml, ZipEntryDevice &device, const QString &part,
                 const QString &sheet = QString());
    // The next token, refusing a DTD (no workbook part has one; entities are not expanded).
    bool next(QXmlStreamReader &xml, const QString &part);
    bool readWorkbook(QList<SheetEntry> *sheets);
    bool readRelationships(QHash<QString, QString> *worksheets, QString *sharedStrings,
                           QString *styles);
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);
    bool readWorksheet(const QString &part, SheetGrid *grid);
    // The text of an <si> or <is> the reader stands on: its <t>, or its runs' <t>s
    // concatenated, without phonetic runs (<rPh>); empty with m_failed on error.
    QString readRichText(QXmlStreamReader &xml, const QString &part);
    QString readText(QXmlStreamReader &xml);
    bool textTooLong(qsizetype length, const QString &where, const QString &cell = QString());

    ZipArchive &m_zip;
    QString m_fileName;
    XlsxReader::Result m_result;
    bool m_failed = false;
    QList<QString> m_sharedStrings;
    QList<XlsxReader::NumberFormat> m_styles;  // by cell style index (cellXfs)
    qint64 m_rows = 0;  // held by the sheets before the one being read
    qint64 m_cells = 0;
    int m_merged = 0;
    QSet<QString> m_relationIds;  // every relationship of the workbook, worksheet or not
};

bool Reading::fail(XlsxReader::Error error, const QString &message, const QString &cell)
{
    if (!m_failed) {
        m_failed = true;
        m_result.error = error;
        m_result.errors.append(DatasetError(m_fileName, 0, 0, message, cell));
    }
    return false;
}

bool Reading::failZip()
{
    using Zip = ZipArchive::Error;
    using Error = XlsxReader::Error;
    switch (m_zip.error()) {
    case Zip::NotAZip:
        return fail(Error::NotAWorkbook,
                    tr("not an Excel workbook (.xlsx): %1; expected a workbook saved by Excel "
                       "or LibreOffice as .xlsx")
                            .arg(m_zip.errorString()));
    case Zip::CompoundFile:
        return fail(Error::CompoundFile,
                    tr("%1; save it as an Excel workbook (.xlsx) without a password")
                            .arg(m_zip.errorString()));
    case Zip::Encrypted:
        return fail(Error::Encrypted,
                    tr("%1: the workbook is password-protected; save it without a password")
                            .arg(m_zip.errorString()));
    case Zip::UnsupportedMethod:
        return fail(Error::UnsupportedCompression, m_zip.errorString());
    case Zip::TooLarge:
        return fail(Error::TooLarge, m_zip.errorString());
    case Zip::MissingEntry:
        return fail(Error::MissingPart, m_zip.errorString());
    case Zip::Unreadable:
        return fail(Error::Unreadable, m_zip.errorString());
    case Zip::Damaged:
    case Zip::None:
        break;
    }
    return fail(Error::Damaged, m_zip.errorString());
}

bool Reading::failXml(const QXmlStreamReader &xml, const QString &part, const QString &sheet)
{
    const QString where
            = QStringLiteral("%1:%2:%3").arg(part).arg(xml.lineNumber()).arg(xml.columnNumber());
    return fail(
            XlsxReader::Error::MalformedXml,
            sheet.isEmpty()
                    ? tr("%1: malformed XML: %2").arg(where, xml.errorString())
                    : tr("%1 (sheet %2): malformed XML: %3").arg(where, sheet, xml.errorString()));
}

std::unique_ptr<ZipEntryDevice> Reading::openPart(const QString &part)
{
    std::unique_ptr<ZipEntryDevice> device = m_zip.openEntry(part);
    if (!device) {
        if (m_zip.error() == ZipArchive::Error::MissingEntry)
            fail(XlsxReader::Error::MissingPart,
                 part == workbookPart ? tr("%1 is missing: not an Excel workbook (.xlsx)").arg(part)
                                      : tr("%1 is missing from the workbook").arg(part));
        else
            failZip();
    }
    return device;
}

bool Reading::endPart(const QXmlStreamReader &xml, ZipEntryDevice &device, const QString &part,
                      const QString &sheet)
{
    if (m_failed)
        return false;
    if (device.failed())
        return failZip();
    // Broken XML may be a damaged entry: its CRC-32 says which, once it is read to its end.
    if (xml.hasError())
        return device.drain() ? failXml(xml, part, sheet) : failZip();
    return device.drain() || failZip();
}

bool Reading::next(QXmlStreamReader &xml, const QString &part)
{
    if (xml.readNext() == QXmlStreamReader::DTD)
        return fail(XlsxReader::Error::MalformedXml,
                    tr("%1:%2:%3: a document type declaration, which no workbook part has")
                            .arg(part)
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber()));
    return true;
}

XlsxReader::Result Reading::run()
{
    if (m_zip.error() != ZipArchive::Error::None) {
        failZip();
        return m_result;
    }
    QList<SheetEntry> sheets;
    QHash<QString, QString> worksheets;
    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    QString styles = QStringLiteral("xl/styles.xml");
    if (readWorkbook(&sheets) && readRelationships(&worksheets, &sharedStrings, &styles)
        && readSharedStrings(sharedStrings) && readStyles(styles)) {
        for (const SheetEntry &sheet : std::as_const(sheets)) {
            const auto part = worksheets.constFind(sheet.relationId);
            if (part == worksheets.cend() && !m_relationIds.contains(sheet.relationId)) {
                fail(XlsxReader::Error::Damaged,
                     tr("%1: sheet %2 has the relationship id %3, which %4 does not have "
                        "(damaged)")
                             .arg(workbookPart, sheet.name, sheet.relationId, workbookRelsPart));
                break;
            }
            if (part == worksheets.cend())
                continue;  // a chart sheet, dialog sheet or macro sheet
            SheetGrid grid(sheet.name);
            if (!readWorksheet(*part, &grid))
                break;
            m_result.sheets.append(grid);
        }
    }
    if (m_failed)
        m_result.sheets.clear();
    return m_result;
}

bool Reading::readWorkbook(QList<SheetEntry> *sheets)
{
    const std::unique_ptr<ZipEntryDevice> device = openPart(workbookPart);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd() && next(xml, workbookPart)) {
        if (!xml.isStartElement() || xml.name() != u"sheet")
            continue;
        SheetEntry sheet;
        const QXmlStreamAttributes attributes = xml.attributes();
        sheet.name = attributes.value(QLatin1String("name")).toString();
        // r:id, in the transitional or the strict relationships namespace.
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                sheet.relationId = attribute.value().toString();
        }
        if (sheet.name.isEmpty() || sheet.relationId.isEmpty())
            return fail(XlsxReader::Error::Damaged,
                        tr("%1:%2: a sheet without a name or relationship id")
                                .arg(workbookPart)
                                .arg(xml.lineNumber()));
        sheets->append(sheet);
    }
    return endPart(xml, *device, workbookPart);
}

bool Reading::readRelationships(QHash<QString, QString> *worksheets, QString *sharedStrings,
                                QString *styles)
{
    const std::unique_ptr<ZipEntryDevice> device = openPart(workbookRelsPart);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd() && next(xml, workbookRelsPart)) {
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        m_relationIds.insert(attributes.value(QLatin1String("Id")).toString());
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        const QStringView type = attributes.value(QLatin1String("Type"));
        const QString path = resolveTarget(attributes.value(QLatin1String("Target")).toString());
        if (type.endsWith(u"/worksheet")) {
            if (path.isEmpty())
                return fail(XlsxReader::Error::Damaged,
                            tr("%1:%2: a worksheet relationship without a target in the "
                               "package")
                                    .arg(workbookRelsPart)
                                    .arg(xml.lineNumber()));
            worksheets->insert(attributes.value(QLatin1String("Id")).toString(), path);
        } else if (type.endsWith(u"/sharedStrings") && !path.isEmpty()) {
            *sharedStrings = path;
        } else if (type.endsWith(u"/styles") && !path.isEmpty()) {
            *styles = path;
        }
    }
    return endPart(xml, *device, workbookRelsPart);
}

QString Reading::readText(QXmlStreamReader &xml)
{
    // Without xml:space="preserve" the ends' white space is not part of the text: writers
    // add the attribute exactly when a text starts or ends with a space.
    const bool preserve = xml.attributes().value(QLatin1String("xml:space")) == u"preserve";
    QString text = xml.readElementText();
    if (!preserve) {
        qsizetype first = 0;
        qsizetype last = text.size();
        while (first < last && isXmlSpace(text[first]))
            ++first;
        while (last > first && isXmlSpace(text[last - 1]))
            --last;
        if (first > 0 || last < text.size())
            text = text.mid(first, last - first);
    }
    return decodeEscapes(text);
}

QString Reading::readRichText(QXmlStreamReader &xml, const QString &part)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && next(xml, part)) {
        if (xml.isStartElement()) {
            if (xml.name() == u"t") {
                text += readText(xml);  // leaves the reader on </t>
                if (text.size() > XlsxReader::maxTextLength)
                    return text;  // the caller says where
            } else if (xml.name() == u"rPh" || xml.name() == u"phoneticPr") {
                xml.skipCurrentElement();  // furigana, not part of the text
            } else {
                ++depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

bool Reading::textTooLong(qsizetype length, const QString &where, const QString &cell)
{
    if (length <= XlsxReader::maxTextLength)
        return false;
    const QLocale locale;
    fail(XlsxReader::Error::TextTooLong,
         tr("%1a text of more than %2 characters; a cell holds at most %2")
                 .arg(where, locale.toString(XlsxReader::maxTextLength)),
         cell);
    return true;
}

bool Reading::readSharedStrings(const QString &part)
{
    if (!m_zip.contains(part))
        return true;  // a workbook without strings, or without styles
    const std::unique_ptr<ZipEntryDevice> device = openPart(part);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd() && next(xml, part)) {
        if (!xml.isStartElement() || xml.name() != u"si")
            continue;
        const qint64 line = xml.lineNumber();
        const qint64 column = xml.columnNumber();
        const QString text = readRichText(xml, part);
        if (m_failed)
            return false;
        if (textTooLong(text.size(),
                        tr("%1:%2:%3, shared string %4: ")
                                .arg(part)
                                .arg(line)
                                .arg(column)
                                .arg(m_sharedStrings.size())))
            return false;
        // No cell can use more strings than there are cells.
        if (m_sharedStrings.size() >= XlsxReader::maxCells)
            return fail(XlsxReader::Error::TooManyCells,
                        tr("%1: more than %2 shared strings; a workbook has at most %2 cells")
                                .arg(part, QLocale().toString(XlsxReader::maxCells)));
        m_sharedStrings.append(text);
    }
    if (!endPart(xml, *device, part))
        return false;
    return true;
}

bool Reading::readStyles(const QString &part)
{
    if (!m_zip.contains(part))
        return true;  // a workbook without strings, or without styles
    const std::unique_ptr<ZipEntryDevice> device = openPart(part);
    if (!device)
        return false;
    QHash<int, QString> codes;
    QList<int> formatIds;
    bool inCellXfs = false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd() && next(xml, part)) {
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"numFmt") {
                const QXmlStreamAttributes attributes = xml.attributes();
                codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                             attributes.value(QLatin1String("formatCode")).toString());
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                formatIds.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                if (formatIds.size() > 65'536)  // Excel's limit on cell formats is 64,000
                    return fail(XlsxReader::Error::Damaged,
                                tr("%1: more than 65,536 cell formats").arg(part));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (!endPart(xml, *device, part))
        return false;
    m_styles.reserve(formatIds.size());
    for (int id : std::as_const(formatIds)) {
        const auto code = codes.constFind(id);
        m_styles.append(XlsxReader::numberFormat(
                code != codes.cend() ? *code : XlsxReader::builtInFormatCode(id)));
    }
    return true;
}

bool Reading::readWorksheet(const QString &part, SheetGrid *grid)
{
    using Error = XlsxReader::Error;
    if (!m_zip.contains(part))
        return fail(Error::MissingPart,
                    tr("%1, the part of sheet %2, is missing from the workbook")
                            .arg(part, grid->name()));
    const std::unique_ptr<ZipEntryDevice> device = openPart(part);
    if (!device)
        return false;
    const QLocale locale;
    QXmlStreamReader xml(device.get());
    int row = 0;  // the current row, 0 before the first
    int column = 0;  // the last cell's column in the row
    int lastStoredColumn = 0;  // the row's last stored cell
    int sheetRows = 0;  // the last row with a value
    bool inSheetData = false;
    while (!xml.atEnd() && next(xml, part)) {
        if (xml.isEndElement() && xml.name() == u"sheetData") {
            inSheetData = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"sheetData") {
            inSheetData = true;
        } else if (name == u"row" && inSheetData) {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            int number = row + 1;
            if (!r.isEmpty()) {
                bool ok = false;
                number = r.toInt(&ok);
                if (!ok || number < 1 || number > XlsxReader::lastRow)
                    return fail(Error::Damaged,
                                tr("%1:%2, sheet %3: the row number \"%4\" is not one from 1 "
                                   "to %5 (damaged)")
                                        .arg(part)
                                        .arg(xml.lineNumber())
                                        .arg(grid->name(), r.left(40),
                                             locale.toString(XlsxReader::lastRow)));
                if (number <= row)
                    return fail(Error::Damaged,
                                tr("row %1 comes after row %2: rows out of order (damaged)")
                                        .arg(number)
                                        .arg(row),
                                grid->reference(number, 1));
            } else if (number > XlsxReader::lastRow) {
                return fail(Error::Damaged,
                            tr("a row after row %1, the last a sheet has (damaged)")
                                    .arg(locale.toString(XlsxReader::lastRow)),
                            grid->reference(row, 1));
            }
            row = number;
            column = 0;
            lastStoredColumn = 0;
        } else if (name == u"c" && inSheetData && row > 0) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QStringView r = attributes.value(QLatin1String("r"));
            const QStringView type = attributes.value(QLatin1String("t"));
            const QStringView style = attributes.value(QLatin1String("s"));
            int cellRow = row;
            int cellColumn = column + 1;
            if (!r.isEmpty()) {
                if (!parseAddress(r, &cellRow, &cellColumn))
                    return fail(Error::Damaged,
                                tr("%1:%2, sheet %3: the cell reference \"%4\" is not an "
                                   "address from A1 to XFD1048576 (damaged)")
                                        .arg(part)
                                        .arg(xml.lineNumber())
                                        .arg(grid->name(), r.left(40)));
                if (cellRow != row || cellColumn <= column)
                    return fail(Error::Damaged,
                                tr("cell %1 comes after %2: cells out of order (damaged)")
                                        .arg(r,
                                             column > 0 ? SheetGrid::address(row, column)
                                                        : tr("the start of row %1").arg(row)),
                                grid->reference(cellRow, cellColumn));
            } else if (cellColumn > XlsxReader::lastColumn) {
                return fail(Error::Damaged,
                            tr("a cell after column XFD, the last a sheet has (damaged)"),
                            grid->reference(row, column));
            }
            column = cellColumn;
            // Only an error needs the cell's name.
            const auto cell = [&] { return grid->reference(row, column); };

            // The value: <v>, or <is> for an inline string; <f> (the formula) is not needed.
            QString value;
            bool hasValue = false;
            QString inlineText;
            while (!xml.atEnd() && next(xml, part)) {
                if (xml.isEndElement())
                    break;  // </c>
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == u"is") {
                    inlineText = readRichText(xml, part);
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (m_failed)
                return false;
            if (xml.hasError())
                break;

            SheetCell sheetCell;
            const auto badValue = [&](const QString &expected) {
                return fail(
                        Error::Damaged,
                        tr("the value \"%1\" is not %2 (damaged)").arg(value.left(40), expected),
                        cell());
            };
            if (type.isEmpty() || type == u"n") {
                if (hasValue && !value.isEmpty()) {
                    bool ok = false;
                    sheetCell.number = QStringView(value).trimmed().toDouble(&ok);
                    if (!ok || !qIsFinite(sheetCell.number))
                        return badValue(tr("a number"));
                    sheetCell.kind = SheetCell::Kind::Number;
                    if (!style.isEmpty()) {
                        const int index = style.toInt(&ok);
                        if (!ok || index < 0 || index >= m_styles.size())
                            return fail(Error::Damaged,
                                        tr("cell style %1 does not exist; the workbook has %2 "
                                           "(damaged)")
                                                .arg(style)
                                                .arg(m_styles.size()),
                                        cell());
                        sheetCell.decimals = m_styles.at(index).decimals;
                        sheetCell.percentFormat = m_styles.at(index).percent;
                    }
                }
            } else if (type == u"s") {
                if (hasValue) {
                    bool ok = false;
                    const qsizetype index = QStringView(value).trimmed().toLongLong(&ok);
                    if (!ok || index < 0 || index >= m_sharedStrings.size())
                        return fail(Error::Damaged,
                                    tr("shared string %1 does not exist; the workbook has %2 "
                                       "(damaged)")
                                            .arg(value.left(40))
                                            .arg(m_sharedStrings.size()),
                                    cell());
                    sheetCell.text = m_sharedStrings.at(index);
                }
            } else if (type == u"inlineStr") {
                if (textTooLong(inlineText.size(), QString(), cell()))
                    return false;
                sheetCell.text = inlineText;
            } else if (type == u"str" || type == u"d") {
                // A formula's text result, or an ISO 8601 date (strict OOXML).
                if (textTooLong(value.size(), QString(), cell()))
                    return false;
                sheetCell.text = value;
            } else if (type == u"b") {
                if (hasValue) {
                    if (value != u"0" && value != u"1")
                        return badValue(tr("a boolean (0 or 1)"));
                    sheetCell.kind = SheetCell::Kind::Boolean;
                    sheetCell.number = value == u"1" ? 1.0 : 0.0;
                }
            } else if (type == u"e") {
                if (hasValue && !value.isEmpty()) {
                    if (textTooLong(value.size(), QString(), cell()))
                        return false;
                    sheetCell.kind = SheetCell::Kind::Error;
                    sheetCell.text = value;
                }
            } else {
                return fail(Error::Damaged,
                            tr("the cell type \"%1\" is not one of s, str, inlineStr, n, b, e "
                               "or d (damaged)")
                                    .arg(type.left(40)),
                            cell());
            }
            if (sheetCell.kind == SheetCell::Kind::Empty && !sheetCell.text.isEmpty())
                sheetCell.kind = SheetCell::Kind::Text;
            if (sheetCell.isEmpty())
                continue;

            if (m_rows + row > XlsxReader::maxRows)
                return fail(Error::TooManyRows,
                            m_rows == 0 ? tr("more than %1 rows; a data book has at most %1")
                                                  .arg(locale.toString(XlsxReader::maxRows))
                                        : tr("more than %1 rows in the workbook's sheets together; "
                                             "a data book has at most %1")
                                                  .arg(locale.toString(XlsxReader::maxRows)),
                            cell());
            m_cells += column - lastStoredColumn;
            if (m_cells > XlsxReader::maxCells)
                return fail(Error::TooManyCells,
                            tr("more than %1 cells in the workbook (each row counted up to its "
                               "last value); a data book has at most %1")
                                    .arg(locale.toString(XlsxReader::maxCells)),
                            cell());
            lastStoredColumn = column;
            sheetRows = row;
            grid->setCell(row, column, sheetCell);
        } else if (name == u"mergeCell") {
            const QStringView ref = xml.attributes().value(QLatin1String("ref"));
            const qsizetype colon = ref.indexOf(u':');
            CellRange range;
            const bool ok = colon < 0
                    ? parseAddress(ref, &range.firstRow, &range.firstColumn)
                    : parseAddress(ref.left(colon), &range.firstRow, &range.firstColumn)
                            && parseAddress(ref.mid(colon + 1), &range.lastRow, &range.lastColumn);
            if (colon < 0) {
                range.lastRow = range.firstRow;
                range.lastColumn = range.firstColumn;
            }
            if (!ok || range.lastRow < range.firstRow || range.lastColumn < range.firstColumn)
                return fail(Error::Damaged,
                            tr("%1:%2, sheet %3: the merged range \"%4\" is not a range "
                               "within A1:XFD1048576 (damaged)")
                                    .arg(part)
                                    .arg(xml.lineNumber())
                                    .arg(grid->name(), ref.left(40)));
            if (++m_merged > XlsxReader::maxMergedRanges)
                return fail(
                        Error::TooManyMergedRanges,
                        tr("%1:%2, sheet %3: more than %4 merged ranges in the workbook; a "
                           "data book has at most %4")
                                .arg(part)
                                .arg(xml.lineNumber())
                                .arg(grid->name(), locale.toString(XlsxReader::maxMergedRanges)));
            grid->addMerged(range);
        }
    }
    if (!endPart(xml, *device, part, grid->name()))
        return false;
    m_rows += sheetRows;
    return true;
}

}  // namespace

XlsxReader::Result XlsxReader::read(const QByteArray &data, const QString &fileName)
{
    ZipArchive zip;
    zip.open(data);
    return Reading(zip, fileName).run();
}

XlsxReader::Result XlsxReader::readFile(const QString &path)
{
    ZipArchive zip;
    zip.openFile(path);
    return Reading(zip, QDir::toNativeSeparators(path)).run();
}

XlsxReader::NumberFormat XlsxReader::numberFormat(QStringView code)
{
    // The first section (positive numbers), without what only decorates it: quoted text,
    // escaped characters (\-), [Red] and [$-409], the space of _x and the fill of *x.
    QString section;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            section += c;
        }
    }
    NumberFormat format;
    if (section.contains(QStringLiteral("general"), Qt::CaseInsensitive) || section.contains(u'@'))
        return format;
    format.percent = section.contains(u'%');
    const auto isDigit = [](QChar c) { return c == u'0' || c == u'#' || c == u'?'; };
    const qsizetype point = section.indexOf(u'.');
    if (point < 0) {
        if (std::any_of(section.cbegin(), section.cend(), isDigit))
            format.decimals = 0;
        return format;
    }
    format.decimals = 0;
    for (qsizetype i = point + 1; i < section.size() && isDigit(section[i]); ++i)
        ++format.decimals;
    return format;
}

QString XlsxReader::builtInFormatCode(int id)
{
    // ECMA-376 Part 1, 18.8.30; 5-8 and 41-44 are the locale's currency and accounting
    // formats, given here as en-US has them (the decimals are the same everywhere).
    switch (id) {
    case 1:
        return QStringLiteral("0");
    case 2:
        return QStringLiteral("0.00");
    case 3:
        return QStringLiteral("#,##0");
    case 4:
        return QStringLiteral("#,##0.00");
    case 5:
        return QStringLiteral("\"$\"#,##0_);(\"$\"#,##0)");
    case 6:
        return QStringLiteral("\"$\"#,##0_);[Red](\"$\"#,##0)");
    case 7:
        return QStringLiteral("\"$\"#,##0.00_);(\"$\"#,##0.00)");
    case 8:
        return QStringLiteral("\"$\"#,##0.00_);[Red](\"$\"#,##0.00)");
    case 9:
        return QStringLiteral("0%");
    case 10:
        return QStringLiteral("0.00%");
    case 11:
        return QStringLiteral("0.00E+00");
    case 12:
        return QStringLiteral("# ?/?");
    case 13:
        return QStringLiteral("# ?"
                              "?/?"
                              "?");
    case 37:
        return QStringLiteral("#,##0 ;(#,##0)");
    case 38:
        return QStringLiteral("#,##0 ;[Red](#,##0)");
    case 39:
        return QStringLiteral("#,##0.00;(#,##0.00)");
    case 40:
        return QStringLiteral("#,##0.00;[Red](#,##0.00)");
    case 41:
        return QStringLiteral("_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)");
    case 42:
        return QStringLiteral("_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)");
    case 43:
        return QStringLiteral("_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"?"
                              "?_);_(@_)");
    case 44:
        return QStringLiteral("_(\"$\"* #,##0.00_);_(\"$\"* \\(#,##0.00\\);_(\"$\"* \"-\"?"
                              "?_);_(@_)");
    case 48:
        return QStringLiteral("##0.0E+0");
    case 49:
        return QStringLiteral("@");
    default:
        return QStringLiteral("General");  // 0, and the dates and times, shown as stored
    }
}
