#include "TargetsPage.h"

#include "CheckLink.h"
#include "TableCopy.h"
#include "TableModel.h"
#include "charts/TargetHistoryChart.h"
#include "charts/TargetsChart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A chart view that deletes the chart it shows (QChartView::setChart does not).
void replaceChart(QChartView *view, QChart **current, QChart *next)
{
    QChart *old = *current;
    *current = next;
    view->setChart(next);
    delete old;
}

}  // namespace

TargetsPage::TargetsPage(QWidget *parent)
    : QWidget(parent)
    , m_builder(std::make_unique<TargetsChart>())
    , m_historyBuilder(std::make_unique<TargetHistoryChart>())
    , m_yearTitle(new QLabel(this))
    , m_halfTitle(new QLabel(this))
    , m_progressTitle(new QLabel(this))
    , m_revisionsButton(new QPushButton(this))
    , m_historyLabel(new QLabel(this))
    , m_historyMetric(new QComboBox(this))
    , m_yearModel(new TableModel(this))
    , m_halfModel(new TableModel(this))
    , m_progressModel(new TableModel(this))
    , m_revisionsModel(new TableModel(this))
    , m_yearView(addTable(QStringLiteral("targetsYearTable"), m_yearModel))
    , m_halfView(addTable(QStringLiteral("targetsHalfTable"), m_halfModel))
    , m_progressView(addTable(QStringLiteral("targetsProgressTable"), m_progressModel))
    , m_revisionsView(addTable(QStringLiteral("targetsRevisionsTable"), m_revisionsModel))
    , m_chartView(new QChartView(this))
    , m_historyView(new QChartView(this))
{
    setObjectName(QStringLiteral("targetsPage"));
    m_chartView->setObjectName(QStringLiteral("targetsChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chart = m_chartView->chart();  // the view's own chart, ours to delete once replaced
    m_historyView->setObjectName(QStringLiteral("targetHistoryChartView"));
    m_historyView->setRenderHint(QPainter::Antialiasing);
    m_historyChart = m_historyView->chart();
    m_historyMetric->setObjectName(QStringLiteral("targetHistoryMetric"));
    m_historyMetric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_historyLabel->setBuddy(m_historyMetric);
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

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *picker = new QHBoxLayout;
    picker->addWidget(m_historyLabel);
    picker->addWidget(m_historyMetric);
    picker->addStretch();
    historyLayout->addLayout(picker);
    historyLayout->addWidget(m_historyView, 1);

    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_chartView);
    charts->addWidget(history);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({780, 720});  // the tables need room for their columns
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // The revision history, as a table and as a picture, on request.
    history->setVisible(false);
    connect(m_revisionsButton, &QPushButton::toggled, m_revisionsView, &QWidget::setVisible);
    connect(m_revisionsButton, &QPushButton::toggled, history, &QWidget::setVisible);
    connect(m_historyMetric, &QComboBox::currentIndexChanged, this, &TargetsPage::showHistory);
    retranslate();
}

TargetsPage::~TargetsPage()
{
    // The views do not own a set chart; the page does.
    m_chartView->setChart(new QChart);
    delete m_chart;
    m_historyView->setChart(new QChart);
    delete m_historyChart;
}

QTableView *TargetsPage::addTable(const QString &name, TableModel *model)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    model->setTransposed(true);
    view->setModel(model);
    TableCopy::install(view);
    connect(CheckLink::install(view), &CheckLink::checkRequested, this,
            &TargetsPage::checkRequested);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // Every row shown: on a short window the column of tables scrolls as a whole rather
    // than squeezing each table to a row or two.
    view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return view;
}

void TargetsPage::setContent(const Content &content, const ChartOptions &options)
{
    m_content = content;
    m_options = options;
    m_yearModel->setTable(content.year);
    m_halfModel->setTable(content.half);
    m_progressModel->setTable(content.progress);
    m_revisionsModel->setTable(content.revisions);
    m_yearTitle->setText(content.year.title());
    m_halfTitle->setText(content.half.title());
    m_progressTitle->setText(content.progress.title());
    replaceChart(m_chartView, &m_chart, m_builder->build(content.chart, options));
    fillHistoryMetrics();
    showHistory();
}

void TargetsPage::fillHistoryMetrics()
{
    // The targets with an announcement, the chosen one kept; at first the first revised one.
    const QString keep = m_historyMetric->currentData().toString();
    const QSignalBlocker blocker(m_historyMetric);
    m_historyMetric->clear();
    int revised = -1;
    for (qsizetype i = 0; i < m_content.histories.size(); ++i) {
        const Table &history = m_content.histories[i];
        if (history.categoryCount() == 0 || history.seriesCount() == 0)
            continue;
        m_historyMetric->addItem(history.series(0).label, history.series(0).key);
        if (revised < 0 && history.categoryCount() > 1)
            revised = m_historyMetric->count() - 1;
    }
    const int kept = m_historyMetric->findData(keep);
    m_historyMetric->setCurrentIndex(kept >= 0 ? kept : std::max(revised, 0));
}

void TargetsPage::showHistory()
{
    const QString metric = m_historyMetric->currentData().toString();
    Table shown;
    for (const Table &history : std::as_const(m_content.histories)) {
        if (history.seriesCount() > 0 && history.series(0).key == metric)
            shown = history;
    }
    replaceChart(m_historyView, &m_historyChart, m_historyBuilder->build(shown, m_options));
}

const ChartBuilder &TargetsPage::builder() const
{
    return *m_builder;
}

void TargetsPage::retranslate()
{
    m_revisionsButton->setText(tr("Show the revision history of the targets"));
    m_historyLabel->setText(tr("Revisions of the &target:"));
}

void TargetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
