#include "HelpText.h"

#include <QStringList>

#include <algorithm>

namespace {

// A name column wider than this puts its description on the next line.
constexpr int maxNameColumns = 28;

bool isWide(char32_t c)
{
    // Unicode's East Asian Wide and Fullwidth blocks, as terminals draw them.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
            || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
            || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Closing marks that may not begin a line (Japanese line breaking, kinsoku).
bool mayNotBeginLine(char32_t c)
{
    return QStringView(u"、。，．）」』】〕！？：；ー").contains(QChar(c)) || c == u')' || c == u','
            || c == u'.';
}

// Opening marks that may not end a line.
bool mayNotEndLine(char32_t c)
{
    return QStringView(u"（「『【〔").contains(QChar(c)) || c == u'(';
}

int columnsOf(char32_t c)
{
    return isWide(c) ? 2 : 1;
}

// One paragraph (no line breaks) as lines; the first starts at `firstColumn`.
QStringList wrapLine(const QList<uint> &text, int indent, int firstColumn)
{
    QStringList lines;
    QString line;
    int column = firstColumn;
    qsizetype lineStart = 0;  // where `line` begins in `text`
    qsizetype breakAt = -1;  // the last place in `text` the line may break
    auto toString = [&](qsizetype from, qsizetype to) {
        QString piece;
        for (qsizetype i = from; i < to; ++i)
            piece += QString::fromUcs4(reinterpret_cast<const char32_t *>(&text[i]), 1);
        return piece;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c == u' ')
            breakAt = i;
        else if (i > lineStart && (isWide(c) || isWide(text[i - 1])) && !mayNotBeginLine(c)
                 && !mayNotEndLine(text[i - 1]) && text[i - 1] != u' ')
            breakAt = i;
        column += columnsOf(c);
        if (column > HelpText::width && breakAt > lineStart) {
            lines.append(toString(lineStart, breakAt));
            lineStart = text[breakAt] == u' ' ? breakAt + 1 : breakAt;
            column = indent;
            for (qsizetype j = lineStart; j <= i; ++j)
                column += columnsOf(text[j]);
            breakAt = -1;
        }
    }
    lines.append(toString(lineStart, text.size()));
    return lines;
}

}  // namespace

int HelpText::columns(const QString &text)
{
    int total = 0;
    for (const uint c : text.toUcs4())
        total += columnsOf(c);
    return total;
}

QString HelpText::wrap(const QString &text, int indent, int firstColumn)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n')))
        lines += wrapLine(paragraph.toUcs4(), indent, firstColumn);
    return lines.join(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
}

QString HelpText::table(const QList<std::pair<QString, QString>> &rows)
{
    int nameColumns = 0;
    for (const auto &[name, description] : rows) {
        if (columns(name) <= maxNameColumns)
            nameColumns = std::max(nameColumns, columns(name));
    }
    const int indent = 2 + nameColumns + 2;
    QString text;
    for (const auto &[name, description] : rows) {
        text += QStringLiteral("  ") + name;
        const int used = 2 + columns(name);
        if (used + 2 > indent) {
            text += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
        } else {
            text += QString(indent - used, QLatin1Char(' '));
        }
        text += wrap(description, indent, indent) + QLatin1Char('\n');
    }
    return text;
}

QList<std::pair<QString, QString>> HelpText::rows(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString spelled = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            spelled += QStringLiteral(" <") + option.valueName() + QLatin1Char('>');
        rows.append({spelled, option.description()});
    }
    return rows;
}
