#include "CommandLine.h"

#include "BundledDataset.h"
#include "ConsistencyCheck.h"
#include "FactIndex.h"
#include "FactWriter.h"
#include "MainWindow.h"
#include "Queries.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstring>

namespace {

const char *const headlessOptions[] = {"--help", "-h", "--help-all", "--version", "-v"};
// Options that take a value, so that value is not mistaken for a command.
const char *const valueOptions[] = {"--db", "--format", "--period"};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    err() << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            CommandLine::tr("Database file to use (default: %1; \":memory:\" for a throwaway one).")
                    .arg(Store::defaultPath()),
            CommandLine::tr("path")};
}

QString usage()
{
    return CommandLine::tr(
            "Usage: irdash [--db PATH]                      open the dashboard\n"
            "       irdash data [--format csv|json] [--period P] [--db PATH]\n"
            "                                               print the stored figures\n"
            "       irdash check [--db PATH]                print the consistency report\n"
            "       irdash --help | --version");
}

// Opens the store and makes sure the bundled dataset is in it.
bool openStore(Store &store, const QString &path, QString *error)
{
    if (!store.open(path)) {
        *error = store.lastError();
        return false;
    }
    return BundledDataset::ensureLoaded(store, error);
}

int runData(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption format(
            QStringLiteral("format"),
            CommandLine::tr("Output format: csv (the interchange format) or json."),
            CommandLine::tr("format"), QStringLiteral("csv"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    CommandLine::tr("Only the figures of this period, e.g. 1Q13."),
                                    CommandLine::tr("period"));
    parser.addOptions({db, format, period});
    parser.addPositionalArgument(QStringLiteral("data"),
                                 CommandLine::tr("Print the stored figures."));
    if (!parser.parse(arguments))
        return fail(CommandLine::UsageError, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unexpected argument '%1'")
                            .arg(parser.positionalArguments().value(1)));
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown format '%1'; expected csv or json").arg(formatName));
    std::optional<FiscalPeriod> only;
    if (parser.isSet(period)) {
        only = FiscalPeriod::fromCode(parser.value(period));
        if (!only)
            return fail(
                    CommandLine::UsageError,
                    CommandLine::tr(
                            "unknown period '%1'; expected a code such as 1Q13, 1H13, 9M13 or FY13")
                            .arg(parser.value(period)));
    }

    Store store;
    QString error;
    if (!openStore(store, parser.isSet(db) ? parser.value(db) : Store::defaultPath(), &error))
        return fail(CommandLine::RuntimeError, error);
    QList<Fact> facts = store.facts();
    if (only)
        facts.removeIf([&](const Fact &fact) { return fact.period != *only; });
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stdoutFile.write(formatName == QLatin1String("json") ? FactWriter::toJson(facts)
                                                         : FactWriter::toCsv(facts));
    return CommandLine::Success;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("check"),
                                 CommandLine::tr("Print the consistency report."));
    if (!parser.parse(arguments))
        return fail(CommandLine::UsageError, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unexpected argument '%1'")
                            .arg(parser.positionalArguments().value(1)));
    Store store;
    QString error;
    if (!openStore(store, parser.isSet(db) ? parser.value(db) : Store::defaultPath(), &error))
        return fail(CommandLine::RuntimeError, error);
    const ConsistencyCheck::Report report = ConsistencyCheck::run(FactIndex(store.facts()));
    out() << report.toText();
    out().flush();
    return CommandLine::Success;
}

}  // namespace

bool CommandLine::isHeadless(int argc, char *argv[])
{
    // Any command word (known or not) or --help/--version runs without a window.
    for (int i = 1; i < argc; ++i) {
        for (const char *option : headlessOptions) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
        bool takesValue = false;
        for (const char *option : valueOptions)
            takesValue = takesValue || std::strcmp(argv[i], option) == 0;
        if (takesValue) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return true;
    }
    return false;
}

void CommandLine::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("irdash"));
    QCoreApplication::setApplicationName(QStringLiteral("irdash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IRDASH_VERSION));
}

int CommandLine::runHeadless(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.contains(QLatin1String("--version")) || rest.contains(QLatin1String("-v"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (rest.isEmpty() || rest.contains(QLatin1String("--help"))
        || rest.contains(QLatin1String("-h")) || rest.contains(QLatin1String("--help-all"))) {
        out() << usage() << Qt::endl;
        return Success;
    }
    if (rest.contains(QLatin1String("data")))
        return runData(arguments);
    if (rest.contains(QLatin1String("check")))
        return runCheck(arguments);
    QString command;
    for (qsizetype i = 0; i < rest.size() && command.isEmpty(); ++i) {
        if (rest[i] == QLatin1String("--db"))
            ++i;
        else if (!rest[i].startsWith(QLatin1Char('-')))
            command = rest[i];
    }
    return fail(UsageError,
                tr("unknown command '%1'; expected data or check").arg(command) + QLatin1Char('\n')
                        + usage());
}

int CommandLine::runGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    if (!parser.parse(arguments))
        return fail(UsageError, parser.errorText() + QLatin1Char('\n') + usage());
    Store store;
    QString error;
    if (!openStore(store, parser.isSet(db) ? parser.value(db) : Store::defaultPath(), &error))
        return fail(RuntimeError, error);
    Queries queries(store);
    MainWindow window(store, queries);
    window.show();
    return QApplication::exec();
}
