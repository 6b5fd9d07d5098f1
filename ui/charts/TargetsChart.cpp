#include "TargetsChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

namespace {

const QString actualKey = QStringLiteral("actual");
const QString targetKey = QStringLiteral("target");

}  // namespace

bool TargetsChart::draws(const TableSeries &series, const ChartOptions &options) const
{
    Q_UNUSED(options);
    return series.key == actualKey || series.key == targetKey;
}

void TargetsChart::populate(QChart *chart, const Table &table, const ChartOptions &options) const
{
    const int actual = table.seriesIndex(actualKey);
    const int target = table.seriesIndex(targetKey);
    if (actual < 0 || target < 0)
        return;
    auto *x = categoryAxis(table, options);
    chart->addAxis(x, Qt::AlignBottom);

    // Which categories go on which axis: revenues, the income lines, per-share figures.
    QList<int> revenue;
    QList<int> income;
    QList<int> perShare;
    for (int c = 0; c < table.categoryCount(); ++c) {
        const Unit unit = table.cell(target, c).unit;
        if (unit == Unit::Jpy)
            perShare.append(c);
        else if (table.categoryKeys()[c] == QLatin1String("revenue_total"))
            revenue.append(c);
        else
            income.append(c);
    }
    const QColor actualColor(0x4d, 0xa3, 0xd9);
    const QColor targetColor(0x1f, 0x3c, 0x88);  // drawn lighter: every cell is a target
    struct Group
    {
        QList<int> categories;
        QString title;
        Qt::Alignment side;
    };
    const Group groups[] = {
            {revenue, axisTitle(tr("Revenues"), Unit::JpyMillion), Qt::AlignLeft},
            {income, axisTitle(tr("Income"), Unit::JpyMillion), Qt::AlignRight},
            {perShare, axisTitle(tr("Per share"), Unit::Jpy), Qt::AlignRight},
    };
    bool first = true;
    for (const Group &group : groups) {
        if (group.categories.isEmpty())
            continue;
        auto *series = new QBarSeries;
        series->append(barSet(table, actual, actualColor, options, group.categories));
        series->append(barSet(table, target, targetColor, options, group.categories));
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(8);
        series->setBarWidth(0.8);
        chart->addSeries(series);
        series->attachAxis(x);
        auto *y = valueAxis(group.title, options);
        double highest = 0.0;
        for (int c : group.categories) {
            for (int s : {actual, target}) {
                if (const auto &value = table.cell(s, c).value)
                    highest = std::max(highest, *value);
            }
        }
        fitValueAxis(y, 0.0, highest * 1.1);
        chart->addAxis(y, group.side);
        series->attachAxis(y);
        // One legend entry for actual and one for target is enough.
        if (!first) {
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
        }
        first = false;
    }
}
