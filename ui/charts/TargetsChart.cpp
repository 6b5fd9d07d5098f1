#include "TargetsChart.h"

#include "CellFormatter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

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
    lines << QStringLiteral("<b>%1</b>").arg(table.categoryLabels().value(category).toHtmlEscaped());
    for (const QString &key : {actualKey, targetKey, changeKey, statedKey}) {
        const int s = table.seriesIndex(key);
        if (s < 0)
            continue;
        const TableCell &cell = table.cell(s, category);
        QString text = cell.value ? CellFormatter::valueWithUnit(cell) : QStringLiteral("—");
        if (cell.value && cell.asOf.isValid() && table.series(s).showsAsOf)
            text = TargetsChart::tr("%1 (announced %2)")
                           .arg(text, cell.asOf.toString(Qt::ISODate));
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
    QStringList categories;
    for (int c = count - 1; c >= 0; --c)
        categories.append(table.categoryLabels()[c]);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setLabelsFont(font(options, 9.5));
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
    auto *x = valueAxis(tr("Change from %1 to %2 (%)")
                                .arg(table.series(actual).label, table.series(target).label),
                        options);
    fitValueAxis(x, low, high);
    if (low < 0.0)  // room on the left for a cut, as on the right
        x->setMin(std::min(x->min(), low - (x->max() - x->min()) * 0.05));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    // The figures beside each bar, in a column of their own right of the plot: never on a
    // bar, never clipped, never on each other (one row per bar).
    const QFont labelFont = font(options, 9.5);
    const QFontMetricsF metrics(labelFont);
    QList<QGraphicsTextItem *> labels;
    qreal widest = 0.0;
    for (int c = 0; c < count; ++c) {
        const TableCell &a = table.cell(actual, c);
        const TableCell &t = table.cell(target, c);
        const TableCell &p = table.cell(change, c);
        QString text;
        if (p.value)
            text = tr("%1   %2 → %3")
                           .arg(CellFormatter::signedValue(p), CellFormatter::value(a),
                                CellFormatter::value(t));
        else if (!t.value)
            text = tr("no target");
        else
            text = tr("no actual");
        auto *label = new QGraphicsTextItem(chart);
        label->setFont(labelFont);
        label->setPlainText(text);
        label->setDefaultTextColor(p.value ? QColor(0x20, 0x20, 0x20) : QColor(0x70, 0x70, 0x70));
        label->setData(0, QStringLiteral("valueLabel"));
        label->document()->setDocumentMargin(0);
        widest = std::max(widest, metrics.horizontalAdvance(text));
        labels.append(label);
    }
    QMargins margins = chart->margins();
    margins.setRight(margins.right() + qCeil(widest) + 16);
    chart->setMargins(margins);
    auto place = [chart, series, labels, count](const QRectF &plot) {
        for (int c = 0; c < count; ++c) {
            const QPointF center = chart->mapToPosition(QPointF(0.0, count - 1 - c), series);
            QGraphicsTextItem *label = labels[c];
            label->setPos(plot.right() + 10.0, center.y() - label->boundingRect().height() / 2.0);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place(chart->plotArea());
}
