#include "MetricCatalogue.h"

#include "CompanyProfile.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace {

using Group = MetricDefinition::Group;
using Variant = MetricDefinition::Variant;

constexpr std::array variants
        = {Variant::YoyChange, Variant::QoqChange, Variant::YoyPercent, Variant::QoqPercent};

const QHash<QString, MetricDefinition> &index()
{
    static const QHash<QString, MetricDefinition> table = [] {
        QHash<QString, MetricDefinition> result;
        for (const MetricDefinition &base : CompanyProfile::bundled().metrics) {
            result.insert(base.key, base);
            for (Variant variant : variants) {
                MetricDefinition changed = base;
                changed.variant = variant;
                changed.key = MetricCatalogue::variantKey(base.key, variant);
                if (variant == Variant::YoyPercent || variant == Variant::QoqPercent)
                    changed.dimension = Dimension::Percent;
                result.insert(changed.key, changed);
            }
        }
        return result;
    }();
    return table;
}

}  // namespace

namespace MetricCatalogue {

std::optional<MetricDefinition> find(const QString &key)
{
    const auto &table = index();
    const auto it = table.constFind(key);
    if (it == table.cend())
        return std::nullopt;
    return *it;
}

QList<MetricDefinition> baseMetrics()
{
    return CompanyProfile::bundled().metrics;
}

QString groupCode(MetricDefinition::Group group)
{
    switch (group) {
    case Group::Revenue:
        return QStringLiteral("revenue");
    case Group::Cost:
        return QStringLiteral("cost");
    case Group::GrossMargin:
        return QStringLiteral("gross_margin");
    case Group::Profit:
        return QStringLiteral("profit");
    case Group::PerShare:
        return QStringLiteral("per_share");
    case Group::Personnel:
        return QStringLiteral("personnel");
    case Group::Cloud:
        return QStringLiteral("cloud");
    case Group::Operations:
        return QStringLiteral("operations");
    case Group::BalanceSheet:
        return QStringLiteral("balance_sheet");
    case Group::CashFlow:
        return QStringLiteral("cash_flow");
    }
    return {};
}

QString variantSuffix(MetricDefinition::Variant variant)
{
    switch (variant) {
    case Variant::Level:
        return {};
    case Variant::YoyChange:
        return QStringLiteral("_yoy_change");
    case Variant::QoqChange:
        return QStringLiteral("_qoq_change");
    case Variant::YoyPercent:
        return QStringLiteral("_yoy_pct");
    case Variant::QoqPercent:
        return QStringLiteral("_qoq_pct");
    }
    return {};
}

QString variantKey(const QString &baseKey, MetricDefinition::Variant variant)
{
    return baseKey + variantSuffix(variant);
}

QString displayName(const QString &key)
{
    const auto definition = find(key);
    return definition ? definition->displayName() : key;
}

}  // namespace MetricCatalogue
