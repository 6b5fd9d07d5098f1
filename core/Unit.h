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

}  // namespace Units
