#include "ChecksPage.h"

#include "ChecksFilterModel.h"
#include "ChecksModel.h"
#include "TableCopy.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

ChecksPage::ChecksPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecksModel(this))
    , m_filter(new ChecksFilterModel(this))
    , m_summary(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_filterCombo(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("checksPage"));
    m_filter->setSourceModel(m_model);

    m_summary->setObjectName(QStringLiteral("checksSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterCombo->setObjectName(QStringLiteral("checksFilter"));
    m_filterCombo->addItem(QString(), false);  // texts in retranslate()
    m_filterCombo->addItem(QString(), true);
    m_filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_filterCombo);
    m_count->setObjectName(QStringLiteral("checksCount"));

    m_table->setObjectName(QStringLiteral("checksTable"));
    m_table->setModel(m_filter);
    TableCopy::install(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChecksModel::ResultColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One Tab stop: the arrow keys move within the table, Tab leaves it.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ChecksModel::SourcesColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);

    m_detail->setObjectName(QStringLiteral("checksDetail"));
    m_detail->setOpenLinks(false);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filterLabel);
    controls->addWidget(m_filterCombo);
    controls->addStretch();
    controls->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_table);

    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &ChecksPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecksPage::updateDetail);
    retranslate();
}

ChecksPage::~ChecksPage() = default;

void ChecksPage::setReport(const ConsistencyCheck::Report &report, const QString &asOfDescription)
{
    // The finding looked at stays selected when it is still there.
    const ConsistencyFinding *before = selectedFinding();
    const QString keep = before ? before->figureKey() + before->description : QString();
    m_asOfDescription = asOfDescription;
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
    // A long comparison is elided, with the whole of it in the tooltip.
    m_table->setColumnWidth(ChecksModel::ComparedColumn,
                            std::min(m_table->columnWidth(ChecksModel::ComparedColumn),
                                     fontMetrics().horizontalAdvance(QLatin1Char('x')) * 64));
    int row = 0;
    for (int r = 0; r < m_filter->rowCount() && !keep.isEmpty(); ++r) {
        const ConsistencyFinding &f
                = m_model->finding(m_filter->mapToSource(m_filter->index(r, 0)).row());
        if (f.figureKey() + f.description == keep)
            row = r;
    }
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(row, 0));
    updateSummary();
    updateDetail();
}

const ConsistencyCheck::Report &ChecksPage::report() const
{
    return m_model->report();
}

const ConsistencyFinding *ChecksPage::selectedFinding() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_model->finding(m_filter->mapToSource(current).row());
}

bool ChecksPage::selectFigure(const QString &figureKey)
{
    const QList<int> found = report().findingsAbout(figureKey);
    if (found.isEmpty())
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(found.first(), 0));
    if (!index.isValid()) {  // hidden by the filter
        m_filterCombo->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(found.first(), 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
    return true;
}

void ChecksPage::applyFilter()
{
    m_filter->setUnexplainedOnly(m_filterCombo->currentData().toBool());
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    updateSummary();
    updateDetail();
}

void ChecksPage::updateSummary()
{
    const QLocale locale;
    const ConsistencyCheck::Report &r = report();
    //: the Checks page's summary, as `irdash check` begins: %1 the date the figures stand at
    m_summary->setText(
            tr("<b>%1</b><br>Comparisons: %2. Mismatches at the stated precision: %3 "
               "(%4 explained by rounding, %5 not).")
                    .arg(m_asOfDescription.toHtmlEscaped(), locale.toString(r.comparisons),
                         locale.toString(r.mismatches.size()), locale.toString(r.explainedCount()),
                         locale.toString(r.unexplainedCount())));
    //: %1 mismatches pass the filter, out of %2
    m_count->setText(tr("Showing %1 of %2 mismatches")
                             .arg(locale.toString(m_filter->rowCount()),
                                  locale.toString(m_model->rowCount())));
}

void ChecksPage::updateDetail()
{
    if (const ConsistencyFinding *finding = selectedFinding()) {
        m_detail->setHtml(ChecksModel::detail(*finding));
        return;
    }
    QString text;
    if (report().mismatches.isEmpty())
        text = tr("Every comparison agrees at the stated precision.");
    else if (m_filter->rowCount() == 0)
        text = tr("No mismatch beyond rounding at this date: the rounding of the stated figures "
                  "explains every difference.");
    else
        text = tr("Select a mismatch to see how it was computed.");
    m_detail->setPlainText(text);
}

void ChecksPage::retranslate()
{
    m_filterLabel->setText(tr("Fin&dings:"));
    m_filterCombo->setItemText(0, tr("All mismatches"));
    m_filterCombo->setItemText(1, tr("Only those rounding does not explain"));
    m_model->retranslate();
    updateSummary();
    updateDetail();
}

void ChecksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
