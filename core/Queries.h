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
    Table cloudRevenue() const;
    Table headcount(const FiscalPeriod &last, int window) const;
    // Actuals of one period against the targets of another, with change and change %.
    Table actualVersusTarget(const FiscalPeriod &actualPeriod,
                             const FiscalPeriod &targetPeriod) const;
    // The headline figures of one quarter with their YoY and QoQ changes.
    Table kpis(const FiscalPeriod &quarter) const;

    static QStringList revenueMixMetrics(RevenueMix view);
    static QStringList targetMetrics();
    static QStringList kpiMetrics();

private:
    Table quarterlyTable(const QString &name, const QString &title, const QStringList &metrics,
                         const QList<FiscalPeriod> &window, Unit unit) const;
    TableCell actualCell(const FiscalPeriod &period, const QString &metric, Unit unit) const;
    // A stored ratio, or one computed from its parts (marked derived).
    TableCell ratioCell(const FiscalPeriod &period, const QString &ratioMetric,
                        const QString &numerator, const QString &denominator) const;

    const Store &m_store;
    FactIndex m_index;
};
