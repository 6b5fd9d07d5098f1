#include "DatabaseStartup.h"

#include "BundledDataset.h"
#include "CompanyProfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <fcntl.h>
#include <unistd.h>

namespace {

const QString memory = QStringLiteral(":memory:");
// The files SQLite keeps beside a database while it works on it.
const char *const companions[] = {"-journal", "-wal", "-shm"};

using Figures = StoreRecovery::Figures;

// The figures the user had imported into a store that can still be read, by company.
Figures userFacts(const Store &store)
{
    Figures figures = store.readableFigures();
    for (StoreRecovery::CompanyFigures &company : figures)
        company.facts.removeIf([](const Fact &fact) { return fact.origin != Fact::Origin::User; });
    figures.removeIf(
            [](const StoreRecovery::CompanyFigures &company) { return company.facts.isEmpty(); });
    return figures;
}

// Stores each company's figures under it, read by its own profile; an error, or nothing.
QString storeFigures(Store &store, const Figures &figures)
{
    const QString companyKey = store.companyKeySetting();
    QString error;
    for (const StoreRecovery::CompanyFigures &company : figures) {
        const CompanyProfile::Result profile = CompanyProfile::read(company.profile, company.key);
        if (!profile.ok()) {
            error = DatabaseStartup::tr("the stored profile of %1 cannot be read; its figures "
                                        "were left out")
                            .arg(company.key);
            continue;
        }
        const CompanyProfile::Scope scope(*profile.profile);
        store.setCompanyKey(company.key);
        const Store::ImportReport report
                = store.importFacts(company.facts, Store::ConflictPolicy::Keep);
        if (!report.ok)
            error = report.error;
    }
    store.setCompanyKey(companyKey);
    return error;
}

QString lockedMessage(const QString &path)
{
    return DatabaseStartup::tr("the database %1 is locked by another program; close the other "
                               "irdash (or the program using it) and try again, or name another "
                               "file with --db; nothing was changed")
            .arg(path);
}

// A name beside `path` that is not taken, for a file kept aside or written beside it.
QString freeName(const QString &path, const QString &kind)
{
    const QString base = path + kind
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

// The application id in an SQLite file's header (bytes 68-71), readable even when the
// rest of the file is not.
bool headerSaysIrdash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 72 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return false;
    return qFromBigEndian<qint32>(header.constData() + 68) == Store::applicationId;
}

// Puts a file's data, or a folder's entries, on the disk before anything depends on it.
bool sync(const QString &path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          folder ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : companions)
        QFile::remove(path + QLatin1String(suffix));
}

bool openInMemory(Store &store, const Figures &keep, DatabaseStartup::Result &result)
{
    if (!store.open(memory)) {
        result.error = store.lastError();
        result.failure = store.lastFailure();
        return false;
    }
    QString error;
    if (!BundledDataset::ensureLoaded(store, &error)) {
        result.error = error;
        result.failure = Store::Failure::Other;
        return false;
    }
    if (!keep.isEmpty())
        storeFigures(store, keep);
    result.path = memory;
    result.ok = true;
    return true;
}

DatabaseStartup::Result refuse(Store &store, const QString &error, Store::Failure failure)
{
    store.close();
    DatabaseStartup::Result result;
    result.error = error;
    result.failure = failure;
    return result;
}

