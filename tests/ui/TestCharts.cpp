#include "BundledDataset.h"
#include "Queries.h"
#include "Store.h"
#include "charts/CloudRevenueChart.h"
#include "charts/GrossMarginChart.h"
#include "charts/HeadcountChart.h"
#include "charts/RevenueMixChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace {

using ChartPtr = std::unique_ptr<QChart>;

FiscalPeriod period(const char *code)
{
    return *FiscalPeriod::fromCode(QString::fromLatin1(code));
}

template<typename T>
QList<T *> seriesOf(const QChart *chart)
{
    QList<T *> found;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *typed = qobject_cast<T *>(series))
            found.append(typed);
    }
    return found;
}

// Exactly the class, not a subclass (QStackedBarSeries is no QBarSeries, but both are
// QAbstractBarSeries; QScatterSeries and QLineSeries are both QXYSeries).
template<typename T>
QList<T *> seriesOfExactly(const QChart *chart)
{
    QList<T *> found;
    for (T *series : seriesOf<T>(chart)) {
        if (series->metaObject() == &T::staticMetaObject)
            found.append(series);
    }
    return found;
}

QStringList setLabels(QAbstractBarSeries *series)
{
    QStringList labels;
    for (QBarSet *set : series->barSets())
        labels.append(set->label());
    return labels;
}

QList<qreal> setValues(QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

QList<qreal> cellValues(const TableSeries &series)
{
    QList<qreal> values;
    for (const TableCell &cell : series.cells)
        values.append(cell.value.value_or(0.0));
    return values;
}

QList<int> partIndexes(const Table &table)
{
    QList<int> parts;
    for (int i = 0; i < table.seriesCount(); ++i) {
        if (table.series(i).role == TableSeries::Role::Part)
            parts.append(i);
    }
    return parts;
}

double barSum(QAbstractBarSeries *series, int category)
{
    double sum = 0.0;
    for (QBarSet *set : series->barSets())
        sum += set->at(category);
    return sum;
}

// The band ChartBuilder draws behind the highlighted category: a rectangle item whose
// data(0) holds the category (the chart's own background items carry no data).
QGraphicsRectItem *highlightBand(const QChart *chart)
{
    for (QGraphicsItem *item : chart->childItems()) {
        auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item);
        if (rect && rect->data(0).isValid())
            return rect;
    }
    return nullptr;
}

// What a QChartView does to a chart it shows: give it a size and lay it out.
void layOut(QChart *chart)
{
    chart->resize(1000, 600);
    chart->layout()->activate();
    QCoreApplication::processEvents();
}

QList<QPointF> sortedPoints(const QList<QLineSeries *> &lines)
{
    QList<QPointF> points;
    for (QLineSeries *line : lines)
        points.append(line->points());
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    return points;
}

QList<qreal> xValues(const QList<QPointF> &points)
{
    QList<qreal> xs;
    for (const QPointF &point : points)
        xs.append(point.x());
    return xs;
}

QList<qreal> yValues(const QList<QPointF> &points)
{
    QList<qreal> ys;
    for (const QPointF &point : points)
        ys.append(point.y());
    return ys;
}

// The y of the point at category x; NaN when there is none.
qreal yAt(const QList<QPointF> &points, qreal x)
{
    for (const QPointF &point : points) {
        if (point.x() == x)
            return point.y();
    }
    return qQNaN();
}

QList<QLineSeries *> linesNamed(const QChart *chart, const QString &name)
{
    QList<QLineSeries *> lines;
    for (QLineSeries *line : seriesOfExactly<QLineSeries>(chart)) {
        if (line->name() == name)
            lines.append(line);
    }
    return lines;
}

QValueAxis *verticalValueAxis(const QChart *chart, Qt::Alignment alignment)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (axis->alignment() == alignment)
            return qobject_cast<QValueAxis *>(axis);
    }
    return nullptr;
}

// Runs of consecutive categories with a value: one line segment each.
int valueRuns(const TableSeries &series)
{
    int runs = 0;
    bool inRun = false;
    for (const TableCell &cell : series.cells) {
        if (cell.value && !inRun)
            ++runs;
        inRun = cell.value.has_value();
    }
    return runs;
}

}  // namespace

