#include "ImportDialog.h"

#include "CellFormatter.h"
#include "MetricCatalogue.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const QString &path, const DatasetReader::Result &read,
                           const Store::ImportReport &preview, QWidget *parent)
    : QDialog(parent), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import dataset"));
    resize(820, 520);
    auto *layout = new QVBoxLayout(this);

    QSet<QString> periods;
    QSet<QString> metrics;
    for (const Fact &fact : read.facts) {
        periods.insert(fact.period.code());
        metrics.insert(fact.metric);
    }
    QStringList periodList(periods.cbegin(), periods.cend());
    std::sort(periodList.begin(), periodList.end(), [](const QString &a, const QString &b) {
        return *FiscalPeriod::fromCode(a) < *FiscalPeriod::fromCode(b);
    });

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString text = tr("<b>%1</b><br>").arg(QFileInfo(path).fileName().toHtmlEscaped());
    if (read.ok()) {
        text += tr("%1 rows (%2) · %3 periods: %4 · %5 metrics<br>")
                        .arg(read.records)
                        .arg(read.encoding)
                        .arg(periodList.size())
                        .arg(periodList.join(QStringLiteral(", ")))
                        .arg(metrics.size());
        text += tr("Importing adds <b>%1</b> new figures; %2 are already stored with the same "
                   "value; <b>%3</b> are stored with another value.")
                        .arg(preview.inserted)
                        .arg(preview.unchanged)
                        .arg(preview.conflicts.size());
    } else {
        text += tr("The file has errors. Nothing can be imported until they are fixed:");
    }
    summary->setText(text);
    layout->addWidget(summary);

    if (!read.ok()) {
        auto *errors = new QListWidget(this);
        errors->setObjectName(QStringLiteral("importErrors"));
        for (const DatasetError &error : read.errors)
            errors->addItem(error.toString());
        layout->addWidget(errors, 1);
    } else if (!preview.conflicts.isEmpty()) {
        auto *conflicts = new QTableWidget(static_cast<int>(preview.conflicts.size()), 5, this);
        conflicts->setObjectName(QStringLiteral("importConflicts"));
        conflicts->setHorizontalHeaderLabels(
                {tr("Period"), tr("Metric"), tr("Announced"), tr("Stored"), tr("In the file")});
        conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
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
                conflicts->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        layout->addWidget(conflicts, 1);
        m_replace = new QRadioButton(tr("&Replace the stored figures with the file's"), this);
        m_keep = new QRadioButton(tr("&Keep the stored figures; import only the rest"), this);
        m_replace->setObjectName(QStringLiteral("importReplace"));
        m_keep->setObjectName(QStringLiteral("importKeep"));
        m_keep->setChecked(true);
        layout->addWidget(m_replace);
        layout->addWidget(m_keep);
    } else {
        layout->addStretch();
    }

    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(read.ok());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Store::ConflictPolicy ImportDialog::policy() const
{
    if (m_replace && m_replace->isChecked())
        return Store::ConflictPolicy::Replace;
    return Store::ConflictPolicy::Keep;
}
