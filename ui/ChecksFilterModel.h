#pragma once

#include <QSortFilterProxyModel>

// Shows every mismatch of a ChecksModel or only those the rounding does not explain, and
// sorts by ChecksModel::SortRole so figures sort numerically and periods chronologically.
class ChecksFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksFilterModel)

public:
    explicit ChecksFilterModel(QObject *parent = nullptr);

    bool unexplainedOnly() const { return m_unexplainedOnly; }
    void setUnexplainedOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_unexplainedOnly = false;
};