// What a person sees in each chart built from the bundled dataset, compared with the
// Table the chart was built from and with the figures of the 1Q FY2013 deck.
class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void revenueMix_data();
    void revenueMix();
    void revenueMixDeckFigures();
    void revenueMixDecorations();
    void grossMarginRatios();
    void grossMarginAmounts();
    void cloudRevenue();
    void headcountCosts();
    void headcountPeople();
    void rebuildingIsFresh();
    void fontScale();

private:
    Table revenueMixTable(Queries::RevenueMix view) const
    {
        return m_queries->revenueMix(period("1Q13"), 5, view);
    }
    static ChartOptions options(int variant = 0, int highlight = -1)
    {
        ChartOptions options;
        options.variant = variant;
        options.highlightCategory = highlight;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        return options;
    }

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
};

void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY2(BundledDataset::ensureLoaded(*m_store, &error), qPrintable(error));
    m_queries = std::make_unique<Queries>(*m_store);
}

void TestCharts::revenueMix_data()
{
    QTest::addColumn<Queries::RevenueMix>("view");
    QTest::addColumn<double>("sum1Q13");

    // The deck (II-2): segments sum to total revenues of 26,441.
    QTest::newRow("segments") << Queries::RevenueMix::Segments << 26441.0;
    // The deck gives no 1Q13 amounts for the network-services lines (only their changes),
    // so the detailed stack is systems construction 2,964 + SO&M 5,728 (= SI 8,692) +
    // equipment 319 + ATM 645; the total marker still shows 26,441.
    QTest::newRow("detailed") << Queries::RevenueMix::Detailed << 9656.0;
    // Recurring 22,514 + one-time 3,283 + ATM 645 = 26,442: the deck's own rounding (its
    // recurring figure is one more than network services 16,785 + SO&M 5,728), not the chart's.
    QTest::newRow("recurring") << Queries::RevenueMix::RecurringOneTime << 26442.0;
}

void TestCharts::revenueMix()
{
    QFETCH(Queries::RevenueMix, view);
    QFETCH(double, sum1Q13);

    const Table table = revenueMixTable(view);
    const int q1q13 = table.categoryIndex(QStringLiteral("1Q13"));
    QCOMPARE(q1q13, 4);
    RevenueMixChart builder;
    const ChartPtr chart(builder.build(table, options(static_cast<int>(view), q1q13)));
    QVERIFY(chart);

    const auto stacks = seriesOf<QStackedBarSeries>(chart.get());
    QCOMPARE(stacks.size(), 1);
    QStackedBarSeries *stack = stacks.first();

    // One set per part with a figure in the window, in the table's order, with the table's
    // labels; a part without any is not drawn and not in the legend.
    QList<int> parts = partIndexes(table);
    parts.removeIf([&](int part) { return !table.series(part).hasFigures(); });
    QStringList partLabels;
    for (int part : parts)
        partLabels.append(table.series(part).label);
    QCOMPARE(setLabels(stack), partLabels);
    QCOMPARE(stack->count(), parts.size());

    for (int s = 0; s < parts.size(); ++s) {
        const TableSeries &series = table.series(parts[s]);
        QBarSet *set = stack->barSets().at(s);
        QCOMPARE(setValues(set), cellValues(series));
        QCOMPARE(set->color(), ChartBuilder::colorFor(series.key, parts[s]));
        QCOMPARE(set->selectedColor(), ChartBuilder::notReportedColor(set->color()));
        QVERIFY(set->selectedColor().lightness() > set->color().lightness());
        for (int c = 0; c < series.cells.size(); ++c) {
            const TableCell &cell = series.cells[c];
            const bool notReported = cell.value && cell.basis != Basis::Reported;
            QVERIFY2(set->isBarSelected(c) == notReported,
                     qPrintable(series.key + QLatin1Char(' ') + table.categoryKeys()[c]));
        }
    }
    QCOMPARE(barSum(stack, q1q13), sum1Q13);
    QCOMPARE(barSum(stack, q1q13), table.categorySum(q1q13));

    // Total revenues: markers over the stacks, only where a total exists.
    const auto scatters = seriesOf<QScatterSeries>(chart.get());
    QCOMPARE(scatters.size(), 1);
    QScatterSeries *total = scatters.first();
    const int totalIndex = table.seriesIndex(QStringLiteral("revenue_total"));
    QVERIFY(totalIndex >= 0);
    QCOMPARE(total->name(), table.series(totalIndex).label);
    // 1Q12, 2Q12, 3Q12 from the press releases; 4Q12 = FY12 106,248 - 9M12 76,690.
    const QList<QPointF> totals = {{0, 24841}, {1, 26268}, {2, 25581}, {3, 29558}, {4, 26441}};
    QCOMPARE(total->points(), totals);
    for (int i = 0; i < total->count(); ++i) {
        const TableCell &cell = table.cell(totalIndex, qRound(total->at(i).x()));
        QCOMPARE(total->pointConfiguration(i).contains(QXYSeries::PointConfiguration::Color),
                 cell.basis != Basis::Reported);
    }

    const auto horizontal = chart->axes(Qt::Horizontal);
    QCOMPARE(horizontal.size(), 1);
    auto *categories = qobject_cast<QBarCategoryAxis *>(horizontal.first());
    QVERIFY(categories);
    QCOMPARE(categories->categories(),
             (QStringList {QStringLiteral("1Q12"), QStringLiteral("2Q12"), QStringLiteral("3Q12"),
                           QStringLiteral("4Q12"), QStringLiteral("1Q13")}));
    QValueAxis *values = verticalValueAxis(chart.get(), Qt::AlignLeft);
    QVERIFY(values);
    QVERIFY2(values->titleText().contains(QStringLiteral("JPY million")),
             qPrintable(values->titleText()));
    // The axis reaches over the highest stack and the highest total.
    QVERIFY(values->max() >= 29558.0);
    QCOMPARE(values->min(), 0.0);

    QCOMPARE(chart->title(), QStringLiteral("Revenue mix"));
    QCOMPARE(chart->property("irdashChart").toString(), QStringLiteral("revenue-mix"));
    QCOMPARE(chart->property("irdashHighlight").toInt(), 4);
    QGraphicsRectItem *band = highlightBand(chart.get());
    QVERIFY(band);
    QCOMPARE(band->data(0).toInt(), 4);
}

