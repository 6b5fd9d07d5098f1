#include "ConsistencyCheck.h"

#include "MetricCatalogue.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

using Rule = ConsistencyFinding::Rule;

// A figure as an interval: what it may have been before rounding.
struct Quantity
{
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
    QString text;  // "1Q13 revenue_total 26441"
    QList<Fact> facts;  // the stated figures it was computed from
};

Unit commonUnit(Unit unit)
{
    return Units::baseOf(unit);
}

Quantity quantityOf(const Fact &fact)
{
    const Unit unit = commonUnit(fact.unit);
    const double value = fact.valueIn(unit);
    const double tolerance = fact.tolerance() * Units::conversionFactor(fact.unit, unit);
    return {value,
            value - tolerance,
            value + tolerance,
            fact.period.code() + QLatin1Char(' ') + fact.metric + QLatin1Char(' ')
                    + fact.valueText()
                    + (Units::conversionFactor(fact.unit, Units::baseOf(fact.unit)) == 1000.0
                               ? QStringLiteral(" bn")
                               : Units::conversionFactor(fact.unit, Units::baseOf(fact.unit)) < 1.0
                               ? QStringLiteral(" th")
                               : QString()),
            {fact}};
}

QString nameOf(const QString &metric)
{
    return MetricCatalogue::displayName(metric);
}

Quantity sum(const QList<Quantity> &parts)
{
    Quantity total;
    QStringList texts;
    for (const Quantity &part : parts) {
        total.value += part.value;
        total.low += part.low;
        total.high += part.high;
        texts.append(part.text);
        total.facts += part.facts;
    }
    total.text = texts.join(QStringLiteral(" + "));
    return total;
}

// 100 * a / b over the intervals (b positive or negative but not spanning zero).
std::optional<Quantity> percentOf(const Quantity &a, const Quantity &b)
{
    if (b.low <= 0.0 && b.high >= 0.0)
        return std::nullopt;
    const double candidates[] = {a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high};
    Quantity q;
    q.value = 100.0 * a.value / b.value;
    q.low = 100.0 * *std::min_element(std::begin(candidates), std::end(candidates));
    q.high = 100.0 * *std::max_element(std::begin(candidates), std::end(candidates));
    q.text = QStringLiteral("100 x %1 / %2").arg(a.text, b.text);
    q.facts = a.facts + b.facts;
    return q;
}

Quantity difference(const Quantity &now, const Quantity &before)
{
    return {now.value - before.value, now.low - before.high, now.high - before.low,
            now.text + QStringLiteral(" - ") + before.text, now.facts + before.facts};
}

std::optional<Quantity> growthPercent(const Quantity &now, const Quantity &before)
{
    if (before.low <= 0.0 && before.high >= 0.0)
        return std::nullopt;
    const double candidates[] = {now.low / before.low, now.low / before.high, now.high / before.low,
                                 now.high / before.high};
    const double sign = before.value < 0 ? -1.0 : 1.0;
    Quantity q;
    q.value = sign * 100.0 * (now.value / before.value - 1.0);
    double lo = *std::min_element(std::begin(candidates), std::end(candidates));
    double hi = *std::max_element(std::begin(candidates), std::end(candidates));
    q.low = std::min(sign * 100.0 * (lo - 1.0), sign * 100.0 * (hi - 1.0));
    q.high = std::max(sign * 100.0 * (lo - 1.0), sign * 100.0 * (hi - 1.0));
    q.text = QStringLiteral("100 x (%1 / %2 - 1)").arg(now.text, before.text);
    q.facts = now.facts + before.facts;
    return q;
}

class Checker
{
public:
    explicit Checker(const FactIndex &facts) : m_facts(facts) { }

    ConsistencyCheck::Report report;

    // `what` names the comparison in keys, as `irdash check` prints it; `comparison()` in
    // the metrics' names, as the window shows it (worked out only for a mismatch).
    template<typename Describe>
    void compare(Rule rule, const Fact &stated, const Quantity &recomputed, const QString &what,
                 Describe comparison)
    {
        ++report.comparisons;
        const Quantity s = quantityOf(stated);
        const double tolerance = s.high - s.value;
        // Equal at the stated precision: nothing to report.
        if (std::abs(s.value - recomputed.value) <= tolerance + 1e-9)
            return;
        ConsistencyFinding finding;
        finding.rule = rule;
        finding.periodCode = stated.period.code();
        finding.metric = stated.metric;
        finding.basis = stated.basis;
        finding.asOf = stated.asOf;
        finding.source = stated.source;
        finding.comparison = comparison();
        finding.inputs = recomputed.facts;
        finding.unit = commonUnit(stated.unit);
        finding.stated = s.value;
        // In the common unit: billions lose their decimals to millions, thousands add three.
        const double factor = Units::conversionFactor(stated.unit, finding.unit);
        finding.statedDecimals = factor > 1.0 ? 0
                : factor < 1.0                ? stated.decimals + 3
                                              : stated.decimals;
        finding.statedTolerance = tolerance;
        finding.recomputed = recomputed.value;
        finding.low = recomputed.low;
        finding.high = recomputed.high;
        finding.explainedByRounding
                = s.low <= recomputed.high + 1e-9 && recomputed.low <= s.high + 1e-9;
        finding.description
                = what + QStringLiteral(": ") + s.text + QStringLiteral(" vs ") + recomputed.text;
        report.mismatches.append(finding);
    }

