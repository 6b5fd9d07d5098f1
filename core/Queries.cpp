#include "Queries.h"

#include "CompanyProfile.h"
#include "ConsistencyCheck.h"
#include "MetricCatalogue.h"
#include "Store.h"

#include <algorithm>
#include <cmath>

namespace {

int convertedDecimals(int decimals, Unit from, Unit to)
{
    // A factor of 1000 moves the decimals by three places.
    const double factor = Units::conversionFactor(from, to);
    if (factor >= 999.0)
        return std::max(0, decimals - 3);
    if (factor <= 0.0011)
        return decimals + 3;
    return decimals;
}

TableCell cellFromFact(const Fact &fact, Unit unit)
{
    TableCell cell;
    const bool convertible = Units::dimensionOf(fact.unit) == Units::dimensionOf(unit);
    const Unit target = convertible ? unit : fact.unit;
    cell.value = fact.valueIn(target);
    cell.decimals = convertedDecimals(fact.decimals, fact.unit, target);
    cell.bound = fact.bound;
    if (fact.bound == Fact::Bound::Range)
        cell.upper = fact.upper * Units::conversionFactor(fact.unit, target);
    cell.unit = target;
    cell.basis = fact.basis;
    cell.source = fact.source;
    cell.asOf = fact.asOf;
    cell.periodCode = fact.period.code();
    cell.metric = fact.metric;
    return cell;
}

TableCell emptyCell(const FiscalPeriod &period, const QString &metric, Unit unit,
                    const QString &note)
{
    TableCell cell;
    cell.unit = unit;
    cell.periodCode = period.code();
    cell.metric = metric;
    cell.note = note;
    return cell;
}

QString numberText(const TableCell &cell)
{
    return cell.value ? QString::number(*cell.value, 'f', cell.decimals) : QString();
}

}  // namespace

Queries::Queries(const Store &store) : m_store(store)
{
    reload();
}

void Queries::reload()
{
    m_all = FactIndex(m_store.facts());
    m_index = m_all.asOf(m_cutoff);
    m_consistency.reset();
    m_mismatches.clear();
    // Every table asks for its window of quarters; work them out once per reload.
    m_quarters = findQuarters();
}

void Queries::setAsOf(const QDate &cutoff, const QString &description)
{
    m_cutoff = cutoff;
    m_asOfDescription = description;
    m_index = m_all.asOf(cutoff);
    m_consistency.reset();
    m_mismatches.clear();
}

const ConsistencyCheck::Report &Queries::consistency() const
{
    if (!m_consistency)
        m_consistency = ConsistencyCheck::run(m_index);
    return *m_consistency;
}

TableCell Queries::cellOf(const Fact &fact, Unit unit)
{
    return cellFromFact(fact, unit);
}

TableCell Queries::factCell(const Fact &fact, Unit unit) const
{
    TableCell cell = cellFromFact(fact, unit);
    // Only this figure's comparisons: the whole check of a long history takes a while, and
    // a table needs a few dozen figures of it.
    const QString key
            = ConsistencyFinding::figureKey(cell.periodCode, cell.metric, cell.basis, cell.asOf);
    auto found = m_mismatches.constFind(key);
    if (found == m_mismatches.cend()) {
        QStringList lines;
        for (const ConsistencyFinding &finding :
             ConsistencyCheck::checkFigure(m_index, fact).mismatches) {
            if (!finding.explainedByRounding)
                lines.append(ConsistencyCheck::summary(finding));
        }
        found = m_mismatches.insert(key, lines);
    }
    cell.flagged = !found->isEmpty();
    cell.mismatches = *found;
    return cell;
}

void Queries::setAsOf(const AsOf &choice, const FiscalPeriod &quarter)
{
    const QDate date = resolve(choice, quarter);
    setAsOf(date, choice.describe(date, quarter));
}

QDate Queries::resolve(const AsOf &choice, const FiscalPeriod &quarter) const
{
    switch (choice.kind()) {
    case AsOf::Kind::Latest:
        return QDate();
    case AsOf::Kind::Date:
        return choice.fixedDate();
    case AsOf::Kind::Announcement:
        return announcement(quarter);
    }
    return QDate();
}

QDate Queries::announcement(const FiscalPeriod &period) const
{
    QDate first = m_all.firstReported(period);
    if (period.kind() == FiscalPeriod::Kind::Quarter && period.index() > 1) {
        const int year = period.fiscalYear();
        const FiscalPeriod cumulative[]
                = {FiscalPeriod::half(year, 1), FiscalPeriod::nineMonths(year),
                   FiscalPeriod::year(year)};
        const QDate whole = m_all.firstReported(cumulative[period.index() - 2]);
        if (whole.isValid() && (!first.isValid() || whole < first))
            first = whole;
    }
    return first;
}

QList<QDate> Queries::announcementDates() const
{
    return m_all.announcementDates();
}

