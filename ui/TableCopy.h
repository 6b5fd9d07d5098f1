#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QMimeData;

// Ctrl+C on a table copies its selection as a grid a spreadsheet pastes as cells:
// tab-separated text and an HTML table, each with the row and column headers.
class TableCopy final
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)

public:
    // A model's text of a cell for a spreadsheet (the figure alone, without markers), where
    // it differs from what is shown.
    static constexpr int PlainTextRole = Qt::UserRole + 40;

    // Gives the view a Copy action (Ctrl+C while it has the focus).
    static void install(QAbstractItemView *view);
    // The selection of the view as the clipboard gets it; null when nothing is selected.
    static QMimeData *selection(const QAbstractItemView *view);
    // Every cell of the model, the same way.
    static QMimeData *whole(const QAbstractItemModel *model);

private:
    static QMimeData *grid(const QAbstractItemModel *model, const QList<int> &rows,
                           const QList<int> &columns,
                           const std::function<bool(int, int)> &isSelected);
};
