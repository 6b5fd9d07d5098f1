#include "QuarterBrowser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace {

const int windowSizes[] = {5, 8, 12, 0};

}  // namespace

QuarterBrowser::QuarterBrowser(QWidget *parent)
    : QWidget(parent)
    , m_quarterLabel(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_combo(new QComboBox(this))
    , m_next(new QToolButton(this))
    , m_windowLabel(new QLabel(this))
    , m_window(new QComboBox(this))
{
    m_previous->setObjectName(QStringLiteral("quarterPrevious"));
    m_next->setObjectName(QStringLiteral("quarterNext"));
    m_combo->setObjectName(QStringLiteral("quarterCombo"));
    m_window->setObjectName(QStringLiteral("windowSizeCombo"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_quarterLabel->setBuddy(m_combo);
    m_windowLabel->setBuddy(m_window);
    for (int size : windowSizes)
        m_window->addItem(QString(), size);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_quarterLabel);
    layout->addWidget(m_previous);
    layout->addWidget(m_combo);
    layout->addWidget(m_next);
    layout->addSpacing(16);
    layout->addWidget(m_windowLabel);
    layout->addWidget(m_window);

    connect(m_previous, &QToolButton::clicked, this, &QuarterBrowser::previous);
    connect(m_next, &QToolButton::clicked, this, &QuarterBrowser::next);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        updateButtons();
        if (index >= 0)
            emit quarterChanged(m_quarters.value(index));
    });
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit windowSizeChanged(m_window->itemData(index).toInt()); });
    retranslate();
}

void QuarterBrowser::retranslate()
{
    m_quarterLabel->setText(tr("&Quarter:"));
    m_windowLabel->setText(tr("&Span:"));
    m_previous->setToolTip(tr("Previous quarter (Ctrl+Left)"));
    m_next->setToolTip(tr("Next quarter (Ctrl+Right)"));
    for (int i = 0; i < m_window->count(); ++i) {
        const int size = m_window->itemData(i).toInt();
        m_window->setItemText(i,
                              size == 0 ? tr("All quarters") : tr("%n quarter(s)", nullptr, size));
    }
    for (int i = 0; i < m_quarters.size(); ++i)
        m_combo->setItemText(i, m_quarters[i].label());
}

void QuarterBrowser::setQuarters(const QList<FiscalPeriod> &quarters)
{
    const FiscalPeriod current = currentQuarter();
    {
        const QSignalBlocker blocker(m_combo);
        m_quarters = quarters;
        m_combo->clear();
        for (const FiscalPeriod &quarter : quarters)
            m_combo->addItem(quarter.label(), quarter.code());
        const qsizetype keep = quarters.indexOf(current);
        m_combo->setCurrentIndex(keep >= 0 ? static_cast<int>(keep)
                                           : static_cast<int>(quarters.size()) - 1);
    }
    updateButtons();
    if (currentQuarter() != current)
        emit quarterChanged(currentQuarter());
}

FiscalPeriod QuarterBrowser::currentQuarter() const
{
    return m_quarters.value(m_combo->currentIndex());
}

void QuarterBrowser::setCurrentQuarter(const FiscalPeriod &quarter)
{
    const qsizetype index = m_quarters.indexOf(quarter);
    if (index >= 0)
        m_combo->setCurrentIndex(static_cast<int>(index));
}

int QuarterBrowser::windowSize() const
{
    return m_window->currentData().toInt();
}

void QuarterBrowser::setWindowSize(int quarters)
{
    const int index = m_window->findData(quarters);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

void QuarterBrowser::previous()
{
    if (m_combo->currentIndex() > 0)
        m_combo->setCurrentIndex(m_combo->currentIndex() - 1);
}

void QuarterBrowser::next()
{
    if (m_combo->currentIndex() + 1 < m_combo->count())
        m_combo->setCurrentIndex(m_combo->currentIndex() + 1);
}

void QuarterBrowser::updateButtons()
{
    m_previous->setEnabled(m_combo->currentIndex() > 0);
    m_next->setEnabled(m_combo->currentIndex() + 1 < m_combo->count());
}
