#include "Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <optional>

// Which catalogue was loaded: QT_LOGGING_RULES=irdash.language.debug=true shows it.
Q_LOGGING_CATEGORY(lcLanguage, "irdash.language", QtInfoMsg)

namespace {

QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
QString currentCode = QStringLiteral("en");
QString loadedCatalogue;
std::optional<QFont> originalFont;
std::optional<QString> japaneseChartFamily;

const QString notoCjk = QStringLiteral("Noto Sans CJK JP");

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
    loadedCatalogue.clear();
    if (code == QLatin1String("ja")) {
        appTranslator = new QTranslator(QCoreApplication::instance());
        const QString name = QStringLiteral("irdash_") + code;
        for (const QString &directory : catalogueDirectories()) {
            if (appTranslator->load(name, directory)) {
                loadedCatalogue = appTranslator->filePath();
                qCDebug(lcLanguage) << "catalogue" << loadedCatalogue;
                QCoreApplication::installTranslator(appTranslator);
                break;
            }
        }
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
            font.setFamilies({notoCjk, originalFont->family()});
        QApplication::setFont(font);
    }
    currentCode = code;
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
    QStringList directories;
    const QString besideBinary
            = QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                              + QStringLiteral(IRDASH_TRANSLATIONS_FROM_BINDIR));
    directories.append(besideBinary);
    const QString installed = QDir::cleanPath(QStringLiteral(IRDASH_TRANSLATIONS_INSTALLED));
    if (installed != besideBinary)
        directories.append(installed);
    directories.append(QStringLiteral(":/i18n"));
    return directories;
}

QString catalogueFile()
{
    return loadedCatalogue;
}

}  // namespace Language
