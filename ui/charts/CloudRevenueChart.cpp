#include "CloudRevenueChart.h"

#include "CellFormatter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

void CloudRevenueChart::populate(QChart *chart, const Table &table,
                                 const ChartOptions &options) const
{
    // One colour per fiscal year, the latest darkest.
    static const QColor yearColors[]
            = {QColor(0x9e, 0xc9, 0xe8), QColor(0x4d, 0xa3, 0xd9), QColor(0x1f, 0x3c, 0x88)};
    const int count = table.seriesCount();
    auto *series = new QBarSeries;
    for (int i = 0; i < count; ++i) {
        const int shade = std::clamp(3 - (count - i), 0, 2);
        series->append(barSet(table, i, yearColors[shade], options));
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(6);  // significant digits: 100 must not read 1E+02
    chart->addSeries(series);

    auto *x = categoryAxis(table, options);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = valueAxis(axisTitle(tr("Cloud revenues"), Unit::JpyBillion), options);
    QList<int> all;
    for (int i = 0; i < count; ++i)
        all.append(i);
    fitValueAxis(y, 0.0,
                 valueRange(table, all).second * 1.1
                         * CellFormatter::displayFactor(Unit::JpyBillion));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}
