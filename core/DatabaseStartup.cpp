#include "DatabaseStartup.h"

#include "BundledDataset.h"
#include "Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const QString memory = QStringLiteral(":memory:");

// The figures the user had imported into a store that can still be read.
QList<Fact> userFacts(const Store &store)
{
    QList<Fact> facts = store.readableFacts();
    facts.removeIf([](const Fact &fact) { return fact.origin != Fact::Origin::User; });
    return facts;
}

QString lockedMessage(const QString &path)
{
    return DatabaseStartup::tr("the database %1 is in use by another program (locked); close "
                               "the other irdash and try again, or name another file with --db")
            .arg(path);
}

// A name beside `path` that is not taken, for a damaged file kept aside.
QString asideName(const QString &path)
{
    const QString base = path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool openInMemory(Store &store, const QList<Fact> &keep, DatabaseStartup::Result &result)
{
    if (!store.open(memory)) {
        result.error = store.lastError();
        return false;
    }
    QString error;
    if (!BundledDataset::ensureLoaded(store, &error)) {
        result.error = error;
        return false;
    }
    if (!keep.isEmpty())
        store.importFacts(keep, Store::ConflictPolicy::Keep);
    result.path = memory;
    result.ok = true;
    return true;
}

}  // namespace

DatabaseStartup::Result DatabaseStartup::open(Store &store, const QString &path, bool appOwned,
                                              bool memoryFallback)
{
    Result result;
    if (path == memory) {
        openInMemory(store, {}, result);
        return result;
    }

    const QFileInfo info(path);
    QList<Fact> recovered;
    bool damaged = false;
    QString reason;
    if (info.exists()) {
        if (!store.open(path)) {
            if (store.lastError().contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
                result.error = lockedMessage(path);
                return result;
            }
            if (!appOwned && !looksLikeSqlite(path)) {
                result.error = store.lastError();
                return result;
            }
            damaged = true;
            reason = store.lastError();
        } else if (const QString check = store.integrityCheck(); check != QLatin1String("ok")) {
            damaged = true;
            reason = tr("the integrity check failed: %1").arg(check.left(300));
            recovered = userFacts(store);
            store.close();
        } else {
            switch (store.writeAccess()) {
            case Store::WriteAccess::Writable:
                break;
            case Store::WriteAccess::Locked:
                store.close();
                result.error = lockedMessage(path);
                return result;
            case Store::WriteAccess::ReadOnly: {
                const QList<Fact> kept = userFacts(store);
                store.close();
                if (!memoryFallback) {
                    result.error = tr("the database %1 cannot be written").arg(path);
                    return result;
                }
                result.warnings.append(
                        tr("The database %1 cannot be written. irdash works on a copy in memory; "
                           "imports will not be kept.")
                                .arg(path));
                openInMemory(store, kept, result);
                return result;
            }
            }
        }
    }

    if (damaged) {
        const QString aside = asideName(path);
        store.close();
        if (!QFile::rename(path, aside)) {
            result.warnings.append(tr("The database %1 is damaged (%2) and could not be moved "
                                      "aside. irdash works in memory.")
                                           .arg(path, reason));
            openInMemory(store, recovered, result);
            return result;
        }
        result.warnings.append(tr("The database %1 was damaged (%2). It was kept as %3 and a new "
                                  "one was made from the bundled dataset; %n figure(s) you had "
                                  "imported could be read back.",
                                  nullptr, static_cast<int>(recovered.size()))
                                       .arg(path, reason, aside));
    }
    if (appOwned)
        QDir().mkpath(info.absolutePath());
    if (!store.open(path) || store.writeAccess() != Store::WriteAccess::Writable) {
        // Store's own message already names the file.
        const QString why = store.lastError().isEmpty()
                ? tr("cannot open the database %1: the location is read-only").arg(path)
                : store.lastError();
        store.close();
        if (!memoryFallback) {
            result.error = why;
            return result;
        }
        result.warnings.append(
                tr("%1. irdash works in memory; imports will not be kept.").arg(why));
        openInMemory(store, recovered, result);
        return result;
    }
    QString error;
    if (!BundledDataset::ensureLoaded(store, &error)) {
        result.error = error;
        return result;
    }
    if (!recovered.isEmpty())
        store.importFacts(recovered, Store::ConflictPolicy::Keep);
    result.path = path;
    result.ok = true;
    return result;
}
