#pragma once

#include "ChartBuilder.h"

// Personnel-related costs per quarter as bars with their ratio to revenues as a line on
// a second axis; or the people: outsourcing personnel, new graduates and employees.
class HeadcountChart final : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(HeadcountChart)

public:
    enum Variant {
        Costs = 0,
        People = 1,
    };

    QString name() const override { return QStringLiteral("headcount"); }
    QString displayName() const override { return tr("Personnel"); }
    WorkbookChart workbookChart(const Table &table, const ChartOptions &options) const override;
    QStringList variantNames() const override;
    bool hasVariant(int variant) const override;
    QStringList variantCodes() const override
    {
        return {QStringLiteral("costs"), QStringLiteral("people")};
    }

protected:
    void populate(QChart *chart, const Table &table, const ChartOptions &options) const override;
    bool draws(const TableSeries &series, const ChartOptions &options) const override;
};
