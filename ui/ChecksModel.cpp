#include "ChecksModel.h"

#include "CellFormatter.h"
#include "FactsModel.h"
#include "MetricCatalogue.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace {

// The recomputed figure, its range and the difference get one decimal more than the stated
// figure: enough to see how far apart they are, as `irdash check` prints them.
int finerDecimals(const ConsistencyFinding &finding)
{
    return finding.statedDecimals + 1;
}

QString numberOf(double value, int decimals)
{
    return CellFormatter::number(value, decimals);
}

QString periodLabel(const QString &code)
{
    const auto period = FiscalPeriod::fromCode(code);
    return period ? period->label() : code;
}

}  // namespace

ChecksModel::ChecksModel(QObject *parent) : QAbstractTableModel(parent) { }

void ChecksModel::setReport(const ConsistencyCheck::Report &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void ChecksModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.mismatches.size());
}

int ChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ChecksModel::sources(const ConsistencyFinding &finding)
{
    QStringList result {finding.source};
    for (const Fact &input : finding.inputs) {
        if (!result.contains(input.source))
            result.append(input.source);
    }
    return result;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsistencyFinding &finding = m_report.mismatches.at(index.row());
    const bool unexplained = !finding.explainedByRounding;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(finding, index.column());
    case SortRole:
        return sortData(finding, index.row(), index.column());
    case ExplainedRole:
        return finding.explainedByRounding;
    case Qt::ToolTipRole:
        if (index.column() == SourcesColumn)
            return sources(finding).join(QLatin1Char('\n'));
        return ConsistencyCheck::summary(finding);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case StatedColumn:
        case RecomputedColumn:
        case DifferenceColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::BackgroundRole:
        // The warning colour of a flagged cell in the other tables.
        if (unexplained)
            return QBrush(QColor(0xfd, 0xe2, 0xc4));
        return {};
    case Qt::ForegroundRole:
        if (unexplained)
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case Qt::FontRole:
        if (unexplained && index.column() == ResultColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ChecksModel::displayData(const ConsistencyFinding &f, int column) const
{
    const int decimals = finerDecimals(f);
    switch (column) {
    case ResultColumn:
        return f.explainedByRounding ? tr("Within rounding")
                                     : QStringLiteral("⚠ ") + tr("Beyond rounding");
    case ComparedColumn:
        return f.comparison;
    case PeriodColumn:
        return periodLabel(f.periodCode);
    case UnitColumn:
        return CellFormatter::unitName(f.unit);
    case StatedColumn:
        return numberOf(f.stated, f.statedDecimals);
    case RecomputedColumn:
        if (f.low == f.high)
            return numberOf(f.recomputed, decimals);
        //: a recomputed figure and the range the rounding of its inputs allows:
        //: "26,342.0 (26,340.0 to 26,344.0)"
        return tr("%1 (%2 to %3)")
                .arg(numberOf(f.recomputed, decimals), numberOf(f.low, decimals),
                     numberOf(f.high, decimals));
    case DifferenceColumn: {
        const QString text = numberOf(f.difference(), decimals);
        return f.difference() > 0 && text != numberOf(0.0, decimals)
                ? QLocale().positiveSign() + text
                : text;
    }
    case ExplanationColumn:
        if (f.explainedByRounding)
            return tr("Rounding explains it");
        //: %1 how far apart the stated figure's range and the recomputed one are
        return tr("%1 beyond rounding").arg(numberOf(f.gap(), decimals));
    case SourcesColumn:
        return sources(f).join(QStringLiteral("; "));
    default:
        return {};
    }
}

QVariant ChecksModel::sortData(const ConsistencyFinding &f, int row, int column) const
{
    switch (column) {
    case ResultColumn:
        // Unexplained first, each group in the report's order.
        return (f.explainedByRounding ? 1'000'000 : 0) + row;
    case PeriodColumn:
        return FactsModel::periodSortKey(
                FiscalPeriod::fromCode(f.periodCode).value_or(FiscalPeriod()));
    case StatedColumn:
        return f.stated;
    case RecomputedColumn:
        return f.recomputed;
    case DifferenceColumn:
        return f.difference();
    case ExplanationColumn:
        return f.gap();
    default:
        return displayData(f, column);
    }
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RecomputedColumn:
            return tr("The figure recomputed from the others, and the range it can take when "
                      "each of them may be off by half its last digit");
        case DifferenceColumn:
            return tr("Stated minus recomputed");
        case ExplanationColumn:
            return tr("Whether the rounding of the stated figures can explain the difference");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResultColumn:
        return tr("Result");
    case ComparedColumn:
        return tr("Compared");
    case PeriodColumn:
        return tr("Period");
    case UnitColumn:
        return tr("Unit");
    case StatedColumn:
        return tr("Stated");
    case RecomputedColumn:
        return tr("Recomputed (range)");
    case DifferenceColumn:
        return tr("Difference");
    case ExplanationColumn:
        return tr("Explanation");
    case SourcesColumn:
        return tr("Sources");
    default:
        return {};
    }
}

QString ChecksModel::detail(const ConsistencyFinding &f)
{
    const QLocale locale;
    const int decimals = finerDecimals(f);
    const QString unit = CellFormatter::unitName(f.unit);
    const auto amount = [&](double value, int places) {
        //: a figure and its unit: "26,441 JPY million"
        return tr("%1 %2").arg(numberOf(value, places), unit);
    };
    const auto figureLine = [&](const Fact &fact) {
        //: one figure of a comparison: %1 period, %2 metric, %3 value as stated, %4 unit,
        //: %5 basis, %6 announcement date, %7 source
        return tr("%1 %2: %3 %4 (%5, %6) — %7")
                .arg(periodLabel(fact.period.code()), MetricCatalogue::displayName(fact.metric),
                     locale.toString(fact.value, 'f', fact.decimals),
                     CellFormatter::unitName(fact.unit), Bases::displayName(fact.basis),
                     fact.asOf.isValid() ? fact.asOfText() : tr("no date"), fact.source)
                .toHtmlEscaped();
    };
    QString html;
    html += QStringLiteral("<p><b>%1</b></p>")
                    .arg((f.explainedByRounding
                                  ? tr("Within rounding: %1, %2")
                                  : QStringLiteral("⚠ ") + tr("Beyond rounding: %1, %2"))
                                 .arg(f.comparison, periodLabel(f.periodCode))
                                 .toHtmlEscaped());
    Fact stated;
    stated.period = FiscalPeriod::fromCode(f.periodCode).value_or(FiscalPeriod());
    stated.metric = f.metric;
    stated.value = f.stated;
    stated.decimals = f.statedDecimals;
    stated.unit = f.unit;
    stated.basis = f.basis;
    stated.asOf = f.asOf;
    stated.source = f.source;
    html += QStringLiteral("<p>%1<br>%2</p>")
                    .arg(tr("Stated:").toHtmlEscaped(), figureLine(stated));
    QStringList inputs;
    for (const Fact &input : f.inputs)
        inputs.append(QStringLiteral("<li>%1</li>").arg(figureLine(input)));
    html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(tr("Recomputed %1 from:")
                                 .arg(amount(f.recomputed, decimals))
                                 .toHtmlEscaped(),
                         inputs.join(QString()));
    //: the rounding explanation: %1 to %2 the stated figure's range, %3 to %4 the recomputed one
    const QString ranges
            = tr("Stated to its last digit, the figure stands for anything from %1 to %2; the "
                 "figures it was recomputed from, each taken the same way (a figure derived from "
                 "others three times as wide), give %3 to %4.")
                      .arg(numberOf(f.stated - f.statedTolerance, decimals),
                           numberOf(f.stated + f.statedTolerance, decimals),
                           numberOf(f.low, decimals), numberOf(f.high, decimals));
    const QString verdict = f.explainedByRounding
            ? tr("The two ranges meet: the difference of %1 can come from rounding alone.")
                      .arg(amount(f.difference(), decimals))
            : tr("The two ranges are %1 apart: rounding cannot explain the difference of %2. "
                 "One of the figures may be wrong, restated since, or defined differently.")
                      .arg(amount(f.gap(), decimals), amount(f.difference(), decimals));
    html += QStringLiteral("<p>%1</p><p><b>%2</b></p>")
                    .arg(ranges.toHtmlEscaped(), verdict.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br><code>%2</code></p>")
                    .arg(tr("As irdash check prints it:").toHtmlEscaped(),
                         f.description.toHtmlEscaped());
    return html;
}
