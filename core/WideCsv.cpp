#include "WideCsv.h"

WideCsv::Result WideCsv::read(const QByteArray &data, const QString &fileName,
                              const QString &sheetName, DatasetReader::Encoding encoding)
{
    Result result;
    const auto text
            = DatasetReader::decode(data, encoding, fileName, result.errors, result.encoding);
    if (!text)
        return result;
    SheetGrid grid(sheetName);
    int row = 1;
    int column = 1;
    int line = 1;
    qsizetype lineStart = 0;
    QString field;
    bool quoted = false;  // inside a quoted field
    bool wasQuoted = false;  // the field was quoted and is closed
    int openLine = 0;
    int openColumn = 0;
    const auto store = [&] {
        if (field.size() > DatasetReader::maxFieldLength) {
            result.errors.append({fileName, line, 0,
                                  tr("field of %1 characters; expected at most %2")
                                          .arg(field.size())
                                          .arg(DatasetReader::maxFieldLength)});
        } else if (!field.isEmpty()) {
            SheetCell cell;
            cell.kind = SheetCell::Kind::Text;
            cell.text = field;
            grid.setCell(row, column, cell);
        }
        field.clear();
        wasQuoted = false;
    };
    const QString &t = *text;
    for (qsizetype i = 0; i < t.size() && result.errors.size() < DatasetReader::maxErrors; ++i) {
        const QChar c = t[i];
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < t.size() && t[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
                continue;
            }
            field += c;
            if (lineBreak) {
                if (c == QLatin1Char('\r') && i + 1 < t.size() && t[i + 1] == QLatin1Char('\n'))
                    field += t[++i];
                ++line;
                lineStart = i + 1;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            store();
            ++column;
        } else if (lineBreak) {
            if (c == QLatin1Char('\r') && i + 1 < t.size() && t[i + 1] == QLatin1Char('\n'))
                ++i;
            store();
            ++row;
            column = 1;
            ++line;
            lineStart = i + 1;
        } else if (wasQuoted) {
            result.errors.append({fileName, line, int(i - lineStart) + 1,
                                  tr("unexpected character after a closing quote; expected a "
                                     "comma or the end of the line")});
            return result;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                result.errors.append({fileName, line, int(i - lineStart) + 1,
                                      tr("quote inside an unquoted field; expected the whole "
                                         "field in quotes with inner quotes doubled")});
                return result;
            }
            quoted = true;
            openLine = line;
            openColumn = int(i - lineStart) + 1;
        } else {
            field += c;
        }
    }
    if (quoted) {
        result.errors.append({fileName, openLine, openColumn,
                              tr("quoted field is not closed; expected a closing quote")});
        return result;
    }
    store();
    if (result.errors.isEmpty())
        result.grid = grid;
    return result;
}
