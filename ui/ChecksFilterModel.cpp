#include "ChecksFilterModel.h"

#include "ChecksModel.h"

ChecksFilterModel::ChecksFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ChecksModel::SortRole);
}

void ChecksFilterModel::setUnexplainedOnly(bool only)
{
    if (only == m_unexplainedOnly)
        return;
    m_unexplainedOnly = only;
    invalidateRowsFilter();
}

bool ChecksFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_unexplainedOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !index.data(ChecksModel::ExplainedRole).toBool();
}
