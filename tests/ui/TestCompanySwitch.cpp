// Two companies in one database, as a person browses them: the company box appears, and
// switching company switches every page, the KPI panel, the quarters and the labels.

#include "ChartPage.h"
#include "ChartTexts.h"
#include "CompanyProfile.h"
#include "DatabaseStartup.h"
#include "KpiPanel.h"
#include "Language.h"
#include "MainWindow.h"
#include "QuarterBrowser.h"
#include "Queries.h"
#include "Store.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

QString equinixFile(const char *name)
{
    return QStringLiteral(IRDASH_TEST_DATA_DIR "/companies/equinix/") + QLatin1String(name);
}

// Every bar set's label and values in the chart, in order.
QStringList barSets(const QChart *chart)
{
    QStringList sets;
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            QStringList values;
            for (int i = 0; i < set->count(); ++i)
                values.append(QString::number(set->at(i)));
            sets.append(set->label() + QLatin1Char('=') + values.join(QLatin1Char(' ')));
        }
    }
    return sets;
}

QStringList visibleTabs(const QTabWidget *pages)
{
    QStringList tabs;
    for (int i = 0; i < pages->count(); ++i) {
        if (pages->isTabVisible(i))
            tabs.append(pages->tabText(i));
    }
    return tabs;
}

// Accepts each modal dialog the import opens (its preview), as a person clicking Import;
// what a message box says is kept in `shown`.
std::unique_ptr<QTimer> acceptingDialogs(QString *shown = nullptr)
{
    auto timer = std::make_unique<QTimer>();
    QObject::connect(timer.get(), &QTimer::timeout, [shown] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        if (auto *box = qobject_cast<QMessageBox *>(dialog); box && shown)
            *shown = box->text() + QLatin1Char('\n') + box->detailedText();
        dialog->accept();
    });
    timer->start(50);
    return timer;
}

}  // namespace

class TestCompanySwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneCompanyHidesTheBox();
    void importCompanyAndSwitch();
    void brokenProfileChangesNothing();
    void japaneseLabelsFollowTheCompany();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<MainWindow> m_window;
};

void TestCompanySwitch::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void TestCompanySwitch::init()
{
    QSettings().clear();
    CompanyProfile::activate(CompanyProfile::bundled());
    m_store = std::make_unique<Store>();
    QVERIFY(DatabaseStartup::open(*m_store, QStringLiteral(":memory:"), false).ok);
    m_queries = std::make_unique<Queries>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_store, *m_queries);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestCompanySwitch::cleanup()
{
    m_window.reset();
    m_queries.reset();
    m_store.reset();
    Language::apply(QStringLiteral("en"));
    CompanyProfile::activate(CompanyProfile::bundled());
}

void TestCompanySwitch::oneCompanyHidesTheBox()
{
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("companyCombo"));
    QVERIFY(box);
    QVERIFY(!box->isVisible());
    QCOMPARE(visibleTabs(m_window->pages()).size(), 7);
}

