#include "Language.h"

#include "Translator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>

#include <optional>

namespace {

std::optional<QFont> originalFont;
std::optional<QString> japaneseChartFamily;

const QString notoCjk = QStringLiteral("Noto Sans CJK JP");

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
            font.setFamilies({notoCjk, originalFont->family()});
        QApplication::setFont(font);
    }
    return true;
}

QString chartFontFamily(const QString &code)
{
    if (code != QLatin1String("ja"))
        return {};
    // Without a GUI nothing is drawn, and the font database cannot be asked.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return notoCjk;
    if (!japaneseChartFamily) {
        if (QFontDatabase::hasFamily(notoCjk)) {
            japaneseChartFamily = notoCjk;
        } else {
            // Said once a run: the charts still draw, in whatever face has the glyphs.
            japaneseChartFamily = QString();
            qInfo().noquote() << QCoreApplication::translate(
                                         "Language",
                                         "irdash: %1 is not installed (package fonts-noto-cjk); "
                                         "Japanese chart text uses %2")
                                         .arg(notoCjk, QFontInfo(QGuiApplication::font()).family());
        }
    }
    return *japaneseChartFamily;
}

QStringList catalogueDirectories()
{
    return Translator::catalogueDirectories();
}

QString catalogueFile()
{
    return Translator::catalogueFile();
}

}  // namespace Language