Table Queries::newTable(const QString &name, const QString &title) const
{
    Table table(name, title);
    table.setAsOf(m_cutoff, m_asOfDescription);
    return table;
}

QList<FiscalPeriod> Queries::quarters() const
{
    return m_quarters;
}

QList<FiscalPeriod> Queries::findQuarters() const
{
    // Every quarter of a fiscal year with any figure of the headline metric (revenues),
    // if it is stated or follows from cumulative figures.
    const QString headline = CompanyProfile::active().dashboard.headline;
    QList<int> years;
    for (const FiscalPeriod &period : m_all.periodsWith(headline)) {
        if (!years.contains(period.fiscalYear()))
            years.append(period.fiscalYear());
    }
    std::sort(years.begin(), years.end());
    QList<FiscalPeriod> result;
    for (int year : std::as_const(years)) {
        for (int q = 1; q <= 4; ++q) {
            const FiscalPeriod quarter = FiscalPeriod::quarter(year, q);
            if (actualFactIn(m_all, quarter, headline))
                result.append(quarter);
        }
    }
    return result;
}

std::optional<Fact> Queries::actualFact(const FiscalPeriod &period, const QString &metric) const
{
    return actualFactIn(m_index, period, metric);
}

std::optional<Fact> Queries::actualFactIn(const FactIndex &index, const FiscalPeriod &period,
                                          const QString &metric)
{
    if (auto fact = index.actual(period, metric))
        return fact;
    if (period.kind() != FiscalPeriod::Kind::Quarter || period.index() == 1)
        return std::nullopt;
    // Cumulative releases give a quarter by difference (2Q = 1H - 1Q, 3Q = 9M - 1H,
    // 4Q = FY - 9M), for figures that add up over time.
    const auto definition = MetricCatalogue::find(metric);
    if (!definition || !definition->addsUpOverTime())
        return std::nullopt;
    const int year = period.fiscalYear();
    const FiscalPeriod cumulative[] = {FiscalPeriod::quarter(year, 1), FiscalPeriod::half(year, 1),
                                       FiscalPeriod::nineMonths(year), FiscalPeriod::year(year)};
    const auto whole = index.actual(cumulative[period.index() - 1], metric);
    const auto before = index.actual(cumulative[period.index() - 2], metric);
    if (!whole || !before)
        return std::nullopt;
    Fact fact;
    fact.period = period;
    fact.metric = metric;
    fact.value = whole->valueIn(Units::money()) - before->valueIn(Units::money());
    fact.decimals = std::max(whole->unit == Units::money() ? whole->decimals : 0,
                             before->unit == Units::money() ? before->decimals : 0);
    fact.unit = Units::money();
    fact.basis = Basis::Derived;
    fact.asOf = std::max(whole->asOf, before->asOf);
    fact.source = tr("derived: %1 %2 %3 minus %4 %5 (computed by irdash)")
                          .arg(whole->period.code(), metric, whole->valueText(),
                               before->period.code(), before->valueText());
    return fact;
}

QList<FiscalPeriod> Queries::quarterWindow(const FiscalPeriod &last, int size) const
{
    QList<FiscalPeriod> result;
    if (!last.isValid() || last.kind() != FiscalPeriod::Kind::Quarter)
        return result;
    const QList<FiscalPeriod> known = quarters();
    const FiscalPeriod first = known.isEmpty() ? last : std::min(known.first(), last);
    for (FiscalPeriod p = last; p.isValid(); p = p.previousQuarter()) {
        result.prepend(p);
        if (size > 0 ? result.size() >= size : p == first)
            break;
    }
    return result;
}

TableCell Queries::actualCell(const FiscalPeriod &period, const QString &metric, Unit unit) const
{
    if (const auto fact = actualFact(period, metric))
        return factCell(*fact, unit);
    return gapCell(period, metric, unit, tr("no figure in the dataset"));
}

TableCell Queries::gapCell(const FiscalPeriod &period, const QString &metric, Unit unit,
                           const QString &note, bool target) const
{
    QDate later = m_index.announcedAfterCutoff(period, metric, target);
    if (!later.isValid() && m_cutoff.isValid() && !target) {
        // A quarter that follows from cumulative figures announced later.
        if (const auto fact = actualFactIn(m_all, period, metric);
            fact && !m_index.isVisible(*fact))
            later = fact->asOf;
    }
    if (!later.isValid())
        return emptyCell(period, metric, unit, note);
    TableCell cell
            = emptyCell(period, metric, unit,
                        tr("announced on %1, after %2")
                                .arg(later.toString(Qt::ISODate), m_cutoff.toString(Qt::ISODate)));
    cell.announcedLater = later;
    return cell;
}

