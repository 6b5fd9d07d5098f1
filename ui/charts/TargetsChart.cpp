#include "TargetsChart.h"

#include "CellFormatter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

const QString actualKey = QStringLiteral("actual");
const QString targetKey = QStringLiteral("target");
const QString changeKey = QStringLiteral("change_pct");
const QString statedKey = QStringLiteral("stated_change_pct");

// Everything a person asks of one metric's bar: the metric, actual, target with its
// date, the change and what the company stated.
QString tooltipFor(const Table &table, int category)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>")
                     .arg(table.categoryLabels().value(category).toHtmlEscaped());
    for (const QString &key : {actualKey, targetKey, changeKey, statedKey}) {
        const int s = table.seriesIndex(key);
        if (s < 0)
            continue;
        const TableCell &cell = table.cell(s, category);
        QString text = cell.value ? CellFormatter::valueWithUnit(cell) : QStringLiteral("—");
        if (cell.value && cell.asOf.isValid() && table.series(s).showsAsOf)
            text = TargetsChart::tr("%1 (announced %2)").arg(text, cell.asOf.toString(Qt::ISODate));
        if (!cell.note.isEmpty() && (key == statedKey || !cell.value))
            text += QStringLiteral(" — ") + cell.note;
        lines << QStringLiteral("%1: %2").arg(table.series(s).label.toHtmlEscaped(),
                                              text.toHtmlEscaped());
    }
    const int change = table.seriesIndex(changeKey);
    if (change >= 0 && table.cell(change, category).value)
        lines << TargetsChart::tr("Source: %1")
                         .arg(table.cell(change, category).source.toHtmlEscaped());
    return QStringLiteral("<p style='white-space:pre-wrap; max-width:480px'>%1</p>")
            .arg(lines.join(QStringLiteral("<br>")));
}

}  // namespace

bool TargetsChart::draws(const TableSeries &series, const ChartOptions &options) const
{
    Q_UNUSED(options);
    return series.key == changeKey;
}

