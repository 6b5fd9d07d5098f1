#include "MainWindow.h"

#include "AsOfSelector.h"
#include "BundledDataset.h"
#include "ChartCatalog.h"
#include "ChartPage.h"
#include "ChecksPage.h"
#include "CompanyChoice.h"
#include "CompanyProfile.h"
#include "DataPage.h"
#include "DatasetFile.h"
#include "DatasetReader.h"
#include "ExportDialog.h"
#include "FactWriter.h"
#include "FigureDetails.h"
#include "ImportDialog.h"
#include "ImportHistoryDialog.h"
#include "ImportRunner.h"
#include "InputFile.h"
#include "KpiPanel.h"
#include "Language.h"
#include "OutputFile.h"
#include "QuarterBrowser.h"
#include "Queries.h"
#include "Settings.h"
#include "Store.h"
#include "TableCopy.h"
#include "TableModel.h"
#include "TargetsPage.h"
#include "WorkbookExporter.h"
#include "charts/CloudRevenueChart.h"
#include "charts/GrossMarginChart.h"
#include "charts/HeadcountChart.h"
#include "charts/RevenueMixChart.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(Store &store, Queries &queries, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_queries(queries)
    , m_browser(new QuarterBrowser(this))
    , m_asOf(new AsOfSelector(this))
    , m_kpis(new KpiPanel(this))
    , m_pages(new QTabWidget(this))
    , m_revenuePage(new ChartPage(std::make_unique<RevenueMixChart>(), m_pages))
    , m_marginPage(new ChartPage(std::make_unique<GrossMarginChart>(), m_pages))
    , m_cloudPage(new ChartPage(std::make_unique<CloudRevenueChart>(), m_pages))
    , m_headcountPage(new ChartPage(std::make_unique<HeadcountChart>(), m_pages))
    , m_targetsPage(new TargetsPage(m_pages))
    , m_dataPage(new DataPage(m_pages))
    , m_checksPage(new ChecksPage(m_pages))
    , m_companyLabel(new QLabel(this))
    , m_companyCombo(new QComboBox(this))
    , m_asOfLabel(new QLabel(this))
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
    m_pages->addTab(m_checksPage, QString());

    // The chart page's choice of view sits beside the tabs, leaving its height to the chart.
    auto *pageControls = new QWidget(m_pages);
    pageControls->setObjectName(QStringLiteral("pageControls"));
    auto *controlsLayout = new QHBoxLayout(pageControls);
    controlsLayout->setContentsMargins(0, 0, 4, 2);
    for (ChartPage *page : allChartPages())
        controlsLayout->addWidget(page->viewControls());
    m_pages->setCornerWidget(pageControls, Qt::TopRightCorner);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_kpis);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("browseToolbar"));
    toolbar->setMovable(false);
    // The company box: a container, so that one action hides the label and box together.
    auto *companyBox = new QWidget(toolbar);
    auto *companyLayout = new QHBoxLayout(companyBox);
    companyLayout->setContentsMargins(4, 0, 8, 0);
    companyLayout->addWidget(m_companyLabel);
    companyLayout->addWidget(m_companyCombo);
    m_companyLabel->setBuddy(m_companyCombo);
    m_companyCombo->setObjectName(QStringLiteral("companyCombo"));
    m_companyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_companyWidgets = toolbar->addWidget(companyBox);
    connect(m_companyCombo, &QComboBox::activated, this,
            [this](int index) { switchCompany(m_companyCombo->itemData(index).toString()); });
    toolbar->addWidget(m_browser);
    toolbar->addWidget(m_asOf);

    m_asOfLabel->setObjectName(QStringLiteral("asOfStatus"));
    statusBar()->addWidget(m_asOfLabel);
    // The dataset's name gives way first on a narrow window; its tooltip keeps it whole.
    m_datasetLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_datasetLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_databaseLabel->setText(m_store.path());

    createActions();
    createMenus();
    retranslate();

    updateCompanies();
    updatePagesForCompany();
    // Restore the last session, then fill the views once.
    m_browser->setWindowSize(Settings::quarterWindow());
    m_browser->setQuarters(m_queries.quarters());
    m_asOf->setDates(m_queries.announcementDates());
    if (const auto saved = FiscalPeriod::fromCode(Settings::quarterCode()))
        m_browser->setCurrentQuarter(*saved);
    m_tablesAction->setChecked(Settings::dataTablesVisible());
    for (ChartPage *page : allChartPages())
        page->setDataTableVisible(m_tablesAction->isChecked());
    for (ChartPage *page : allChartPages()) {
        page->setVariant(Settings::chartView(page->builder().name()));
        page->setPreferredTableHeight(Settings::tableHeight(page->builder().name()));
    }
    m_pages->setCurrentIndex(std::clamp(Settings::pageIndex(), 0, m_pages->count() - 1));
    fitToScreen(restoreGeometry(Settings::windowGeometry()));
    setAcceptDrops(true);
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.irdash.irdash"),
                                   QIcon(QStringLiteral(":/icons/irdash.svg"))));
    m_stalePages.insert(m_dataPage);
    refresh();
    updateChartActions();

    // A figure's details in the status bar while its cell has the keyboard focus.
    // The status bar as the connection's context: a table losing the focus while the
    // window is torn down finds no half-destroyed window to talk to.
    QStatusBar *bar = statusBar();
    for (QTableView *table : findChildren<QTableView *>()) {
        connect(new FigureDetails(table), &FigureDetails::changed, bar,
                [bar](const QString &details) {
                    if (details.isEmpty())
                        bar->clearMessage();
                    else
                        bar->showMessage(details);
                });
    }

    connect(m_browser, &QuarterBrowser::quarterChanged, this, &MainWindow::refresh);
    connect(m_browser, &QuarterBrowser::windowSizeChanged, this, &MainWindow::refresh);
    connect(m_asOf, &AsOfSelector::choiceChanged, this, &MainWindow::refresh);
    for (ChartPage *page : allChartPages()) {
        connect(page, &ChartPage::variantChanged, this, &MainWindow::refresh);
        connect(page, &ChartPage::tableHeightChosen, this,
                [page](int height) { Settings::setTableHeight(page->builder().name(), height); });
    }
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        bringUpToDate(m_pages->currentWidget());
        showPageControls();
    });
    showPageControls();
    // A flagged figure, wherever a table shows it, leads to its check.
    for (ChartPage *page : allChartPages())
        connect(page, &ChartPage::checkRequested, this, &MainWindow::showCheck);
    connect(m_targetsPage, &TargetsPage::checkRequested, this, &MainWindow::showCheck);
    connect(m_dataPage, &DataPage::checkRequested, this, &MainWindow::showCheck);
}