std::optional<Fact> Queries::statedChange(const FiscalPeriod &period, const QString &metric,
                                          MetricDefinition::Variant variant, const TableCell &level,
                                          Basis basis) const
{
    const QString key = MetricCatalogue::variantKey(metric, variant);
    if (!MetricCatalogue::find(key))
        return std::nullopt;
    const auto fact
            = basis == Basis::Target ? m_index.target(period, key) : m_index.actual(period, key);
    if (!fact)
        return std::nullopt;
    if (level.asOf.isValid() && fact->asOf.isValid() && fact->asOf < level.asOf)
        return std::nullopt;
    // An undated statement can speak of a revised figure only when there was no revision.
    if (level.asOf.isValid() && !fact->asOf.isValid()
        && m_index.vintages(period, metric, basis == Basis::Target ? Basis::Target : level.basis)
                        .size()
                > 1)
        return std::nullopt;
    return fact;
}

TableCell Queries::ratioCell(const FiscalPeriod &period, const QString &ratioMetric,
                             const QString &numerator, const QString &denominator) const
{
    if (const auto stated = m_index.actual(period, ratioMetric))
        return factCell(*stated, Unit::Percent);
    const auto top = actualFact(period, numerator);
    const auto bottom = actualFact(period, denominator);
    if (!top || !bottom || bottom->valueIn(Units::money()) == 0.0)
        return gapCell(period, ratioMetric, Unit::Percent,
                       tr("no figure in the dataset, nor the parts to compute it"));
    TableCell cell;
    cell.value = 100.0 * top->valueIn(Units::money()) / bottom->valueIn(Units::money());
    cell.decimals = 1;
    cell.unit = Unit::Percent;
    cell.basis = Basis::Derived;
    cell.periodCode = period.code();
    cell.metric = ratioMetric;
    cell.asOf = std::max(top->asOf, bottom->asOf);
    cell.source = tr("derived: %1 %2 / %3 %4 (computed by irdash)")
                          .arg(numerator, top->valueText(), denominator, bottom->valueText());
    return cell;
}

Table Queries::quarterlyTable(const QString &name, const QString &title, const QStringList &metrics,
                              const QList<FiscalPeriod> &window, Unit unit) const
{
    Table table = newTable(name, title);
    table.setCategoryHeader(tr("Quarter"));
    for (const FiscalPeriod &period : window)
        table.addCategory(period.code(), period.shortLabel());
    for (const QString &metric : metrics) {
        TableSeries series;
        series.key = metric;
        series.label = MetricCatalogue::displayName(metric);
        series.unit = unit;
        for (const FiscalPeriod &period : window)
            series.cells.append(actualCell(period, metric, unit));
        table.addSeries(series);
    }
    return table;
}

QStringList Queries::revenueMixMetrics(RevenueMix view)
{
    const CompanyProfile::Dashboard &dashboard = CompanyProfile::active().dashboard;
    switch (view) {
    case RevenueMix::Segments:
        return dashboard.segments;
    case RevenueMix::Detailed:
        return dashboard.detailed;
    case RevenueMix::RecurringOneTime:
        return dashboard.recurringOneTime;
    }
    return {};
}

Table Queries::revenueMix(const FiscalPeriod &last, int window, RevenueMix view) const
{
    // Total revenues ride along, so a quarter whose parts the sources do not give still
    // shows its total, and a partial stack shows what is missing.
    const QString total = CompanyProfile::active().dashboard.headline;
    Table table = quarterlyTable(QStringLiteral("revenue-mix"), tr("Revenue mix"),
                                 revenueMixMetrics(view) << total, quarterWindow(last, window),
                                 Units::money());
    table.setSeriesRole(total, TableSeries::Role::Total);
    return table;
}

Table Queries::grossMarginRatios(const FiscalPeriod &last, int window) const
{
    const QList<FiscalPeriod> periods = quarterWindow(last, window);
    Table table = newTable(QStringLiteral("gross-margin"), tr("Gross margin ratios"));
    table.setCategoryHeader(tr("Quarter"));
    for (const FiscalPeriod &period : periods)
        table.addCategory(period.code(), period.shortLabel());
    for (const QString &ratio : CompanyProfile::active().dashboard.grossMarginRatios) {
        const auto definition = MetricCatalogue::find(ratio);
        TableSeries series;
        series.key = ratio;
        series.label = MetricCatalogue::displayName(series.key);
        series.unit = Unit::Percent;
        for (const FiscalPeriod &period : periods)
            series.cells.append(
                    ratioCell(period, series.key, definition->numerator, definition->denominator));
        table.addSeries(series);
    }
    return table;
}

Table Queries::grossMarginAmounts(const FiscalPeriod &last, int window) const
{
    return quarterlyTable(QStringLiteral("gross-margin-amounts"), tr("Gross margin by segment"),
                          CompanyProfile::active().dashboard.grossMarginAmounts,
                          quarterWindow(last, window), Units::money());
}

