#include "BundledDataset.h"
#include "ChartPage.h"
#include "ChecksModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "Queries.h"
#include "Store.h"
#include "TargetsPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QSet>
#include <QMenuBar>

#include "DatasetReader.h"
#include "FactsModel.h"
#include "MetricCatalogue.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "Mnemonics.h"
#include <QValueAxis>

#include <memory>

namespace {

// Words that stay as they are in Japanese IR material: names, units, codes.
const QStringList allowed = {
        QStringLiteral("IIJ"),   QStringLiteral("JPY"),   QStringLiteral("ATM"),
        QStringLiteral("WAN"),   QStringLiteral("LTE"),   QStringLiteral("EPS"),
        QStringLiteral("SG"),    QStringLiteral("CSV"),   QStringLiteral("PNG"),
        QStringLiteral("SVG"),   QStringLiteral("PDF"),   QStringLiteral("irdash"),
        QStringLiteral("English"), QStringLiteral("Ctrl"), QStringLiteral("px"),
        QStringLiteral("IP"),    QStringLiteral("GIO"),   QStringLiteral("SaaS"),
        QStringLiteral("SNS"),   QStringLiteral("MRC"),   QStringLiteral("DCP"),
        QStringLiteral("Gbps"),  QStringLiteral("memory"), QStringLiteral("Excel"),
        QStringLiteral("Windows"), QStringLiteral("BOM"),
};

QStringList englishWords(const QString &text)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QString plain = text;
    plain.remove(tags);
    QStringList found;
    for (auto it = word.globalMatch(plain); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowed.contains(w))
            found.append(w);
    }
    return found;
}

} // namespace

// Every label a person reads, in Japanese after a switch and in English after the
// switch back, while the window stays open.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void japaneseEverywhere();
    void backToEnglish();
    void choicePersists();
    void mnemonicsAreOneEachInBothLanguages();
    void dataPageReadsAsTheCharts();
    void catalogueFromFilesThenBuiltIn();

private:
    // "where: text" for every visible string with English words in it.
    QStringList english() const;
    void showEveryPage() const;
    void switchTo(const char *actionName);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguage::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY2(BundledDataset::ensureLoaded(*m_store, &error), qPrintable(error));
    m_queries = std::make_unique<Queries>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_store, *m_queries);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguage::cleanupTestCase()
{
    m_window.reset();
    Language::apply(QStringLiteral("en"));
}

void TestLanguage::switchTo(const char *actionName)
{
    auto *action = m_window->findChild<QAction *>(QString::fromLatin1(actionName));
    QVERIFY(action);
    action->trigger();
    // LanguageChange is posted; let it arrive.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

// Every page as a reader sees it: a hidden page is brought up to date when shown.
void TestLanguage::showEveryPage() const
{
    auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    const int shown = pages->currentIndex();
    for (int i = 0; i < pages->count(); ++i)
        pages->setCurrentIndex(i);
    pages->setCurrentIndex(shown);
}

QStringList TestLanguage::english() const
{
    QStringList found;
    auto check = [&](const QString &where, const QString &text) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            found.append(where + QStringLiteral(": ") + text.left(120) + QStringLiteral(" [")
                         + words.join(QLatin1Char(',')) + QLatin1Char(']'));
    };
    showEveryPage();
    check(QStringLiteral("window title"), m_window->windowTitle());
    for (QAction *action : m_window->menuBar()->actions()) {
        check(QStringLiteral("menu"), action->text());
        if (!action->menu())
            continue;
        for (QAction *item : action->menu()->actions()) {
            check(QStringLiteral("menu item"), item->text());
            if (item->menu()) {
                for (QAction *sub : item->menu()->actions())
                    check(QStringLiteral("submenu item"), sub->text());
            }
        }
    }
    for (QLabel *label : m_window->findChildren<QLabel *>())
        check(QStringLiteral("label ") + label->objectName(), label->text());
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        check(QStringLiteral("button ") + button->objectName(), button->text());
        check(QStringLiteral("button tooltip ") + button->objectName(), button->toolTip());
    }
    for (QComboBox *combo : m_window->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            check(QStringLiteral("combo ") + combo->objectName(), combo->itemText(i));
    }
    for (QTabBar *tabs : m_window->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            check(QStringLiteral("tab"), tabs->tabText(i));
    }
    for (QTableView *view : m_window->findChildren<QTableView *>()) {
        QAbstractItemModel *model = view->model();
        const bool facts = view->objectName() == QLatin1String("factsTable");
        const bool checks = view->objectName() == QLatin1String("checksTable");
        for (int c = 0; c < model->columnCount(); ++c)
            check(QStringLiteral("column header ") + view->objectName(), model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!facts)
                check(QStringLiteral("row header ") + view->objectName(), model->headerData(r, Qt::Vertical).toString());
            for (int c = 0; c < model->columnCount(); ++c) {
                // The source columns quote English documents as they are.
                if ((facts && c == 5) || (checks && c == ChecksModel::SourcesColumn))
                    continue;
                check(QStringLiteral("cell ") + view->objectName(), model->index(r, c).data().toString());
            }
        }
    }
    QList<QChart *> charts;
    for (ChartPage *page : m_window->chartPages())
        charts.append(page->chart());
    charts.append(m_window->targetsPage()->chart());
    for (QChart *chart : std::as_const(charts)) {
        const QString name = chart->property("irdashChart").toString();
        check(QStringLiteral("chart title ") + name, chart->title());
        check(QStringLiteral("chart notes ") + name, chart->property("irdashNotes").toString());
        for (QAbstractAxis *axis : chart->axes()) {
            check(QStringLiteral("axis title ") + name, axis->titleText());
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                for (const QString &category : categories->categories())
                    check(QStringLiteral("category ") + name, category);
            }
        }
        for (QLegendMarker *marker : chart->legend()->markers())
            check(QStringLiteral("legend ") + name, marker->label());
    }
    return found;
}

