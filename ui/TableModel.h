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
    const Table &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Table m_table;
};