Table Queries::cloudRevenue(const FiscalPeriod &last, int years) const
{
    const auto &comparison = CompanyProfile::active().dashboard.yearComparison;
    const QString metric = comparison.metric;
    Table table = newTable(QStringLiteral("cloud-revenue"), comparison.name.text());
    table.setCategoryHeader(tr("Period"));
    table.addCategory(QStringLiteral("1Q"), tr("1Q"));
    table.addCategory(QStringLiteral("4Q"), tr("4Q"));
    table.addCategory(QStringLiteral("FY"), tr("Full year"));

    QList<int> shown;
    for (const FiscalPeriod &period : m_index.periodsWith(metric)) {
        const int year = period.fiscalYear();
        if (year <= last.fiscalYear() && !shown.contains(year))
            shown.append(year);
    }
    std::sort(shown.begin(), shown.end());
    if (years > 0 && shown.size() > years)
        shown.remove(0, shown.size() - years);
    for (int year : std::as_const(shown)) {
        TableSeries series;
        series.key = FiscalPeriod::year(year).code();
        series.label = FiscalPeriod::year(year).label();
        series.unit = Units::largeMoney();
        for (const FiscalPeriod &period :
             {FiscalPeriod::quarter(year, 1), FiscalPeriod::quarter(year, 4),
              FiscalPeriod::year(year)}) {
            if (const auto actual = m_index.actual(period, metric)) {
                series.cells.append(factCell(*actual, Units::largeMoney()));
            } else if (const auto target = m_index.target(period, metric)) {
                series.cells.append(factCell(*target, Units::largeMoney()));
            } else {
                series.cells.append(gapCell(period, metric, Units::largeMoney(),
                                            tr("no figure in the dataset")));
            }
        }
        table.addSeries(series);
    }
    return table;
}

Table Queries::headcount(const FiscalPeriod &last, int window) const
{
    const QList<FiscalPeriod> periods = quarterWindow(last, window);
    const CompanyProfile::Dashboard &dashboard = CompanyProfile::active().dashboard;
    Table table = quarterlyTable(QStringLiteral("headcount"), tr("Personnel"),
                                 {dashboard.personnelCosts}, periods, Units::money());
    if (const auto ratioDefinition = MetricCatalogue::find(dashboard.personnelRatio);
        ratioDefinition && ratioDefinition->isRatio()) {
        TableSeries ratio;
        ratio.key = dashboard.personnelRatio;
        ratio.label = MetricCatalogue::displayName(ratio.key);
        ratio.unit = Unit::Percent;
        for (const FiscalPeriod &period : periods)
            ratio.cells.append(ratioCell(period, ratio.key, ratioDefinition->numerator,
                                         ratioDefinition->denominator));
        table.addSeries(ratio);
    }
    for (const QString &metric : dashboard.people) {
        TableSeries series;
        series.key = metric;
        series.label = MetricCatalogue::displayName(series.key);
        series.unit = Unit::Count;
        for (const FiscalPeriod &period : periods)
            series.cells.append(actualCell(period, series.key, Unit::Count));
        table.addSeries(series);
    }
    return table;
}

QStringList Queries::targetMetrics()
{
    return CompanyProfile::active().dashboard.targets;
}

