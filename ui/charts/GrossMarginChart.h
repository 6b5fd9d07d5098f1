#pragma once

#include "ChartBuilder.h"

// Gross margin ratios per quarter as lines on a percent axis (total, network services,
// systems integration), or the gross margin amounts by segment as stacked bars.
class GrossMarginChart final : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(GrossMarginChart)

public:
    enum Variant {
        Ratios = 0,
        Amounts = 1,
    };

    QString name() const override { return QStringLiteral("gross-margin"); }
    QString displayName() const override { return tr("Gross margin"); }
    WorkbookChart workbookChart(const Table &table, const ChartOptions &options) const override;
    QStringList variantNames() const override;
    bool hasVariant(int variant) const override;
    QStringList variantCodes() const override
    {
        return {QStringLiteral("ratios"), QStringLiteral("amounts")};
    }

protected:
    void populate(QChart *chart, const Table &table, const ChartOptions &options) const override;
};
