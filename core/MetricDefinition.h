#pragma once

#include "LocalizedText.h"
#include "Unit.h"

#include <QList>
#include <QString>
#include <QStringList>

// One entry of the metric catalogue, as the dataset's profile defines it. A stated change
// of a metric uses the base key with a suffix (see MetricCatalogue); that is a variant of
// the same definition.
struct MetricDefinition
{
    enum class Group {
        Revenue,
        Cost,
        GrossMargin,
        Profit,
        PerShare,
        Personnel,
        Cloud,
        Operations,
        BalanceSheet,
        CashFlow,
    };

    enum class Variant {
        Level,
        YoyChange,
        QoqChange,
        YoyPercent,
        QoqPercent,
    };

    enum class Aggregation {
        Flow,  // adds up over time: a year is its quarters' sum (revenues, income)
        Stock,  // stands at a date: headcount, a balance, a ratio
    };

    QString key;  // the full key, suffix included
    QString baseKey;  // the catalogue key it is a variant of
    Variant variant = Variant::Level;
    Dimension dimension = Dimension::Money;
    Group group = Group::Revenue;
    Aggregation aggregation = Aggregation::Stock;
    // A ratio (in %) of two other metrics, where the profile defines one: what the ratio
    // is computed from when it is not stated, and what a stated one is checked against.
    QString numerator;
    QString denominator;
    // Ways the metric is the sum of others (segments adding up to a total; revenues as
    // cost plus gross margin), each checked against the figures.
    QList<QStringList> parts;
    LocalizedText name;  // the base metric's name, from the profile
    QString description;  // what the figure is, in English

    // The name in the UI language, e.g. "Network services, YoY change".
    QString displayName() const;
    bool isChange() const { return variant != Variant::Level; }
    bool isRatio() const { return !numerator.isEmpty() && !isChange(); }
    // Whether a quarter follows from cumulative figures (2Q = 1H - 1Q) and a year is the
    // sum of its quarters: an amount of money that flows, not a change of one.
    bool addsUpOverTime() const
    {
        return aggregation == Aggregation::Flow && dimension == Dimension::Money && !isChange();
    }
};
