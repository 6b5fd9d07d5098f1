#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

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
    currentCode = code;
    return true;
}