void TestCompanySwitch::importCompanyAndSwitch()
{
    const QList<Fact> iijBefore = m_store->facts();
    // The import dialog asks before anything is written: accept it.
    const auto accepting = acceptingDialogs();
    QVERIFY(m_window->importCompany(equinixFile("equinix.profile.json"),
                                    equinixFile("equinix.csv")));
    QCOMPARE(m_window->companyKey(), QStringLiteral("equinix"));
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("companyCombo"));
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->currentText(), QStringLiteral("Equinix"));

    // The pages Equinix's profile draws; the quarters are its own, the newest shown.
    QCOMPARE(visibleTabs(m_window->pages()),
             (QStringList {QStringLiteral("Revenue mix"), QStringLiteral("Revenues by fiscal year"),
                           QStringLiteral("Targets"), QStringLiteral("Data"),
                           QStringLiteral("Checks")}));
    auto *browser = m_window->findChild<QuarterBrowser *>();
    QCOMPARE(browser->currentQuarter().code(), QStringLiteral("4Q13"));
    ChartPage *revenue = m_window->chartPage(QStringLiteral("revenue-mix"));
    QVERIFY(!revenue->hasViews());  // by segment only
    const QStringList sets = barSets(revenue->chart());
    QCOMPARE(sets.size(), 2);
    QVERIFY2(sets[0].startsWith(QStringLiteral("Recurring revenues=")), qPrintable(sets[0]));
    QVERIFY2(sets[0].endsWith(QStringLiteral(" 538.1")), qPrintable(sets[0]));
    QVERIFY2(sets[1].endsWith(QStringLiteral(" 26.6")), qPrintable(sets[1]));
    // Its currency on the axis, and no chart text leaves the chart.
    bool dollars = false;
    const QRectF bounds = revenue->chart()->scene()->sceneRect();
    for (const ChartText &text : chartTexts(*revenue->chart()->scene())) {
        dollars = dollars || text.text.contains(QStringLiteral("USD million"));
        QVERIFY2(bounds.contains(text.rect), qPrintable(text.text));
    }
    QVERIFY(dollars);
    QVERIFY(m_window->statusBar()
                    ->findChild<QLabel *>(QStringLiteral("asOfStatus"))
                    ->text()
                    .contains(QStringLiteral("As of 2014-02-19, the announcement of 4Q FY2013")));
    // The KPI panel shows Equinix's cards.
    auto *kpis = m_window->findChild<KpiPanel *>();
    QString kpiText;
    for (QLabel *label : kpis->findChildren<QLabel *>())
        kpiText += label->text() + QLatin1Char('\n');
    QVERIFY2(kpiText.contains(QStringLiteral("564.7")), qPrintable(kpiText));
    QVERIFY2(kpiText.contains(QStringLiteral("Adjusted EBITDA")), qPrintable(kpiText));
    QVERIFY(!kpiText.contains(QStringLiteral("26,441")));

    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Ctrl+3 is the third page shown: Targets, not the hidden Cloud revenue; Ctrl+PgUp
    // steps over hidden pages too.
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->pages()->tabText(m_window->pages()->currentIndex()),
             QStringLiteral("Targets"));
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->pages()->tabText(m_window->pages()->currentIndex()),
             QStringLiteral("Revenues by fiscal year"));
    // Its fiscal-year comparison: FY2011 to FY2013, the newest year's 1Q, 4Q and full year.
    const QStringList years
            = barSets(m_window->chartPage(QStringLiteral("cloud-revenue"))->chart());
    QCOMPARE(years.size(), 3);
    QVERIFY2(years.last().startsWith(QStringLiteral("FY2013=0.5195 0.5647 2.1528")),
             qPrintable(years.last()));
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->pages()->currentWidget(), revenue);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->pages()->tabText(m_window->pages()->currentIndex()),
             QStringLiteral("Checks"));
    m_window->pages()->setCurrentWidget(revenue);

    // Back to IIJ by the box: every page is IIJ's again, its figures untouched.
    box->setCurrentIndex(box->findData(QStringLiteral("iij")));
    emit box->activated(box->currentIndex());
    QCOMPARE(m_window->companyKey(), QStringLiteral("iij"));
    QCOMPARE(visibleTabs(m_window->pages()).size(), 7);
    QCOMPARE(browser->currentQuarter().code(), QStringLiteral("1Q13"));
    QVERIFY(barSets(revenue->chart()).first().startsWith(QStringLiteral("Network services=")));
    QCOMPARE(m_store->facts().size(), iijBefore.size());
    QVERIFY(revenue->hasViews());
}

void TestCompanySwitch::brokenProfileChangesNothing()
{
    QTemporaryDir dir;
    QFile source(equinixFile("equinix.profile.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray profile = source.readAll();
    profile.replace("\"fiscal_year_start_month\": 1", "\"fiscal_year_start_month\": 0");
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(profile);
    broken.close();
    const int before = m_store->userFactCount();
    QString shown;
    const auto accepting = acceptingDialogs(&shown);
    QVERIFY(!m_window->importCompany(broken.fileName(), equinixFile("equinix.csv")));
    QVERIFY2(shown.contains(QStringLiteral("company.fiscal_year_start_month: expected a month "
                                           "from 1 to 12")),
             qPrintable(shown));
    QCOMPARE(m_store->userFactCount(), before);
    QCOMPARE(m_window->companyKey(), QStringLiteral("iij"));
}

void TestCompanySwitch::japaneseLabelsFollowTheCompany()
{
    const auto accepting = acceptingDialogs();
    QVERIFY(m_window->importCompany(equinixFile("equinix.profile.json"),
                                    equinixFile("equinix.csv")));
    Language::apply(QStringLiteral("ja"));
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_window->statusBar()
                    ->findChild<QLabel *>(QStringLiteral("asOfStatus"))
                    ->text()
                    .contains(QStringLiteral("2013年12月期第4四半期")));
    const QStringList sets = barSets(m_window->chartPage(QStringLiteral("revenue-mix"))->chart());
    QVERIFY2(sets.value(0).startsWith(QStringLiteral("リカーリング売上高=")),
             qPrintable(sets.value(0)));
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("companyCombo"));
    QCOMPARE(box->itemText(box->findData(QStringLiteral("equinix"))),
             QStringLiteral("エクイニクス"));
}

QTEST_MAIN(TestCompanySwitch)
#include "TestCompanySwitch.moc"
