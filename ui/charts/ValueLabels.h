#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>

class QAbstractSeries;
class QBarSeries;
class QChart;
class QGraphicsTextItem;
class QStackedBarSeries;
class QXYSeries;

// The value labels of a chart, placed by the chart once it is laid out (and again at every
// new size): each label tries its places in turn (above its bar or point, inside the bar,
// below, beside) and takes the first that lies inside the plot and covers no bar, marker
// or other label. A label with no such place is left out: its value stays in the tooltip
// and the table. Qt's own labels drop a figure's stated decimals, cannot be moved and run
// off the plot; these carry the text they are given.
class ValueLabels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueLabels)

public:
    // `text`: the colour of labels outside the bars (the chart's text colour).
    ValueLabels(QChart *chart, const QFont &font, const QColor &text);

    // Grouped bars, a label per bar (texts[set][category], empty for none).
    void addBars(QBarSeries *series, const QList<QStringList> &texts);
    // Stacked bars: never labelled here, but no label may cover them.
    void addStacks(QStackedBarSeries *series, int categories);
    // Points with a label each (empty for none); their markers are kept clear.
    void addPoints(QXYSeries *series, const QStringList &texts, qreal markerSize);
    // Places the labels now and whenever the plot moves.
    void install();

private:
    struct Bar
    {
        QBarSeries *series;
        int set;
        int sets;
        int category;
        double value;
        QString text;
    };
    struct Stack
    {
        QStackedBarSeries *series;
        int categories;
    };
    struct Point
    {
        QXYSeries *series;
        int index;
        qreal markerSize;
        QString text;
    };
    struct Label
    {
        QGraphicsTextItem *item;
        int source;  // index into m_bars (>= 0) or m_points (-1 - index)
    };

    QRectF barRect(const Bar &bar, const QRectF &plot) const;
    QGraphicsTextItem *newLabel(const QString &text);
    void place();

    QChart *m_chart;
    QFont m_font;
    QColor m_text;
    QList<Bar> m_bars;
    QList<Stack> m_stacks;
    QList<Point> m_points;
    QList<Label> m_labels;
};
