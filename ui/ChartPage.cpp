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
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ChartPage::ChartPage(std::unique_ptr<ChartBuilder> builder, QWidget *parent)
    : QWidget(parent)
    , m_builder(std::move(builder))
    , m_variantLabel(new QLabel(this))
    , m_variantCombo(new QComboBox(this))
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
    m_view->setMinimumHeight(300);
    // The view comes with a chart of its own; setChart() gives it back to us to delete.
    m_chart = m_view->chart();
    m_tableView->setModel(m_model);
    TableCopy::install(m_tableView);
    connect(CheckLink::install(m_tableView), &CheckLink::checkRequested, this,
            &ChartPage::checkRequested);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_variantLabel);
    controls->addWidget(m_variantCombo);
    controls->addStretch();
    m_variantLabel->setBuddy(m_variantCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_splitter);

    const QStringList variants = m_builder->variantNames();
    m_variantLabel->setVisible(!variants.isEmpty());
    m_variantCombo->setVisible(!variants.isEmpty());
    m_variantCombo->addItems(variants);
    connect(m_variantCombo, &QComboBox::currentIndexChanged, this, &ChartPage::variantChanged);
    retranslate();
}

ChartPage::~ChartPage()
{
    // The view does not own a chart set with setChart; the page does.
    m_view->setChart(new QChart);
    delete m_chart;
}

int ChartPage::variant() const
{
    return std::max(0, m_variantCombo->currentIndex());
}

void ChartPage::setVariant(int variant)
{
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
}

void ChartPage::setDataTableVisible(bool visible)
{
    m_tableView->setVisible(visible);
}

bool ChartPage::isDataTableVisible() const
{
    return !m_tableView->isHidden();
}

void ChartPage::retranslate()
{
    m_variantLabel->setText(tr("&View:"));
    const QStringList variants = m_builder->variantNames();
    for (int i = 0; i < variants.size() && i < m_variantCombo->count(); ++i)
        m_variantCombo->setItemText(i, variants[i]);
}
