#include "GrossMarginChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

QStringList GrossMarginChart::variantNames() const
{
    return {tr("Ratios"), tr("Amounts")};
}

void GrossMarginChart::populate(QChart *chart, const Table &table,
                                const ChartOptions &options) const
{
    auto *x = categoryAxis(table, options);
    chart->addAxis(x, Qt::AlignBottom);
    if (options.variant == Amounts) {
        stackedBars(chart, table, x, axisTitle(tr("Gross margin"), Unit::JpyMillion), options);
        return;
    }
    auto *y = valueAxis(axisTitle(tr("Gross margin ratio"), Unit::Percent), options);
    QList<int> all;
    for (int i = 0; i < table.seriesCount(); ++i)
        all.append(i);
    const auto [low, high] = valueRange(table, all);
    fitValueAxis(y, low, high, false);
    chart->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < table.seriesCount(); ++i)
        lineSegments(chart, table, i, colorFor(table.series(i).key, i), x, y, options);
}
