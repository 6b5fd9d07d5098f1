#include "AsOf.h"
#include "BundledDataset.h"
#include "DatasetReader.h"
#include "ChartTexts.h"
#include "Language.h"
#include "Queries.h"
#include "Store.h"
#include "TestStores.h"
#include "charts/TargetHistoryChart.h"
#include "charts/TargetsChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QTest>

#include <memory>

namespace {

FiscalPeriod period(const char *code)
{
    return *FiscalPeriod::fromCode(QString::fromLatin1(code));
}


// The texts of the value labels, in the order the scene lists them.
QStringList valueLabels(const QGraphicsScene &scene)
{
    QStringList labels;
    for (const ChartText &item : chartTexts(scene)) {
        if (item.valueLabel)
            labels.append(item.text);
    }
    return labels;
}

// The chart laid out at a size in a scene of its own, as the export and the view do.
struct Staged
{
    QGraphicsScene scene;
    QChart *chart;

    Staged(QChart *built, const QSizeF &size) : chart(built)
    {
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layout()->activate();
        QCoreApplication::processEvents();
    }
};

}  // namespace

// The targets chart and the revision history as a person reads them: every text inside
// the chart, no value label on another, names whole, in both languages and at the
// window's and a small export's size.
class TestTargetsChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layout_data();
    void layout();
    void everySizeSettles();
    void figuresOfTheBars();
    void historySteps();
    void exportFooterSaysTheDate();

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
};

void TestTargetsChart::initTestCase()
{
    m_store = storeWithLaterQuarters();
    QVERIFY(m_store);
    m_queries = std::make_unique<Queries>(*m_store);
}

void TestTargetsChart::layout_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "ja"}) {
        for (const char *quarter : {"1Q13", "3Q13", "1Q12"}) {
            // The exports' sizes, and the chart's size on the Targets page of a laptop.
            for (const QSize &size :
                 {QSize(1600, 900), QSize(1024, 576), QSize(620, 380), QSize(620, 260)}) {
                QTest::addRow("%s %s %dx%d", language, quarter, size.width(), size.height())
                        << QString::fromLatin1(language) << QString::fromLatin1(quarter)
                        << QStringLiteral("announcement") << size;
            }
        }
        QTest::addRow("%s 1Q13 latest 1024x576", language)
                << QString::fromLatin1(language) << QStringLiteral("1Q13")
                << QStringLiteral("latest") << QSize(1024, 576);
    }
}

void TestTargetsChart::layout()
{
    QFETCH(QString, language);
    QFETCH(QString, quarter);
    QFETCH(QString, asOf);
    QFETCH(QSize, size);
    Language::apply(language);
    const FiscalPeriod selected = *FiscalPeriod::fromCode(quarter);
    m_queries->setAsOf(*AsOf::fromCode(asOf), selected);
    const int year = selected.fiscalYear();
    ChartOptions options;
    options.locale = QLocale();
    options.fontFamily = Language::chartFontFamily(language);
    if (size.width() >= 1000)  // an export scales its text; the window does not
        options.fontScale
                = std::clamp(std::min(size.width() / 1300.0, size.height() / 700.0), 0.8, 3.0);

    const Table comparison
            = m_queries->actualVersusTarget(FiscalPeriod::year(year - 1), FiscalPeriod::year(year));
    TargetsChart targets;
    TargetHistoryChart history;
    QList<std::pair<QString, QChart *>> charts {
            {QStringLiteral("targets"), targets.build(comparison, options)}};
    for (const QString &metric : Queries::targetMetrics())
        charts.append({metric,
                       history.build(m_queries->targetHistory(FiscalPeriod::year(year), metric),
                                     options)});
    for (const auto &[what, chart] : charts) {
        // The history sits below the targets chart on the page: it gets less height.
        if (size.height() < 380 && what == QLatin1String("targets")) {
            delete chart;
            continue;
        }
        Staged staged(chart, size);
        const QRectF bounds(QPointF(0, 0), size);
        const QList<ChartText> items = chartTexts(staged.scene);
        QVERIFY2(!items.isEmpty(), qPrintable(what));
        QList<ChartText> values;
        for (const ChartText &item : items) {
            QVERIFY2(bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(item.rect),
                     qPrintable(QStringLiteral("%1: '%2' at %3,%4 %5x%6 leaves the chart")
                                        .arg(what, item.text)
                                        .arg(item.rect.x())
                                        .arg(item.rect.y())
                                        .arg(item.rect.width())
                                        .arg(item.rect.height())));
            // Qt elides a label that has no room: every name must be whole.
            QVERIFY2(!item.text.endsWith(QStringLiteral("..."))
                             && !item.text.endsWith(QChar(0x2026)),
                     qPrintable(what + QStringLiteral(": cut '") + item.text + u'\''));
            if (item.valueLabel)
                values.append(item);
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            for (qsizetype j = i + 1; j < values.size(); ++j)
                QVERIFY2(!values[i].rect.intersects(values[j].rect),
                         qPrintable(QStringLiteral("%1: '%2' on '%3'")
                                            .arg(what, values[i].text, values[j].text)));
        }
        if (what == QLatin1String("targets")) {
            // One label per metric, and every metric's name whole on the category axis.
            QCOMPARE(values.size(), comparison.categoryCount());
            for (const QString &name : comparison.categoryLabels()) {
                const bool shown
                        = std::any_of(items.cbegin(), items.cend(),
                                      [&](const ChartText &item) { return item.text == name; });
                QVERIFY2(shown, qPrintable(name));
            }
        }
    }
    Language::apply(QStringLiteral("en"));
}