void MainWindow::showCheck(const QString &figureKey)
{
    m_pages->setCurrentWidget(m_checksPage);  // brings it up to date
    m_checksPage->selectFigure(figureKey);
}

MainWindow::~MainWindow() = default;

void MainWindow::showPageControls()
{
    for (ChartPage *page : allChartPages())
        page->viewControls()->setVisible(page->hasViews() && page == m_pages->currentWidget());
}

QList<ChartPage *> MainWindow::allChartPages() const
{
    return {m_revenuePage, m_marginPage, m_cloudPage, m_headcountPage};
}

QList<ChartPage *> MainWindow::chartPages() const
{
    const QList<ChartPage *> pages = allChartPages();
    for (ChartPage *page : pages)
        bringUpToDate(page);
    return pages;
}

ChartPage *MainWindow::chartPage(const QString &name) const
{
    for (ChartPage *page : allChartPages()) {
        if (page->builder().name() == name) {
            bringUpToDate(page);
            return page;
        }
    }
    return nullptr;
}

TargetsPage *MainWindow::targetsPage() const
{
    bringUpToDate(m_targetsPage);
    return m_targetsPage;
}

void MainWindow::bringUpToDate(QWidget *page) const
{
    if (!m_stalePages.remove(page))
        return;
    if (page == m_dataPage) {
        m_dataPage->setFacts(m_queries.facts().all(), m_queries.consistency());
        return;
    }
    if (page == m_checksPage) {
        m_checksPage->setReport(m_queries.consistency(), m_queries.asOfDescription());
        return;
    }
    const FiscalPeriod quarter = m_browser->currentQuarter();
    if (!quarter.isValid())
        return;
    const int window = m_browser->windowSize();
    if (auto *chartPage = qobject_cast<ChartPage *>(page)) {
        const Table table = ChartCatalog::table(m_queries, chartPage->builder().name(), quarter,
                                                window, chartPage->variant());
        chartPage->setContent(table, optionsFor(chartPage, table));
    } else if (page == m_targetsPage) {
        // This fiscal year's targets against last year's actuals.
        const int year = quarter.fiscalYear();
        const FiscalPeriod targetYear = FiscalPeriod::year(year);
        ChartOptions targetOptions;
        targetOptions.locale = QLocale();
        targetOptions.fontFamily = Language::chartFontFamily(Language::current());
        targetOptions.dark = palette().color(QPalette::Window).lightness() < 128;
        TargetsPage::Content content;
        content.chart
                = ChartCatalog::table(m_queries, QStringLiteral("targets"), quarter, window, 0);
        content.year = m_queries.actualVersusTarget(FiscalPeriod::year(year - 1), targetYear,
                                                    Queries::TargetColumns::WithOriginal);
        content.half = m_queries.actualVersusTarget(FiscalPeriod::half(year - 1, 1),
                                                    FiscalPeriod::half(year, 1),
                                                    Queries::TargetColumns::WithOriginal);
        content.progress = m_queries.progress(quarter);
        content.revisions = m_queries.targetRevisions(targetYear);
        for (const QString &metric : Queries::targetMetrics())
            content.histories.append(m_queries.targetHistory(targetYear, metric));
        m_targetsPage->setContent(content, targetOptions);
    }
}

