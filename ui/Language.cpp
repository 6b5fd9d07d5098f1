#include "Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <optional>

namespace {

QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
QString currentCode = QStringLiteral("en");
std::optional<QFont> originalFont;

void removeTranslators()
{
    for (QTranslator **translator : {&appTranslator, &qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

}  // namespace

namespace Language {

QStringList codes()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

bool isSupported(const QString &code)
{
    return codes().contains(code);
}

QString systemDefault()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

QString current()
{
    return currentCode;
}

bool apply(const QString &code)
{
    if (!isSupported(code))
        return false;
    removeTranslators();
    if (code == QLatin1String("ja")) {
        appTranslator = new QTranslator(QCoreApplication::instance());
        if (appTranslator->load(QStringLiteral(":/i18n/irdash_ja.qm")))
            QCoreApplication::installTranslator(appTranslator);
        qtTranslator = new QTranslator(QCoreApplication::instance());
        if (qtTranslator->load(QStringLiteral("qtbase_ja"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    // Kanji in the Japanese face, not a Chinese fallback; Latin text keeps its look.
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        if (!originalFont)
            originalFont = QApplication::font();
        QFont font = *originalFont;
        if (code == QLatin1String("ja"))
            font.setFamilies({QStringLiteral("Noto Sans CJK JP"), originalFont->family()});
        QApplication::setFont(font);
    }
    currentCode = code;
    return true;
}

QString chartFontFamily(const QString &code)
{
    return code == QLatin1String("ja") ? QStringLiteral("Noto Sans CJK JP") : QString();
}

}  // namespace Language
