#pragma once

#include "CompanyProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class Store;

// Which company a command or the window shows, among those a database holds: each is
// described by the profile stored with it.
class CompanyChoice final
{
    Q_DECLARE_TR_FUNCTIONS(CompanyChoice)

public:
    struct Result
    {
        QString error;  // empty when found
        std::optional<CompanyProfile> profile;
        bool ok() const { return profile.has_value(); }
    };

    // The company `key` names, as the store holds it; an empty key is the bundled company.
    // An unknown key is an error that lists the keys there are.
    static Result find(const Store &store, const QString &key);
    // The keys of the companies with figures in the store, in the order they came.
    static QStringList keys(const Store &store);
    // Finds and activates the company (CompanyProfile::activate); the error, or nothing.
    static QString activate(const Store &store, const QString &key);
};