void TestCharts::revenueMixDeckFigures()
{
    const Table table = revenueMixTable(Queries::RevenueMix::Segments);
    RevenueMixChart builder;
    const ChartPtr chart(builder.build(table, options(0, 4)));
    QStackedBarSeries *stack = seriesOf<QStackedBarSeries>(chart.get()).value(0);
    QVERIFY(stack);
    QCOMPARE(setLabels(stack),
             (QStringList {QStringLiteral("Network services"),
                           QStringLiteral("Systems integration"), QStringLiteral("Equipment sales"),
                           QStringLiteral("ATM operation business")}));
    const QList<QBarSet *> sets = stack->barSets();
    // The deck's 1Q13 segments (II-2), all reported.
    QCOMPARE(sets[0]->at(4), 16785.0);
    QCOMPARE(sets[1]->at(4), 8692.0);
    QCOMPARE(sets[2]->at(4), 319.0);
    QCOMPARE(sets[3]->at(4), 645.0);
    for (QBarSet *set : sets)
        QVERIFY2(!set->isBarSelected(4), qPrintable(set->label()));
    // 1Q12 network services, 16,091, is derived from the stated YoY change: lighter.
    QCOMPARE(sets[0]->at(0), 16091.0);
    QVERIFY(sets[0]->isBarSelected(0));
    // 1Q12 segments sum to the reported 24,841.
    QCOMPARE(barSum(stack, 0), 24841.0);
    // No source gives 2Q12 or 3Q12 segments: zero-height bars, not selected.
    for (QBarSet *set : sets) {
        QCOMPARE(set->at(1), 0.0);
        QCOMPARE(set->at(2), 0.0);
        QVERIFY(!set->isBarSelected(1));
        QVERIFY(!set->isBarSelected(2));
    }
    // Network services pink, as in the deck (in a colour-blind safe shade).
    QCOMPARE(sets[0]->color(), QColor(0xcc, 0x79, 0xa7));
    QCOMPARE(sets[0]->selectedColor(), QColor(0xe5, 0xbc, 0xd3));
}

