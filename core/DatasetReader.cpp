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
#include <optional>
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
    int column = 0;  // of the opening quote, when quoted
    bool quoted = false;
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
                   && !isLineBreak(m_text[runEnd]))
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
            if (isLineBreak(c)) {
                // Kept as written; LF, CRLF and a lone CR (old Mac files) each end a line.
                value += c;
                ++m_pos;
                if (c == QLatin1Char('\r') && m_pos < m_end && m_text[m_pos] == QLatin1Char('\n')) {
                    value += QLatin1Char('\n');
                    ++m_pos;
                }
                ++m_line;
                m_lineStart = m_pos;
                continue;
            }
            value += c;
            ++m_pos;
        }
        if (!atEnd() && m_text[m_pos] != QLatin1Char(',') && !isLineBreak(m_text[m_pos])) {
            if (m_line != openLine) {
                // Over line ends to a quote with text after it: most likely the opening
                // quote is one too many, so it is reported there.
                error(openLine, openColumn,
                      DatasetReader::tr("quoted field is not closed on its line; expected a "
                                        "closing quote (read on, the field would end at line "
                                        "%1 with text after its quote)")
                              .arg(m_line));
            } else {
                error(m_line, column(),
                      DatasetReader::tr("unexpected character after a closing quote; expected a "
                                        "comma or the end of the line"));
            }
            skipRestOfLine();
            return false;
        }
        field.text = value;
        field.quoted = true;
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

bool isLineEnd(const QByteArray &data, qsizetype i)
{
    return data[i] == '\n' || (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n'));
}

// The line and character column (UTF-16 units, as the tokenizer counts) of data[offset]:
// LF, CRLF and a lone CR each end a line. Neither '\r' nor '\n' is ever part of a
// multi-byte character in UTF-8 or CP932, so lines are found in the bytes.
Location locate(const QByteArray &data, qsizetype offset, bool cp932)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (isLineEnd(data, i)) {
            ++line;
            lineStart = i + 1;
        }
    }
    const QByteArray before = data.sliced(lineStart, offset - lineStart);
    qsizetype column = 0;
    if (cp932) {
        QStringDecoder decoder("CP932");
        column = QString(decoder.decode(before)).size();
    } else {
        column = QString::fromUtf8(before).size();  // a byte that is not UTF-8 counts one
    }
    return {line, static_cast<int>(column) + 1};
}

bool hasNonAscii(const QByteArray &data)
{
    return std::any_of(data.cbegin(), data.cend(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

struct Utf8Scan
{
    std::optional<qsizetype> firstInvalid;  // offset of the first byte that is not UTF-8
    std::optional<qsizetype> firstSequence;  // of the first three- or four-byte character
    qsizetype sequences = 0;  // three- and four-byte characters
    qsizetype invalid = 0;  // bytes where no UTF-8 character starts
};

// Checks the bytes as UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF), to the end or (`whole` false) to the first byte that is not UTF-8.
// Two-byte characters are not counted: Shift_JIS half-width katakana form them by chance.
Utf8Scan scanUtf8(const QByteArray &data, bool whole)
{
    Utf8Scan scan;
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(data[i]); };
    for (qsizetype i = 0; i < data.size();) {
        const unsigned char lead = byteAt(i);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t code = 0;
        if ((lead & 0xE0) == 0xC0) {
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
        }
        bool valid = length > 0 && i + length <= data.size();
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char next = byteAt(i + k);
            valid = (next & 0xC0) == 0x80;
            code = (code << 6) | (next & 0x3F);
        }
        valid = valid && code >= minimum && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
        if (!valid) {
            if (!scan.firstInvalid)
                scan.firstInvalid = i;
            ++scan.invalid;
            if (!whole)
                return scan;
            ++i;
            continue;
        }
        if (length >= 3) {
            if (!scan.firstSequence)
                scan.firstSequence = i;
            ++scan.sequences;
        }
        i += length;
    }
    return scan;
}

// C1 controls, which no field takes: UTF-8 that holds them could never be read without
// error, but Shift_JIS bytes give them (ﾂア in CP932 is C2 83 41, "\u0083A" in UTF-8).
bool hasC1Controls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x80 && c.unicode() <= 0x9F; });
}

