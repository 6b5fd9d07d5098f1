#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QAction;

// A flagged figure in a table leads to its finding on the Checks page: double-click or
// Enter on the cell (the view's activated()), or "Show check" in its context menu, which
// appears only on a flagged cell.
class CheckLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckLink)

public:
    // A model's key of the flagged figure behind a cell (ConsistencyFinding::figureKey());
    // null for a cell without a mismatch beyond rounding.
    static constexpr int FigureKeyRole = Qt::UserRole + 41;

    // Links the view (its model set) to the Checks page; the link is a child of the view.
    static CheckLink *install(QAbstractItemView *view);

    QAction *showCheckAction() const { return m_show; }
    void retranslate();

signals:
    void checkRequested(const QString &figureKey);

protected:
    // The view's LanguageChange retranslates the action.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit CheckLink(QAbstractItemView *view);
    void updateAction();
    void request(const QModelIndex &index);

    QAbstractItemView *m_view;
    QAction *m_show;
};