// The damaged file at `path`, whose readable user figures are `recovered`: a new database
// is written beside it and synced, and only then swapped in; the damaged one is kept.
DatabaseStartup::Result repair(Store &store, const QString &path, DatabaseStartup::Purpose purpose,
                               const QString &reason, const Figures &recovered)
{
    using Purpose = DatabaseStartup::Purpose;
    DatabaseStartup::Result result;
    store.close();
    const int count = static_cast<int>(StoreRecovery::count(recovered));
    if (purpose == Purpose::Read) {
        result.warnings.append(
                DatabaseStartup::tr("The database %1 is damaged (%2). It was left as it is; %n "
                                    "figure(s) you had imported could be read and are used here. "
                                    "Open irdash to repair it.",
                                    nullptr, count)
                        .arg(path, reason));
        openInMemory(store, recovered, result);
        return result;
    }

    const QString fresh = freeName(path, QStringLiteral(".recovered-"));
    Store::Failure failure = Store::Failure::None;
    QString why;
    {
        Store staging;
        QString error;
        bool written = staging.open(fresh, Store::Access::ReadWrite, true);
        if (!written) {
            failure = staging.lastFailure();
            why = staging.lastError();
        } else if (!BundledDataset::ensureLoaded(staging, &error)) {
            written = false;
            why = error;
        } else if (!recovered.isEmpty()) {
            why = storeFigures(staging, recovered);
            written = why.isEmpty();
        }
        if (written && staging.userFactCount() < count) {
            written = false;
            why = DatabaseStartup::tr("the new database holds fewer figures than were read");
        }
        if (!written && failure == Store::Failure::None)
            failure = staging.lastFailure();
        staging.close();
        if (written && !sync(fresh, false)) {
            written = false;
            why = DatabaseStartup::tr("it could not be synced to the disk");
        }
        if (!written) {
            removeWithCompanions(fresh);
            if (why.isEmpty())
                why = DatabaseStartup::tr("it could not be written");
        }
    }
    if (!why.isEmpty()) {
        const QString message = failure == Store::Failure::DiskFull
                ? DatabaseStartup::tr("The database %1 is damaged (%2), and the disk is full: no "
                                      "repaired copy could be written beside it. The damaged "
                                      "file was left in place, untouched; %n figure(s) you had "
                                      "imported could be read. Free some space and start again.",
                                      nullptr, count)
                          .arg(path, reason)
                : DatabaseStartup::tr("The database %1 is damaged (%2), and no repaired copy "
                                      "could be written beside it (%3). The damaged file was "
                                      "left in place, untouched; %n figure(s) you had imported "
                                      "could be read.",
                                      nullptr, count)
                          .arg(path, reason, why);
        if (purpose == Purpose::Import) {
            result.error = message;
            result.failure
                    = failure == Store::Failure::DiskFull ? failure : Store::Failure::Damaged;
            return result;
        }
        result.warnings.append(message + QLatin1Char(' ')
                               + DatabaseStartup::tr("irdash works in memory."));
        openInMemory(store, recovered, result);
        return result;
    }

    // The new database is complete and on the disk: now the swap, each step undone when the
    // next fails.
    const QString aside = freeName(path, QStringLiteral(".damaged-"));
    if (!QFile::rename(path, aside)) {
        removeWithCompanions(fresh);
        result.warnings.append(DatabaseStartup::tr("The database %1 is damaged (%2) and could not "
                                                   "be moved aside; it was left in place. irdash "
                                                   "works in memory.")
                                       .arg(path, reason));
        openInMemory(store, recovered, result);
        return result;
    }
    for (const char *suffix : companions) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    if (!QFile::rename(fresh, path)) {
        QFile::rename(aside, path);
        removeWithCompanions(fresh);
        result.warnings.append(DatabaseStartup::tr("The database %1 is damaged (%2); the repaired "
                                                   "copy could not take its place, so it was left "
                                                   "as it was. irdash works in memory.")
                                       .arg(path, reason));
        openInMemory(store, recovered, result);
        return result;
    }
    sync(QFileInfo(path).absolutePath(), true);
    result.warnings.append(DatabaseStartup::tr("The database %1 was damaged (%2). It was kept as "
                                               "%3 and a new one was made from the bundled "
                                               "dataset; %n figure(s) you had imported could be "
                                               "read back.",
                                               nullptr, count)
                                   .arg(path, reason, aside));
    if (!store.open(path)) {
        result.error = store.lastError();
        result.failure = store.lastFailure();
        return result;
    }
    result.path = path;
    result.ok = true;
    return result;
}

}  // namespace

DatabaseStartup::Result DatabaseStartup::open(Store &store, const QString &path, bool appOwned,
                                              bool memoryFallback)
{
    return open(store, path, appOwned, memoryFallback ? Purpose::Browse : Purpose::Import);
}

