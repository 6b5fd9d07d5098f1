#pragma once

#include "Fact.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// The rules for each field of a figure, shared by every reader of figures (the CSV's
// DatasetReader, the workbook's DataBookReader): what a period, metric, value, unit,
// basis, source and as_of may be, and what is said when one is not. Each check returns
// the message for the field's text (what was found and what was expected), or nothing
// when the text is good; where in its file or sheet the text is, the caller says.
namespace DatasetFields {

struct Number
{
    double value = 0.0;
    int decimals = 0;
};

// Every field but the source takes ASCII and the full-width forms U+FF01-U+FF5E, read one
// to one as the ASCII they stand for (２６４４１, １Ｑ１３); a value also takes the negative
// signs △ and ▲. Returns the index of the first character refused, else folds the text.
std::optional<qsizetype> foldFullWidth(QString &text, bool value);
// The message for the character foldFullWidth refused at `index` of `text`, in the field
// named `fieldName` (the value's own message when `value`).
QString refusedCharacter(const QString &text, qsizetype index, const QString &fieldName,
                         bool value);
// "'²' (U+00B2)", or only "U+202E" for a character that shows nothing or moves others.
QString describeCharacter(QStringView text, qsizetype index);

// 26441, -0.3, and the negatives of Japanese statements: △1,234, ▲1,234, (1,234); at most
// 15 significant digits and 6 decimals.
std::optional<Number> parseNumber(const QString &text);
// YYYY-MM-DD, a valid date; invalid otherwise.
QDate isoDate(const QString &text);

// The period code (1Q13, 1H13, 9M13, FY13) into `period`.
std::optional<QString> checkPeriod(const QString &text, FiscalPeriod &period);
// A value as the interchange format writes it: a number, or a target's bound (>10, <5,
// 985~1005); sets value, decimals, bound and upper of `fact`.
std::optional<QString> checkValue(const QString &text, Fact &fact);
// The message for a metric key the catalogue does not know.
QString unknownMetric(const QString &text);
// A unit code into `unit`, in the company's currency where it is money.
std::optional<QString> checkUnit(const QString &text, Unit &unit);
// Whether `unit` fits the metric `metricKey` of `dimension` (and the company's currency):
// the message naming the unit (as `unitText`) and the units that would fit, or nothing.
std::optional<QString> checkUnitFits(Unit unit, const QString &unitText, const QString &metricKey,
                                     Dimension dimension);
// A basis code into `basis`.
std::optional<QString> checkBasis(const QString &text, Basis &basis);
// A bound is for a target only: the message for `valueText`, stated as `basisText`.
std::optional<QString> checkBoundBasis(const Fact &fact, const QString &valueText,
                                       const QString &basisText);
// The source, kept as written (trimmed) into `source`; `at` is set to the index of a
// character it may not hold, -1 when the whole text is concerned.
std::optional<QString> checkSource(const QString &text, std::optional<Basis> basis, QString &source,
                                   qsizetype &at);
// An as_of date from 1900-01-01 to `latest` into `date`.
std::optional<QString> checkAsOf(const QString &text, const QDate &latest, QDate &date);

// The latest as_of a read beginning today takes: ten years from today.
QDate latestAsOf();

}  // namespace DatasetFields
