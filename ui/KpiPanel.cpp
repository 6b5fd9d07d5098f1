#include "KpiPanel.h"

#include "CellFormatter.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
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
    layout->setVerticalSpacing(8);
    layout->setContentsMargins(12, 8, 12, 8);
}

KpiPanel::Card KpiPanel::cardFor(const QString &metric)
{
    if (const auto it = m_cards.constFind(metric); it != m_cards.cend())
        return *it;
    // A card: the name above, the figure and its two changes (one above the other) beside
    // each other, so that two rows of cards leave the chart most of a laptop's height.
    Card card;
    card.box = new QWidget(this);
    card.box->setObjectName(QStringLiteral("kpiCard_") + metric);
    card.name = new QLabel(card.box);
    card.value = new QLabel(card.box);
    card.change = new QLabel(card.box);
    card.name->setObjectName(QStringLiteral("kpiName_") + metric);
    card.value->setObjectName(QStringLiteral("kpiValue_") + metric);
    card.change->setObjectName(QStringLiteral("kpiChange_") + metric);
    card.name->setWordWrap(true);
    QFont big = card.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    card.value->setFont(big);
    card.change->setTextFormat(Qt::RichText);
    auto *grid = new QGridLayout(card.box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->addWidget(card.name, 0, 0, 1, 2);
    grid->addWidget(card.value, 1, 0, Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(card.change, 1, 1, Qt::AlignLeft | Qt::AlignVCenter);
    grid->setColumnStretch(1, 1);
    m_cards.insert(metric, card);
    m_order.append(card);
    m_columns = 0;  // the grid is laid out again with the new card
    return card;
}

int KpiPanel::cardWidth() const
{
    int width = 0;
    for (const Card &card : m_order) {
        const int spacing = static_cast<QGridLayout *>(card.box->layout())->horizontalSpacing();
        width = std::max(
                width, card.value->sizeHint().width() + spacing + card.change->sizeHint().width());
    }
    return width;
}

int KpiPanel::widthFor(int columns) const
{
    const auto *grid = static_cast<QGridLayout *>(layout());
    const QMargins margins = grid->contentsMargins() + contentsMargins();
    return margins.left() + margins.right() + columns * cardWidth()
            + std::max(0, columns - 1) * grid->horizontalSpacing();
}

QSize KpiPanel::minimumSizeHint() const
{
    const QSize hint = QFrame::minimumSizeHint();
    if (m_order.isEmpty())
        return hint;
    // Two rows at most: half the cards side by side.
    const int columns = (static_cast<int>(m_order.size()) + 1) / 2;
    return {widthFor(columns), hint.height()};
}

void KpiPanel::flow(int width)
{
    const int count = static_cast<int>(m_order.size());
    if (count == 0)
        return;
    int columns = count;
    while (columns > 1 && widthFor(columns) > width)
        --columns;
    // As many rows as that needs (two at most), the cards spread evenly over them:
    // 3 + 3, not 5 + 1.
    const int rows = std::min(2, (count + columns - 1) / columns);
    columns = (count + rows - 1) / rows;
    if (columns == m_columns)
        return;
    m_columns = columns;
    auto *grid = static_cast<QGridLayout *>(layout());
    for (const Card &card : std::as_const(m_order))
        grid->removeWidget(card.box);
    for (int column = 0; column < count; ++column)
        grid->setColumnStretch(column, column < columns ? 1 : 0);
    for (int i = 0; i < count; ++i)
        grid->addWidget(m_order[i].box, i / columns, i % columns, Qt::AlignTop);
    updateGeometry();
}

void KpiPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    flow(event->size().width());
}

void KpiPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Another language or font changes the cards' widths.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        m_columns = 0;
        flow(width());
    }
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
        //: the two changes of a KPI card, one above the other (HTML)
        card.change->setText(tr("YoY %1<br>QoQ %2").arg(yoy, qoq));
        card.change->setToolTip(changeTooltip(kpis.cell(yoyChange, c), kpis.cell(yoyPercent, c),
                                              kpis.categoryLabels()[c], tr("YoY"))
                                + changeTooltip(kpis.cell(qoqChange, c), kpis.cell(qoqPercent, c),
                                                kpis.categoryLabels()[c], tr("QoQ")));
    }
    // New texts can make a card wider: flow the cards again.
    m_columns = 0;
    flow(width());
}
