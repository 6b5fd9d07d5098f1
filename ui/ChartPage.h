#pragma once

#include "Table.h"
#include "charts/ChartOptions.h"

#include <QWidget>

#include <memory>

class ChartBuilder;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class TableModel;

// One chart view: the chart a builder makes from a Table, the same Table as a data
// table below it (toggle), and a switch between the builder's views.
class ChartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPage)

public:
    ChartPage(std::unique_ptr<ChartBuilder> builder, QWidget *parent = nullptr);
    ~ChartPage() override;

    const ChartBuilder &builder() const { return *m_builder; }
    int variant() const;
    void setVariant(int variant);

    // Builds a fresh chart (the old one is deleted) and shows the table beside it.
    void setContent(const Table &table, const ChartOptions &options);
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QTableView *tableView() const { return m_tableView; }
    const Table &table() const;

    void setDataTableVisible(bool visible);
    bool isDataTableVisible() const;
    void retranslate();

signals:
    void variantChanged(int variant);
    // A flagged figure of the data table was activated: show its consistency check.
    void checkRequested(const QString &figureKey);

private:
    std::unique_ptr<ChartBuilder> m_builder;
    QLabel *m_variantLabel;
    QComboBox *m_variantCombo;
    QSplitter *m_splitter;
    QChartView *m_view;
    QTableView *m_tableView;
    TableModel *m_model;
    QChart *m_chart = nullptr;
};
