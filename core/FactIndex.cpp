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
    const Unit base = Units::baseOf(fact.unit);
    return fact.tolerance() * Units::conversionFactor(fact.unit, base);
}

// Earlier of two announcement dates, an undated one counting as the earliest.
QDate earlier(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid())
        return QDate();
    return std::min(a, b);
}

}  // namespace

FactIndex::FactIndex(const QList<Fact> &facts) : m_facts(facts)
{
    m_byKey.reserve(m_facts.size());
    QHash<QString, QHash<QString, QDate>> seen;  // metric -> period code -> first date
    QList<QDate> dates;
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        const Fact &fact = m_facts[i];
        const QString period = fact.period.code();
        m_byKey[keyOf(fact.period, fact.metric)].append(i);
        auto &periods = seen[fact.metric];
        const auto it = periods.find(period);
        if (it == periods.end()) {
            periods.insert(period, fact.asOf);
            m_periodsByMetric[fact.metric].append({fact.period, fact.asOf});
        } else {
            *it = earlier(*it, fact.asOf);
        }
        if (fact.asOf.isValid()) {
            dates.append(fact.asOf);
            // A period's results come out after it ends; a figure of it stated earlier (an
            // event in the quarter, told with the quarter before) is no announcement of it.
            if (fact.basis == Basis::Reported && fact.asOf > fact.period.endDate()) {
                QDate &first = m_firstReported[period];
                first = first.isValid() ? std::min(first, fact.asOf) : fact.asOf;
            }
        }
    }
    for (auto it = m_periodsByMetric.begin(); it != m_periodsByMetric.end(); ++it) {
        const auto &firsts = seen[it.key()];
        for (PeriodSeen &entry : *it)
            entry.first = firsts.value(entry.period.code());
        std::sort(it->begin(), it->end(),
                  [](const PeriodSeen &a, const PeriodSeen &b) { return a.period < b.period; });
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    m_dates = dates;
}

FactIndex FactIndex::asOf(const QDate &cutoff) const
{
    FactIndex view = *this;
    view.m_cutoff = cutoff;
    return view;
}

bool FactIndex::isVisible(const Fact &fact) const
{
    return !m_cutoff.isValid() || !fact.asOf.isValid() || fact.asOf <= m_cutoff;
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
        if (fact.basis != basis || !isVisible(fact))
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
        if (m_facts[i].basis == basis && isVisible(m_facts[i]))
            result.append(m_facts[i]);
    }
    std::sort(result.begin(), result.end(),
              [](const Fact &a, const Fact &b) { return a.asOf < b.asOf; });
    return result;
}

QDate FactIndex::announcedAfterCutoff(const FiscalPeriod &period, const QString &metric,
                                      bool target) const
{
    if (!m_cutoff.isValid())
        return QDate();
    QDate first;
    for (qsizetype i : m_byKey.value(keyOf(period, metric))) {
        const Fact &fact = m_facts[i];
        if ((fact.basis == Basis::Target) != target)
            continue;
        if (!isVisible(fact) && (!first.isValid() || fact.asOf < first))
            first = fact.asOf;
    }
    return first;
}

QList<FiscalPeriod> FactIndex::periodsWith(const QString &metric) const
{
    QList<FiscalPeriod> result;
    const auto it = m_periodsByMetric.constFind(metric);
    if (it == m_periodsByMetric.cend())
        return result;
    result.reserve(it->size());
    for (const PeriodSeen &entry : *it) {
        if (!m_cutoff.isValid() || !entry.first.isValid() || entry.first <= m_cutoff)
            result.append(entry.period);
    }
    return result;
}

QDate FactIndex::firstReported(const FiscalPeriod &period) const
{
    return m_firstReported.value(period.code());
}

QList<QDate> FactIndex::announcementDates() const
{
    return m_dates;
}

QList<Fact> FactIndex::all() const
{
    if (!m_cutoff.isValid())
        return m_facts;
    QList<Fact> result;
    result.reserve(m_facts.size());
    for (const Fact &fact : m_facts) {
        if (isVisible(fact))
            result.append(fact);
    }
    return result;
}
