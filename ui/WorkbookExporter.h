#pragma once

#include "FiscalPeriod.h"
#include "charts/ChartOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Queries;

// The dashboard as one Excel workbook (libxlsxwriter): a worksheet per chart and view,
// holding the chart's Table laid out wide as the window's data table shows it, with the
// figures as numbers in their decimals and a native chart built from those cells; then a
// Facts sheet with every figure at the tables' date, in the dataset's columns. Written
// through OutputFile: a temporary file renamed once complete, nothing left on an error.
class WorkbookExporter final
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookExporter)

public:
    // One chart sheet: a chart of ChartCatalog and one of its views.
    struct Sheet
    {
        QString chart;
        int view = 0;
    };

    // Where a chart sheet puts its table (0-based, as libxlsxwriter counts): the header
    // row of period labels, the first series' row below it; series names in the first
    // column, units in the second, the first period in the third.
    static constexpr int headerRow = 3;
    static constexpr int firstSeriesRow = headerRow + 1;
    static constexpr int firstPeriodColumn = 2;
    static constexpr int maxSheetName = 31;  // Excel's limit, in UTF-16 units

    // Every chart and view the active company draws; with `chart`, that chart's views only
    // (empty when it draws none or is unknown).
    static QList<Sheet> sheets(const QString &chart = QString());
    // The sheet name of a chart's view in the current language, made valid for Excel
    // (none of []:*?/\, at most 31 units) and unlike every name in `taken`, which it joins.
    static QString sheetName(const QString &wanted, QStringList *taken);
    // Writes the sheets for `quarter` and a span of quarters (0: all) as `queries` stand
    // (their date: Queries::setAsOf), and the Facts sheet. False with *error naming the
    // file and what went wrong; the file is then as it was.
    static bool write(const Queries &queries, const FiscalPeriod &quarter, int window,
                      const QList<Sheet> &sheets, const ChartOptions &options, const QString &path,
                      QString *error);
};
