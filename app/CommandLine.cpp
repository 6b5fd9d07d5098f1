#include "CommandLine.h"

#include "BundledDataset.h"
#include "ChartCatalog.h"
#include "ChartExporter.h"
#include "ChartPage.h"
#include "CompanyChoice.h"
#include "CompanyProfile.h"
#include "ConsistencyCheck.h"
#include "DatabaseStartup.h"
#include "DatasetImport.h"
#include "DatasetReader.h"
#include "FactIndex.h"
#include "FactWriter.h"
#include "FileKind.h"
#include "FirstPaintWatcher.h"
#include "HelpText.h"
#include "ImportHistory.h"
#include "InputFile.h"
#include "Language.h"
#include "MainWindow.h"
#include "OutputFile.h"
#include "QtOptions.h"
#include "Queries.h"
#include "Settings.h"
#include "Store.h"
#include "Translator.h"
#include "WorkbookExporter.h"

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
#include <future>
#include <limits>
#include <optional>
#include <variant>
#include <vector>

namespace {

const QString memory = QStringLiteral(":memory:");
// `-` for a file: standard input to import, standard output to export to.
const QString standardStream = QStringLiteral("-");
// Standard input in the import history, where a file's path would be.
const QString standardInputRecord = QStringLiteral("(standard input)");

const char *const commands[] = {"data", "check", "import", "export"};
const char *const helpOptions[] = {"--help", "-h", "--help-all"};
const char *const versionOptions[] = {"--version", "-v"};
// Every option of any command that takes a value, so that its value is never taken for the
// command word.
const char *const valueOptions[]
        = {"--db",          "--lang",  "--format",    "--period",  "--as-of",   "--on-conflict",
           "--encoding",    "--chart", "--quarter",   "--size",    "--scale",   "--span",
           "--view",        "-o",      "--output",    "--company", "--profile", "--source",
           "--source-cell", "--sheet", "--announced", "--unit",    "--basis",   "--layout"};

template<std::size_t N>
bool among(const QString &word, const char *const (&names)[N])
{
    return std::any_of(std::begin(names), std::end(names),
                       [&](const char *name) { return word == QLatin1StringView(name); });
}

// Whether an option of these names comes before "--".
template<std::size_t N>
bool asksFor(const QStringList &arguments, const char *const (&names)[N])
{
    for (qsizetype i = 1; i < arguments.size() && arguments[i] != QLatin1String("--"); ++i) {
        if (among(arguments[i], names))
            return true;
    }
    return false;
}

// The command word: the first argument that is neither an option nor an option's value
// (the program's name first, Qt's options taken out).
QString commandWord(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments[i];
        if (word == QLatin1String("--"))
            return arguments.value(i + 1);
        if (word == standardStream || !word.startsWith(QLatin1Char('-')))
            return word;
        if (among(word, valueOptions))
            ++i;
    }
    return {};
}

// The value of the last --lang, or nothing.
QString languageAsked(const QStringList &arguments)
{
    QString code;
    for (qsizetype i = 1; i < arguments.size() && arguments[i] != QLatin1String("--"); ++i) {
        if (arguments[i] == QLatin1String("--lang"))
            code = arguments.value(++i);
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            code = arguments[i].mid(7);
    }
    return code;
}

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

// "irdash" or "irdash export": where `--help` says more.
QString programFor(const QString &command)
{
    return command.isEmpty() ? QStringLiteral("irdash") : QStringLiteral("irdash ") + command;
}

// A usage error about the words themselves (an unknown command or option, a missing or
// extra argument): one line, and where the help is.
int usageError(const QString &message, const QString &command)
{
    return fail(CommandLine::UsageError,
                CommandLine::tr("%1; see %2 --help").arg(message, programFor(command)));
}

// The parser's complaint, decided by what it found (unknownOptionNames) where it can be;
// the option as the user spelled it.
int parseError(const QCommandLineParser &parser, const QStringList &arguments,
               const QString &command)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty()) {
        QString text = parser.errorText();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return usageError(text, command);
    }
    const QString name = unknown.first();
    QString spelled = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    for (const QString &argument : arguments) {
        const QString bare = argument.section(QLatin1Char('='), 0, 0);
        if (bare == QLatin1Char('-') + name || bare == QStringLiteral("--") + name) {
            spelled = bare;
            break;
        }
    }
    return usageError(CommandLine::tr("unknown option '%1'").arg(spelled), command);
}

// A path for help texts: under the home folder as ~, so the text (and the manual page made
// from it) reads the same for everyone.
QString shownPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}

QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")},
            CommandLine::tr("Show this help and exit.")};
}

QCommandLineOption helpAllOption()
{
    QCommandLineOption option(QStringLiteral("help-all"));
    option.setFlags(QCommandLineOption::HiddenFromHelp);  // what Qt's parsers call it
    return option;
}

