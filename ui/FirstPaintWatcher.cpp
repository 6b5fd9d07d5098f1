#include "FirstPaintWatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintWatcher::FirstPaintWatcher(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // The filter runs before the paint; signal once the event loop has finished it.
        QTimer::singleShot(0, this, &FirstPaintWatcher::firstPaint);
    }
    return QObject::eventFilter(watched, event);
}
