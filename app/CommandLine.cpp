#include "CommandLine.h"

#include "BundledDataset.h"
#include "ChartCatalog.h"
#include "ChartExporter.h"
#include "ConsistencyCheck.h"
#include "FactIndex.h"
#include "FactWriter.h"
#include "Language.h"
#include "MainWindow.h"
#include "Queries.h"
#include "Settings.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cstring>

namespace {

const char *const headlessOptions[] = {"--help", "-h", "--help-all", "--version", "-v"};
// Options that take a value, so that value is not mistaken for a command.
const char *const valueOptions[]
        = {"--db",   "--format", "--period", "--chart", "--quarter", "--lang",
           "--size", "--scale",  "--span",   "-o",      "--output"};

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
            "Usage: irdash [--db PATH] [--lang en|ja]       open the dashboard\n"
            "       irdash data [--format csv|json] [--period P] [--db PATH]\n"
            "                                               print the stored figures\n"
            "       irdash check [--db PATH]                print the consistency report\n"
            "       irdash export --chart NAME [--quarter 1Q13] [--lang en|ja] [--size 1600x900]\n"
            "                     [--scale 2] [--format png|svg|pdf|csv] [--span 5] [--db PATH]\n"
            "                     -o PATH                   draw a chart to a file; NAME is\n"
            "                                               revenue-mix, gross-margin, "
            "cloud-revenue,\n"
            "                                               headcount, targets, or all (-o a "
            "folder)\n"
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

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption chart(QStringLiteral("chart"),
                                   CommandLine::tr("Chart to draw, or all."),
                                   CommandLine::tr("name"));
    const QCommandLineOption quarter(QStringLiteral("quarter"),
                                     CommandLine::tr("Quarter to show (default: the newest)."),
                                     CommandLine::tr("quarter"));
    const QCommandLineOption lang(QStringLiteral("lang"), CommandLine::tr("Language: en or ja."),
                                  CommandLine::tr("code"), QStringLiteral("en"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  CommandLine::tr("Logical size, e.g. 1600x900."),
                                  CommandLine::tr("WxH"), QStringLiteral("1600x900"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   CommandLine::tr("Pixels per logical pixel (1 to 4)."),
                                   CommandLine::tr("factor"), QStringLiteral("1"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    CommandLine::tr("png, svg, pdf or csv."),
                                    CommandLine::tr("format"), QStringLiteral("png"));
    const QCommandLineOption span(
            QStringLiteral("span"),
            CommandLine::tr("Quarters in quarterly charts: 5, 8, 12 or 0 for all."),
            CommandLine::tr("quarters"), QStringLiteral("5"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CommandLine::tr("File to write, or the folder for all."),
                                    CommandLine::tr("path"));
    parser.addOptions({db, chart, quarter, lang, size, scale, format, span, output});
    parser.addPositionalArgument(QStringLiteral("export"),
                                 CommandLine::tr("Draw charts to files."));
    if (!parser.parse(arguments))
        return fail(CommandLine::UsageError, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unexpected argument '%1'")
                            .arg(parser.positionalArguments().value(1)));

    const QString chartName = parser.value(chart);
    const QStringList names = ChartCatalog::names();
    if (chartName != QLatin1String("all") && !names.contains(chartName))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown chart '%1'; expected all or one of %2")
                            .arg(chartName, names.join(QStringLiteral(", "))));
    const QString language = parser.value(lang);
    if (!Language::isSupported(language))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown language '%1'; expected en or ja").arg(language));
    const auto pixels = ChartExporter::parseSize(parser.value(size));
    if (!pixels)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("invalid size '%1'; expected WIDTHxHEIGHT such as 1600x900, "
                                    "100 to 10000 pixels a side")
                            .arg(parser.value(size)));
    bool scaleOk = false;
    const double factor = parser.value(scale).toDouble(&scaleOk);
    if (!scaleOk || factor < 1.0 || factor > 4.0)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("invalid scale '%1'; expected a number from 1 to 4")
                            .arg(parser.value(scale)));
    const auto fileFormat = ChartExporter::formatFromName(parser.value(format));
    if (!fileFormat)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown format '%1'; expected png, svg, pdf or csv")
                            .arg(parser.value(format)));
    bool spanOk = false;
    const int quarters = parser.value(span).toInt(&spanOk);
    if (!spanOk || quarters < 0 || quarters > 400)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("invalid span '%1'; expected a number of quarters, 0 for all")
                            .arg(parser.value(span)));
    if (!parser.isSet(output))
        return fail(CommandLine::UsageError, CommandLine::tr("missing -o PATH"));

    Store store;
    QString error;
    if (!openStore(store, parser.isSet(db) ? parser.value(db) : Store::defaultPath(), &error))
        return fail(CommandLine::RuntimeError, error);
    const Queries queries(store);
    const QList<FiscalPeriod> available = queries.quarters();
    if (available.isEmpty())
        return fail(CommandLine::RuntimeError, CommandLine::tr("the database holds no quarter"));
    FiscalPeriod selected = available.last();
    if (parser.isSet(quarter)) {
        const auto parsed = FiscalPeriod::fromCode(parser.value(quarter));
        if (!parsed || !available.contains(*parsed)) {
            QStringList codes;
            for (const FiscalPeriod &p : available)
                codes.append(p.code());
            return fail(CommandLine::UsageError,
                        CommandLine::tr("unknown quarter '%1'; expected one of %2")
                                .arg(parser.value(quarter), codes.join(QStringLiteral(", "))));
        }
        selected = *parsed;
    }

    Language::apply(language);
    ChartOptions options;
    options.locale = QLocale();
    options.fontFamily = Language::chartFontFamily(language);
    ChartExporter::Request request;
    request.size = *pixels;
    request.scale = factor;
    request.format = *fileFormat;
    request.byteOrderMark = language == QLatin1String("ja");

    const QString target = parser.value(output);
    QStringList charts = chartName == QLatin1String("all") ? names : QStringList {chartName};
    if (chartName == QLatin1String("all") && !QDir().mkpath(target))
        return fail(CommandLine::RuntimeError,
                    CommandLine::tr("cannot create the folder %1").arg(target));
    for (const QString &name : std::as_const(charts)) {
        const auto builder = ChartCatalog::builder(name);
        const Table table = ChartCatalog::table(queries, name, selected, quarters, 0);
        options.highlightCategory = table.categoryIndex(selected.code());
        const QString path = chartName == QLatin1String("all")
                ? QDir(target).filePath(QStringLiteral("%1_%2_%3.%4")
                                                .arg(name, selected.code(), language,
                                                     ChartExporter::formatName(request.format)))
                : target;
        if (!ChartExporter::write(*builder, table, options, request, path, &error))
            return fail(CommandLine::RuntimeError, error);
        out() << path << Qt::endl;
    }
    return CommandLine::Success;
}

}  // namespace

