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

    // What the figure says of the quantity: exactly it, or (a target, mostly) a bound:
    // "over 10" (>10), "under 5" (<5), "985 to 1,005" (985~1005).
    enum class Bound {
        Exact,
        AtLeast,
        AtMost,
        Range,  // value is the lower end, upper the upper
    };

    FiscalPeriod period;
    QString metric;
    double value = 0.0;
    int decimals = 0;  // decimals as stated: "22.00" has 2, "26441" has 0
    Bound bound = Bound::Exact;
    double upper = 0.0;  // a Range's upper end, stated with the same decimals
    Unit unit = Unit::JpyMillion;
    Basis basis = Basis::Reported;
    QString source;
    QDate asOf;  // invalid when the source gave no date
    Origin origin = Origin::User;

    // The value as the interchange format writes it ("22.00", "-1982", ">10", "985~1005").
    QString valueText() const;
    // The bound as the database stores it: "", "over", "under", or "to 1005".
    QString boundText() const;
    // Sets bound and upper from boundText(); false for a text it never writes.
    bool setBoundText(const QString &text);
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
