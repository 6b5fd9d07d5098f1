#pragma once

#include "DatasetImport.h"
#include "ImportHistory.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// Runs the window's import work (the preview, then the import, or an undo) through core's
// DatasetImport on a thread of its own, with a database connection of its own, while the
// window's event loop goes on: the window repaints, and a progress dialog (after half a
// second) shows how far it has come and can cancel an import, which then rolls back. A
// database in memory has no second connection: its work runs on the window's thread.
class ImportRunner final
{
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)

public:
    ImportRunner(Store &store, QWidget *window);

    // `book`: for a workbook or wide CSV, the source of sheets without one (DatasetFile).
    DatasetImport::Preview preview(const QString &file, const DataBookReader::Options &book = {});
    // Recorded in the import history under the file's absolute path.
    Store::ImportReport import(const QString &file, const QList<Fact> &facts,
                               Store::ImportOptions options);
    // Undoes the newest import that stands (ImportHistory::undoLast); `file` names it in
    // the progress dialog.
    ImportHistory::UndoResult undoLast(const QString &file);

private:
    // Runs `work` with a store it may use on its thread; `progress` set when it reports.
    void runWithStore(
            const QString &label,
            const std::function<void(const DatasetImport::StoreOpener &,
                                     const std::function<bool(qsizetype, qsizetype)> &)> &work,
            bool cancellable);

    Store &m_store;
    QWidget *m_window;
};
