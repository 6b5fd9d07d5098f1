#include "Fact.h"

#include <cmath>

QString Fact::valueText() const
{
    const QString number = QString::number(value, 'f', decimals);
    switch (bound) {
    case Bound::Exact:
        return number;
    case Bound::AtLeast:
        return QLatin1Char('>') + number;
    case Bound::AtMost:
        return QLatin1Char('<') + number;
    case Bound::Range:
        return number + QLatin1Char('~') + QString::number(upper, 'f', decimals);
    }
    return number;
}

QString Fact::boundText() const
{
    switch (bound) {
    case Bound::Exact:
        return {};
    case Bound::AtLeast:
        return QStringLiteral("over");
    case Bound::AtMost:
        return QStringLiteral("under");
    case Bound::Range:
        return QStringLiteral("to ") + QString::number(upper, 'f', decimals);
    }
    return {};
}

bool Fact::setBoundText(const QString &text)
{
    upper = 0.0;
    if (text.isEmpty()) {
        bound = Bound::Exact;
        return true;
    }
    if (text == QLatin1String("over")) {
        bound = Bound::AtLeast;
        return true;
    }
    if (text == QLatin1String("under")) {
        bound = Bound::AtMost;
        return true;
    }
    if (text.startsWith(QLatin1String("to "))) {
        bool ok = false;
        upper = text.mid(3).toDouble(&ok);
        bound = ok ? Bound::Range : Bound::Exact;
        return ok;
    }
    bound = Bound::Exact;
    return false;
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
