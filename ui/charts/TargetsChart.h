#pragma once

#include "ChartBuilder.h"

// This year's targets against last year's actuals as one picture on one scale: per
// metric, a horizontal bar of the change the target in force asks for (in %), with the
// actual and the target written beside it. Revenues, income and per-share figures
// differ by orders of magnitude; their changes do not, so no metric needs an axis of
// its own and every bar reads against the same zero.
class TargetsChart final : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TargetsChart)

public:
    QString name() const override { return QStringLiteral("targets"); }
    QString displayName() const override { return tr("Targets"); }
    WorkbookChart workbookChart(const Table &table, const ChartOptions &options) const override;

protected:
    void populate(QChart *chart, const Table &table, const ChartOptions &options) const override;
    bool highlightsCategories() const override { return false; }
    bool draws(const TableSeries &series, const ChartOptions &options) const override;
};
