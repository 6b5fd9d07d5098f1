#pragma once

#include "Fact.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

// Facts grouped by (period, metric), with the rules every view shares for picking
// the figure to show. An index can stand at a date (asOf()): then only vintages
// announced on or before it take part, so a later revision never shows in an earlier
// view. Undated figures take part at every date.
class FactIndex
{
public:
    FactIndex() = default;
    explicit FactIndex(const QList<Fact> &facts);

    // The same facts seen at `cutoff` (an invalid date: every vintage). Cheap: the
    // data is shared, not copied.
    FactIndex asOf(const QDate &cutoff) const;
    QDate cutoff() const { return m_cutoff; }
    // Whether a fact takes part at this index's date.
    bool isVisible(const Fact &fact) const;

    // The actual figure of a period: the latest vintage, reported preferred over
    // derived unless the derived figure is stated more precisely (e.g. a reported
    // JPY 4.8 billion against a derived JPY 4,819 million).
    std::optional<Fact> actual(const FiscalPeriod &period, const QString &metric) const;
    // The latest vintage of a target.
    std::optional<Fact> target(const FiscalPeriod &period, const QString &metric) const;
    // Every vintage of a figure of one basis, oldest first.
    QList<Fact> vintages(const FiscalPeriod &period, const QString &metric, Basis basis) const;
    // The first date after the cutoff on which an actual (or with `target`, a target) of
    // the period and metric was announced; invalid when there is none (or no cutoff).
    QDate announcedAfterCutoff(const FiscalPeriod &period, const QString &metric,
                               bool target = false) const;
    // Every period that has any fact of the metric, chronologically.
    QList<FiscalPeriod> periodsWith(const QString &metric) const;
    // The first date a reported figure of the period was announced after the period
    // ended (whatever the cutoff); invalid when there is none.
    QDate firstReported(const FiscalPeriod &period) const;
    // Every date a figure was announced on (whatever the cutoff), oldest first.
    QList<QDate> announcementDates() const;
    // The facts taking part, in stored order.
    QList<Fact> all() const;
    qsizetype size() const { return m_facts.size(); }

private:
    struct PeriodSeen
    {
        FiscalPeriod period;
        QDate first;  // invalid: an undated fact, seen at every date
    };

    std::optional<Fact> latest(const FiscalPeriod &period, const QString &metric,
                               Basis basis) const;

    QList<Fact> m_facts;
    QHash<QString, QList<qsizetype>> m_byKey;  // "period|metric" -> indices into m_facts
    QHash<QString, QList<PeriodSeen>> m_periodsByMetric;  // chronological, each once
    QHash<QString, QDate> m_firstReported;  // period code -> first dated reported fact
    QList<QDate> m_dates;
    QDate m_cutoff;
};