DatabaseStartup::Result DatabaseStartup::open(Store &store, const QString &path, bool appOwned,
                                              Purpose purpose)
{
    Result result;
    if (path == memory) {
        openInMemory(store, {}, result);
        return result;
    }

    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        if (!appOwned && !folder.isDir())
            return refuse(store,
                          tr("cannot open the database %1: the folder %2 does not exist")
                                  .arg(path, folder.filePath()),
                          Store::Failure::NoAccess);
        if (purpose == Purpose::Read) {
            // Nothing stored yet: the bundled dataset, and no file made by a command that
            // only reads.
            openInMemory(store, {}, result);
            return result;
        }
        if (appOwned)
            QDir().mkpath(folder.filePath());
        if (!store.open(path, Store::Access::ReadWrite, true)) {
            // Nothing half-made stays behind.
            const Store::Failure failure = store.lastFailure();
            const QString why = store.lastError();
            store.close();
            removeWithCompanions(path);
            if (purpose == Purpose::Import)
                return refuse(store, why, failure);
            result.warnings.append(
                    tr("%1. irdash works in memory; imports will not be kept.").arg(why));
            openInMemory(store, {}, result);
            return result;
        }
    } else {
        if (!info.isFile())
            return refuse(store, tr("%1 is not a file; expected an irdash database").arg(path),
                          Store::Failure::Foreign);
        if (info.size() == 0)
            return refuse(store,
                          tr("%1 is an empty file that irdash did not make; expected an irdash "
                             "database (remove the file to start a new one)")
                                  .arg(path),
                          Store::Failure::Foreign);
        const Store::Access access
                = purpose == Purpose::Read ? Store::Access::ReadOnly : Store::Access::ReadWrite;
        if (!store.open(path, access, false)) {
            const Store::Failure failure = store.lastFailure();
            const bool damage
                    = failure == Store::Failure::Damaged || failure == Store::Failure::NotDatabase;
            // Ours by where it lies, or by its own header.
            if (damage && (appOwned || headerSaysIrdash(path)))
                return repair(store, path, purpose, store.lastError(), {});
            QString why = store.lastError();
            if (failure == Store::Failure::Locked)
                why = lockedMessage(path);
            else if (failure == Store::Failure::NoAccess && !info.isReadable())
                why = tr("cannot open the database %1: permission denied (the file belongs to %2); "
                         "nothing was changed")
                              .arg(path, info.owner());
            return refuse(store, why, failure);
        }
        const QString check = store.integrityCheck();
        switch (store.lastFailure()) {
        case Store::Failure::None:
            break;
        case Store::Failure::Damaged:
        case Store::Failure::NotDatabase:
            return repair(store, path, purpose,
                          tr("the integrity check failed: %1").arg(check.left(300)),
                          userFacts(store));
        case Store::Failure::Locked:
            return refuse(store, lockedMessage(path), Store::Failure::Locked);
        default:
            return refuse(store, tr("cannot check the database %1: %2").arg(path, check),
                          store.lastFailure());
        }
        if (purpose == Purpose::Read) {
            if (BundledDataset::isCurrent(store)) {
                result.path = path;
                result.ok = true;
                return result;
            }
            // Made with an older bundled dataset: the newer one is read beside the user's
            // figures in memory; the file stays as it is until the window or an import opens it.
            const Figures kept = userFacts(store);
            store.close();
            openInMemory(store, kept, result);
            return result;
        }
        switch (store.writeAccess()) {
        case Store::WriteAccess::Writable:
            break;
        case Store::WriteAccess::Locked:
            return refuse(store, lockedMessage(path), Store::Failure::Locked);
        case Store::WriteAccess::ReadOnly: {
            const Figures kept = userFacts(store);
            if (purpose == Purpose::Import)
                return refuse(store, tr("the database %1 cannot be written").arg(path),
                              Store::Failure::ReadOnly);
            store.close();
            result.warnings.append(
                    tr("The database %1 cannot be written. irdash works on a copy in memory; "
                       "imports will not be kept.")
                            .arg(path));
            openInMemory(store, kept, result);
            return result;
        }
        }
    }
    QString error;
    if (!BundledDataset::ensureLoaded(store, &error))
        return refuse(store, error, store.lastFailure());
    result.path = path;
    result.ok = true;
    return result;
}