QMargins MainWindow::frameMargins() const
{
    const QRect frame = frameGeometry();
    const QRect inner = geometry();
    if (frame != inner) {
        return {inner.left() - frame.left(), inner.top() - frame.top(),
                frame.right() - inner.right(), frame.bottom() - inner.bottom()};
    }
    // Not shown yet: a title bar and a thin border, as most window managers draw them.
    const int border = style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 2;
    return {border, border + style()->pixelMetric(QStyle::PM_TitleBarHeight) + 8, border, border};
}

void MainWindow::fitToScreen(bool restored)
{
    QScreen *screen = restored ? QGuiApplication::screenAt(geometry().center()) : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        resize(1600, 1000);
        return;
    }
    if (!restored) {
        // A first start: most of the screen, up to the size the charts were drawn for.
        const QRect available = screen->availableGeometry();
        const QSize room = available.size().shrunkBy(frameMargins());
        resize(std::min(1600, room.width() * 95 / 100), std::min(1000, room.height() * 95 / 100));
        move(available.center() - rect().center());
        return;
    }
    keepOnScreen();
}

void MainWindow::keepOnScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame = frameMargins();
    const QSize room = available.size().shrunkBy(frame);
    // A saved size larger than this screen, or a place off it, is brought back within it.
    if (width() > room.width() || height() > room.height())
        resize(std::min(width(), room.width()), std::min(height(), room.height()));
    const QSize outer = size().grownBy(frame);
    const int left = std::clamp(x() - frame.left(), available.left(),
                                std::max(available.left(), available.right() + 1 - outer.width()));
    const int top = std::clamp(y() - frame.top(), available.top(),
                               std::max(available.top(), available.bottom() + 1 - outer.height()));
    if (left != x() - frame.left() || top != y() - frame.top())
        move(left, top);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // The frame is known once the window manager has drawn it.
    QTimer::singleShot(0, this, &MainWindow::keepOnScreen);
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        importFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = !urls.isEmpty()
            && std::all_of(urls.cbegin(), urls.cend(),
                           [](const QUrl &url) { return url.isLocalFile(); });
    if (files)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the import dialog is modal.
    QTimer::singleShot(0, this, [this, paths] { openFiles(paths); });
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        //: a recent file in the File menu: its number (a mnemonic) and its name
        QAction *action = m_recentMenu->addAction(
                tr("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()));
        action->setToolTip(QDir::toNativeSeparators(files[i]));
        action->setStatusTip(QDir::toNativeSeparators(files[i]));
        const QString path = files[i];
        connect(action, &QAction::triggered, this, [this, path] { importFile(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
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
        for (ChartPage *page : allChartPages())
            page->setDataTableVisible(visible);
    });

    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence::Open);
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Import dataset"), Settings::importFolder(),
                tr("Datasets and data books (*.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });

    m_importCompanyAction = new QAction(this);
    m_importCompanyAction->setObjectName(QStringLiteral("importCompanyAction"));
    connect(m_importCompanyAction, &QAction::triggered, this, [this] {
        const QString profile = QFileDialog::getOpenFileName(
                this, tr("Import company: the profile"), Settings::importFolder(),
                tr("Company profiles (*.json);;All files (*)"));
        if (profile.isEmpty())
            return;
        const QString dataset = QFileDialog::getOpenFileName(
                this, tr("Import company: the dataset"), QFileInfo(profile).absolutePath(),
                tr("Dataset files (*.csv);;All files (*)"));
        if (!dataset.isEmpty())
            importCompany(profile, dataset);
    });

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this,
            [this] { exportChart(ChartExporter::Format::Png); });
    m_exportCsvAction = new QAction(this);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_exportCsvAction, &QAction::triggered, this,
            [this] { exportChart(ChartExporter::Format::Csv); });
    m_exportRowsAction = new QAction(this);
    m_exportRowsAction->setObjectName(QStringLiteral("exportRowsAction"));
    connect(m_exportRowsAction, &QAction::triggered, this,
            qOverload<>(&MainWindow::exportVisibleRows));
    m_exportAllAction = new QAction(this);
    m_exportAllAction->setObjectName(QStringLiteral("exportAllAction"));
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::exportAllCharts);
    m_exportWorkbookAction = new QAction(this);
    m_exportWorkbookAction->setObjectName(QStringLiteral("exportWorkbookAction"));
    connect(m_exportWorkbookAction, &QAction::triggered, this,
            qOverload<>(&MainWindow::exportWorkbook));
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printChart);
    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyChartAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyChart);
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::updateChartActions);

    // Each language named in itself, so anyone can find their way back.
    auto *languages = new QActionGroup(this);
    m_englishAction = new QAction(QStringLiteral("English"), languages);
    m_englishAction->setObjectName(QStringLiteral("languageEnglishAction"));
    m_japaneseAction = new QAction(QStringLiteral("日本語"), languages);
    m_japaneseAction->setObjectName(QStringLiteral("languageJapaneseAction"));
    for (QAction *action : {m_englishAction, m_japaneseAction})
        action->setCheckable(true);
    (Language::current() == QLatin1String("ja") ? m_japaneseAction : m_englishAction)
            ->setChecked(true);
    connect(m_englishAction, &QAction::triggered, this,
            [this] { switchLanguage(QStringLiteral("en")); });
    connect(m_japaneseAction, &QAction::triggered, this,
            [this] { switchLanguage(QStringLiteral("ja")); });

    // Pages from anywhere: Ctrl+1 ... Ctrl+7 the first to seventh page shown (a company
    // without a page has its tab hidden), and the next or the one before among those shown.
    const auto shownPages = [this] {
        QList<int> shown;
        for (int i = 0; i < m_pages->count(); ++i) {
            if (m_pages->isTabVisible(i))
                shown.append(i);
        }
        return shown;
    };
    for (int page = 0; page < m_pages->count() && page < 9; ++page) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("pageAction%1").arg(page + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + page)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, m_pages, [this, page, shownPages] {
            if (const QList<int> shown = shownPages(); page < shown.size())
                m_pages->setCurrentIndex(shown[page]);
        });
        addAction(action);
    }
    // The page `step` places from the current one among those shown, round the end.
    const auto stepPage = [this, shownPages](int step) {
        const QList<int> shown = shownPages();
        if (shown.isEmpty())
            return;
        const int at = std::max<int>(0, int(shown.indexOf(m_pages->currentIndex())));
        m_pages->setCurrentIndex(shown[(at + step + shown.size()) % shown.size()]);
    };
    auto *nextPage = new QAction(this);
    nextPage->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    connect(nextPage, &QAction::triggered, m_pages, [stepPage] { stepPage(1); });
    addAction(nextPage);
    auto *previousPage = new QAction(this);
    previousPage->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    connect(previousPage, &QAction::triggered, m_pages, [stepPage] { stepPage(-1); });
    addAction(previousPage);

    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_importCompanyAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    updateRecentFiles();
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportAllAction);
    m_fileMenu->addAction(m_exportWorkbookAction);
    m_fileMenu->addAction(m_exportCsvAction);
    m_fileMenu->addAction(m_exportRowsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    addImportHistoryActions(m_editMenu);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_previousAction);
    m_viewMenu->addAction(m_nextAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_tablesAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_japaneseAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("irdash — %1").arg(CompanyProfile::active().datasetName.text()));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_importAction->setText(tr("&Import dataset…"));
    m_importCompanyAction->setText(tr("Import co&mpany…"));
    m_importCompanyAction->setStatusTip(
            tr("A company's profile and its dataset, shown beside the companies already here"));
    //: the toolbar's choice of company; K, for C is taken by the Edit menu's Copy chart
    m_companyLabel->setText(tr("Compan&y:"));
    for (int i = 0; i < m_companyCombo->count(); ++i) {
        const auto read = CompanyChoice::find(m_store, m_companyCombo->itemData(i).toString());
        if (read.ok())
            m_companyCombo->setItemText(i, read.profile->shortName.text());
    }
    m_exportAction->setText(tr("&Export chart…"));
    m_exportAllAction->setText(tr("Export &all charts…"));
    m_exportWorkbookAction->setText(tr("Export dashboard as &workbook…"));
    m_exportCsvAction->setText(tr("Export chart &data as CSV…"));
    m_exportRowsAction->setText(tr("Export &visible rows as CSV…"));
    m_exportRowsAction->setStatusTip(
            tr("The figures the Data page's search and filter show, in the dataset format"));
    m_printAction->setText(tr("&Print chart…"));
    m_copyAction->setText(tr("&Copy chart"));
    updateImportHistoryActions();
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_previousAction->setText(tr("&Previous quarter"));
    m_nextAction->setText(tr("&Next quarter"));
    m_tablesAction->setText(tr("Show data &tables"));
    m_aboutAction->setText(tr("&About irdash"));
    m_pages->setTabText(m_pages->indexOf(m_revenuePage), tr("Revenue mix"));
    m_pages->setTabText(m_pages->indexOf(m_marginPage), tr("Gross margin"));
    m_pages->setTabText(m_pages->indexOf(m_cloudPage),
                        CompanyProfile::active().dashboard.yearComparison.name.text());
    m_pages->setTabText(m_pages->indexOf(m_headcountPage), tr("Personnel"));
    m_pages->setTabText(m_pages->indexOf(m_targetsPage), tr("Targets"));
    m_pages->setTabText(m_pages->indexOf(m_dataPage), tr("Data"));
    m_pages->setTabText(m_pages->indexOf(m_checksPage), tr("Checks"));
    m_datasetLabel->setText(tr("Dataset: %1 (%n figure(s))", nullptr, m_store.factCount())
                                    .arg(CompanyProfile::active().datasetName.text()));
    m_datasetLabel->setToolTip(m_datasetLabel->text());
    m_databaseLabel->setToolTip(tr("Database file"));
    m_browser->retranslate();
    m_asOf->retranslate();
    m_asOfLabel->setToolTip(tr("The date every figure shown stands at: figures and targets "
                               "announced later take no part"));
    for (ChartPage *page : allChartPages())
        page->retranslate();
}

