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
    bool hasViews() const;  // whether the chart has more than one view to choose
    // Hides the views the active company's profile gives nothing to draw.
    void showAvailableViews();
    int variant() const;
    void setVariant(int variant);

    // Builds a fresh chart (the old one is deleted) and shows the table beside it.
    void setContent(const Table &table, const ChartOptions &options);
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QTableView *tableView() const { return m_tableView; }
    const Table &table() const;

    // The choice of the chart's view, for the window to place (beside the page's tab).
    QWidget *viewControls() const { return m_controls; }

    void setDataTableVisible(bool visible);
    bool isDataTableVisible() const;
    // The data table's height the user chose by dragging the splitter; 0: as tall as its
    // rows. The table is never taller than its rows, nor than half the page.
    int preferredTableHeight() const { return m_preferredTableHeight; }
    void setPreferredTableHeight(int height);
    void retranslate();

signals:
    void variantChanged(int variant);
    // A flagged figure of the data table was activated: show its consistency check.
    void checkRequested(const QString &figureKey);
    // The user dragged the splitter between chart and table.
    void tableHeightChosen(int height);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The height the table's header and rows take, frame included.
    int tableHeightForRows() const;
    // Shares the splitter between chart and table: the table as tall as its rows, or as
    // the user chose, within half the page.
    void fitTable();

    std::unique_ptr<ChartBuilder> m_builder;
    QWidget *m_controls;
    QLabel *m_variantLabel;
    QComboBox *m_variantCombo;
    QSplitter *m_splitter;
    QChartView *m_view;
    QTableView *m_tableView;
    TableModel *m_model;
    QChart *m_chart = nullptr;
    int m_preferredTableHeight = 0;
};
