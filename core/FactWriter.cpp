#include "FactWriter.h"

#include "DatasetReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// One character, or a surrogate pair, at `i`; *units says how many QChars it takes.
char32_t codePointAt(QStringView text, qsizetype i, qsizetype *units)
{
    *units = 1;
    if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(text[i], text[i + 1]);
    }
    return text[i].unicode();
}

void appendEscape(QString &out, char32_t c)
{
    const auto unit = [&](char16_t u) {
        out += QStringLiteral("\\u")
                + QString::number(uint(u), 16).rightJustified(4, QLatin1Char('0'));
    };
    if (QChar::requiresSurrogates(c)) {
        unit(QChar::highSurrogate(c));
        unit(QChar::lowSurrogate(c));
    } else {
        unit(static_cast<char16_t>(c));
    }
}

// JSON from QJsonDocument, which escapes C0 but writes DEL, C1 and format characters as
// they are. They can only stand inside its strings, where \uXXXX means the same.
QString escapeInJson(const QString &json)
{
    QString out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(json, i, &units);
        if (FactWriter::isEscaped(c))
            appendEscape(out, c);
        else
            out += QStringView(json).sliced(i, units);
        i += units;
    }
    return out;
}

}  // namespace

namespace FactWriter {

bool isEscaped(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:  // one without its pair
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escapeControls(const QString &text)
{
    const auto startsEscape = [&](qsizetype i) {
        if (i >= text.size())
            return false;
        qsizetype units = 1;
        const char32_t c = codePointAt(text, i, &units);
        return c == U'u' || c == U'\\' || isEscaped(c);
    };
    QString out;
    bool changed = false;  // most text has nothing to escape and is returned as it is
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(text, i, &units);
        const bool escape = isEscaped(c);
        const bool doubled = !escape && c == U'\\' && startsEscape(i + units);
        if ((escape || doubled) && !changed) {
            out = text.left(i);
            changed = true;
        }
        if (escape)
            appendEscape(out, c);
        else if (doubled)
            out += QStringLiteral("\\\\");
        else if (changed)
            out += QStringView(text).sliced(i, units);
        i += units;
    }
    return changed ? out : text;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray toCsv(const QList<Fact> &facts)
{
    QString out = DatasetReader::expectedHeader() + QLatin1Char('\n');
    for (const Fact &fact : facts) {
        const QStringList fields
                = {fact.period.code(),      fact.metric, fact.valueText(), Units::code(fact.unit),
                   Bases::code(fact.basis), fact.source, fact.asOfText()};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(escapeControls(field)));
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray toJson(const QList<Fact> &facts)
{
    QJsonArray array;
    for (const Fact &fact : facts) {
        QJsonObject object;
        object.insert(QStringLiteral("period"), fact.period.code());
        object.insert(QStringLiteral("metric"), fact.metric);
        object.insert(QStringLiteral("value"), fact.value);
        object.insert(QStringLiteral("value_text"), fact.valueText());
        if (fact.bound != Fact::Bound::Exact) {
            // A bound: "value" is the bound (a range's lower end), value_text says which.
            object.insert(QStringLiteral("bound"),
                          fact.bound == Fact::Bound::Range ? QStringLiteral("range")
                                                           : fact.boundText());
            if (fact.bound == Fact::Bound::Range)
                object.insert(QStringLiteral("upper"), fact.upper);
        }
        object.insert(QStringLiteral("unit"), Units::code(fact.unit));
        object.insert(QStringLiteral("basis"), Bases::code(fact.basis));
        object.insert(QStringLiteral("source"), fact.source);
        object.insert(QStringLiteral("as_of"),
                      fact.asOf.isValid() ? QJsonValue(fact.asOfText()) : QJsonValue());
        object.insert(QStringLiteral("origin"), Fact::originCode(fact.origin));
        array.append(object);
    }
    return escapeInJson(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)))
            .toUtf8();
}

}  // namespace FactWriter

QString FactWriter::unescapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            if (text[i + 1] == QLatin1Char('\\')) {
                out += QLatin1Char('\\');
                ++i;
                continue;
            }
            bool hex = text[i + 1] == QLatin1Char('u') && i + 6 <= text.size();
            for (qsizetype d = i + 2; hex && d < i + 6; ++d) {
                const char16_t c = text[d].unicode();
                hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
                        || (c >= u'A' && c <= u'F');
            }
            if (hex) {
                out += QChar(char16_t(text.mid(i + 2, 4).toUInt(nullptr, 16)));
                i += 5;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}