Table Queries::actualVersusTarget(const FiscalPeriod &actualPeriod,
                                  const FiscalPeriod &targetPeriod, TargetColumns columns) const
{
    Table table = newTable(
            QStringLiteral("targets"),
            tr("%1 actual vs %2 target").arg(actualPeriod.label(), targetPeriod.label()));
    table.setCategoryHeader(tr("Metric"));
    const QStringList metrics = targetMetrics();
    for (const QString &metric : metrics)
        table.addCategory(metric, MetricCatalogue::displayName(metric));

    TableSeries actual {QStringLiteral("actual"),
                        tr("%1 actual").arg(actualPeriod.label()),
                        Units::money(),
                        {}};
    TableSeries target {QStringLiteral("target"),
                        tr("%1 target").arg(targetPeriod.label()),
                        Units::money(),
                        {}};
    target.showsAsOf = true;
    TableSeries original {
            QStringLiteral("original_target"), tr("Original target"), Units::money(), {}};
    original.showsAsOf = true;
    TableSeries change {QStringLiteral("change"), tr("Change"), Units::money(), {}};
    TableSeries changePercent {QStringLiteral("change_pct"), tr("Change %"), Unit::Percent, {}};
    original.comparison = change.comparison = changePercent.comparison = true;
    TableSeries stated {
            QStringLiteral("stated_change_pct"), tr("Stated change %"), Unit::Percent, {}};

    for (const QString &metric : metrics) {
        const auto definition = MetricCatalogue::find(metric);
        const Unit unit = definition && definition->dimension == Dimension::PerShare
                ? Units::perShare()
                : Units::money();
        const TableCell a = actualCell(actualPeriod, metric, unit);
        TableCell t;
        if (const auto fact = m_index.target(targetPeriod, metric))
            t = factCell(*fact, unit);
        else
            t = gapCell(targetPeriod, metric, unit, tr("no target in the dataset"), true);
        actual.cells.append(a);
        target.cells.append(t);

        // The first announced target, where the one in force is a revision of it.
        const QList<Fact> vintages = m_index.vintages(targetPeriod, metric, Basis::Target);
        if (t.value && vintages.size() > 1 && vintages.first().asOf != t.asOf) {
            TableCell first = factCell(vintages.first(), unit);
            first.note = *first.value == *t.value
                    ? tr("reaffirmed on %1").arg(t.asOf.toString(Qt::ISODate))
                    : tr("revised to %1 on %2").arg(numberText(t), t.asOf.toString(Qt::ISODate));
            original.cells.append(first);
        } else {
            original.cells.append(
                    emptyCell(targetPeriod, metric, unit,
                              t.value ? tr("no revision in the dataset") : QString()));
        }

        // The company's own figure for the change, from the vintage of the target in force,
        // checked against the figures it compares.
        if (const auto statedFact = statedChange(
                    targetPeriod, metric, MetricDefinition::Variant::YoyPercent, t, Basis::Target);
            statedFact && t.value) {
            TableCell s = factCell(*statedFact, Unit::Percent);
            // Checked against the figures as they stood when the change was stated: a later
            // restatement of last year's actual does not make the statement wrong.
            const auto check = ConsistencyCheck::checkStatedChange(
                    statedFact->asOf.isValid() ? m_all.asOf(statedFact->asOf) : m_index,
                    *statedFact);
            if (check.comparisons == 0) {
                s.note = tr("not checked: the figures it compares are missing");
            } else if (check.mismatches.isEmpty()) {
                s.note = tr("agrees with the stored figures");
            } else {
                const ConsistencyFinding &finding = check.mismatches.first();
                const QString computed = QString::number(finding.recomputed, 'f', 2);
                if (finding.explainedByRounding) {
                    s.note = tr("differs from the stored figures (%1 computed) within rounding")
                                     .arg(computed);
                } else {
                    // Flagged (by factCell) when the check at the tables' date agrees.
                    s.note = tr("stated %1%, computed %2% from the stored figures: they differ "
                                "beyond rounding")
                                     .arg(statedFact->valueText(), computed);
                }
            }
            stated.cells.append(s);
        } else {
            const QString statedKey
                    = MetricCatalogue::variantKey(metric, MetricDefinition::Variant::YoyPercent);
            stated.cells.append(
                    emptyCell(targetPeriod, statedKey, Unit::Percent,
                              t.value ? tr("the announcement of this target (%1) states no change")
                                                .arg(t.asOf.toString(Qt::ISODate))
                                      : tr("the source states no change")));
        }
        if (a.value && t.value) {
            TableCell c;
            c.value = *t.value - *a.value;
            c.decimals = std::max(a.decimals, t.decimals);
            c.unit = unit;
            c.basis = Basis::Derived;
            c.periodCode = targetPeriod.code();
            c.metric = metric;
            c.asOf = std::max(a.asOf, t.asOf);
            c.source = tr("derived: %1 target %2 minus %3 actual %4 (computed by irdash)")
                               .arg(targetPeriod.code(), numberText(t), actualPeriod.code(),
                                    numberText(a));
            change.cells.append(c);
            TableCell p = c;
            p.unit = Unit::Percent;
            p.decimals = 1;
            if (*a.value < 0.0) {
                // From a loss, a change in % says nothing a reader can use.
                p.value.reset();
                p.source.clear();
                p.note = tr("not meaningful: the actual is a loss");
            } else if (*a.value != 0.0) {
                p.value = 100.0 * (*t.value - *a.value) / std::abs(*a.value);
                p.source = tr("derived: (%1 target %2 / %3 actual %4 - 1) x 100 (computed by "
                              "irdash)")
                                   .arg(targetPeriod.code(), numberText(t), actualPeriod.code(),
                                        numberText(a));
            } else {
                p.value.reset();
                p.source.clear();
                p.note = tr("not defined: the actual is zero");
            }
            changePercent.cells.append(p);
        } else {
            const QString note = tr("needs both the actual and the target");
            TableCell gap = emptyCell(targetPeriod, metric, unit, note);
            // Missing only at this date: the notes say when it came.
            gap.announcedLater = !a.value ? a.announcedLater : t.announcedLater;
            if (gap.announcedLater.isValid())
                gap.note = !a.value ? a.note : t.note;
            change.cells.append(gap);
            gap.unit = Unit::Percent;
            changePercent.cells.append(gap);
        }
    }
    table.addSeries(actual);
    table.addSeries(target);
    if (columns == TargetColumns::WithOriginal)
        table.addSeries(original);
    table.addSeries(change);
    table.addSeries(changePercent);
    table.addSeries(stated);
    return table;
}

QStringList Queries::progressMetrics()
{
    return CompanyProfile::active().dashboard.progress;
}