void TestCharts::revenueMixDecorations()
{
    const Table table = revenueMixTable(Queries::RevenueMix::Segments);
    RevenueMixChart builder;
    const ChartPtr chart(builder.build(table, options(0, 4)));

    const QString notes = chart->property("irdashNotes").toString();
    QVERIFY2(notes.contains(QStringLiteral("2Q12")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("derived")), qPrintable(notes));

    // The band lines up with the 1Q13 column once the chart has a size.
    layOut(chart.get());
    const QRectF plot = chart->plotArea();
    QVERIFY(plot.width() > 0);
    QGraphicsRectItem *band = highlightBand(chart.get());
    QVERIFY(band);
    const qreal width = plot.width() / 5;
    QCOMPARE(band->rect(), QRectF(plot.left() + 4 * width, plot.top(), width, plot.height()));

    // Without a highlighted quarter there is no band.
    const ChartPtr plain(builder.build(table, options(0, -1)));
    QVERIFY(!plain->property("irdashHighlight").isValid());
    QVERIFY(!highlightBand(plain.get()));
}

void TestCharts::grossMarginRatios()
{
    const Table table = m_queries->grossMarginRatios(period("1Q13"), 5);
    QCOMPARE(table.seriesCount(), 3);
    GrossMarginChart builder;
    const ChartPtr chart(builder.build(table, options(GrossMarginChart::Ratios, 4)));

    QVERIFY(seriesOf<QAbstractBarSeries>(chart.get()).isEmpty());
    // Qt Charts shows legend markers only when it lays the legend out: until then every
    // marker reports invisible. Lay the chart out as a view would.
    layOut(chart.get());
    int segments = 0;
    for (int s = 0; s < table.seriesCount(); ++s) {
        const TableSeries &series = table.series(s);
        const QList<QLineSeries *> lines = linesNamed(chart.get(), series.label);
        QCOMPARE(lines.size(), valueRuns(series));
        segments += static_cast<int>(lines.size());

        QList<qreal> expectedX;
        QList<qreal> expectedY;
        for (int c = 0; c < series.cells.size(); ++c) {
            if (series.cells[c].value) {
                expectedX.append(c);
                expectedY.append(*series.cells[c].value);
            }
        }
        const QList<QPointF> points = sortedPoints(lines);
        QCOMPARE(xValues(points), expectedX);
        QCOMPARE(yValues(points), expectedY);

        // Derived points are drawn lighter, reported ones as the line.
        const QColor color = ChartBuilder::colorFor(series.key, s);
        for (QLineSeries *line : lines) {
            QCOMPARE(line->color(), color);
            for (int i = 0; i < line->count(); ++i) {
                const TableCell &cell = series.cells[qRound(line->at(i).x())];
                const auto config = line->pointConfiguration(i);
                if (cell.basis == Basis::Reported) {
                    QVERIFY2(config.isEmpty(), qPrintable(series.key + cell.periodCode));
                } else {
                    QCOMPARE(config.value(QXYSeries::PointConfiguration::Color).value<QColor>(),
                             ChartBuilder::notReportedColor(color));
                }
            }
        }

        // One legend entry per table series, however many segments it has.
        int visibleMarkers = 0;
        for (QLegendMarker *marker : chart->legend()->markers()) {
            if (marker->label() == series.label && marker->isVisible())
                ++visibleMarkers;
        }
        QCOMPARE(visibleMarkers, 1);
    }
    QCOMPARE(seriesOfExactly<QLineSeries>(chart.get()).size(), segments);
    // Every point lies inside the percent axis (none drawn off the plot).
    QValueAxis *percent = verticalValueAxis(chart.get(), Qt::AlignLeft);
    QVERIFY(percent);
    QVERIFY(percent->titleText().contains(QStringLiteral("%")));
    for (QLineSeries *line : seriesOfExactly<QLineSeries>(chart.get())) {
        QVERIFY(line->attachedAxes().contains(percent));
        for (const QPointF &point : line->points())
            QVERIFY(point.y() >= percent->min() && point.y() <= percent->max());
    }

    // The deck's ratios (II-3).
    const auto pointsOf = [&](const char *key) {
        return sortedPoints(linesNamed(
                chart.get(), table.series(table.seriesIndex(QString::fromLatin1(key))).label));
    };
    const QList<QPointF> total = pointsOf("gross_margin_ratio_total");
    QCOMPARE(yAt(total, 4), 19.0);
    QCOMPARE(yAt(total, 0), 19.4);
    const QList<QPointF> network = pointsOf("gross_margin_ratio_network_services");
    const QList<QPointF> integration = pointsOf("gross_margin_ratio_systems_integration");
    QCOMPARE(yAt(network, 4), 21.1);
    QCOMPARE(yAt(integration, 4), 15.4);
    // No 2Q12 or 3Q12 gross margin in the sources: a break in each line, not a zero.
    for (const QList<QPointF> &points : {total, network, integration}) {
        QVERIFY(!xValues(points).contains(1.0));
        QVERIFY(!xValues(points).contains(2.0));
        QVERIFY(!yValues(points).contains(0.0));
    }
    // 1Q12 network services is computed (3,328 / 16,091): a derived, lighter point.
    const QList<QLineSeries *> networkLines = linesNamed(
            chart.get(),
            table.series(table.seriesIndex(QStringLiteral("gross_margin_ratio_network_services")))
                    .label);
    bool found = false;
    for (QLineSeries *line : networkLines) {
        for (int i = 0; i < line->count(); ++i) {
            if (line->at(i).x() == 0.0) {
                found = true;
                QVERIFY(qAbs(line->at(i).y() - 100.0 * 3328 / 16091) < 1e-9);
                QVERIFY(line->pointConfiguration(i).contains(QXYSeries::PointConfiguration::Color));
            }
        }
    }
    QVERIFY(found);
}

