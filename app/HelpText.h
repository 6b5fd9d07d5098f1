#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <utility>

// Lays out `--help` as GNU programs do, and as help2man reads it: paragraphs wrapped at 79
// columns, and tables of options or commands with their descriptions in a column of their
// own. Widths are counted as a terminal shows them (a kanji takes two columns), so the
// Japanese help lines up as the English does.
class HelpText final
{
public:
    static constexpr int width = 79;

    // The columns `text` takes on a terminal: two for an East Asian wide character.
    static int columns(const QString &text);
    // `text` broken into lines of at most `width` columns, each but the first after `indent`
    // spaces; a line breaks at a space, or between two wide characters (never before 、 or 。
    // and their kind). Line breaks in `text` are kept.
    static QString wrap(const QString &text, int indent = 0, int firstColumn = 0);
    // Each row as "  NAME  DESCRIPTION", the descriptions aligned and wrapped, one line each.
    static QString table(const QList<std::pair<QString, QString>> &rows);
    // The options' rows for table(): "-o, --output <path>" and the description; those hidden
    // from help are left out.
    static QList<std::pair<QString, QString>> rows(const QList<QCommandLineOption> &options);
};
