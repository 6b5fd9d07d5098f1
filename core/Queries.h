#pragma once

#include "AsOf.h"
#include "ConsistencyCheck.h"
#include "FactIndex.h"
#include "MetricDefinition.h"
#include "Table.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class Store;

// The questions every view asks of the database, each answered as a Table.
// Labels are translated when a table is built, so after a language switch the
// caller asks again. Every table stands at the date set with setAsOf() (every
// vintage until one is set): a figure announced later takes no part in it.
class Queries final
{
    Q_DECLARE_TR_FUNCTIONS(Queries)

public:
    enum class RevenueMix {
        Segments,  // network services, SI, equipment sales, ATM operation
        Detailed,  // network services and SI split into their parts
        RecurringOneTime,  // recurring, one-time and ATM operation
    };

    // Which targets a comparison of actuals with targets lists.
    enum class TargetColumns {
        InForce,  // the target in force at the table's date
        WithOriginal,  // and the first announced one, where it was revised since
    };

    static constexpr int defaultWindow = 5;  // quarters, as the deck shows them

    explicit Queries(const Store &store);

    // Reads the facts again (after an import).
    void reload();
    // The facts taking part at the tables' date.
    const FactIndex &facts() const { return m_index; }
    // Every stored figure, every vintage, whatever the date set with setAsOf().
    const FactIndex &everyVintage() const { return m_all; }

    // Tables built from now on stand at `cutoff` (invalid: every vintage); the
    // description says so in words, for status bars and export footers.
    void setAsOf(const QDate &cutoff, const QString &description = QString());
    // setAsOf() with the date `choice` gives for `quarter`.
    void setAsOf(const AsOf &choice, const FiscalPeriod &quarter);
    QDate cutoff() const { return m_cutoff; }
    QString asOfDescription() const { return m_asOfDescription; }
    // The date `choice` stands for when `quarter` is looked at (invalid: every vintage).
    QDate resolve(const AsOf &choice, const FiscalPeriod &quarter) const;
    // The day a period's results were announced: the first reported figure of the
    // period, or of the cumulative period that ends with it (2Q: 1H, 3Q: 9M, 4Q: FY).
    QDate announcement(const FiscalPeriod &period) const;
    // Every date a figure in the database was announced on, oldest first.
    QList<QDate> announcementDates() const;

    // The consistency check of the facts at the tables' date: what `irdash check --as-of`
    // with that date prints. A cell showing a stated figure that a mismatch beyond rounding
    // is about is flagged, with the mismatch named in the cell.
    const ConsistencyCheck::Report &consistency() const;

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
    // The stated change % comes from the same vintage as the target it speaks of; one
    // the figures contradict beyond rounding is flagged.
    Table actualVersusTarget(const FiscalPeriod &actualPeriod, const FiscalPeriod &targetPeriod,
                             TargetColumns columns = TargetColumns::InForce) const;
    // How far the cumulative actual at `quarter` has come toward the half-year and
    // full-year targets, beside last year's pace at the same point (進捗率).
    Table progress(const FiscalPeriod &quarter) const;
    // Every vintage of the targets of one period, oldest first per metric, with the
    // revision from the vintage before.
    Table targetRevisions(const FiscalPeriod &targetPeriod) const;
    // One target's vintages, oldest first, one category per announcement date.
    Table targetHistory(const FiscalPeriod &targetPeriod, const QString &metric) const;
    // The headline figures of one quarter with their YoY and QoQ changes: the change the
    // company stated for that vintage where there is one, else one computed (derived).
    Table kpis(const FiscalPeriod &quarter) const;

    // A stored fact as a table cell in `unit` (its own when of another dimension), for the
    // views that list facts one by one.
    static TableCell cellOf(const Fact &fact, Unit unit);
    static QStringList revenueMixMetrics(RevenueMix view);
    static QStringList targetMetrics();
    static QStringList kpiMetrics();
    static QStringList progressMetrics();

private:
    Table newTable(const QString &name, const QString &title) const;
    // A stored figure as a cell in `unit`, flagged when the check finds it contradicted.
    TableCell factCell(const Fact &fact, Unit unit) const;
    QList<FiscalPeriod> findQuarters() const;
    Table quarterlyTable(const QString &name, const QString &title, const QStringList &metrics,
                         const QList<FiscalPeriod> &window, Unit unit) const;
    TableCell actualCell(const FiscalPeriod &period, const QString &metric, Unit unit) const;
    // The actual figure of a period, or for a quarter of a figure that adds up over time,
    // the difference of two cumulative figures (marked derived).
    std::optional<Fact> actualFact(const FiscalPeriod &period, const QString &metric) const;
    static std::optional<Fact> actualFactIn(const FactIndex &index, const FiscalPeriod &period,
                                            const QString &metric);
    // An empty cell; when the figure was announced after the tables' date, it says when.
    TableCell gapCell(const FiscalPeriod &period, const QString &metric, Unit unit,
                      const QString &note, bool target = false) const;
    // The company's own change of `metric` (`variant`: a YoY %, say) of a period, when it
    // is stated for the vintage of `level` or a later one: an older statement speaks of
    // a figure since revised.
    std::optional<Fact> statedChange(const FiscalPeriod &period, const QString &metric,
                                     MetricDefinition::Variant variant, const TableCell &level,
                                     Basis basis) const;
    // A stored ratio, or one computed from its parts (marked derived).
    TableCell ratioCell(const FiscalPeriod &period, const QString &ratioMetric,
                        const QString &numerator, const QString &denominator) const;

    // The actual from the start of the fiscal year to the end of `quarter`: the 1Q, 1H,
    // 9M or FY figure, or the sum of the quarters (derived) when only they are stated.
    TableCell cumulativeCell(const FiscalPeriod &quarter, const QString &metric) const;
    static TableCell percentCell(const TableCell &part, const TableCell &whole,
                                 const QString &what);

    const Store &m_store;
    FactIndex m_all;  // every vintage
    FactIndex m_index;  // the vintages announced by m_cutoff
    QDate m_cutoff;
    QString m_asOfDescription;
    QList<FiscalPeriod> m_quarters;
    // Worked out when first asked for at the tables' date.
    mutable std::optional<ConsistencyCheck::Report> m_consistency;
    mutable QHash<QString, QStringList> m_mismatches;  // figure key -> its unexplained ones
};
