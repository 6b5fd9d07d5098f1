#pragma once

#include "Table.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// How figures read on screen: grouped thousands, a fixed number of decimals per unit,
// and a tooltip that says where a figure comes from.
class CellFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(CellFormatter)

public:
    // Decimals shown for a value in this unit (money in millions: 0, billions: 1,
    // per share: 2, percent: 1, counts: 0); a cell stated more precisely keeps its own.
    static int displayDecimals(const TableCell &cell);
    // Japanese readers count large sums in 億円 (10^8 yen), not in billions: a value in
    // JPY billion is shown times ten in 億円 when the UI is Japanese. 1 elsewhere.
    static double displayFactor(Unit unit);
    // The unit as shown: "JPY million", "百万円", "億円", ...
    static QString unitName(Unit unit);
    static QString number(double value, int decimals, const QLocale &locale = QLocale());
    // "26,441", "19.0%", "2.3", "135.42"; an empty cell gives "—".
    static QString value(const TableCell &cell, const QLocale &locale = QLocale());
    // Value with its unit: "26,441 JPY million".
    static QString valueWithUnit(const TableCell &cell, const QLocale &locale = QLocale());
    // A change such as "+6.4%" or "-69" with an explicit sign.
    static QString signedValue(const TableCell &cell, const QLocale &locale = QLocale());
    // Several lines: what, when, how much, basis, source, announcement date; first each
    // mismatch beyond rounding the consistency check finds in a flagged figure.
    static QString tooltip(const TableCell &cell, const QString &seriesLabel,
                           const QString &categoryLabel, const QLocale &locale = QLocale());
    // The same in one line of plain text, for the status bar: "Network services, 1Q
    // FY2013: 16,785 JPY million · reported · Source: … · announced 2013-08-06".
    static QString details(const TableCell &cell, const QString &seriesLabel,
                           const QString &categoryLabel, const QLocale &locale = QLocale());
    static QString basisMarker(const TableCell &cell);
};