QCommandLineOption versionOption()
{
    return {{QStringLiteral("v"), QStringLiteral("version")},
            CommandLine::tr("Show the version and exit.")};
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"),
            CommandLine::tr("Database file to use (default: %1; \":memory:\" for a throwaway one).")
                    .arg(shownPath(Store::defaultPath())),
            CommandLine::tr("path")};
}

QCommandLineOption companyOption()
{
    return {QStringLiteral("company"),
            CommandLine::tr("The company whose figures to use, by its profile's key (default: "
                            "the bundled one, %1).")
                    .arg(CompanyProfile::bundled().key),
            CommandLine::tr("key")};
}

// Makes the company --company names the active one; an error message, or nothing.
QString chooseCompany(const Store &store, const QCommandLineParser &parser,
                      const QCommandLineOption &company)
{
    return CompanyChoice::activate(store, parser.value(company));
}

QCommandLineOption langOption(const QString &description)
{
    return {QStringLiteral("lang"), description, CommandLine::tr("code")};
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

QString messageLanguageText()
{
    return CommandLine::tr("Language of the messages: en or ja (default: the system's).");
}

// The options every parser has, after its own: --lang (as `langDescription` says),
// -h/--help, and -v/--version (listed in irdash's own help only).
QList<QCommandLineOption> commonOptions(const QString &langDescription, bool listVersion)
{
    QCommandLineOption version = versionOption();
    if (!listVersion)
        version.setFlags(QCommandLineOption::HiddenFromHelp);
    return {langOption(langDescription), helpOption(), helpAllOption(), version};
}

QString exitStatusText(const QList<std::pair<QString, QString>> &codes)
{
    return CommandLine::tr("Exit status:") + QLatin1Char('\n') + HelpText::table(codes);
}

// A command's options, and what `--help` prints for it, in the shape help2man reads: the
// usage, what it does, the options with their descriptions, the arguments, then any more.
struct Help
{
    QString command;  // empty for irdash itself
    QString usage;  // "Usage: ..." and "  or:  ..." lines
    QString description;
    QList<QCommandLineOption> options;  // the command's own
    QString language = messageLanguageText();  // what --lang does for it
    QList<std::pair<QString, QString>> arguments = {};
    QString more = {};  // sections after the options
    bool listVersion = false;

    QList<QCommandLineOption> allOptions() const
    {
        return options + commonOptions(language, listVersion);
    }

    QString text() const
    {
        QString text = usage + QLatin1Char('\n') + HelpText::wrap(description)
                + QStringLiteral("\n\n") + CommandLine::tr("Options:") + QLatin1Char('\n')
                + HelpText::table(HelpText::rows(allOptions()));
        if (!arguments.isEmpty())
            text += QLatin1Char('\n') + CommandLine::tr("Arguments:") + QLatin1Char('\n')
                    + HelpText::table(arguments);
        if (!more.isEmpty())
            text += QLatin1Char('\n') + more;
        return text;
    }
};

// Parses a command's arguments (the command word the first positional one) with the
// options `help` lists. An exit code when nothing more is to be done: the help or the
// version printed, or a usage error; more than `maxWords` positional words is one.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const Help &help, qsizetype maxWords = 1)
{
    // -o and --db, never -o -d -b: no option combines.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(help.allOptions());
    if (!parser.parse(arguments))
        return parseError(parser, arguments, help.command);
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out() << help.text();
        out().flush();
        return CommandLine::Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return CommandLine::Success;
    }
    const QString language = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("lang")) && !Translator::isSupported(language))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown language '%1'; expected en or ja").arg(language));
    const QStringList words = parser.positionalArguments();
    if (words.size() > maxWords)
        return usageError(CommandLine::tr("unexpected argument '%1'").arg(words.value(maxWords)),
                          help.command);
    return std::nullopt;
}