void TargetsChart::populate(QChart *chart, const Table &table, const ChartOptions &options) const
{
    const int actual = table.seriesIndex(actualKey);
    const int target = table.seriesIndex(targetKey);
    const int change = table.seriesIndex(changeKey);
    if (actual < 0 || target < 0 || change < 0)
        return;
    const int count = table.categoryCount();

    // Bars run top to bottom in the table's order; a category axis counts from the bottom.
    // The names are drawn by the chart itself, left of the plot: the axis would cut a long
    // name short, these wrap onto a second line instead.
    QStringList categories;
    for (int c = count - 1; c >= 0; --c)
        categories.append(table.categoryLabels()[c]);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setLabelsVisible(false);
    y->setGridLineVisible(false);

    // Every cell is computed from a target: drawn in the lighter shade, the legend too.
    const QColor color = notReportedColor(colorFor(targetKey, 0).darker(110));
    auto *set = new QBarSet(table.series(change).label);
    set->setColor(color);
    set->setBorderColor(colorFor(targetKey, 0));
    double low = 0.0;
    double high = 0.0;
    for (int c = count - 1; c >= 0; --c) {
        const TableCell &cell = table.cell(change, c);
        set->append(cell.value.value_or(0.0));
        if (cell.value) {
            low = std::min(low, *cell.value);
            high = std::max(high, *cell.value);
        }
    }
    QObject::connect(set, &QBarSet::hovered, set, [table, count](bool status, int index) {
        if (!status || index < 0 || index >= count) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tooltipFor(table, count - 1 - index));
    });

    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    // No target to compare with (no figures at all): nothing for the legend to name.
    if (!table.series(change).hasFigures()) {
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(false);
    }
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // Short: the chart's title already names the two years.
    auto *x = valueAxis(tr("Change (%)"), options);
    x->setRange(low, high > low ? high : low + 1.0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    // Each bar's figures at its end (left of a bar that points down), the axis widened
    // until every label fits inside the plot: never on a bar, never clipped, never on
    // another (one row per bar).
    const QFont labelFont = font(options, 9.5);
    const QFontMetricsF metrics(labelFont);
    QList<QGraphicsTextItem *> labels;
    QList<double> ends;
    for (int c = 0; c < count; ++c) {
        const TableCell &a = table.cell(actual, c);
        const TableCell &t = table.cell(target, c);
        const TableCell &p = table.cell(change, c);
        // A row in another unit than the first (per share against millions) says its unit.
        const bool ownUnit = t.unit != table.cell(target, 0).unit;
        const QString from = CellFormatter::value(a);
        const QString to = ownUnit ? CellFormatter::valueWithUnit(t) : CellFormatter::value(t);
        QString text;
        if (p.value)
            text = tr("%1   %2 → %3").arg(CellFormatter::signedValue(p), from, to);
        else if (!t.value)
            text = tr("no target");
        else if (!a.value)
            text = tr("no actual");
        else
            text = tr("%1 → %2 (no %)").arg(from, to);  // from a loss, say
        auto *label = new QGraphicsTextItem(chart);
        label->setFont(labelFont);
        label->setPlainText(text);
        label->setDefaultTextColor(p.value ? QColor(0x20, 0x20, 0x20) : QColor(0x70, 0x70, 0x70));
        label->setData(0, QStringLiteral("valueLabel"));
        label->document()->setDocumentMargin(0);
        labels.append(label);
        ends.append(p.value.value_or(0.0));
    }
    QList<QGraphicsTextItem *> names;
    qreal longest = 0.0;
    for (int c = 0; c < count; ++c) {
        auto *name = new QGraphicsTextItem(chart);
        name->setFont(labelFont);
        name->setPlainText(table.categoryLabels()[c]);
        name->setDefaultTextColor(QColor(0x30, 0x30, 0x30));
        name->document()->setDocumentMargin(0);
        name->document()->setDefaultTextOption(QTextOption(Qt::AlignRight));
        longest = std::max(longest, metrics.horizontalAdvance(table.categoryLabels()[c]));
        names.append(name);
    }
    // The names' column takes at most a quarter of the chart, wrapping a long name.
    const QMargins base = chart->margins();
    auto fit = [chart, names, base, longest] {
        if (chart->size().width() < 200.0)
            return;  // no size yet
        const qreal column = std::min(longest + 2.0, chart->size().width() * 0.25);
        QMargins margins = chart->margins();
        const int left = base.left() + qCeil(column) + 12;
        if (margins.left() != left) {
            margins.setLeft(left);
            chart->setMargins(margins);
        }
        for (QGraphicsTextItem *name : names)
            name->setTextWidth(column);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, fit);
    fit();
    // Widening the axis moves its end labels, which moves the plot's edge and asks again:
    // no nested pass, and no change smaller than the labels could ever need.
    // A few widenings per chart size at most, widening more readily than narrowing: the
    // layout settles instead of swinging between two ranges.
    struct Fitting
    {
        bool busy = false;
        QSizeF size;
        int adjustments = 0;
    };
    auto fitting = std::make_shared<Fitting>();
    auto place = [chart, series, x, labels, names, ends, low, high, count,
                  fitting](const QRectF &) {
        if (fitting->busy)
            return;
        fitting->busy = true;
        if (chart->size() != fitting->size) {
            fitting->size = chart->size();
            fitting->adjustments = 0;
        }
        QRectF plot = chart->plotArea();
        // The narrowest range that leaves room for every label right of its bar (right of
        // the zero line for a bar that points left, where its row is empty): the span S must
        // hold the bars plus each label's share of S, so S = g(S), which a few steps reach
        // when no label is wider than the plot.
        const qreal gap = 8.0;
        const double floorLow = std::min(0.0, low);
        const double ceilingHigh = std::max(0.0, high);
        double widest = 0.0;
        QList<double> shares;
        for (int c = 0; c < count; ++c) {
            const double share = plot.width() > 0.0
                    ? (labels[c]->boundingRect().width() + 2 * gap) / plot.width()
                    : 1.0;
            shares.append(share);
            widest = std::max(widest, share);
        }
        const bool fits = widest < 0.85;
        double lo = floorLow;
        double hi = ceilingHigh > floorLow ? ceilingHigh : floorLow + 1.0;
        if (fits) {
            double span = hi - lo;
            for (int step = 0; step < 60; ++step) {
                double up = ceilingHigh;
                for (int c = 0; c < count; ++c)
                    up = std::max(up, std::max(ends[c], 0.0) + span * shares[c]);
                hi = up;
                if (hi - lo <= span * (1.0 + 1e-6))
                    break;
                span = hi - lo;
            }
            if (lo < 0.0)
                lo -= 0.04 * (hi - lo);  // air left of the longest bar that points left
        }
        if (!std::isfinite(lo) || !std::isfinite(hi) || hi <= lo) {
            lo = floorLow;
            hi = floorLow + 1.0;
        }
        // A little slack: the axis's own end labels move the plot's edge by a few pixels.
        hi += 0.03 * (hi - lo);
        const bool tooNarrow = lo < x->min() || hi > x->max();
        const bool tooWide = x->max() - x->min() > 1.25 * (hi - lo);
        if ((tooNarrow || tooWide) && fitting->adjustments < 4) {
            ++fitting->adjustments;
            x->setRange(lo, hi);
            // Ticks on round numbers from zero, about four of them.
            const double raw = (hi - lo) / 4.0;
            const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
            double step = magnitude;
            for (double nice : {1.0, 2.0, 2.5, 5.0, 10.0}) {
                if (nice * magnitude >= raw) {
                    step = nice * magnitude;
                    break;
                }
            }
            if (std::isfinite(step) && step > 0.0 && (hi - lo) / step < 20.0) {
                x->setTickType(QValueAxis::TicksDynamic);
                x->setTickAnchor(0.0);
                x->setTickInterval(step);
                x->setLabelFormat(step < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
            }
            plot = chart->plotArea();
        }
        // Too little height for a row of text per bar: the figures stay in the tooltip and
        // the table rather than overprint each other.
        const bool roomy = fits
                && (count == 0
                    || plot.height() / count >= labels.first()->boundingRect().height() + 2.0);
        for (int c = 0; c < count; ++c) {
            const int row = count - 1 - c;
            labels[c]->setVisible(roomy);
            const QPointF end = chart->mapToPosition(QPointF(std::max(ends[c], 0.0), row), series);
            QGraphicsTextItem *label = labels[c];
            const QSizeF size = label->boundingRect().size();
            label->setPos(end.x() + gap, end.y() - size.height() / 2.0);
            // Where the layout found no room after all, the figure stays in the tooltip and
            // the table rather than run off the plot.
            if (!plot.adjusted(-0.5, -0.5, 0.5, 0.5).contains(label->sceneBoundingRect()))
                label->setVisible(false);
            QGraphicsTextItem *name = names[c];
            name->setPos(plot.left() - 10.0 - name->textWidth(),
                         end.y() - name->boundingRect().height() / 2.0);
        }
        fitting->busy = false;
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place(chart->plotArea());
}

ChartBuilder::WorkbookChart TargetsChart::workbookChart(const Table &table,
                                                        const ChartOptions &options) const
{
    Q_UNUSED(options);
    WorkbookChart chart;
    chart.valueTitle = tr("Change (%)");
    if (const int change = table.seriesIndex(changeKey); change >= 0)
        chart.series.append({change, WorkbookSeries::Kind::Bars, false});
    return chart;
}
