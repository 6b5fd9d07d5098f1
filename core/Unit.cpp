#include "Unit.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

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
    case Unit::UsdThousand:
        return QStringLiteral("USD_thousand");
    case Unit::UsdMillion:
        return QStringLiteral("USD_million");
    case Unit::UsdBillion:
        return QStringLiteral("USD_billion");
    case Unit::Usd:
        return QStringLiteral("USD");
    }
    return {};
}

namespace {

    constexpr Unit everyUnit[]
            = {Unit::JpyMillion,  Unit::JpyBillion, Unit::Jpy,        Unit::Percent, Unit::Count,
               Unit::UsdThousand, Unit::UsdMillion, Unit::UsdBillion, Unit::Usd};

    std::atomic<Currency> activeCurrency {Currency::Jpy};

}  // namespace

QStringList allCodes()
{
    QStringList codes;
    for (Unit unit : everyUnit)
        codes.append(code(unit));
    return codes;
}

std::optional<Unit> fromCode(const QString &text)
{
    for (Unit unit : everyUnit) {
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
    case Unit::UsdThousand:
    case Unit::UsdMillion:
    case Unit::UsdBillion:
        return Dimension::Money;
    case Unit::Jpy:
    case Unit::Usd:
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
    const Currency currency = currencyOf(unit);
    return dimensionOf(unit) == dimension
            && (currency == Currency::None || currency == reportingCurrency());
}

namespace {

    // Millions in one unit of a money unit; 0 for the rest.
    double millionsIn(Unit unit)
    {
        switch (unit) {
        case Unit::JpyMillion:
        case Unit::UsdMillion:
            return 1.0;
        case Unit::JpyBillion:
        case Unit::UsdBillion:
            return 1000.0;
        case Unit::UsdThousand:
            return 0.001;
        default:
            return 0.0;
        }
    }

}  // namespace

double conversionFactor(Unit from, Unit to)
{
    // Scales of one currency only: yen never turn into dollars.
    if (from == to || currencyOf(from) != currencyOf(to))
        return 1.0;
    const double fromMillions = millionsIn(from);
    const double toMillions = millionsIn(to);
    if (fromMillions == 0.0 || toMillions == 0.0)
        return 1.0;
    return fromMillions / toMillions;
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
    case Unit::UsdThousand:
        return QCoreApplication::translate("Unit", "USD thousand");
    case Unit::UsdMillion:
        return QCoreApplication::translate("Unit", "USD million");
    case Unit::UsdBillion:
        return QCoreApplication::translate("Unit", "USD billion");
    case Unit::Usd:
        return QCoreApplication::translate("Unit", "USD");
    }
    return {};
}

Currency currencyOf(Unit unit)
{
    switch (unit) {
    case Unit::JpyMillion:
    case Unit::JpyBillion:
    case Unit::Jpy:
        return Currency::Jpy;
    case Unit::UsdThousand:
    case Unit::UsdMillion:
    case Unit::UsdBillion:
    case Unit::Usd:
        return Currency::Usd;
    case Unit::Percent:
    case Unit::Count:
        return Currency::None;
    }
    return Currency::None;
}

QString currencyCode(Currency currency)
{
    switch (currency) {
    case Currency::Jpy:
        return QStringLiteral("JPY");
    case Currency::Usd:
        return QStringLiteral("USD");
    case Currency::None:
        break;
    }
    return {};
}

std::optional<Currency> currencyFromCode(const QString &text)
{
    for (Currency currency : {Currency::Jpy, Currency::Usd}) {
        if (currencyCode(currency) == text)
            return currency;
    }
    return std::nullopt;
}

Unit baseOf(Unit unit)
{
    switch (unit) {
    case Unit::JpyBillion:
        return Unit::JpyMillion;
    case Unit::UsdThousand:
    case Unit::UsdBillion:
        return Unit::UsdMillion;
    default:
        return unit;
    }
}

Currency reportingCurrency()
{
    return activeCurrency.load(std::memory_order_relaxed);
}

void setReportingCurrency(Currency currency)
{
    activeCurrency.store(currency, std::memory_order_relaxed);
}

Unit money()
{
    return reportingCurrency() == Currency::Usd ? Unit::UsdMillion : Unit::JpyMillion;
}

Unit largeMoney()
{
    return reportingCurrency() == Currency::Usd ? Unit::UsdBillion : Unit::JpyBillion;
}

Unit perShare()
{
    return reportingCurrency() == Currency::Usd ? Unit::Usd : Unit::Jpy;
}

}  // namespace Units