bool isCp932Lead(unsigned char byte)
{
    return (byte >= 0x81 && byte <= 0x9F) || (byte >= 0xE0 && byte <= 0xFC);
}

// Whether the bytes end inside a two-byte character, which the decoder lets pass.
bool endsInsideCp932Character(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size())
        i += isCp932Lead(static_cast<unsigned char>(bytes[i])) ? 2 : 1;
    return i > bytes.size();
}

// The bytes as CP932, strictly: nullopt if any byte sequence is not CP932.
std::optional<QString> decodeCp932(QByteArrayView bytes)
{
    QStringDecoder decoder("CP932");
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter)
        || endsInsideCp932Character(bytes))
        return std::nullopt;
    return text;
}

// Offset of the first byte sequence that is not CP932, in bytes that do not decode.
qsizetype findInvalidCp932(const QByteArray &data)
{
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i < data.size() && data[i] != '\n' && data[i] != '\r')
            continue;
        const QByteArrayView line = QByteArrayView(data).sliced(lineStart, i - lineStart);
        if (!decodeCp932(line)) {
            // One character at a time, in this line only.
            for (qsizetype k = 0; k < line.size();) {
                const qsizetype length = isCp932Lead(static_cast<unsigned char>(line[k])) ? 2 : 1;
                if (k + length > line.size() || !decodeCp932(line.sliced(k, length)))
                    return lineStart + k;
                k += length;
            }
            return lineStart;
        }
        lineStart = i + 1;
    }
    return 0;
}

