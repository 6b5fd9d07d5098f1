#include "Language.h"

#include "Translator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>

#include <optional>

namespace {

std::optional<QFont> originalFont;

}  // namespace

namespace Language {

QStringList codes()
{
    return Translator::languages();
}

bool isSupported(const QString &code)
{
    return Translator::isSupported(code);
}

QString systemDefault()
{
    return Translator::systemLanguage();
}

QString current()
{
    return Translator::current();
}

bool apply(const QString &code)
{
    if (!Translator::install(code))
        return false;
    // Kanji in the Japanese face, not a Chinese fallback; Latin text keeps its look.
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        if (!originalFont)
            originalFont = QApplication::font();
        QFont font = *originalFont;
        if (code == QLatin1String("ja"))
            font.setFamilies({QStringLiteral("Noto Sans CJK JP"), originalFont->family()});
        QApplication::setFont(font);
    }
    return true;
}

QString chartFontFamily(const QString &code)
{
    return code == QLatin1String("ja") ? QStringLiteral("Noto Sans CJK JP") : QString();
}

}  // namespace Language
