#include "CompanyChoice.h"

#include "Store.h"

CompanyChoice::Result CompanyChoice::find(const Store &store, const QString &key)
{
    Result result;
    const QString wanted = key.isEmpty() ? CompanyProfile::bundled().key : key;
    if (wanted == CompanyProfile::bundled().key) {
        // The bundled company is read by this build's profile: a database keeps the
        // profile it came with, a newer build brings a newer one.
        result.profile = CompanyProfile::bundled();
        return result;
    }
    const QList<Store::Company> companies = store.companies();
    for (const Store::Company &company : companies) {
        if (company.key != wanted)
            continue;
        const CompanyProfile::Result read = CompanyProfile::read(company.profile, company.key);
        if (!read.ok()) {
            result.error = tr("the profile stored for the company %1 cannot be read: %2")
                                   .arg(company.key, read.errors.first().toString());
            return result;
        }
        result.profile = *read.profile;
        return result;
    }
    result.error = tr("the database holds no company '%1'; it holds %2")
                           .arg(wanted, keys(store).join(QStringLiteral(", ")));
    return result;
}

QStringList CompanyChoice::keys(const Store &store)
{
    QStringList keys;
    for (const Store::Company &company : store.companies())
        keys.append(company.key);
    if (!keys.contains(CompanyProfile::bundled().key))
        keys.prepend(CompanyProfile::bundled().key);
    return keys;
}

QString CompanyChoice::activate(const Store &store, const QString &key)
{
    const Result result = find(store, key);
    if (!result.ok())
        return result.error;
    CompanyProfile::activate(*result.profile);
    return {};
}
