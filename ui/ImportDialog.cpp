#include "ImportDialog.h"

#include "CellFormatter.h"
#include "ConsistencyFinding.h"
#include "MetricCatalogue.h"
#include "TableCopy.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// The identity a stored figure and one in the file share: period, metric, basis, as_of.
QString identity(const Fact &fact)
{
    return ConsistencyFinding::figureKey(fact.period.code(), fact.metric, fact.basis, fact.asOf);
}

// The periods of a list of figures, each once, in chronological order.
QList<FiscalPeriod> periodsIn(const QList<Fact> &facts)
{
    QList<FiscalPeriod> periods;
    for (const Fact &fact : facts)
        periods.append(fact.period);
    std::sort(periods.begin(), periods.end());
    periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
    return periods;
}

// "1Q13, 2Q13" and "Revenues, Operating income" for a list of figures, in order.
QString periodsOf(const QList<Fact> &facts)
{
    QStringList labels;
    for (const FiscalPeriod &period : periodsIn(facts))
        labels.append(period.shortLabel());
    return labels.join(QStringLiteral(", "));
}

QString metricsOf(const QList<Fact> &facts)
{
    QStringList keys;
    for (const Fact &fact : facts) {
        if (!keys.contains(fact.metric))
            keys.append(fact.metric);
    }
    std::sort(keys.begin(), keys.end());
    QStringList names;
    for (const QString &key : std::as_const(keys))
        names.append(MetricCatalogue::displayName(key));
    return names.join(QStringLiteral(", "));
}

// Rows as tall as their wrapped text at the columns' widths, whenever those change.
void fitRows(QTableWidget *table)
{
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
                     [table] { table->resizeRowsToContents(); });
}

QTableWidgetItem *item(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

}  // namespace

