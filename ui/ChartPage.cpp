#include "ChartPage.h"

#include "CheckLink.h"
#include "TableCopy.h"
#include "TableModel.h"
#include "charts/ChartBuilder.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ChartPage::ChartPage(std::unique_ptr<ChartBuilder> builder, QWidget *parent)
    : QWidget(parent)
    , m_builder(std::move(builder))
    , m_controls(new QWidget(this))
    , m_variantLabel(new QLabel(m_controls))
    , m_variantCombo(new QComboBox(m_controls))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QChartView(m_splitter))
    , m_tableView(new QTableView(m_splitter))
    , m_model(new TableModel(this))
{
    const QString name = m_builder->name();
    setObjectName(name + QStringLiteral("Page"));
    m_view->setObjectName(name + QStringLiteral("ChartView"));
    m_tableView->setObjectName(name + QStringLiteral("Table"));
    m_variantCombo->setObjectName(name + QStringLiteral("Variant"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    // The view comes with a chart of its own; setChart() gives it back to us to delete.
    m_chart = m_view->chart();
    m_tableView->setModel(m_model);
    TableCopy::install(m_tableView);
    connect(CheckLink::install(m_tableView), &CheckLink::checkRequested, this,
            &ChartPage::checkRequested);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_splitter->setObjectName(name + QStringLiteral("Splitter"));
    m_splitter->setChildrenCollapsible(false);
    // A taller window gives the chart the room; the table keeps the height of its rows.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_tableView->setMinimumHeight(0);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        m_preferredTableHeight = m_tableView->height();
        emit tableHeightChosen(m_preferredTableHeight);
    });

    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_variantLabel);
    controls->addWidget(m_variantCombo);
    m_variantLabel->setBuddy(m_variantCombo);
    m_controls->setObjectName(name + QStringLiteral("ViewControls"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_variantCombo->addItems(m_builder->variantNames());
    m_controls->setVisible(hasViews());
    connect(m_variantCombo, &QComboBox::currentIndexChanged, this, &ChartPage::variantChanged);
    retranslate();
}

ChartPage::~ChartPage()
{
    // The view does not own a chart set with setChart; the page does.
    m_view->setChart(new QChart);
    delete m_chart;
}

bool ChartPage::hasViews() const
{
    return m_builder->availableVariants().size() > 1;
}

void ChartPage::showAvailableViews()
{
    // Every view keeps its index in the box (settings and the export name views by it);
    // those the company has nothing for are hidden from the list.
    const QList<int> available = m_builder->availableVariants();
    auto *list = qobject_cast<QListView *>(m_variantCombo->view());
    for (int i = 0; i < m_variantCombo->count(); ++i) {
        if (list)
            list->setRowHidden(i, !available.contains(i));
    }
    if (!available.isEmpty() && !available.contains(variant()))
        m_variantCombo->setCurrentIndex(available.first());
    m_controls->setVisible(hasViews());
}

int ChartPage::variant() const
{
    return std::max(0, m_variantCombo->currentIndex());
}

void ChartPage::setVariant(int variant)
{
    if (!m_builder->hasVariant(variant))
        return;
    m_variantCombo->setCurrentIndex(variant);
}

const Table &ChartPage::table() const
{
    return m_model->table();
}

void ChartPage::setContent(const Table &table, const ChartOptions &options)
{
    QChart *old = m_chart;
    m_chart = m_builder->build(table, options);
    m_view->setChart(m_chart);
    delete old;
    m_model->setTable(table);
    m_tableView->resizeRowsToContents();
    fitTable();
}

void ChartPage::setDataTableVisible(bool visible)
{
    m_tableView->setVisible(visible);
    fitTable();
}

void ChartPage::setPreferredTableHeight(int height)
{
    m_preferredTableHeight = std::max(0, height);
    fitTable();
}

int ChartPage::tableHeightForRows() const
{
    int height = 2 * m_tableView->frameWidth() + m_tableView->horizontalHeader()->height();
    if (m_tableView->horizontalHeader()->isHidden())
        height -= m_tableView->horizontalHeader()->height();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_tableView->rowHeight(row);
    if (m_tableView->horizontalScrollBar()->isVisible())
        height += m_tableView->horizontalScrollBar()->height();
    return height;
}

void ChartPage::fitTable()
{
    if (m_tableView->isHidden())
        return;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    if (total <= 0)
        return;
    int table = tableHeightForRows();
    if (m_preferredTableHeight > 0)
        table = std::min(table, m_preferredTableHeight);
    // Half the page at most, and the chart keeps the height it needs.
    table = std::min({table, total / 2, total - m_view->minimumHeight()});
    table = std::max(table, std::min(total / 2, m_tableView->horizontalHeader()->height() * 3));
    m_splitter->setSizes({total - table, table});
}

void ChartPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

void ChartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // What changed while the page was hidden (the table toggled, new rows) is fitted now.
    fitTable();
}

bool ChartPage::isDataTableVisible() const
{
    return !m_tableView->isHidden();
}

void ChartPage::retranslate()
{
    //: the chart's view (by segment, detailed...); W, for V is the View menu's
    m_variantLabel->setText(tr("Sho&w:"));
    const QStringList variants = m_builder->variantNames();
    for (int i = 0; i < variants.size() && i < m_variantCombo->count(); ++i)
        m_variantCombo->setItemText(i, variants[i]);
}
