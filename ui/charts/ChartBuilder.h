#pragma once

#include "ChartOptions.h"
#include "Table.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QStringList>

#include <utility>

class QAbstractAxis;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// Turns one core Table into a QChart. One subclass per chart; the window and the
// export both call build(), so what a person sees is what they export. A fresh chart
// every time: the caller owns it (QChartView::setChart does not delete the old one).
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    ChartBuilder() = default;
    virtual ~ChartBuilder() = default;
    Q_DISABLE_COPY_MOVE(ChartBuilder)

    // How a spreadsheet draws the chart natively (ui/WorkbookExporter): each series drawn,
    // as what, and on which value axis. Said once per builder, beside populate().
    struct WorkbookSeries
    {
        enum class Kind {
            Columns,
            StackedColumns,
            Lines,
            Markers,  // points without a line, e.g. a total over stacked columns
            Bars,  // horizontal, first category on top
        };

        int series = 0;  // index in the Table
        Kind kind = Kind::Columns;
        bool secondaryAxis = false;
    };
    struct WorkbookChart
    {
        QList<WorkbookSeries> series;
        QString valueTitle;  // the value axis' title, as the page's
        QString secondaryTitle;  // the second value axis', when a series is on it
    };

    // Stable name for files and the command line, e.g. "revenue-mix".
    virtual QString name() const = 0;
    // The chart's name as the window's tab says it, translated ("Revenue mix").
    virtual QString displayName() const = 0;
    // Translated names of the builder's views; empty when it has one.
    virtual QStringList variantNames() const { return {}; }
    // Their stable names, for files and the command line ("detailed"), in the same order.
    virtual QStringList variantCodes() const { return {}; }
    // Whether the active company's profile gives the view something to draw (a company
    // without recurring and one-time revenues has no such view of its revenue mix).
    virtual bool hasVariant(int variant) const { return variant == 0; }
    // Whether the chart has any view to draw for the active company.
    bool isAvailable() const;
    // The views it has, by index, in order.
    QList<int> availableVariants() const;

    QChart *build(const Table &table, const ChartOptions &options) const;
    // The chart for a workbook; by default every series drawn that has a figure, as columns.
    virtual WorkbookChart workbookChart(const Table &table, const ChartOptions &options) const;
    // The lines under an exported chart: what the lighter shades mean, the gaps, the
    // sources and the date the figures stand at (options.forExport).
    QStringList footer(const Table &table, const ChartOptions &options) const;

    // The colour a series is drawn in, by its key (the deck's colours where it has them).
    static QColor colorFor(const QString &seriesKey, int index);
    // Derived and target figures are drawn in this lighter shade of their series colour.
    static QColor notReportedColor(const QColor &color);

protected:
    virtual void populate(QChart *chart, const Table &table, const ChartOptions &options) const = 0;
    // Whether the chart's columns are the table's categories (quarters) with bars, so
    // the highlight band lines up with them.
    virtual bool highlightsCategories() const { return true; }
    // Whether the chart draws this series (the notes speak only of what is drawn).
    virtual bool draws(const TableSeries &series, const ChartOptions &options) const;

    static QFont font(const ChartOptions &options, qreal pointSize, bool bold = false);
    // The colour of text drawn on the chart's background.
    static QColor textColor(const ChartOptions &options);
    static QBarCategoryAxis *categoryAxis(const Table &table, const ChartOptions &options);
    static QValueAxis *valueAxis(const QString &title, const ChartOptions &options);
    // Range from `low` (or zero, when includeZero) to `high` with room above, then nice
    // round ticks.
    static void fitValueAxis(QValueAxis *axis, double low, double high, bool includeZero = true);
    // Smallest and largest value of some series of the table.
    static std::pair<double, double> valueRange(const Table &table, const QList<int> &series);
    // One bar per category; an empty cell is a zero-height bar (a gap), a derived or
    // target cell a selected bar drawn in the lighter colour. Hover shows the tooltip.
    // With `categories`, only those categories get bars (the others zero), so metrics on
    // different axes can share the category axis.
    static QBarSet *barSet(const Table &table, int seriesIndex, const QColor &color,
                           const ChartOptions &options, const QList<int> &categories = {});
    // A line over the categories, broken where a cell is empty; derived points are drawn
    // larger and lighter. Returns the segments (the first carries the legend entry).
    static QList<QLineSeries *> lineSegments(QChart *chart, const Table &table, int seriesIndex,
                                             const QColor &color, QAbstractAxis *x,
                                             QAbstractAxis *y, const ChartOptions &options);
    // The table's parts as stacked bars on `x` and a new value axis titled `yTitle`, scaled
    // to the tallest stack or total; returns that axis.
    static QValueAxis *stackedBars(QChart *chart, const Table &table, QAbstractAxis *x,
                                   const QString &yTitle, const ChartOptions &options);
    // Markers with value labels, e.g. total revenues over a stack; empty cells get none.
    static QScatterSeries *markers(QChart *chart, const Table &table, int seriesIndex,
                                   const QColor &color, QAbstractAxis *x, QAbstractAxis *y,
                                   const ChartOptions &options);
    static QString axisTitle(const QString &what, Unit unit);
    // Each cell's value as a label reads it: its stated decimals, the locale's grouping
    // ("2.0", "22.00", "19.0%", "26,441"); empty for an empty cell.
    static QStringList labelTexts(const TableSeries &series, const ChartOptions &options);

private:
    // The distinct sources of the figures drawn, in short form, for a printed footer.
    QStringList shortSources(const Table &table, const ChartOptions &options) const;
    // The lines under the chart; `shaded`: the first says what the lighter shades are.
    QStringList notes(const Table &table, const ChartOptions &options, bool *shaded) const;
    static void addHighlight(QChart *chart, int category, int categories);
    static void addNotes(QChart *chart, const QStringList &notes, bool shaded,
                         const ChartOptions &options);
};
