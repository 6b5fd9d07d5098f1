#include "Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QLocale>
#include <QTranslator>

// Which catalogue was loaded: QT_LOGGING_RULES=irdash.language.debug=true shows it.
Q_LOGGING_CATEGORY(lcLanguage, "irdash.language", QtInfoMsg)

namespace {

QString loadedCatalogue;
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
QString currentCode = QStringLiteral("en");

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

QStringList Translator::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

bool Translator::isSupported(const QString &code)
{
    return languages().contains(code);
}

QString Translator::systemLanguage()
{
    // QLocale::system() reads the variables in POSIX's order of precedence for messages.
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

QString Translator::current()
{
    return currentCode;
}

bool Translator::install(const QString &code)
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
    currentCode = code;
    return true;
}

QStringList Translator::catalogueDirectories()
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

QString Translator::catalogueFile()
{
    return loadedCatalogue;
}
