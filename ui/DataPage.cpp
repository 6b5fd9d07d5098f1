#include "DataPage.h"

#include "CheckLink.h"
#include "FactsFilterModel.h"
#include "FactsModel.h"
#include "TableCopy.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Item data of the basis filter: a Basis as int, or this for "all".
constexpr int allBases = -1;

}  // namespace

DataPage::DataPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new FactsModel(this))
    , m_filter(new FactsFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_basisLabel(new QLabel(this))
    , m_basis(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("factsSearch"));

    m_basis->setObjectName(QStringLiteral("factsBasisFilter"));
    // Texts are set in retranslate(); the data stays put across languages.
    for (const int basis :
         {allBases, int(Basis::Reported), int(Basis::Derived), int(Basis::Target)})
        m_basis->addItem(QString(), basis);
    m_basisLabel->setBuddy(m_basis);

    m_count->setObjectName(QStringLiteral("factsCount"));

    m_table->setObjectName(QStringLiteral("factsTable"));
    TableCopy::install(m_table);
    m_table->setModel(m_filter);
    connect(CheckLink::install(m_table), &CheckLink::checkRequested, this,
            &DataPage::checkRequested);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FactsModel::PeriodColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FactsModel::SourceColumn,
                                                      QHeaderView::Stretch);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_search, 1);
    controls->addWidget(m_basisLabel);
    controls->addWidget(m_basis);
    controls->addStretch();
    controls->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, m_filter, &FactsFilterModel::setSearchText);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &DataPage::applyBasisFilter);
    // Filtering and resetting both end up as row changes of the proxy.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DataPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DataPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DataPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DataPage::updateCount);

    retranslate();
}

DataPage::~DataPage() = default;

void DataPage::setFacts(const QList<Fact> &facts, const ConsistencyCheck::Report &checks)
{
    m_model->setFacts(facts, checks);
    m_table->resizeColumnsToContents();
    updateCount();
}

QList<Fact> DataPage::visibleFacts() const
{
    QList<Fact> facts;
    facts.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        facts.append(m_model->fact(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    return facts;
}

void DataPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search period, metric or source"));
    m_search->setToolTip(tr("Matches period codes and names, metric keys and names, and sources"));
    m_basisLabel->setText(tr("&Basis:"));
    m_basis->setItemText(0, tr("All figures"));
    m_basis->setItemText(1, tr("Reported"));
    m_basis->setItemText(2, tr("Derived"));
    m_basis->setItemText(3, tr("Targets"));
    m_model->retranslate();
    m_filter->retranslate();
    updateCount();
    // Labels and units change length with the language: every key column shown whole.
    if (m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
}

void DataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataPage::applyBasisFilter()
{
    const int basis = m_basis->currentData().toInt();
    m_filter->setBasisFilter(basis == allBases ? std::nullopt
                                               : std::optional<Basis>(static_cast<Basis>(basis)));
}

void DataPage::updateCount()
{
    const QLocale locale;
    //: %1 figures pass the search and basis filter, out of %2 in the database
    m_count->setText(tr("Showing %1 of %2 figures")
                             .arg(locale.toString(m_filter->rowCount()),
                                  locale.toString(m_model->rowCount())));
}

void DataPage::showEvent(QShowEvent *event)
{
    // The clear button's icon is looked up in the icon themes on disk, which costs start-up
    // a tenth of its time; the page is hidden at start.
    m_search->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}