// Where bytes that decode as CP932 read as no Japanese text would: a user-defined
// character (F040-F9FC), or a character of the rarely used rows (lead byte E0-FC) whose
// second byte is an ASCII letter, right after an ASCII letter. That is what an accented
// letter inside a word of a Latin-1 or Windows-1252 file becomes: "r\xE9sultats" reads
// "r駸ultats".
std::optional<qsizetype> implausibleCp932(const QByteArray &data)
{
    const auto isLetter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    for (qsizetype i = 0; i + 1 < data.size();) {
        const auto lead = static_cast<unsigned char>(data[i]);
        if (!isCp932Lead(lead)) {
            ++i;
            continue;
        }
        if (lead >= 0xF0 && lead <= 0xF9)
            return i;
        if (lead >= 0xE0 && isLetter(data[i + 1]) && i > 0 && isLetter(data[i - 1]))
            return i;
        i += 2;
    }
    return std::nullopt;
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

// The text of the file, decoded as `encoding` asks; nullopt with the error in `errors`.
std::optional<QString> decodeText(const QByteArray &input, DatasetReader::Encoding encoding,
                                  const QString &fileName, QList<DatasetError> &errors,
                                  QString &encodingName)
{
    using Encoding = DatasetReader::Encoding;
    const auto fail = [&](Location at, const QString &message) {
        errors.append({fileName, at.line, at.column, message});
        return std::nullopt;
    };
    const QString utf8 = QStringLiteral("UTF-8");
    const QString shiftJis = QStringLiteral("Shift_JIS (CP932)");

    QByteArray data = input;
    // A byte order mark says UTF-8; as Shift_JIS it is an error like any other.
    const bool bom = encoding != Encoding::ShiftJis && data.startsWith("\xEF\xBB\xBF");
    if (bom)
        data.remove(0, 3);
    if (data.trimmed().isEmpty()) {
        return fail({1, 1},
                    DatasetReader::tr("the file is empty; expected the header %1")
                            .arg(DatasetReader::expectedHeader()));
    }
    if (const auto nul = data.indexOf('\0'); nul >= 0) {
        return fail(locate(data, nul, encoding == Encoding::ShiftJis),
                    DatasetReader::tr("NUL character; expected UTF-8 text (is this a spreadsheet "
                                      "or a UTF-16 file?)"));
    }

    if (encoding == Encoding::ShiftJis) {
        auto text = decodeCp932(data);
        if (!text) {
            return fail(locate(data, findInvalidCp932(data), true),
                        DatasetReader::tr("byte sequence that is not Shift_JIS (CP932); expected "
                                          "the whole file saved as Shift_JIS, or as UTF-8"));
        }
        encodingName = shiftJis;
        return text;
    }
    if (!hasNonAscii(data)) {
        encodingName = utf8;
        return QString::fromLatin1(data);
    }
    if (encoding == Encoding::Utf8 || bom) {
        if (const auto bad = scanUtf8(data, false).firstInvalid) {
            return fail(locate(data, *bad, false),
                        DatasetReader::tr("byte sequence that is not UTF-8; expected the whole "
                                          "file saved as UTF-8, as its byte order mark or the "
                                          "encoding asked for says"));
        }
        encodingName = utf8;
        return QString::fromUtf8(data);
    }

    const Utf8Scan scan = scanUtf8(data, true);
    if (!scan.firstInvalid) {
        QString text = QString::fromUtf8(data);
        // Bytes valid as both are UTF-8, as irdash writes its files: 續キ in CP932 is also
        // the UTF-8 of "㔃L", and a file holding 㔃 must read back as written. Only where
        // the UTF-8 could not be read at all is it taken for Shift_JIS.
        if (hasC1Controls(text) && !implausibleCp932(data)) {
            if (auto japanese = decodeCp932(data)) {
                encodingName = shiftJis;
                return japanese;
            }
        }
        encodingName = utf8;
        return text;
    }
    // Mostly UTF-8, with a few bytes that are not: no Shift_JIS text looks like that (its
    // bytes form a three-byte UTF-8 character by chance now and then, among many that do
    // not), but a UTF-8 file with a stray Latin-1 character does.
    if (scan.sequences >= 2 && scan.sequences >= 2 * scan.invalid) {
        return fail(locate(data, *scan.firstInvalid, false),
                    DatasetReader::tr("mixed encodings: UTF-8 text at line %1 and bytes that are "
                                      "not UTF-8 here; expected the whole file in one encoding")
                            .arg(locate(data, *scan.firstSequence, false).line));
    }
    // Not UTF-8: a spreadsheet saved on Japanese Windows writes Shift_JIS (CP932).
    if (auto japanese = decodeCp932(data)) {
        if (const auto odd = implausibleCp932(data)) {
            const qsizetype length = 2;  // implausibleCp932 names a two-byte character
            const QString character = decodeCp932(data.sliced(*odd, length))
                                              .value_or(QString(QChar::ReplacementCharacter));
            return fail(locate(data, *odd, true),
                        DatasetReader::tr(
                                "byte sequence that is neither UTF-8 nor Shift_JIS text: as "
                                "Shift_JIS, bytes %1 would read %2, which Japanese text does not "
                                "hold there (is the file Latin-1 or Windows-1252?); expected the "
                                "file saved as UTF-8, or Shift_JIS named as its encoding")
                                .arg(QString::fromLatin1(
                                             data.sliced(*odd, length).toHex(' ').toUpper()),
                                     describeCharacter(character, 0)));
        }
        encodingName = shiftJis;
        return japanese;
    }
    if (looksLikeShiftJis(data)) {
        return fail(locate(data, findInvalidCp932(data), true),
                    DatasetReader::tr("byte sequence that is not Shift_JIS (CP932); expected the "
                                      "whole file saved as Shift_JIS, or as UTF-8"));
    }
    return fail(locate(data, *scan.firstInvalid, false),
                DatasetReader::tr("byte sequence that is neither UTF-8 nor Shift_JIS text; "
                                  "expected the file saved as UTF-8 (or Shift_JIS)"));
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

// Where field.text[index] stands in the file: a quoted field's text starts after its
// quote, and each doubled quote inside it takes two columns.
Location positionIn(const Field &field, qsizetype index)
{
    int line = field.line;
    int column = field.column + (field.quoted ? 1 : 0);
    for (qsizetype i = 0; i < index; ++i) {
        const QChar c = field.text[i];
        if (c == QLatin1Char('\n')
            || (c == QLatin1Char('\r')
                && (i + 1 >= field.text.size() || field.text[i + 1] != QLatin1Char('\n')))) {
            ++line;
            column = 1;
        } else {
            column += field.quoted && c == QLatin1Char('"') ? 2 : 1;
        }
    }
    return {line, column};
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

// Characters a source may not hold, as they hide or reorder what is shown beside them:
// controls other than tab (C0, DEL, C1) and the bidirectional embeddings, overrides and
// isolates.
std::optional<qsizetype> firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        // A tab, and a line break inside a quoted field (a spreadsheet's Alt+Enter), are text.
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F)
            || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069))
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

