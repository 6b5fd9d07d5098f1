#pragma once

#include "MetricDefinition.h"

#include <QList>
#include <QString>

#include <optional>

// Every metric the dataset may name. Keys are snake_case; a stated change of a
// metric is the base key with one of the suffixes _yoy_change, _qoq_change (same
// dimension as the base; percentage points for a percent metric), _yoy_pct or
// _qoq_pct (percent).
namespace MetricCatalogue {

std::optional<MetricDefinition> find(const QString &key);
// The base metrics, in catalogue order (the order of docs/METRICS.md).
QList<MetricDefinition> baseMetrics();
QString groupCode(MetricDefinition::Group group);
QString variantSuffix(MetricDefinition::Variant variant);
// Full key of a variant of a base metric, e.g. ("sales", YoyPercent) -> "sales_yoy_pct".
QString variantKey(const QString &baseKey, MetricDefinition::Variant variant);
// Builds the catalogue anew from the active company's profile (CompanyProfile::activate).
void rebuild();
// Translated display name of any key the catalogue knows; the key itself otherwise.
QString displayName(const QString &key);

}  // namespace MetricCatalogue
