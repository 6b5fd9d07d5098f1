#include "MainWindow.h"

#include "BundledDataset.h"
#include "ChartPage.h"
#include "DataPage.h"
#include "KpiPanel.h"
#include "QuarterBrowser.h"
#include "Queries.h"
#include "Settings.h"
#include "Store.h"
#include "TargetsPage.h"
#include "charts/CloudRevenueChart.h"
#include "charts/GrossMarginChart.h"
#include "charts/HeadcountChart.h"
#include "charts/RevenueMixChart.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Store &store, Queries &queries, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_queries(queries)
    , m_browser(new QuarterBrowser(this))
    , m_kpis(new KpiPanel(this))
    , m_pages(new QTabWidget(this))
    , m_revenuePage(new ChartPage(std::make_unique<RevenueMixChart>(), m_pages))
    , m_marginPage(new ChartPage(std::make_unique<GrossMarginChart>(), m_pages))
    , m_cloudPage(new ChartPage(std::make_unique<CloudRevenueChart>(), m_pages))
    , m_headcountPage(new ChartPage(std::make_unique<HeadcountChart>(), m_pages))
    , m_targetsPage(new TargetsPage(m_pages))
    , m_dataPage(new DataPage(m_pages))
    , m_datasetLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(m_revenuePage, QString());
    m_pages->addTab(m_marginPage, QString());
    m_pages->addTab(m_cloudPage, QString());
    m_pages->addTab(m_headcountPage, QString());
    m_pages->addTab(m_targetsPage, QString());
    m_pages->addTab(m_dataPage, QString());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_kpis);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("browseToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_browser);

    statusBar()->addWidget(m_datasetLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_databaseLabel->setText(m_store.path());

    createActions();
    createMenus();
    retranslate();

    // Restore the last session, then fill the views once.
    m_browser->setWindowSize(Settings::quarterWindow());
    m_browser->setQuarters(m_queries.quarters());
    if (const auto saved = FiscalPeriod::fromCode(Settings::quarterCode()))
        m_browser->setCurrentQuarter(*saved);
    m_tablesAction->setChecked(Settings::dataTablesVisible());
    for (ChartPage *page : chartPages())
        page->setDataTableVisible(m_tablesAction->isChecked());
    m_pages->setCurrentIndex(std::clamp(Settings::pageIndex(), 0, m_pages->count() - 1));
    if (!restoreGeometry(Settings::windowGeometry()))
        resize(1600, 1000);
    m_dataPage->setFacts(m_queries.facts().all());
    refresh();

    connect(m_browser, &QuarterBrowser::quarterChanged, this, &MainWindow::refresh);
    connect(m_browser, &QuarterBrowser::windowSizeChanged, this, &MainWindow::refresh);
    for (ChartPage *page : chartPages())
        connect(page, &ChartPage::variantChanged, this, &MainWindow::refresh);
}

MainWindow::~MainWindow() = default;

QList<ChartPage *> MainWindow::chartPages() const
{
    return {m_revenuePage, m_marginPage, m_cloudPage, m_headcountPage};
}

ChartPage *MainWindow::chartPage(const QString &name) const
{
    for (ChartPage *page : chartPages()) {
        if (page->builder().name() == name)
            return page;
    }
    return nullptr;
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_previousAction = new QAction(this);
    m_previousAction->setObjectName(QStringLiteral("previousQuarterAction"));
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    connect(m_previousAction, &QAction::triggered, m_browser, &QuarterBrowser::previous);
    m_nextAction = new QAction(this);
    m_nextAction->setObjectName(QStringLiteral("nextQuarterAction"));
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    connect(m_nextAction, &QAction::triggered, m_browser, &QuarterBrowser::next);

    m_tablesAction = new QAction(this);
    m_tablesAction->setObjectName(QStringLiteral("dataTablesAction"));
    m_tablesAction->setCheckable(true);
    m_tablesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_tablesAction, &QAction::toggled, this, [this](bool visible) {
        for (ChartPage *page : chartPages())
            page->setDataTableVisible(visible);
    });

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_previousAction);
    m_viewMenu->addAction(m_nextAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tablesAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("irdash — %1").arg(BundledDataset::displayName()));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_previousAction->setText(tr("&Previous quarter"));
    m_nextAction->setText(tr("&Next quarter"));
    m_tablesAction->setText(tr("Show data &tables"));
    m_aboutAction->setText(tr("&About irdash"));
    m_pages->setTabText(m_pages->indexOf(m_revenuePage), tr("Revenue mix"));
    m_pages->setTabText(m_pages->indexOf(m_marginPage), tr("Gross margin"));
    m_pages->setTabText(m_pages->indexOf(m_cloudPage), tr("Cloud revenue"));
    m_pages->setTabText(m_pages->indexOf(m_headcountPage), tr("Personnel"));
    m_pages->setTabText(m_pages->indexOf(m_targetsPage), tr("Targets"));
    m_pages->setTabText(m_pages->indexOf(m_dataPage), tr("Data"));
    m_datasetLabel->setText(tr("Dataset: %1 (%n figure(s))", nullptr, m_store.factCount())
                                    .arg(BundledDataset::displayName()));
    m_databaseLabel->setToolTip(tr("Database file"));
    m_browser->retranslate();
    for (ChartPage *page : chartPages())
        page->retranslate();
}

