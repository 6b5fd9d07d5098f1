#include "CheckLink.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>

CheckLink::CheckLink(QAbstractItemView *view)
    : QObject(view), m_view(view), m_show(new QAction(view))
{
    setObjectName(QStringLiteral("checkLink"));
    m_show->setObjectName(QStringLiteral("showCheckAction"));
    m_show->setVisible(false);
    // The view's actions (Copy among them) make its context menu, on the cell under the
    // mouse, which the right button makes the current one.
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_show);
    connect(m_show, &QAction::triggered, this, [this] { request(m_view->currentIndex()); });
    connect(view, &QAbstractItemView::activated, this, &CheckLink::request);
    if (QItemSelectionModel *selection = view->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, this, &CheckLink::updateAction);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &CheckLink::updateAction);
        connect(model, &QAbstractItemModel::dataChanged, this, &CheckLink::updateAction);
        connect(model, &QAbstractItemModel::layoutChanged, this, &CheckLink::updateAction);
    }
    view->installEventFilter(this);
    retranslate();
}

bool CheckLink::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

CheckLink *CheckLink::install(QAbstractItemView *view)
{
    return new CheckLink(view);
}

void CheckLink::retranslate()
{
    m_show->setText(tr("Show check"));
    m_show->setToolTip(tr("Shows the mismatch of this figure on the Checks page"));
}

void CheckLink::updateAction()
{
    m_show->setVisible(!m_view->currentIndex().data(FigureKeyRole).isNull());
}

void CheckLink::request(const QModelIndex &index)
{
    const QString key = index.data(FigureKeyRole).toString();
    if (!key.isEmpty())
        emit checkRequested(key);
}
