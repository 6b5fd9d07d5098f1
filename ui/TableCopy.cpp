#include "TableCopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMimeData>

#include <algorithm>

QMimeData *TableCopy::selection(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || !view->selectionModel())
        return nullptr;
    const QModelIndexList selected = view->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return nullptr;
    // The rows and columns the selection touches, in the order shown.
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex &index : selected) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
        if (!columns.contains(index.column()))
            columns.append(index.column());
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());
    const QItemSelectionModel *selection = view->selectionModel();
    return grid(model, rows, columns, [selection, model](int row, int column) {
        return selection->isSelected(model->index(row, column));
    });
}

QMimeData *TableCopy::whole(const QAbstractItemModel *model)
{
    QList<int> rows;
    QList<int> columns;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(row);
    for (int column = 0; column < model->columnCount(); ++column)
        columns.append(column);
    return grid(model, rows, columns, [](int, int) { return true; });
}

QMimeData *TableCopy::grid(const QAbstractItemModel *model, const QList<int> &rows,
                           const QList<int> &columns,
                           const std::function<bool(int, int)> &isSelected)
{
    QStringList lines;
    QString html = QStringLiteral("<table><tr><th></th>");
    QStringList header {QString()};
    for (int column : std::as_const(columns)) {
        const QString text = model->headerData(column, Qt::Horizontal).toString();
        header.append(text);
        html += QStringLiteral("<th>%1</th>").arg(text.toHtmlEscaped());
    }
    lines.append(header.join(QLatin1Char('\t')));
    html += QStringLiteral("</tr>");
    for (int row : std::as_const(rows)) {
        const QString rowHeader = model->headerData(row, Qt::Vertical).toString();
        QStringList cells {rowHeader};
        html += QStringLiteral("<tr><th>%1</th>").arg(rowHeader.toHtmlEscaped());
        for (int column : std::as_const(columns)) {
            // Tabs and line breaks inside a cell would split it.
            QString text;
            if (isSelected(row, column)) {
                const QModelIndex index = model->index(row, column);
                const QVariant plain = index.data(PlainTextRole);
                text = plain.isValid() ? plain.toString() : index.data().toString();
            }
            text.replace(QLatin1Char('\t'), QLatin1Char(' '))
                    .replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells.append(text);
            html += QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
        }
        lines.append(cells.join(QLatin1Char('\t')));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    auto *mime = new QMimeData;
    mime->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    mime->setHtml(html);
    return mime;
}

void TableCopy::install(QAbstractItemView *view)
{
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *copy = new QAction(tr("Copy"), view);
    copy->setObjectName(QStringLiteral("tableCopyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        if (QMimeData *mime = selection(view))
            QApplication::clipboard()->setMimeData(mime);
    });
    view->addAction(copy);
}
