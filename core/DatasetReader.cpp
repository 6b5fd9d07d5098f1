#include "DatasetReader.h"
#include "MetricCatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace {

const QStringList headerWithDate
        = {QStringLiteral("period"), QStringLiteral("metric"), QStringLiteral("value"),
           QStringLiteral("unit"),   QStringLiteral("basis"),  QStringLiteral("source"),
           QStringLiteral("as_of")};

struct Field
{
    QString text;
    int line = 0;
    int column = 0;
};

struct Record
{
    QList<Field> fields;
    int line = 0;
    int endColumn = 0;  // column just past the last character of the record
};

// RFC 4180 tokenizer that remembers where every field starts.
class CsvTokenizer
{
public:
    // Reads text[begin, end), where `begin` starts line `line`.
    CsvTokenizer(const QString &text, const QString &fileName, QList<DatasetError> &errors,
                 qsizetype begin = 0, qsizetype end = -1, int line = 1)
        : m_text(text)
        , m_fileName(fileName)
        , m_errors(errors)
        , m_end(end < 0 ? text.size() : end)
        , m_pos(begin)
        , m_lineStart(begin)
        , m_line(line)
    { }

    bool atEnd() const { return m_pos >= m_end; }
    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }

    // Only line breaks (or nothing) are left.
    bool onlyBlankLinesLeft() const
    {
        for (qsizetype i = m_pos; i < m_end; ++i) {
            if (m_text[i] != QLatin1Char('\n') && m_text[i] != QLatin1Char('\r'))
                return false;
        }
        return true;
    }

    // Returns false when the record could not be read; the error is recorded and the
    // tokenizer has skipped to the next line.
    bool next(Record &record)
    {
        record.fields.clear();
        record.fields.reserve(8);
        record.endColumn = 0;
        record.line = m_line;
        for (;;) {
            Field field;
            field.line = m_line;
            field.column = column();
            if (!atEnd() && m_text[m_pos] == QLatin1Char('"')) {
                if (!readQuoted(field))
                    return false;
            } else if (!readPlain(field)) {
                return false;
            }
            record.fields.append(field);
            if (atEnd()) {
                record.endColumn = column();
                return true;
            }
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            record.endColumn = column();
            consumeLineBreak();
            return true;
        }
    }

private:
    int column() const { return static_cast<int>(m_pos - m_lineStart) + 1; }

    void error(int line, int col, const QString &message)
    {
        m_errors.append({m_fileName, line, col, message});
    }

    bool isLineBreak(QChar c) const { return c == QLatin1Char('\n') || c == QLatin1Char('\r'); }

    void consumeLineBreak()
    {
        if (m_text[m_pos] == QLatin1Char('\r') && m_pos + 1 < m_end
            && m_text[m_pos + 1] == QLatin1Char('\n'))
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    void skipRestOfLine()
    {
        while (!atEnd() && !isLineBreak(m_text[m_pos]))
            ++m_pos;
        if (!atEnd())
            consumeLineBreak();
    }

    bool readPlain(Field &field)
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char(',') || isLineBreak(c))
                break;
            if (c == QLatin1Char('"')) {
                error(m_line, column(),
                      DatasetReader::tr("quote inside an unquoted field; expected the whole "
                                        "field in quotes with inner quotes doubled"));
                skipRestOfLine();
                return false;
            }
            ++m_pos;
        }
        field.text = m_text.mid(start, m_pos - start);
        return true;
    }

    bool readQuoted(Field &field)
    {
        const int openLine = m_line;
        const int openColumn = column();
        ++m_pos;  // opening quote
        QString value;
        for (;;) {
            if (atEnd()) {
                error(openLine, openColumn,
                      DatasetReader::tr("quoted field is not closed; expected a closing quote"));
                return false;
            }
            // Copy the run up to the next quote or line break in one go.
            qsizetype runEnd = m_pos;
            while (runEnd < m_end && m_text[runEnd] != QLatin1Char('"')
                   && m_text[runEnd] != QLatin1Char('\n'))
                ++runEnd;
            if (runEnd > m_pos) {
                value += QStringView(m_text).sliced(m_pos, runEnd - m_pos);
                m_pos = runEnd;
                continue;
            }
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < m_end && m_text[m_pos + 1] == QLatin1Char('"')) {
                    value += QLatin1Char('"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;  // closing quote
                break;
            }
            if (c == QLatin1Char('\n')) {
                value += c;
                ++m_pos;
                ++m_line;
                m_lineStart = m_pos;
                continue;
            }
            value += c;
            ++m_pos;
        }
        if (!atEnd() && m_text[m_pos] != QLatin1Char(',') && !isLineBreak(m_text[m_pos])) {
            error(m_line, column(),
                  DatasetReader::tr("unexpected character after a closing quote; expected a "
                                    "comma or the end of the line"));
            skipRestOfLine();
            return false;
        }
        field.text = value;
        return true;
    }

    const QString &m_text;
    const QString &m_fileName;
    QList<DatasetError> &m_errors;
    qsizetype m_end;
    qsizetype m_pos;
    qsizetype m_lineStart;
    int m_line;
};

