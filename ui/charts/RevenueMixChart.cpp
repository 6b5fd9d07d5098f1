#include "RevenueMixChart.h"

#include "CompanyProfile.h"
#include "ValueLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

bool RevenueMixChart::hasVariant(int variant) const
{
    const CompanyProfile::Dashboard &board = CompanyProfile::active().dashboard;
    switch (variant) {
    case 0:
        return !board.segments.isEmpty();
    case 1:
        return !board.detailed.isEmpty();
    case 2:
        return !board.recurringOneTime.isEmpty();
    default:
        return false;
    }
}

QStringList RevenueMixChart::variantNames() const
{
    return {tr("By segment"), tr("In detail"), tr("Recurring and one-time")};
}

void RevenueMixChart::populate(QChart *chart, const Table &table, const ChartOptions &options) const
{
    auto *x = categoryAxis(table, options);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = stackedBars(chart, table, x, axisTitle(tr("Revenues"), Units::money()), options);
    auto *labels = new ValueLabels(chart, font(options, 9.5, true), textColor(options));
    for (QAbstractSeries *series : chart->series()) {
        if (auto *stacked = qobject_cast<QStackedBarSeries *>(series))
            labels->addStacks(stacked, table.categoryCount());
    }
    // The totals over the stacks, each with its figure.
    for (int s = 0; s < table.seriesCount(); ++s) {
        if (table.series(s).role != TableSeries::Role::Total || !table.series(s).hasFigures())
            continue;
        QScatterSeries *totals
                = markers(chart, table, s, colorFor(table.series(s).key, s), x, y, options);
        QStringList texts = labelTexts(table.series(s), options);
        texts.removeAll(QString());  // a marker for each cell with a figure, in order
        labels->addPoints(totals, texts, totals->markerSize());
    }
    labels->install();
}

ChartBuilder::WorkbookChart RevenueMixChart::workbookChart(const Table &table,
                                                           const ChartOptions &options) const
{
    Q_UNUSED(options);
    WorkbookChart chart;
    chart.valueTitle = axisTitle(tr("Revenues"), Units::money());
    for (int i = 0; i < table.seriesCount(); ++i) {
        if (!table.series(i).hasFigures())
            continue;
        const bool total = table.series(i).role == TableSeries::Role::Total;
        chart.series.append(
                {i, total ? WorkbookSeries::Kind::Markers : WorkbookSeries::Kind::StackedColumns,
                 false});
    }
    return chart;
}