// Why --db names no file SQLite can open, or nothing: SQLite would block for ever reading
// a FIFO, and a device is no database.
QString databaseRefusal(const QString &path)
{
    if (path == memory)
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

int runData(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption format(
            QStringLiteral("format"),
            CommandLine::tr("Output format: csv (the interchange format) or json (default: csv)."),
            CommandLine::tr("format"), QStringLiteral("csv"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    CommandLine::tr("Only the figures of this period, e.g. 1Q13."),
                                    CommandLine::tr("period"));
    const QCommandLineOption asOf = asOfOption(QStringLiteral("latest"));
    const QCommandLineOption company = companyOption();
    const Help help {.command = QStringLiteral("data"),
                     .usage = CommandLine::tr("Usage: irdash data [options]"),
                     .description
                     = CommandLine::tr("Print the stored figures on standard output, "
                                       "chronologically, in the interchange format or as "
                                       "JSON."),
                     .options = {format, period, asOf, company, db}};
    if (const auto done = parseCommand(parser, arguments, help))
        return *done;
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
    if (const QString wrong = chooseCompany(store, parser, company); !wrong.isEmpty())
        return fail(CommandLine::RuntimeError, wrong);
    // Announcement: of the period asked for, else of the newest quarter.
    const Queries queries(store);
    const FiscalPeriod shown
            = only ? *only : queries.quarters().value(queries.quarters().size() - 1);
    const QDate cutoff = queries.resolve(std::get<AsOf>(choice), shown);
    QList<Fact> facts = queries.facts().asOf(cutoff).all();
    if (only)
        facts.removeIf([&](const Fact &fact) { return fact.period != *only; });
    if (!OutputFile::writeStandardOutput(formatName == QLatin1String("json")
                                                 ? FactWriter::toJson(facts)
                                                 : FactWriter::toCsv(facts),
                                         &error))
        return fail(CommandLine::RuntimeError, error);
    return CommandLine::Success;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption asOf = asOfOption(QStringLiteral("latest"));
    const QCommandLineOption company = companyOption();
    const Help help {
            .command = QStringLiteral("check"),
            .usage = CommandLine::tr("Usage: irdash check [options]"),
            .description = CommandLine::tr(
                    "Compare every figure the dataset can recompute from others (segments and "
                    "totals, quarters and the year, ratios and their parts, stated changes and the "
                    "figures they compare) and print each mismatch at the stated precision, "
                    "saying whether the rounding of the inputs explains it."),
            .options = {asOf, company, db},
            .more = exitStatusText(
                    {{QStringLiteral("0"),
                      CommandLine::tr("every mismatch is explained by rounding")},
                     {QStringLiteral("1"),
                      CommandLine::tr("a mismatch is not explained by rounding, or a runtime "
                                      "error")},
                     {QStringLiteral("2"), CommandLine::tr("a usage error")}})};
    if (const auto done = parseCommand(parser, arguments, help))
        return *done;
    const auto choice = parseAsOf(parser, asOf);
    if (const int *wrong = std::get_if<int>(&choice))
        return *wrong;
    Store store;
    QString error;
    if (!openStore(store, databasePath(parser, db), &error, !parser.isSet(db),
                   DatabaseStartup::Purpose::Read))
        return fail(CommandLine::RuntimeError, error);
    if (const QString wrong = chooseCompany(store, parser, company); !wrong.isEmpty())
        return fail(CommandLine::RuntimeError, wrong);
    // Announcement: of the newest quarter.
    const Queries queries(store);
    const QDate cutoff = queries.resolve(std::get<AsOf>(choice),
                                         queries.quarters().value(queries.quarters().size() - 1));
    const ConsistencyCheck::Report report = ConsistencyCheck::run(queries.facts().asOf(cutoff));
    out() << report.toText();
    out().flush();
    // As diff says that files differ: a finding, not a failure to look.
    return report.explainedCount() == report.mismatches.size() ? CommandLine::Success
                                                               : CommandLine::Unexplained;
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
    const QCommandLineOption source(
            QStringLiteral("source"),
            CommandLine::tr("For a workbook or a wide CSV (a data book): the source of the "
                            "figures of every sheet without a source column, e.g. \"IIJ data "
                            "book, 1Q FY2013\"."),
            CommandLine::tr("text"));
    const QCommandLineOption sourceCell(
            QStringLiteral("source-cell"),
            CommandLine::tr("For a data book: the cell holding that source, e.g. Cover!A1."),
            CommandLine::tr("cell"));
    const QCommandLineOption sheet(
            QStringLiteral("sheet"),
            CommandLine::tr("For a workbook: read only this sheet (may be given again), e.g. "
                            "Facts, the figures of a workbook irdash exported."),
            CommandLine::tr("name"));
    const QCommandLineOption announced(
            QStringLiteral("announced"),
            CommandLine::tr("For a data book: the date its figures were announced, "
                            "YYYY-MM-DD (default: none, as a CSV row without as_of)."),
            CommandLine::tr("date"));
    const QCommandLineOption unit(
            QStringLiteral("unit"),
            CommandLine::tr("For a data book: the unit of a sheet that states none, e.g. "
                            "JPY_million."),
            CommandLine::tr("unit"));
    const QCommandLineOption basis(
            QStringLiteral("basis"),
            CommandLine::tr("For a data book without a basis column: reported, derived or "
                            "target (default: reported)."),
            CommandLine::tr("basis"));
    const QCommandLineOption company = companyOption();
    const QCommandLineOption profile(
            QStringLiteral("profile"),
            CommandLine::tr("The profile of the company the figures belong to (docs/PROFILE.md): "
                            "a new company is added to the database with it, a known one gets "
                            "it as its new profile; nothing is stored if the profile or the "
                            "dataset has an error."),
            CommandLine::tr("file"));
    const Help help {.command = QStringLiteral("import"),
                     .usage = CommandLine::tr("Usage: irdash import [options] FILE\n"
                                              "  or:  irdash import --undo [--db PATH]\n"
                                              "  or:  irdash import --history [--db PATH]"),
                     .description
                     = CommandLine::tr("Add the figures of a dataset file to the database, "
                                       "all or nothing, in one transaction; undo the last "
                                       "import; or list the imports."),
                     .options = {onConflict, encoding, source, sourceCell, sheet, announced, unit,
                                 basis, company, profile, undo, history, db},
                     .arguments = {{QStringLiteral("FILE"),
                                    CommandLine::tr("The dataset file to import, or - for standard "
                                                    "input.")}}};
    if (const auto done = parseCommand(parser, arguments, help, 2))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(undo) || parser.isSet(history)) {
        const QString option
                = parser.isSet(undo) ? QStringLiteral("--undo") : QStringLiteral("--history");
        if (parser.isSet(undo) && parser.isSet(history))
            return fail(CommandLine::UsageError,
                        CommandLine::tr("--undo and --history cannot be given together"));
        if (positional.size() > 1)
            return usageError(CommandLine::tr("%1 takes no file; unexpected argument '%2'")
                                      .arg(option, positional.value(1)),
                              help.command);
        if (parser.isSet(onConflict) || parser.isSet(encoding))
            return fail(CommandLine::UsageError,
                        CommandLine::tr("%1 takes no --on-conflict or --encoding").arg(option));
        const QString path = databasePath(parser, db);
        return parser.isSet(undo) ? undoImport(path, !parser.isSet(db))
                                  : printImportHistory(path, !parser.isSet(db));
    }
    if (positional.size() < 2)
        return usageError(CommandLine::tr("missing the file to import"), help.command);
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
    const bool fromStandardInput = positional[1] == standardStream;
    const QString file = fromStandardInput ? CommandLine::tr("standard input") : positional[1];
    const QString path = databasePath(parser, db);
    const bool existed = path == memory || QFileInfo::exists(path);
    // A data book's sheets without a source, date, unit or basis of their own.
    DataBookReader::Options book;
    book.source = parser.value(source);
    book.sourceCell = parser.value(sourceCell);
    book.sheets = parser.values(sheet);
    if (parser.isSet(announced)) {
        book.asOf = QDate::fromString(parser.value(announced), Qt::ISODate);
        if (!book.asOf.isValid())
            return fail(CommandLine::UsageError,
                        CommandLine::tr("invalid --announced '%1'; expected a date YYYY-MM-DD")
                                .arg(parser.value(announced)));
    }
    if (parser.isSet(unit)) {
        book.unit = Units::fromCode(parser.value(unit));
        if (!book.unit)
            return fail(
                    CommandLine::UsageError,
                    CommandLine::tr("unknown unit '%1'; expected one of %2")
                            .arg(parser.value(unit), Units::allCodes().join(QStringLiteral(", "))));
    }
    if (parser.isSet(basis)) {
        const auto named = Bases::fromCode(parser.value(basis));
        if (!named)
            return fail(CommandLine::UsageError,
                        CommandLine::tr("unknown basis '%1'; expected reported, derived or target")
                                .arg(parser.value(basis)));
        book.basis = *named;
    }
    // The company the figures belong to, whose metrics and currency they are read by.
    std::optional<CompanyProfile> newProfile;
    if (parser.isSet(profile) && parser.isSet(company))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("--profile names the company itself; give no --company"));
    if (parser.isSet(profile)) {
        const CompanyProfile::Result read = CompanyProfile::readFile(parser.value(profile));
        if (!read.ok()) {
            for (const DatasetError &error : read.errors)
                err() << FactWriter::escapeControls(error.toString()) << Qt::endl;
            return fail(CommandLine::RuntimeError,
                        CommandLine::tr("%1: %n error(s); nothing was imported", nullptr,
                                        static_cast<int>(read.errors.size()))
                                .arg(parser.value(profile)));
        }
        newProfile = *read.profile;
        CompanyProfile::activate(*newProfile);
    } else if (parser.isSet(company) && parser.value(company) != CompanyProfile::bundled().key) {
        // The stored profile of a company the database holds.
        Store lookup;
        QString error;
        if (!openStore(lookup, path, &error, !parser.isSet(db), DatabaseStartup::Purpose::Read))
            return fail(CommandLine::RuntimeError, error);
        if (const QString wrong = chooseCompany(lookup, parser, company); !wrong.isEmpty())
            return fail(CommandLine::RuntimeError,
                        wrong + QLatin1Char(' ')
                                + CommandLine::tr("(a new company needs --profile)"));
    }
    Store store;
    Store::ImportOptions options;
    options.policy = policy;
    const DatasetImport::StoreOpener opener = [&](QString *error) {
        return openStore(store, path, error, !parser.isSet(db), DatabaseStartup::Purpose::Import)
                ? &store
                : nullptr;
    };
    DatasetImport::Outcome outcome;
    if (fromStandardInput) {
        // Read whole first, as a file is: the same limit, and the same all or nothing.
        QByteArray data;
        outcome.input = InputFile::readStandardInput(&data);
        if (outcome.input.ok()) {
            options.file = standardInputRecord;
            outcome = DatasetImport::run(data, file, Fact::Origin::User, opener, options,
                                         fileEncoding, book);
        }
    } else {
        outcome = DatasetImport::run(file, Fact::Origin::User, opener, options, fileEncoding, book);
    }
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
    if (newProfile && !store.setCompanyProfile(*newProfile))
        return fail(CommandLine::RuntimeError, store.lastError());
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

// The options of `export` that a workbook reads.
struct WorkbookOptions
{
    QCommandLineOption quarter;
    QCommandLineOption asOf;
    QCommandLineOption span;
    QCommandLineOption output;
    QCommandLineOption company;
    QCommandLineOption db;
    QCommandLineOption view;
};

// `export --format xlsx`: every chart (or one chart's views) into one workbook.
int exportWorkbook(const QCommandLineParser &parser, const QString &chartName,
                   const QString &language, const WorkbookOptions &options)
{
    if (parser.isSet(options.view))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("--view does not apply to a workbook: it holds every view "
                                    "of the chart"));
    bool spanOk = false;
    const int quarters = parser.value(options.span).toInt(&spanOk);
    if (!spanOk || quarters < 0 || quarters > 400)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("invalid span '%1'; expected a number of quarters, 0 for all")
                            .arg(parser.value(options.span)));
    if (!parser.isSet(options.output))
        return fail(CommandLine::UsageError, CommandLine::tr("missing -o PATH"));
    const QString target = parser.value(options.output);
    if (target == standardStream)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("-o - writes one chart; a workbook needs a file name"));
    const auto choice = parseAsOf(parser, options.asOf);
    if (const int *wrong = std::get_if<int>(&choice))
        return *wrong;
    // Refused before anything is drawn: -o /dev/null must stay the device it is.
    if (const QString refused = ChartExporter::refusal(target); !refused.isEmpty())
        return fail(CommandLine::RuntimeError, refused);

    Store store;
    QString error;
    if (!openStore(store, databasePath(parser, options.db), &error, !parser.isSet(options.db),
                   DatabaseStartup::Purpose::Read))
        return fail(CommandLine::RuntimeError, error);
    if (const QString wrong = chooseCompany(store, parser, options.company); !wrong.isEmpty())
        return fail(CommandLine::RuntimeError, wrong);
    const QList<WorkbookExporter::Sheet> sheets
            = WorkbookExporter::sheets(chartName == QLatin1String("all") ? QString() : chartName);
    if (sheets.isEmpty())
        return fail(CommandLine::RuntimeError,
                    CommandLine::tr("the profile of %1 defines nothing for the %2 chart; it "
                                    "draws %3")
                            .arg(CompanyProfile::active().key, chartName,
                                 ChartCatalog::availableNames().join(QStringLiteral(", "))));
    Queries queries(store);
    const QList<FiscalPeriod> available = queries.quarters();
    if (available.isEmpty())
        return fail(CommandLine::RuntimeError, CommandLine::tr("the database holds no quarter"));
    FiscalPeriod selected = available.last();
    if (parser.isSet(options.quarter)) {
        const auto parsed = FiscalPeriod::fromCode(parser.value(options.quarter));
        if (!parsed || !available.contains(*parsed)) {
            QStringList codes;
            for (const FiscalPeriod &p : available)
                codes.append(p.code());
            return fail(
                    CommandLine::UsageError,
                    CommandLine::tr("unknown quarter '%1'; expected one of %2")
                            .arg(parser.value(options.quarter), codes.join(QStringLiteral(", "))));
        }
        selected = *parsed;
    }
    Language::apply(language);
    queries.setAsOf(std::get<AsOf>(choice), selected);  // after the language: it is described
    ChartOptions chartOptions;
    chartOptions.locale = QLocale();
    chartOptions.fontFamily = Language::chartFontFamily(language);
    if (!WorkbookExporter::write(queries, selected, quarters, sheets, chartOptions, target, &error))
        return fail(CommandLine::RuntimeError, error);
    out() << target << Qt::endl;
    return CommandLine::Success;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption chart(
            QStringLiteral("chart"),
            CommandLine::tr("Chart to draw: %1; or all, every chart in every view into the "
                            "folder -o names (with xlsx: into the one workbook, the default).")
                    .arg(ChartCatalog::names().join(QStringLiteral(", "))),
            CommandLine::tr("name"));
    const QCommandLineOption quarter(QStringLiteral("quarter"),
                                     CommandLine::tr("Quarter to show (default: the newest)."),
                                     CommandLine::tr("quarter"));
    const QCommandLineOption size(
            QStringLiteral("size"),
            CommandLine::tr("Logical size in pixels, 100 to 10000 a side (default: 1600x900)."),
            CommandLine::tr("WxH"), QStringLiteral("1600x900"));
    const QCommandLineOption scale(
            QStringLiteral("scale"),
            CommandLine::tr("Pixels per logical pixel, 1 to 4: 2 draws a 1600x900 chart as a "
                            "3200x1800 PNG (default: 1)."),
            CommandLine::tr("factor"), QStringLiteral("1"));
    const QCommandLineOption format(
            QStringLiteral("format"),
            CommandLine::tr("png, svg, pdf, csv or xlsx (a workbook: a sheet per chart and "
                            "view with its figures and a native chart, and a sheet of every "
                            "figure) (default: what the file name ends in, else png)."),
            CommandLine::tr("format"), QStringLiteral("png"));
    const QCommandLineOption span(
            QStringLiteral("span"),
            CommandLine::tr("Quarters the quarterly charts show: 5, 8, 12 or 0 for all "
                            "(default: 5)."),
            CommandLine::tr("quarters"), QStringLiteral("5"));
    const QCommandLineOption output(
            {QStringLiteral("o"), QStringLiteral("output")},
            CommandLine::tr("File to write (- for standard output), or the folder for all."),
            CommandLine::tr("path"));
    const QCommandLineOption asOf = asOfOption(QStringLiteral("announcement"));
    const QCommandLineOption company = companyOption();
    const QCommandLineOption layout(
            QStringLiteral("layout"),
            CommandLine::tr("For csv: long, one row per cell with its unit, basis and source "
                            "(the default), or wide, the series down and the periods across as "
                            "a data book lays them out, which irdash import reads back."),
            CommandLine::tr("layout"), QStringLiteral("long"));
    const QCommandLineOption view(
            QStringLiteral("view"),
            CommandLine::tr("The chart's view: segments, detailed or recurring (revenue-mix), "
                            "ratios or amounts (gross-margin), costs or people (headcount); "
                            "default: the first. With --chart all, every view is drawn."),
            CommandLine::tr("name"));
    const Help help {
            .command = QStringLiteral("export"),
            .usage = CommandLine::tr("Usage: irdash export --chart NAME [options] -o PATH"),
            .description = CommandLine::tr("Draw a chart to a file or to standard output, or "
                                           "every chart into a folder, as the dashboard shows "
                                           "it."),
            .options
            = {chart, view, quarter, asOf, span, size, scale, format, layout, output, company, db},
            .language = CommandLine::tr("Language of the chart and the messages: en or ja "
                                        "(default: the system's).")};
    if (const auto done = parseCommand(parser, arguments, help))
        return *done;

    // A workbook: asked for by --format, or by the file name when --format is not given.
    const QLatin1String xlsx("xlsx");
    const QString outputSuffix = QFileInfo(parser.value(output)).suffix().toLower();
    const bool workbook = parser.value(format).toLower() == xlsx
            || (!parser.isSet(format) && outputSuffix == xlsx);
    if (workbook && parser.isSet(format) && outputSuffix != xlsx
        && ChartExporter::formatFromName(outputSuffix))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("--format %1 contradicts the file name %2; give one "
                                    "or make them agree")
                            .arg(parser.value(format), parser.value(output)));
    if (!workbook && parser.isSet(format) && outputSuffix == xlsx)
        return fail(CommandLine::UsageError,
                    CommandLine::tr("--format %1 contradicts the file name %2; give one "
                                    "or make them agree")
                            .arg(parser.value(format), parser.value(output)));
    const QString chartName
            = workbook && !parser.isSet(chart) ? QStringLiteral("all") : parser.value(chart);
    const QStringList names = ChartCatalog::names();
    if (chartName != QLatin1String("all") && !names.contains(chartName))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown chart '%1'; expected all or one of %2")
                            .arg(chartName, names.join(QStringLiteral(", "))));
    // --lang, checked by parseCommand and installed by runHeadless, else the system's.
    const QString language = Translator::current();
    if (workbook)
        return exportWorkbook(parser, chartName, language,
                              {quarter, asOf, span, output, company, db, view});
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
                    CommandLine::tr("unknown format '%1'; expected png, svg, pdf, csv or xlsx")
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
    const bool toStandardOutput = parser.value(output) == standardStream;
    if (toStandardOutput && chartName == QLatin1String("all"))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("-o - writes one chart; --chart all needs a folder"));
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
    } else if (const QString refused = ChartExporter::refusal(target);
               !toStandardOutput && !refused.isEmpty()) {
        return fail(CommandLine::RuntimeError, refused);
    }

    Store store;
    QString error;
    if (!openStore(store, databasePath(parser, db), &error, !parser.isSet(db),
                   DatabaseStartup::Purpose::Read))
        return fail(CommandLine::RuntimeError, error);
    if (const QString wrong = chooseCompany(store, parser, company); !wrong.isEmpty())
        return fail(CommandLine::RuntimeError, wrong);
    // The charts and views the company's profile gives something to draw.
    if (!toFolder) {
        const auto builder = ChartCatalog::builder(chartName);
        if (!builder->availableVariants().contains(viewIndex))
            return fail(CommandLine::RuntimeError,
                        CommandLine::tr("the profile of %1 defines nothing for the %2 chart in "
                                        "that view; it draws %3")
                                .arg(CompanyProfile::active().key, chartName,
                                     ChartCatalog::availableNames().join(QStringLiteral(", "))));
    }
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
    if (parser.value(layout) != QLatin1String("long")
        && parser.value(layout) != QLatin1String("wide"))
        return fail(CommandLine::UsageError,
                    CommandLine::tr("unknown layout '%1'; expected long or wide")
                            .arg(parser.value(layout)));
    if (parser.isSet(layout) && request.format != ChartExporter::Format::Csv)
        return fail(CommandLine::UsageError, CommandLine::tr("--layout applies to csv only"));
    request.wideCsv = parser.value(layout) == QLatin1String("wide");

    // Every chart with its view: the one asked for, or with --chart all every view, each
    // file named <chart>[-<view>]_<quarter>_<lang>.<format>.
    struct Drawing
    {
        QString chart;
        int view;
        QString path;
    };
    QList<Drawing> drawings;
    for (const QString &name :
         toFolder ? ChartCatalog::availableNames() : QStringList {chartName}) {
        const auto builder = ChartCatalog::builder(name);
        const QStringList codes = builder->variantCodes();
        if (!toFolder) {
            drawings.append({name, viewIndex, target});
            continue;
        }
        for (int v : builder->availableVariants()) {
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
        if (const QString refused = ChartExporter::refusal(path);
            !toStandardOutput && !refused.isEmpty())
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
        if (toStandardOutput) {
            QString notDrawn;
            const QByteArray bytes
                    = ChartExporter::encode(*builder, table, options, request, &notDrawn);
            if (bytes.isEmpty())
                return fail(
                        CommandLine::RuntimeError,
                        CommandLine::tr("cannot write to the standard output: %1").arg(notDrawn));
            QString writeError;
            if (!OutputFile::writeStandardOutput(bytes, &writeError))
                return fail(CommandLine::RuntimeError, writeError);
            return CommandLine::Success;  // the bytes are the output: no path printed
        }
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

// The window's options, which are irdash's own: its help is irdash's help.
struct WindowArguments
{
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption company = companyOption();
    const QCommandLineOption exitAfterFirstPaint {
            QStringLiteral("exit-after-first-paint"),
            CommandLine::tr("Quit as soon as the dashboard's chart has been drawn, printing when "
                            "(microseconds since the epoch), to time start-up.")};

    Help help() const
    {
        const QStringList descriptions = {
                CommandLine::tr("Print the stored figures."),
                CommandLine::tr("Print the consistency report; exit 1 when a mismatch is not "
                                "explained by rounding."),
                CommandLine::tr("Add the figures of a dataset file; undo an import; list them."),
                CommandLine::tr("Draw charts to files or to standard output."),
        };
        QList<std::pair<QString, QString>> list;
        for (const char *command : commands)
            list.append({QString::fromLatin1(command), descriptions.value(list.size())});
        return {.command = {},
                .usage = CommandLine::tr("Usage: irdash [options] [FILE...]\n"
                                         "  or:  irdash COMMAND [options]"),
                .description = CommandLine::tr(
                        "An investor-relations dashboard: quarterly results as the charts of an "
                        "IR presentation, in English and Japanese. Without a command it opens the "
                        "dashboard; the commands run without a display."),
                .options = {company, db, exitAfterFirstPaint},
                .language = CommandLine::tr("Language: en or ja (default: the last one chosen, "
                                            "else the system's)."),
                .arguments = {{QStringLiteral("FILE"),
                               CommandLine::tr("A dataset file to import; the dashboard shows "
                                               "what it would change first.")}},
                .more = CommandLine::tr("Commands:") + QLatin1Char('\n') + HelpText::table(list)
                        + QLatin1Char('\n')
                        + HelpText::wrap(CommandLine::tr(
                                "Qt's own options, such as -platform NAME, -style NAME, "
                                "-stylesheet FILE, -reverse, -qwindowgeometry GEOMETRY, "
                                "-qwindowtitle TITLE and -display DISPLAY, go to Qt."))
                        + QStringLiteral("\n\n")
                        + exitStatusText(
                                {{QStringLiteral("0"), CommandLine::tr("success")},
                                 {QStringLiteral("1"),
                                  CommandLine::tr("a runtime error (a file that cannot be read or "
                                                  "written, no display for the dashboard); for "
                                                  "check, a mismatch not explained by rounding")},
                                 {QStringLiteral("2"), CommandLine::tr("a usage error")}})
                        + QLatin1Char('\n')
                        + HelpText::wrap(CommandLine::tr("Run irdash COMMAND --help for the "
                                                         "options of a command."))
                        + QLatin1Char('\n'),
                .listVersion = true};
    }

    // An exit code when nothing more is to be done (the help or the version printed, or a
    // usage error); files may follow.
    std::optional<int> parse(const QStringList &arguments)
    {
        return parseCommand(parser, arguments, help(), std::numeric_limits<qsizetype>::max());
    }
};

// The window's language: --lang, else the last choice, else the system's.
QString windowLanguage(const QStringList &arguments)
{
    for (const QString &code : {languageAsked(arguments), Settings::language()}) {
        if (Translator::isSupported(code))
            return code;
    }
    return Translator::systemLanguage();
}

}  // namespace

QStringList CommandLine::arguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

bool CommandLine::hasDisplay(const QStringList &arguments)
{
    // A platform chosen (offscreen, say) counts: Qt is told where to draw.
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || QtOptions::choosePlatform(arguments)
            || !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

CommandLine::Mode CommandLine::mode(const QStringList &arguments)
{
    const QStringList own = QtOptions::strip(arguments);
    const QString word = commandWord(own);
    const bool helpOrVersion = asksFor(own, helpOptions) || asksFor(own, versionOptions);
    if (word == QLatin1String("export"))
        return helpOrVersion ? Mode::Headless : Mode::Charts;
    // A command, --help or --version, or a word that is neither a command nor a file to
    // import (an unknown command): no window.
    if (among(word, commands) || helpOrVersion || (!word.isEmpty() && !QFileInfo(word).isFile()))
        return Mode::Headless;
    return hasDisplay(arguments) ? Mode::Window : Mode::NoDisplay;
}

void CommandLine::useOffscreenWithoutDisplay()
{
    // Export draws into images, never onto a screen: the offscreen platform renders
    // the same and does not fail on a missing or stale DISPLAY. An explicit
    // QT_QPA_PLATFORM (or -platform) still wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void CommandLine::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("irdash"));
    QCoreApplication::setApplicationName(QStringLiteral("irdash"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IRDASH_VERSION));
}

int CommandLine::runHeadless(const QStringList &arguments)
{
    const QStringList own = QtOptions::strip(arguments);
    // Before anything is parsed, so that the usage errors and the help speak it too; an
    // unknown --lang is the parser's to report.
    const QString asked = languageAsked(own);
    Translator::install(Translator::isSupported(asked) ? asked : Translator::systemLanguage());
    const QString command = commandWord(own);
    if (command == QLatin1String("data"))
        return runData(own);
    if (command == QLatin1String("check"))
        return runCheck(own);
    if (command == QLatin1String("export"))
        return runExport(own);
    if (command == QLatin1String("import"))
        return runImport(own);
    // irdash's own --help and --version, in the language asked for or the system's (not the
    // window's last choice: a manual page is made from this help).
    if (command.isEmpty() || asksFor(own, helpOptions) || asksFor(own, versionOptions))
        return WindowArguments().parse(own).value_or(Success);
    return usageError(tr("unknown command '%1'").arg(command), {});
}

int CommandLine::runWithoutDisplay(const QStringList &arguments)
{
    const QStringList own = QtOptions::strip(arguments);
    Translator::install(windowLanguage(own));
    if (const std::optional<int> done = WindowArguments().parse(own))
        return *done;
    return fail(RuntimeError,
                tr("no display found (DISPLAY/WAYLAND_DISPLAY unset); the commands data, check, "
                   "import and export run without one"));
}

int CommandLine::runGui(const QStringList &arguments)
{
    const QStringList own = QtOptions::strip(arguments);
    Language::apply(windowLanguage(own));
    WindowArguments given;
    if (const std::optional<int> done = given.parse(own))
        return *done;
    const QCommandLineParser &parser = given.parser;
    const QCommandLineOption &db = given.db;
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
    // The company asked for, else the one shown last (if the database still holds it).
    if (parser.isSet(given.company)) {
        if (const QString wrong = chooseCompany(store, parser, given.company); !wrong.isEmpty()) {
            QMessageBox::critical(nullptr, tr("irdash"), wrong);
            return fail(RuntimeError, wrong);
        }
    } else if (const QString last = Settings::company();
               !last.isEmpty() && CompanyChoice::keys(store).contains(last)) {
        CompanyChoice::activate(store, last);
    }
    // Wayland desktops find the icon and the entry to pin by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.irdash.irdash"));
    Queries queries(store);
    MainWindow window(store, queries);
    if (parser.isSet(given.exitAfterFirstPaint)) {
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
