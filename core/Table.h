#pragma once

#include "Basis.h"
#include "Fact.h"
#include "Unit.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

// One cell of a Table: a figure with its unit, basis and source, or a gap that
// says why it is empty.
struct TableCell
{
    std::optional<double> value;  // empty: no figure; `note` says why
    int decimals = 0;
    // A bound rather than a figure ("over 10"): value is the bound (a range's lower end).
    Fact::Bound bound = Fact::Bound::Exact;
    double upper = 0.0;  // a range's upper end, in the cell's unit
    Unit unit = Unit::JpyMillion;
    Basis basis = Basis::Reported;
    QString source;  // where the figure comes from; for a computed cell, how
    QDate asOf;
    QString periodCode;  // the period the figure belongs to
    QString metric;  // the catalogue key, when the cell holds one metric
    QString note;  // why a cell is empty, or a remark on the figure
    // A gap whose figure exists but was announced after the table's date: that date.
    QDate announcedLater;
    // A stated figure that the figures it speaks of contradict beyond rounding, and each
    // such mismatch in words (ConsistencyCheck::summary).
    bool flagged = false;
    QStringList mismatches;

    bool hasValue() const { return value.has_value(); }
};

// One series of a Table: a metric (or a comparison) across the categories.
struct TableSeries
{
    // A part adds up with the other parts; a total is drawn over them, not added.
    enum class Role {
        Part,
        Total,
    };

    QString key;  // stable id, e.g. the metric key or "fy13_target"
    QString label;  // translated when the table was built
    Unit unit = Unit::JpyMillion;
    QList<TableCell> cells;  // one per category
    Role role = Role::Part;
    // Cells read with their announcement date beside the value ("117,000 (2013-05-15)").
    bool showsAsOf = false;
    // Cells that compare figures (a change, a change %) or show one of an earlier vintage
    // beside the one in force, though each names the metric and period it is about: a data
    // book of the table (TableCsv::writeWide) leaves them out, or they would read back as
    // that metric's figure.
    bool comparison = false;

    // Whether any cell holds a figure.
    bool hasFigures() const
    {
        return std::any_of(cells.cbegin(), cells.cend(),
                           [](const TableCell &cell) { return cell.hasValue(); });
    }
};

// The shape every view reads: categories (columns of a chart, e.g. quarters) by
// series (e.g. segments). Charts, the data table widget, CSV export and the command
// line all take this type.
class Table
{
public:
    Table() = default;
    Table(const QString &name, const QString &title);

    QString name() const { return m_name; }
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    // The date the table stands at (invalid: every vintage), and that in words.
    QDate asOf() const { return m_asOf; }
    QString asOfDescription() const { return m_asOfDescription; }
    void setAsOf(const QDate &date, const QString &description);

    QString categoryHeader() const { return m_categoryHeader; }
    void setCategoryHeader(const QString &header) { m_categoryHeader = header; }

    void addCategory(const QString &key, const QString &label);
    // Adds a series; its cells must number as the categories.
    void addSeries(const TableSeries &series);
    void setSeriesRole(const QString &key, TableSeries::Role role);

    int categoryCount() const { return static_cast<int>(m_categoryKeys.size()); }
    int seriesCount() const { return static_cast<int>(m_series.size()); }
    QStringList categoryKeys() const { return m_categoryKeys; }
    QStringList categoryLabels() const { return m_categoryLabels; }
    int categoryIndex(const QString &key) const;
    int seriesIndex(const QString &key) const;
    const TableSeries &series(int index) const { return m_series[index]; }
    const QList<TableSeries> &allSeries() const { return m_series; }
    const TableCell &cell(int series, int category) const;
    // Cell by keys; nullptr when either key is unknown.
    const TableCell *find(const QString &seriesKey, const QString &categoryKey) const;

    // Sum of the parts in one category (the stack's height); empty cells count as
    // nothing, total series are left out.
    double categorySum(int category) const;
    bool isEmpty() const;

private:
    QString m_name;
    QString m_title;
    QString m_categoryHeader;
    QDate m_asOf;
    QString m_asOfDescription;
    QStringList m_categoryKeys;
    QStringList m_categoryLabels;
    QList<TableSeries> m_series;
};
