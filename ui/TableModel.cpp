#include "TableModel.h"

#include "CellFormatter.h"
#include "CheckLink.h"
#include "ConsistencyFinding.h"
#include "FigureDetails.h"
#include "TableCopy.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

TableModel::TableModel(QObject *parent) : QAbstractTableModel(parent) { }

void TableModel::setTable(const Table &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void TableModel::setTransposed(bool transposed)
{
    beginResetModel();
    m_transposed = transposed;
    endResetModel();
}

int TableModel::seriesOf(const QModelIndex &index) const
{
    return m_transposed ? index.column() : index.row();
}

int TableModel::categoryOf(const QModelIndex &index) const
{
    return m_transposed ? index.row() : index.column();
}

const TableCell &TableModel::cellAt(const QModelIndex &index) const
{
    return m_table.cell(seriesOf(index), categoryOf(index));
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_transposed ? m_table.categoryCount() : m_table.seriesCount();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_transposed ? m_table.seriesCount() : m_table.categoryCount();
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const TableSeries &series = m_table.series(seriesOf(index));
    const TableCell &cell = cellAt(index);
    switch (role) {
    case Qt::DisplayRole: {
        const QString marker
                = cell.value && cell.basis == Basis::Derived ? QStringLiteral(" *") : QString();
        QString text = CellFormatter::value(cell) + marker;
        if (series.showsAsOf && cell.value && cell.asOf.isValid())
            //: a figure and the date it was announced: "117,000 (2013-05-15)"
            text = tr("%1 (%2)").arg(text, cell.asOf.toString(Qt::ISODate));
        if (cell.flagged)  // a stated figure its own inputs contradict
            text = QStringLiteral("⚠ ") + text;
        return text;
    }
    case TableCopy::PlainTextRole:  // the figure alone, as a spreadsheet takes it
        return cell.value ? CellFormatter::value(cell) : QString();
    case Qt::BackgroundRole:
        if (cell.flagged)
            return QBrush(QColor(0xfd, 0xe2, 0xc4));
        return {};
    case Qt::ToolTipRole: {
        QString tooltip = CellFormatter::tooltip(cell, series.label,
                                                 m_table.categoryLabels().value(categoryOf(index)));
        if (cell.flagged)
            tooltip += QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Double-click or press Enter to see it on the Checks page.")
                                            .toHtmlEscaped());
        return tooltip;
    }
    case CheckLink::FigureKeyRole:
        if (!cell.flagged)
            return {};
        return ConsistencyFinding::figureKey(cell.periodCode, cell.metric, cell.basis, cell.asOf);
    case FigureDetails::Role:
        return CellFormatter::details(cell, series.label,
                                      m_table.categoryLabels().value(categoryOf(index)));
    case Qt::AccessibleDescriptionRole:
        if (cell.flagged)  // the warning a sighted reader gets from the colour and the mark
            return tr("%1; mismatch beyond rounding: %2")
                    .arg(Bases::displayName(cell.basis),
                         cell.mismatches.join(QStringLiteral("; ")));
        return cell.value ? Bases::displayName(cell.basis) : cell.note;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (cell.value && cell.basis != Basis::Reported) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (cell.flagged)  // dark on the warning colour, whatever the basis
            return QBrush(QColor(0x20, 0x20, 0x20));
        if (!cell.value || cell.basis != Basis::Reported)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool categoryHeader = (orientation == Qt::Horizontal) != m_transposed;
    if (categoryHeader)
        return m_table.categoryLabels().value(section);
    if (section < 0 || section >= m_table.seriesCount())
        return {};
    const TableSeries &series = m_table.series(section);
    if (m_transposed)  // rows may differ in unit; each cell's tooltip says which
        return series.label;
    return tr("%1 (%2)").arg(series.label, CellFormatter::unitName(series.unit));
}
