#include "ChartBuilder.h"

#include "CellFormatter.h"
#include "CompanyProfile.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QCursor>
#include <QFontInfo>
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
    // The dataset's profile gives each segment its colour, so that a series keeps it in
    // every chart; the bundled one's are colour-blind safe (Okabe-Ito and Paul Tol's muted
    // scheme) and close to the deck's own. Others take the fallback by position.
    if (const QString colour = CompanyProfile::active().dashboard.colourFor(seriesKey);
        !colour.isEmpty())
        return QColor::fromString(colour);
    static const QColor fallback[]
            = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
               QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00)};
    return fallback[index % std::size(fallback)];
}

QStringList ChartBuilder::labelTexts(const TableSeries &series, const ChartOptions &options)
{
    QStringList texts;
    for (const TableCell &cell : series.cells)
        texts.append(cell.value ? CellFormatter::value(cell, options.locale) : QString());
    return texts;
}

QColor ChartBuilder::notReportedColor(const QColor &color)
{
    // Half way to white: still the series' hue, clearly not the solid reported colour.
    return QColor((color.red() + 255) / 2, (color.green() + 255) / 2, (color.blue() + 255) / 2);
}

QFont ChartBuilder::font(const ChartOptions &options, qreal pointSize, bool bold)
{
    QFont font = QApplication::font();
    // A real face, not a generic alias ("Sans Serif"), so that an SVG names what it was
    // laid out with.
    font.setFamily(options.fontFamily.isEmpty() ? QFontInfo(QApplication::font()).family()
                                                : options.fontFamily);
    font.setPointSizeF(pointSize * options.fontScale);
    font.setBold(bold);
    return font;
}

QColor ChartBuilder::textColor(const ChartOptions &options)
{
    return options.dark && !options.forExport ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x20, 0x20, 0x20);
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
        if (!table.series(i).hasFigures())
            continue;  // nothing to draw, nothing to list in the legend: the notes say so
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
    fitValueAxis(y, 0.0, highest * 1.12);  // room for value labels over the stacks
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

QStringList ChartBuilder::notes(const Table &table, const ChartOptions &options, bool *shaded) const
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
    *shaded = !lines.isEmpty();  // the first line, then, speaks of the lighter shades
    if (!gaps.isEmpty())
        lines << tr("No figure in the dataset: %1.").arg(gaps.join(QStringLiteral("; ")));
    if (!later.isEmpty())
        lines << tr("Announced after %1: %2.")
                         .arg(table.asOf().toString(Qt::ISODate), later.join(QStringLiteral("; ")));
    if (options.forExport) {
        // On paper nobody can hover: the sources in short form, and the date they stand at.
        const QStringList sources = shortSources(table, options);
        if (!sources.isEmpty())
            lines << tr("Sources: %1.").arg(sources.join(QStringLiteral("; ")));
        if (!table.asOfDescription().isEmpty())
            lines << tr("Figures: %1.").arg(table.asOfDescription());
    }
    return lines;
}

QStringList ChartBuilder::shortSources(const Table &table, const ChartOptions &options) const
{
    // "IIJ press release 2013-05-15, FY2012 results: http://…" reads "IIJ press release
    // 2013-05-15, FY2012 results"; a derived figure names its inputs, which are listed.
    QStringList sources;
    int more = 0;
    for (const TableSeries &series : table.allSeries()) {
        if (!draws(series, options))
            continue;
        for (const TableCell &cell : series.cells) {
            if (!cell.value || cell.basis == Basis::Derived || cell.source.isEmpty())
                continue;
            QString source = cell.source;
            if (const qsizetype colon = source.indexOf(QLatin1String(": ")); colon > 0)
                source.truncate(colon);
            if (const qsizetype link = source.indexOf(QLatin1String("http")); link >= 0)
                source = source.left(link).trimmed();
            source = source.trimmed();
            if (source.endsWith(QLatin1Char(',')))
                source.chop(1);
            if (source.isEmpty() || sources.contains(source))
                continue;
            if (sources.size() < 4)
                sources.append(source);
            else
                ++more;
        }
    }
    if (more > 0)
        sources.append(tr("%n more", nullptr, more));
    return sources;
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

void ChartBuilder::addNotes(QChart *chart, const QStringList &notes, bool shaded,
                            const ChartOptions &options)
{
    if (notes.isEmpty())
        return;
    // Wrapped to the chart's width, so a long list of gaps is never cut off.
    auto *text = new QGraphicsTextItem(chart);
    // The line about lighter shades starts with a swatch of them: the legend's swatches
    // show the reported colour.
    QStringList lines;
    for (const QString &note : notes) {
        QString line = note.toHtmlEscaped();
        if (shaded && lines.isEmpty())
            line = QStringLiteral("<span style=\"color:%1\">■■</span>&nbsp;%2")
                           .arg(notReportedColor(QColor(0x40, 0x40, 0x40)).name(), line);
        lines.append(line);
    }
    text->setHtml(lines.join(QStringLiteral("<br>")));
    text->setFont(font(options, notePointSize));
    text->setDefaultTextColor(options.dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x50, 0x50, 0x50));
    chart->setProperty("irdashNotes", notes.join(QLatin1Char('\n')));
    // The notes take the chart's bottom margin: the legend sits right above them.
    const int baseBottom = std::min(chart->margins().bottom(), 6);
    auto place = [chart, text, baseBottom] {
        // Before the chart has a size, notes wrapped to nothing would ask for a margin (and
        // so a minimum height) far larger than any chart.
        if (chart->size().width() < 200.0)
            return;
        const qreal width = chart->size().width() - 24.0;
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
    // Resets fonts and colours: set them after. A dark window gets a dark chart; paper
    // always a light one.
    chart->setTheme(options.dark && !options.forExport ? QChart::ChartThemeDark
                                                       : QChart::ChartThemeLight);
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
    bool shaded = false;
    const QStringList lines = notes(table, options, &shaded);
    addNotes(chart, lines, shaded, options);
    return chart;
}

ChartBuilder::WorkbookChart ChartBuilder::workbookChart(const Table &table,
                                                        const ChartOptions &options) const
{
    WorkbookChart chart;
    for (int i = 0; i < table.seriesCount(); ++i) {
        if (draws(table.series(i), options) && table.series(i).hasFigures())
            chart.series.append({i, WorkbookSeries::Kind::Columns, false});
    }
    if (!chart.series.isEmpty())
        chart.valueTitle = CellFormatter::unitName(table.series(chart.series.first().series).unit);
    return chart;
}

QStringList ChartBuilder::footer(const Table &table, const ChartOptions &options) const
{
    bool shaded = false;
    return notes(table, options, &shaded);
}

bool ChartBuilder::isAvailable() const
{
    return !availableVariants().isEmpty();
}

QList<int> ChartBuilder::availableVariants() const
{
    QList<int> variants;
    for (int v = 0; v < std::max<int>(1, int(variantCodes().size())); ++v) {
        if (hasVariant(v))
            variants.append(v);
    }
    return variants;
}
