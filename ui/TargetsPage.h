#pragma once

#include "Table.h"
#include "charts/ChartOptions.h"

#include <QList>
#include <QWidget>

#include <memory>

class ChartBuilder;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class TableModel;
class TargetHistoryChart;
class TargetsChart;

// Last year's actuals against this year's targets: the comparison tables (full year and
// first half), the progress toward the targets beside last year's pace, the chart of the
// changes the targets ask for, and each target's revisions as a table (on request) and
// as a step line over time.
class TargetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetsPage)

public:
    struct Content
    {
        Table chart;  // what the chart draws and an export writes
        Table year;  // the full-year comparison, with the original targets
        Table half;
        Table progress;
        Table revisions;
        QList<Table> histories;  // one per target metric
    };

    explicit TargetsPage(QWidget *parent = nullptr);
    ~TargetsPage() override;

    void setContent(const Content &content, const ChartOptions &options);
    QChart *chart() const { return m_chart; }
    QChart *historyChart() const { return m_historyChart; }
    // What the chart was built from and by, for export.
    const ChartBuilder &builder() const;
    const Table &comparison() const { return m_content.chart; }
    const ChartOptions &chartOptions() const { return m_options; }
    QTableView *yearTable() const { return m_yearView; }
    QTableView *halfTable() const { return m_halfView; }
    QTableView *progressTable() const { return m_progressView; }
    QTableView *revisionsTable() const { return m_revisionsView; }
    QComboBox *historyMetric() const { return m_historyMetric; }
    void retranslate();

signals:
    // A flagged figure of a table was activated: show its consistency check.
    void checkRequested(const QString &figureKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *addTable(const QString &name, TableModel *model);
    void fillHistoryMetrics();
    void showHistory();

    std::unique_ptr<TargetsChart> m_builder;
    std::unique_ptr<TargetHistoryChart> m_historyBuilder;
    QLabel *m_yearTitle;
    QLabel *m_halfTitle;
    QLabel *m_progressTitle;
    QPushButton *m_revisionsButton;
    QLabel *m_historyLabel;
    QComboBox *m_historyMetric;
    TableModel *m_yearModel;
    TableModel *m_halfModel;
    TableModel *m_progressModel;
    TableModel *m_revisionsModel;
    QTableView *m_yearView;
    QTableView *m_halfView;
    QTableView *m_progressView;
    QTableView *m_revisionsView;
    QChartView *m_chartView;
    QChartView *m_historyView;
    QChart *m_chart = nullptr;
    QChart *m_historyChart = nullptr;
    Content m_content;
    ChartOptions m_options;
};