    std::optional<Fact> actual(const FiscalPeriod &period, const QString &metric) const
    {
        return m_facts.actual(period, metric);
    }

    // Only the comparisons whose stated figure is of this period and metric, from now on.
    void focusOn(const FiscalPeriod &period, const QString &metric)
    {
        m_focusPeriod = period;
        m_focusMetric = metric;
    }

    QString focusMetric() const { return m_focusMetric; }

    // Every period that has the metric as an actual or a target (within the focus): where
    // the metric is the stated figure of a comparison.
    QList<FiscalPeriod> periods(const QString &metric) const
    {
        if (m_focusMetric.isEmpty())
            return m_facts.periodsWith(metric);
        if (metric != m_focusMetric)
            return {};
        return {m_focusPeriod};
    }

    void partsRule(const QString &total, const QStringList &parts)
    {
        QList<FiscalPeriod> candidates = periods(total);
        for (const FiscalPeriod &period : candidates) {
            const auto stated = actual(period, total);
            if (!stated)
                continue;
            QList<Quantity> values;
            for (const QString &part : parts) {
                if (const auto fact = actual(period, part))
                    values.append(quantityOf(*fact));
            }
            if (values.size() != parts.size())
                continue;
            compare(Rule::PartsVsTotal, *stated, sum(values),
                    ConsistencyCheck::tr("%1 vs the sum of its parts").arg(total), [&] {
                        QStringList names;
                        for (const QString &part : parts)
                            names.append(nameOf(part));
                        //: %1 a total, %2 its parts: "Total revenues vs the sum of A + B"
                        return ConsistencyCheck::tr("%1 vs the sum of %2")
                                .arg(nameOf(total), names.join(QStringLiteral(" + ")));
                    });
        }
    }

    void periodRule(const QString &metric)
    {
        for (const FiscalPeriod &period : periods(metric)) {
            if (period.kind() == FiscalPeriod::Kind::Quarter)
                continue;
            const auto stated = actual(period, metric);
            if (!stated)
                continue;
            const int quarters = period.months() / 3;
            const int first
                    = period.kind() == FiscalPeriod::Kind::Half && period.index() == 2 ? 3 : 1;
            QList<Quantity> values;
            for (int q = first; q < first + quarters; ++q) {
                if (const auto fact = actual(FiscalPeriod::quarter(period.fiscalYear(), q), metric))
                    values.append(quantityOf(*fact));
            }
            if (values.size() != quarters)
                continue;
            compare(Rule::PeriodsVsTotal, *stated, sum(values),
                    ConsistencyCheck::tr("%1 vs the sum of its quarters").arg(metric), [&] {
                        QStringList labels;
                        for (const Quantity &value : std::as_const(values))
                            labels.append(value.facts.first().period.shortLabel());
                        //: %1 a metric, %2 quarters: "Personnel costs vs the sum of 1Q12 + 2Q12"
                        return ConsistencyCheck::tr("%1 vs the sum of %2")
                                .arg(nameOf(metric), labels.join(QStringLiteral(" + ")));
                    });
        }
    }

    void ratioRule(const QString &ratio, const QString &numerator, const QString &denominator)
    {
        for (const FiscalPeriod &period : periods(ratio)) {
            for (Basis basis : {Basis::Reported, Basis::Target}) {
                const auto stated = basis == Basis::Target ? m_facts.target(period, ratio)
                                                           : actual(period, ratio);
                if (!stated)
                    continue;
                const auto top = basis == Basis::Target ? m_facts.target(period, numerator)
                                                        : actual(period, numerator);
                const auto bottom = basis == Basis::Target ? m_facts.target(period, denominator)
                                                           : actual(period, denominator);
                if (!top || !bottom)
                    continue;
                if (const auto q = percentOf(quantityOf(*top), quantityOf(*bottom)))
                    compare(Rule::RatioVsParts, *stated, *q,
                            ConsistencyCheck::tr("%1 vs %2 / %3")
                                    .arg(ratio, numerator, denominator),
                            [&] {
                                return ConsistencyCheck::tr("%1 vs %2 / %3")
                                        .arg(nameOf(ratio), nameOf(numerator), nameOf(denominator));
                            });
            }
        }
    }

