#pragma once

#include "Basis.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

// Filters FactsModel rows by free text and basis, and sorts them by
// FactsModel::SortRole so periods sort chronologically and values numerically.
class FactsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactsFilterModel)

public:
    explicit FactsFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    // Case-insensitive; matches period code and label, metric key and display name,
    // and source. Surrounding white space is ignored.
    void setSearchText(const QString &text);

    std::optional<Basis> basisFilter() const { return m_basis; }
    // std::nullopt shows every basis.
    void setBasisFilter(std::optional<Basis> basis);

    // Labels and display names are translated, so a language switch can change
    // what matches.
    void retranslate();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    std::optional<Basis> m_basis;
};
