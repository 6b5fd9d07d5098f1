#pragma once

#include "Unit.h"

#include <QString>

// One entry of the metric catalogue. A stated change of a metric uses the base key
// with a suffix (see MetricCatalogue); that is a variant of the same definition.
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

    QString key;  // the full key, suffix included
    QString baseKey;  // the catalogue key it is a variant of
    Variant variant = Variant::Level;
    Dimension dimension = Dimension::Money;
    Group group = Group::Revenue;
    const char *englishName = nullptr;  // untranslated; QT_TRANSLATE_NOOP("Metric", ...)

    // Translated display name, e.g. "Network services, YoY change".
    QString displayName() const;
    bool isChange() const { return variant != Variant::Level; }
};
