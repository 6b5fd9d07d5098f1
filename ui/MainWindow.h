#pragma once

#include "ChartExporter.h"
#include "FiscalPeriod.h"

#include <QMainWindow>
#include <QSet>

class AsOfSelector;
class ChartBuilder;
class ChartPage;
class ChecksPage;
class DataPage;
class KpiPanel;
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class Queries;
class QuarterBrowser;
class Store;
class TargetsPage;
struct ChartOptions;
class Table;

// The dashboard: a quarter browser, the KPI panel of the selected quarter, and a page
// per chart plus the data page. Never runs SQL: it asks Queries for Tables.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Store &store, Queries &queries, QWidget *parent = nullptr);
    ~MainWindow() override;

    QuarterBrowser *quarterBrowser() const { return m_browser; }
    AsOfSelector *asOfSelector() const { return m_asOf; }
    KpiPanel *kpiPanel() const { return m_kpis; }
    QTabWidget *pages() const { return m_pages; }
    // The chart pages, in tab order, each up to date with the selected quarter.
    QList<ChartPage *> chartPages() const;
    ChartPage *chartPage(const QString &name) const;
    TargetsPage *targetsPage() const;

    // Reads a dataset file, shows what importing it would change, and imports it when the
    // user says so. Returns true when figures were imported.
    bool importFile(const QString &path);
    // Imports each file in turn, as `irdash FILE...` and a drop on the window ask.
    void openFiles(const QStringList &paths);
    // Edit > Undo last import: asks, then takes back the newest import that stands. Returns
    // true when an import was undone.
    bool undoLastImport();
    // Edit > Import history….
    void showImportHistory();

    // File > Import company…: a company's profile and its dataset, imported together into a
    // company of their own (or into the company the profile names, with that profile);
    // nothing is stored on an error in either. Returns true when figures were imported,
    // and then shows that company.
    bool importCompany(const QString &profilePath, const QString &datasetPath);
    // Shows the company the key names (the toolbar's company box): every page, the KPI
    // panel, the quarters and the menus follow its profile.
    bool switchCompany(const QString &key);
    QString companyKey() const;

    // The Data page's filtered facts, as it shows them, to `path` as a dataset CSV.
    bool exportVisibleRows(const QString &path);
    // Every chart and view the company draws, for the selected quarter, span and date, and
    // every figure at that date, as one Excel workbook at `path` (WorkbookExporter).
    bool exportWorkbook(const QString &path);
    DataPage *dataPage() const { return m_dataPage; }

public slots:
    // Rebuilds the KPI panel and every chart for the selected quarter.
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The company box's entries, from the database; hidden while there is one company.
    void updateCompanies();
    // Tabs and views the active company's profile gives nothing to draw are hidden.
    void updatePagesForCompany();
    QList<ChartPage *> allChartPages() const;
    // Shows the current chart page's choice of view beside the tabs.
    void showPageControls();
    // Rebuilds a page that is older than the selected quarter or the facts; a quarter
    // switch rebuilds only the page on screen.
    void bringUpToDate(QWidget *page) const;
    void createActions();
    void createMenus();
    void retranslate();
    void showAbout();
    // The chart on the current page, as the export needs it; false on the data page.
    bool currentChart(const ChartBuilder **builder, Table *table, ChartOptions *options) const;
    QString fileBaseName(const QString &chart) const;
    void exportChart(ChartExporter::Format format);
    void exportAllCharts();
    // File > Export dashboard as workbook: asks where, then exports.
    void exportWorkbook();
    // File > Export visible rows: asks where, then exports.
    void exportVisibleRows();
    void copyChart();
    void printChart();
    void updateChartActions();
    void updateRecentFiles();
    // The size of a first start, and a restored one kept on the screen it lands on.
    void fitToScreen(bool restored);
    // Shrinks and moves the window, frame included, into the available part of its screen.
    void keepOnScreen();
    // The window frame's margins: the real ones once the window is shown, else a guess.
    QMargins frameMargins() const;
    void switchLanguage(const QString &code);
    // Shows the Checks page with the first mismatch of a flagged figure selected.
    void showCheck(const QString &figureKey);
    // How the window draws a page's chart: its view, the UI locale, the selected quarter.
    ChartOptions optionsFor(const ChartPage *page, const Table &table) const;
    // Every view again after the facts changed (an import, an undo).
    void reloadFacts();
    // The Edit menu's undo and history entries: created into `menu`, then kept naming the
    // import an undo would take back.
    void addImportHistoryActions(QMenu *menu);
    void updateImportHistoryActions();

    Store &m_store;
    Queries &m_queries;
    QuarterBrowser *m_browser;
    AsOfSelector *m_asOf;
    KpiPanel *m_kpis;
    QTabWidget *m_pages;
    ChartPage *m_revenuePage;
    ChartPage *m_marginPage;
    ChartPage *m_cloudPage;
    ChartPage *m_headcountPage;
    TargetsPage *m_targetsPage;
    DataPage *m_dataPage;
    ChecksPage *m_checksPage;
    mutable QSet<QWidget *> m_stalePages;
    bool m_shownOnce = false;
    QLabel *m_companyLabel;
    QComboBox *m_companyCombo;
    QAction *m_companyWidgets = nullptr;  // the label and box, shown with two companies
    QLabel *m_asOfLabel;
    QLabel *m_datasetLabel;
    QLabel *m_databaseLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_japaneseAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importCompanyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_exportWorkbookAction = nullptr;
    QAction *m_exportRowsAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_tablesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_undoImportAction = nullptr;
    QAction *m_importHistoryAction = nullptr;
};
