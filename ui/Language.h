#pragma once

#include <QString>
#include <QStringList>

// The user-interface language: English (the source language) or Japanese, with Qt's
// own strings from qtbase_ja.qm and number formats from the matching QLocale. The
// catalogues are core's Translator (the headless commands use it alone); this adds what
// widgets need.
namespace Language {

QStringList codes();  // "en", "ja"
bool isSupported(const QString &code);
// The language to start in: en or ja by the system locale.
QString systemDefault();
QString current();
// Installs the translators and the default locale for `code` (Translator::install) and the
// application font for its script; the application sends LanguageChange to every widget.
// Returns false for an unknown code.
bool apply(const QString &code);
// The font family for chart text in this language (Noto Sans CJK JP for Japanese,
// so kanji take Japanese glyph shapes); empty for the application font.
QString chartFontFamily(const QString &code);

}  // namespace Language