struct Location
{
    int line;
    int column;
};

// First byte sequence that is not UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF), located by line and character column (UTF-16 units, as
// the tokenizer counts).
std::optional<Location> findInvalidUtf8(const QByteArray &data)
{
    int line = 1;
    int column = 1;
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(data[i]); };
    for (qsizetype i = 0; i < data.size();) {
        const unsigned char lead = byteAt(i);
        int length = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if (lead < 0x80) {
            length = 1;
            code = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            code = lead & 0x07;
        } else {
            return Location {line, column};
        }
        if (i + length > data.size())
            return Location {line, column};
        for (int k = 1; k < length; ++k) {
            const unsigned char next = byteAt(i + k);
            if ((next & 0xC0) != 0x80)
                return Location {line, column};
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return Location {line, column};
        if (lead == '\n') {
            ++line;
            column = 1;
        } else {
            column += length == 4 ? 2 : 1;
        }
        i += length;
    }
    return std::nullopt;
}

// Line of the first well-formed UTF-8 multi-byte sequence, if any.
std::optional<int> firstUtf8Sequence(const QByteArray &data)
{
    int line = 1;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte == '\n') {
            ++line;
            continue;
        }
        int length = (byte & 0xE0) == 0xC0 ? 2
                : (byte & 0xF0) == 0xE0    ? 3
                : (byte & 0xF8) == 0xF0    ? 4
                                           : 0;
        // Two-byte forms are too easily Shift_JIS by chance; count three and four.
        if (length < 3 || i + length > data.size())
            continue;
        bool continuation = true;
        for (int k = 1; k < length; ++k)
            continuation = continuation && (static_cast<unsigned char>(data[i + k]) & 0xC0) == 0x80;
        if (continuation)
            return line;
    }
    return std::nullopt;
}

// The text as Shift_JIS (CP932), when it decodes without error and reads as Japanese:
// it holds kana, which Latin-1 or other bytes decoded by mistake almost never give.
std::optional<QString> decodeShiftJis(const QByteArray &data)
{
    QStringDecoder decoder("CP932");
    if (!decoder.isValid())
        return std::nullopt;
    const QString text = decoder.decode(data);
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter))
        return std::nullopt;
    for (QChar c : text) {
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x30FF)
            return text;
    }
    return std::nullopt;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// 0-3 for the quarters, 4-5 for the halves, 6 for nine months, 7 for the year.
quint64 periodSlot(const FiscalPeriod &period)
{
    switch (period.kind()) {
    case FiscalPeriod::Kind::Quarter:
        return period.index() - 1;
    case FiscalPeriod::Kind::Half:
        return 3 + period.index();
    case FiscalPeriod::Kind::NineMonths:
        return 6;
    case FiscalPeriod::Kind::Year:
        return 7;
    }
    return 0;
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

struct ParsedValue
{
    double value;
    int decimals;
};

// 26441, -0.3, and the negatives of Japanese statements: △1,234, ▲1,234, (1,234).
std::optional<ParsedValue> parseValue(const QString &text)
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
            return ParsedValue {start == 1 ? -magnitude : magnitude,
                                static_cast<int>(fractionDigits)};
        }
    }
    if (const auto match = plain.match(text); match.hasMatch()) {
        if (!fits(match.captured(1), match.captured(2)))
            return std::nullopt;
        return ParsedValue {text.toDouble(), static_cast<int>(match.captured(2).size())};
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
    return ParsedValue {-number.toDouble(), static_cast<int>(fraction.size())};
}

// Whether the bytes read as Japanese in CP932 (kana present), errors aside.
bool looksLikeShiftJis(const QByteArray &data)
{
    QStringDecoder decoder("CP932");
    if (!decoder.isValid())
        return false;
    const QString text = decoder.decode(data);
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x3041 && c.unicode() <= 0x30FF; });
}

