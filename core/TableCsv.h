#pragma once

#include "Table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// A Table as CSV, one row per cell (long format), so a spreadsheet can filter and pivot
// it and nothing about a figure is lost: category, series, value, unit, basis, period,
// metric, source, as_of, note. UTF-8, RFC 4180, numbers raw with '.' as decimal point.
class TableCsv final
{
    Q_DECLARE_TR_FUNCTIONS(TableCsv)

public:
    // With byteOrderMark, Excel on Japanese Windows reads the UTF-8 as UTF-8.
    static QByteArray write(const Table &table, bool byteOrderMark = false);
    // The table in a data book's wide layout, which DataBookReader (through WideCsv) reads
    // back to the same figures: a row per metric, unit and basis (series down), a column per
    // period in chronological order (periods across), the header row `metric,name,unit,basis`
    // and the period codes. Each figure as the interchange format writes its value (22.00,
    // -1982, >10). Cells without a metric or a figure are left out; where one series holds
    // two vintages of a figure, the later one goes to a row of its own.
    static QByteArray writeWide(const Table &table, bool byteOrderMark = false);
    // Reads what write() wrote; *error says why when it returns nothing.
    static std::optional<Table> read(const QByteArray &csv, QString *error = nullptr);
    static QStringList header();

    // A text cell a spreadsheet would run as a formula (= + - @ tab CR first, or the
    // full-width ＝ ＋ － ＠) gets a leading apostrophe; read() takes it off again.
    static QString neutralize(const QString &text);
    static QString restore(const QString &text);
};
