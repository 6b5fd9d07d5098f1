#pragma once

#include "Fact.h"

#include <QByteArray>
#include <QList>

// Writes facts in the interchange format (CSV) or as JSON, as `irdash data` prints them.
// Neither ever holds a raw control character (see escapeControls): a source may have come
// from any file, and the output is read on terminals.
namespace FactWriter {

QByteArray toCsv(const QList<Fact> &facts);
QByteArray toJson(const QList<Fact> &facts);
// RFC 4180 quoting of one field.
QString csvField(const QString &text);

// Whether a character is written escaped: a control character (C0 but line feed and tab,
// DEL, C1) or an invisible format or separator character (bidirectional overrides such as
// U+202E, zero-width ones, U+2028). On a terminal they ring, recolour, move the cursor or
// reorder the text shown; in a source they are never wanted.
bool isEscaped(char32_t c);
// `text` with every such character as \u and four hex digits (\u001b), as JSON writes it
// (a surrogate pair above U+FFFF), and a backslash doubled where it would otherwise read
// as part of an escape: before a 'u' or another backslash, as written. Text without
// either is returned as it is. What `data` writes in CSV and irdash prints on stderr.
QString escapeControls(const QString &text);
// The inverse of escapeControls, as the README describes the escapes: \\ is a backslash,
// \uXXXX a UTF-16 unit, anything else as written.
QString unescapeControls(const QString &text);

}  // namespace FactWriter
