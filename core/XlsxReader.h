#pragma once

#include "DatasetError.h"
#include "SheetGrid.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

// Reads an Excel workbook (.xlsx, Office Open XML) into one SheetGrid per worksheet, in
// workbook order: the cells as stored (shared and inline strings, numbers with the decimals
// and percent of their number format, booleans, errors) and the merged ranges. What the
// cells mean is for the reader that interprets the grid. Reading is linear in the input and
// bounded: the zip under ZipArchive's limits, the grids under maxRows and maxCells, each
// text under maxTextLength. The first problem stops the reading, and then there are no
// sheets: one error naming the part, or the sheet and cell ("Sheet1!D7"), and the limit.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // Rows the workbook's grids hold together (each sheet up to its last row with a value).
    static constexpr int maxRows = 200'000;
    // Cells the grids hold together, each row counted up to its last value (so that a lone
    // value in column XFD cannot make a row of 16,384 cells for free).
    static constexpr qint64 maxCells = 5'000'000;
    // Merged ranges in the workbook: the readers of a grid look a cell's range up among them.
    static constexpr int maxMergedRanges = 100'000;
    // Excel's own limit on a cell's text.
    static constexpr int maxTextLength = 32'767;
    static constexpr int lastRow = 1'048'576;
    static constexpr int lastColumn = 16'384;  // XFD

    enum class Error {
        None,
        NotAWorkbook,  // not a zip archive (a CSV renamed .xlsx)
        CompoundFile,  // an old .xls, or an .xlsx saved with a password (both OLE2 files)
        Damaged,  // a damaged zip or part: CRC, offsets, references beyond XFD1048576,
                  // rows or cells out of order, a number that is not one, a bad index
        Encrypted,  // an encrypted zip entry
        UnsupportedCompression,
        TooLarge,  // past a ZipArchive limit (a zip bomb)
        MissingPart,  // xl/workbook.xml, its relationships, a sheet they point to
        MalformedXml,
        TooManyRows,
        TooManyCells,
        TooManyMergedRanges,
        TextTooLong,
        Unreadable,  // readFile: not a regular file, or it could not be read
    };

    struct Result
    {
        QList<SheetGrid> sheets;  // the worksheets in workbook order; empty on any error
        QList<DatasetError> errors;  // at most one: reading stops at the first problem
        Error error = Error::None;

        bool ok() const { return error == Error::None; }
    };

    // fileName is only used in error messages.
    static Result read(const QByteArray &data, const QString &fileName);
    // The file read whole (InputFile's checks and size limit first).
    static Result readFile(const QString &path);

    // What a number format shows: the digits after the decimal point in its first section
    // ("#,##0.0;[Red]\-#,##0.0" 1, "0.00%" 2; -1 for General, text "@" and formats with no
    // digit) and whether that section is a percentage.
    struct NumberFormat
    {
        int decimals = -1;
        bool percent = false;
        friend bool operator==(const NumberFormat &, const NumberFormat &) = default;
    };
    static NumberFormat numberFormat(QStringView code);
    // The code of a built-in format id (0 "General", 4 "#,##0.00", 10 "0.00%"); "General"
    // for an id without a fixed code (the locale's currencies and dates among them).
    static QString builtInFormatCode(int id);
};