TableCell Queries::cumulativeCell(const FiscalPeriod &quarter, const QString &metric) const
{
    const int year = quarter.fiscalYear();
    const FiscalPeriod cumulative[] = {FiscalPeriod::quarter(year, 1), FiscalPeriod::half(year, 1),
                                       FiscalPeriod::nineMonths(year), FiscalPeriod::year(year)};
    const FiscalPeriod period = cumulative[std::clamp(quarter.index(), 1, 4) - 1];
    if (const auto fact = m_index.actual(period, metric))
        return factCell(*fact, Units::money());
    double sum = 0.0;
    QDate asOf;
    QStringList parts;
    for (int q = 1; q <= quarter.index(); ++q) {
        const auto fact = m_index.actual(FiscalPeriod::quarter(year, q), metric);
        if (!fact)
            return gapCell(period, metric, Units::money(), tr("no figure in the dataset"));
        sum += fact->valueIn(Units::money());
        asOf = std::max(asOf, fact->asOf);
        parts.append(fact->period.code() + QLatin1Char(' ') + fact->valueText());
    }
    TableCell cell = emptyCell(period, metric, Units::money(), QString());
    cell.value = sum;
    cell.basis = Basis::Derived;
    cell.asOf = asOf;
    cell.source
            = tr("derived: sum of %1 (computed by irdash)").arg(parts.join(QStringLiteral(" + ")));
    return cell;
}

TableCell Queries::percentCell(const TableCell &part, const TableCell &whole, const QString &what)
{
    TableCell cell;
    cell.unit = Unit::Percent;
    cell.decimals = 1;
    cell.periodCode = part.periodCode;
    cell.metric = part.metric;
    if (!part.value || !whole.value || *whole.value == 0.0) {
        cell.note = tr("needs %1").arg(what);
        return cell;
    }
    cell.value = 100.0 * *part.value / *whole.value;
    cell.basis = Basis::Derived;
    cell.asOf = std::max(part.asOf, whole.asOf);
    cell.source
            = tr("derived: %1 %2 / %3 %4 (computed by irdash)")
                      .arg(part.periodCode, numberText(part), whole.periodCode, numberText(whole));
    return cell;
}

Table Queries::progress(const FiscalPeriod &quarter) const
{
    const int year = quarter.fiscalYear();
    const FiscalPeriod half = FiscalPeriod::half(year, 1);
    const FiscalPeriod fullYear = FiscalPeriod::year(year);
    const FiscalPeriod lastYearQuarter = quarter.samePeriodPreviousYear();
    const FiscalPeriod lastHalf = half.samePeriodPreviousYear();
    const FiscalPeriod lastYear = fullYear.samePeriodPreviousYear();

    Table table = newTable(QStringLiteral("progress"),
                           tr("Progress toward the targets, %1").arg(quarter.label()));
    table.setCategoryHeader(tr("Metric"));
    TableSeries cumulative {QStringLiteral("cumulative"),
                            tr("Actual to %1").arg(quarter.label()),
                            Units::money(),
                            {}};
    TableSeries halfTarget {
            QStringLiteral("half_target"), tr("%1 target").arg(half.label()), Units::money(), {}};
    TableSeries halfProgress {QStringLiteral("half_progress"),
                              tr("Progress to %1 target").arg(half.label()),
                              Unit::Percent,
                              {}};
    TableSeries yearTarget {QStringLiteral("year_target"),
                            tr("%1 target").arg(fullYear.label()),
                            Units::money(),
                            {}};
    TableSeries yearProgress {QStringLiteral("year_progress"),
                              tr("Progress to %1 target").arg(fullYear.label()),
                              Unit::Percent,
                              {}};
    TableSeries lastHalfPace {
            QStringLiteral("last_year_half_progress"),
            tr("Last year: %1 of %2 actual").arg(lastYearQuarter.label(), lastHalf.label()),
            Unit::Percent,
            {}};
    TableSeries lastYearPace {
            QStringLiteral("last_year_year_progress"),
            tr("Last year: %1 of %2 actual").arg(lastYearQuarter.label(), lastYear.label()),
            Unit::Percent,
            {}};

    const bool halfOpen = quarter.index() <= 2;
    for (const QString &metric : progressMetrics()) {
        table.addCategory(metric, MetricCatalogue::displayName(metric));
        const TableCell now = cumulativeCell(quarter, metric);
        TableCell halfGoal
                = gapCell(half, metric, Units::money(), tr("no target in the dataset"), true);
        if (const auto fact = m_index.target(half, metric))
            halfGoal = factCell(*fact, Units::money());
        TableCell yearGoal
                = gapCell(fullYear, metric, Units::money(), tr("no target in the dataset"), true);
        if (const auto fact = m_index.target(fullYear, metric))
            yearGoal = factCell(*fact, Units::money());
        cumulative.cells.append(now);
        halfTarget.cells.append(halfGoal);
        yearTarget.cells.append(yearGoal);
        if (halfOpen) {
            halfProgress.cells.append(
                    percentCell(now, halfGoal, tr("the actual and the half-year target")));
            lastHalfPace.cells.append(percentCell(cumulativeCell(lastYearQuarter, metric),
                                                  actualCell(lastHalf, metric, Units::money()),
                                                  tr("last year's actuals")));
        } else {
            const QString note = tr("the first half is over");
            halfProgress.cells.append(emptyCell(half, metric, Unit::Percent, note));
            lastHalfPace.cells.append(emptyCell(lastHalf, metric, Unit::Percent, note));
        }
        yearProgress.cells.append(
                percentCell(now, yearGoal, tr("the actual and the full-year target")));
        lastYearPace.cells.append(percentCell(cumulativeCell(lastYearQuarter, metric),
                                              actualCell(lastYear, metric, Units::money()),
                                              tr("last year's actuals")));
    }
    for (const TableSeries &series : {cumulative, halfTarget, halfProgress, lastHalfPace,
                                      yearTarget, yearProgress, lastYearPace})
        table.addSeries(series);
    return table;
}

