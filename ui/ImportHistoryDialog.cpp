#include "ImportHistoryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Dates as the rest of irdash writes them (ISO order), in the user's time zone.
QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

}  // namespace

ImportHistoryDialog::ImportHistoryDialog(const QList<ImportHistory::Entry> &entries,
                                         QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(static_cast<int>(entries.size()), 7, this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    resize(860, 420);
    auto *layout = new QVBoxLayout(this);

    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("importHistoryNote"));
    note->setWordWrap(true);
    note->setText(entries.isEmpty()
                          ? tr("No import has been recorded in this database yet.")
                          : tr("Every import into this database, the newest first. Edit > Undo "
                               "takes back the newest import that is not undone, then the one "
                               "before it."));
    layout->addWidget(note);

    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Imported"), tr("File"), tr("New"), tr("Replaced"),
                                        tr("Kept"), tr("Unchanged"), tr("Undone")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const ImportHistory::Entry &entry = entries[row];
        const auto set = [&](int column, const QString &text, Qt::Alignment alignment) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(alignment | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
            return item;
        };
        set(0, localTime(entry.at), Qt::AlignLeft);
        set(1, QFileInfo(entry.file).fileName(), Qt::AlignLeft)
                ->setToolTip(QDir::toNativeSeparators(entry.file));
        const int counts[] = {entry.inserted, entry.replaced, entry.kept, entry.unchanged};
        for (int i = 0; i < 4; ++i)
            set(2 + i, locale.toString(counts[i]), Qt::AlignRight);
        QString undone;
        if (entry.isUndone())
            undone = localTime(entry.undoneAt);
        else if (!entry.changedFigures())
            undone = tr("nothing to undo");
        set(6, undone, Qt::AlignLeft);
    }
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}
