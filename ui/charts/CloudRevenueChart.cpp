#include "CloudRevenueChart.h"

#include "CellFormatter.h"
#include "CompanyProfile.h"
#include "ValueLabels.h"

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
    QList<int> shown;  // a year without a figure is left out, and the notes say so
    for (int i = 0; i < table.seriesCount(); ++i) {
        if (table.series(i).hasFigures())
            shown.append(i);
    }
    const int count = static_cast<int>(shown.size());
    auto *series = new QBarSeries;
    QList<QStringList> texts;
    for (int n = 0; n < count; ++n) {
        const int shade = std::clamp(3 - (count - n), 0, 2);
        series->append(barSet(table, shown[n], yearColors[shade], options));
        texts.append(labelTexts(table.series(shown[n]), options));
    }
    chart->addSeries(series);

    auto *x = categoryAxis(table, options);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = valueAxis(axisTitle(CompanyProfile::active().dashboard.yearComparison.name.text(),
                                  Units::largeMoney()),
                        options);
    fitValueAxis(y, 0.0,
                 valueRange(table, shown).second * 1.15
                         * CellFormatter::displayFactor(Units::largeMoney()));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *labels = new ValueLabels(chart, font(options, 9.5), textColor(options));
    labels->addBars(series, texts);
    labels->install();
}

bool CloudRevenueChart::hasVariant(int variant) const
{
    return variant == 0 && !CompanyProfile::active().dashboard.yearComparison.metric.isEmpty();
}

ChartBuilder::WorkbookChart CloudRevenueChart::workbookChart(const Table &table,
                                                             const ChartOptions &options) const
{
    WorkbookChart chart = ChartBuilder::workbookChart(table, options);
    chart.valueTitle = axisTitle(CompanyProfile::active().dashboard.yearComparison.name.text(),
                                 Units::largeMoney());
    return chart;
}

QString CloudRevenueChart::displayName() const
{
    return CompanyProfile::active().dashboard.yearComparison.name.text();
}
