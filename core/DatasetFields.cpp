#include "DatasetFields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

// The messages keep the CSV reader's context: they were its own before the workbook's
// reader shared them, and their translations stay where they are.
namespace {

const QDate earliestAsOf(1900, 1, 1);

// Characters a source may not hold, as they hide or reorder what is shown beside them:
// controls other than tab (C0, DEL, C1) and the bidirectional embeddings, overrides and
// isolates.
std::optional<qsizetype> firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        // A tab, and a line break inside a quoted field (a spreadsheet's Alt+Enter), are text.
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F)
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return i;
    }
    return std::nullopt;
}

// Whitespace and the zero-width characters: a source of nothing else says nothing.
bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return c.isSpace() || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060
                || u == 0xFEFF;
    });
}

}  // namespace

namespace DatasetFields {

// "'²' (U+00B2)", or only "U+202E" for a character that shows nothing or moves others.
QString describeCharacter(QStringView text, qsizetype index)
{
    char32_t code = text[index].unicode();
    if (text[index].isHighSurrogate() && index + 1 < text.size()
        && text[index + 1].isLowSurrogate())
        code = QChar::surrogateToUcs4(text[index], text[index + 1]);
    const QString number
            = QStringLiteral("U+%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
    switch (QChar::category(code)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return number;
    default:
        return QStringLiteral("'%1' (%2)").arg(QString::fromUcs4(&code, 1), number);
    }
}

// YYYY-MM-DD, a valid date; invalid otherwise.
QDate isoDate(const QString &text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return {};
    int parts[3] = {0, 0, 0};
    const qsizetype starts[3] = {0, 5, 8};
    const qsizetype lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (qsizetype i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

// 26441, -0.3, and the negatives of Japanese statements: △1,234, ▲1,234, (1,234).
std::optional<Number> parseNumber(const QString &text)
{
    static const QRegularExpression plain(
            QStringLiteral("\\A-?([0-9]{1,15})(?:\\.([0-9]{1,6}))?\\z"));
    static const QRegularExpression marked(QStringLiteral(
            "\\A(?:[\\x{25B3}\\x{25B2}]([0-9]{1,3}(?:,[0-9]{3}){0,4}|[0-9]{1,15})(?:\\.([0-9]{1,6})"
            ")?"
            "|\\(([0-9]{1,3}(?:,[0-9]{3}){0,4}|[0-9]{1,15})(?:\\.([0-9]{1,6}))?\\))\\z"));
    // At most 15 significant digits, what a double holds exactly, so that the value is
    // written back as it was read.
    auto fits = [](QString digits, const QString &fraction) {
        digits.remove(QLatin1Char(','));
        digits += fraction;
        while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        return digits.size() <= 15;
    };
    // The common case, -?[0-9]{1,15}(\.[0-9]{1,6})?, by hand: the regular expressions
    // below cost more than the rest of a row.
    {
        qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
        const auto digitsFrom = [&](qsizetype from) {
            qsizetype end = from;
            while (end < text.size() && text[end] >= QLatin1Char('0')
                   && text[end] <= QLatin1Char('9'))
                ++end;
            return end - from;
        };
        const qsizetype integerDigits = digitsFrom(i);
        i += integerDigits;
        qsizetype fractionDigits = 0;
        bool plainForm = integerDigits >= 1 && integerDigits <= 15;
        if (plainForm && i < text.size()) {
            fractionDigits = text[i] == QLatin1Char('.') ? digitsFrom(i + 1) : 0;
            plainForm = fractionDigits >= 1 && fractionDigits <= 6
                    && i + 1 + fractionDigits == text.size();
        }
        if (plainForm) {
            const qsizetype start = text.startsWith(QLatin1Char('-')) ? 1 : 0;
            qsizetype significant = integerDigits + fractionDigits;
            for (qsizetype k = start; k < text.size() && significant > 1; ++k) {
                if (text[k] == QLatin1Char('.'))
                    continue;
                if (text[k] != QLatin1Char('0'))
                    break;
                --significant;
            }
            if (significant > 15)
                return std::nullopt;
            // At most 15 significant digits fit a double exactly, and so does a power of
            // ten up to 10^6: the quotient is the correctly rounded value, as strtod's is.
            qint64 mantissa = 0;
            for (qsizetype k = start; k < text.size(); ++k) {
                if (text[k] != QLatin1Char('.'))
                    mantissa = mantissa * 10 + (text[k].unicode() - u'0');
            }
            constexpr double powers[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};
            const double magnitude = double(mantissa) / powers[fractionDigits];
            return Number {start == 1 ? -magnitude : magnitude, static_cast<int>(fractionDigits)};
        }
    }
    if (const auto match = plain.match(text); match.hasMatch()) {
        if (!fits(match.captured(1), match.captured(2)))
            return std::nullopt;
        return Number {text.toDouble(), static_cast<int>(match.captured(2).size())};
    }
    const auto match = marked.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const bool parenthesised = !match.captured(3).isEmpty();
    QString digits = parenthesised ? match.captured(3) : match.captured(1);
    const QString fraction = parenthesised ? match.captured(4) : match.captured(2);
    if (!fits(digits, fraction))
        return std::nullopt;
    digits.remove(QLatin1Char(','));
    const QString number = fraction.isEmpty() ? digits : digits + QLatin1Char('.') + fraction;
    return Number {-number.toDouble(), static_cast<int>(fraction.size())};
}

// Every field but the source takes what people type for figures and keys: ASCII, and the
// full-width forms U+FF01-U+FF5E of Japanese input, read one to one as the ASCII they stand
// for (２６４４１, １Ｑ１３); a value also takes the negative signs △ and ▲. Any other
// character is refused rather than read as what it looks like: a superscript, circled or
// mathematical digit or a ligature (26441¹, ⑴, 𝟐, ﬂ) would change a value or a key
// unseen. Returns the index of the first one refused; otherwise folds the text.
std::optional<qsizetype> foldFullWidth(QString &text, bool value)
{
    bool ascii = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            continue;
        ascii = false;
        if ((c >= 0xFF01 && c <= 0xFF5E) || (value && (c == 0x25B3 || c == 0x25B2)))
            continue;
        return i;
    }
    if (!ascii) {
        for (QChar &c : text) {
            if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
                c = QChar(char16_t(c.unicode() - 0xFEE0));
        }
    }
    return std::nullopt;
}

QString refusedCharacter(const QString &text, qsizetype index, const QString &fieldName, bool value)
{
    const QString character = describeCharacter(text, index);
    if (value) {
        return QCoreApplication::translate(
                       "DatasetReader",
                       "unexpected character %1 in the value; expected a number in ASCII or "
                       "full-width digits (a negative may also be written with △, ▲ or "
                       "parentheses); superscript, circled, mathematical and other look-alike "
                       "digits are not read as digits")
                .arg(character);
    }
    return QCoreApplication::translate(
                   "DatasetReader",
                   "unexpected character %1 in the %2 field; expected ASCII or full-width letters, "
                   "digits and signs (superscripts, circled or mathematical digits, ligatures and "
                   "other look-alikes are not read as them)")
            .arg(character, fieldName);
}

std::optional<QString> checkPeriod(const QString &text, FiscalPeriod &period)
{
    if (const auto known = FiscalPeriod::fromCode(text)) {
        period = *known;
        return std::nullopt;
    }
    return QCoreApplication::translate(
                   "DatasetReader",
                   "unknown period '%1'; expected a code such as 1Q13, 1H13, 9M13 or FY13")
            .arg(text);
}

std::optional<QString> checkValue(const QString &text, Fact &fact)
{
    // A bound: ">10" (over 10), "<5" (under 5), "985~1005" (a range); the numbers
    // themselves as any value.
    QString valueText = text;
    QString upperText;
    Fact::Bound bound = Fact::Bound::Exact;
    if (valueText.startsWith(QLatin1Char('>'))) {
        bound = Fact::Bound::AtLeast;
        valueText.remove(0, 1);
    } else if (valueText.startsWith(QLatin1Char('<'))) {
        bound = Fact::Bound::AtMost;
        valueText.remove(0, 1);
    } else if (const qsizetype tilde = valueText.indexOf(QLatin1Char('~')); tilde > 0) {
        bound = Fact::Bound::Range;
        upperText = valueText.mid(tilde + 1);
        valueText.truncate(tilde);
    }
    // Set even when the numbers fail, as the basis check that follows reads it.
    fact.bound = bound;
    const auto number = parseNumber(valueText);
    const auto upper = upperText.isEmpty() ? number : parseNumber(upperText);
    if (number && upper && bound == Fact::Bound::Range
        && (upper->decimals != number->decimals || upper->value <= number->value)) {
        return QCoreApplication::translate(
                       "DatasetReader",
                       "invalid range '%1'; expected a lower and a higher number with the same "
                       "decimals, such as 985~1005")
                .arg(text);
    }
    if (!number || !upper) {
        return QCoreApplication::translate(
                       "DatasetReader",
                       "invalid number '%1'; expected a plain number with '.' as decimal point and "
                       "no grouping, such as 26441 or -0.3 (negatives may also be written △1,234, "
                       "▲1,234 or (1,234))")
                .arg(text);
    }
    fact.value = number->value;
    fact.decimals = number->decimals;
    fact.upper = bound == Fact::Bound::Range ? upper->value : 0.0;
    return std::nullopt;
}

QString unknownMetric(const QString &text)
{
    return QCoreApplication::translate(
                   "DatasetReader",
                   "unknown metric '%1'; expected a key of the metric catalogue (docs/METRICS.md)")
            .arg(text);
}

std::optional<QString> checkUnitFits(Unit unit, const QString &unitText, const QString &metricKey,
                                     Dimension dimension)
{
    const Currency currency = Units::currencyOf(unit);
    if (currency != Currency::None && currency != Units::reportingCurrency()) {
        return QCoreApplication::translate(
                       "DatasetReader",
                       "unit '%1' is in %2, but the company reports in %3; expected a unit in %3")
                .arg(unitText, Units::currencyCode(currency),
                     Units::currencyCode(Units::reportingCurrency()));
    }
    if (!Units::isCompatible(unit, dimension)) {
        QStringList fitting;
        for (const QString &code : Units::allCodes()) {
            if (Units::isCompatible(*Units::fromCode(code), dimension))
                fitting.append(code);
        }
        return QCoreApplication::translate("DatasetReader",
                                           "unit '%1' does not fit metric '%2'; expected %3")
                .arg(unitText, metricKey,
                     fitting.join(QCoreApplication::translate("DatasetReader", " or ")));
    }
    return std::nullopt;
}

std::optional<QString> checkUnit(const QString &text, Unit &unit)
{
    const auto known = Units::fromCode(text);
    if (!known) {
        return QCoreApplication::translate("DatasetReader", "unknown unit '%1'; expected one of %2")
                .arg(text, Units::allCodes().join(QStringLiteral(", ")));
    }
    unit = *known;
    const Currency currency = Units::currencyOf(*known);
    if (currency != Currency::None && currency != Units::reportingCurrency()) {
        return QCoreApplication::translate(
                       "DatasetReader",
                       "unit '%1' is in %2, but the company reports in %3; expected a unit in %3")
                .arg(text, Units::currencyCode(currency),
                     Units::currencyCode(Units::reportingCurrency()));
    }
    return std::nullopt;
}

std::optional<QString> checkBasis(const QString &text, Basis &basis)
{
    if (const auto known = Bases::fromCode(text)) {
        basis = *known;
        return std::nullopt;
    }
    return QCoreApplication::translate("DatasetReader",
                                       "unknown basis '%1'; expected reported, derived or target")
            .arg(text);
}

std::optional<QString> checkBoundBasis(const Fact &fact, const QString &valueText,
                                       const QString &basisText)
{
    if (fact.basis != Basis::Target && fact.bound != Fact::Bound::Exact) {
        return QCoreApplication::translate(
                       "DatasetReader",
                       "a bound ('%1') is for a target; expected a plain number for a figure that "
                       "is %2")
                .arg(valueText, basisText);
    }
    return std::nullopt;
}

std::optional<QString> checkSource(const QString &text, std::optional<Basis> basis, QString &source,
                                   qsizetype &at)
{
    at = -1;
    // The source keeps its characters as written, but none that hide or reorder text.
    if (const auto control = firstControl(text)) {
        at = *control;
        return QCoreApplication::translate(
                       "DatasetReader",
                       "control character %1 in the source; expected text without control or "
                       "bidirectional formatting characters (a tab or a line break is allowed)")
                .arg(describeCharacter(text, *control));
    }
    if (isBlank(text))
        return QCoreApplication::translate(
                "DatasetReader", "empty source; expected the document the figure comes from");
    source = text.trimmed();
    if (basis == Basis::Derived
        && !source.startsWith(QLatin1String("derived:"), Qt::CaseInsensitive)) {
        return QCoreApplication::translate(
                "DatasetReader",
                "a derived figure's source must say how it was derived; expected it to begin "
                "with 'derived:'");
    }
    return std::nullopt;
}

std::optional<QString> checkAsOf(const QString &text, const QDate &latest, QDate &date)
{
    const QDate read = isoDate(text);
    if (!read.isValid())
        return QCoreApplication::translate(
                       "DatasetReader",
                       "invalid date '%1'; expected an ISO date such as 2013-08-06")
                .arg(text);
    if (read < earliestAsOf || read > latest) {
        return QCoreApplication::translate(
                       "DatasetReader",
                       "date '%1' out of range; expected an as_of from 1900-01-01 to %2 (ten years "
                       "from today)")
                .arg(text, latest.toString(Qt::ISODate));
    }
    date = read;
    return std::nullopt;
}

QDate latestAsOf()
{
    return QDate::currentDate().addYears(10);
}

}  // namespace DatasetFields
