#pragma once

#include <QString>
#include <QStringList>

// The message catalogues of a language, installed on the running QCoreApplication: irdash's
// own (the installed irdash_<code>.qm, else the copy compiled into the binary as
// :/i18n/irdash_<code>.qm) and Qt's qtbase one, with the
// default QLocale to match. English is the source language and needs no catalogue; a
// catalogue that cannot be loaded leaves its strings in English. QtCore only, so the
// headless commands speak the user's language without a QApplication.
class Translator final
{
public:
    static QStringList languages();  // "en", "ja"
    static bool isSupported(const QString &code);
    // en or ja by the system's language for messages (LC_ALL, else LC_MESSAGES, else LANG,
    // with GNU's LANGUAGE first where the locale is not C).
    static QString systemLanguage();
    // The language installed last; "en" before any.
    static QString current();
    // Replaces the catalogues installed before with those of `code`; false for an unknown
    // code, which changes nothing.
    static bool install(const QString &code);
    // Where irdash's catalogue is looked for, in order: beside the binary
    // (../share/irdash/translations), the install prefix, then the compiled-in copy.
    static QStringList catalogueDirectories();
    // The catalogue file loaded last; empty for English.
    static QString catalogueFile();
};
