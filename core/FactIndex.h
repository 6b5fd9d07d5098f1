#pragma once

#include "Fact.h"

#include <QHash>
#include <QList>

#include <optional>

// Facts grouped by (period, metric), with the rules every view shares for picking
// the figure to show.
class FactIndex
{
public:
    FactIndex() = default;
    explicit FactIndex(const QList<Fact> &facts);

    // The actual figure of a period: the latest vintage, reported preferred over
    // derived unless the derived figure is stated more precisely (e.g. a reported
    // JPY 4.8 billion against a derived JPY 4,819 million).
    std::optional<Fact> actual(const FiscalPeriod &period, const QString &metric) const;
    // The latest vintage of a target.
    std::optional<Fact> target(const FiscalPeriod &period, const QString &metric) const;
    // Every vintage of a figure of one basis, oldest first.
    QList<Fact> vintages(const FiscalPeriod &period, const QString &metric, Basis basis) const;
    // Every period that has any fact of the metric, chronologically.
    QList<FiscalPeriod> periodsWith(const QString &metric) const;
    const QList<Fact> &all() const { return m_facts; }

private:
    std::optional<Fact> latest(const FiscalPeriod &period, const QString &metric,
                               Basis basis) const;

    QList<Fact> m_facts;
    QHash<QString, QList<qsizetype>> m_byKey;  // "period|metric" -> indices into m_facts
    QHash<QString, QList<FiscalPeriod>> m_periodsByMetric;  // chronological, each once
};
