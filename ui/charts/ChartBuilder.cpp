#include "ChartBuilder.h"

#include "CellFormatter.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QCursor>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qreal titlePointSize = 13.0;
constexpr qreal labelPointSize = 9.5;
constexpr qreal notePointSize = 8.5;

void showTooltip(const Table &table, int seriesIndex, int category, bool visible)
{
    if (!visible || category < 0 || category >= table.categoryCount()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(),
                       CellFormatter::tooltip(table.cell(seriesIndex, category),
                                              table.series(seriesIndex).label,
                                              table.categoryLabels().value(category)));
}

}  // namespace

QColor ChartBuilder::colorFor(const QString &seriesKey, int index)
{
    // The deck: network services pink, SI light blue, equipment grey, ATM orange, total dark blue.
    static const QHash<QString, QColor> known = {
            {QStringLiteral("network_services"), QColor(0xd9, 0x4f, 0x8a)},
            {QStringLiteral("systems_integration"), QColor(0x4d, 0xa3, 0xd9)},
            {QStringLiteral("equipment_sales"), QColor(0x8c, 0x8c, 0x8c)},
            {QStringLiteral("atm"), QColor(0xf0, 0x8c, 0x2e)},
            {QStringLiteral("total"), QColor(0x1f, 0x3c, 0x88)},
            {QStringLiteral("internet_connectivity_corporate"), QColor(0xb0, 0x2e, 0x6a)},
            {QStringLiteral("internet_connectivity_home"), QColor(0xe8, 0x7a, 0xab)},
            {QStringLiteral("outsourcing"), QColor(0xc2, 0x5e, 0x9e)},
            {QStringLiteral("wan"), QColor(0xf2, 0xb1, 0xcd)},
            {QStringLiteral("systems_construction"), QColor(0x2c, 0x7f, 0xb8)},
            {QStringLiteral("systems_operation_maintenance"), QColor(0x7f, 0xc4, 0xeb)},
            {QStringLiteral("recurring"), QColor(0x1f, 0x3c, 0x88)},
            {QStringLiteral("one_time"), QColor(0x4d, 0xa3, 0xd9)},
    };
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (seriesKey.endsWith(it.key()))
            return it.value();
    }
    static const QColor fallback[]
            = {QColor(0x1f, 0x3c, 0x88), QColor(0x4d, 0xa3, 0xd9), QColor(0xd9, 0x4f, 0x8a),
               QColor(0xf0, 0x8c, 0x2e), QColor(0x5a, 0xa0, 0x5a), QColor(0x8c, 0x8c, 0x8c)};
    return fallback[index % std::size(fallback)];
}

QColor ChartBuilder::notReportedColor(const QColor &color)
{
    // Half way to white: still the series' hue, clearly not the solid reported colour.
    return QColor((color.red() + 255) / 2, (color.green() + 255) / 2, (color.blue() + 255) / 2);
}

QFont ChartBuilder::font(const ChartOptions &options, qreal pointSize, bool bold)
{
    QFont font = QApplication::font();
    if (!options.fontFamily.isEmpty())
        font.setFamily(options.fontFamily);
    font.setPointSizeF(pointSize * options.fontScale);
    font.setBold(bold);
    return font;
}

QString ChartBuilder::axisTitle(const QString &what, Unit unit)
{
    //: axis title: %1 is what is measured, %2 the unit, e.g. "Revenues (JPY million)"
    return tr("%1 (%2)").arg(what, CellFormatter::unitName(unit));
}

QBarCategoryAxis *ChartBuilder::categoryAxis(const Table &table, const ChartOptions &options)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(table.categoryLabels());
    axis->setLabelsFont(font(options, labelPointSize));
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *ChartBuilder::valueAxis(const QString &title, const ChartOptions &options)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setTitleFont(font(options, labelPointSize));
    axis->setLabelsFont(font(options, labelPointSize));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

std::pair<double, double> ChartBuilder::valueRange(const Table &table, const QList<int> &series)
{
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (int s : series) {
        for (const TableCell &cell : table.series(s).cells) {
            if (cell.value) {
                low = std::min(low, *cell.value);
                high = std::max(high, *cell.value);
            }
        }
    }
    if (low > high)
        return {0.0, 1.0};
    return {low, high};
}

