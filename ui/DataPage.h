#pragma once

#include "ConsistencyCheck.h"
#include "Fact.h"

#include <QList>
#include <QWidget>

class FactsFilterModel;
class FactsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// Every stored figure in one table, searchable and filterable by basis, so any number
// on a chart can be traced to its source.
class DataPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)

public:
    explicit DataPage(QWidget *parent = nullptr);
    ~DataPage() override;

    // The facts, each figure the check finds contradicted beyond rounding flagged.
    void setFacts(const QList<Fact> &facts, const ConsistencyCheck::Report &checks = {});
    // The facts the search and the basis filter let through, in the order shown.
    QList<Fact> visibleFacts() const;
    // Sets every visible string again; called on a language switch.
    void retranslate();

signals:
    // A flagged figure was activated: show its consistency check.
    void checkRequested(const QString &figureKey);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyBasisFilter();
    void updateCount();

    FactsModel *m_model = nullptr;
    FactsFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_basisLabel = nullptr;
    QComboBox *m_basis = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};
