#include "KpiPanel.h"

#include "CellFormatter.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString changeText(const TableCell &change, const TableCell &percent)
{
    if (!change.value)
        return QStringLiteral("—");
    if (change.unit == Unit::Percent)  // a ratio moves in points
        return KpiPanel::tr("%1 pt").arg(CellFormatter::signedValue(change).chopped(1));
    if (!percent.value)
        return CellFormatter::signedValue(change);
    return CellFormatter::signedValue(percent);
}

}  // namespace

KpiPanel::KpiPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("kpiPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QGridLayout(this);
    layout->setHorizontalSpacing(24);
    layout->setContentsMargins(12, 8, 12, 8);
}

KpiPanel::Card KpiPanel::cardFor(const QString &metric)
{
    if (const auto it = m_cards.constFind(metric); it != m_cards.cend())
        return *it;
    auto *layout = static_cast<QGridLayout *>(this->layout());
    const int column = static_cast<int>(m_cards.size());
    Card card;
    card.name = new QLabel(this);
    card.value = new QLabel(this);
    card.change = new QLabel(this);
    card.name->setObjectName(QStringLiteral("kpiName_") + metric);
    card.value->setObjectName(QStringLiteral("kpiValue_") + metric);
    card.change->setObjectName(QStringLiteral("kpiChange_") + metric);
    card.name->setWordWrap(true);
    QFont big = card.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    card.value->setFont(big);
    card.change->setTextFormat(Qt::RichText);
    layout->addWidget(card.name, 0, column);
    layout->addWidget(card.value, 1, column);
    layout->addWidget(card.change, 2, column);
    layout->setColumnStretch(column, 1);
    m_cards.insert(metric, card);
    return card;
}

void KpiPanel::setTable(const Table &kpis)
{
    m_table = kpis;
    const int valueSeries = kpis.seriesIndex(QStringLiteral("value"));
    const int yoyChange = kpis.seriesIndex(QStringLiteral("yoy_change"));
    const int yoyPercent = kpis.seriesIndex(QStringLiteral("yoy_pct"));
    const int qoqChange = kpis.seriesIndex(QStringLiteral("qoq_change"));
    const int qoqPercent = kpis.seriesIndex(QStringLiteral("qoq_pct"));
    if (valueSeries < 0)
        return;
    for (int c = 0; c < kpis.categoryCount(); ++c) {
        const QString metric = kpis.categoryKeys()[c];
        const Card card = cardFor(metric);
        const TableCell &value = kpis.cell(valueSeries, c);
        card.name->setText(value.unit == Unit::Percent
                                   ? kpis.categoryLabels()[c]
                                   : tr("%1 (%2)").arg(kpis.categoryLabels()[c],
                                                       CellFormatter::unitName(value.unit)));
        const bool derived = value.value && value.basis != Basis::Reported;
        card.value->setText(CellFormatter::value(value)
                            + (derived ? QStringLiteral(" *") : QString()));
        QFont font = card.value->font();
        font.setItalic(derived);
        card.value->setFont(font);
        card.value->setToolTip(CellFormatter::tooltip(value, kpis.categoryLabels()[c],
                                                      kpis.series(valueSeries).label));
        card.value->setProperty("basis", value.value ? Bases::code(value.basis) : QString());

        const QString yoy = changeText(kpis.cell(yoyChange, c), kpis.cell(yoyPercent, c));
        const QString qoq = changeText(kpis.cell(qoqChange, c), kpis.cell(qoqPercent, c));
        card.change->setText(tr("YoY %1 · QoQ %2").arg(yoy.toHtmlEscaped(), qoq.toHtmlEscaped()));
        card.change->setToolTip(
                CellFormatter::tooltip(kpis.cell(yoyPercent, c).value ? kpis.cell(yoyPercent, c)
                                                                      : kpis.cell(yoyChange, c),
                                       kpis.categoryLabels()[c], tr("YoY"))
                + CellFormatter::tooltip(kpis.cell(qoqPercent, c).value ? kpis.cell(qoqPercent, c)
                                                                        : kpis.cell(qoqChange, c),
                                         kpis.categoryLabels()[c], tr("QoQ")));
    }
}
