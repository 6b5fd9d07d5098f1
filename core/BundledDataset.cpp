#include "BundledDataset.h"

#include "CompanyProfile.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>

namespace {

const QString checksumKey = QStringLiteral("bundled_dataset_sha256");

QByteArray bundledBytes()
{
    QFile file(BundledDataset::resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

}  // namespace

QString BundledDataset::resourcePath()
{
    return QStringLiteral(":/data/iij-1q13.csv");
}

QString BundledDataset::displayName()
{
    return CompanyProfile::bundled().datasetName.text();
}

DatasetReader::Result BundledDataset::read()
{
    const CompanyProfile::Scope bundled(CompanyProfile::bundled());
    return DatasetReader::read(bundledBytes(), QStringLiteral("iij-1q13.csv"),
                               Fact::Origin::Bundled);
}

bool BundledDataset::isCurrent(const Store &store)
{
    const QByteArray bytes = bundledBytes();
    return !bytes.isEmpty()
            && store.metaValue(checksumKey)
            == QString::fromLatin1(
                       QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool BundledDataset::isLoaded(const Store &store)
{
    return !store.metaValue(checksumKey).isEmpty();
}

bool BundledDataset::forget(Store &store)
{
    // No checksum: ensureLoaded finds it differs from this build's; isLoaded stays true.
    return store.setMetaValue(checksumKey, QStringLiteral("stale"));
}

bool BundledDataset::ensureLoaded(Store &store, QString *error)
{
    const QByteArray bytes = bundledBytes();
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("the bundled dataset %1 is missing from the application")
                             .arg(resourcePath());
        return false;
    }
    const QString checksum = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (store.metaValue(checksumKey) == checksum)
        return true;
    // The bundled company's figures, read by its profile, whichever company is on screen.
    const CompanyProfile::Scope bundled(CompanyProfile::bundled());
    const QString companyKey = store.companyKeySetting();
    store.setCompanyKey(CompanyProfile::bundled().key);
    const auto restoreCompany = qScopeGuard([&] { store.setCompanyKey(companyKey); });
    const DatasetReader::Result result
            = DatasetReader::read(bytes, QStringLiteral("iij-1q13.csv"), Fact::Origin::Bundled);
    if (!result.ok()) {
        if (error)
            *error = result.errors.first().toString();
        return false;
    }
    // A newer bundled dataset corrects what came bundled; what the user imported stays.
    const Store::ImportReport report
            = store.importFacts(result.facts, Store::ConflictPolicy::ReplaceBundled);
    if (!report.ok) {
        if (error)
            *error = report.error;
        return false;
    }
    store.setMetaValue(checksumKey, checksum);
    return true;
}
