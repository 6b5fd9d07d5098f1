#include "AsOf.h"
#include "ChartCatalog.h"
#include "ChartExporter.h"
#include "ChartTexts.h"
#include "Language.h"
#include "Queries.h"
#include "TestStores.h"
#include "charts/ChartBuilder.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QTest>
#include <QXYSeries>

#include <memory>

namespace {


// Where each drawn point's marker is, in scene coordinates.
QList<QRectF> markersOf(QChart *chart)
{
    QList<QRectF> markers;
    for (QAbstractSeries *series : chart->series()) {
        auto *xy = qobject_cast<QXYSeries *>(series);
        if (!xy || !xy->isVisible())
            continue;
        const bool drawn = xy->type() == QAbstractSeries::SeriesTypeScatter || xy->pointsVisible();
        if (!drawn)
            continue;
        const qreal half = xy->markerSize() / 2.0;
        for (const QPointF &point : xy->points()) {
            const QPointF at = chart->mapToScene(chart->mapToPosition(point, xy));
            markers.append(QRectF(at - QPointF(half, half), at + QPointF(half, half)));
        }
    }
    return markers;
}

bool hasFigures(QLegendMarker *marker)
{
    if (auto *xy = qobject_cast<QXYSeries *>(marker->series()))
        return xy->count() > 0;
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(marker->series())) {
        for (QBarSet *set : bars->barSets()) {
            if (set->label() != marker->label())
                continue;
            for (int i = 0; i < set->count(); ++i) {
                if (set->at(i) != 0.0)
                    return true;
            }
            return false;
        }
    }
    return true;
}

}  // namespace

// Every chart, in every view and both languages, at the two sizes a report takes, as a
// reader sees it: no text outside the chart, no value label on another or on a marker, and
// no legend entry for a series without a figure.
class TestChartLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChart_data();
    void everyChart();

private:
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
};

void TestChartLayout::initTestCase()
{
    m_store = storeWithLaterQuarters();
    QVERIFY(m_store);
    m_queries = std::make_unique<Queries>(*m_store);
}

void TestChartLayout::everyChart_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QSize>("size");
    for (const QString &name : ChartCatalog::names()) {
        const int views = std::max<int>(1, ChartCatalog::builder(name)->variantNames().size());
        for (int view = 0; view < views; ++view) {
            for (const char *language : {"en", "ja"}) {
                for (const char *quarter : {"1Q13", "4Q12", "1Q14"}) {
                    for (const QSize &size : {QSize(1600, 900), QSize(1024, 576)}) {
                        QTest::addRow("%s/%d %s %s %dx%d", qPrintable(name), view, language,
                                      quarter, size.width(), size.height())
                                << name << view << QString::fromLatin1(language)
                                << QString::fromLatin1(quarter) << size;
                    }
                }
            }
        }
    }
}

void TestChartLayout::everyChart()
{
    QFETCH(QString, chart);
    QFETCH(int, view);
    QFETCH(QString, language);
    QFETCH(QString, quarter);
    QFETCH(QSize, size);
    Language::apply(language);
    const FiscalPeriod selected = *FiscalPeriod::fromCode(quarter);
    m_queries->setAsOf(AsOf::announcement(), selected);
    const Table table = ChartCatalog::table(*m_queries, chart, selected, 5, view);
    const auto builder = ChartCatalog::builder(chart);
    ChartOptions options;
    options.variant = view;
    options.locale = QLocale();
    options.fontFamily = Language::chartFontFamily(language);
    options.fontScale = ChartExporter::fontScaleFor(size);
    options.forExport = true;
    options.highlightCategory = table.categoryIndex(quarter);

    QGraphicsScene scene;
    QChart *built = builder->build(table, options);
    scene.addItem(built);
    built->setGeometry(QRectF(QPointF(0, 0), size));
    built->layout()->activate();
    QCoreApplication::processEvents();

    const QRectF bounds = QRectF(QPointF(0, 0), size).adjusted(-0.5, -0.5, 0.5, 0.5);
    const QList<ChartText> texts = chartTexts(scene);
    QVERIFY(!texts.isEmpty());
    QList<ChartText> values;
    for (const ChartText &text : texts) {
        QVERIFY2(bounds.contains(text.rect),
                 qPrintable(QStringLiteral("'%1' at %2,%3 %4x%5 leaves the chart")
                                    .arg(text.text)
                                    .arg(text.rect.x())
                                    .arg(text.rect.y())
                                    .arg(text.rect.width())
                                    .arg(text.rect.height())));
        if (text.valueLabel)
            values.append(text);
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        for (qsizetype j = i + 1; j < values.size(); ++j)
            QVERIFY2(!values[i].rect.intersects(values[j].rect),
                     qPrintable(QStringLiteral("'%1' on '%2'").arg(values[i].text, values[j].text)));
    }
    const QList<QRectF> markers = markersOf(built);
    for (const ChartText &value : std::as_const(values)) {
        for (const QRectF &marker : markers)
            QVERIFY2(!value.rect.intersects(marker),
                     qPrintable(QStringLiteral("'%1' on a marker").arg(value.text)));
    }
    for (QLegendMarker *marker : built->legend()->markers()) {
        if (marker->isVisible())
            QVERIFY2(hasFigures(marker), qPrintable(marker->label()));
    }
    Language::apply(QStringLiteral("en"));
}

QTEST_MAIN(TestChartLayout)
#include "TestChartLayout.moc"
