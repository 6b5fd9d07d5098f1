#include "ChartCatalog.h"

#include "Queries.h"
#include "charts/CloudRevenueChart.h"
#include "charts/GrossMarginChart.h"
#include "charts/HeadcountChart.h"
#include "charts/RevenueMixChart.h"
#include "charts/TargetsChart.h"

namespace ChartCatalog {

QStringList names()
{
    return {QStringLiteral("revenue-mix"), QStringLiteral("gross-margin"),
            QStringLiteral("cloud-revenue"), QStringLiteral("headcount"),
            QStringLiteral("targets")};
}

QStringList availableNames()
{
    QStringList available;
    for (const QString &name : names()) {
        if (builder(name)->isAvailable())
            available.append(name);
    }
    return available;
}

std::unique_ptr<ChartBuilder> builder(const QString &name)
{
    if (name == QLatin1String("revenue-mix"))
        return std::make_unique<RevenueMixChart>();
    if (name == QLatin1String("gross-margin"))
        return std::make_unique<GrossMarginChart>();
    if (name == QLatin1String("cloud-revenue"))
        return std::make_unique<CloudRevenueChart>();
    if (name == QLatin1String("headcount"))
        return std::make_unique<HeadcountChart>();
    if (name == QLatin1String("targets"))
        return std::make_unique<TargetsChart>();
    return nullptr;
}

Table table(const Queries &queries, const QString &name, const FiscalPeriod &quarter, int window,
            int variant)
{
    if (name == QLatin1String("revenue-mix"))
        return queries.revenueMix(quarter, window,
                                  static_cast<Queries::RevenueMix>(std::clamp(variant, 0, 2)));
    if (name == QLatin1String("gross-margin"))
        return variant == GrossMarginChart::Amounts ? queries.grossMarginAmounts(quarter, window)
                                                    : queries.grossMarginRatios(quarter, window);
    if (name == QLatin1String("cloud-revenue"))
        // Three fiscal years, as the deck's cloud page; every year with the span "All".
        return queries.cloudRevenue(quarter, window == 0 ? 0 : 3);
    if (name == QLatin1String("headcount"))
        return queries.headcount(quarter, window);
    if (name == QLatin1String("targets")) {
        const int year = quarter.fiscalYear();
        return queries.actualVersusTarget(FiscalPeriod::year(year - 1), FiscalPeriod::year(year));
    }
    return {};
}

}  // namespace ChartCatalog
