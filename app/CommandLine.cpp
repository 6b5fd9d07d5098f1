#include "CommandLine.h"

#include "BundledDataset.h"
#include "ChartCatalog.h"
#include "ChartExporter.h"
#include "ChartPage.h"
#include "ConsistencyCheck.h"
#include "DatabaseStartup.h"
#include "DatasetImport.h"
#include "DatasetReader.h"
#include "FactIndex.h"
#include "FactWriter.h"
#include "FileKind.h"
#include "FirstPaintWatcher.h"
#include "ImportHistory.h"
#include "Language.h"
#include "MainWindow.h"
#include "Queries.h"
#include "Settings.h"
#include "Store.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QMessageBox>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <future>
#include <optional>
#include <variant>
#include <vector>

namespace {

const char *const headlessOptions[] = {"--help", "-h", "--help-all", "--version", "-v"};
// Options that take a value, so that value is not mistaken for a command.
const char *const valueOptions[]
        = {"--db",    "--format", "--period", "--chart",  "--quarter",     "--lang", "--size",
           "--scale", "--span",   "-o",       "--output", "--on-conflict", "--as-of"};

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

// Messages quote what files hold (a field, a file name): never raw control characters.
int fail(int code, const QString &message)
{
    err() << QCoreApplication::applicationName() << ": " << FactWriter::escapeControls(message)
          << Qt::endl;
    return code;
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            CommandLine::tr("Database file to use (default: %1; \":memory:\" for a throwaway one).")
                    .arg(Store::defaultPath()),
            CommandLine::tr("path")};
}

QCommandLineOption asOfOption(const QString &defaultValue)
{
    return {QStringLiteral("as-of"),
            CommandLine::tr("The date the figures stand at: announcement (of the quarter shown), "
                            "latest, or a date YYYY-MM-DD; later revisions take no part "
                            "(default: %1).")
                    .arg(defaultValue),
            CommandLine::tr("when"), defaultValue};
}

// The --as-of choice, or the exit code of the usage error.
std::variant<AsOf, int> parseAsOf(const QCommandLineParser &parser,
                                  const QCommandLineOption &option)
{
    const auto choice = AsOf::fromCode(parser.value(option));
    if (!choice)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("invalid --as-of '%1'; expected announcement, latest or a "
                                    "date YYYY-MM-DD")
                            .arg(parser.value(option)));
    return *choice;
}

QString usage()
{
    return CommandLine::tr(
            "Usage: irdash [--db PATH] [--lang en|ja] [--exit-after-first-paint]\n"
            "                                               open the dashboard\n"
            "       irdash data [--format csv|json] [--period P] [--as-of WHEN] [--db PATH]\n"
            "                                               print the stored figures\n"
            "       irdash check [--as-of WHEN] [--db PATH] print the consistency report\n"
            "       irdash import FILE [--on-conflict fail|replace|keep] [--encoding E] [--db "
            "PATH]\n"
            "                                               add the figures of a dataset file\n"
            "       irdash import --undo [--db PATH]        undo the last import\n"
            "       irdash import --history [--db PATH]     list the imports\n"
            "       irdash export --chart NAME [--quarter 1Q13] [--lang en|ja] [--size 1600x900]\n"
            "                     [--scale 2] [--format png|svg|pdf|csv] [--span 5] [--db PATH]\n"
            "                     [--as-of announcement|latest|YYYY-MM-DD] [--view NAME]\n"
            "                     -o PATH                   draw a chart to a file; NAME is\n"
            "                                               revenue-mix, gross-margin, "
            "cloud-revenue,\n"
            "                                               headcount, targets, or all (-o a "
            "folder)\n"
            "       irdash --help | --version");
}

// Why --db names no file SQLite can open, or nothing: SQLite would block for ever reading
// a FIFO, and a device is no database.
QString databaseRefusal(const QString &path)
{
    if (path == QLatin1String(":memory:"))
        return {};
    const FileKind kind = FileKind::of(path);
    switch (kind.type()) {
    case FileKind::Type::Missing:
    case FileKind::Type::Regular:
    case FileKind::Type::Unknown:
        return {};
    default:
        return CommandLine::tr("%1 is %2, not a file; expected a database file")
                .arg(path, kind.description());
    }
}

