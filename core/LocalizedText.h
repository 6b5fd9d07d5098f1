#pragma once

#include <QString>

// A text a dataset's profile gives in English and Japanese: a company's name, a metric's.
struct LocalizedText
{
    QString en;
    QString ja;

    // The text in the language of the default QLocale (which the UI language sets):
    // Japanese where there is one, else English.
    QString text() const;
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};
