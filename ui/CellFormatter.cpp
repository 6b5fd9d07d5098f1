#include "CellFormatter.h"

#include "FiscalPeriod.h"
#include "Language.h"

#include <cmath>

int CellFormatter::displayDecimals(const TableCell &cell)
{
    switch (cell.unit) {
    case Unit::JpyMillion:
    case Unit::Count:
        return std::min(cell.decimals, 1);
    case Unit::UsdMillion:
    case Unit::UsdThousand:
        // Dollar millions are stated to a tenth (524.6), thousands whole.
        return std::min(cell.decimals, 1);
    case Unit::UsdBillion:
        return std::clamp(cell.decimals, 0, 3);
    case Unit::Usd:
        return 2;
    case Unit::JpyBillion:
        // As stated: "2.0" is 2.0, "10" is 10 (in 億円, one decimal fewer).
        return displayFactor(cell.unit) == 10.0 ? std::clamp(cell.decimals - 1, 0, 2)
                                                : std::clamp(cell.decimals, 0, 3);
    case Unit::Jpy:
        return 2;
    case Unit::Percent:
        return std::max(cell.decimals, 1) > 2 ? 2 : 1;
    }
    return cell.decimals;
}

double CellFormatter::displayFactor(Unit unit)
{
    return unit == Unit::JpyBillion && Language::current() == QLatin1String("ja") ? 10.0 : 1.0;
}

QString CellFormatter::unitName(Unit unit)
{
    if (unit == Unit::JpyBillion && displayFactor(unit) == 10.0)
        return tr("JPY 100 million");
    return Units::displayName(unit);
}

QString CellFormatter::number(double value, int decimals, const QLocale &locale)
{
    // Avoid "-0" for a value that rounds to zero.
    const double scale = std::pow(10.0, decimals);
    if (std::round(std::abs(value) * scale) == 0.0)
        value = 0.0;
    return locale.toString(value, 'f', decimals);
}

QString CellFormatter::value(const TableCell &cell, const QLocale &locale)
{
    if (!cell.value)
        return QStringLiteral("—");
    const QString percent = cell.unit == Unit::Percent ? QString(locale.percent()) : QString();
    const QString text
            = number(*cell.value * displayFactor(cell.unit), displayDecimals(cell), locale)
            + percent;
    switch (cell.bound) {
    case Fact::Bound::Exact:
        return text;
    case Fact::Bound::AtLeast:
        //: a target stated as a lower bound: "10+" (over 10); Japanese 10超
        return tr("%1+").arg(text);
    case Fact::Bound::AtMost:
        //: a target stated as an upper bound: "under 5"; Japanese 5未満
        return tr("under %1").arg(text);
    case Fact::Bound::Range:
        //: a target stated as a range: "985–1,005"
        return tr("%1–%2").arg(
                text,
                number(cell.upper * displayFactor(cell.unit), displayDecimals(cell), locale)
                        + percent);
    }
    return text;
}

QString CellFormatter::valueWithUnit(const TableCell &cell, const QLocale &locale)
{
    if (!cell.value)
        return QStringLiteral("—");
    if (cell.unit == Unit::Percent)
        return value(cell, locale);
    //: %1 is a number, %2 its unit, e.g. "26,441 JPY million"
    return tr("%1 %2").arg(value(cell, locale), unitName(cell.unit));
}

QString CellFormatter::signedValue(const TableCell &cell, const QLocale &locale)
{
    if (!cell.value)
        return QStringLiteral("—");
    const QString text = value(cell, locale);
    const bool positive = std::round(*cell.value * std::pow(10.0, displayDecimals(cell))) > 0;
    return positive ? locale.positiveSign() + text : text;
}

QString CellFormatter::basisMarker(const TableCell &cell)
{
    if (!cell.value || cell.basis == Basis::Reported)
        return {};
    return cell.basis == Basis::Derived ? tr("derived") : tr("target");
}

QString CellFormatter::details(const TableCell &cell, const QString &seriesLabel,
                               const QString &categoryLabel, const QLocale &locale)
{
    QString period = categoryLabel;
    if (const auto p = FiscalPeriod::fromCode(cell.periodCode))
        period = p->label();
    //: the figure a table's focused cell holds: %1 the metric, %2 the period
    const QString what = tr("%1, %2").arg(seriesLabel, period);
    if (!cell.value)
        //: a focused table cell without a figure: %1 metric and period, %2 why
        return tr("%1: no figure (%2)").arg(what, cell.note);
    QString basis = Bases::displayName(cell.basis);
    if (cell.basis == Basis::Derived)
        basis = tr("derived (computed from stated figures, not reported)");
    else if (cell.basis == Basis::Target)
        basis = tr("target (a company forecast)");
    QStringList parts {valueWithUnit(cell, locale), basis, tr("Source: %1").arg(cell.source)};
    if (cell.asOf.isValid())
        parts << tr("Announced: %1").arg(cell.asOf.toString(Qt::ISODate));
    if (!cell.note.isEmpty())
        parts << cell.note;
    //: separates the parts of a figure's details in the status bar
    return tr("%1: %2").arg(what, parts.join(tr(" · ")));
}

QString CellFormatter::tooltip(const TableCell &cell, const QString &seriesLabel,
                               const QString &categoryLabel, const QLocale &locale)
{
    QString period = categoryLabel;
    if (const auto p = FiscalPeriod::fromCode(cell.periodCode))
        period = p->label();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2")
                     .arg(seriesLabel.toHtmlEscaped(), period.toHtmlEscaped());
    // The warning first: it is why the cell looks different.
    for (const QString &mismatch : cell.mismatches)
        lines << QStringLiteral("<b>⚠ %1</b>")
                         .arg(tr("Consistency check: %1").arg(mismatch).toHtmlEscaped());
    if (!cell.value) {
        lines << tr("No figure: %1").arg(cell.note.toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    lines << valueWithUnit(cell, locale).toHtmlEscaped();
    QString basis = Bases::displayName(cell.basis);
    if (cell.basis == Basis::Derived)
        basis = tr("derived (computed from stated figures, not reported)");
    else if (cell.basis == Basis::Target)
        basis = tr("target (a company forecast)");
    lines << tr("Basis: %1").arg(basis.toHtmlEscaped());
    lines << tr("Source: %1").arg(cell.source.toHtmlEscaped());
    if (cell.asOf.isValid())
        lines << tr("Announced: %1").arg(locale.toString(cell.asOf, QLocale::ShortFormat));
    if (!cell.note.isEmpty())
        lines << cell.note.toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre-wrap; max-width:480px'>%1</p>")
            .arg(lines.join(QStringLiteral("<br>")));
}
