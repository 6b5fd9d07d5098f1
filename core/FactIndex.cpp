#include "FactIndex.h"

#include <algorithm>

namespace {

QString keyOf(const FiscalPeriod &period, const QString &metric)
{
    return period.code() + QLatin1Char('|') + metric;
}

// Comparable precision of a figure: its tolerance in the smallest unit of its dimension.
double precisionOf(const Fact &fact)
{
    const Unit base = fact.unit == Unit::JpyBillion ? Unit::JpyMillion : fact.unit;
    return fact.tolerance() * Units::conversionFactor(fact.unit, base);
}

}  // namespace

FactIndex::FactIndex(const QList<Fact> &facts) : m_facts(facts)
{
    m_byKey.reserve(m_facts.size());
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        m_byKey[keyOf(m_facts[i].period, m_facts[i].metric)].append(i);
        m_periodsByMetric[m_facts[i].metric].append(m_facts[i].period);
    }
    for (QList<FiscalPeriod> &periods : m_periodsByMetric) {
        std::sort(periods.begin(), periods.end());
        periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
    }
}

std::optional<Fact> FactIndex::latest(const FiscalPeriod &period, const QString &metric,
                                      Basis basis) const
{
    const auto it = m_byKey.constFind(keyOf(period, metric));
    if (it == m_byKey.cend())
        return std::nullopt;
    std::optional<Fact> best;
    for (qsizetype i : *it) {
        const Fact &fact = m_facts[i];
        if (fact.basis != basis)
            continue;
        // An undated figure counts as older than any dated one.
        if (!best || (fact.asOf.isValid() && (!best->asOf.isValid() || fact.asOf > best->asOf)))
            best = fact;
    }
    return best;
}

std::optional<Fact> FactIndex::actual(const FiscalPeriod &period, const QString &metric) const
{
    const auto reported = latest(period, metric, Basis::Reported);
    const auto derived = latest(period, metric, Basis::Derived);
    if (reported && derived)
        return precisionOf(*derived) < precisionOf(*reported) ? derived : reported;
    return reported ? reported : derived;
}

std::optional<Fact> FactIndex::target(const FiscalPeriod &period, const QString &metric) const
{
    return latest(period, metric, Basis::Target);
}

QList<Fact> FactIndex::vintages(const FiscalPeriod &period, const QString &metric,
                                Basis basis) const
{
    QList<Fact> result;
    const auto it = m_byKey.constFind(keyOf(period, metric));
    if (it == m_byKey.cend())
        return result;
    for (qsizetype i : *it) {
        if (m_facts[i].basis == basis)
            result.append(m_facts[i]);
    }
    std::sort(result.begin(), result.end(),
              [](const Fact &a, const Fact &b) { return a.asOf < b.asOf; });
    return result;
}

QList<FiscalPeriod> FactIndex::periodsWith(const QString &metric) const
{
    return m_periodsByMetric.value(metric);
}