Table Queries::targetRevisions(const FiscalPeriod &targetPeriod) const
{
    Table table = newTable(QStringLiteral("target-revisions"),
                           tr("Revisions of the %1 targets").arg(targetPeriod.label()));
    table.setCategoryHeader(tr("Target"));
    TableSeries value {QStringLiteral("value"), tr("Target"), Units::money(), {}};
    TableSeries revision {QStringLiteral("revision"), tr("Revision"), Units::money(), {}};
    for (const QString &metric : targetMetrics()) {
        const auto definition = MetricCatalogue::find(metric);
        const Unit unit = definition && definition->dimension == Dimension::PerShare
                ? Units::perShare()
                : Units::money();
        const QList<Fact> vintages = m_index.vintages(targetPeriod, metric, Basis::Target);
        for (qsizetype i = 0; i < vintages.size(); ++i) {
            const Fact &fact = vintages[i];
            table.addCategory(
                    metric + QLatin1Char('@') + fact.asOfText(),
                    tr("%1, %2").arg(MetricCatalogue::displayName(metric), fact.asOfText()));
            const TableCell cell = factCell(fact, unit);
            value.cells.append(cell);
            if (i == 0) {
                revision.cells.append(
                        emptyCell(targetPeriod, metric, unit, tr("first announcement")));
                continue;
            }
            const TableCell before = factCell(vintages[i - 1], unit);
            TableCell change = cell;
            change.value = *cell.value - *before.value;
            change.basis = Basis::Derived;
            change.source = tr("derived: %1 target %2 (%3) minus %4 (%5) (computed by irdash)")
                                    .arg(metric, numberText(cell), cell.asOf.toString(Qt::ISODate),
                                         numberText(before), before.asOf.toString(Qt::ISODate));
            revision.cells.append(change);
        }
    }
    table.addSeries(value);
    table.addSeries(revision);
    return table;
}

Table Queries::targetHistory(const FiscalPeriod &targetPeriod, const QString &metric) const
{
    Table table = newTable(
            QStringLiteral("target-history"),
            //: %1 a metric, %2 a period: "EPS: FY2013 target"
            tr("%1: %2 target").arg(MetricCatalogue::displayName(metric), targetPeriod.label()));
    table.setCategoryHeader(tr("Announced"));
    const auto definition = MetricCatalogue::find(metric);
    const Unit unit = definition && definition->dimension == Dimension::PerShare ? Units::perShare()
                                                                                 : Units::money();
    TableSeries series {metric, MetricCatalogue::displayName(metric), unit, {}};
    for (const Fact &fact : m_index.vintages(targetPeriod, metric, Basis::Target)) {
        if (!fact.asOf.isValid())
            continue;  // a step needs a date
        table.addCategory(fact.asOfText(), fact.asOfText());
        series.cells.append(factCell(fact, unit));
    }
    table.addSeries(series);
    return table;
}

QStringList Queries::kpiMetrics()
{
    return CompanyProfile::active().dashboard.kpis;
}

