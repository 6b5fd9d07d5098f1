#pragma once

#include "Fact.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The imports recorded in a store (Store::ImportOptions::file) and the undo of the latest.
// The store records, in each import's transaction, when it ran, the file, its counts, the
// figures it inserted (fact.inserted_by) and the full stored row of every figure it
// replaced. An undo takes back the newest import not yet undone, as a stack: it deletes
// what that import inserted and puts every replaced row back column for column, in one
// transaction; undoing again takes back the one before. An import that changed nothing is
// listed, but there is nothing in it to undo.
class ImportHistory final
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistory)

public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;  // UTC
        QString file;  // as the import named it: an absolute path
        Fact::Origin origin = Fact::Origin::User;
        Store::ConflictPolicy policy = Store::ConflictPolicy::Fail;
        int inserted = 0;
        int replaced = 0;
        int kept = 0;
        int unchanged = 0;
        QDateTime undoneAt;  // UTC; invalid while the import stands

        bool isUndone() const { return undoneAt.isValid(); }
        // Whether undoing it would change anything.
        bool changedFigures() const { return inserted > 0 || replaced > 0; }
    };

    // Every recorded import, the newest first. Empty for a database of a schema before the
    // history, or one that cannot be read.
    static QList<Entry> entries(const Store &store);
    // The import an undo would take back: the newest not undone that changed figures.
    static std::optional<Entry> undoable(const Store &store);

    enum class UndoError {
        None,
        NothingToUndo,  // no import stands that changed a figure
        ReadOnly,  // the database cannot be written (opened read-only, a read-only file)
        Locked,  // another program holds the write lock
        Failed,  // SQLite failed, or the record does not match the figures: nothing changed
    };
    struct UndoResult
    {
        UndoError error = UndoError::None;
        QString message;  // set when error is not None
        Entry entry;  // the import undone (when ok), as it was recorded
        int removed = 0;  // figures it had inserted, deleted
        int restored = 0;  // figures it had replaced, back as they were

        bool ok() const { return error == UndoError::None; }
    };
    // Undoes the newest import that stands. Where the store holds the bundled dataset, it is
    // applied again afterwards (as a newer bundled dataset would be), so that a bundled
    // figure a user figure had kept out since comes in now that the user figure is gone.
    static UndoResult undoLast(Store &store);
};
