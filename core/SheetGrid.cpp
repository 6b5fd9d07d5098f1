#include "SheetGrid.h"

namespace {

const SheetCell emptyCell;

}  // namespace

const SheetCell &SheetGrid::cell(int row, int column) const
{
    if (row < 1 || row > m_rows.size())
        return emptyCell;
    const QList<SheetCell> &cells = m_rows[row - 1];
    if (column < 1 || column > cells.size())
        return emptyCell;
    return cells[column - 1];
}

void SheetGrid::setCell(int row, int column, const SheetCell &cell)
{
    if (row < 1 || column < 1)
        return;
    if (m_rows.size() < row)
        m_rows.resize(row);
    QList<SheetCell> &cells = m_rows[row - 1];
    if (cells.size() < column)
        cells.resize(column);
    cells[column - 1] = cell;
    m_columns = std::max(m_columns, column);
}

std::optional<CellRange> SheetGrid::mergedAt(int row, int column) const
{
    for (const CellRange &range : m_merged) {
        if (range.contains(row, column))
            return range;
    }
    return std::nullopt;
}

QString SheetGrid::columnName(int column)
{
    QString name;
    while (column > 0) {
        const int digit = (column - 1) % 26;
        name.prepend(QChar(u'A' + digit));
        column = (column - 1) / 26;
    }
    return name;
}

int SheetGrid::columnNumber(QStringView name)
{
    if (name.isEmpty() || name.size() > 3)
        return 0;
    int column = 0;
    for (QChar c : name) {
        if (c < u'A' || c > u'Z')
            return 0;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column <= 16384 ? column : 0;
}

QString SheetGrid::address(int row, int column)
{
    return columnName(column) + QString::number(row);
}

QString SheetGrid::reference(int row, int column) const
{
    // Excel quotes a name with anything but letters, digits and underscores.
    bool plain = !m_name.isEmpty();
    for (QChar c : m_name)
        plain = plain && (c.isLetterOrNumber() || c == u'_');
    const QString sheet = plain ? m_name
                                : QLatin1Char('\'')
                    + QString(m_name).replace(u'\'', QStringLiteral("''")) + QLatin1Char('\'');
    return sheet + QLatin1Char('!') + address(row, column);
}