void TestCharts::grossMarginAmounts()
{
    const Table table = m_queries->grossMarginAmounts(period("1Q13"), 5);
    GrossMarginChart builder;
    const ChartPtr chart(builder.build(table, options(GrossMarginChart::Amounts, 4)));
    const auto stacks = seriesOf<QStackedBarSeries>(chart.get());
    QCOMPARE(stacks.size(), 1);
    QVERIFY(seriesOf<QLineSeries>(chart.get()).isEmpty());
    QStackedBarSeries *stack = stacks.first();
    QCOMPARE(stack->count(), table.seriesCount());
    for (int s = 0; s < table.seriesCount(); ++s) {
        QCOMPARE(stack->barSets().at(s)->label(), table.series(s).label);
        QCOMPARE(setValues(stack->barSets().at(s)), cellValues(table.series(s)));
        for (int c = 0; c < table.categoryCount(); ++c) {
            const TableCell &cell = table.cell(s, c);
            QCOMPARE(stack->barSets().at(s)->isBarSelected(c),
                     cell.value && cell.basis != Basis::Reported);
        }
    }
    // The deck (II-3): 3,544 + 1,343 + 33 + 110 = gross margin of 5,030.
    QCOMPARE(barSum(stack, 4), 5030.0);
    QCOMPARE(stack->barSets().at(0)->at(4), 3544.0);
    QCOMPARE(stack->barSets().at(1)->at(4), 1343.0);
    QValueAxis *values = verticalValueAxis(chart.get(), Qt::AlignLeft);
    QVERIFY(values);
    QVERIFY(values->titleText().contains(QStringLiteral("JPY million")));
}

