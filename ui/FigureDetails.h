#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

// A figure's details (value, unit, period, basis, source, announcement) for the keyboard:
// while a table has the focus, its current cell's details are reported, so that they can be
// read in the status bar without hovering. It also makes the table one Tab stop: Tab leaves
// the table, the arrow keys move within it.
class FigureDetails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureDetails)

public:
    // The one-line details a model gives for a cell (a QString).
    static constexpr int Role = Qt::UserRole + 42;

    // Follows `view`, which has its model (and is owned by it).
    explicit FigureDetails(QAbstractItemView *view);

signals:
    // The focused cell's details; empty when the table loses the focus.
    void changed(const QString &details);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QAbstractItemView *m_view;
};