ChartOptions MainWindow::optionsFor(const ChartPage *page, const Table &table) const
{
    ChartOptions options;
    options.variant = page->variant();
    options.locale = QLocale();
    options.fontFamily = Language::chartFontFamily(Language::current());
    options.highlightCategory = table.categoryIndex(m_browser->currentQuarter().code());
    options.dark = palette().color(QPalette::Window).lightness() < 128;
    return options;
}

void MainWindow::refresh()
{
    const FiscalPeriod quarter = m_browser->currentQuarter();
    if (!quarter.isValid())
        return;
    // Every view stands at the date chosen for this quarter; the data page lists what
    // takes part then.
    const QDate before = m_queries.cutoff();
    m_queries.setAsOf(m_asOf->choice(), quarter);
    if (m_queries.cutoff() != before)
        m_stalePages.insert(m_dataPage);
    m_asOfLabel->setText(m_queries.asOfDescription());
    m_kpis->setTable(m_queries.kpis(quarter));
    // The page on screen is rebuilt now; the others when they are shown or asked for.
    for (ChartPage *page : allChartPages())
        m_stalePages.insert(page);
    m_stalePages.insert(m_targetsPage);
    m_stalePages.insert(m_checksPage);  // says the date, which moves with the quarter
    bringUpToDate(m_pages->currentWidget());
}

