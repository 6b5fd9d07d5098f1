#pragma once

#include "ChartBuilder.h"

// Last year's actuals beside this year's targets, per metric, as grouped bars: revenues,
// income and per-share figures each on an axis of their own so every scale stays
// readable; targets drawn as targets.
class TargetsChart final : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TargetsChart)

public:
    QString name() const override { return QStringLiteral("targets"); }

protected:
    void populate(QChart *chart, const Table &table, const ChartOptions &options) const override;
    bool highlightsCategories() const override { return false; }
    bool draws(const TableSeries &series, const ChartOptions &options) const override;
};