void TestLanguage::japaneseEverywhere()
{
    QVERIFY(!english().isEmpty());  // the check sees English when it is there
    switchTo("languageJapaneseAction");
    QCOMPARE(Language::current(), QStringLiteral("ja"));
    const QStringList left = english();
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    // Spot checks of what a Japanese reader expects.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("売上構成"));
    QCOMPARE(m_window->chartPage(QStringLiteral("revenue-mix"))->chart()->title(), QStringLiteral("売上構成"));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("quarterCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("2013年度第1四半期"));
    auto *axis = qobject_cast<QBarCategoryAxis *>(
            m_window->chartPage(QStringLiteral("revenue-mix"))->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(axis->categories().last(), QStringLiteral("13/1Q"));
    auto *kpi = m_window->findChild<QLabel *>(QStringLiteral("kpiName_revenue_total"));
    QCOMPARE(kpi->text(), QStringLiteral("売上高（百万円）"));
    // Chart text in the Japanese face.
    QVERIFY(m_window->chartPage(QStringLiteral("revenue-mix"))
                    ->chart()
                    ->titleFont()
                    .families()
                    .contains(QStringLiteral("Noto Sans CJK JP"))
            || m_window->chartPage(QStringLiteral("revenue-mix"))->chart()->titleFont().family()
                    == QStringLiteral("Noto Sans CJK JP"));
    // Cloud revenues in 億円: 2.3 billion reads 23.
    auto *cloud = qobject_cast<QBarSeries *>(m_window->chartPage(QStringLiteral("cloud-revenue"))->chart()->series().first());
    QCOMPARE(cloud->barSets().last()->at(0), 23.0);
    // The FY2013 target "over JPY 10 billion" reads 100億円超: 「100超」.
    QStringList labels;
    for (QGraphicsItem *item : m_window->chartPage(QStringLiteral("cloud-revenue"))->chart()->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            text && text->data(0).toString() == QLatin1String("valueLabel"))
            labels.append(text->toPlainText());
    }
    QVERIFY2(labels.contains(QStringLiteral("100超")), qPrintable(labels.join(u'|')));
}

void TestLanguage::backToEnglish()
{
    switchTo("languageEnglishAction");
    QCOMPARE(Language::current(), QStringLiteral("en"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Revenue mix"));
    QCOMPARE(m_window->chartPage(QStringLiteral("revenue-mix"))->chart()->title(), QStringLiteral("Revenue mix"));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("quarterCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("1Q FY2013"));
    auto *kpi = m_window->findChild<QLabel *>(QStringLiteral("kpiName_revenue_total"));
    QCOMPARE(kpi->text(), QStringLiteral("Total revenues (JPY million)"));
    auto *cloud = qobject_cast<QBarSeries *>(m_window->chartPage(QStringLiteral("cloud-revenue"))->chart()->series().first());
    QCOMPARE(cloud->barSets().last()->at(0), 2.3);
    // No Japanese left either.
    showEveryPage();
    static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    for (QLabel *label : m_window->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(japanese), qPrintable(label->text()));
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(!tabs->tabText(i).contains(japanese));
}

void TestLanguage::choicePersists()
{
    switchTo("languageJapaneseAction");
    QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("ja"));
    switchTo("languageEnglishAction");
    QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("en"));
}

void TestLanguage::mnemonicsAreOneEachInBothLanguages()
{
    auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    const QString bad = QStringLiteral(IRDASH_TEST_DATA_DIR "/bad/bad-date.csv");
    const QString good = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
    for (const char *action : {"languageEnglishAction", "languageJapaneseAction"}) {
        switchTo(action);
        QStringList problems;
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString &problem : mnemonicProblems(m_window.get()))
                problems << pages->tabText(i) + QStringLiteral(": ") + problem;
        }
        for (const QAction *menu : m_window->menuBar()->actions())
            problems << menuMnemonicProblems(menu->menu());
        ExportDialog exportDialog(QDir::tempPath(), QStringLiteral("chart"), m_window.get());
        problems << mnemonicProblems(&exportDialog);
        for (const QString &file : {bad, good}) {
            const auto read = DatasetReader::readFile(file, Fact::Origin::User);
            Store::ImportReport report;
            report.ok = read.ok();
            if (read.ok() && !read.facts.isEmpty()) {
                // A conflict, so that the choice to replace or keep is on screen too.
                Fact changed = read.facts.first();
                changed.value = changed.value + 1;
                report.conflicts.append({changed, read.facts.first()});
            }
            ImportDialog importDialog(file, read, report, {}, m_window.get());
            problems << mnemonicProblems(&importDialog);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QString::fromLatin1(action) + QStringLiteral(":\n")
                                                + problems.join(QLatin1Char('\n'))));
    }
    switchTo("languageEnglishAction");
}

