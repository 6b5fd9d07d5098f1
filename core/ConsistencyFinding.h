#pragma once

#include "Unit.h"

#include <QString>

// One comparison of a stated figure with the same figure recomputed from others,
// where the two disagree at the stated precision.
struct ConsistencyFinding
{
    enum class Rule {
        PartsVsTotal,  // segments vs their total, revenue = cost + margin, ...
        PeriodsVsTotal,  // quarters vs half, nine months, full year
        RatioVsParts,  // a stated ratio vs numerator / denominator
        StatedChange,  // a stated YoY/QoQ change vs the figures it compares
    };

    Rule rule = Rule::PartsVsTotal;
    QString periodCode;
    QString metric;  // the stated figure's key
    QString description;  // what was compared, in words and figures
    Unit unit = Unit::JpyMillion;
    double stated = 0.0;
    int statedDecimals = 0;
    double recomputed = 0.0;
    double low = 0.0;  // the range the recomputed figure can take given the
    double high = 0.0;  // rounding of every input
    double statedTolerance = 0.0;
    bool explainedByRounding = false;

    double difference() const { return stated - recomputed; }
    static QString ruleCode(Rule rule);
};