// First byte sequence that is not CP932, by line and character column. Lines split
// safely at '\n': it is never the second byte of a CP932 character.
std::optional<Location> findInvalidShiftJis(const QByteArray &data)
{
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QStringDecoder decoder("CP932");
        const QString text = decoder.decode(lines[l]);
        if (!decoder.hasError() && !text.contains(QChar::ReplacementCharacter))
            continue;
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        return Location {static_cast<int>(l) + 1, bad < 0 ? 1 : static_cast<int>(bad) + 1};
    }
    return std::nullopt;
}

// (period, metric, basis, as_of) packed into one number: a figure's identity.
quint64 identityOf(const Fact &fact, QHash<QString, quint64> &metricNumbers)
{
    auto metricNumber = metricNumbers.constFind(fact.metric);
    if (metricNumber == metricNumbers.cend())
        metricNumber = metricNumbers.insert(fact.metric, quint64(metricNumbers.size()));
    const quint64 periodNumber
            = quint64(fact.period.fiscalYear() - 2000) * 8 + periodSlot(fact.period);
    return periodNumber << 52 | *metricNumber << 32 | quint64(fact.basis) << 28
            | quint64(fact.asOf.isValid() ? fact.asOf.toJulianDay() : 0);
}

// Reads the records of text[begin, end), which starts at line `line`, into `result`.
// Duplicates are found through firstLineOf when it is given, and left for the caller
// otherwise.
void readRecords(const QString &text, qsizetype begin, qsizetype end, int line,
                 const QString &fileName, Fact::Origin origin, const QStringList &names,
                 QHash<quint64, int> *firstLineOf, DatasetReader::Result &result)
{
    auto fail = [&](int errorLine, int column, const QString &message) {
        result.errors.append({fileName, errorLine, column, message});
    };
    CsvTokenizer tokenizer(text, fileName, result.errors, begin, end, line);
    const qsizetype fieldCount = names.size();
    const bool hasDate = fieldCount == headerWithDate.size();
    QHash<QString, quint64> metricNumbers;
    // The catalogue's keys, copied for this part: the catalogue's own strings are shared by
    // every thread, and each row taking a reference to them made the threads contend.
    struct KnownMetric
    {
        QString key;
        Dimension dimension;
    };
    QHash<QString, KnownMetric> knownMetrics;

    Record record;
    while (!tokenizer.atEnd() && result.errors.size() < DatasetReader::maxErrors) {
        if (tokenizer.onlyBlankLinesLeft())
            break;
        const qsizetype errorsBefore = result.errors.size();
        if (!tokenizer.next(record)) {
            ++result.records;
            continue;
        }
        ++result.records;
        if (record.fields.size() == 1 && record.fields[0].text.isEmpty()) {
            fail(record.line, 1,
                 DatasetReader::tr("empty line; expected a record with %1 fields").arg(fieldCount));
            continue;
        }
        if (record.fields.size() != fieldCount) {
            fail(record.line,
                 record.fields.size() > fieldCount ? record.fields[fieldCount].column
                                                   : record.endColumn,
                 DatasetReader::tr("%1 fields; expected %2 (%3)")
                         .arg(record.fields.size())
                         .arg(fieldCount)
                         .arg(names.join(QLatin1Char(','))));
            continue;
        }
        bool tooLong = false;
        for (const Field &field : std::as_const(record.fields)) {
            if (field.text.size() > DatasetReader::maxFieldLength) {
                fail(field.line, field.column,
                     DatasetReader::tr("field of %1 characters; expected at most %2")
                             .arg(field.text.size())
                             .arg(DatasetReader::maxFieldLength));
                tooLong = true;
                break;
            }
        }
        if (tooLong)
            continue;

        // Full-width digits and letters, as Japanese spreadsheets write them, become plain
        // ones; the source keeps its text as written.
        for (int i = 0; i < record.fields.size(); ++i) {
            if (i != 5 && !isAscii(record.fields[i].text))
                record.fields[i].text
                        = record.fields[i].text.normalized(QString::NormalizationForm_KC);
        }
        const Field &periodField = record.fields[0];
        const Field &metricField = record.fields[1];
        const Field &valueField = record.fields[2];
        const Field &unitField = record.fields[3];
        const Field &basisField = record.fields[4];
        const Field &sourceField = record.fields[5];

        Fact fact;
        fact.origin = origin;

        const auto period = FiscalPeriod::fromCode(periodField.text);
        if (!period) {
            fail(periodField.line, periodField.column,
                 DatasetReader::tr(
                         "unknown period '%1'; expected a code such as 1Q13, 1H13, 9M13 or FY13")
                         .arg(periodField.text));
        } else {
            fact.period = *period;
        }

        const KnownMetric *metric = nullptr;
        if (const auto known = knownMetrics.constFind(metricField.text);
            known != knownMetrics.cend()) {
            metric = &*known;
        } else if (const auto definition = MetricCatalogue::find(metricField.text)) {
            const QString &key = definition->key;
            metric = &*knownMetrics.insert(
                    key, {QString(key.constData(), key.size()), definition->dimension});
        }
        if (!metric) {
            fail(metricField.line, metricField.column,
                 DatasetReader::tr("unknown metric '%1'; expected a key of the metric catalogue "
                                   "(docs/METRICS.md)")
                         .arg(metricField.text));
        } else {
            fact.metric = metric->key;
        }

        if (const auto number = parseValue(valueField.text)) {
            fact.value = number->value;
            fact.decimals = number->decimals;
        } else {
            fail(valueField.line, valueField.column,
                 DatasetReader::tr(
                         "invalid number '%1'; expected a plain number with '.' as decimal point "
                         "and no grouping, such as 26441 or -0.3 (negatives may also be written "
                         "△1,234, ▲1,234 or (1,234))")
                         .arg(valueField.text));
        }

        const auto unit = Units::fromCode(unitField.text);
        if (!unit) {
            fail(unitField.line, unitField.column,
                 DatasetReader::tr("unknown unit '%1'; expected one of %2")
                         .arg(unitField.text, Units::allCodes().join(QStringLiteral(", "))));
        } else {
            fact.unit = *unit;
            if (metric && !Units::isCompatible(*unit, metric->dimension)) {
                QStringList fitting;
                for (const QString &code : Units::allCodes()) {
                    if (Units::isCompatible(*Units::fromCode(code), metric->dimension))
                        fitting.append(code);
                }
                fail(unitField.line, unitField.column,
                     DatasetReader::tr("unit '%1' does not fit metric '%2'; expected %3")
                             .arg(unitField.text, metric->key,
                                  fitting.join(DatasetReader::tr(" or "))));
            }
        }

        const auto basis = Bases::fromCode(basisField.text);
        if (!basis) {
            fail(basisField.line, basisField.column,
                 DatasetReader::tr("unknown basis '%1'; expected reported, derived or target")
                         .arg(basisField.text));
        } else {
            fact.basis = *basis;
        }

        fact.source = sourceField.text.trimmed();
        if (fact.source.isEmpty()) {
            fail(sourceField.line, sourceField.column,
                 DatasetReader::tr("empty source; expected the document the figure comes from"));
        } else if (basis == Basis::Derived
                   && !fact.source.startsWith(QLatin1String("derived:"), Qt::CaseInsensitive)) {
            fail(sourceField.line, sourceField.column,
                 DatasetReader::tr(
                         "a derived figure's source must say how it was derived; expected it to "
                         "begin with 'derived:'"));
        }

        if (hasDate && !record.fields[6].text.isEmpty()) {
            const Field &dateField = record.fields[6];
            const QDate date = isoDate(dateField.text);
            if (!date.isValid()) {
                fail(dateField.line, dateField.column,
                     DatasetReader::tr("invalid date '%1'; expected an ISO date such as 2013-08-06")
                             .arg(dateField.text));
            } else {
                fact.asOf = date;
            }
        }

        if (result.errors.size() != errorsBefore)
            continue;

        if (!firstLineOf) {
            result.facts.append(fact);
            continue;
        }
        const quint64 identity = identityOf(fact, metricNumbers);
        if (const auto it = firstLineOf->constFind(identity); it != firstLineOf->cend()) {
            fail(record.line, 1,
                 DatasetReader::tr(
                         "duplicate figure: period, metric, basis and as_of repeat line %1; "
                         "expected each figure once")
                         .arg(*it));
            continue;
        }
        firstLineOf->insert(identity, record.line);
        result.facts.append(fact);
    }
}

