#include "ConsistencyFinding.h"

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
