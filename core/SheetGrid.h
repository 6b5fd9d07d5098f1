#pragma once

#include <QList>
#include <QString>

#include <optional>

// One cell of a sheet, as a workbook stores it (or a CSV field, read as a grid).
struct SheetCell
{
    enum class Kind : quint8 {
        Empty,
        Number,  // a numeric cell: `number`, shown with `decimals`
        Text,  // a string cell (shared or inline), or a CSV field: `text`
        Boolean,  // `number` is 0 or 1
        Error,  // a formula error such as #DIV/0!: `text`
    };
    Kind kind = Kind::Empty;
    double number = 0.0;
    // The decimals the cell's number format shows ("#,##0" 0, "0.0" 1, "0.00%" 2); -1 for
    // the General format, which shows a number as stored.
    int decimals = -1;
    bool percentFormat = false;  // the number format ends in %: the number is a fraction
    QString text;

    bool isEmpty() const { return kind == Kind::Empty; }
};

// A rectangle of cells, 1-based and inclusive, such as a merged header over B2:E2.
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool contains(int row, int column) const
    {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
    friend bool operator==(const CellRange &, const CellRange &) = default;
};

// A sheet's cells by row and column (1-based), with its merged ranges: what a workbook's
// sheet or a CSV file holds, for the readers that interpret it. Rows are stored as read,
// each as long as its last cell that is not empty.
class SheetGrid final
{
public:
    SheetGrid() = default;
    explicit SheetGrid(const QString &name) : m_name(name) { }

    QString name() const { return m_name; }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_columns; }
    // The cells stored in a row: its last column that was set (0 for a row of none), so
    // that a reader walks a row in the time its cells take, not the sheet's width.
    int rowLength(int row) const
    {
        return row >= 1 && row <= m_rows.size() ? int(m_rows[row - 1].size()) : 0;
    }

    // The cell at (row, column); an empty one outside what was stored.
    const SheetCell &cell(int row, int column) const;
    void setCell(int row, int column, const SheetCell &cell);

    QList<CellRange> merged() const { return m_merged; }
    void addMerged(const CellRange &range) { m_merged.append(range); }
    // The merged range a cell lies in, if any.
    std::optional<CellRange> mergedAt(int row, int column) const;

    // "A", "Z", "AA", "XFD" for columns 1, 26, 27, 16384.
    static QString columnName(int column);
    // "D7".
    static QString address(int row, int column);
    // "Sheet1!D7", the sheet's name quoted as Excel quotes it where it needs to be
    // ('Q1 2013'!D7).
    QString reference(int row, int column) const;
    // The column a name such as "AA" stands for; 0 for one that is not a column name.
    static int columnNumber(QStringView name);

private:
    QString m_name;
    QList<QList<SheetCell>> m_rows;
    QList<CellRange> m_merged;
    int m_columns = 0;
};