void ChartBuilder::fitValueAxis(QValueAxis *axis, double low, double high, bool includeZero)
{
    const double span = std::max(high - low, std::abs(high) * 0.05 + 1e-9);
    if (includeZero) {
        low = std::min(0.0, low);
    } else {
        low = std::max(0.0, low - span * 0.3);
    }
    if (high <= low)
        high = low + 1.0;
    axis->setRange(low, high + (high - low) * 0.08);
    axis->applyNiceNumbers();
    // Show decimals only where the ticks need them (2.5 billion, 0.5%).
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    axis->setLabelFormat(step < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

QBarSet *ChartBuilder::barSet(const Table &table, int seriesIndex, const QColor &color,
                              const ChartOptions &options, const QList<int> &categories)
{
    const TableSeries &series = table.series(seriesIndex);
    auto *set = new QBarSet(series.label);
    set->setColor(color);
    set->setBorderColor(color.darker(125));
    set->setSelectedColor(notReportedColor(color));
    set->setLabelFont(font(options, labelPointSize));
    set->setLabelColor(QColor(0x30, 0x30, 0x30));
    for (int i = 0; i < series.cells.size(); ++i) {
        const TableCell &cell = series.cells[i];
        if (!categories.isEmpty() && !categories.contains(i)) {
            set->append(0.0);
            continue;
        }
        set->append(cell.value.value_or(0.0) * CellFormatter::displayFactor(cell.unit));
        if (cell.value && cell.basis != Basis::Reported)
            set->selectBar(i);
    }
    QObject::connect(set, &QBarSet::hovered, set, [table, seriesIndex](bool status, int index) {
        showTooltip(table, seriesIndex, index, status);
    });
    return set;
}

QList<QLineSeries *> ChartBuilder::lineSegments(QChart *chart, const Table &table, int seriesIndex,
                                                const QColor &color, QAbstractAxis *x,
                                                QAbstractAxis *y, const ChartOptions &options)
{
    const TableSeries &series = table.series(seriesIndex);
    QList<QLineSeries *> segments;
    QLineSeries *current = nullptr;
    for (int i = 0; i < series.cells.size(); ++i) {
        const TableCell &cell = series.cells[i];
        if (!cell.value) {
            current = nullptr;  // a gap, not a zero
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            current->setName(series.label);
            QPen pen(color, 2.5 * options.fontScale);
            current->setPen(pen);
            current->setColor(color);
            current->setPointsVisible(true);
            current->setMarkerSize(8.0 * options.fontScale);
            segments.append(current);
        }
        current->append(i, *cell.value);
        if (cell.basis != Basis::Reported) {
            const int point = current->count() - 1;
            current->setPointConfiguration(
                    point,
                    {{QXYSeries::PointConfiguration::Color, notReportedColor(color)},
                     {QXYSeries::PointConfiguration::Size, 11.0 * options.fontScale}});
        }
    }
    for (QLineSeries *segment : std::as_const(segments)) {
        chart->addSeries(segment);
        segment->attachAxis(x);
        segment->attachAxis(y);
        QObject::connect(segment, &QXYSeries::hovered, segment,
                         [table, seriesIndex](const QPointF &point, bool state) {
                             showTooltip(table, seriesIndex, qRound(point.x()), state);
                         });
        if (segment != segments.first()) {
            for (QLegendMarker *marker : chart->legend()->markers(segment))
                marker->setVisible(false);
        }
    }
    return segments;
}

bool ChartBuilder::draws(const TableSeries &series, const ChartOptions &options) const
{
    Q_UNUSED(series);
    Q_UNUSED(options);
    return true;
}

QValueAxis *ChartBuilder::stackedBars(QChart *chart, const Table &table, QAbstractAxis *x,
                                      const QString &yTitle, const ChartOptions &options)
{
    auto *series = new QStackedBarSeries;
    double highest = 0.0;
    for (int i = 0; i < table.seriesCount(); ++i) {
        if (table.series(i).role == TableSeries::Role::Part)
            series->append(barSet(table, i, colorFor(table.series(i).key, i), options));
        else
            highest = std::max(highest, valueRange(table, {i}).second);
    }
    for (int c = 0; c < table.categoryCount(); ++c)
        highest = std::max(highest, table.categorySum(c));
    series->setBarWidth(0.6);
    chart->addSeries(series);
    series->attachAxis(x);
    auto *y = valueAxis(yTitle, options);
    fitValueAxis(y, 0.0, highest * 1.06);  // room for value labels over the stacks
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return y;
}

QScatterSeries *ChartBuilder::markers(QChart *chart, const Table &table, int seriesIndex,
                                      const QColor &color, QAbstractAxis *x, QAbstractAxis *y,
                                      const ChartOptions &options)
{
    const TableSeries &series = table.series(seriesIndex);
    auto *scatter = new QScatterSeries;
    scatter->setName(series.label);
    scatter->setColor(color);
    scatter->setBorderColor(color);
    scatter->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    scatter->setMarkerSize(9.0 * options.fontScale);
    scatter->setPointLabelsVisible(true);
    scatter->setPointLabelsFormat(QStringLiteral("@yPoint"));
    scatter->setPointLabelsFont(font(options, labelPointSize, true));
    scatter->setPointLabelsColor(QColor(0x20, 0x20, 0x20));
    scatter->setPointLabelsClipping(false);
    QList<int> categories;
    for (int i = 0; i < series.cells.size(); ++i) {
        const TableCell &cell = series.cells[i];
        if (!cell.value)
            continue;
        scatter->append(i, *cell.value);
        categories.append(i);
        if (cell.basis != Basis::Reported)
            scatter->setPointConfiguration(
                    scatter->count() - 1,
                    {{QXYSeries::PointConfiguration::Color, notReportedColor(color)}});
    }
    chart->addSeries(scatter);
    scatter->attachAxis(x);
    scatter->attachAxis(y);
    QObject::connect(scatter, &QXYSeries::hovered, scatter,
                     [table, seriesIndex](const QPointF &point, bool state) {
                         showTooltip(table, seriesIndex, qRound(point.x()), state);
                     });
    return scatter;
}

QStringList ChartBuilder::notes(const Table &table, const ChartOptions &options) const
{
    bool derived = false;
    bool target = false;
    QStringList gaps;
    QStringList later;
    for (const TableSeries &series : table.allSeries()) {
        if (!draws(series, options))
            continue;
        QStringList missing;
        QStringList announcedLater;
        for (int i = 0; i < series.cells.size(); ++i) {
            const TableCell &cell = series.cells[i];
            if (cell.announcedLater.isValid())
                announcedLater.append(table.categoryLabels().value(i));
            else if (!cell.value)
                missing.append(table.categoryLabels().value(i));
            else if (cell.basis == Basis::Derived)
                derived = true;
            else if (cell.basis == Basis::Target)
                target = true;
        }
        if (missing.size() == series.cells.size())
            gaps.append(tr("%1 (none)").arg(series.label));
        else if (!missing.isEmpty())
            gaps.append(tr("%1 (%2)").arg(series.label, missing.join(QStringLiteral(", "))));
        if (!announcedLater.isEmpty())
            later.append(
                    tr("%1 (%2)").arg(series.label, announcedLater.join(QStringLiteral(", "))));
    }
    QStringList lines;
    if (options.forExport) {
        if (derived && target)
            lines << tr("Lighter: derived from stated figures, or a target.");
        else if (derived)
            lines << tr("Lighter: derived from stated figures (not reported).");
        else if (target)
            lines << tr("Lighter: a company target, not an actual.");
    } else if (derived && target) {
        lines << tr("Lighter: derived from stated figures, or a target; hover for the source.");
    } else if (derived) {
        lines << tr("Lighter: derived from stated figures (not reported); hover for the source.");
    } else if (target) {
        lines << tr("Lighter: a company target, not an actual.");
    }
    if (!gaps.isEmpty())
        lines << tr("No figure in the dataset: %1.").arg(gaps.join(QStringLiteral("; ")));
    if (!later.isEmpty())
        lines << tr("Announced after %1: %2.")
                         .arg(table.asOf().toString(Qt::ISODate), later.join(QStringLiteral("; ")));
    if (options.forExport && !table.asOfDescription().isEmpty())
        lines << tr("Figures: %1.").arg(table.asOfDescription());
    return lines;
}

void ChartBuilder::addHighlight(QChart *chart, int category, int categories)
{
    if (category < 0 || category >= categories)
        return;
    auto *band = new QGraphicsRectItem(chart);
    band->setPen(Qt::NoPen);
    band->setBrush(QColor(0x1f, 0x3c, 0x88, 28));
    band->setZValue(-0.5);  // behind the series, above the background
    band->setData(0, category);
    chart->setProperty("irdashHighlight", category);
    auto place = [band, category, categories](const QRectF &plot) {
        const qreal width = plot.width() / categories;
        band->setRect(plot.left() + width * category, plot.top(), width, plot.height());
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place(chart->plotArea());
}

void ChartBuilder::addNotes(QChart *chart, const QStringList &notes, const ChartOptions &options)
{
    if (notes.isEmpty())
        return;
    // Wrapped to the chart's width, so a long list of gaps is never cut off.
    auto *text = new QGraphicsTextItem(chart);
    text->setPlainText(notes.join(QLatin1Char('\n')));
    text->setFont(font(options, notePointSize));
    text->setDefaultTextColor(QColor(0x50, 0x50, 0x50));
    chart->setProperty("irdashNotes", notes.join(QLatin1Char('\n')));
    const int baseBottom = chart->margins().bottom();
    auto place = [chart, text, baseBottom] {
        const qreal width = std::max<qreal>(100.0, chart->size().width() - 24.0);
        text->setTextWidth(width);
        const qreal height = text->boundingRect().height();
        QMargins margins = chart->margins();
        if (margins.bottom() != baseBottom + qCeil(height)) {
            margins.setBottom(baseBottom + qCeil(height));
            chart->setMargins(margins);
        }
        text->setPos(10.0, chart->size().height() - height - 4);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
}

QChart *ChartBuilder::build(const Table &table, const ChartOptions &options) const
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);  // resets fonts and colours: set them after
    chart->setAnimationOptions(options.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(options.locale);
    chart->setTitle(table.title());
    chart->setTitleFont(font(options, titlePointSize, true));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font(options, labelPointSize));
    chart->setProperty("irdashChart", name());
    populate(chart, table, options);
    if (highlightsCategories())
        addHighlight(chart, options.highlightCategory, table.categoryCount());
    addNotes(chart, notes(table, options), options);
    return chart;
}
