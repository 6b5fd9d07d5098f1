#pragma once

#include "ChartBuilder.h"

// Stacked bars of revenues per quarter, by segment, in detail, or recurring vs one-time.
class RevenueMixChart final : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RevenueMixChart)

public:
    QString name() const override { return QStringLiteral("revenue-mix"); }
    QString displayName() const override { return tr("Revenue mix"); }
    WorkbookChart workbookChart(const Table &table, const ChartOptions &options) const override;
    QStringList variantNames() const override;
    bool hasVariant(int variant) const override;
    QStringList variantCodes() const override
    {
        return {QStringLiteral("segments"), QStringLiteral("detailed"),
                QStringLiteral("recurring")};
    }

protected:
    void populate(QChart *chart, const Table &table, const ChartOptions &options) const override;
};