bool CommandLine::drawsCharts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}

void CommandLine::useOffscreenWithoutDisplay()
{
    // Export draws into images, never onto a screen: the offscreen platform renders
    // the same and does not fail on a missing or stale DISPLAY. An explicit
    // QT_QPA_PLATFORM still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

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
    if (rest.contains(QLatin1String("export")))
        return runExport(arguments);
    QString command;
    for (qsizetype i = 0; i < rest.size() && command.isEmpty(); ++i) {
        if (rest[i] == QLatin1String("--db"))
            ++i;
        else if (!rest[i].startsWith(QLatin1Char('-')))
            command = rest[i];
    }
    return fail(UsageError,
                tr("unknown command '%1'; expected data, check or export").arg(command)
                        + QLatin1Char('\n') + usage());
}

int CommandLine::runGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: en or ja."), tr("code"));
    parser.addOptions({db, lang});
    if (!parser.parse(arguments))
        return fail(UsageError, parser.errorText() + QLatin1Char('\n') + usage());
    // --lang, else the last choice, else the system's language.
    QString language = parser.isSet(lang) ? parser.value(lang) : Settings::language();
    if (parser.isSet(lang) && !Language::isSupported(language))
        return fail(UsageError, tr("unknown language '%1'; expected en or ja").arg(language));
    if (!Language::isSupported(language))
        language = Language::systemDefault();
    Language::apply(language);
    Store store;
    QString error;
    if (!openStore(store, parser.isSet(db) ? parser.value(db) : Store::defaultPath(), &error))
        return fail(RuntimeError, error);
    Queries queries(store);
    MainWindow window(store, queries);
    window.show();
    return QApplication::exec();
}
