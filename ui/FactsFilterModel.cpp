#include "FactsFilterModel.h"

#include "FactsModel.h"
#include "MetricCatalogue.h"

FactsFilterModel::FactsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FactsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FactsFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateRowsFilter();
}

void FactsFilterModel::setBasisFilter(std::optional<Basis> basis)
{
    if (basis == m_basis)
        return;
    m_basis = basis;
    invalidateRowsFilter();
}

void FactsFilterModel::retranslate()
{
    invalidate();
}

bool FactsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Only FactsModel is ever set as the source; anything else shows unfiltered.
    const auto *facts = qobject_cast<const FactsModel *>(sourceModel());
    if (!facts || sourceParent.isValid())
        return true;
    const Fact &fact = facts->fact(sourceRow);
    if (m_basis && fact.basis != *m_basis)
        return false;
    if (m_searchText.isEmpty())
        return true;
    const auto matches = [this](const QString &text) {
        return text.contains(m_searchText, Qt::CaseInsensitive);
    };
    return matches(fact.period.code()) || matches(fact.period.label()) || matches(fact.metric)
            || matches(MetricCatalogue::displayName(fact.metric)) || matches(fact.source);
}
