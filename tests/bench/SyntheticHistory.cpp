// Writes the benchmark's synthetic history in the interchange format: every base metric
// of the catalogue for every quarter, half, nine-month and full-year period of FY2000 to
// FY2099, as reported, derived and target. The figures are made up and say so in their
// source; they exist to measure irdash at the largest size one company's history reaches.
// Those that would be announced more than ten years from today are undated.
//
// Usage: irdash_synthetic_history OUTPUT.csv

#include "FactWriter.h"
#include "MetricCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cmath>

namespace {

Unit unitFor(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Money:
        return Unit::JpyMillion;
    case Dimension::PerShare:
        return Unit::Jpy;
    case Dimension::Percent:
        return Unit::Percent;
    case Dimension::Count:
        return Unit::Count;
    }
    return Unit::JpyMillion;
}

// A quarter's figure: grows with the years, varies by metric and quarter, always the same.
double quarterValue(int metricIndex, int year, int quarter, Dimension dimension)
{
    const int seed = (metricIndex * 7919 + year * 104729 + quarter * 1299709) % 1000;
    switch (dimension) {
    case Dimension::Money:
        return 1000 + 25 * metricIndex + 40 * (year - 2000) + seed;
    case Dimension::PerShare:
        return 10 + seed / 10.0;
    case Dimension::Percent:
        return 5 + seed / 50.0;
    case Dimension::Count:
        return 500 + 10 * (year - 2000) + seed;
    }
    return 0;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: irdash_synthetic_history OUTPUT.csv\n";
        return 2;
    }

    const QList<MetricDefinition> metrics = MetricCatalogue::baseMetrics();
    // The reader takes no as_of more than ten years ahead: a figure that would be announced
    // later is undated.
    const QDate latest = QDate::currentDate().addYears(10);
    const auto announced = [&](const QDate &date) { return date <= latest ? date : QDate(); };
    QList<Fact> facts;
    facts.reserve(metrics.size() * 100 * 8 * 3);
    for (int year = 2000; year <= 2099; ++year) {
        for (int m = 0; m < metrics.size(); ++m) {
            const MetricDefinition &metric = metrics[m];
            const bool additive = metric.dimension == Dimension::Money;
            double quarters[4];
            for (int q = 0; q < 4; ++q)
                quarters[q] = quarterValue(m, year, q + 1, metric.dimension);
            // Money adds up over the year; ratios, per-share figures and counts are
            // stated per period, here as the last quarter's figure.
            const auto over = [&](int first, int last) {
                if (!additive)
                    return quarters[last];
                double sum = 0;
                for (int q = first; q <= last; ++q)
                    sum += quarters[q];
                return sum;
            };
            const QList<std::pair<FiscalPeriod, double>> periods = {
                    {FiscalPeriod::quarter(year, 1), quarters[0]},
                    {FiscalPeriod::quarter(year, 2), quarters[1]},
                    {FiscalPeriod::quarter(year, 3), quarters[2]},
                    {FiscalPeriod::quarter(year, 4), quarters[3]},
                    {FiscalPeriod::half(year, 1), over(0, 1)},
                    {FiscalPeriod::half(year, 2), over(2, 3)},
                    {FiscalPeriod::nineMonths(year), over(0, 2)},
                    {FiscalPeriod::year(year), over(0, 3)},
            };
            const int decimals
                    = metric.dimension == Dimension::Money || metric.dimension == Dimension::Count
                    ? 0
                    : 1;
            for (const auto &[period, value] : periods) {
                Fact fact;
                fact.period = period;
                fact.metric = metric.key;
                fact.unit = unitFor(metric.dimension);
                fact.decimals = decimals;

                fact.basis = Basis::Reported;
                fact.value = value;
                fact.source = QStringLiteral("synthetic benchmark figure, not a company figure");
                fact.asOf = announced(period.endDate().addDays(45));
                facts.append(fact);

                fact.basis = Basis::Derived;
                fact.value = value + 1;
                fact.source = QStringLiteral(
                        "derived: synthetic benchmark figure, the reported one plus 1");
                facts.append(fact);

                fact.basis = Basis::Target;
                fact.value = rounded(value * 1.05, decimals);
                fact.source = QStringLiteral("synthetic benchmark target, not a company target");
                fact.asOf = announced(period.startDate().addDays(-45));
                facts.append(fact);
            }
        }
    }

    QFile file(arguments[1]);
    if (!file.open(QIODevice::WriteOnly) || file.write(FactWriter::toCsv(facts)) < 0) {
        QTextStream(stderr) << "cannot write " << arguments[1] << ": " << file.errorString()
                            << '\n';
        return 1;
    }
    QTextStream(stdout) << facts.size() << " facts written to " << arguments[1] << '\n';
    return 0;
}