// A window can give the chart any size: at each, the layout settles (the test would hang
// otherwise) and every value label shown stays inside the plot.
void TestTargetsChart::everySizeSettles()
{
    TargetsChart builder;
    for (const char *language : {"en", "ja"}) {
        Language::apply(QString::fromLatin1(language));
        ChartOptions options;
        options.fontFamily = Language::chartFontFamily(QString::fromLatin1(language));
        for (const char *quarter : {"1Q13", "3Q13"}) {
            m_queries->setAsOf(AsOf::announcement(), period(quarter));
            const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"));
            for (int width = 300; width <= 1000; width += 47) {
                for (int height = 200; height <= 600; height += 80) {
                    Staged staged(builder.build(table, options), QSizeF(width, height));
                    const QRectF plot = staged.chart->plotArea();
                    for (const ChartText &item : chartTexts(staged.scene)) {
                        if (item.valueLabel)
                            QVERIFY2(plot.adjusted(-0.5, -0.5, 0.5, 0.5).contains(item.rect),
                                     qPrintable(QStringLiteral("%1 %2 %3x%4: '%5'")
                                                        .arg(QString::fromLatin1(language),
                                                             QString::fromLatin1(quarter))
                                                        .arg(width)
                                                        .arg(height)
                                                        .arg(item.text)));
                    }
                }
            }
        }
    }
    Language::apply(QStringLiteral("en"));
}

void TestTargetsChart::figuresOfTheBars()
{
    m_queries->setAsOf(AsOf::announcement(), period("1Q13"));
    const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"));
    TargetsChart builder;
    ChartOptions options;
    Staged staged(builder.build(table, options), QSizeF(1600, 900));
    auto *series = qobject_cast<QHorizontalBarSeries *>(staged.chart->series().value(0));
    QVERIFY(series);
    QBarSet *set = series->barSets().value(0);
    // The category axis counts from the bottom: the table's first metric is the top bar.
    const int change = table.seriesIndex(QStringLiteral("change_pct"));
    for (int c = 0; c < table.categoryCount(); ++c)
        QCOMPARE(set->at(table.categoryCount() - 1 - c), *table.cell(change, c).value);
    // Its label: the change, then the actual and the target in force.
    const QStringList labels = valueLabels(staged.scene);
    QVERIFY2(labels.contains(QStringLiteral("+10.1%   106,248 → 117,000")),
             qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("+3.6%   130.76 → 135.42 JPY")),
             qPrintable(labels.join(u'|')));

    // After the revision the operating income bar points down: 7,753 to 6,000.
    m_queries->setAsOf(AsOf::announcement(), period("3Q13"));
    Staged revised(
            builder.build(m_queries->actualVersusTarget(period("FY12"), period("FY13")), options),
            QSizeF(1600, 900));
    const QStringList after = valueLabels(revised.scene);
    QVERIFY2(after.contains(QStringLiteral("-22.6%   7,753 → 6,000")),
             qPrintable(after.join(u'|')));
}

void TestTargetsChart::historySteps()
{
    m_queries->setAsOf(AsOf::latest(), period("1Q14"));
    const Table table
            = m_queries->targetHistory(period("FY13"), QStringLiteral("operating_income"));
    TargetHistoryChart builder;
    ChartOptions options;
    Staged staged(builder.build(table, options), QSizeF(1600, 900));
    auto *steps = qobject_cast<QLineSeries *>(staged.chart->series().value(0));
    QVERIFY(steps);
    // 9,400 from 2013-05-15, down to 6,000 on 2014-02-07, held on.
    QCOMPARE(steps->count(), 4);
    QCOMPARE(steps->at(0).y(), 9400.0);
    QCOMPARE(steps->at(1).y(), 9400.0);
    QCOMPARE(steps->at(1).x(), steps->at(2).x());
    QCOMPARE(steps->at(2).y(), 6000.0);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(steps->at(2).x()), Qt::UTC).date(),
             QDate(2014, 2, 7));
    const QStringList labels = valueLabels(staged.scene);
    QCOMPARE(labels.size(), 2);
    QVERIFY(labels.contains(QStringLiteral("9,400 (2013-05-15)")));
    QVERIFY(labels.contains(QStringLiteral("6,000 (2014-02-07)")));
}

void TestTargetsChart::exportFooterSaysTheDate()
{
    m_queries->setAsOf(AsOf::announcement(), period("1Q13"));
    const Table table = m_queries->actualVersusTarget(period("FY12"), period("FY13"));
    TargetsChart builder;
    ChartOptions screen;
    ChartOptions paper;
    paper.forExport = true;
    const auto allText = [](const QGraphicsScene &scene) {
        QStringList texts;
        for (const ChartText &item : chartTexts(scene))
            texts.append(item.text);
        return texts.join(u'\n');
    };
    Staged onScreen(builder.build(table, screen), QSizeF(1600, 900));
    Staged onPaper(builder.build(table, paper), QSizeF(1600, 900));
    const QString footer
            = QStringLiteral("Figures: As of 2013-08-06, the announcement of 1Q FY2013.");
    QVERIFY2(allText(onPaper.scene).contains(footer), qPrintable(allText(onPaper.scene)));
    QVERIFY(!allText(onScreen.scene).contains(footer));  // the status bar says it on screen
    QVERIFY(!allText(onPaper.scene).contains(QStringLiteral("hover")));
}

QTEST_MAIN(TestTargetsChart)
#include "TestTargetsChart.moc"