bool MainWindow::currentChart(const ChartBuilder **builder, Table *table,
                              ChartOptions *options) const
{
    if (auto *page = qobject_cast<ChartPage *>(m_pages->currentWidget())) {
        *builder = &page->builder();
        *table = page->table();
        *options = optionsFor(page, page->table());
        return true;
    }
    if (m_pages->currentWidget() == m_targetsPage) {
        *builder = &m_targetsPage->builder();
        *table = m_targetsPage->comparison();
        *options = m_targetsPage->chartOptions();
        return true;
    }
    return false;
}

QString MainWindow::fileBaseName(const QString &chart) const
{
    return QStringLiteral("%1_%2_%3")
            .arg(chart, m_browser->currentQuarter().code(), Language::current());
}

void MainWindow::updateChartActions()
{
    const bool chart = qobject_cast<ChartPage *>(m_pages->currentWidget())
            || m_pages->currentWidget() == m_targetsPage;
    for (QAction *action : {m_exportAction, m_exportCsvAction, m_printAction, m_copyAction})
        action->setEnabled(chart);
    m_exportRowsAction->setEnabled(m_pages->currentWidget() == m_dataPage);
}

void MainWindow::exportChart(ChartExporter::Format format)
{
    const ChartBuilder *builder = nullptr;
    Table table;
    ChartOptions options;
    if (!currentChart(&builder, &table, &options))
        return;
    const QStringList views = builder->variantCodes();
    const QString chart = views.isEmpty()
            ? builder->name()
            : builder->name() + QLatin1Char('-') + views.value(options.variant);
    ExportDialog dialog(Settings::exportFolder(), fileBaseName(chart), this);
    dialog.setFormat(format);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!ChartExporter::write(*builder, table, options, dialog.request(), dialog.path(), &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    Settings::setExportFolder(QFileInfo(dialog.path()).absolutePath());
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())), 8000);
}

