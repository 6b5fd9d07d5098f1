#include "DatasetReader.h"

#include "DatasetFields.h"
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
                                     DatasetFields::describeCharacter(character, 0)));
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

// What every part of one read shares.
struct ReadContext
{
    const QString &text;
    const QString &fileName;
    Fact::Origin origin;
    const QStringList &names;
    QDate latestAsOf;  // ten years from the day the read began
};

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
            const auto refused = DatasetFields::foldFullWidth(field.text, value);
            if (!refused)
                continue;
            readable[i] = false;
            failAt(positionIn(field, *refused),
                   DatasetFields::refusedCharacter(field.text, *refused, names[i], value));
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
            if (const auto problem = DatasetFields::checkPeriod(periodField.text, fact.period))
                fail(periodField.line, periodField.column, *problem);
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
                     DatasetFields::unknownMetric(metricField.text));
            } else {
                fact.metric = metric->key;
            }
        }

        if (readable[2]) {
            if (const auto problem = DatasetFields::checkValue(valueField.text, fact))
                fail(valueField.line, valueField.column, *problem);
        }

        if (readable[3]) {
            auto problem = DatasetFields::checkUnit(unitField.text, fact.unit);
            if (!problem && metric)
                problem = DatasetFields::checkUnitFits(fact.unit, unitField.text, metric->key,
                                                       metric->dimension);
            if (problem)
                fail(unitField.line, unitField.column, *problem);
        }

        std::optional<Basis> basis;
        if (readable[4]) {
            if (const auto problem = DatasetFields::checkBasis(basisField.text, fact.basis)) {
                fail(basisField.line, basisField.column, *problem);
            } else {
                basis = fact.basis;
                if (const auto bound
                    = DatasetFields::checkBoundBasis(fact, valueField.text, basisField.text))
                    fail(valueField.line, valueField.column, *bound);
            }
        }

        qsizetype at = -1;
        if (const auto problem
            = DatasetFields::checkSource(sourceField.text, basis, fact.source, at)) {
            if (at >= 0)
                failAt(positionIn(sourceField, at), *problem);
            else
                fail(sourceField.line, sourceField.column, *problem);
        }

        if (hasDate && readable[6] && !record.fields[6].text.isEmpty()) {
            const Field &dateField = record.fields[6];
            if (const auto problem
                = DatasetFields::checkAsOf(dateField.text, context.latestAsOf, fact.asOf))
                fail(dateField.line, dateField.column, *problem);
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

std::optional<QString> DatasetReader::decode(const QByteArray &data, Encoding encoding,
                                             const QString &fileName, QList<DatasetError> &errors,
                                             QString &encodingName)
{
    return decodeText(data, encoding, fileName, errors, encodingName);
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

    const ReadContext context {text, fileName, origin, names, DatasetFields::latestAsOf()};
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