// Opens the database (see DatabaseStartup: only irdash's own damaged file is repaired,
// and only by the window and import) and makes sure the bundled dataset is in it;
// warnings go to stderr.
bool openStore(Store &store, const QString &path, QString *error, bool appOwned,
               DatabaseStartup::Purpose purpose)
{
    if (const QString refused = databaseRefusal(path); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    const DatabaseStartup::Result result = DatabaseStartup::open(store, path, appOwned, purpose);
    for (const QString &warning : result.warnings)
        err() << QCoreApplication::applicationName() << ": " << warning << Qt::endl;
    if (!result.ok)
        *error = result.error;
    return result.ok;
}

QString databasePath(const QCommandLineParser &parser, const QCommandLineOption &db)
{
    return parser.isSet(db) ? parser.value(db) : Store::defaultPath();
}

// Parses the arguments of a command that takes no further words; the exit code of the
// usage error when they are wrong.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return fail(CommandLine::UsageError, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unexpected argument '%1'")
                            .arg(parser.positionalArguments().value(1)));
    return std::nullopt;
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
    const QCommandLineOption asOf = asOfOption(QStringLiteral("latest"));
    parser.addOptions({db, format, period, asOf});
    parser.addPositionalArgument(QStringLiteral("data"),
                                 CommandLine::tr("Print the stored figures."));
    if (const auto wrong = parseCommand(parser, arguments))
        return *wrong;
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
    const auto choice = parseAsOf(parser, asOf);
    if (const int *wrong = std::get_if<int>(&choice))
        return *wrong;

    Store store;
    QString error;
    if (!openStore(store, databasePath(parser, db), &error, !parser.isSet(db),
                   DatabaseStartup::Purpose::Read))
        return fail(CommandLine::RuntimeError, error);
    // Announcement: of the period asked for, else of the newest quarter.
    const Queries queries(store);
    const FiscalPeriod shown
            = only ? *only : queries.quarters().value(queries.quarters().size() - 1);
    const QDate cutoff = queries.resolve(std::get<AsOf>(choice), shown);
    QList<Fact> facts = queries.facts().asOf(cutoff).all();
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
    const QCommandLineOption asOf = asOfOption(QStringLiteral("latest"));
    parser.addOptions({db, asOf});
    parser.addPositionalArgument(QStringLiteral("check"),
                                 CommandLine::tr("Print the consistency report."));
    if (const auto wrong = parseCommand(parser, arguments))
        return *wrong;
    const auto choice = parseAsOf(parser, asOf);
    if (const int *wrong = std::get_if<int>(&choice))
        return *wrong;
    Store store;
    QString error;
    if (!openStore(store, databasePath(parser, db), &error, !parser.isSet(db),
                   DatabaseStartup::Purpose::Read))
        return fail(CommandLine::RuntimeError, error);
    // Announcement: of the newest quarter.
    const Queries queries(store);
    const QDate cutoff = queries.resolve(std::get<AsOf>(choice),
                                         queries.quarters().value(queries.quarters().size() - 1));
    const ConsistencyCheck::Report report = ConsistencyCheck::run(queries.facts().asOf(cutoff));
    out() << report.toText();
    out().flush();
    return CommandLine::Success;
}

QString conflictText(const Store::Conflict &conflict)
{
    const Fact &stored = conflict.stored;
    const Fact &incoming = conflict.incoming;
    return CommandLine::tr("%1 %2 (%3, as of %4): stored %5 %6, the file has %7 %8")
            .arg(stored.period.code(), stored.metric, Bases::code(stored.basis),
                 stored.asOf.isValid() ? stored.asOfText() : CommandLine::tr("no date"),
                 stored.valueText(), Units::code(stored.unit), incoming.valueText(),
                 Units::code(incoming.unit));
}

