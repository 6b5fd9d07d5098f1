#include "ImportHistory.h"

#include "BundledDataset.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The schema that first had the history.
constexpr int historyVersion = 4;

const QString entryColumns = QStringLiteral(
        "id, at, file, origin, policy, inserted, replaced, kept, unchanged, undone_at");

std::optional<Store::ConflictPolicy> policyFromCode(const QString &code)
{
    if (code == QLatin1String("fail"))
        return Store::ConflictPolicy::Fail;
    if (code == QLatin1String("replace"))
        return Store::ConflictPolicy::Replace;
    if (code == QLatin1String("keep"))
        return Store::ConflictPolicy::Keep;
    if (code == QLatin1String("replace_bundled"))
        return Store::ConflictPolicy::ReplaceBundled;
    return std::nullopt;
}

ImportHistory::Entry entryAt(const QSqlQuery &query)
{
    ImportHistory::Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.file = query.value(2).toString();
    entry.origin = query.value(3).toString() == QLatin1String("bundled") ? Fact::Origin::Bundled
                                                                         : Fact::Origin::User;
    entry.policy = policyFromCode(query.value(4).toString()).value_or(Store::ConflictPolicy::Fail);
    entry.inserted = query.value(5).toInt();
    entry.replaced = query.value(6).toInt();
    entry.kept = query.value(7).toInt();
    entry.unchanged = query.value(8).toInt();
    if (!query.value(9).isNull())
        entry.undoneAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    return entry;
}

ImportHistory::UndoError undoErrorOf(const QSqlError &error)
{
    switch (Store::failureOf(error)) {
    case Store::Failure::Locked:
        return ImportHistory::UndoError::Locked;
    case Store::Failure::ReadOnly:
    case Store::Failure::NoAccess:
        return ImportHistory::UndoError::ReadOnly;
    default:
        return ImportHistory::UndoError::Failed;
    }
}

}  // namespace

QList<ImportHistory::Entry> ImportHistory::entries(const Store &store)
{
    QList<Entry> result;
    if (store.userVersion() < historyVersion)
        return result;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM import ORDER BY id DESC").arg(entryColumns)))
        return result;
    while (query.next())
        result.append(entryAt(query));
    return result;
}

std::optional<ImportHistory::Entry> ImportHistory::undoable(const Store &store)
{
    if (store.userVersion() < historyVersion)
        return std::nullopt;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM import WHERE undone_at IS NULL "
                                   "AND (inserted > 0 OR replaced > 0) ORDER BY id DESC LIMIT 1")
                            .arg(entryColumns))
        || !query.next())
        return std::nullopt;
    return entryAt(query);
}

ImportHistory::UndoResult ImportHistory::undoLast(Store &store)
{
    UndoResult result;
    const auto refuse = [&](UndoError error, const QString &message) {
        result.error = error;
        result.message = message;
        return result;
    };
    if (!store.isOpen())
        return refuse(UndoError::Failed, tr("the database is not open"));
    const std::optional<Entry> entry = undoable(store);
    if (!entry)
        return refuse(UndoError::NothingToUndo,
                      tr("there is no import to undo in %1").arg(store.path()));
    switch (store.writeAccess()) {
    case Store::WriteAccess::Writable:
        break;
    case Store::WriteAccess::ReadOnly:
        return refuse(
                UndoError::ReadOnly,
                tr("the database %1 cannot be written; nothing was undone").arg(store.path()));
    case Store::WriteAccess::Locked:
        return refuse(UndoError::Locked,
                      tr("the database %1 is locked by another program; nothing was undone")
                              .arg(store.path()));
    }

    const bool bundled = BundledDataset::isLoaded(store);
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return refuse(undoErrorOf(db.lastError()),
                      tr("cannot start a transaction: %1").arg(db.lastError().text()));
    QSqlQuery query(db);
    const auto abort = [&](const QSqlError &error) {
        const UndoError kind = undoErrorOf(error);
        db.rollback();
        return refuse(kind,
                      tr("cannot undo the import of %1: %2; nothing was undone")
                              .arg(entry->file, error.text()));
    };

    // What the record says: the rows it replaced, and the figures among them.
    query.prepare(QStringLiteral(
            "SELECT count(*), count(DISTINCT fact_id) FROM import_replaced WHERE import_id = ?"));
    query.bindValue(0, entry->id);
    if (!query.exec() || !query.next())
        return abort(query.lastError());
    const int loggedRows = query.value(0).toInt();
    const int loggedFigures = query.value(1).toInt();
    query.finish();

    // Every replaced figure back as it was before the import: its earliest record (a figure
    // the import replaced twice, by a dated and an undated row, has two). First, since a
    // figure the import inserted and then replaced goes with the inserted ones below.
    query.prepare(QStringLiteral(
            "UPDATE fact SET (period_id, metric_id, value, decimals, unit, basis, source, as_of, "
            "origin, bound, inserted_by, company_id) = (SELECT r.period_id, r.metric_id, "
            "r.value, r.decimals, r.unit, r.basis, r.source, r.as_of, r.origin, r.bound, "
            "r.inserted_by, r.company_id "
            "FROM import_replaced r WHERE r.import_id = ? AND r.fact_id = fact.id "
            "ORDER BY r.id LIMIT 1) "
            "WHERE id IN (SELECT fact_id FROM import_replaced WHERE import_id = ?)"));
    query.bindValue(0, entry->id);
    query.bindValue(1, entry->id);
    if (!query.exec())
        return abort(query.lastError());
    result.restored = query.numRowsAffected();

    query.prepare(QStringLiteral("DELETE FROM fact WHERE inserted_by = ?"));
    query.bindValue(0, entry->id);
    if (!query.exec())
        return abort(query.lastError());
    result.removed = query.numRowsAffected();

    // The record and the figures must agree, or an undo would lose or keep figures nobody
    // asked about: then nothing changes.
    if (loggedRows != entry->replaced || result.restored != loggedFigures
        || result.removed != entry->inserted) {
        db.rollback();
        return refuse(UndoError::Failed,
                      tr("the record of the import of %1 does not match the figures stored "
                         "(%2 of %3 inserted, %4 of %5 replaced); nothing was undone")
                              .arg(entry->file)
                              .arg(result.removed)
                              .arg(entry->inserted)
                              .arg(result.restored)
                              .arg(entry->replaced));
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    query.prepare(QStringLiteral("UPDATE import SET undone_at = ? WHERE id = ?"));
    query.bindValue(0, now);
    query.bindValue(1, entry->id);
    if (!query.exec())
        return abort(query.lastError());
    if (bundled && !BundledDataset::forget(store)) {
        db.rollback();
        return refuse(UndoError::Failed,
                      tr("cannot undo the import of %1: the database could not be written; "
                         "nothing was undone")
                              .arg(entry->file));
    }
    if (!db.commit())
        return abort(db.lastError());

    result.entry = *entry;
    result.entry.undoneAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    // A bundled figure with the identity of one the import inserted was kept out while the
    // user's stood (a newer bundled dataset keeps the user's figures), and a bundled figure
    // put back may be older than this build's. Should this fail, the next start applies it.
    if (bundled)
        BundledDataset::ensureLoaded(store, nullptr);
    return result;
}
