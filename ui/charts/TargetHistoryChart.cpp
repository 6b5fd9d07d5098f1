#include "TargetHistoryChart.h"

#include "CellFormatter.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace {

qreal msecsOf(const QDate &date)
{
    return static_cast<qreal>(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

}  // namespace

void TargetHistoryChart::populate(QChart *chart, const Table &table,
                                  const ChartOptions &options) const
{
    if (table.seriesCount() == 0 || table.categoryCount() == 0)
        return;
    const TableSeries &target = table.series(0);
    const double factor = CellFormatter::displayFactor(target.unit);
    const QColor color = colorFor(target.key, 0);

    auto *steps = new QLineSeries;
    steps->setName(tr("Target in force"));
    steps->setPen(QPen(notReportedColor(color).darker(115), 2.5 * options.fontScale));
    auto *points = new QScatterSeries;
    points->setName(tr("Announced"));
    points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    points->setMarkerSize(10.0 * options.fontScale);
    points->setColor(notReportedColor(color));
    points->setBorderColor(color);

    QDate first;
    QDate last;
    double low = 0.0;
    double high = 0.0;
    std::optional<double> previous;
    for (const TableCell &cell : target.cells) {
        if (!cell.value || !cell.asOf.isValid())
            continue;
        const double value = *cell.value * factor;
        const qreal when = msecsOf(cell.asOf);
        if (previous)
            steps->append(when, *previous);
        steps->append(when, value);
        points->append(when, value);
        previous = value;
        first = first.isValid() ? std::min(first, cell.asOf) : cell.asOf;
        last = std::max(last, cell.asOf);
        low = std::min(low, value);
        high = std::max(high, value);
    }
    if (!previous)
        return;
    // Held level up to the date the view stands at (or a quarter past the last revision).
    const QDate end
            = table.asOf().isValid() && table.asOf() > last ? table.asOf() : last.addDays(90);
    steps->append(msecsOf(end), *previous);

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));  // each point's own label gives its day
    x->setLabelsFont(font(options, 9.5));
    const qint64 span = std::max<qint64>(first.daysTo(end), 60);
    x->setRange(QDateTime(first.addDays(-span / 6), QTime(0, 0), Qt::UTC),
                QDateTime(end.addDays(span / 6), QTime(0, 0), Qt::UTC));
    x->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    // The unit alone: the title names the metric, and a long name would be cut.
    auto *y = valueAxis(CellFormatter::unitName(target.unit), options);
    fitValueAxis(y, low, high * 1.25);  // room for the labels above the points
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries *series : std::initializer_list<QXYSeries *> {steps, points}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QObject::connect(
            points, &QXYSeries::hovered, points, [table](const QPointF &point, bool state) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                const TableSeries &series = table.series(0);
                for (int c = 0; c < series.cells.size(); ++c) {
                    const TableCell &cell = series.cells[c];
                    if (cell.asOf.isValid() && qAbs(msecsOf(cell.asOf) - point.x()) < 1.0)
                        QToolTip::showText(QCursor::pos(),
                                           CellFormatter::tooltip(cell, series.label,
                                                                  table.categoryLabels().value(c)));
                }
            });

    // Each announcement's value and date above its point; a label that would run into the
    // one before it goes below its point instead.
    QList<QGraphicsTextItem *> labels;
    QList<QPointF> anchors;
    for (const TableCell &cell : target.cells) {
        if (!cell.value || !cell.asOf.isValid())
            continue;
        auto *label = new QGraphicsTextItem(chart);
        label->setFont(font(options, 9.5, true));
        //: a target and the day it was announced: "9,400 (2013-05-15)"
        label->setPlainText(
                tr("%1 (%2)").arg(CellFormatter::value(cell), cell.asOf.toString(Qt::ISODate)));
        label->setDefaultTextColor(QColor(0x20, 0x20, 0x20));
        label->setData(0, QStringLiteral("valueLabel"));
        label->document()->setDocumentMargin(0);
        labels.append(label);
        anchors.append(QPointF(msecsOf(cell.asOf), *cell.value * factor));
    }
    auto place = [chart, points, labels, anchors](const QRectF &plot) {
        // Above its point; else below; else beside it: never on another label or off the plot.
        QList<QRectF> taken;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QGraphicsTextItem *label = labels[i];
            const QPointF at = chart->mapToPosition(anchors[i], points);
            const QSizeF size = label->boundingRect().size();
            const qreal left = std::clamp(at.x() - size.width() / 2.0, plot.left(),
                                          std::max(plot.left(), plot.right() - size.width()));
            const qreal beside = std::clamp(at.x() + 10.0, plot.left(),
                                            std::max(plot.left(), plot.right() - size.width()));
            const QRectF candidates[] = {
                    QRectF(QPointF(left, at.y() - size.height() - 6.0), size),
                    QRectF(QPointF(left, at.y() + 6.0), size),
                    QRectF(QPointF(beside, at.y() - size.height() / 2.0), size),
            };
            QRectF chosen = candidates[0];
            for (const QRectF &candidate : candidates) {
                const bool inside = plot.contains(candidate);
                const bool free = std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) {
                    return r.intersects(candidate);
                });
                if (inside && free) {
                    chosen = candidate;
                    break;
                }
            }
            label->setPos(chosen.topLeft());
            taken.append(chosen);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place(chart->plotArea());
    // The title and the labels say it all; the room goes to the plot.
    chart->legend()->setVisible(false);
}