// When an import ran or was undone, in local time with its offset: unambiguous, and the
// reader's own clock.
QString localTimeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// `import --undo`: takes back the newest import that stands, in one transaction.
int undoImport(const QString &path, bool appOwned)
{
    // Nothing was ever imported into a file that does not exist; and undoing must not make one.
    if (path != QLatin1String(":memory:") && !QFileInfo::exists(path))
        return fail(CommandLine::RuntimeError,
                    CommandLine::tr("there is no import to undo: %1 does not exist").arg(path));
    Store store;
    QString error;
    if (!openStore(store, path, &error, appOwned, DatabaseStartup::Purpose::Import))
        return fail(CommandLine::RuntimeError, error);
    const ImportHistory::UndoResult result = ImportHistory::undoLast(store);
    if (!result.ok())
        return fail(CommandLine::RuntimeError, result.message);
    out() << FactWriter::escapeControls(
            CommandLine::tr("%1 (imported %2): undone; new figures removed: %3, replaced "
                            "figures restored: %4")
                    .arg(result.entry.file, localTimeText(result.entry.at))
                    .arg(result.removed)
                    .arg(result.restored))
          << Qt::endl;
    return CommandLine::Success;
}

// `import --history`: every recorded import, the oldest first, as columns a person reads.
int printImportHistory(const QString &path, bool appOwned)
{
    QList<ImportHistory::Entry> entries;
    // Only reads: a file that does not exist has no history, and is not made.
    if (path == QLatin1String(":memory:") || QFileInfo::exists(path)) {
        Store store;
        QString error;
        if (!openStore(store, path, &error, appOwned, DatabaseStartup::Purpose::Read))
            return fail(CommandLine::RuntimeError, error);
        entries = ImportHistory::entries(store);
    }
    std::reverse(entries.begin(), entries.end());
    QList<QStringList> rows;
    rows.append({CommandLine::tr("imported"), CommandLine::tr("new"), CommandLine::tr("replaced"),
                 CommandLine::tr("kept"), CommandLine::tr("unchanged"), CommandLine::tr("undone"),
                 CommandLine::tr("file")});
    for (const ImportHistory::Entry &entry : std::as_const(entries)) {
        rows.append({localTimeText(entry.at), QString::number(entry.inserted),
                     QString::number(entry.replaced), QString::number(entry.kept),
                     QString::number(entry.unchanged),
                     entry.isUndone()                 ? localTimeText(entry.undoneAt)
                             : entry.changedFigures() ? QStringLiteral("-")
                                                      : CommandLine::tr("no change"),
                     FactWriter::escapeControls(entry.file)});
    }
    // Counts right-aligned, the rest left; the file last, so a long path breaks nothing.
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool count = column >= 1 && column <= 4;
            const bool last = column == row.size() - 1;
            if (column > 0)
                line += QStringLiteral("  ");
            line += count ? row[column].rightJustified(widths[column])
                          : (last ? row[column] : row[column].leftJustified(widths[column]));
        }
        out() << line << Qt::endl;
    }
    return CommandLine::Success;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption onConflict(
            QStringLiteral("on-conflict"),
            CommandLine::tr("When a stored figure has another value: fail (import nothing), "
                            "replace, or keep the stored one."),
            CommandLine::tr("policy"), QStringLiteral("fail"));
    const QCommandLineOption encoding(
            QStringLiteral("encoding"),
            CommandLine::tr("How the file is encoded: UTF-8 or Shift_JIS (CP932); default: "
                            "UTF-8 when the file is valid UTF-8, else Shift_JIS."),
            CommandLine::tr("name"));
    const QCommandLineOption undo(
            QStringLiteral("undo"),
            CommandLine::tr("Undo the last import that stands: remove the figures it added and "
                            "put back every figure it replaced."));
    const QCommandLineOption history(QStringLiteral("history"),
                                     CommandLine::tr("List the imports into the database."));
    parser.addOptions({db, onConflict, encoding, undo, history});
    parser.addPositionalArgument(QStringLiteral("import"),
                                 CommandLine::tr("Import a dataset file."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CommandLine::tr("The CSV file to import."));
    if (!parser.parse(arguments))
        return fail(CommandLine::UsageError, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(undo) || parser.isSet(history)) {
        const QString option
                = parser.isSet(undo) ? QStringLiteral("--undo") : QStringLiteral("--history");
        if (parser.isSet(undo) && parser.isSet(history))
            return fail(CommandLine::UsageError,
                        CommandLine::tr("--undo and --history cannot be given together"));
        if (positional.size() > 1)
            return fail(CommandLine::UsageError,
                        CommandLine::tr("%1 takes no file; unexpected argument '%2'")
                                .arg(option, positional.value(1)));
        if (parser.isSet(onConflict) || parser.isSet(encoding))
            return fail(CommandLine::UsageError,
                        CommandLine::tr("%1 takes no --on-conflict or --encoding").arg(option));
        const QString path = databasePath(parser, db);
        return parser.isSet(undo) ? undoImport(path, !parser.isSet(db))
                                  : printImportHistory(path, !parser.isSet(db));
    }
    if (positional.size() != 2)
        return fail(CommandLine::UsageError,
                    positional.size() < 2
                            ? CommandLine::tr("missing the file to import")
                            : CommandLine::tr("unexpected argument '%1'").arg(positional.value(2)));
    const QString policyName = parser.value(onConflict);
    Store::ConflictPolicy policy = Store::ConflictPolicy::Fail;
    if (policyName == QLatin1String("replace"))
        policy = Store::ConflictPolicy::Replace;
    else if (policyName == QLatin1String("keep"))
        policy = Store::ConflictPolicy::Keep;
    else if (policyName != QLatin1String("fail"))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown policy '%1'; expected fail, replace or keep")
                            .arg(policyName));

    DatasetReader::Encoding fileEncoding = DatasetReader::Encoding::Detect;
    if (parser.isSet(encoding)) {
        const auto named = DatasetReader::encodingFromName(parser.value(encoding));
        if (!named)
            return fail(CommandLine::UsageError,
                        CommandLine::tr("unknown encoding '%1'; expected UTF-8 or Shift_JIS")
                                .arg(parser.value(encoding)));
        fileEncoding = *named;
    }
    // The file is read and checked in parts, and a large file's parts are stored while the
    // rest is read, in one transaction that any error rolls back. The database is opened
    // once the first part reads cleanly; one this command created is removed again when the
    // import fails, so a bad file leaves everything as it was.
    const QString file = positional[1];
    const QString path = databasePath(parser, db);
    const bool existed = path == QLatin1String(":memory:") || QFileInfo::exists(path);
    Store store;
    Store::ImportOptions options;
    options.policy = policy;
    const DatasetImport::Outcome outcome = DatasetImport::run(
            file, Fact::Origin::User,
            [&](QString *error) {
                return openStore(store, path, error, !parser.isSet(db),
                                 DatabaseStartup::Purpose::Import)
                        ? &store
                        : nullptr;
            },
            options, fileEncoding);
    const auto removeNewDatabase = [&] {
        if (outcome.storeOpened && !existed) {
            store.close();
            QFile::remove(path);
        }
    };
    if (!outcome.input.ok())
        return fail(CommandLine::RuntimeError, outcome.input.message);
    const DatasetReader::Result &read = outcome.read;
    if (!read.ok()) {
        removeNewDatabase();
        for (const DatasetError &error : read.errors)
            err() << FactWriter::escapeControls(error.toString()) << Qt::endl;
        return fail(CommandLine::RuntimeError,
                    CommandLine::tr("%1: %n error(s); nothing was imported", nullptr,
                                    static_cast<int>(read.errors.size()))
                            .arg(file));
    }
    if (!outcome.storeError.isEmpty())
        return fail(CommandLine::RuntimeError, outcome.storeError);
    const Store::ImportReport &report = outcome.report;
    if (!report.ok) {
        removeNewDatabase();
        for (const Store::Conflict &conflict : report.conflicts)
            err() << FactWriter::escapeControls(conflictText(conflict)) << Qt::endl;
        return fail(CommandLine::RuntimeError,
                    report.conflicts.isEmpty() ? report.error
                                               : report.error + QLatin1Char(' ')
                                    + CommandLine::tr("(use --on-conflict replace or keep)"));
    }
    out() << CommandLine::tr("%1 (%2): %3 figures read; %4 new, %5 unchanged, %6 replaced, %7 kept")
                     .arg(file, read.encoding)
                     .arg(outcome.figures)
                     .arg(report.inserted)
                     .arg(report.unchanged)
                     .arg(report.replaced)
                     .arg(report.kept)
          << Qt::endl;
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
    const QCommandLineOption asOf = asOfOption(QStringLiteral("announcement"));
    const QCommandLineOption view(
            QStringLiteral("view"),
            CommandLine::tr("The chart's view: segments, detailed or recurring (revenue-mix), "
                            "ratios or amounts (gross-margin), costs or people (headcount); "
                            "default: the first. With --chart all, every view is drawn."),
            CommandLine::tr("name"));
    parser.addOptions({db, chart, quarter, lang, size, scale, format, span, output, asOf, view});
    parser.addPositionalArgument(QStringLiteral("export"),
                                 CommandLine::tr("Draw charts to files."));
    if (const auto wrong = parseCommand(parser, arguments))
        return *wrong;

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
    QString why;
    const auto pixels = ChartExporter::parseSize(parser.value(size), &why);
    if (!pixels)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("invalid size '%1'; %2").arg(parser.value(size), why));
    // A finite number within the limits: NaN passes every comparison.
    const auto factor = ChartExporter::parseScale(parser.value(scale), &why);
    if (!factor)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("invalid scale '%1'; %2").arg(parser.value(scale), why));
    auto fileFormat = ChartExporter::formatFromName(parser.value(format));
    if (!fileFormat)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown format '%1'; expected png, svg, pdf or csv")
                            .arg(parser.value(format)));
    // One chart: the file's extension says the format, unless --format says it; the two
    // must agree (PNG bytes in a .pdf help nobody).
    if (chartName != QLatin1String("all") && parser.isSet(output)) {
        const QString suffix = QFileInfo(parser.value(output)).suffix();
        if (const auto named = ChartExporter::formatFromName(suffix)) {
            if (parser.isSet(format) && *named != *fileFormat)
                return fail(CommandLine::UsageError,
                            CommandLine::tr("--format %1 contradicts the file name %2; give one "
                                            "or make them agree")
                                    .arg(parser.value(format), parser.value(output)));
            fileFormat = named;
        }
    }
    int viewIndex = 0;
    if (parser.isSet(view)) {
        if (chartName == QLatin1String("all"))
            return fail(CommandLine::UsageError,
                        CommandLine::tr("--view needs one chart; --chart all draws every view"));
        const QStringList codes = ChartCatalog::builder(chartName)->variantCodes();
        viewIndex = static_cast<int>(codes.indexOf(parser.value(view)));
        if (viewIndex < 0)
            return fail(CommandLine::UsageError,
                        codes.isEmpty()
                                ? CommandLine::tr("the chart %1 has one view; expected no --view")
                                          .arg(chartName)
                                : CommandLine::tr("unknown view '%1' of %2; expected one of %3")
                                          .arg(parser.value(view), chartName,
                                               codes.join(QStringLiteral(", "))));
    }
    if (*fileFormat == ChartExporter::Format::Png) {
        if (const QString tooLarge = ChartExporter::pixelLimitError(*pixels, *factor);
            !tooLarge.isEmpty())
            return fail(CommandLine::UsageError,
                        CommandLine::tr("invalid --size and --scale: %1").arg(tooLarge));
    }
    bool spanOk = false;
    const int quarters = parser.value(span).toInt(&spanOk);
    if (!spanOk || quarters < 0 || quarters > 400)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("invalid span '%1'; expected a number of quarters, 0 for all")
                            .arg(parser.value(span)));
    if (!parser.isSet(output))
        return fail(CommandLine::UsageError, CommandLine::tr("missing -o PATH"));
    const auto choice = parseAsOf(parser, asOf);
    if (const int *wrong = std::get_if<int>(&choice))
        return *wrong;
    // Refused before anything is drawn: -o /dev/null must stay the device it is.
    const QString target = parser.value(output);
    const bool toFolder = chartName == QLatin1String("all");
    if (toFolder) {
        const FileKind folder = FileKind::of(target);
        if (folder.type() != FileKind::Type::Directory && folder.type() != FileKind::Type::Missing
            && folder.type() != FileKind::Type::Unknown)
            return fail(CommandLine::RuntimeError,
                        CommandLine::tr("cannot write to %1: it is %2, not a folder")
                                .arg(target, folder.description()));
    } else if (const QString refused = ChartExporter::refusal(target); !refused.isEmpty()) {
        return fail(CommandLine::RuntimeError, refused);
    }

    Store store;
    QString error;
    if (!openStore(store, databasePath(parser, db), &error, !parser.isSet(db),
                   DatabaseStartup::Purpose::Read))
        return fail(CommandLine::RuntimeError, error);
    Queries queries(store);
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
    queries.setAsOf(std::get<AsOf>(choice), selected);  // after the language: it is described
    ChartOptions options;
    options.locale = QLocale();
    options.fontFamily = Language::chartFontFamily(language);
    ChartExporter::Request request;
    request.size = *pixels;
    request.scale = *factor;
    request.format = *fileFormat;
    request.byteOrderMark = language == QLatin1String("ja");

    // Every chart with its view: the one asked for, or with --chart all every view, each
    // file named <chart>[-<view>]_<quarter>_<lang>.<format>.
    struct Drawing
    {
        QString chart;
        int view;
        QString path;
    };
    QList<Drawing> drawings;
    for (const QString &name : toFolder ? names : QStringList {chartName}) {
        const QStringList codes = ChartCatalog::builder(name)->variantCodes();
        if (!toFolder) {
            drawings.append({name, viewIndex, target});
            continue;
        }
        for (int v = 0; v < std::max<int>(1, codes.size()); ++v) {
            const QString chartAndView
                    = codes.isEmpty() ? name : name + QLatin1Char('-') + codes[v];
            drawings.append({name, v,
                             QDir(target).filePath(
                                     QStringLiteral("%1_%2_%3.%4")
                                             .arg(chartAndView, selected.code(), language,
                                                  ChartExporter::formatName(request.format)))});
        }
    }
    QStringList paths;
    for (const Drawing &drawing : std::as_const(drawings))
        paths.append(drawing.path);
    // Every file of `all` is checked before the first is written: a FIFO or a device among
    // them stops the export before it has written anything.
    for (const QString &path : std::as_const(paths)) {
        if (const QString refused = ChartExporter::refusal(path); !refused.isEmpty())
            return fail(CommandLine::RuntimeError, refused);
    }
    if (toFolder && !QDir().mkpath(target))
        return fail(CommandLine::RuntimeError,
                    CommandLine::tr("cannot create the folder %1").arg(target));
    // A PNG is encoded on its own thread while the next chart is drawn: the encoding
    // takes longer than the drawing. Each entry: the path, and the error once written.
    std::vector<std::pair<QString, std::future<QString>>> written;
    for (const Drawing &drawing : std::as_const(drawings)) {
        const QString &name = drawing.chart;
        const QString &path = drawing.path;
        const auto builder = ChartCatalog::builder(name);
        const Table table = ChartCatalog::table(queries, name, selected, quarters, drawing.view);
        options.variant = drawing.view;
        options.highlightCategory = table.categoryIndex(selected.code());
        if (request.format == ChartExporter::Format::Png) {
            QImage image
                    = ChartExporter::render(*builder, table, options, request.size, request.scale);
            written.emplace_back(path, std::async(std::launch::async, [=]() mutable {
                                     QString pngError;
                                     ChartExporter::writePng(std::move(image), request.scale, path,
                                                             &pngError);
                                     return pngError;
                                 }));
            continue;
        }
        QString writeError;
        written.emplace_back(path, std::async(std::launch::deferred, [] { return QString(); }));
        if (!ChartExporter::write(*builder, table, options, request, path, &writeError))
            return fail(CommandLine::RuntimeError, writeError);
    }
    for (auto &[path, result] : written) {
        if (const QString writeError = result.get(); !writeError.isEmpty())
            return fail(CommandLine::RuntimeError, writeError);
        out() << path << Qt::endl;
    }
    return CommandLine::Success;
}

}  // namespace

