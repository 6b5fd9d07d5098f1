#include "TargetsChart.h"

#include "CellFormatter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
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
    auto busy = std::make_shared<bool>(false);
    auto place = [chart, series, x, labels, names, ends, low, high, count, busy](const QRectF &) {
        if (*busy)
            return;
        *busy = true;
        QRectF plot = chart->plotArea();
        // The range that leaves room for every label: a few passes, since widening the
        // range shortens the bars.
        const qreal gap = 8.0;
        double lo = low;
        double hi = high > low ? high : low + 1.0;
        for (int pass = 0; pass < 8 && plot.width() > 0; ++pass) {
            const double perPixel = (hi - lo) / plot.width();
            double wantLo = low;
            double wantHi = high;
            for (int c = 0; c < count; ++c) {
                const double room = (labels[c]->boundingRect().width() + 2 * gap) * perPixel;
                if (ends[c] >= 0.0)
                    wantHi = std::max(wantHi, ends[c] + room);
                else
                    wantLo = std::min(wantLo, ends[c] - room);
            }
            lo = wantLo;
            hi = wantHi;
        }
        const double tolerance = 0.02 * (hi - lo);
        if (qAbs(x->min() - lo) > tolerance || qAbs(x->max() - hi) > tolerance) {
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
            x->setTickType(QValueAxis::TicksDynamic);
            x->setTickAnchor(0.0);
            x->setTickInterval(step);
            x->setLabelFormat(step < 1.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
            plot = chart->plotArea();
        }
        // Too little height for a row of text per bar: the figures stay in the tooltip and
        // the table rather than overprint each other.
        const bool roomy = count == 0
                || plot.height() / count >= labels.first()->boundingRect().height() + 2.0;
        for (int c = 0; c < count; ++c) {
            const int row = count - 1 - c;
            labels[c]->setVisible(roomy);
            const QPointF end = chart->mapToPosition(QPointF(ends[c], row), series);
            QGraphicsTextItem *label = labels[c];
            const QSizeF size = label->boundingRect().size();
            const qreal left = ends[c] >= 0.0 ? end.x() + gap : end.x() - gap - size.width();
            label->setPos(left, end.y() - size.height() / 2.0);
            QGraphicsTextItem *name = names[c];
            name->setPos(plot.left() - 10.0 - name->textWidth(),
                         end.y() - name->boundingRect().height() / 2.0);
        }
        *busy = false;
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place(chart->plotArea());
}
