#pragma once

#include "DatasetError.h"
#include "DatasetReader.h"
#include "SheetGrid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A CSV file in a data book's wide layout (metrics down, periods across) read into one
// SheetGrid, so that DataBookReader reads it as it reads a workbook's sheet: decoded as the
// dataset reader decodes (UTF-8 or Shift_JIS, DatasetReader::decode), RFC 4180 quoting,
// every field a text cell (an empty field an empty cell).
class WideCsv final
{
    Q_DECLARE_TR_FUNCTIONS(WideCsv)

public:
    struct Result
    {
        std::optional<SheetGrid> grid;  // empty when errors is not
        QList<DatasetError> errors;  // located to line and column
        QString encoding;  // as DatasetReader::Result::encoding
    };

    // `sheetName` names the grid, and so the cells of DataBookReader's errors.
    static Result read(const QByteArray &data, const QString &fileName, const QString &sheetName,
                       DatasetReader::Encoding encoding = DatasetReader::Encoding::Detect);
};
