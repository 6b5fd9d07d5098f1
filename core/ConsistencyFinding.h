#pragma once

#include "Basis.h"
#include "Fact.h"
#include "Unit.h"

#include <QDate>
#include <QList>
#include <QString>

// One comparison of a stated figure with the same figure recomputed from others,
// where the two disagree at the stated precision.
struct ConsistencyFinding
{
    enum class Rule {
        PartsVsTotal,  // segments vs their total, revenue = cost + margin, ...
        PeriodsVsTotal,  // quarters vs half, nine months, full year
        RatioVsParts,  // a stated ratio vs numerator / denominator
        StatedChange,  // a stated YoY/QoQ change vs the figures it compares
    };

    Rule rule = Rule::PartsVsTotal;
    QString periodCode;
    QString metric;  // the stated figure's key
    // The rest of the stated figure's identity (with period and metric), so a view can
    // tell which of its cells the finding is about.
    Basis basis = Basis::Reported;
    QDate asOf;
    QString source;  // the stated figure's
    QString description;  // what was compared, in words and figures
    // What was compared, for a reader: metric names rather than keys, no figures.
    QString comparison;
    // The figures the recomputation used, the stated one not among them.
    QList<Fact> inputs;
    Unit unit = Unit::JpyMillion;
    double stated = 0.0;
    int statedDecimals = 0;
    double recomputed = 0.0;
    double low = 0.0;  // the range the recomputed figure can take given the
    double high = 0.0;  // rounding of every input
    double statedTolerance = 0.0;
    bool explainedByRounding = false;

    double difference() const { return stated - recomputed; }
    // How far apart the stated figure's range and the recomputed range are: zero when
    // they meet (the rounding explains the mismatch).
    double gap() const;
    // The stated figure's identity as one text: period, metric, basis, announcement date.
    QString figureKey() const;
    static QString figureKey(const QString &periodCode, const QString &metric, Basis basis,
                             const QDate &asOf);
    static QString ruleCode(Rule rule);
};
