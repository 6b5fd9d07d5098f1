#pragma once

#include "Basis.h"
#include "FiscalPeriod.h"
#include "Unit.h"

#include <QDate>
#include <QString>

// One figure with everything needed to trust it: period, metric, value as stated
// (with its number of decimals), unit, basis, source and announcement date.
struct Fact
{
    // Whether the figure came with the application or was imported by the user.
    enum class Origin {
        Bundled,
        User,
    };

    FiscalPeriod period;
    QString metric;
    double value = 0.0;
    int decimals = 0;  // decimals as stated: "22.00" has 2, "26441" has 0
    Unit unit = Unit::JpyMillion;
    Basis basis = Basis::Reported;
    QString source;
    QDate asOf;  // invalid when the source gave no date
    Origin origin = Origin::User;

    // The value as the interchange format writes it ("22.00", "-1982").
    QString valueText() const;
    QString asOfText() const;
    // Half a unit of the last stated digit; a derived figure adds up several rounded
    // figures, so it is given three times that (see docs/DATASET.md).
    double tolerance() const;
    double valueIn(Unit target) const;
    // Identity of a figure: (period, metric, basis, as_of).
    bool sameIdentity(const Fact &other) const;
    bool operator==(const Fact &other) const = default;

    static QString originCode(Origin origin);
};
