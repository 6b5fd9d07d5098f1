#pragma once

#include "ConsistencyFinding.h"
#include "FactIndex.h"

#include <QCoreApplication>
#include <QList>

// Compares every stated figure the dataset can recompute from others: segments vs
// totals, quarters vs the full year, ratios vs their parts, stated changes vs the
// figures they compare. A mismatch is explained by rounding when the stated figure,
// widened by half its last digit, meets the range the recomputation can take when
// every input is widened the same way.
class ConsistencyCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyCheck)

public:
    struct Report
    {
        int comparisons = 0;
        QList<ConsistencyFinding> mismatches;

        int explainedCount() const;
        // The text `irdash check` prints.
        QString toText() const;
    };

    static Report run(const FactIndex &facts);
    // The comparison of one stated change (a `_yoy_pct` fact, say) alone: no comparison
    // when the figures it compares are missing, else one, with its mismatch if any.
    static Report checkStatedChange(const FactIndex &facts, const Fact &statedChange);
};