void TestCharts::cloudRevenue()
{
    const Table table = m_queries->cloudRevenue(period("1Q13"), 3);
    CloudRevenueChart builder;
    // A highlighted column means nothing here: the columns are not quarters.
    const ChartPtr chart(builder.build(table, options(0, 2)));

    QVERIFY(seriesOf<QStackedBarSeries>(chart.get()).isEmpty());
    const auto bars = seriesOfExactly<QBarSeries>(chart.get());
    QCOMPARE(bars.size(), 1);
    QBarSeries *series = bars.first();
    QCOMPARE(setLabels(series),
             (QStringList {QStringLiteral("FY2011"), QStringLiteral("FY2012"),
                           QStringLiteral("FY2013")}));
    const QList<QBarSet *> sets = series->barSets();
    // The deck (cloud page): 1Q, 4Q and full year, JPY billion; FY2013 4Q not yet known.
    QCOMPARE(setValues(sets[0]), (QList<qreal> {0.5, 1.1, 3.1}));
    QCOMPARE(setValues(sets[1]), (QList<qreal> {1.2, 2.0, 6.2}));
    QCOMPARE(setValues(sets[2]), (QList<qreal> {2.3, 0.0, 10.0}));
    for (int s = 0; s < sets.size(); ++s)
        QCOMPARE(setValues(sets[s]), cellValues(table.series(s)));

    // The FY2013 full-year bar is the 10 billion target: drawn as not reported.
    QVERIFY(sets[2]->isBarSelected(2));
    QVERIFY(!sets[2]->isBarSelected(0));
    QVERIFY(!sets[2]->isBarSelected(1));
    QCOMPARE(sets[2]->selectedColor(), ChartBuilder::notReportedColor(sets[2]->color()));
    for (int s = 0; s < sets.size(); ++s) {
        for (int c = 0; c < table.categoryCount(); ++c) {
            const TableCell &cell = table.cell(s, c);
            QCOMPARE(sets[s]->isBarSelected(c), cell.value && cell.basis != Basis::Reported);
        }
    }
    // Every bar's figure as stated: 2.0, not 2 (Qt's own labels drop the decimals).
    QVERIFY(!series->isLabelsVisible());
    QStringList labels;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            text && text->data(0).toString() == QLatin1String("valueLabel"))
            labels.append(text->toPlainText());
    }
    QVERIFY2(labels.contains(QStringLiteral("2.0")) && labels.contains(QStringLiteral("0.5")),
             qPrintable(labels.join(u'|')));
    // The deck's "Target over 10": a lower bound, not a point value.
    QVERIFY2(labels.contains(QStringLiteral("10+")), qPrintable(labels.join(u'|')));
    QVERIFY(!labels.contains(QStringLiteral("10")) && !labels.contains(QStringLiteral("10.0")));

    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(categories);
    QCOMPARE(categories->categories(), table.categoryLabels());
    QValueAxis *values = verticalValueAxis(chart.get(), Qt::AlignLeft);
    QVERIFY(values);
    QVERIFY(values->titleText().contains(QStringLiteral("JPY billion")));
    QVERIFY(values->max() >= 10.0);

    QVERIFY(!chart->property("irdashHighlight").isValid());
    QVERIFY(!highlightBand(chart.get()));
    const QString notes = chart->property("irdashNotes").toString();
    QVERIFY2(notes.contains(QStringLiteral("target")), qPrintable(notes));
}

void TestCharts::headcountCosts()
{
    const Table table = m_queries->headcount(period("1Q13"), 5);
    HeadcountChart builder;
    const ChartPtr chart(builder.build(table, options(HeadcountChart::Costs, 4)));

    const auto bars = seriesOfExactly<QBarSeries>(chart.get());
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first()->count(), 1);
    QBarSet *costs = bars.first()->barSets().first();
    QCOMPARE(costs->label(), QStringLiteral("Personnel costs"));
    // The deck (personnel page), JPY million.
    QCOMPARE(setValues(costs), (QList<qreal> {3741, 3858, 3902, 3979, 4212}));
    QCOMPARE(setValues(costs),
             cellValues(table.series(table.seriesIndex(QStringLiteral("personnel_costs")))));

    const QList<QLineSeries *> lines = seriesOfExactly<QLineSeries>(chart.get());
    QCOMPARE(lines.size(), 1);
    QLineSeries *ratio = lines.first();
    QCOMPARE(ratio->name(), QStringLiteral("Personnel costs (% of revenues)"));
    QCOMPARE(xValues(ratio->points()), (QList<qreal> {0, 1, 2, 3, 4}));
    QCOMPARE(yValues(ratio->points()), (QList<qreal> {15.1, 14.7, 15.3, 13.5, 15.9}));

    // The ratio has its own percent axis on the right.
    QCOMPARE(chart->axes(Qt::Vertical).size(), 2);
    QValueAxis *right = verticalValueAxis(chart.get(), Qt::AlignRight);
    QVERIFY(right);
    QVERIFY(ratio->attachedAxes().contains(right));
    QVERIFY(!bars.first()->attachedAxes().contains(right));
    QVERIFY(right->min() <= 13.5);
    QVERIFY(right->max() >= 15.9);
    QValueAxis *left = verticalValueAxis(chart.get(), Qt::AlignLeft);
    QVERIFY(left);
    QVERIFY(bars.first()->attachedAxes().contains(left));
    QVERIFY(left->titleText().contains(QStringLiteral("JPY million")));

    // The notes speak of what is drawn: not of the people series left out.
    const QString notes = chart->property("irdashNotes").toString();
    QVERIFY2(!notes.contains(QStringLiteral("Employees")), qPrintable(notes));
}

