#pragma once

#include "FactIndex.h"
#include "Table.h"

#include <QCoreApplication>
#include <QList>

class Store;

// The questions every view asks of the database, each answered as a Table.
// Labels are translated when a table is built, so after a language switch the
// caller asks again.
class Queries final
{
    Q_DECLARE_TR_FUNCTIONS(Queries)

public:
    enum class RevenueMix {
        Segments,  // network services, SI, equipment sales, ATM operation
        Detailed,  // network services and SI split into their parts
        RecurringOneTime,  // recurring, one-time and ATM operation
    };

    static constexpr int defaultWindow = 5;  // quarters, as the deck shows them

    explicit Queries(const Store &store);

    // Reads the facts again (after an import).
    void reload();
    const FactIndex &facts() const { return m_index; }

    // Quarters with a total revenue figure, oldest first.
    QList<FiscalPeriod> quarters() const;
    // `size` consecutive quarters ending at `last` (0: from the first quarter in the
    // database); quarters without figures stay in as gaps.
    QList<FiscalPeriod> quarterWindow(const FiscalPeriod &last, int size) const;

    Table revenueMix(const FiscalPeriod &last, int window, RevenueMix view) const;
    Table grossMarginRatios(const FiscalPeriod &last, int window) const;
    Table grossMarginAmounts(const FiscalPeriod &last, int window) const;
    // The last `years` fiscal years with cloud figures up to the fiscal year of `last`
    // (0: every year up to it), one series each.
    Table cloudRevenue(const FiscalPeriod &last, int years) const;
    Table headcount(const FiscalPeriod &last, int window) const;
    // Actuals of one period against the targets of another, with change and change %.
    Table actualVersusTarget(const FiscalPeriod &actualPeriod,
                             const FiscalPeriod &targetPeriod) const;
    // How far the cumulative actual at `quarter` has come toward the half-year and
    // full-year targets, beside last year's pace at the same point (進捗率).
    Table progress(const FiscalPeriod &quarter) const;
    // Every vintage of the targets of one period, oldest first per metric, with the
    // revision from the vintage before.
    Table targetRevisions(const FiscalPeriod &targetPeriod) const;
    // The headline figures of one quarter with their YoY and QoQ changes.
    Table kpis(const FiscalPeriod &quarter) const;

    static QStringList revenueMixMetrics(RevenueMix view);
    static QStringList targetMetrics();
    static QStringList kpiMetrics();
    static QStringList progressMetrics();

private:
    QList<FiscalPeriod> findQuarters() const;
    Table quarterlyTable(const QString &name, const QString &title, const QStringList &metrics,
                         const QList<FiscalPeriod> &window, Unit unit) const;
    TableCell actualCell(const FiscalPeriod &period, const QString &metric, Unit unit) const;
    // The actual figure of a period, or for a quarter of a figure that adds up over time,
    // the difference of two cumulative figures (marked derived).
    std::optional<Fact> actualFact(const FiscalPeriod &period, const QString &metric) const;
    // A stored ratio, or one computed from its parts (marked derived).
    TableCell ratioCell(const FiscalPeriod &period, const QString &ratioMetric,
                        const QString &numerator, const QString &denominator) const;

    // The actual from the start of the fiscal year to the end of `quarter`: the 1Q, 1H,
    // 9M or FY figure, or the sum of the quarters (derived) when only they are stated.
    TableCell cumulativeCell(const FiscalPeriod &quarter, const QString &metric) const;
    static TableCell percentCell(const TableCell &part, const TableCell &whole,
                                 const QString &what);

    const Store &m_store;
    FactIndex m_index;
    QList<FiscalPeriod> m_quarters;
};
