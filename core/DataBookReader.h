#pragma once

#include "DatasetError.h"
#include "Fact.h"
#include "SheetGrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the figures of a workbook's sheets (or of a wide CSV read as one sheet) as strictly
// as DatasetReader reads the CSV: every error names its cell (Sheet1!D7) and what was
// expected, and a workbook with any error yields no facts. Each sheet is one of two layouts:
//  - Interchange: the header period,metric,value,unit,basis,source[,as_of] in its first
//    row, in that order, and one figure a row, each cell read by the CSV's rules.
//  - Wide (a company's data book): a title, notes and blank rows, then a header row naming
//    one period per column (1Q13, 1Q FY2013, FY2012, 2013年度第1四半期, 13/1Q, ...), or two:
//    a merged fiscal year over its quarters (FY2013 over 1Q 2Q 3Q 4Q); a metric column left
//    of the periods (catalogue keys, or names in English or Japanese); optional unit,
//    basis, source and as_of columns; the unit otherwise from a note above the table
//    ("(JPY million)", "（単位：百万円）") or the options. A blank row followed by a note
//    ends the table.
class DataBookReader final
{
    Q_DECLARE_TR_FUNCTIONS(DataBookReader)

public:
    enum class Layout {
        None,  // nothing recognisable: the sheet is skipped
        Interchange,
        Wide,
    };

    struct Options
    {
        // The source of every figure of a sheet without a source column; or the reference
        // of a cell holding it ("Sheet1!A1"), which wins when set.
        QString source;
        QString sourceCell;
        QDate asOf;  // the announcement date of every figure without one of its own
        std::optional<Unit> unit;  // for a wide sheet with neither unit column nor note
        Basis basis = Basis::Reported;  // for a wide sheet without a basis column
        QStringList sheets;  // the sheets to read, by name; empty: all
    };

    struct SheetLayout
    {
        QString sheet;
        Layout layout = Layout::None;
        int figures = 0;
    };

    struct Result
    {
        QList<Fact> facts;  // empty unless errors is empty
        QList<DatasetError> errors;  // in sheet order, at most maxErrors (+1 saying so)
        QList<SheetLayout> sheets;  // every sheet read, with the layout found

        bool ok() const { return errors.isEmpty(); }
    };

    static Result read(const QList<SheetGrid> &sheets, const QString &fileName,
                       const Options &options, Fact::Origin origin);

    // A cell's number as IR books write it in text: 26,441, △1,234, ▲1,234, (1,234),
    // full-width digits, 22.0%; nullopt for anything else. `percent` says a % followed.
    static std::optional<double> numberFromText(const QString &text, int *decimals = nullptr,
                                                bool *percent = nullptr);
    // The period a wide header names ("1Q13", "1Q FY2013", "2013年度第1四半期", "13/1Q",
    // "FY2012", "2013年度上期"), with the active company's calendar.
    static std::optional<FiscalPeriod> periodFromHeader(const QString &text);
    // The unit a unit cell or note names ("JPY_million", "JPY million", "百万円", "%").
    static std::optional<Unit> unitFromText(const QString &text);
};