// Reads a large, clean file on every core: the records are split at line breaks outside
// quotes, worker threads read the parts, and this thread takes them in file order,
// checks them for duplicates and hands them to `sink` (or keeps them in `result`). False
// when the file is small, cannot be split, or has any error: then the caller reads it in
// one pass, which reports errors in file order. `handedOver` counts the figures `sink`
// received.
bool readInParallel(const QString &text, qsizetype begin, int line, const QString &fileName,
                    Fact::Origin origin, const QStringList &names,
                    const DatasetReader::PartSink *sink, DatasetReader::Result &result,
                    qsizetype &handedOver)
{
    constexpr qsizetype minimumPart = 1 << 20;  // characters; below it a thread costs more
    const int cores = std::max(1, QThread::idealThreadCount());
    const qsizetype fitting = (text.size() - begin) / minimumPart;
    // Parts handed over as they are read are smaller, so that the receiver starts early.
    const int parts = static_cast<int>(sink ? std::min<qsizetype>(fitting, 64)
                                            : std::min<qsizetype>(cores, fitting));
    if (parts < 2)
        return false;

    struct Part
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        int line = 0;
        bool done = false;
        DatasetReader::Result result;
    };
    std::vector<Part> split(parts);
    qsizetype position = begin;
    int lineAt = line;
    qsizetype quotes = 0;  // quotes before `position`; even means outside a quoted field
    for (int i = 0; i < parts; ++i) {
        split[i].begin = position;
        split[i].line = lineAt;
        qsizetype end = text.size();
        if (i + 1 < parts) {
            end = std::max(position, begin + (text.size() - begin) * (i + 1) / parts);
            // The next line break after which no quoted field is open.
            for (;;) {
                end = text.indexOf(QLatin1Char('\n'), end);
                if (end < 0)
                    return false;
                ++end;
                const QStringView stretch = QStringView(text).sliced(position, end - position);
                if ((quotes + stretch.count(QLatin1Char('"'))) % 2 == 0)
                    break;
            }
        }
        // One pass over the part for both counts: on one thread, this is the part of
        // reading a large file that no other core helps with.
        for (const QChar c : QStringView(text).sliced(position, end - position)) {
            quotes += c == u'"';
            lineAt += c == u'\n';
        }
        split[i].end = end;
        position = end;
    }

    std::mutex mutex;
    std::condition_variable partDone;
    std::atomic<int> nextPart = 0;
    std::atomic<bool> stop = false;
    std::vector<std::thread> workers;
    // Parts handed over are stored meanwhile on the receiver's thread: leave it a core.
    const int threads = std::min(sink ? std::max(1, cores - 1) : cores, parts);
    for (int w = 0; w < threads; ++w) {
        workers.emplace_back([&] {
            for (int i = nextPart++; i < parts && !stop; i = nextPart++) {
                Part &part = split[i];
                readRecords(text, part.begin, part.end, part.line, fileName, origin, names, nullptr,
                            part.result);
                const std::lock_guard lock(mutex);
                part.done = true;
                partDone.notify_all();
            }
        });
    }
    const auto finish = [&](bool clean) {
        stop = true;
        for (std::thread &worker : workers)
            worker.join();
        return clean;
    };

    QSet<quint64> identities;
    identities.reserve(lineAt - line);  // a record a line
    QHash<QString, quint64> metricNumbers;
    for (Part &part : split) {
        {
            std::unique_lock lock(mutex);
            partDone.wait(lock, [&] { return part.done; });
        }
        if (!part.result.errors.isEmpty())
            return finish(false);
        for (const Fact &fact : std::as_const(part.result.facts)) {
            const quint64 identity = identityOf(fact, metricNumbers);
            if (identities.contains(identity))
                return finish(false);  // the one-pass read names both lines
            identities.insert(identity);
        }
        result.records += part.result.records;
        if (sink) {
            handedOver += part.result.facts.size();
            (*sink)(std::move(part.result.facts));
        } else {
            result.facts.append(std::move(part.result.facts));
        }
        part.result = {};
    }
    return finish(true);
}

}  // namespace

