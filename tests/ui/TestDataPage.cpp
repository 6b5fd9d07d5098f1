#include "BundledDataset.h"
#include "DataPage.h"
#include "FactsModel.h"
#include "MetricCatalogue.h"

#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

// The Data page driven through its real widgets, on the bundled dataset.
class TestDataPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryFact();
    void initiallySortedByPeriod();
    void searchByMetricKey();
    void searchAlsoMatchesSources();
    void searchMatchesPeriodLabel();
    void basisFilterTargets();
    void searchAndBasisCombine();
    void sortByValueHeader();
    void derivedRowsAreItalic();
    void valuesUseLocaleAndStatedDecimals();
    void languageChangeKeepsTexts();

private:
    QAbstractItemModel *tableModel() const { return m_table->model(); }
    QString cell(int row, FactsModel::Column column, int role = Qt::DisplayRole) const;
    QStringList column(FactsModel::Column column) const;
    void search(const QString &text);
    void selectBasis(const QString &itemText);
    QString countText(int shown) const;

    QList<Fact> m_facts;
    std::unique_ptr<DataPage> m_page;
    QLineEdit *m_search = nullptr;
    QComboBox *m_basis = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
};

void TestDataPage::initTestCase()
{
    // Group separators and decimal point as the assertions spell them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto result = BundledDataset::read();
    QVERIFY(result.ok());
    m_facts = result.facts;
    QCOMPARE(m_facts.size(), 391);
}

void TestDataPage::init()
{
    m_page = std::make_unique<DataPage>();
    m_page->setFacts(m_facts);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_search = m_page->findChild<QLineEdit *>(QStringLiteral("factsSearch"));
    m_basis = m_page->findChild<QComboBox *>(QStringLiteral("factsBasisFilter"));
    m_count = m_page->findChild<QLabel *>(QStringLiteral("factsCount"));
    m_table = m_page->findChild<QTableView *>(QStringLiteral("factsTable"));
    QVERIFY(m_search);
    QVERIFY(m_basis);
    QVERIFY(m_count);
    QVERIFY(m_table);
}

void TestDataPage::cleanup()
{
    m_page.reset();
}

QString TestDataPage::cell(int row, FactsModel::Column column, int role) const
{
    return tableModel()->index(row, column).data(role).toString();
}

QStringList TestDataPage::column(FactsModel::Column column) const
{
    QStringList texts;
    for (int row = 0; row < tableModel()->rowCount(); ++row)
        texts.append(cell(row, column));
    return texts;
}

void TestDataPage::search(const QString &text)
{
    m_search->setFocus();
    QTest::keyClicks(m_search, text);
    QCOMPARE(m_search->text(), text);
}

void TestDataPage::selectBasis(const QString &itemText)
{
    const int index = m_basis->findText(itemText);
    QVERIFY2(index >= 0, qPrintable(itemText));
    m_basis->setCurrentIndex(index);
}

QString TestDataPage::countText(int shown) const
{
    return QStringLiteral("Showing %1 of %2 figures").arg(shown).arg(m_facts.size());
}

