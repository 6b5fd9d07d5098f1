#pragma once

#include "ConsistencyFinding.h"
#include "FactIndex.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

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
        int unexplainedCount() const { return int(mismatches.size()) - explainedCount(); }
        // The mismatches about one stated figure (ConsistencyFinding::figureKey()), as
        // indices into `mismatches`, in the report's order.
        QList<int> findingsAbout(const QString &figureKey) const;
        // The text `irdash check` prints.
        QString toText() const;
    };

    // One line for a reader: what was compared, the two figures at the locale's format,
    // and whether rounding explains the difference.
    static QString summary(const ConsistencyFinding &finding, const QLocale &locale = QLocale());

    static Report run(const FactIndex &facts);
    // The comparisons of run() whose stated figure is `figure` (a fact of `facts`): what
    // run() finds about it, without checking the rest.
    static Report checkFigure(const FactIndex &facts, const Fact &figure);
    // The comparison of one stated change (a `_yoy_pct` fact, say) alone: no comparison
    // when the figures it compares are missing, else one, with its mismatch if any.
    static Report checkStatedChange(const FactIndex &facts, const Fact &statedChange);
};
