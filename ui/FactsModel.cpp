#include "FactsModel.h"

#include "CellFormatter.h"
#include "CheckLink.h"
#include "FigureDetails.h"
#include "MetricCatalogue.h"
#include "Queries.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

FactsModel::FactsModel(QObject *parent) : QAbstractTableModel(parent) { }

namespace {

QString figureKeyOf(const Fact &fact)
{
    return ConsistencyFinding::figureKey(fact.period.code(), fact.metric, fact.basis, fact.asOf);
}

}  // namespace

void FactsModel::setFacts(const QList<Fact> &facts, const ConsistencyCheck::Report &checks)
{
    beginResetModel();
    m_facts = facts;
    m_mismatches.clear();
    for (const ConsistencyFinding &finding : checks.mismatches) {
        if (!finding.explainedByRounding)
            m_mismatches[finding.figureKey()].append(ConsistencyCheck::summary(finding));
    }
    endResetModel();
}

QStringList FactsModel::mismatches(int row) const
{
    if (m_mismatches.isEmpty() || row < 0 || row >= m_facts.size())
        return {};
    return m_mismatches.value(figureKeyOf(m_facts.at(row)));
}

void FactsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_facts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 FactsModel::periodSortKey(const FiscalPeriod &period)
{
    if (!period.isValid())
        return 0;
    return period.endDate().toJulianDay() * 100 + period.months();
}

int FactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fact &fact = m_facts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ValueColumn && !mismatches(index.row()).isEmpty())
            return QString(QStringLiteral("⚠ ") + displayData(fact, index.column()).toString());
        return displayData(fact, index.column());
    case SortRole:
        return sortData(fact, index.column());
    case Qt::ToolTipRole: {
        QString tooltip = CellFormatter::tooltip(Queries::cellOf(fact, fact.unit),
                                                 MetricCatalogue::displayName(fact.metric),
                                                 fact.period.label())
                + QStringLiteral("<br><small>%1</small>").arg(fact.metric.toHtmlEscaped());
        for (const QString &mismatch : mismatches(index.row()))
            tooltip += QStringLiteral("<br>⚠ ")
                    + tr("Consistency check: %1").arg(mismatch).toHtmlEscaped();
        if (!mismatches(index.row()).isEmpty())
            tooltip += QStringLiteral("<br><i>%1</i>")
                               .arg(tr("Double-click or press Enter to see it on the Checks page.")
                                            .toHtmlEscaped());
        return tooltip;
    }
    case FigureDetails::Role:
        return CellFormatter::details(Queries::cellOf(fact, fact.unit),
                                      MetricCatalogue::displayName(fact.metric),
                                      fact.period.label());
    case CheckLink::FigureKeyRole:
        if (mismatches(index.row()).isEmpty())
            return {};
        return figureKeyOf(fact);
    case Qt::BackgroundRole:
        if (!mismatches(index.row()).isEmpty())  // the row of a contradicted figure
            return QBrush(QColor(0xfd, 0xe2, 0xc4));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (fact.basis == Basis::Derived) {
            // Italic like a footnote: computed here, not stated by the company.
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole: {
        if (!mismatches(index.row()).isEmpty())  // dark on the warning colour, whatever the theme
            return QBrush(QColor(0x20, 0x20, 0x20));
        // Palette colours rather than fixed ones, so dark themes stay readable.
        const QPalette palette = QGuiApplication::palette();
        if (fact.basis == Basis::Derived)
            return palette.brush(QPalette::PlaceholderText);
        if (fact.basis == Basis::Target)
            return palette.brush(QPalette::Link);
        return {};
    }
    default:
        return {};
    }
}

QVariant FactsModel::displayData(const Fact &fact, int column) const
{
    switch (column) {
    case PeriodColumn:
        return fact.period.label();
    case MetricColumn:
        return MetricCatalogue::displayName(fact.metric);
    case ValueColumn:
        // As the charts show it (億円 in Japanese, a bound as "10+"), with the stated
        // decimals, which say how precisely the figure was given.
        return CellFormatter::value(Queries::cellOf(fact, fact.unit));
    case UnitColumn:
        return CellFormatter::unitName(fact.unit);
    case BasisColumn:
        return Bases::displayName(fact.basis);
    case SourceColumn:
        return fact.source;
    case AsOfColumn:
        return fact.asOfText();
    default:
        return {};
    }
}

QVariant FactsModel::sortData(const Fact &fact, int column) const
{
    switch (column) {
    case PeriodColumn:
        return periodSortKey(fact.period);
    case ValueColumn:
        return fact.value;
    case BasisColumn:
        return int(fact.basis);
    case AsOfColumn:
        return fact.asOf;
    default:
        return displayData(fact, column);
    }
}

QVariant FactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::InitialSortOrderRole)
        return Qt::AscendingOrder;
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case BasisColumn:
        return tr("Basis");
    case SourceColumn:
        return tr("Source");
    case AsOfColumn:
        //: date the figure was announced
        return tr("As of");
    default:
        return {};
    }
}
