#pragma once

#include "Table.h"

#include <QAbstractTableModel>

// A core Table as a Qt model: one row per series, one column per category, so the
// numbers behind a chart can be read (and read aloud) cell by cell.
class TableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableModel)

public:
    explicit TableModel(QObject *parent = nullptr);

    void setTable(const Table &table);
    // Transposed: one row per category (e.g. per metric), one column per series.
    void setTransposed(bool transposed);
    // The table cell behind a model index.
    const TableCell &cellAt(const QModelIndex &index) const;
    const Table &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int seriesOf(const QModelIndex &index) const;
    int categoryOf(const QModelIndex &index) const;

    Table m_table;
    bool m_transposed = false;
};
