#pragma once

#include "ImportHistory.h"

#include <QDialog>

class QTableWidget;

// Edit > Import history…: every import recorded in the database, the newest first, with
// when it ran (local time), the file, what it changed, and whether it has been undone.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryDialog)

public:
    explicit ImportHistoryDialog(const QList<ImportHistory::Entry> &entries,
                                 QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
