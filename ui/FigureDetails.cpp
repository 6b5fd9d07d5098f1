#include "FigureDetails.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>

FigureDetails::FigureDetails(QAbstractItemView *view) : QObject(view), m_view(view)
{
    setObjectName(QStringLiteral("figureDetails"));
    view->setTabKeyNavigation(false);
    view->installEventFilter(this);
    // The view has its model (and so its selection model) before it is followed.
    Q_ASSERT(view->selectionModel());
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FigureDetails::report);
}

bool FigureDetails::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::FocusIn) {
            // Arriving by Tab on a table with no current cell: the first one, so the
            // arrow keys and the details start somewhere.
            if (!m_view->currentIndex().isValid() && m_view->model()
                && m_view->model()->rowCount() > 0 && m_view->model()->columnCount() > 0)
                m_view->setCurrentIndex(m_view->model()->index(0, 0));
            report();
        } else if (event->type() == QEvent::FocusOut) {
            emit changed(QString());
        }
    }
    return QObject::eventFilter(watched, event);
}

void FigureDetails::report()
{
    if (!m_view->hasFocus())
        return;
    emit changed(m_view->currentIndex().data(Role).toString());
}
