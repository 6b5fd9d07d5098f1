#include "TargetsPage.h"

#include "TableModel.h"
#include "charts/TargetsChart.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

TargetsPage::TargetsPage(QWidget *parent)
    : QWidget(parent)
    , m_builder(std::make_unique<TargetsChart>())
    , m_yearTitle(new QLabel(this))
    , m_halfTitle(new QLabel(this))
    , m_progressTitle(new QLabel(this))
    , m_revisionsButton(new QPushButton(this))
    , m_yearModel(new TableModel(this))
    , m_halfModel(new TableModel(this))
    , m_progressModel(new TableModel(this))
    , m_revisionsModel(new TableModel(this))
    , m_yearView(addTable(QStringLiteral("targetsYearTable"), m_yearModel))
    , m_halfView(addTable(QStringLiteral("targetsHalfTable"), m_halfModel))
    , m_progressView(addTable(QStringLiteral("targetsProgressTable"), m_progressModel))
    , m_revisionsView(addTable(QStringLiteral("targetsRevisionsTable"), m_revisionsModel))
    , m_chartView(new QChartView(this))
{
    setObjectName(QStringLiteral("targetsPage"));
    m_chartView->setObjectName(QStringLiteral("targetsChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chart = m_chartView->chart();  // the view's own chart, ours to delete once replaced
    m_revisionsButton->setObjectName(QStringLiteral("targetsRevisionsButton"));
    m_revisionsButton->setCheckable(true);
    m_revisionsView->setVisible(false);
    for (QLabel *title : {m_yearTitle, m_halfTitle, m_progressTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }

    auto *tables = new QWidget(this);
    auto *column = new QVBoxLayout(tables);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_yearTitle);
    column->addWidget(m_yearView);
    column->addWidget(m_halfTitle);
    column->addWidget(m_halfView);
    column->addWidget(m_progressTitle);
    column->addWidget(m_progressView);
    column->addWidget(m_revisionsButton, 0, Qt::AlignLeft);
    column->addWidget(m_revisionsView);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(tables);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({780, 720});  // the tables need room for five columns
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_revisionsButton, &QPushButton::toggled, m_revisionsView, &QWidget::setVisible);
    retranslate();
}

TargetsPage::~TargetsPage()
{
    m_chartView->setChart(new QChart);  // the view does not own a set chart; the page does
    delete m_chart;
}

QTableView *TargetsPage::addTable(const QString &name, TableModel *model)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    model->setTransposed(true);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return view;
}

void TargetsPage::setContent(const Table &yearComparison, const Table &halfComparison,
                             const Table &progress, const Table &revisions,
                             const ChartOptions &options)
{
    m_yearModel->setTable(yearComparison);
    m_halfModel->setTable(halfComparison);
    m_progressModel->setTable(progress);
    m_revisionsModel->setTable(revisions);
    m_yearTitle->setText(yearComparison.title());
    m_halfTitle->setText(halfComparison.title());
    m_progressTitle->setText(progress.title());
    m_comparison = yearComparison;
    m_options = options;
    QChart *old = m_chart;
    m_chart = m_builder->build(yearComparison, options);
    m_chartView->setChart(m_chart);
    delete old;
}

const ChartBuilder &TargetsPage::builder() const
{
    return *m_builder;
}

void TargetsPage::retranslate()
{
    m_revisionsButton->setText(tr("Show the revision history of the targets"));
}

void TargetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