void TestLanguage::dataPageReadsAsTheCharts()
{
    switchTo("languageJapaneseAction");
    auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
    pages->setCurrentIndex(pages->count() - 1);
    QCoreApplication::processEvents();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("factsTable"));
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    bool sawCloud = false;
    QSet<QString> periods;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString unit = model->index(row, FactsModel::UnitColumn).data().toString();
        // The charts count large sums in 億円; so does the table.
        QVERIFY2(unit != QStringLiteral("十億円"), qPrintable(QString::number(row)));
        const QString period = model->index(row, FactsModel::PeriodColumn).data().toString();
        periods.insert(period);
        if (model->index(row, FactsModel::MetricColumn).data().toString()
                    == MetricCatalogue::displayName(QStringLiteral("cloud_revenue"))
            && period == QStringLiteral("2013年度第1四半期")
            && model->index(row, FactsModel::BasisColumn).data().toString()
                    == Bases::displayName(Basis::Reported)) {
            // Stated as JPY 2.3 billion: 23 億円, as the cloud chart shows it.
            QCOMPARE(unit, QStringLiteral("億円"));
            QCOMPARE(model->index(row, FactsModel::ValueColumn).data().toString(),
                     QStringLiteral("23"));
            sawCloud = true;
        }
    }
    QVERIFY(sawCloud);
    // Quarters, halves and years read apart, each label shown whole in its column.
    QVERIFY(periods.contains(QStringLiteral("2013年度第1四半期")));
    QVERIFY(periods.contains(QStringLiteral("2012年度")));
    const QFontMetrics metrics(table->font());
    int widest = 0;
    for (const QString &period : std::as_const(periods))
        widest = std::max(widest, metrics.horizontalAdvance(period));
    QVERIFY2(table->columnWidth(FactsModel::PeriodColumn) >= widest,
             qPrintable(QStringLiteral("%1 px for labels of %2 px")
                                .arg(table->columnWidth(FactsModel::PeriodColumn))
                                .arg(widest)));
    switchTo("languageEnglishAction");
    QVERIFY(table->columnWidth(FactsModel::PeriodColumn)
            < metrics.horizontalAdvance(QStringLiteral("2013年度第1四半期")) * 2);
}

// An installed catalogue beside the binary or at the prefix comes first; the compiled-in
// one is the last resort, and the only one a build tree has.
void TestLanguage::catalogueFromFilesThenBuiltIn()
{
    const QStringList directories = Language::catalogueDirectories();
    QVERIFY(directories.size() >= 2);
    QCOMPARE(directories.first(),
             QDir::cleanPath(QCoreApplication::applicationDirPath()
                             + QStringLiteral("/../share/irdash/translations")));
    QCOMPARE(directories.last(), QStringLiteral(":/i18n"));

    QVERIFY(Language::apply(QStringLiteral("ja")));
    const QString file = Language::catalogueFile();
    QVERIFY(file.endsWith(QStringLiteral("/irdash_ja.qm")));
    bool fromListed = false;
    for (const QString &directory : directories)
        fromListed = fromListed || file == directory + QStringLiteral("/irdash_ja.qm");
    QVERIFY2(fromListed, qPrintable(file));
    if (!QFile::exists(directories.first() + QStringLiteral("/irdash_ja.qm"))
        && !QFile::exists(directories.at(1) + QStringLiteral("/irdash_ja.qm")))
        QCOMPARE(file, QStringLiteral(":/i18n/irdash_ja.qm"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCOMPARE(Language::catalogueFile(), QString());
}

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
