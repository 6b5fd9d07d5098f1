#pragma once

#include <QString>

#include <optional>

// The units a figure can be stated in, as the interchange format spells them.
enum class Unit {
    JpyMillion,
    JpyBillion,
    Jpy,
    Percent,
    Count,
    UsdThousand,
    UsdMillion,
    UsdBillion,
    Usd,
};

// The currencies a company may report in (its profile's company.currency).
enum class Currency {
    None,  // percent, count
    Jpy,
    Usd,
};

// What a unit measures; a metric accepts every unit of its dimension.
enum class Dimension {
    Money,
    PerShare,
    Percent,
    Count,
};

namespace Units {

QString code(Unit unit);
std::optional<Unit> fromCode(const QString &code);
QStringList allCodes();
Dimension dimensionOf(Unit unit);
QString dimensionCode(Dimension dimension);
std::optional<Dimension> dimensionFromCode(const QString &code);
bool isCompatible(Unit unit, Dimension dimension);
// Factor that converts a value in `from` to `to`; both must share a dimension.
double conversionFactor(Unit from, Unit to);
// Short translated unit label for axes and tables, e.g. "JPY million".
QString displayName(Unit unit);

Currency currencyOf(Unit unit);
QString currencyCode(Currency currency);  // "JPY"
std::optional<Currency> currencyFromCode(const QString &code);
// The unit of the same currency and dimension that sums and comparisons are made in:
// millions for money (a figure in billions or thousands is converted), itself otherwise.
Unit baseOf(Unit unit);
// The active company's currency (CompanyProfile::activate sets it; yen until then) and
// its units: money in millions, in billions, and per share.
Currency reportingCurrency();
void setReportingCurrency(Currency currency);
Unit money();
Unit largeMoney();
Unit perShare();

}  // namespace Units
