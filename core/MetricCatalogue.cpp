#include "MetricCatalogue.h"

#include "CompanyProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <array>
#include <atomic>
#include <memory>

namespace {

using Group = MetricDefinition::Group;
using Variant = MetricDefinition::Variant;

constexpr std::array variants
        = {Variant::YoyChange, Variant::QoqChange, Variant::YoyPercent, Variant::QoqPercent};

using Index = QHash<QString, MetricDefinition>;

std::shared_ptr<const Index> build(const CompanyProfile &profile)
{
    auto result = std::make_shared<Index>();
    for (const MetricDefinition &base : profile.metrics) {
        result->insert(base.key, base);
        for (Variant variant : variants) {
            MetricDefinition changed = base;
            changed.variant = variant;
            changed.key = MetricCatalogue::variantKey(base.key, variant);
            if (variant == Variant::YoyPercent || variant == Variant::QoqPercent)
                changed.dimension = Dimension::Percent;
            result->insert(changed.key, changed);
        }
    }
    return result;
}

// The active company's index; every one built stays, so a reference into one stays valid.
QMutex indexLock;
QList<std::shared_ptr<const Index>> built;
std::atomic<const Index *> current {nullptr};

const Index &index()
{
    if (const Index *table = current.load(std::memory_order_acquire))
        return *table;
    MetricCatalogue::rebuild();
    return *current.load(std::memory_order_acquire);
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
    return CompanyProfile::active().metrics;
}

void rebuild()
{
    QMutexLocker locker(&indexLock);
    auto table = build(CompanyProfile::active());
    built.append(table);
    current.store(table.get(), std::memory_order_release);
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
