#pragma once

#include <QObject>

class QWidget;

// Tells once when a widget has painted for the first time, after the paint has been
// delivered. `irdash --exit-after-first-paint` quits on it, so start-up can be timed
// from process start to a dashboard on screen.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintWatcher)

public:
    explicit FirstPaintWatcher(QWidget *widget);

signals:
    void firstPaint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};
