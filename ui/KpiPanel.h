#pragma once

#include "Table.h"

#include <QFrame>
#include <QHash>

class QLabel;

// The headline figures of the selected quarter, each with its YoY and QoQ change.
// Reads the KPI Table from core; one card per metric.
class KpiPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiPanel)

public:
    explicit KpiPanel(QWidget *parent = nullptr);

    void setTable(const Table &kpis);
    const Table &table() const { return m_table; }

private:
    struct Card
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        QLabel *change = nullptr;
    };

    Card cardFor(const QString &metric);

    Table m_table;
    QHash<QString, Card> m_cards;
};
