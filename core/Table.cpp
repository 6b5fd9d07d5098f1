#include "Table.h"

Table::Table(const QString &name, const QString &title) : m_name(name), m_title(title) { }

void Table::setAsOf(const QDate &date, const QString &description)
{
    m_asOf = date;
    m_asOfDescription = description;
}

void Table::addCategory(const QString &key, const QString &label)
{
    m_categoryKeys.append(key);
    m_categoryLabels.append(label);
}

void Table::addSeries(const TableSeries &series)
{
    Q_ASSERT(series.cells.size() == m_categoryKeys.size());
    m_series.append(series);
}

void Table::setSeriesRole(const QString &key, TableSeries::Role role)
{
    if (const int index = seriesIndex(key); index >= 0)
        m_series[index].role = role;
}

int Table::categoryIndex(const QString &key) const
{
    return static_cast<int>(m_categoryKeys.indexOf(key));
}

int Table::seriesIndex(const QString &key) const
{
    for (int i = 0; i < seriesCount(); ++i) {
        if (m_series[i].key == key)
            return i;
    }
    return -1;
}

const TableCell &Table::cell(int series, int category) const
{
    return m_series[series].cells[category];
}

const TableCell *Table::find(const QString &seriesKey, const QString &categoryKey) const
{
    const int s = seriesIndex(seriesKey);
    const int c = categoryIndex(categoryKey);
    if (s < 0 || c < 0)
        return nullptr;
    return &m_series[s].cells[c];
}

double Table::categorySum(int category) const
{
    double sum = 0.0;
    for (const TableSeries &series : m_series) {
        if (series.role == TableSeries::Role::Part && series.cells[category].value)
            sum += *series.cells[category].value;
    }
    return sum;
}

bool Table::isEmpty() const
{
    for (const TableSeries &series : m_series) {
        for (const TableCell &cell : series.cells) {
            if (cell.value)
                return false;
        }
    }
    return true;
}