    void changeRules()
    {
        for (const Fact &fact : m_facts.all())
            changeRule(fact);
    }

    // Compares one stated change with the figures it compares, when both are there.
    void changeRule(const Fact &fact)
    {
        using Variant = MetricDefinition::Variant;
        const auto definition = MetricCatalogue::find(fact.metric);
        if (!definition || !definition->isChange())
            return;
        const bool yearly = definition->variant == Variant::YoyChange
                || definition->variant == Variant::YoyPercent;
        const FiscalPeriod earlier
                = yearly ? fact.period.samePeriodPreviousYear() : fact.period.previousQuarter();
        if (!earlier.isValid())
            return;
        // A target's change compares it with the actual of the year before.
        // A stated change of a target speaks of the target as it stood when the change
        // was stated, not of a later revision.
        const auto now
                = level(fact.period, definition->baseKey, fact.basis == Basis::Target, fact.asOf);
        const auto before = level(earlier, definition->baseKey, false);
        if (!now || !before)
            return;
        // Compare only the latest vintage of a stated change.
        if (fact.basis == Basis::Target) {
            const auto latest = m_facts.target(fact.period, fact.metric);
            if (!latest || latest->asOf != fact.asOf)
                return;
        } else if (const auto latest = actual(fact.period, fact.metric);
                   !latest || latest->basis != fact.basis || latest->asOf != fact.asOf) {
            return;
        }
        const Quantity &a = *now;
        const Quantity &b = *before;
        const QString what = ConsistencyCheck::tr("stated %1").arg(fact.metric);
        const auto comparison = [&] {
            //: %1 a stated change, %2 its metric, %3 and %4 the periods it compares:
            //: "Total revenues, YoY change % vs Total revenues from 1Q12 to 1Q13"
            return ConsistencyCheck::tr("%1 vs %2 from %3 to %4")
                    .arg(nameOf(fact.metric), nameOf(definition->baseKey), earlier.shortLabel(),
                         fact.period.shortLabel());
        };
        if (definition->variant == Variant::YoyChange
            || definition->variant == Variant::QoqChange) {
            compare(Rule::StatedChange, fact, difference(a, b), what, comparison);
        } else if (const auto g = growthPercent(a, b)) {
            compare(Rule::StatedChange, fact, *g, what, comparison);
        }
    }

private:
    // A stated level, or for a ratio without one, the ratio of its stated parts.
    std::optional<Quantity> level(const FiscalPeriod &period, const QString &metric, bool target,
                                  const QDate &asOf = QDate()) const
    {
        const auto fact = target ? targetAsOf(period, metric, asOf) : actual(period, metric);
        if (fact)
            return quantityOf(*fact);
        if (const auto definition = MetricCatalogue::find(metric);
            definition && definition->isRatio()) {
            const QString &numerator = definition->numerator;
            const QString &denominator = definition->denominator;
            const auto top = target ? m_facts.target(period, numerator) : actual(period, numerator);
            const auto bottom
                    = target ? m_facts.target(period, denominator) : actual(period, denominator);
            if (top && bottom)
                return percentOf(quantityOf(*top), quantityOf(*bottom));
        }
        return std::nullopt;
    }

    // The target vintage in force on `asOf` (the newest announced by then); the latest
    // when `asOf` is unknown or no vintage is that old.
    std::optional<Fact> targetAsOf(const FiscalPeriod &period, const QString &metric,
                                   const QDate &asOf) const
    {
        if (!asOf.isValid())
            return m_facts.target(period, metric);
        std::optional<Fact> inForce;
        for (const Fact &vintage : m_facts.vintages(period, metric, Basis::Target)) {
            if (!vintage.asOf.isValid() || vintage.asOf <= asOf)
                inForce = vintage;
        }
        return inForce ? inForce : m_facts.target(period, metric);
    }

    const FactIndex &m_facts;
    FiscalPeriod m_focusPeriod;
    QString m_focusMetric;  // empty: no focus
};

// Every rule but the stated changes, which go fact by fact.
void compareLevels(Checker &checker)
{
    // Every way a metric is the sum of others, as the profile defines it.
    for (const MetricDefinition &metric : MetricCatalogue::baseMetrics()) {
        for (const QStringList &parts : metric.parts)
            checker.partsRule(metric.key, parts);
    }

    // Focused on one figure, only its own metric can be a total of quarters.
    QList<MetricDefinition> metrics;
    if (checker.focusMetric().isEmpty())
        metrics = MetricCatalogue::baseMetrics();
    else if (const auto focus = MetricCatalogue::find(checker.focusMetric());
             focus && focus->variant == MetricDefinition::Variant::Level)
        metrics = {*focus};
    for (const MetricDefinition &metric : std::as_const(metrics)) {
        if (metric.addsUpOverTime())
            checker.periodRule(metric.key);
    }

    for (const MetricDefinition &metric : MetricCatalogue::baseMetrics()) {
        if (metric.isRatio())
            checker.ratioRule(metric.key, metric.numerator, metric.denominator);
    }
}

}  // namespace

