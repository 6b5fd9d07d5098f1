#pragma once

#include "AsOf.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

// Picks the date every view stands at: the announcement of the selected quarter (the
// default), the latest figures, or one of the dataset's announcement dates.
class AsOfSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsOfSelector)

public:
    explicit AsOfSelector(QWidget *parent = nullptr);

    // The dates offered besides "At announcement" and "Latest", oldest first; keeps the
    // current choice when it is still offered.
    void setDates(const QList<QDate> &dates);
    AsOf choice() const;
    // Selects a choice; a date not among the offered ones is added to them.
    void setChoice(const AsOf &choice);
    QComboBox *comboBox() const { return m_combo; }
    void retranslate();

signals:
    void choiceChanged(const AsOf &choice);

private:
    void fill(const AsOf &keep);

    QList<QDate> m_dates;
    QLabel *m_label;
    QComboBox *m_combo;
};