// The command word: the first argument that is neither an option nor an option's value.
QString commandWord(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments[i];
        if (!word.startsWith(QLatin1Char('-')))
            return word;
        const QByteArray option = word.toUtf8();
        const bool takesValue = std::any_of(std::begin(valueOptions), std::end(valueOptions),
                                            [&](const char *known) { return option == known; });
        if (takesValue)
            ++i;
    }
    return {};
}

bool CommandLine::drawsCharts(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return commandWord(arguments) == QLatin1String("export");
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
        if (argv[i][0] != '-') {
            // `irdash FILE...`: files to import open the window; any other word is a
            // command, known or not.
            const QString word = QString::fromLocal8Bit(argv[i]);
            const bool command = word == QLatin1String("data") || word == QLatin1String("check")
                    || word == QLatin1String("import") || word == QLatin1String("export");
            return command || !QFileInfo(word).isFile();
        }
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
    const QString command = commandWord(rest);
    if (command == QLatin1String("data"))
        return runData(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("export"))
        return runExport(arguments);
    if (command == QLatin1String("import"))
        return runImport(arguments);
    return fail(UsageError,
                tr("unknown command '%1'; expected data, check, import or export").arg(command)
                        + QLatin1Char('\n') + usage());
}

int CommandLine::runGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: en or ja."), tr("code"));
    const QCommandLineOption exitAfterFirstPaint(
            QStringLiteral("exit-after-first-paint"),
            tr("Quit as soon as the dashboard's chart has been drawn, printing when "
               "(microseconds since the epoch), to time start-up."));
    parser.addOptions({db, lang, exitAfterFirstPaint});
    if (!parser.parse(arguments))
        return fail(UsageError, parser.errorText() + QLatin1Char('\n') + usage());
    // --lang, else the last choice, else the system's language.
    QString language = parser.isSet(lang) ? parser.value(lang) : Settings::language();
    if (parser.isSet(lang) && !Language::isSupported(language))
        return fail(UsageError, tr("unknown language '%1'; expected en or ja").arg(language));
    if (!Language::isSupported(language))
        language = Language::systemDefault();
    Language::apply(language);
    if (const QString refused = databaseRefusal(databasePath(parser, db)); !refused.isEmpty()) {
        QMessageBox::critical(nullptr, tr("irdash"), refused);
        return fail(RuntimeError, refused);
    }
    Store store;
    const DatabaseStartup::Result opened
            = DatabaseStartup::open(store, databasePath(parser, db), !parser.isSet(db));
    if (!opened.ok) {
        QMessageBox::critical(nullptr, tr("irdash"), opened.error);
        return fail(RuntimeError, opened.error);
    }
    for (const QString &warning : opened.warnings) {
        err() << QCoreApplication::applicationName() << ": " << warning << Qt::endl;
        QMessageBox::warning(nullptr, tr("irdash"), warning);
    }
    // Wayland desktops find the icon and the entry to pin by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.irdash.irdash"));
    Queries queries(store);
    MainWindow window(store, queries);
    if (parser.isSet(exitAfterFirstPaint)) {
        // The chart on the page the window opens at, or that page itself.
        QWidget *page = window.pages()->currentWidget();
        if (const auto *chartPage = qobject_cast<ChartPage *>(page))
            page = chartPage->chartView()->viewport();
        // When, in microseconds since the epoch: the caller subtracts its own launch time,
        // so start-up is timed without the teardown.
        QObject::connect(new FirstPaintWatcher(page), &FirstPaintWatcher::firstPaint, &window, [] {
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            out() << std::chrono::duration_cast<std::chrono::microseconds>(now).count() << Qt::endl;
            QApplication::quit();
        });
    }
    window.show();
    // `irdash FILE...`: each file's import preview, once the window is up.
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        QTimer::singleShot(0, &window, [&window, files] { window.openFiles(files); });
    return QApplication::exec();
}
