#include "LocalizedText.h"

#include <QLocale>

QString LocalizedText::text() const
{
    if (QLocale().language() == QLocale::Japanese && !ja.isEmpty())
        return ja;
    return en;
}
