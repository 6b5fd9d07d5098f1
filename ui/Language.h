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
// so kanji take Japanese glyph shapes); empty for the application font, which is also
// what Japanese gets where that font is not installed (the package only recommends
// fonts-noto-cjk): then one line on stderr says which font the charts use.
QString chartFontFamily(const QString &code);

// Where the catalogue irdash_<code>.qm is looked for, first to last: beside the binary
// (<bin>/../share/irdash/translations, so a moved install finds its own), the install
// prefix's, and the copy compiled into the binary (:/i18n), which is always there.
QStringList catalogueDirectories();
// The file the last apply() loaded the application catalogue from; empty for English.
QString catalogueFile();

}  // namespace Language
