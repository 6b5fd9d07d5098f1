#pragma once

#include "Table.h"
#include "charts/ChartOptions.h"

#include <QWidget>

#include <memory>

class ChartBuilder;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTableView;
class TableModel;
class TargetsChart;

// Last year's actuals against this year's targets: the comparison tables (full year and
// first half), the progress toward the targets beside last year's pace, the side-by-side
// chart, and on request each target's revisions.
class TargetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsPage)

public:
    explicit TargetsPage(QWidget *parent = nullptr);
    ~TargetsPage() override;

    void setContent(const Table &yearComparison, const Table &halfComparison, const Table &progress,
                    const Table &revisions, const ChartOptions &options);
    QChart *chart() const { return m_chart; }
    // What the chart was built from and by, for export.
    const ChartBuilder &builder() const;
    const Table &comparison() const { return m_comparison; }
    const ChartOptions &chartOptions() const { return m_options; }
    QTableView *yearTable() const { return m_yearView; }
    QTableView *halfTable() const { return m_halfView; }
    QTableView *progressTable() const { return m_progressView; }
    QTableView *revisionsTable() const { return m_revisionsView; }
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *addTable(const QString &name, TableModel *model);

    std::unique_ptr<TargetsChart> m_builder;
    QLabel *m_yearTitle;
    QLabel *m_halfTitle;
    QLabel *m_progressTitle;
    QPushButton *m_revisionsButton;
    TableModel *m_yearModel;
    TableModel *m_halfModel;
    TableModel *m_progressModel;
    TableModel *m_revisionsModel;
    QTableView *m_yearView;
    QTableView *m_halfView;
    QTableView *m_progressView;
    QTableView *m_revisionsView;
    QChartView *m_chartView;
    QChart *m_chart = nullptr;
    Table m_comparison;
    ChartOptions m_options;
};