void MainWindow::exportVisibleRows()
{
    const QDate cutoff = m_queries.cutoff();
    const QString suggested
            = QDir(Settings::exportFolder())
                      .filePath(QStringLiteral("figures_%1.csv")
                                        .arg(cutoff.isValid() ? cutoff.toString(Qt::ISODate)
                                                              : QStringLiteral("latest")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export visible rows"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportVisibleRows(path);
}

bool MainWindow::exportVisibleRows(const QString &path)
{
    bringUpToDate(m_dataPage);
    const QList<Fact> facts = m_dataPage->visibleFacts();
    QString error;
    // The dataset's own format: the file can be imported again, into another database.
    if (!OutputFile::write(path, FactWriter::toCsv(facts), &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    Settings::setExportFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported %n figure(s) to %1", nullptr, int(facts.size()))
                                     .arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

void MainWindow::exportWorkbook()
{
    const QString suggested = QDir(Settings::exportFolder())
                                      .filePath(fileBaseName(QStringLiteral("dashboard"))
                                                + QStringLiteral(".xlsx"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard as workbook"),
                                                      suggested, tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportWorkbook(path);
}

bool MainWindow::exportWorkbook(const QString &path)
{
    ChartOptions options;
    options.locale = QLocale();
    options.fontFamily = Language::chartFontFamily(Language::current());
    QString error;
    if (!WorkbookExporter::write(m_queries, m_browser->currentQuarter(), m_browser->windowSize(),
                                 WorkbookExporter::sheets(), options, path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    Settings::setExportFolder(QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::exportAllCharts()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export all charts to"),
                                                             Settings::exportFolder());
    if (folder.isEmpty())
        return;
    const FiscalPeriod quarter = m_browser->currentQuarter();
    ChartExporter::Request request;
    request.scale = 2;
    // Every file is checked before the first is written: a FIFO or a device among them
    // stops the export before it has written anything.
    for (const QString &name : ChartCatalog::names()) {
        const QString path = QDir(folder).filePath(fileBaseName(name) + QStringLiteral(".png"));
        if (const QString refused = ChartExporter::refusal(path); !refused.isEmpty()) {
            QMessageBox::warning(this, tr("Export failed"), refused);
            return;
        }
    }
    int written = 0;
    // Every chart in every view, as `irdash export --chart all` draws them:
    // <chart>[-<view>]_<quarter>_<lang>.png.
    for (const QString &name : ChartCatalog::names()) {
        const auto builder = ChartCatalog::builder(name);
        const ChartPage *page = chartPage(name);
        const QStringList views = builder->variantCodes();
        for (int view = 0; view < std::max<int>(1, views.size()); ++view) {
            const Table table
                    = ChartCatalog::table(m_queries, name, quarter, m_browser->windowSize(), view);
            ChartOptions options = page ? optionsFor(page, table) : targetsPage()->chartOptions();
            options.variant = view;
            options.highlightCategory = table.categoryIndex(quarter.code());
            const QString chart = views.isEmpty() ? name : name + QLatin1Char('-') + views[view];
            const QString path
                    = QDir(folder).filePath(fileBaseName(chart) + QStringLiteral(".png"));
            QString error;
            if (!ChartExporter::write(*builder, table, options, request, path, &error)) {
                QMessageBox::warning(this, tr("Export failed"), error);
                return;
            }
            ++written;
        }
    }
    Settings::setExportFolder(folder);
    statusBar()->showMessage(tr("Exported %n chart(s) to %1", nullptr, written)
                                     .arg(QDir::toNativeSeparators(folder)),
                             8000);
}

void MainWindow::copyChart()
{
    const ChartBuilder *builder = nullptr;
    Table table;
    ChartOptions options;
    if (!currentChart(&builder, &table, &options))
        return;
    // The picture for a slide or a document, and the figures beside it for a spreadsheet:
    // the receiving program takes the kind it wants.
    TableModel figures;
    figures.setTable(table);
    QMimeData *mime = TableCopy::whole(&figures);
    mime->setImageData(ChartExporter::render(*builder, table, options, QSize(1600, 900), 1.0));
    QGuiApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Chart and its figures copied to the clipboard"), 5000);
}

void MainWindow::printChart()
{
    const ChartBuilder *builder = nullptr;
    Table table;
    ChartOptions options;
    if (!currentChart(&builder, &table, &options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(table.title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartExporter::print(&printer, *builder, table, options);
}

bool MainWindow::importFile(const QString &path)
{
    // By its type, before anything opens it: a FIFO would hang the window.
    if (const InputFile::Check input = InputFile::check(path); !input.ok()) {
        QMessageBox::warning(this, tr("Import failed"), input.message);
        return false;
    }
    // Reading, the preview and the import run off the window's thread (ImportRunner): the
    // window keeps repainting, and a long import shows its progress and can be cancelled.
    // A workbook or a wide CSV (a data book) names no source on its rows: ask for the
    // document its figures come from, which every figure keeps.
    DataBookReader::Options book;
    if (DatasetFile::kindOf(DatasetFile::head(path)) != DatasetFile::Kind::Interchange) {
        bool ok = false;
        book.source = QInputDialog::getText(
                              this, tr("Import data book"),
                              tr("The document the figures of %1 come from (kept as every figure's "
                                 "source), with its address if it has one:")
                                      .arg(QFileInfo(path).fileName()),
                              QLineEdit::Normal, QFileInfo(path).fileName(), &ok)
                              .trimmed();
        if (!ok)
            return false;
    }
    ImportRunner runner(m_store, this);
    const DatasetImport::Preview preview = runner.preview(path, book);
    if (preview.read.ok() && !preview.storeError.isEmpty()) {
        QMessageBox::warning(this, tr("Import failed"), preview.storeError);
        return false;
    }
    ImportDialog dialog(path, preview.read, preview.report, m_queries.everyVintage().all(), this);
    if (dialog.exec() != QDialog::Accepted || !preview.read.ok())
        return false;

    Store::ImportOptions options;
    options.policy = dialog.policy();
    const Store::ImportReport report = runner.import(path, preview.read.facts, options);
    if (!report.ok) {
        if (!report.cancelled)
            QMessageBox::warning(this, tr("Import failed"), report.error);
        return false;
    }
    reloadFacts();
    Settings::setImportFolder(QFileInfo(path).absolutePath());
    Settings::addRecentFile(QFileInfo(path).absoluteFilePath());
    updateRecentFiles();
    statusBar()->showMessage(tr("Imported %1: %2 new, %3 replaced, %4 kept, %5 unchanged")
                                     .arg(QFileInfo(path).fileName())
                                     .arg(report.inserted)
                                     .arg(report.replaced)
                                     .arg(report.kept)
                                     .arg(report.unchanged),
                             10000);
    return true;
}

QString MainWindow::companyKey() const
{
    return CompanyProfile::active().key;
}

void MainWindow::updateCompanies()
{
    const QStringList keys = CompanyChoice::keys(m_store);
    const QSignalBlocker blocker(m_companyCombo);
    m_companyCombo->clear();
    for (const QString &key : keys) {
        const auto read = CompanyChoice::find(m_store, key);
        m_companyCombo->addItem(read.ok() ? read.profile->shortName.text() : key, key);
    }
    m_companyCombo->setCurrentIndex(std::max(0, m_companyCombo->findData(companyKey())));
    m_companyWidgets->setVisible(keys.size() > 1);
}

void MainWindow::updatePagesForCompany()
{
    for (ChartPage *page : allChartPages()) {
        page->showAvailableViews();
        m_pages->setTabVisible(m_pages->indexOf(page), page->builder().isAvailable());
    }
    if (!m_pages->isTabVisible(m_pages->currentIndex()))
        m_pages->setCurrentWidget(m_revenuePage);
    showPageControls();
}

bool MainWindow::switchCompany(const QString &key)
{
    if (key == companyKey())
        return true;
    if (const QString error = CompanyChoice::activate(m_store, key); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot show the company"), error);
        updateCompanies();
        return false;
    }
    m_queries.reload();
    updatePagesForCompany();
    const QList<FiscalPeriod> quarters = m_queries.quarters();
    m_browser->setQuarters(quarters);
    m_asOf->setDates(m_queries.announcementDates());
    if (!quarters.isEmpty())
        m_browser->setCurrentQuarter(quarters.last());
    m_stalePages.insert(m_dataPage);
    m_stalePages.insert(m_checksPage);
    m_stalePages.insert(m_targetsPage);
    Settings::setCompany(key);
    updateCompanies();
    refresh();
    retranslate();
    return true;
}

bool MainWindow::importCompany(const QString &profilePath, const QString &datasetPath)
{
    const CompanyProfile::Result read = CompanyProfile::readFile(profilePath);
    if (!read.ok()) {
        QStringList errors;
        for (const DatasetError &error : read.errors)
            errors.append(error.toString());
        QMessageBox box(QMessageBox::Warning, tr("Import failed"),
                        tr("The profile %1 has %n error(s); nothing was imported.", nullptr,
                           int(read.errors.size()))
                                .arg(QFileInfo(profilePath).fileName()),
                        QMessageBox::Ok, this);
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    // The dataset is read by the new profile; on any failure the company shown before
    // comes back, and the database is as it was.
    const CompanyProfile previous = CompanyProfile::active();
    CompanyProfile::activate(*read.profile);
    if (!importFile(datasetPath) || !m_store.setCompanyProfile(*read.profile)) {
        CompanyProfile::activate(previous);
        m_queries.reload();
        refresh();
        return false;
    }
    const QString key = read.profile->key;
    CompanyProfile::activate(previous);
    return switchCompany(key);
}

void MainWindow::reloadFacts()
{
    const QList<FiscalPeriod> previous = m_queries.quarters();
    m_queries.reload();
    const QList<FiscalPeriod> quarters = m_queries.quarters();
    m_browser->setQuarters(quarters);
    m_asOf->setDates(m_queries.announcementDates());
    // A new latest quarter: show it, as a person importing a release expects.
    if (!quarters.isEmpty() && (previous.isEmpty() || previous.last() < quarters.last()))
        m_browser->setCurrentQuarter(quarters.last());
    m_stalePages.insert(m_dataPage);
    refresh();  // rebuilds the page on screen, the data page too when it is that page
    retranslate();  // the figure count in the status bar, the undo entry
}

void MainWindow::addImportHistoryActions(QMenu *menu)
{
    m_undoImportAction = new QAction(this);
    m_undoImportAction->setObjectName(QStringLiteral("undoImportAction"));
    connect(m_undoImportAction, &QAction::triggered, this, &MainWindow::undoLastImport);
    m_importHistoryAction = new QAction(this);
    m_importHistoryAction->setObjectName(QStringLiteral("importHistoryAction"));
    connect(m_importHistoryAction, &QAction::triggered, this, &MainWindow::showImportHistory);
    menu->addAction(m_undoImportAction);
    menu->addAction(m_importHistoryAction);
    // Another irdash (the command line) may have imported or undone since.
    connect(menu, &QMenu::aboutToShow, this, &MainWindow::updateImportHistoryActions);
}

void MainWindow::updateImportHistoryActions()
{
    const std::optional<ImportHistory::Entry> last = ImportHistory::undoable(m_store);
    m_undoImportAction->setEnabled(last.has_value());
    m_undoImportAction->setText(
            last ? tr("&Undo import of %1").arg(QFileInfo(last->file).fileName())
                 : tr("&Undo last import"));
    m_undoImportAction->setStatusTip(last ? QDir::toNativeSeparators(last->file) : QString());
    m_importHistoryAction->setText(tr("Import &history…"));
}

bool MainWindow::undoLastImport()
{
    const std::optional<ImportHistory::Entry> last = ImportHistory::undoable(m_store);
    if (!last) {
        updateImportHistoryActions();
        return false;
    }
    const QString name = QFileInfo(last->file).fileName();
    QMessageBox box(
            QMessageBox::Question, tr("Undo import"),
            tr("Undo the import of %1 of %2?")
                    .arg(name,
                         last->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("undoImportConfirmation"));
    box.setInformativeText(
            tr("New figures it added, to be removed: %1\n"
               "Figures it replaced, to get their earlier values back: %2")
                    .arg(QLocale().toString(last->inserted), QLocale().toString(last->replaced)));
    QPushButton *undo = box.addButton(tr("&Undo import"), QMessageBox::AcceptRole);
    undo->setObjectName(QStringLiteral("confirmUndoImport"));
    // Enter does not undo by accident; the import can be run again, the undo cannot.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != undo)
        return false;

    ImportRunner runner(m_store, this);
    const ImportHistory::UndoResult result = runner.undoLast(last->file);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Undo failed"), result.message);
        updateImportHistoryActions();
        return false;
    }
    reloadFacts();
    statusBar()->showMessage(
            tr("Undid the import of %1 (new figures removed: %2, replaced figures restored: %3)")
                    .arg(QFileInfo(result.entry.file).fileName(),
                         QLocale().toString(result.removed), QLocale().toString(result.restored)),
            10000);
    return true;
}

void MainWindow::showImportHistory()
{
    ImportHistoryDialog dialog(ImportHistory::entries(m_store), this);
    dialog.exec();
}

void MainWindow::switchLanguage(const QString &code)
{
    if (code == Language::current())
        return;
    Language::apply(code);  // posts LanguageChange: changeEvent retranslates and redraws
    Settings::setLanguage(code);
}

void MainWindow::showAbout()
{
    // The sources are the dataset's: its profile names them.
    QString sources;
    for (const LocalizedText &source : CompanyProfile::active().sources)
        sources += QStringLiteral("<li>%1</li>").arg(source.text().toHtmlEscaped());
    QMessageBox::about(
            this, tr("About irdash"),
            tr("<h3>irdash %1</h3>"
               "<p>An investor-relations dashboard: quarterly results as the charts of an IR "
               "presentation, every figure with its period, unit, basis and source.</p>"
               "<p><b>Data sources</b></p><ul>%2</ul>"
               "<p>Derived figures are computed from stated figures and drawn lighter; "
               "figures the sources do not give are left empty.</p>")
                    .arg(QApplication::applicationVersion(), sources));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setPageIndex(m_pages->currentIndex());
    Settings::setQuarterCode(m_browser->currentQuarter().code());
    Settings::setQuarterWindow(m_browser->windowSize());
    Settings::setDataTablesVisible(m_tablesAction->isChecked());
    for (ChartPage *page : allChartPages())
        Settings::setChartView(page->builder().name(), page->variant());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Charts are not widgets and get no LanguageChange: build them again, and the
        // Tables with them, since their labels are translated when a Table is built.
        retranslate();
        (Language::current() == QLatin1String("ja") ? m_japaneseAction : m_englishAction)
                ->setChecked(true);
        refresh();
    }
    QMainWindow::changeEvent(event);
}
