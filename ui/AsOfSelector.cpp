#include "AsOfSelector.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

AsOfSelector::AsOfSelector(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("asOfSelector"));
    m_combo->setObjectName(QStringLiteral("asOfCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this] { emit choiceChanged(choice()); });
    fill(AsOf::announcement());
    retranslate();
}

void AsOfSelector::setDates(const QList<QDate> &dates)
{
    const AsOf keep = choice();
    m_dates = dates;
    fill(keep);
    if (choice() != keep)
        emit choiceChanged(choice());
}

AsOf AsOfSelector::choice() const
{
    return AsOf::fromCode(m_combo->currentData().toString()).value_or(AsOf::announcement());
}

void AsOfSelector::setChoice(const AsOf &choice)
{
    if (choice.kind() == AsOf::Kind::Date && !m_dates.contains(choice.fixedDate())) {
        m_dates.append(choice.fixedDate());
        std::sort(m_dates.begin(), m_dates.end());
        const QSignalBlocker blocker(m_combo);
        fill(this->choice());
    }
    const int index = m_combo->findData(choice.code());
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void AsOfSelector::fill(const AsOf &keep)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(QString(), AsOf::announcement().code());
    m_combo->addItem(QString(), AsOf::latest().code());
    // Newest first, as the quarter browser lists quarters.
    for (auto it = m_dates.crbegin(); it != m_dates.crend(); ++it)
        m_combo->addItem(it->toString(Qt::ISODate), AsOf::date(*it).code());
    const int index = m_combo->findData(keep.code());
    m_combo->setCurrentIndex(std::max(0, index));
    retranslate();
}

void AsOfSelector::retranslate()
{
    m_label->setText(tr("&As of:"));
    m_combo->setItemText(0, tr("At announcement"));
    m_combo->setItemText(1, tr("Latest"));
    m_combo->setItemData(0, tr("Each quarter as it stood the day its results were announced"),
                         Qt::ToolTipRole);
    m_combo->setItemData(1, tr("Every figure, with every later revision"), Qt::ToolTipRole);
    m_combo->setToolTip(tr("The date the figures stand at: a figure or target announced later "
                           "takes no part"));
}