ImportDialog::ImportDialog(const QString &path, const DatasetReader::Result &read,
                           const Store::ImportReport &preview, const QList<Fact> &stored,
                           QWidget *parent)
    : QDialog(parent), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import dataset"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString text = tr("<b>%1</b><br>").arg(QFileInfo(path).fileName().toHtmlEscaped());
    if (read.ok()) {
        QSet<QString> metrics;
        for (const Fact &fact : read.facts)
            metrics.insert(fact.metric);
        text += tr("%1 rows (%2) · %3 periods: %4 · %5 metrics<br>")
                        .arg(read.records)
                        .arg(read.encoding)
                        .arg(periodsIn(read.facts).size())
                        .arg(periodsOf(read.facts))
                        .arg(metrics.size());
        text += tr("Importing adds <b>%1</b> new figures; %2 are already stored with the same "
                   "value; <b>%3</b> are stored with another value.")
                        .arg(preview.inserted)
                        .arg(preview.unchanged)
                        .arg(preview.conflicts.size());
    } else {
        text += tr("The file has %n error(s). Nothing can be imported until they are fixed:",
                   nullptr, int(read.errors.size()));
    }
    summary->setText(text);
    layout->addWidget(summary);

    if (!read.ok())
        addErrors(read);
    else
        addPreview(read, preview, stored);

    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(read.ok());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::addErrors(const DatasetReader::Result &read)
{
    auto *errors = new QTableWidget(static_cast<int>(read.errors.size()), 3, this);
    errors->setObjectName(QStringLiteral("importErrors"));
    errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Message")});
    errors->verticalHeader()->hide();
    errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    errors->setWordWrap(true);
    errors->setTabKeyNavigation(false);
    errors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    errors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    errors->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    fitRows(errors);
    const QLocale locale;
    for (int row = 0; row < read.errors.size(); ++row) {
        const DatasetError &error = read.errors[row];
        //: an error that concerns the whole file (no line) or line (no column)
        const QString none = tr("—");
        auto *line = item(error.line > 0 ? locale.toString(error.line) : none);
        auto *column = item(error.column > 0 ? locale.toString(error.column) : none);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        column->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        errors->setItem(row, 0, line);
        errors->setItem(row, 1, column);
        errors->setItem(row, 2, item(error.message));
    }
    TableCopy::install(errors);
    layout()->addWidget(errors);
    static_cast<QVBoxLayout *>(layout())->setStretchFactor(errors, 1);

    // The errors as compilers write them (file:line:column: message), for an editor or a
    // message to whoever made the file.
    auto *copy = m_buttons->addButton(tr("&Copy errors"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyErrorsButton"));
    QStringList lines;
    for (const DatasetError &error : read.errors)
        lines.append(error.toString());
    connect(copy, &QPushButton::clicked, this, [lines] {
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
}

void ImportDialog::addPreview(const DatasetReader::Result &read, const Store::ImportReport &preview,
                              const QList<Fact> &stored)
{
    // Linear in both lists: the stored identities once, then each figure of the file.
    QSet<QString> storedIdentities;
    storedIdentities.reserve(stored.size());
    for (const Fact &fact : stored)
        storedIdentities.insert(identity(fact));
    QSet<QString> conflicting;
    QList<Fact> conflicts;
    for (const Store::Conflict &conflict : preview.conflicts) {
        conflicting.insert(identity(conflict.incoming));
        conflicts.append(conflict.incoming);
    }
    QList<Fact> fresh;
    QList<Fact> same;
    for (const Fact &fact : read.facts) {
        const QString key = identity(fact);
        if (!storedIdentities.contains(key))
            fresh.append(fact);
        else if (!conflicting.contains(key))
            same.append(fact);
    }

    auto *overview = new QTableWidget(3, 3, this);
    overview->setObjectName(QStringLiteral("importPreview"));
    overview->setHorizontalHeaderLabels({tr("Figures"), tr("Periods"), tr("Metrics")});
    overview->setVerticalHeaderLabels(
            {tr("New"), tr("Stored with another value"), tr("Already stored")});
    overview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    overview->setWordWrap(true);
    overview->setTabKeyNavigation(false);
    overview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    overview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    overview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    fitRows(overview);
    const QLocale locale;
    const QList<const QList<Fact> *> groups {&fresh, &conflicts, &same};
    for (int row = 0; row < groups.size(); ++row) {
        const QList<Fact> &facts = *groups[row];
        auto *count = item(locale.toString(facts.size()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        overview->setItem(row, 0, count);
        overview->setItem(row, 1, item(periodsOf(facts)));
        overview->setItem(row, 2, item(metricsOf(facts)));
    }
    TableCopy::install(overview);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->addWidget(overview);

    if (preview.conflicts.isEmpty()) {
        box->addStretch();
        return;
    }
    auto *conflictTable = new QTableWidget(static_cast<int>(preview.conflicts.size()), 5, this);
    conflictTable->setObjectName(QStringLiteral("importConflicts"));
    conflictTable->setHorizontalHeaderLabels(
            {tr("Period"), tr("Metric"), tr("Announced"), tr("Stored"), tr("In the file")});
    conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    conflictTable->setTabKeyNavigation(false);
    for (int row = 0; row < preview.conflicts.size(); ++row) {
        const Store::Conflict &conflict = preview.conflicts[row];
        const QStringList cells
                = {conflict.stored.period.label(),
                   MetricCatalogue::displayName(conflict.stored.metric),
                   conflict.stored.asOf.isValid() ? conflict.stored.asOfText() : tr("no date"),
                   conflict.stored.valueText() + QLatin1Char(' ')
                           + CellFormatter::unitName(conflict.stored.unit),
                   conflict.incoming.valueText() + QLatin1Char(' ')
                           + CellFormatter::unitName(conflict.incoming.unit)};
        for (int column = 0; column < cells.size(); ++column)
            conflictTable->setItem(row, column, item(cells[column]));
    }
    TableCopy::install(conflictTable);
    box->addWidget(conflictTable, 1);
    m_replace = new QRadioButton(tr("&Replace the stored figures with the file's"), this);
    m_keep = new QRadioButton(tr("&Keep the stored figures; import only the rest"), this);
    m_replace->setObjectName(QStringLiteral("importReplace"));
    m_keep->setObjectName(QStringLiteral("importKeep"));
    m_keep->setChecked(true);
    box->addWidget(m_replace);
    box->addWidget(m_keep);
}

Store::ConflictPolicy ImportDialog::policy() const
{
    if (m_replace && m_replace->isChecked())
        return Store::ConflictPolicy::Replace;
    return Store::ConflictPolicy::Keep;
}