int ConsistencyCheck::Report::explainedCount() const
{
    return static_cast<int>(
            std::count_if(mismatches.cbegin(), mismatches.cend(),
                          [](const ConsistencyFinding &f) { return f.explainedByRounding; }));
}

QList<int> ConsistencyCheck::Report::findingsAbout(const QString &figureKey) const
{
    QList<int> found;
    for (qsizetype i = 0; i < mismatches.size(); ++i) {
        if (mismatches[i].figureKey() == figureKey)
            found.append(int(i));
    }
    return found;
}

QString ConsistencyCheck::summary(const ConsistencyFinding &f, const QLocale &locale)
{
    const int decimals = f.statedDecimals + 1;
    const QString recomputed = f.low == f.high
            ? locale.toString(f.recomputed, 'f', decimals)
            //: a recomputed figure and the range its rounded inputs allow: "26,342.0 (26,339.5 to 26,344.5)"
            : tr("%1 (%2 to %3)")
                      .arg(locale.toString(f.recomputed, 'f', decimals),
                           locale.toString(f.low, 'f', decimals),
                           locale.toString(f.high, 'f', decimals));
    //: %1 what was compared, %2 the stated figure, %3 the recomputed one, %4 the verdict
    return tr("%1: stated %2, recomputed %3; %4")
            .arg(f.comparison, locale.toString(f.stated, 'f', f.statedDecimals), recomputed,
                 f.explainedByRounding ? tr("explained by rounding of the inputs")
                                       : tr("not explained by rounding"));
}

QString ConsistencyCheck::Report::toText() const
{
    const QLocale c = QLocale::c();
    QString text = tr("Comparisons: %1. Mismatches at the stated precision: %2 (%3 explained by "
                      "rounding, %4 not).\n")
                           .arg(comparisons)
                           .arg(mismatches.size())
                           .arg(explainedCount())
                           .arg(mismatches.size() - explainedCount());
    for (const ConsistencyFinding &f : mismatches) {
        const int decimals = std::max(f.statedDecimals, 1);
        text += QStringLiteral("%1 %2 [%3] %4\n    stated %5, recomputed %6 (range %7 to %8), "
                               "difference %9: %10\n")
                        .arg(f.explainedByRounding ? QStringLiteral("rounding ")
                                                   : QStringLiteral("MISMATCH "),
                             f.periodCode, ConsistencyFinding::ruleCode(f.rule), f.description,
                             c.toString(f.stated, 'f', f.statedDecimals),
                             c.toString(f.recomputed, 'f', decimals + 1),
                             c.toString(f.low, 'f', decimals + 1),
                             c.toString(f.high, 'f', decimals + 1),
                             c.toString(f.difference(), 'f', decimals + 1))
                        .arg(f.explainedByRounding ? tr("explained by rounding of the inputs")
                                                   : tr("NOT explained by rounding"));
    }
    return text;
}

ConsistencyCheck::Report ConsistencyCheck::checkStatedChange(const FactIndex &facts,
                                                             const Fact &statedChange)
{
    Checker checker(facts);
    checker.changeRule(statedChange);
    return checker.report;
}

ConsistencyCheck::Report ConsistencyCheck::checkFigure(const FactIndex &facts, const Fact &figure)
{
    Checker checker(facts);
    checker.focusOn(figure.period, figure.metric);
    compareLevels(checker);
    checker.changeRule(figure);
    // The focus is the period and metric; another vintage or basis of it is another figure.
    const QString key = ConsistencyFinding::figureKey(figure.period.code(), figure.metric,
                                                      figure.basis, figure.asOf);
    checker.report.mismatches.removeIf(
            [&](const ConsistencyFinding &finding) { return finding.figureKey() != key; });
    return checker.report;
}

ConsistencyCheck::Report ConsistencyCheck::run(const FactIndex &facts)
{
    Checker checker(facts);
    compareLevels(checker);
    checker.changeRules();

    std::stable_sort(checker.report.mismatches.begin(), checker.report.mismatches.end(),
                     [](const ConsistencyFinding &a, const ConsistencyFinding &b) {
                         return a.explainedByRounding < b.explainedByRounding;
                     });
    return checker.report;
}
