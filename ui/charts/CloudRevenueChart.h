#pragma once

#include "ChartBuilder.h"

// Cloud revenues of each fiscal year side by side: 1Q, 4Q and the full year, with the
// full-year target drawn as a target.
class CloudRevenueChart final : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CloudRevenueChart)

public:
    QString name() const override { return QStringLiteral("cloud-revenue"); }
    // The profile's name of the page ("Cloud revenue" for IIJ).
    QString displayName() const override;
    WorkbookChart workbookChart(const Table &table, const ChartOptions &options) const override;
    bool hasVariant(int variant) const override;

protected:
    void populate(QChart *chart, const Table &table, const ChartOptions &options) const override;
    bool highlightsCategories() const override { return false; }
};