QString DatasetReader::expectedHeader()
{
    return headerWithDate.join(QLatin1Char(','));
}

DatasetReader::Result DatasetReader::readFile(const QString &path, Fact::Origin origin)
{
    return readFileInParts(path, origin, nullptr);
}

DatasetReader::Result DatasetReader::readFile(const QString &path, Fact::Origin origin,
                                              const PartSink &sink)
{
    return readFileInParts(path, origin, &sink);
}

DatasetReader::Result DatasetReader::readFileInParts(const QString &path, Fact::Origin origin,
                                                     const PartSink *sink)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append({path, 0, 0, tr("cannot open the file: %1").arg(file.errorString())});
        return result;
    }
    return readInParts(file.readAll(), name, origin, sink);
}

DatasetReader::Result DatasetReader::read(const QByteArray &input, const QString &fileName,
                                          Fact::Origin origin)
{
    return readInParts(input, fileName, origin, nullptr);
}

DatasetReader::Result DatasetReader::readInParts(const QByteArray &input, const QString &fileName,
                                                 Fact::Origin origin, const PartSink *sink)
{
    Result result;
    auto fail = [&](int line, int column, const QString &message) {
        result.errors.append({fileName, line, column, message});
    };

    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty()) {
        fail(1, 1, tr("the file is empty; expected the header %1").arg(expectedHeader()));
        return result;
    }
    if (const auto nul = data.indexOf('\0'); nul >= 0) {
        const QByteArray before = data.left(nul);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const QString lineText = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1));
        fail(line, static_cast<int>(lineText.size()) + 1,
             tr("NUL character; expected UTF-8 text (is this a spreadsheet or a UTF-16 file?)"));
        return result;
    }
    QString text;
    if (const auto bad = findInvalidUtf8(data)) {
        // Not UTF-8: a spreadsheet saved on Japanese Windows writes Shift_JIS (CP932).
        if (const auto utf8 = firstUtf8Sequence(data)) {
            fail(bad->line, bad->column,
                 tr("mixed encodings: UTF-8 text at line %1 and bytes that are not UTF-8 here; "
                    "expected the whole file in one encoding")
                         .arg(*utf8));
            return result;
        }
        const auto japanese = decodeShiftJis(data);
        if (!japanese && looksLikeShiftJis(data)) {
            const auto where = findInvalidShiftJis(data).value_or(*bad);
            fail(where.line, where.column,
                 tr("byte sequence that is not Shift_JIS (CP932); expected the whole file "
                    "saved as Shift_JIS, or as UTF-8"));
            return result;
        }
        if (!japanese) {
            fail(bad->line, bad->column,
                 tr("byte sequence that is neither UTF-8 nor Shift_JIS text; expected the file "
                    "saved as UTF-8 (or Shift_JIS)"));
            return result;
        }
        text = *japanese;
        result.encoding = QStringLiteral("Shift_JIS (CP932)");
    } else {
        text = QString::fromUtf8(data);
        result.encoding = QStringLiteral("UTF-8");
    }

    CsvTokenizer tokenizer(text, fileName, result.errors);
    Record header;
    if (!tokenizer.next(header))
        return result;
    QStringList names;
    for (const Field &field : std::as_const(header.fields))
        names.append(field.text);
    const bool hasDate = names == headerWithDate;
    if (!hasDate && names != headerWithDate.mid(0, 6)) {
        fail(1, 1,
             tr("unexpected header '%1'; expected %2 (as_of may be left out)")
                     .arg(names.join(QLatin1Char(',')).left(200), expectedHeader()));
        return result;
    }

    const qsizetype bodyBegin = tokenizer.position();
    const int bodyLine = tokenizer.line();
    qsizetype handedOver = 0;
    if (!readInParallel(text, bodyBegin, bodyLine, fileName, origin, names, sink, result,
                        handedOver)) {
        // One pass in file order: what a file with errors needs, so that they come in
        // order and stop at maxErrors.
        result.facts.clear();
        result.errors.clear();
        result.records = 0;
        // Room for a record a line: no rehashing or regrowing on a large file.
        const qsizetype lines = QStringView(text).sliced(bodyBegin).count(QLatin1Char('\n')) + 1;
        result.facts.reserve(lines);
        QHash<quint64, int> firstLineOf;
        firstLineOf.reserve(lines);
        readRecords(text, bodyBegin, text.size(), bodyLine, fileName, origin, names, &firstLineOf,
                    result);
        // Only an error stops the parts; should the one pass see none, the parts handed
        // over cannot be trusted either.
        if (handedOver > 0 && result.errors.isEmpty())
            result.errors.append({fileName, 0, 0,
                                  tr("the file read differently in parts and as a whole; "
                                     "nothing was imported")});
    }

    if (result.errors.size() >= maxErrors) {
        result.errors.resize(maxErrors);
        result.errors.append(
                {fileName, 0, 0, tr("too many errors; stopped after %1").arg(maxErrors)});
    } else if (result.errors.isEmpty() && result.facts.isEmpty() && handedOver == 0) {
        fail(2, 1, tr("no figures after the header; expected at least one record"));
    }
    if (!result.errors.isEmpty())
        result.facts.clear();
    if (sink && !result.facts.isEmpty()) {
        (*sink)(std::move(result.facts));  // a small file, read in one pass
        result.facts = {};
    }
    return result;
}