void TestCharts::headcountPeople()
{
    const Table table = m_queries->headcount(period("1Q13"), 5);
    HeadcountChart builder;
    const ChartPtr chart(builder.build(table, options(HeadcountChart::People, 4)));

    const auto bars = seriesOfExactly<QBarSeries>(chart.get());
    QCOMPARE(bars.size(), 1);
    QVERIFY(seriesOf<QLineSeries>(chart.get()).isEmpty());
    QCOMPARE(chart->axes(Qt::Vertical).size(), 1);

    // The people series with figures; the deck's employee chart lost its numbers, so that
    // series is not drawn and not in the legend, and the notes say so.
    QStringList countLabels;
    QList<int> countSeries;
    for (int s = 0; s < table.seriesCount(); ++s) {
        if (table.series(s).unit == Unit::Count && table.series(s).hasFigures()) {
            countLabels.append(table.series(s).label);
            countSeries.append(s);
        }
    }
    QCOMPARE(countSeries.size(), 2);
    QCOMPARE(setLabels(bars.first()), countLabels);
    const QList<QBarSet *> sets = bars.first()->barSets();
    for (int i = 0; i < sets.size(); ++i)
        QCOMPARE(setValues(sets[i]), cellValues(table.series(countSeries[i])));

    const auto setNamed = [&](const char *key) -> QBarSet * {
        const int s = table.seriesIndex(QString::fromLatin1(key));
        return sets.value(countSeries.indexOf(s));
    };
    QBarSet *outsourcing = setNamed("outsourcing_personnel");
    QBarSet *graduates = setNamed("new_graduates");
    QVERIFY(outsourcing && graduates);
    QVERIFY(!setNamed("employees"));
    const QString employeesLabel
            = table.series(table.seriesIndex(QStringLiteral("employees"))).label;
    // The deck: 683 full-time outsourcing personnel and 136 new graduates at 1Q13.
    QCOMPARE(outsourcing->at(4), 683.0);
    QCOMPARE(graduates->at(4), 136.0);
    QCOMPARE(graduates->at(0), 75.0);
    // 1Q12 outsourcing personnel is derived: lighter.
    QVERIFY(outsourcing->isBarSelected(0));
    QVERIFY(!outsourcing->isBarSelected(4));
    const QString notes = chart->property("irdashNotes").toString();
    QVERIFY2(notes.contains(employeesLabel + QStringLiteral(" (none)")), qPrintable(notes));
    for (QLegendMarker *marker : chart->legend()->markers())
        QVERIFY(marker->label() != employeesLabel);
    QCOMPARE(chart->property("irdashHighlight").toInt(), 4);
}

void TestCharts::rebuildingIsFresh()
{
    const Table table = revenueMixTable(Queries::RevenueMix::Segments);
    RevenueMixChart builder;
    const ChartPtr first(builder.build(table, options(0, 4)));
    const ChartPtr second(builder.build(table, options(0, 4)));
    QVERIFY(first);
    QVERIFY(second);
    QVERIFY(first.get() != second.get());
    // Nothing shared: each chart owns its own series and axes.
    for (QAbstractSeries *series : first->series()) {
        QCOMPARE(series->chart(), first.get());
        QVERIFY(!second->series().contains(series));
    }
    for (QAbstractAxis *axis : first->axes())
        QVERIFY(!second->axes().contains(axis));
    QCOMPARE(first->series().size(), second->series().size());
}

void TestCharts::fontScale()
{
    const Table table = revenueMixTable(Queries::RevenueMix::Segments);
    RevenueMixChart builder;
    ChartOptions normal = options(0, 4);
    ChartOptions large = normal;
    large.fontScale = 2.0;
    const ChartPtr small(builder.build(table, normal));
    const ChartPtr big(builder.build(table, large));
    QVERIFY(small->titleFont().pointSizeF() > 0);
    QCOMPARE(big->titleFont().pointSizeF(), 2 * small->titleFont().pointSizeF());
    QVERIFY(big->titleFont().bold());
    QCOMPARE(big->legend()->font().pointSizeF(), 2 * small->legend()->font().pointSizeF());
}

QTEST_MAIN(TestCharts)
#include "TestCharts.moc"
