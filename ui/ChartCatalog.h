#pragma once

#include "FiscalPeriod.h"
#include "Table.h"
#include "charts/ChartBuilder.h"

#include <QStringList>

#include <memory>

class Queries;

// The charts irdash draws, by the names the command line and file names use, with the
// query that feeds each: the window and the export ask here, so they draw the same.
namespace ChartCatalog {

// revenue-mix, gross-margin, cloud-revenue, headcount, targets
QStringList names();
// Those the active company's profile gives something to draw.
QStringList availableNames();
std::unique_ptr<ChartBuilder> builder(const QString &name);
// The Table a chart shows for a quarter, a span of quarters (0: all) and a view.
Table table(const Queries &queries, const QString &name, const FiscalPeriod &quarter, int window,
            int variant);

}  // namespace ChartCatalog
