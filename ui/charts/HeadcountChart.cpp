#include "HeadcountChart.h"

#include "CompanyProfile.h"
#include "ValueLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

bool HeadcountChart::hasVariant(int variant) const
{
    const CompanyProfile::Dashboard &board = CompanyProfile::active().dashboard;
    return variant == 0    ? !board.personnelCosts.isEmpty()
            : variant == 1 ? !board.people.isEmpty()
                           : false;
}

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
    QList<QStringList> texts;
    for (int i = 0; i < table.seriesCount(); ++i) {
        const Unit unit = table.series(i).unit;
        const bool wanted
                = options.variant == People ? unit == Unit::Count : unit == Units::money();
        // A series without a figure is neither drawn nor in the legend; the notes say so.
        if (!wanted || !table.series(i).hasFigures())
            continue;
        barSeries.append(i);
        bars->append(barSet(table, i,
                            colorFor(table.series(i).key, static_cast<int>(barSeries.size())),
                            options));
        texts.append(labelTexts(table.series(i), options));
    }
    chart->addSeries(bars);
    bars->attachAxis(x);
    auto *y = valueAxis(options.variant == People
                                ? axisTitle(tr("People"), Unit::Count)
                                : axisTitle(tr("Personnel costs"), Units::money()),
                        options);
    // The bars keep to the lower part of the plot, the ratio line to the upper: neither's
    // labels sit on the other's.
    const double tallest = valueRange(table, barSeries).second;
    fitValueAxis(y, 0.0, options.variant == People ? tallest * 1.15 : tallest * 1.6);
    y->setGridLineVisible(true);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    auto *labels = new ValueLabels(chart, font(options, 9.5), textColor(options));
    labels->addBars(bars, texts);
    if (options.variant == People) {
        labels->install();
        return;
    }

    // The costs' ratio to revenues: the table's one series in percent.
    int ratio = -1;
    for (int i = 0; i < table.seriesCount(); ++i) {
        if (table.series(i).unit == Unit::Percent)
            ratio = i;
    }
    if (ratio < 0)
        return;
    auto *percent = valueAxis(axisTitle(tr("Personnel costs to revenues"), Unit::Percent), options);
    const auto [low, high] = valueRange(table, {ratio});
    // The line above the bars: its range put in the upper part of the axis.
    const double span = std::max(high - low, 1.0);
    const double bottom = std::max(0.0, low - span * 2.2);
    const double top = high + span * 0.35;
    // Four steps of a round size (1, 2, 2.5 or 5 times a power of ten), from a multiple of it.
    double step = 0.0;
    for (double magnitude = std::pow(10.0, std::floor(std::log10((top - bottom) / 4.0)));
         step == 0.0; magnitude *= 10.0) {
        for (double nice : {1.0, 2.0, 2.5, 5.0}) {
            const double candidate = nice * magnitude;
            if (std::floor(bottom / candidate) * candidate + 4 * candidate >= top) {
                step = candidate;
                break;
            }
        }
    }
    const double from = std::floor(bottom / step) * step;
    percent->setRange(from, from + 4 * step);
    percent->setTickCount(5);
    percent->setGridLineVisible(false);  // one set of gridlines: the bars'
    percent->setLabelFormat(step < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    chart->addAxis(percent, Qt::AlignRight);
    const QList<QLineSeries *> segments = lineSegments(
            chart, table, ratio, colorFor(QStringLiteral("total"), 0), x, percent, options);
    const QStringList ratioTexts = labelTexts(table.series(ratio), options);
    for (QLineSeries *segment : segments) {
        QStringList pointTexts;
        for (const QPointF &point : segment->points())
            pointTexts.append(ratioTexts.value(qRound(point.x())));
        labels->addPoints(segment, pointTexts, segment->markerSize());
    }
    labels->install();
}

ChartBuilder::WorkbookChart HeadcountChart::workbookChart(const Table &table,
                                                          const ChartOptions &options) const
{
    WorkbookChart chart;
    const bool people = options.variant == People;
    chart.valueTitle = people ? axisTitle(tr("People"), Unit::Count)
                              : axisTitle(tr("Personnel costs"), Units::money());
    for (int i = 0; i < table.seriesCount(); ++i) {
        const TableSeries &series = table.series(i);
        if (!series.hasFigures())
            continue;
        if (people ? series.unit == Unit::Count : series.unit == Units::money())
            chart.series.append({i, WorkbookSeries::Kind::Columns, false});
    }
    if (people)
        return chart;
    // The ratio to revenues as a line on its own axis, as the page draws it.
    for (int i = 0; i < table.seriesCount(); ++i) {
        if (table.series(i).unit == Unit::Percent && table.series(i).hasFigures()) {
            chart.series.append({i, WorkbookSeries::Kind::Lines, true});
            chart.secondaryTitle = axisTitle(tr("Personnel costs to revenues"), Unit::Percent);
        }
    }
    return chart;
}
