#pragma once

#include "ChartBuilder.h"

// One target's revisions over time as a step line on a date axis: each announcement a
// point labelled with its value and date, the line held level until the next one and
// on to the date the view stands at.
class TargetHistoryChart final : public ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TargetHistoryChart)

public:
    QString name() const override { return QStringLiteral("target-history"); }
    QString displayName() const override { return tr("Target history"); }

protected:
    void populate(QChart *chart, const Table &table, const ChartOptions &options) const override;
    bool highlightsCategories() const override { return false; }
};
