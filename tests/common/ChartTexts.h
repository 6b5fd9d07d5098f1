#pragma once

// The text a person sees in a chart's scene, for the suites that check chart layout.

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QList>
#include <QRectF>
#include <QString>

struct ChartText
{
    QString text;
    QRectF rect;  // in scene coordinates
    bool valueLabel = false;  // a label of a figure (ChartBuilder marks them)
};

// Every visible piece of text: titles, axis labels, legend, notes and value labels, each
// where it is drawn.
inline QList<ChartText> chartTexts(const QGraphicsScene &scene)
{
    QList<ChartText> found;
    for (QGraphicsItem *item : scene.items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
            text = rich->toPlainText();
        else if (auto *plain = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            text = plain->text();
        if (text.trimmed().isEmpty())
            continue;
        found.append({text, item->sceneBoundingRect(),
                      item->data(0).toString() == QLatin1String("valueLabel")});
    }
    return found;
}
