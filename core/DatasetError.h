#pragma once

#include <QString>

// A problem found in a dataset file, located to the character.
struct DatasetError
{
    DatasetError() = default;
    DatasetError(const QString &file, int atLine, int atColumn, const QString &what,
                 const QString &atCell = QString())
        : fileName(file), line(atLine), column(atColumn), message(what), cell(atCell)
    { }

    QString fileName;
    int line = 0;  // 1-based; 0 when the whole file is concerned
    int column = 0;  // 1-based character column; 0 when the whole line is concerned
    QString message;  // what was found and what was expected
    // In a workbook, the cell instead of line and column: "Sheet1!D7".
    QString cell;

    // "file.csv:12:3: message", the form compilers use so editors can jump to it;
    // "book.xlsx: Sheet1!D7: message" for a workbook's cell.
    QString toString() const;
};
