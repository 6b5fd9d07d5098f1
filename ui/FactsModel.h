#pragma once

#include "ConsistencyCheck.h"
#include "Fact.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// Every fact as one row of a table: the figure as stated plus where it comes from.
// Texts are translated when asked for, so a language switch only needs retranslate().
class FactsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactsModel)

public:
    enum Column {
        PeriodColumn,
        MetricColumn,
        ValueColumn,
        UnitColumn,
        BasisColumn,
        SourceColumn,
        AsOfColumn,
        ColumnCount,
    };

    enum Role {
        // A raw value that sorts the way the column reads (periods chronologically,
        // values numerically), unlike the formatted display text.
        SortRole = Qt::UserRole,
    };

    explicit FactsModel(QObject *parent = nullptr);

    // The facts, each figure a mismatch beyond rounding in `checks` is about flagged.
    void setFacts(const QList<Fact> &facts, const ConsistencyCheck::Report &checks = {});
    // The mismatches beyond rounding found in the fact of a row, in words.
    QStringList mismatches(int row) const;
    const QList<Fact> &facts() const { return m_facts; }
    const Fact &fact(int row) const { return m_facts.at(row); }

    // Tells the views that every text changed, after a language switch.
    void retranslate();

    // A chronological sort key: end date first, then the shorter span (1Q13 before 1H13),
    // the order of FiscalPeriod::operator<=>.
    static qint64 periodSortKey(const FiscalPeriod &period);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Fact &fact, int column) const;
    QVariant sortData(const Fact &fact, int column) const;

    QList<Fact> m_facts;
    QHash<QString, QStringList> m_mismatches;  // figure key -> its unexplained mismatches
};
