#include "GrossMarginChart.h"

#include "CompanyProfile.h"
#include "ValueLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

bool GrossMarginChart::hasVariant(int variant) const
{
    const CompanyProfile::Dashboard &board = CompanyProfile::active().dashboard;
    return variant == Ratios     ? !board.grossMarginRatios.isEmpty()
            : variant == Amounts ? !board.grossMarginAmounts.isEmpty()
                                 : false;
}

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
        stackedBars(chart, table, x, axisTitle(tr("Gross margin"), Units::money()), options);
        return;
    }
    auto *y = valueAxis(axisTitle(tr("Gross margin ratio"), Unit::Percent), options);
    QList<int> all;
    for (int i = 0; i < table.seriesCount(); ++i)
        all.append(i);
    const auto [low, high] = valueRange(table, all);
    fitValueAxis(y, low, high + (high - low) * 0.15, false);  // room for the top labels
    chart->addAxis(y, Qt::AlignLeft);
    auto *labels = new ValueLabels(chart, font(options, 9.5), textColor(options));
    for (int i = 0; i < table.seriesCount(); ++i) {
        const QStringList texts = labelTexts(table.series(i), options);
        for (QLineSeries *segment :
             lineSegments(chart, table, i, colorFor(table.series(i).key, i), x, y, options)) {
            QStringList pointTexts;
            for (const QPointF &point : segment->points())
                pointTexts.append(texts.value(qRound(point.x())));
            labels->addPoints(segment, pointTexts, segment->markerSize());
        }
    }
    labels->install();
}

ChartBuilder::WorkbookChart GrossMarginChart::workbookChart(const Table &table,
                                                            const ChartOptions &options) const
{
    WorkbookChart chart;
    const bool amounts = options.variant == Amounts;
    chart.valueTitle = amounts ? axisTitle(tr("Gross margin"), Units::money())
                               : axisTitle(tr("Gross margin ratio"), Unit::Percent);
    for (int i = 0; i < table.seriesCount(); ++i) {
        const TableSeries &series = table.series(i);
        // The amounts stack their parts; a total is the stack's height.
        if (!series.hasFigures() || (amounts && series.role == TableSeries::Role::Total))
            continue;
        chart.series.append(
                {i, amounts ? WorkbookSeries::Kind::StackedColumns : WorkbookSeries::Kind::Lines,
                 false});
    }
    return chart;
}
