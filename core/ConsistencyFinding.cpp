#include "ConsistencyFinding.h"

#include <algorithm>

double ConsistencyFinding::gap() const
{
    return std::max({0.0, (stated - statedTolerance) - high, low - (stated + statedTolerance)});
}

QString ConsistencyFinding::figureKey() const
{
    return figureKey(periodCode, metric, basis, asOf);
}

QString ConsistencyFinding::figureKey(const QString &periodCode, const QString &metric, Basis basis,
                                      const QDate &asOf)
{
    return periodCode + QLatin1Char('|') + metric + QLatin1Char('|') + Bases::code(basis)
            + QLatin1Char('|') + asOf.toString(Qt::ISODate);
}

QString ConsistencyFinding::ruleCode(Rule rule)
{
    switch (rule) {
    case Rule::PartsVsTotal:
        return QStringLiteral("parts");
    case Rule::PeriodsVsTotal:
        return QStringLiteral("periods");
    case Rule::RatioVsParts:
        return QStringLiteral("ratio");
    case Rule::StatedChange:
        return QStringLiteral("change");
    }
    return {};
}