// What every part of one read shares.
struct ReadContext
{
    const QString &text;
    const QString &fileName;
    Fact::Origin origin;
    const QStringList &names;
    QDate latestAsOf;  // ten years from the day the read began
};

const QDate earliestAsOf(1900, 1, 1);

// Reads the records of text[begin, end), which starts at line `line`, into `result`.
// Duplicates are found through firstLineOf when it is given, and left for the caller
// otherwise.
void readRecords(const ReadContext &context, qsizetype begin, qsizetype end, int line,
                 QHash<quint64, int> *firstLineOf, DatasetReader::Result &result)
{
    auto fail = [&](int errorLine, int column, const QString &message) {
        result.errors.append({context.fileName, errorLine, column, message});
    };
    auto failAt = [&](Location at, const QString &message) { fail(at.line, at.column, message); };
    const QStringList &names = context.names;
    CsvTokenizer tokenizer(context.text, context.fileName, result.errors, begin, end, line);
    const qsizetype fieldCount = names.size();
    const bool hasDate = fieldCount == headerWithDate.size();
    // Blank lines are allowed after the last record only: a part that ends before the end
    // of the file has none to skip.
    const bool toEndOfFile = end == context.text.size();
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
        if (toEndOfFile && tokenizer.onlyBlankLinesLeft())
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

        // A field with a character it does not take is reported there, and not read.
        bool readable[7] = {true, true, true, true, true, true, true};
        for (int i = 0; i < record.fields.size(); ++i) {
            if (i == 5)
                continue;
            Field &field = record.fields[i];
            const bool value = i == 2;
            const auto refused = foldFullWidth(field.text, value);
            if (!refused)
                continue;
            readable[i] = false;
            const QString character = describeCharacter(field.text, *refused);
            failAt(positionIn(field, *refused),
                   value ? DatasetReader::tr(
                                   "unexpected character %1 in the value; expected a number in "
                                   "ASCII or full-width digits (a negative may also be written "
                                   "with △, ▲ or parentheses); superscript, circled, "
                                   "mathematical and other look-alike digits are not read as "
                                   "digits")
                                   .arg(character)
                         : DatasetReader::tr(
                                   "unexpected character %1 in the %2 field; expected ASCII or "
                                   "full-width letters, digits and signs (superscripts, circled "
                                   "or mathematical digits, ligatures and other look-alikes are "
                                   "not read as them)")
                                   .arg(character, names[i]));
        }
        const Field &periodField = record.fields[0];
        const Field &metricField = record.fields[1];
        const Field &valueField = record.fields[2];
        const Field &unitField = record.fields[3];
        const Field &basisField = record.fields[4];
        const Field &sourceField = record.fields[5];

        Fact fact;
        fact.origin = context.origin;

        if (readable[0]) {
            if (const auto period = FiscalPeriod::fromCode(periodField.text)) {
                fact.period = *period;
            } else {
                fail(periodField.line, periodField.column,
                     DatasetReader::tr("unknown period '%1'; expected a code such as 1Q13, 1H13, "
                                       "9M13 or FY13")
                             .arg(periodField.text));
            }
        }

        const KnownMetric *metric = nullptr;
        if (readable[1]) {
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
                     DatasetReader::tr("unknown metric '%1'; expected a key of the metric "
                                       "catalogue (docs/METRICS.md)")
                             .arg(metricField.text));
            } else {
                fact.metric = metric->key;
            }
        }

        if (readable[2]) {
            // A bound: ">10" (over 10), "<5" (under 5), "985~1005" (a range); the numbers
            // themselves as any value.
            QString valueText = valueField.text;
            QString upperText;
            if (valueText.startsWith(QLatin1Char('>'))) {
                fact.bound = Fact::Bound::AtLeast;
                valueText.remove(0, 1);
            } else if (valueText.startsWith(QLatin1Char('<'))) {
                fact.bound = Fact::Bound::AtMost;
                valueText.remove(0, 1);
            } else if (const qsizetype tilde = valueText.indexOf(QLatin1Char('~')); tilde > 0) {
                fact.bound = Fact::Bound::Range;
                upperText = valueText.mid(tilde + 1);
                valueText.truncate(tilde);
            }
            const auto number = parseValue(valueText);
            const auto upper = upperText.isEmpty() ? number : parseValue(upperText);
            if (number && upper && fact.bound == Fact::Bound::Range
                && (upper->decimals != number->decimals || upper->value <= number->value)) {
                fail(valueField.line, valueField.column,
                     DatasetReader::tr("invalid range '%1'; expected a lower and a higher number "
                                       "with the same decimals, such as 985~1005")
                             .arg(valueField.text));
            } else if (number && upper) {
                fact.value = number->value;
                fact.decimals = number->decimals;
                fact.upper = fact.bound == Fact::Bound::Range ? upper->value : 0.0;
            } else {
                fail(valueField.line, valueField.column,
                     DatasetReader::tr("invalid number '%1'; expected a plain number with '.' as "
                                       "decimal point and no grouping, such as 26441 or -0.3 "
                                       "(negatives may also be written △1,234, ▲1,234 or "
                                       "(1,234))")
                             .arg(valueField.text));
            }
        }

        if (readable[3]) {
            const auto unit = Units::fromCode(unitField.text);
            if (!unit) {
                fail(unitField.line, unitField.column,
                     DatasetReader::tr("unknown unit '%1'; expected one of %2")
                             .arg(unitField.text, Units::allCodes().join(QStringLiteral(", "))));
            } else {
                fact.unit = *unit;
                const Currency currency = Units::currencyOf(*unit);
                if (currency != Currency::None && currency != Units::reportingCurrency()) {
                    fail(unitField.line, unitField.column,
                         DatasetReader::tr("unit '%1' is in %2, but the company reports in %3; "
                                           "expected a unit in %3")
                                 .arg(unitField.text, Units::currencyCode(currency),
                                      Units::currencyCode(Units::reportingCurrency())));
                } else if (metric && !Units::isCompatible(*unit, metric->dimension)) {
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
        }

        std::optional<Basis> basis;
        if (readable[4]) {
            basis = Bases::fromCode(basisField.text);
            if (!basis) {
                fail(basisField.line, basisField.column,
                     DatasetReader::tr("unknown basis '%1'; expected reported, derived or target")
                             .arg(basisField.text));
            } else {
                fact.basis = *basis;
                if (*basis != Basis::Target && fact.bound != Fact::Bound::Exact)
                    fail(valueField.line, valueField.column,
                         DatasetReader::tr("a bound ('%1') is for a target; expected a plain "
                                           "number for a figure that is %2")
                                 .arg(valueField.text, basisField.text));
            }
        }

        // The source keeps its characters as written, but none that hide or reorder text.
        if (const auto control = firstControl(sourceField.text)) {
            const QChar c = sourceField.text[*control];
            failAt(positionIn(sourceField, *control),
                   DatasetReader::tr("control character %1 in the source; expected text without "
                                     "control or bidirectional formatting characters (a tab or a "
                                     "line break is allowed)")
                           .arg(describeCharacter(sourceField.text, *control)));
        } else if (isBlank(sourceField.text)) {
            fail(sourceField.line, sourceField.column,
                 DatasetReader::tr("empty source; expected the document the figure comes from"));
        } else {
            fact.source = sourceField.text.trimmed();
            if (basis == Basis::Derived
                && !fact.source.startsWith(QLatin1String("derived:"), Qt::CaseInsensitive)) {
                fail(sourceField.line, sourceField.column,
                     DatasetReader::tr("a derived figure's source must say how it was derived; "
                                       "expected it to begin with 'derived:'"));
            }
        }

        if (hasDate && readable[6] && !record.fields[6].text.isEmpty()) {
            const Field &dateField = record.fields[6];
            const QDate date = isoDate(dateField.text);
            if (!date.isValid()) {
                fail(dateField.line, dateField.column,
                     DatasetReader::tr("invalid date '%1'; expected an ISO date such as 2013-08-06")
                             .arg(dateField.text));
            } else if (date < earliestAsOf || date > context.latestAsOf) {
                fail(dateField.line, dateField.column,
                     DatasetReader::tr("date '%1' out of range; expected an as_of from 1900-01-01 "
                                       "to %2 (ten years from today)")
                             .arg(dateField.text, context.latestAsOf.toString(Qt::ISODate)));
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

constexpr qsizetype defaultMinimumPart = 1 << 20;  // characters; below it a thread costs more
std::atomic<qsizetype> minimumPart = defaultMinimumPart;

// Reads a large, clean file on every core: the records are split at line breaks outside
// quotes, worker threads read the parts, and this thread takes them in file order,
// checks them for duplicates and hands them to `sink` (or keeps them in `result`). False
// when the file is small, cannot be split, or has any error: then the caller reads it in
// one pass, which reports errors in file order. `handedOver` counts the figures `sink`
// received.
bool readInParallel(const ReadContext &context, qsizetype begin, int line,
                    const DatasetReader::PartSink *sink, DatasetReader::Result &result,
                    qsizetype &handedOver)
{
    const QString &text = context.text;
    const qsizetype size = text.size();
    const int cores = std::max(1, QThread::idealThreadCount());
    const qsizetype fitting = (size - begin) / minimumPart.load();
    // Parts handed over as they are read are smaller, so that the receiver starts early.
    const int planned = static_cast<int>(sink ? std::min<qsizetype>(fitting, 64)
                                              : std::min<qsizetype>(cores, fitting));
    if (planned < 2)
        return false;

    struct Part
    {
        Part(qsizetype from, qsizetype to, int firstLine)
            : begin(from), end(to), line(firstLine) { }

        qsizetype begin;
        qsizetype end;
        int line;
        bool done = false;
        DatasetReader::Result result;
    };
    // One pass over the text for the quotes and the line ends, the quote state carried
    // from part to part: each part ends at the first line end past its share where no
    // quoted field is open. A stray quote leaves no such line end after it, and so fewer
    // parts (or one: then the file is read in one pass). On one thread, this is the part
    // of reading a large file that no other core helps with.
    std::vector<Part> split;
    split.reserve(planned);
    split.emplace_back(begin, size, line);
    qsizetype share = begin + (size - begin) / planned;
    bool quoted = false;
    int lineAt = line;
    const QChar *const chars = text.constData();
    for (qsizetype i = begin; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (c > u'"')
            continue;
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        // LF, CRLF (at its LF) and a lone CR end a line, as in the tokenizer.
        if (c != u'\n' && (c != u'\r' || (i + 1 < size && chars[i + 1] == u'\n')))
            continue;
        ++lineAt;
        if (!quoted && i + 1 >= share && i + 1 < size && static_cast<int>(split.size()) < planned) {
            split.back().end = i + 1;
            split.emplace_back(i + 1, size, lineAt);
            share = begin + (size - begin) * static_cast<qsizetype>(split.size()) / planned;
        }
    }
    const int parts = static_cast<int>(split.size());
    if (parts < 2)
        return false;

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
                readRecords(context, part.begin, part.end, part.line, nullptr, part.result);
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

void DatasetReader::setMinimumPartSize(qsizetype characters)
{
    minimumPart = characters > 0 ? characters : defaultMinimumPart;
}

qsizetype DatasetReader::minimumPartSize()
{
    return minimumPart;
}

std::optional<DatasetReader::Encoding> DatasetReader::encodingFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("shift_jis") || key == QLatin1String("shift-jis")
        || key == QLatin1String("sjis") || key == QLatin1String("cp932")
        || key == QLatin1String("windows-31j"))
        return Encoding::ShiftJis;
    return std::nullopt;
}

DatasetReader::Result DatasetReader::readFile(const QString &path, Fact::Origin origin,
                                              Encoding encoding)
{
    return readFileInParts(path, origin, nullptr, encoding);
}

DatasetReader::Result DatasetReader::readFile(const QString &path, Fact::Origin origin,
                                              const PartSink &sink, Encoding encoding)
{
    return readFileInParts(path, origin, &sink, encoding);
}

DatasetReader::Result DatasetReader::readFileInParts(const QString &path, Fact::Origin origin,
                                                     const PartSink *sink, Encoding encoding)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append({path, 0, 0, tr("cannot open the file: %1").arg(file.errorString())});
        return result;
    }
    return readInParts(file.readAll(), name, origin, sink, encoding);
}

DatasetReader::Result DatasetReader::read(const QByteArray &input, const QString &fileName,
                                          Fact::Origin origin, Encoding encoding)
{
    return readInParts(input, fileName, origin, nullptr, encoding);
}

DatasetReader::Result DatasetReader::read(const QByteArray &input, const QString &fileName,
                                          Fact::Origin origin, const PartSink &sink,
                                          Encoding encoding)
{
    return readInParts(input, fileName, origin, &sink, encoding);
}

DatasetReader::Result DatasetReader::readInParts(const QByteArray &input, const QString &fileName,
                                                 Fact::Origin origin, const PartSink *sink,
                                                 Encoding encoding)
{
    Result result;
    auto fail = [&](int line, int column, const QString &message) {
        result.errors.append({fileName, line, column, message});
    };

    const auto decoded = decodeText(input, encoding, fileName, result.errors, result.encoding);
    if (!decoded)
        return result;
    const QString &text = *decoded;

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

    const ReadContext context {text, fileName, origin, names, QDate::currentDate().addYears(10)};
    const qsizetype bodyBegin = tokenizer.position();
    const int bodyLine = tokenizer.line();
    qsizetype handedOver = 0;
    if (!readInParallel(context, bodyBegin, bodyLine, sink, result, handedOver)) {
        // One pass in file order: what a file with errors needs, so that they come in
        // order and stop at maxErrors.
        result.facts.clear();
        result.errors.clear();
        result.records = 0;
        // Room for a record a line: no rehashing or regrowing on a large file.
        const QStringView body = QStringView(text).sliced(bodyBegin);
        const qsizetype lines
                = std::max(body.count(QLatin1Char('\n')), body.count(QLatin1Char('\r'))) + 1;
        result.facts.reserve(lines);
        QHash<quint64, int> firstLineOf;
        firstLineOf.reserve(lines);
        readRecords(context, bodyBegin, text.size(), bodyLine, &firstLineOf, result);
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
