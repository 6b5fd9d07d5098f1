#pragma once

#include "ConsistencyCheck.h"

#include <QWidget>

class ChecksFilterModel;
class ChecksModel;
class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

// The consistency check of the figures as of the window's date, as `irdash check` prints
// it: a summary, every mismatch at the stated precision in a sortable table (those the
// rounding does not explain first and marked), and the selected one in detail.
class ChecksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksPage)

public:
    explicit ChecksPage(QWidget *parent = nullptr);
    ~ChecksPage() override;

    // The report and the date it stands at, in words.
    void setReport(const ConsistencyCheck::Report &report, const QString &asOfDescription);
    const ConsistencyCheck::Report &report() const;
    // Selects the first mismatch about a figure (ConsistencyFinding::figureKey()) and gives
    // the table the focus, showing every mismatch again if the filter hid it; false when the
    // report has none about it.
    bool selectFigure(const QString &figureKey);
    // The finding of the selected row; null when none is selected.
    const ConsistencyFinding *selectedFinding() const;
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();
    void updateDetail();
    void applyFilter();

    ChecksModel *m_model;
    ChecksFilterModel *m_filter;
    QLabel *m_summary;
    QLabel *m_filterLabel;
    QComboBox *m_filterCombo;
    QLabel *m_count;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QString m_asOfDescription;
};
