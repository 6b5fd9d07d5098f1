#pragma once

#include "ConsistencyCheck.h"

#include <QAbstractTableModel>

// The mismatches of a consistency check, one row each in the report's order: what was
// compared, the stated and the recomputed figure, the difference and whether the rounding
// of the inputs explains it, and where the figures come from.
class ChecksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksModel)

public:
    enum Column {
        ResultColumn,
        ComparedColumn,
        PeriodColumn,
        UnitColumn,
        StatedColumn,
        RecomputedColumn,
        DifferenceColumn,
        ExplanationColumn,
        SourcesColumn,
        ColumnCount,
    };

    enum Role {
        // A raw value that sorts the way the column reads; the result column keeps the
        // report's order within unexplained and explained.
        SortRole = Qt::UserRole,
        ExplainedRole,  // bool
    };

    explicit ChecksModel(QObject *parent = nullptr);

    void setReport(const ConsistencyCheck::Report &report);
    const ConsistencyCheck::Report &report() const { return m_report; }
    const ConsistencyFinding &finding(int row) const { return m_report.mismatches.at(row); }
    // Tells the views that every text changed, after a language switch.
    void retranslate();

    // The finding for a reader, as HTML: the two figures, every input with its source,
    // and what the rounding of them allows.
    static QString detail(const ConsistencyFinding &finding);
    // Where the figures come from: the stated one's source first, each source once.
    static QStringList sources(const ConsistencyFinding &finding);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ConsistencyFinding &finding, int column) const;
    QVariant sortData(const ConsistencyFinding &finding, int row, int column) const;

    ConsistencyCheck::Report m_report;
};
