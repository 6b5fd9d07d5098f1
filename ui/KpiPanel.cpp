#include "KpiPanel.h"

#include "CellFormatter.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// The change shown: the % where there is one, else the amount (a ratio: its points).
const TableCell &shownChange(const TableCell &change, const TableCell &percent)
{
    // What the company stated first, the % before the amount; only then what is computed.
    for (const TableCell *cell : {&percent, &change}) {
        if (cell->value && cell->basis == Basis::Reported)
            return *cell;
    }
    return percent.value ? percent : change;
}

// "+4.2%" as stated, or "<i>+4.1% *</i>" when computed (derived), as rich text.
QString changeText(const TableCell &change, const TableCell &percent)
{
    if (!change.value && !percent.value)
        return QStringLiteral("—");
    const TableCell &shown = shownChange(change, percent);
    QString text;
    if (&shown == &change && change.unit == Unit::Percent)  // a ratio moves in points
        text = KpiPanel::tr("%1 pt").arg(CellFormatter::signedValue(shown).chopped(1));
    else
        text = CellFormatter::signedValue(shown);
    if (shown.basis != Basis::Reported)
        return QStringLiteral("<i>%1 *</i>").arg(text.toHtmlEscaped());
    return text.toHtmlEscaped();
}

// Says first whether the change is the company's or computed here, then the details.
QString changeTooltip(const TableCell &change, const TableCell &percent, const QString &metric,
                      const QString &what)
{
    const TableCell &shown = shownChange(change, percent);
    QString headline;
    if (!shown.value)
        headline = KpiPanel::tr("%1: no figure").arg(what);
    else if (shown.basis == Basis::Reported)
        headline = KpiPanel::tr("%1 stated in: %2").arg(what, shown.source);
    else
        headline = KpiPanel::tr("%1 computed from the figures: %2").arg(what, shown.source);
    return QStringLiteral("<p>%1</p>").arg(headline.toHtmlEscaped())
            + CellFormatter::tooltip(shown, metric, what);
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
        // A figure the consistency check contradicts beyond rounding: its tooltip says how.
        card.value->setText((value.flagged ? QStringLiteral("⚠ ") : QString())
                            + CellFormatter::value(value)
                            + (derived ? QStringLiteral(" *") : QString()));
        QFont font = card.value->font();
        font.setItalic(derived);
        card.value->setFont(font);
        card.value->setToolTip(CellFormatter::tooltip(value, kpis.categoryLabels()[c],
                                                      kpis.series(valueSeries).label));
        card.value->setProperty("basis", value.value ? Bases::code(value.basis) : QString());

        const QString yoy = changeText(kpis.cell(yoyChange, c), kpis.cell(yoyPercent, c));
        const QString qoq = changeText(kpis.cell(qoqChange, c), kpis.cell(qoqPercent, c));
        card.change->setText(tr("YoY %1 · QoQ %2").arg(yoy, qoq));
        card.change->setToolTip(changeTooltip(kpis.cell(yoyChange, c), kpis.cell(yoyPercent, c),
                                              kpis.categoryLabels()[c], tr("YoY"))
                                + changeTooltip(kpis.cell(qoqChange, c), kpis.cell(qoqPercent, c),
                                                kpis.categoryLabels()[c], tr("QoQ")));
    }
}