void TestDataPage::showsEveryFact()
{
    QCOMPARE(tableModel()->rowCount(), 391);
    QCOMPARE(tableModel()->columnCount(), 7);
    QCOMPARE(m_count->text(), QStringLiteral("Showing 391 of 391 figures"));
    QCOMPARE(m_search->placeholderText(), QStringLiteral("Search period, metric or source"));
    QVERIFY(m_search->isClearButtonEnabled());
    QCOMPARE(tableModel()->headerData(FactsModel::PeriodColumn, Qt::Horizontal).toString(),
             QStringLiteral("Period"));
    QCOMPARE(tableModel()->headerData(FactsModel::ValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Value"));
    QCOMPARE(tableModel()->headerData(FactsModel::AsOfColumn, Qt::Horizontal).toString(),
             QStringLiteral("As of"));
    QVERIFY(m_table->isSortingEnabled());
    QVERIFY(m_table->alternatingRowColors());
    QCOMPARE(m_table->horizontalHeader()->sectionResizeMode(FactsModel::SourceColumn),
             QHeaderView::Stretch);
}

void TestDataPage::initiallySortedByPeriod()
{
    QHeaderView *header = m_table->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(FactsModel::PeriodColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(cell(0, FactsModel::PeriodColumn), QStringLiteral("1Q FY2011"));
    qint64 previous = 0;
    for (int row = 0; row < tableModel()->rowCount(); ++row) {
        const qint64 key = tableModel()
                                   ->index(row, FactsModel::PeriodColumn)
                                   .data(FactsModel::SortRole)
                                   .toLongLong();
        QVERIFY2(key >= previous, qPrintable(cell(row, FactsModel::PeriodColumn)));
        previous = key;
    }
    // A quarter before the half and the nine months that end with it.
    const QStringList periods = column(FactsModel::PeriodColumn);
    QVERIFY(periods.indexOf(QStringLiteral("2Q FY2012"))
            < periods.indexOf(QStringLiteral("1H FY2012")));
}

void TestDataPage::searchByMetricKey()
{
    search(QStringLiteral("dividend_per_share"));
    QTRY_COMPARE(tableModel()->rowCount(), 4);
    const QString base = MetricCatalogue::displayName(QStringLiteral("dividend_per_share"));
    for (const QString &metric : column(FactsModel::MetricColumn))
        QVERIFY2(metric.startsWith(base), qPrintable(metric));
    QCOMPARE(m_count->text(), countText(4));

    // The clear button path: an empty search shows everything again.
    m_search->clear();
    QTRY_COMPARE(tableModel()->rowCount(), 391);
    QCOMPARE(m_count->text(), countText(391));
}

void TestDataPage::searchAlsoMatchesSources()
{
    // "revenue_atm" names four figures of that metric and its variants, and also turns
    // up in the derivation of two cost_atm figures, whose source cites it.
    search(QStringLiteral("revenue_atm"));
    QTRY_COMPARE(tableModel()->rowCount(), 6);
    const QString base = MetricCatalogue::displayName(QStringLiteral("revenue_atm"));
    int ofMetric = 0;
    int bySource = 0;
    for (int row = 0; row < tableModel()->rowCount(); ++row) {
        const QString metric = cell(row, FactsModel::MetricColumn);
        const QString key = cell(row, FactsModel::MetricColumn, Qt::ToolTipRole);
        if (metric.startsWith(base)) {
            QVERIFY2(key.contains(QStringLiteral("<small>revenue_atm")), qPrintable(key));
            ++ofMetric;
        } else {
            QCOMPARE(metric, MetricCatalogue::displayName(QStringLiteral("cost_atm")));
            QVERIFY(cell(row, FactsModel::SourceColumn).contains(QStringLiteral("revenue_atm")));
            QCOMPARE(cell(row, FactsModel::BasisColumn), QStringLiteral("derived"));
            ++bySource;
        }
    }
    QCOMPARE(ofMetric, 4);
    QCOMPARE(bySource, 2);
    QCOMPARE(m_count->text(), countText(6));

    // Case-insensitive.
    m_search->clear();
    search(QStringLiteral("REVENUE_ATM"));
    QTRY_COMPARE(tableModel()->rowCount(), 6);
}

void TestDataPage::searchMatchesPeriodLabel()
{
    search(QStringLiteral("1Q FY2013"));
    QTRY_VERIFY(tableModel()->rowCount() > 0);
    const int byLabel = tableModel()->rowCount();
    for (int row = 0; row < byLabel; ++row) {
        const QString period = cell(row, FactsModel::PeriodColumn);
        const QString source = cell(row, FactsModel::SourceColumn);
        QVERIFY2(period == QStringLiteral("1Q FY2013")
                         || source.contains(QStringLiteral("1Q FY2013")),
                 qPrintable(period + QLatin1Char(' ') + source));
    }
    // The period code, in any case, finds every 1Q13 figure; the other rows it keeps
    // cite 1Q13 in their source (YoY figures, derivations).
    m_search->clear();
    search(QStringLiteral("1q13"));
    QTRY_VERIFY(tableModel()->rowCount() > 0);
    const auto quarterFacts = std::count_if(m_facts.cbegin(), m_facts.cend(), [](const Fact &fact) {
        return fact.period.code() == QStringLiteral("1Q13");
    });
    int ofQuarter = 0;
    for (int row = 0; row < tableModel()->rowCount(); ++row) {
        if (cell(row, FactsModel::PeriodColumn) == QStringLiteral("1Q FY2013"))
            ++ofQuarter;
        else
            QVERIFY(cell(row, FactsModel::SourceColumn).contains(QStringLiteral("1Q13")));
    }
    QCOMPARE(ofQuarter, quarterFacts);
}

void TestDataPage::basisFilterTargets()
{
    selectBasis(QStringLiteral("Targets"));
    const int targets = int(std::count_if(m_facts.cbegin(), m_facts.cend(),
                                          [](const Fact &f) { return f.basis == Basis::Target; }));
    QCOMPARE(targets, 31);
    QTRY_COMPARE(tableModel()->rowCount(), targets);
    for (const QString &basis : column(FactsModel::BasisColumn))
        QCOMPARE(basis, QStringLiteral("target"));
    // Both vintages of the FY13 EPS target: the revised one and the one it replaced.
    const QStringList values = column(FactsModel::ValueColumn);
    QVERIFY(values.contains(QStringLiteral("135.42")));
    QVERIFY(values.contains(QStringLiteral("148.01")));
    QCOMPARE(m_count->text(), countText(31));

    selectBasis(QStringLiteral("Derived"));
    QTRY_COMPARE(tableModel()->rowCount(), 63);
    selectBasis(QStringLiteral("Reported"));
    QTRY_COMPARE(tableModel()->rowCount(), 391 - 63 - 31);
    selectBasis(QStringLiteral("All figures"));
    QTRY_COMPARE(tableModel()->rowCount(), 391);
}

void TestDataPage::searchAndBasisCombine()
{
    selectBasis(QStringLiteral("Targets"));
    search(QStringLiteral("148.01"));
    // Only the sources mention the old EPS target: the old vintage itself and the revised
    // one that says it changed from it.
    QTRY_COMPARE(tableModel()->rowCount(), 2);
    QCOMPARE(m_count->text(), QStringLiteral("Showing 2 of 391 figures"));
    QStringList values = column(FactsModel::ValueColumn);
    values.sort();
    QCOMPARE(values, QStringList({QStringLiteral("135.42"), QStringLiteral("148.01")}));
    QCOMPARE(column(FactsModel::AsOfColumn).count(QStringLiteral("2013-05-15")), 1);
}

void TestDataPage::sortByValueHeader()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(FactsModel::ValueColumn)
                                + header->sectionSize(FactsModel::ValueColumn) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(header->sortIndicatorSection(), int(FactsModel::ValueColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

    const auto smallest
            = std::min_element(m_facts.cbegin(), m_facts.cend(),
                               [](const Fact &a, const Fact &b) { return a.value < b.value; });
    QCOMPARE(tableModel()->index(0, FactsModel::ValueColumn).data(FactsModel::SortRole).toDouble(),
             smallest->value);
    QCOMPARE(cell(0, FactsModel::ValueColumn), QStringLiteral("-6,399"));
    double previous = smallest->value;
    for (int row = 0; row < tableModel()->rowCount(); ++row) {
        const double value = tableModel()
                                     ->index(row, FactsModel::ValueColumn)
                                     .data(FactsModel::SortRole)
                                     .toDouble();
        QVERIFY2(value >= previous, qPrintable(cell(row, FactsModel::ValueColumn)));
        previous = value;
    }

    // A second click reverses.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    QTRY_COMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(cell(tableModel()->rowCount() - 1, FactsModel::ValueColumn), QStringLiteral("-6,399"));
}

void TestDataPage::derivedRowsAreItalic()
{
    const QStringList bases = column(FactsModel::BasisColumn);
    const int derived = int(bases.indexOf(QStringLiteral("derived")));
    const int reported = int(bases.indexOf(QStringLiteral("reported")));
    QVERIFY(derived >= 0);
    QVERIFY(reported >= 0);
    const auto font = [this](int row, FactsModel::Column column) {
        return tableModel()->index(row, column).data(Qt::FontRole).value<QFont>();
    };
    QVERIFY(font(derived, FactsModel::ValueColumn).italic());
    QVERIFY(font(derived, FactsModel::SourceColumn).italic());
    QVERIFY(!font(reported, FactsModel::ValueColumn).italic());
    QVERIFY(tableModel()->index(derived, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!tableModel()->index(reported, 0).data(Qt::ForegroundRole).isValid());

    const int target = int(bases.indexOf(QStringLiteral("target")));
    QVERIFY(target >= 0);
    QVERIFY(tableModel()->index(target, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(tableModel()->index(target, 0).data(Qt::ForegroundRole)
            != tableModel()->index(derived, 0).data(Qt::ForegroundRole));
}

void TestDataPage::valuesUseLocaleAndStatedDecimals()
{
    search(QStringLiteral("1Q13"));
    QTRY_VERIFY(tableModel()->rowCount() < 391);
    int revenueRow = -1;
    const QString revenue = MetricCatalogue::displayName(QStringLiteral("revenue_total"));
    for (int row = 0; row < tableModel()->rowCount(); ++row) {
        if (cell(row, FactsModel::MetricColumn) == revenue
            && cell(row, FactsModel::PeriodColumn) == QStringLiteral("1Q FY2013")) {
            revenueRow = row;
        }
    }
    QVERIFY(revenueRow >= 0);
    QCOMPARE(cell(revenueRow, FactsModel::ValueColumn), QStringLiteral("26,441"));
    QCOMPARE(cell(revenueRow, FactsModel::UnitColumn), QStringLiteral("JPY million"));
    QCOMPARE(cell(revenueRow, FactsModel::BasisColumn), QStringLiteral("reported"));
    QCOMPARE(cell(revenueRow, FactsModel::AsOfColumn), QStringLiteral("2013-08-06"));
    const auto alignment = Qt::Alignment(tableModel()
                                                 ->index(revenueRow, FactsModel::ValueColumn)
                                                 .data(Qt::TextAlignmentRole)
                                                 .toInt());
    QVERIFY(alignment.testFlag(Qt::AlignRight));
    const QString tooltip = cell(revenueRow, FactsModel::ValueColumn, Qt::ToolTipRole);
    QVERIFY(tooltip.contains(QStringLiteral("revenue_total")));
    QVERIFY(tooltip.contains(cell(revenueRow, FactsModel::SourceColumn)));

    // Negative with grouping, and trailing zeros kept as stated.
    const QStringList values = column(FactsModel::ValueColumn);
    QVERIFY(values.contains(QStringLiteral("-1,982")));
    m_search->clear();
    search(QStringLiteral("dividend_per_share"));
    QTRY_COMPARE(tableModel()->rowCount(), 4);
    QVERIFY(column(FactsModel::ValueColumn).contains(QStringLiteral("22.00")));
}

void TestDataPage::languageChangeKeepsTexts()
{
    search(QStringLiteral("dividend_per_share"));
    QTRY_COMPARE(tableModel()->rowCount(), 4);
    const int basisIndex = m_basis->currentIndex();
    QEvent languageChange(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_page.get(), &languageChange);
    // Without a translator the texts come back the same, and the state survives.
    QCOMPARE(m_search->placeholderText(), QStringLiteral("Search period, metric or source"));
    QCOMPARE(m_basis->currentIndex(), basisIndex);
    QCOMPARE(m_basis->itemText(0), QStringLiteral("All figures"));
    QCOMPARE(tableModel()->rowCount(), 4);
    QCOMPARE(m_count->text(), countText(4));
}

QTEST_MAIN(TestDataPage)

#include "TestDataPage.moc"
