#include "Fact.h"

#include <cmath>

QString Fact::valueText() const
{
    return QString::number(value, 'f', decimals);
}

QString Fact::asOfText() const
{
    return asOf.isValid() ? asOf.toString(Qt::ISODate) : QString();
}

double Fact::tolerance() const
{
    const double halfDigit = 0.5 * std::pow(10.0, -decimals);
    return basis == Basis::Derived ? 3.0 * halfDigit : halfDigit;
}

double Fact::valueIn(Unit target) const
{
    return value * Units::conversionFactor(unit, target);
}

bool Fact::sameIdentity(const Fact &other) const
{
    return period == other.period && metric == other.metric && basis == other.basis
            && asOf == other.asOf;
}

QString Fact::originCode(Origin origin)
{
    return origin == Origin::Bundled ? QStringLiteral("bundled") : QStringLiteral("user");
}
