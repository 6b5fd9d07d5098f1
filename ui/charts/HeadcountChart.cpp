#include "HeadcountChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

QStringList HeadcountChart::variantNames() const
{
    return {tr("Personnel costs"), tr("People")};
}

bool HeadcountChart::draws(const TableSeries &series, const ChartOptions &options) const
{
    return options.variant == People ? series.unit == Unit::Count : series.unit != Unit::Count;
}

void HeadcountChart::populate(QChart *chart, const Table &table, const ChartOptions &options) const
{
    auto *x = categoryAxis(table, options);
    chart->addAxis(x, Qt::AlignBottom);
    auto *bars = new QBarSeries;
    QList<int> barSeries;
    for (int i = 0; i < table.seriesCount(); ++i) {
        const Unit unit = table.series(i).unit;
        const bool wanted
                = options.variant == People ? unit == Unit::Count : unit == Unit::JpyMillion;
        if (!wanted)
            continue;
        barSeries.append(i);
        static const QColor barColors[]
                = {QColor(0x4d, 0xa3, 0xd9), QColor(0xd9, 0x4f, 0x8a), QColor(0xf0, 0x8c, 0x2e)};
        bars->append(barSet(table, i, barColors[(barSeries.size() - 1) % 3], options));
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(6);
    chart->addSeries(bars);
    bars->attachAxis(x);
    auto *y = valueAxis(options.variant == People
                                ? axisTitle(tr("People"), Unit::Count)
                                : axisTitle(tr("Personnel costs"), Unit::JpyMillion),
                        options);
    fitValueAxis(y, 0.0, valueRange(table, barSeries).second * 1.1);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    if (options.variant == People)
        return;

    const int ratio = table.seriesIndex(QStringLiteral("personnel_costs_ratio"));
    if (ratio < 0)
        return;
    auto *percent = valueAxis(axisTitle(tr("Personnel costs to revenues"), Unit::Percent), options);
    const auto [low, high] = valueRange(table, {ratio});
    fitValueAxis(percent, low, high, false);
    chart->addAxis(percent, Qt::AlignRight);
    lineSegments(chart, table, ratio, colorFor(QStringLiteral("total"), 0), x, percent, options);
}
