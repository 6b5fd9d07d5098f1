#pragma once

#include "Table.h"

#include <QFrame>
#include <QHash>

class QLabel;

// The headline figures of the selected quarter, each with its YoY and QoQ change.
// Reads the KPI Table from core; one card per metric. The cards flow onto as many rows as
// the width needs (two at most), so the panel fits a laptop's screen in every language.
class KpiPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiPanel)

public:
    explicit KpiPanel(QWidget *parent = nullptr);

    void setTable(const Table &kpis);
    const Table &table() const { return m_table; }
    // How many cards share a row now.
    int columnCount() const { return m_columns; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QWidget *box = nullptr;
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        QLabel *change = nullptr;
    };

    Card cardFor(const QString &metric);
    // The width one card needs for its figure and its changes (its name wraps).
    int cardWidth() const;
    // The width `columns` cards side by side need, margins included.
    int widthFor(int columns) const;
    // Puts the cards on the grid in rows of as many as `width` takes.
    void flow(int width);

    Table m_table;
    QHash<QString, Card> m_cards;
    QList<Card> m_order;  // the cards as the table orders them
    int m_columns = 0;
};
