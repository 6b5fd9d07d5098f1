#include "RevenueMixChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

QStringList RevenueMixChart::variantNames() const
{
    return {tr("By segment"), tr("In detail"), tr("Recurring and one-time")};
}

void RevenueMixChart::populate(QChart *chart, const Table &table, const ChartOptions &options) const
{
    auto *x = categoryAxis(table, options);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = stackedBars(chart, table, x, axisTitle(tr("Revenues"), Unit::JpyMillion), options);
    if (const int total = table.seriesIndex(QStringLiteral("revenue_total")); total >= 0)
        markers(chart, table, total, colorFor(QStringLiteral("total"), 0), x, y, options);
}
