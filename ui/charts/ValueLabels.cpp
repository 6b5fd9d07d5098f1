#include "ValueLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsTextItem>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QXYSeries>

#include <algorithm>

namespace {

// Labels stand this far from what they label, and from each other.
constexpr qreal gap = 3.0;

QColor textOn(const QColor &fill)
{
    // Dark text on light fills, white on dark ones (relative luminance, roughly).
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.55 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

}  // namespace

ValueLabels::ValueLabels(QChart *chart, const QFont &font, const QColor &text)
    : QObject(chart), m_chart(chart), m_font(font), m_text(text)
{ }

QGraphicsTextItem *ValueLabels::newLabel(const QString &text)
{
    auto *item = new QGraphicsTextItem(m_chart);
    item->setFont(m_font);
    item->setPlainText(text);
    item->document()->setDocumentMargin(0);
    item->setDefaultTextColor(m_text);
    item->setData(0, QStringLiteral("valueLabel"));
    item->setZValue(10);  // above the series
    return item;
}

void ValueLabels::addBars(QBarSeries *series, const QList<QStringList> &texts)
{
    const QList<QBarSet *> sets = series->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        for (int c = 0; c < sets[s]->count(); ++c) {
            const QString text = texts.value(s).value(c);
            m_bars.append({series, s, static_cast<int>(sets.size()), c, sets[s]->at(c), text});
            if (!text.isEmpty())
                m_labels.append({newLabel(text), static_cast<int>(m_bars.size() - 1)});
        }
    }
}

void ValueLabels::addStacks(QStackedBarSeries *series, int categories)
{
    m_stacks.append({series, categories});
}

void ValueLabels::addPoints(QXYSeries *series, const QStringList &texts, qreal markerSize)
{
    for (int i = 0; i < series->count(); ++i) {
        const QString text = texts.value(i);
        m_points.append({series, i, markerSize, text});
        if (!text.isEmpty())
            m_labels.append({newLabel(text), -1 - static_cast<int>(m_points.size() - 1)});
    }
}

void ValueLabels::install()
{
    connect(m_chart, &QChart::plotAreaChanged, this, &ValueLabels::place);
    place();
}

QRectF ValueLabels::barRect(const Bar &bar, const QRectF &plot) const
{
    auto *axis = qobject_cast<QBarCategoryAxis *>(
            bar.series->attachedAxes().isEmpty() ? nullptr : bar.series->attachedAxes().first());
    const int categories = axis ? std::max<int>(1, axis->count()) : 1;
    const qreal column = plot.width() / categories;
    const qreal width = column * bar.series->barWidth() / std::max(1, bar.sets);
    const QPointF middle = m_chart->mapToPosition(QPointF(bar.category, 0.0), bar.series);
    const qreal left = middle.x() - column * bar.series->barWidth() / 2.0 + width * bar.set;
    const qreal top = m_chart->mapToPosition(QPointF(bar.category, bar.value), bar.series).y();
    const qreal base = std::min(middle.y(), plot.bottom());
    return QRectF(QPointF(left, std::min(top, base)), QPointF(left + width, std::max(top, base)));
}

void ValueLabels::place()
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    // What no label may cover: every bar, every stack, every marker.
    QList<QRectF> taken;
    for (const Bar &bar : std::as_const(m_bars))
        taken.append(barRect(bar, plot));
    for (const Stack &stack : std::as_const(m_stacks)) {
        const QList<QBarSet *> sets = stack.series->barSets();
        const qreal column = plot.width() / std::max(1, stack.categories);
        const qreal width = column * stack.series->barWidth();
        for (int c = 0; c < stack.categories; ++c) {
            double height = 0.0;
            for (QBarSet *set : sets)
                height += std::max(0.0, set->at(c));
            const QPointF base = m_chart->mapToPosition(QPointF(c, 0.0), stack.series);
            const QPointF top = m_chart->mapToPosition(QPointF(c, height), stack.series);
            taken.append(
                    QRectF(QPointF(base.x() - width / 2.0, top.y()),
                           QPointF(base.x() + width / 2.0, std::min(base.y(), plot.bottom()))));
        }
    }
    for (const Point &point : std::as_const(m_points)) {
        const QPointF at = m_chart->mapToPosition(point.series->at(point.index), point.series);
        const qreal half = point.markerSize / 2.0 + 1.0;
        taken.append(QRectF(at - QPointF(half, half), at + QPointF(half, half)));
    }
    const QRectF inside = plot.adjusted(0.5, 0.5, -0.5, -0.5);
    auto free = [&](const QRectF &rect, const QRectF &own) {
        if (!inside.contains(rect))
            return false;
        return std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &other) {
            return other != own && other.intersects(rect);
        });
    };
    for (const Label &label : std::as_const(m_labels)) {
        QGraphicsTextItem *item = label.item;
        const QSizeF size = item->boundingRect().size();
        QList<QRectF> places;
        QRectF own;
        QColor insideColor;
        if (label.source >= 0) {
            const Bar &bar = m_bars[label.source];
            own = barRect(bar, plot);
            const qreal x = own.center().x() - size.width() / 2.0;
            const bool up = bar.value >= 0.0;
            // Beyond the bar's end; then inside it, at its end.
            places.append(QRectF(
                    QPointF(x, up ? own.top() - gap - size.height() : own.bottom() + gap), size));
            if (own.width() >= size.width() + 2 && own.height() >= size.height() + 2 * gap)
                places.append(QRectF(
                        QPointF(x, up ? own.top() + gap : own.bottom() - gap - size.height()),
                        size));
            insideColor = textOn(bar.series->barSets().value(bar.set)->color());
        } else {
            const Point &point = m_points[-1 - label.source];
            const QPointF at = m_chart->mapToPosition(point.series->at(point.index), point.series);
            const qreal clear = point.markerSize / 2.0 + gap;
            const qreal x = at.x() - size.width() / 2.0;
            places.append(QRectF(QPointF(x, at.y() - clear - size.height()), size));
            places.append(QRectF(QPointF(x, at.y() + clear), size));
            places.append(QRectF(QPointF(at.x() + clear, at.y() - size.height() / 2.0), size));
            places.append(QRectF(
                    QPointF(at.x() - clear - size.width(), at.y() - size.height() / 2.0), size));
            const qreal half = point.markerSize / 2.0 + 1.0;
            own = QRectF(at - QPointF(half, half), at + QPointF(half, half));
        }
        bool placed = false;
        for (qsizetype p = 0; p < places.size() && !placed; ++p) {
            // Inside its own bar a label may cover that bar, and nothing else.
            const bool insideBar = label.source >= 0 && p == 1;
            if (!free(places[p], insideBar ? own : QRectF()))
                continue;
            item->setPos(places[p].topLeft());
            item->setDefaultTextColor(insideBar ? insideColor : m_text);
            taken.append(places[p]);
            placed = true;
        }
        item->setVisible(placed);
    }
}
