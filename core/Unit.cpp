#include "Unit.h"

#include <QCoreApplication>
#include <QStringList>

namespace Units {

QString code(Unit unit)
{
    switch (unit) {
    case Unit::JpyMillion:
        return QStringLiteral("JPY_million");
    case Unit::JpyBillion:
        return QStringLiteral("JPY_billion");
    case Unit::Jpy:
        return QStringLiteral("JPY");
    case Unit::Percent:
        return QStringLiteral("percent");
    case Unit::Count:
        return QStringLiteral("count");
    }
    return {};
}

QStringList allCodes()
{
    return {code(Unit::JpyMillion), code(Unit::JpyBillion), code(Unit::Jpy), code(Unit::Percent),
            code(Unit::Count)};
}

std::optional<Unit> fromCode(const QString &text)
{
    for (Unit unit : {Unit::JpyMillion, Unit::JpyBillion, Unit::Jpy, Unit::Percent, Unit::Count}) {
        if (code(unit) == text)
            return unit;
    }
    return std::nullopt;
}

Dimension dimensionOf(Unit unit)
{
    switch (unit) {
    case Unit::JpyMillion:
    case Unit::JpyBillion:
        return Dimension::Money;
    case Unit::Jpy:
        return Dimension::PerShare;
    case Unit::Percent:
        return Dimension::Percent;
    case Unit::Count:
        return Dimension::Count;
    }
    return Dimension::Count;
}

QString dimensionCode(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Money:
        return QStringLiteral("money");
    case Dimension::PerShare:
        return QStringLiteral("per_share");
    case Dimension::Percent:
        return QStringLiteral("percent");
    case Dimension::Count:
        return QStringLiteral("count");
    }
    return {};
}

std::optional<Dimension> dimensionFromCode(const QString &text)
{
    for (Dimension d :
         {Dimension::Money, Dimension::PerShare, Dimension::Percent, Dimension::Count}) {
        if (dimensionCode(d) == text)
            return d;
    }
    return std::nullopt;
}

bool isCompatible(Unit unit, Dimension dimension)
{
    return dimensionOf(unit) == dimension;
}

double conversionFactor(Unit from, Unit to)
{
    if (from == to)
        return 1.0;
    if (from == Unit::JpyBillion && to == Unit::JpyMillion)
        return 1000.0;
    if (from == Unit::JpyMillion && to == Unit::JpyBillion)
        return 0.001;
    return 1.0;
}

QString displayName(Unit unit)
{
    switch (unit) {
    case Unit::JpyMillion:
        return QCoreApplication::translate("Unit", "JPY million");
    case Unit::JpyBillion:
        return QCoreApplication::translate("Unit", "JPY billion");
    case Unit::Jpy:
        return QCoreApplication::translate("Unit", "JPY");
    case Unit::Percent:
        return QCoreApplication::translate("Unit", "%");
    case Unit::Count:
        return QCoreApplication::translate("Unit", "count");
    }
    return {};
}

}  // namespace Units