Table Queries::kpis(const FiscalPeriod &quarter) const
{
    Table table = newTable(QStringLiteral("kpis"), tr("Key figures, %1").arg(quarter.label()));
    table.setCategoryHeader(tr("Metric"));
    const QStringList metrics = kpiMetrics();
    for (const QString &metric : metrics)
        table.addCategory(metric, MetricCatalogue::displayName(metric));

    const FiscalPeriod yearAgo = quarter.samePeriodPreviousYear();
    const FiscalPeriod quarterAgo = quarter.previousQuarter();
    auto valueCell = [&](const FiscalPeriod &period, const QString &metric) {
        // A ratio the figures give when it is not stated, as the profile defines it.
        if (const auto definition = MetricCatalogue::find(metric);
            definition && definition->isRatio())
            return ratioCell(period, metric, definition->numerator, definition->denominator);
        return actualCell(period, metric, Units::money());
    };

    TableSeries current {QStringLiteral("value"), quarter.label(), Units::money(), {}};
    TableSeries yoyBase {QStringLiteral("year_ago"), yearAgo.label(), Units::money(), {}};
    TableSeries yoyChange {QStringLiteral("yoy_change"), tr("YoY change"), Units::money(), {}};
    TableSeries yoyPercent {QStringLiteral("yoy_pct"), tr("YoY %"), Unit::Percent, {}};
    TableSeries qoqBase {QStringLiteral("quarter_ago"), quarterAgo.label(), Units::money(), {}};
    TableSeries qoqChange {QStringLiteral("qoq_change"), tr("QoQ change"), Units::money(), {}};
    TableSeries qoqPercent {QStringLiteral("qoq_pct"), tr("QoQ %"), Unit::Percent, {}};

    auto changes = [&](const TableCell &now, const TableCell &before, const QString &metric,
                       TableSeries &changeSeries, TableSeries &percentSeries) {
        const bool isRatio = now.unit == Unit::Percent;
        if (!now.value || !before.value) {
            const QString note = tr("needs %1 and %2")
                                         .arg(quarter.label(),
                                              FiscalPeriod::fromCode(before.periodCode)
                                                      .value_or(FiscalPeriod())
                                                      .label());
            changeSeries.cells.append(emptyCell(quarter, metric, now.unit, note));
            percentSeries.cells.append(emptyCell(quarter, metric, Unit::Percent, note));
            return;
        }
        TableCell c;
        c.value = *now.value - *before.value;
        c.decimals = std::max(now.decimals, before.decimals);
        c.unit = now.unit;  // a ratio's change is in percentage points
        c.basis = Basis::Derived;
        c.asOf = std::max(now.asOf, before.asOf);
        c.periodCode = quarter.code();
        c.metric = metric;
        c.source = tr("derived: %1 %2 minus %3 %4 (computed by irdash)")
                           .arg(now.periodCode, numberText(now), before.periodCode,
                                numberText(before));
        if (isRatio)
            c.note = tr("percentage points");
        changeSeries.cells.append(c);
        TableCell p = c;
        p.unit = Unit::Percent;
        p.decimals = 1;
        p.note.clear();
        if (isRatio) {
            p.value.reset();
            p.source.clear();
            p.note = tr("not shown for a ratio; see the change in points");
        } else if (*before.value == 0.0) {
            p.value.reset();
            p.source.clear();
            p.note = tr("not defined: the earlier figure is zero");
        } else {
            p.value = 100.0 * (*now.value - *before.value) / std::abs(*before.value);
            p.source = tr("derived: (%1 %2 / %3 %4 - 1) x 100 (computed by irdash)")
                               .arg(now.periodCode, numberText(now), before.periodCode,
                                    numberText(before));
        }
        percentSeries.cells.append(p);
    };

    // A change the company stated for this vintage wins over the one computed above.
    auto preferStated = [&](const TableCell &now, const QString &metric,
                            MetricDefinition::Variant variant, TableSeries &series) {
        using Variant = MetricDefinition::Variant;
        const bool percent = variant == Variant::YoyPercent || variant == Variant::QoqPercent;
        if (!now.value || (percent && now.unit == Unit::Percent))
            return;  // no % change of a ratio: it moves in points
        const auto fact = statedChange(quarter, metric, variant, now, Basis::Reported);
        if (!fact)
            return;
        TableCell &cell = series.cells.last();
        TableCell stated = factCell(*fact, percent ? Unit::Percent : now.unit);
        stated.note = cell.value
                ? tr("stated by the company; computed from the figures: %1").arg(numberText(cell))
                : tr("stated by the company");
        cell = stated;
    };

    for (const QString &metric : metrics) {
        const TableCell now = valueCell(quarter, metric);
        const TableCell lastYear = valueCell(yearAgo, metric);
        const TableCell lastQuarter = valueCell(quarterAgo, metric);
        current.cells.append(now);
        yoyBase.cells.append(lastYear);
        qoqBase.cells.append(lastQuarter);
        changes(now, lastYear, metric, yoyChange, yoyPercent);
        changes(now, lastQuarter, metric, qoqChange, qoqPercent);
        using Variant = MetricDefinition::Variant;
        preferStated(now, metric, Variant::YoyChange, yoyChange);
        preferStated(now, metric, Variant::YoyPercent, yoyPercent);
        preferStated(now, metric, Variant::QoqChange, qoqChange);
        preferStated(now, metric, Variant::QoqPercent, qoqPercent);
    }
    for (const TableSeries &series :
         {current, yoyBase, yoyChange, yoyPercent, qoqBase, qoqChange, qoqPercent})
        table.addSeries(series);
    return table;
}