ChartOptions MainWindow::optionsFor(const ChartPage *page, const Table &table) const
{
    ChartOptions options;
    options.variant = page->variant();
    options.locale = locale();
    options.highlightCategory = table.categoryIndex(m_browser->currentQuarter().code());
    return options;
}

void MainWindow::refresh()
{
    const FiscalPeriod quarter = m_browser->currentQuarter();
    if (!quarter.isValid())
        return;
    const int window = m_browser->windowSize();
    auto show = [this](ChartPage *page, const Table &table) {
        page->setContent(table, optionsFor(page, table));
    };
    m_kpis->setTable(m_queries.kpis(quarter));
    show(m_revenuePage,
         m_queries.revenueMix(quarter, window,
                              static_cast<Queries::RevenueMix>(m_revenuePage->variant())));
    show(m_marginPage,
         m_marginPage->variant() == GrossMarginChart::Amounts
                 ? m_queries.grossMarginAmounts(quarter, window)
                 : m_queries.grossMarginRatios(quarter, window));
    show(m_cloudPage, m_queries.cloudRevenue());
    show(m_headcountPage, m_queries.headcount(quarter, window));

    // This fiscal year's targets against last year's actuals.
    const int year = quarter.fiscalYear();
    ChartOptions targetOptions;
    targetOptions.locale = locale();
    m_targetsPage->setContent(
            m_queries.actualVersusTarget(FiscalPeriod::year(year - 1), FiscalPeriod::year(year)),
            m_queries.actualVersusTarget(FiscalPeriod::half(year - 1, 1),
                                         FiscalPeriod::half(year, 1)),
            m_queries.progress(quarter), m_queries.targetRevisions(FiscalPeriod::year(year)),
            targetOptions);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About irdash"),
            tr("<h3>irdash %1</h3>"
               "<p>An investor-relations dashboard: quarterly results as the charts of an IR "
               "presentation, every figure with its period, unit, basis and source.</p>"
               "<p><b>Data sources</b></p><ul>"
               "<li>Internet Initiative Japan Inc., <i>Consolidated Financial Results for 1Q "
               "FY2013</i>, presentation of August 6, 2013.</li>"
               "<li>IIJ press releases on its results for 1Q FY2011 to FY2012 and 1Q FY2013 "
               "(each figure's source names the release and its address).</li></ul>"
               "<p>Derived figures are computed from stated figures and drawn lighter; "
               "figures the sources do not give are left empty.</p>")
                    .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setPageIndex(m_pages->currentIndex());
    Settings::setQuarterCode(m_browser->currentQuarter().code());
    Settings::setQuarterWindow(m_browser->windowSize());
    Settings::setDataTablesVisible(m_tablesAction->isChecked());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}
