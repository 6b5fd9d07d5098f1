#pragma once

#include "FiscalPeriod.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

// Picks the quarter every view shows, and how many quarters the charts span.
class QuarterBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarterBrowser)

public:
    explicit QuarterBrowser(QWidget *parent = nullptr);

    // Quarters oldest first; keeps the current one when it is still there, else the newest.
    void setQuarters(const QList<FiscalPeriod> &quarters);
    FiscalPeriod currentQuarter() const;
    void setCurrentQuarter(const FiscalPeriod &quarter);
    int windowSize() const;  // 0: all quarters
    void setWindowSize(int quarters);
    void retranslate();

public slots:
    void previous();
    void next();

signals:
    void quarterChanged(const FiscalPeriod &quarter);
    void windowSizeChanged(int quarters);

private:
    void updateButtons();

    QList<FiscalPeriod> m_quarters;
    QLabel *m_quarterLabel;
    QToolButton *m_previous;
    QComboBox *m_combo;
    QToolButton *m_next;
    QLabel *m_windowLabel;
    QComboBox *m_window;
};
