#include "BundledDataset.h"
#include "DatasetReader.h"
#include "Store.h"
#include "TableCsv.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;  // a signal ended it (Qt's abort without a platform is SIGABRT)
};

// The environment irdash runs in here: the system's, with messages in English whatever the
// machine's locale, so that the texts below are what irdash prints.
QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

Run irdashIn(const QProcessEnvironment &environment, const QStringList &arguments,
             const QString &workingDirectory = QString(), const QByteArray &input = QByteArray())
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IRDASH_BINARY), arguments);
    if (!process.waitForStarted(60000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(),
            process.exitStatus() == QProcess::CrashExit};
}

Run irdash(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcessEnvironment environment = englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return irdashIn(environment, arguments, workingDirectory);
}

// As on a server or in CI: no X11, no Wayland and no platform chosen.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = englishEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

// Commands that draw charts fall back to the offscreen platform by themselves.
Run irdashWithoutDisplay(const QStringList &arguments)
{
    return irdashIn(withoutDisplay(), arguments);
}

// A HOME and XDG folders of their own, inside `dir`, none of them there yet: what irdash
// makes shows up in `dir`.
QProcessEnvironment freshHome(const QProcessEnvironment &base, const QTemporaryDir &dir)
{
    QProcessEnvironment environment = base;
    environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                             "XDG_RUNTIME_DIR"})
        environment.insert(QString::fromLatin1(name),
                           dir.filePath(QString::fromLatin1(name).toLower()));
    return environment;
}

QStringList exportArguments(const QString &output, const QStringList &more = {})
{
    return QStringList {QStringLiteral("export"), QStringLiteral("--db"),
                        QStringLiteral(":memory:"), QStringLiteral("-o"), output}
    + more;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The pixel size in a PNG's IHDR chunk (this test links no QtGui); invalid when the
// bytes are no PNG.
QSize pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(png.constData());
    return QSize(static_cast<int>(qFromBigEndian<quint32>(bytes + 16)),
                 static_cast<int>(qFromBigEndian<quint32>(bytes + 20)));
}

// The lines irdash itself wrote to stderr. Qt may add notes of its own where the
// export's QApplication starts (e.g. "QStandardPaths: XDG_RUNTIME_DIR not set").
QStringList irdashLines(const QByteArray &err)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(err).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("irdash: ")))
            lines.append(line);
    }
    return lines;
}

// Every entry of a folder, hidden ones (a temporary file) included.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot);
}

// As on a full disk: writing past `kib` KiB into any file fails (ulimit -f), with SIGXFSZ
// ignored so that the write fails and not the process.
Run irdashWithFileSizeLimit(int kib, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("bash"),
                  QStringList {QStringLiteral("-c"),
                               QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"")
                                       .arg(kib),
                               QStringLiteral(IRDASH_BINARY)}
                          + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// What lstat says of a path, to tell that it is still the same node afterwards.
QString identity(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("mode %1 inode %2 device %3 size %4")
            .arg(status.st_mode, 0, 8)
            .arg(status.st_ino)
            .arg(status.st_rdev)
            .arg(status.st_size);
}

// The first raw control or invisible format character in UTF-8 output other than a line
// break: ESC, BEL, CR, DEL, C1 (U+0080-U+009F), U+202E and its kind.
QString firstRawControl(const QByteArray &utf8)
{
    const QList<uint> text = QString::fromUtf8(utf8).toUcs4();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uint c = text[i];
        if (c == '\n')
            continue;
        const QChar::Category category = QChar::category(char32_t(c));
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return QStringLiteral("U+%1 at %2").arg(c, 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

}  // namespace

// `irdash` as a script or a person calls it from a shell.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void dataBookImport();
    void brokenDataBookStoresNothing_data();
    void brokenDataBookStoresNothing();
    void secondCompanyBesideIij();
    void malformedProfileStoresNothing_data();
    void malformedProfileStoresNothing();
    void dataPrintsEveryBundledFigureAsCsv();
    void dataAsJsonForOnePeriod();
    void dataRoundTripsThroughAFileDatabase();
    void checkPrintsTheReport();
    void versionAndHelp();
    void commandIsTheFirstWordNotAnOptionValue();
    void usageErrors_data();
    void usageErrors();
    void runtimeErrorForAnUnusableDatabase();
    void importLargeFile();
    void undoAReplaceImportRestoresTheData();
    void undoUsageErrors_data();
    void undoUsageErrors();

    void exportPngWithoutDisplay();
    void exportScaleAndSize();
    void exportAllChartsAsSvg();
    void exportJapaneseDiffersFromEnglish();
    void exportCsvReadsBack();
    void exportWorkbook();
    void exportUsageErrors_data();
    void exportUsageErrors();
    void exportUnwritablePath();
    void exportStandsAtTheAnnouncement();
    void exportFormatFollowsTheFileName();
    void importWithANamedEncoding();
    void anotherUsersDatabaseIsLeftAlone();
    void dataAndCheckAsOf();

    void importRefusesSpecialFiles();
    void databaseThatIsNoFile();
    void exportRefusesSpecialFiles_data();
    void exportRefusesSpecialFiles();
    void exportAllRefusesSpecialFiles();
    void exportOnAFullDisk_data();
    void exportOnAFullDisk();
    void dataEscapesControlCharacters();
    void importErrorsEscapeControlCharacters();

    void windowWithoutDisplay();
    void noDisplayNeeded_data();
    void noDisplayNeeded();
    void qtOptionsGoToQt();
    void commandHelp_data();
    void commandHelp();
    void databaseInAMissingFolder();
    void checkExitsOneOnAnUnexplainedMismatch();
    void importFromStandardInput();
    void exportToStandardOutput();
    void japaneseOnTheCommandLine();
    void memoryDatabaseMakesNoFolder();
};

void TestCommandLine::dataPrintsEveryBundledFigureAsCsv()
{
    const Run run
            = irdash({QStringLiteral("data"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith("period,metric,value,unit,basis,source,as_of\n"));
    const auto printed
            = DatasetReader::read(run.out, QStringLiteral("stdout"), Fact::Origin::Bundled);
    QVERIFY(printed.ok());
    const auto bundled = BundledDataset::read();
    QCOMPARE(printed.facts.size(), bundled.facts.size());
    for (const Fact &fact : bundled.facts)
        QVERIFY2(printed.facts.contains(fact),
                 qPrintable(fact.period.code() + QLatin1Char(' ') + fact.metric));
    QVERIFY(run.out.contains("1Q13,revenue_total,26441,JPY_million,reported,"));
    QVERIFY(run.out.contains("FY13,eps,148.01,JPY,target,"));
    QVERIFY(run.out.contains("FY13,eps,135.42,JPY,target,"));
}

void TestCommandLine::dataAsJsonForOnePeriod()
{
    const Run run
            = irdash({QStringLiteral("data"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--period"), QStringLiteral("1Q13"), QStringLiteral("--db"),
                      QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray facts = document.array();
    QVERIFY(facts.size() > 50);
    bool sawRevenue = false;
    for (const QJsonValue &value : facts) {
        const QJsonObject fact = value.toObject();
        QCOMPARE(fact.value(QStringLiteral("period")).toString(), QStringLiteral("1Q13"));
        QVERIFY(!fact.value(QStringLiteral("source")).toString().isEmpty());
        QVERIFY(!fact.value(QStringLiteral("basis")).toString().isEmpty());
        if (fact.value(QStringLiteral("metric")).toString() == QLatin1String("revenue_total")) {
            sawRevenue = true;
            QCOMPARE(fact.value(QStringLiteral("value")).toDouble(), 26441.0);
            QCOMPARE(fact.value(QStringLiteral("unit")).toString(), QStringLiteral("JPY_million"));
            QCOMPARE(fact.value(QStringLiteral("as_of")).toString(), QStringLiteral("2013-08-06"));
        }
    }
    QVERIFY(sawRevenue);
}

void TestCommandLine::dataRoundTripsThroughAFileDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    // A command that only reads makes no file: the bundled dataset, from memory.
    const Run first = irdash({QStringLiteral("data"), QStringLiteral("--db"), db});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(!QFile::exists(db));
    // An import makes it; reading it back gives the bundled figures and the imported ones.
    const Run import = irdash({QStringLiteral("import"),
                               QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
                               QStringLiteral("--db"), db});
    QCOMPARE(import.exitCode, 0);
    QVERIFY(QFile::exists(db));
    const QByteArray stored = contentsOf(db);
    const Run second = irdash({QStringLiteral("data"), QStringLiteral("--db"), db});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out.count('\n'), first.out.count('\n') + 19);
    // ...and changes not a byte of the file.
    QCOMPARE(contentsOf(db), stored);
}

void TestCommandLine::checkPrintsTheReport()
{
    const Run run
            = irdash({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.startsWith(QStringLiteral("Comparisons: ")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("1Q13 [parts] revenue_total vs the sum of its parts")));
    QVERIFY(text.contains(QStringLiteral("stated -1982, recomputed -1983")));
    QVERIFY(text.contains(QStringLiteral("explained by rounding of the inputs")));
    QVERIFY(!text.contains(QStringLiteral("NOT explained")));
}

void TestCommandLine::versionAndHelp()
{
    const Run version = irdash({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("irdash " IRDASH_VERSION));
    const Run help = irdash({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.err.isEmpty());
    QVERIFY(help.out.startsWith("Usage: irdash [options] [FILE...]\n"));
    // Every command, with what it does.
    for (const char *command : {"data", "check", "import", "export"})
        QVERIFY2(help.out.contains(QByteArray("\n  ").append(command).append("  ")), command);
    QVERIFY(help.out.contains("Exit status:"));
}

void TestCommandLine::commandIsTheFirstWordNotAnOptionValue()
{
    QTemporaryDir dir;
    // A database file named "data" must not turn `check` into `data`.
    Run run = irdash({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("data")},
                     dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("Comparisons: "), run.out.left(80).constData());
    // An output path named "check" must not turn `export` into `check`.
    run = irdash({QStringLiteral("export"), QStringLiteral("--chart"),
                  QStringLiteral("cloud-revenue"), QStringLiteral("--db"),
                  QStringLiteral(":memory:"), QStringLiteral("-o"), QStringLiteral("check")},
                 dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("check"))).size() > 1000);
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("bad format") << QStringList {QStringLiteral("data"), QStringLiteral("--format"),
                                                QStringLiteral("xml")}
                                << QStringLiteral("unknown format 'xml'; expected csv or json");
    QTest::addRow("bad period") << QStringList {QStringLiteral("data"), QStringLiteral("--period"),
                                                QStringLiteral("5Q13")}
                                << QStringLiteral("unknown period '5Q13'");
    QTest::addRow("unknown option")
            << QStringList {QStringLiteral("check"), QStringLiteral("--colour")}
            << QStringLiteral("irdash: unknown option '--colour'; see irdash check --help");
    QTest::addRow("extra argument") << QStringList {QStringLiteral("data"), QStringLiteral("more")}
                                    << QStringLiteral("unexpected argument 'more'");
    QTest::addRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")}
            << QStringLiteral("irdash: unknown command 'frobnicate'; see irdash --help");
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run
            = irdash(arguments + QStringList {QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.err.startsWith("irdash: "));
    QCOMPARE(run.err.count('\n'), 1);  // one line
}

void TestCommandLine::runtimeErrorForAnUnusableDatabase()
{
    QTemporaryDir dir;
    const QString notADatabase = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2048, 'n'));
    file.close();
    Run run = irdash({QStringLiteral("data"), QStringLiteral("--db"), notADatabase});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("is not an irdash database"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);  // one clear line

    // Importing needs a database it can write: a missing folder is an error, not a
    // silent in-memory import.
    const QString dataset = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
    run = irdash({QStringLiteral("import"), dataset, QStringLiteral("--db"),
                  dir.filePath(QStringLiteral("missing/dir/x.sqlite"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot open the database"), run.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    // Looking at the figures in a folder that does not exist is an error too, with the path
    // and the reason, and makes no folder.
    run = irdash({QStringLiteral("check"), QStringLiteral("--db"),
                  dir.filePath(QStringLiteral("missing/dir/x.sqlite"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("the folder") && run.err.contains("does not exist")
                     && run.err.contains("missing/dir/x.sqlite"),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

void TestCommandLine::importLargeFile()
{
    // Read in parts and stored while read: the count printed, the figures there.
    int records = 0;
    QByteArray data = largeDatasetFile(&records);
    QTemporaryDir dir;
    QVERIFY(!writeTestFile(dir, QStringLiteral("large.csv"), data).isEmpty());
    const QString db = dir.filePath(QStringLiteral("large.sqlite"));
    Run run = irdash({QStringLiteral("import"), dir.filePath(QStringLiteral("large.csv")),
                      QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray summary = QByteArray::number(records) + " figures read; "
            + QByteArray::number(records) + " new";
    QVERIFY2(run.out.contains(summary), run.out.constData());
    run = irdash({QStringLiteral("data"), QStringLiteral("--period"), QStringLiteral("4Q99"),
                  QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    // Five metrics, twelve vintages each.
    QCOMPARE(DatasetReader::read(run.out, QStringLiteral("stdout"), Fact::Origin::User)
                     .facts.size(),
             60);

    // An error three quarters in, after the first part was stored: nothing imported, and
    // the database this command created is gone again.
    const qsizetype late = data.indexOf("\n4Q75,");
    data.insert(late + 1, "4Q75,revenue_total,12x,JPY_million,reported,s,2075-01-01\n");
    QVERIFY(!writeTestFile(dir, QStringLiteral("late-error.csv"), data).isEmpty());
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    run = irdash({QStringLiteral("import"), dir.filePath(QStringLiteral("late-error.csv")),
                  QStringLiteral("--db"), fresh});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("invalid number '12x'"), run.err.constData());
    QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
    QVERIFY(!QFileInfo::exists(fresh));
    // Into the database that existed: it keeps what it had.
    run = irdash({QStringLiteral("import"), dir.filePath(QStringLiteral("late-error.csv")),
                  QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFileInfo::exists(db));
    run = irdash({QStringLiteral("data"), QStringLiteral("--db"), db});
    QCOMPARE(DatasetReader::read(run.out, QStringLiteral("stdout"), Fact::Origin::User)
                     .facts.size(),
             records + 391);
}

void TestCommandLine::undoAReplaceImportRestoresTheData()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    const QString later = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
    // A file that overwrites bundled figures (a value, a source, a target made a bound) and
    // one the later releases brought, and adds one.
    const QString fix = writeTestFile(
            dir, QStringLiteral("fix.csv"),
            "period,metric,value,unit,basis,source,as_of\n"
            "1Q13,revenue_total,26500,JPY_million,reported,my correction,2013-08-06\n"
            "1Q13,gross_margin_total,5310,JPY_million,reported,my source,2013-08-06\n"
            "FY13,operating_income,>9000,JPY_million,target,my guess,2013-05-15\n"
            "1Q14,revenue_total,27000,JPY_million,reported,my figure,2014-08-08\n"
            "2Q14,revenue_total,28000,JPY_million,reported,my figure,2014-11-11\n");
    QVERIFY(!fix.isEmpty());
    const auto data = [&] {
        return irdash({QStringLiteral("data"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--db"), db});
    };
    const Run bundledOnly
            = irdash({QStringLiteral("data"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(bundledOnly.exitCode, 0);
    Run run = irdash({QStringLiteral("import"), later, QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Run before = data();
    QCOMPARE(before.exitCode, 0);

    run = irdash({QStringLiteral("import"), fix, QStringLiteral("--on-conflict"),
                  QStringLiteral("replace"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("1 new, 0 unchanged, 4 replaced, 0 kept"), run.out.constData());
    QVERIFY(data().out != before.out);

    // Each command is a process of its own: the record is in the file.
    run = irdash({QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith(
                     QByteArray(QFileInfo(fix).absoluteFilePath().toUtf8() + " (imported ")),
             run.out.constData());
    QVERIFY2(run.out.contains("undone; new figures removed: 1, replaced figures restored: 4"),
             run.out.constData());
    QCOMPARE(data().out, before.out);

    // The one before: the later releases, inserted only.
    run = irdash({QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("undone; new figures removed: 19, replaced figures restored: 0"),
             run.out.constData());
    QCOMPARE(data().out, bundledOnly.out);

    // Nothing left: an error on stderr, nothing changed.
    const QByteArray stored = contentsOf(db);
    run = irdash({QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("irdash: there is no import to undo"), run.err.constData());
    QCOMPARE(contentsOf(db), stored);

    // The history lists both, oldest first, undone.
    run = irdash(
            {QStringLiteral("import"), QStringLiteral("--history"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines
            = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("imported")), qPrintable(lines[0]));
    QVERIFY2(lines[1].endsWith(QFileInfo(later).absoluteFilePath()), qPrintable(lines[1]));
    QVERIFY2(lines[2].endsWith(QFileInfo(fix).absoluteFilePath()), qPrintable(lines[2]));
    const QStringList fields = lines[2].split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(fields.mid(1, 4),
             (QStringList {QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("0"),
                           QStringLiteral("0")}));
    QVERIFY2(fields.value(5).contains(QLatin1Char('T')), qPrintable(lines[2]));  // undone at
    QCOMPARE(contentsOf(db), stored);  // listing writes nothing

    // Undoing in a database that does not exist makes none.
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    run = irdash(
            {QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("--db"), missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("there is no import to undo"), run.err.constData());
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCommandLine::undoUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
    QTest::addRow("a file") << QStringList {QStringLiteral("import"), QStringLiteral("--undo"),
                                            file}
                            << QStringLiteral("--undo takes no file");
    QTest::addRow("both") << QStringList {QStringLiteral("import"), QStringLiteral("--undo"),
                                          QStringLiteral("--history")}
                          << QStringLiteral("--undo and --history cannot be given together");
    QTest::addRow("a policy") << QStringList {QStringLiteral("import"), QStringLiteral("--history"),
                                              QStringLiteral("--on-conflict"),
                                              QStringLiteral("replace")}
                              << QStringLiteral("--history takes no --on-conflict or --encoding");
}

void TestCommandLine::undoUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run
            = irdash(arguments + QStringList {QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    const Run help = irdash({QStringLiteral("import"), QStringLiteral("--help")});
    QVERIFY(help.out.contains("irdash import --undo [--db PATH]"));
}

void TestCommandLine::exportPngWithoutDisplay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.png"));
    const Run run = irdashWithoutDisplay(
            exportArguments(path, {QStringLiteral("--chart"), QStringLiteral("revenue-mix")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The path written, one line, and nothing on stderr but Qt's own notes.
    QCOMPARE(run.out.trimmed(), path.toUtf8());
    QVERIFY2(irdashLines(run.err).isEmpty(), run.err.constData());
    QVERIFY2(!run.err.contains("platform plugin"), run.err.constData());
    QCOMPARE(pngSize(contentsOf(path)), QSize(1600, 900));
    QCOMPARE(entriesOf(dir.path()), QStringList {QStringLiteral("x.png")});
}

void TestCommandLine::exportScaleAndSize()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.png"));
    const Run run = irdash(exportArguments(
            path,
            {QStringLiteral("--chart"), QStringLiteral("revenue-mix"), QStringLiteral("--scale"),
             QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("800x600")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(pngSize(contentsOf(path)), QSize(1600, 1200));

    const QString half = dir.filePath(QStringLiteral("half.png"));
    const Run fractional = irdash(exportArguments(
            half,
            {QStringLiteral("--chart"), QStringLiteral("headcount"), QStringLiteral("--scale"),
             QStringLiteral("1.5"), QStringLiteral("--size"), QStringLiteral("1000X500")}));
    QVERIFY2(fractional.exitCode == 0, fractional.err.constData());
    QCOMPARE(pngSize(contentsOf(half)), QSize(1500, 750));
}

void TestCommandLine::exportAllChartsAsSvg()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("all"));
    const Run run = irdash(exportArguments(folder,
                                           {QStringLiteral("--chart"), QStringLiteral("all"),
                                            QStringLiteral("--format"), QStringLiteral("svg")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Every chart in every view, the view in the name where a chart has several.
    const QStringList charts = {QStringLiteral("revenue-mix-segments"),
                                QStringLiteral("revenue-mix-detailed"),
                                QStringLiteral("revenue-mix-recurring"),
                                QStringLiteral("gross-margin-ratios"),
                                QStringLiteral("gross-margin-amounts"),
                                QStringLiteral("cloud-revenue"),
                                QStringLiteral("headcount-costs"),
                                QStringLiteral("headcount-people"),
                                QStringLiteral("targets")};
    QStringList expected;
    QStringList printed;
    for (const QString &chart : charts) {
        const QString name = chart + QStringLiteral("_1Q13_en.svg");
        expected.append(name);
        printed.append(QDir(folder).filePath(name));
    }
    // One line per file, in the catalogue's order.
    QCOMPARE(QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts), printed);
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(entriesOf(folder), sortedExpected);  // QDir sorts by name
    for (const QString &name : expected) {
        QXmlStreamReader xml(contentsOf(QDir(folder).filePath(name)));
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("svg"));
        int texts = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("text"))
                ++texts;
        }
        QVERIFY2(!xml.hasError(), qPrintable(name + QLatin1String(": ") + xml.errorString()));
        QVERIFY2(texts > 0, qPrintable(name));
    }
}

void TestCommandLine::exportJapaneseDiffersFromEnglish()
{
    QTemporaryDir dir;
    QByteArray images[2];
    const QString languages[2] = {QStringLiteral("en"), QStringLiteral("ja")};
    for (int i = 0; i < 2; ++i) {
        const QString path = dir.filePath(languages[i] + QStringLiteral(".png"));
        const Run run = irdash(exportArguments(
                path,
                {QStringLiteral("--chart"), QStringLiteral("revenue-mix"), QStringLiteral("--lang"),
                 languages[i], QStringLiteral("--quarter"), QStringLiteral("1Q13")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        images[i] = contentsOf(path);
        QCOMPARE(pngSize(images[i]), QSize(1600, 900));
    }
    QVERIFY(images[0] != images[1]);
}

void TestCommandLine::exportCsvReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    Run run = irdash(exportArguments(path,
                                     {QStringLiteral("--chart"), QStringLiteral("revenue-mix"),
                                      QStringLiteral("--format"), QStringLiteral("csv")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray csv = contentsOf(path);
    QVERIFY(csv.startsWith(
            QByteArray(TableCsv::header().join(QLatin1Char(',')).toUtf8() + "\r\n")));
    QString error;
    std::optional<Table> table = TableCsv::read(csv, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->name(), QStringLiteral("revenue-mix"));
    QCOMPARE(table->title(), QStringLiteral("Revenue mix"));
    QCOMPARE(table->categoryKeys().size(), 5);
    QCOMPARE(table->categoryKeys().last(), QStringLiteral("1Q13"));
    const TableCell *services
            = table->find(QStringLiteral("revenue_network_services"), QStringLiteral("1Q13"));
    QVERIFY(services);
    QCOMPARE(services->value.value_or(0), 16785.0);

    // In Japanese, with the byte-order mark Excel needs and the translated labels.
    const QString japanese = dir.filePath(QStringLiteral("ja.csv"));
    run = irdash(exportArguments(japanese,
                                 {QStringLiteral("--chart"), QStringLiteral("revenue-mix"),
                                  QStringLiteral("--format"), QStringLiteral("CSV"),
                                  QStringLiteral("--lang"), QStringLiteral("ja")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray marked = contentsOf(japanese);
    QVERIFY(marked.startsWith("\xEF\xBB\xBFtable,title,"));
    table = TableCsv::read(marked, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->title(), QStringLiteral("売上構成"));
    QCOMPARE(table->find(QStringLiteral("revenue_network_services"), QStringLiteral("1Q13"))
                     ->value.value_or(0),
             16785.0);
}

namespace {

// Sheet names of a workbook's xl/workbook.xml, as `unzip -p` prints it.
QStringList workbookSheets(const QString &path)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    if (!unzip.waitForFinished(30000))
        return {};
    QStringList names;
    static const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]*)\""));
    for (auto match = sheet.globalMatch(QString::fromUtf8(unzip.readAllStandardOutput()));
         match.hasNext();)
        names.append(match.next().captured(1));
    return names;
}

}  // namespace

void TestCommandLine::exportWorkbook()
{
    QTemporaryDir dir;
    // The file name asks for a workbook; no --chart: every chart in every view.
    const QString all = dir.filePath(QStringLiteral("dashboard.xlsx"));
    Run run = irdash(exportArguments(all, {QStringLiteral("--quarter"), QStringLiteral("1Q13")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, all.toUtf8() + '\n');
    QVERIFY(contentsOf(all).startsWith("PK\x03\x04"));
    const QStringList sheets = workbookSheets(all);
    QVERIFY2(sheets.size() >= 6, qPrintable(sheets.join(QLatin1Char('|'))));
    QVERIFY(sheets.contains(QStringLiteral("Revenue mix - By segment")));
    QCOMPARE(sheets.last(), QStringLiteral("Facts"));

    // --format xlsx and one chart: that chart's views, whatever the file is called.
    const QString one = dir.filePath(QStringLiteral("headcount.bin"));
    run = irdash(exportArguments(one, {QStringLiteral("--format"), QStringLiteral("xlsx"),
                                       QStringLiteral("--chart"), QStringLiteral("headcount")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(workbookSheets(one),
             QStringList({QStringLiteral("Personnel - Personnel costs"),
                          QStringLiteral("Personnel - People"), QStringLiteral("Facts")}));

    // A workbook in a .png, or a view of a workbook: usage errors, nothing written.
    const QString png = dir.filePath(QStringLiteral("x.png"));
    run = irdash(exportArguments(png, {QStringLiteral("--format"), QStringLiteral("xlsx")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--format xlsx contradicts the file name"), run.err.constData());
    run = irdash(exportArguments(dir.filePath(QStringLiteral("v.xlsx")),
                                 {QStringLiteral("--chart"), QStringLiteral("headcount"),
                                  QStringLiteral("--view"), QStringLiteral("people")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(png));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("v.xlsx"))));
}

void TestCommandLine::exportUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("output");  // whether -o DIR/x.png is given
    QTest::addColumn<QString>("message");

    const QString chart = QStringLiteral("--chart");
    const QString mix = QStringLiteral("revenue-mix");
    auto row = [&](const char *name, const QStringList &arguments, const char *message,
                   bool output = true) {
        QTest::addRow("%s", name) << arguments << output << QString::fromUtf8(message);
    };
    row("bad chart", {chart, QStringLiteral("pie")},
        "unknown chart 'pie'; expected all or one of revenue-mix, gross-margin, cloud-revenue, "
        "headcount, targets");
    row("no chart", {}, "unknown chart ''");
    row("bad size", {chart, mix, QStringLiteral("--size"), QStringLiteral("big")},
        "invalid size 'big'");
    row("size too large", {chart, mix, QStringLiteral("--size"), QStringLiteral("20000x900")},
        "invalid size '20000x900'");
    row("no such quarter", {chart, mix, QStringLiteral("--quarter"), QStringLiteral("5Q13")},
        "unknown quarter '5Q13'");
    row("quarter not in the data",
        {chart, mix, QStringLiteral("--quarter"), QStringLiteral("1Q99")},
        "unknown quarter '1Q99'; expected one of 1Q11,");
    row("bad format", {chart, mix, QStringLiteral("--format"), QStringLiteral("gif")},
        "unknown format 'gif'; expected png, svg, pdf, csv or xlsx");
    row("scale too large", {chart, mix, QStringLiteral("--scale"), QStringLiteral("9")},
        "invalid scale '9'");
    row("scale no number", {chart, mix, QStringLiteral("--scale"), QStringLiteral("two")},
        "invalid scale 'two'");
    // Finite numbers only: NaN would pass every comparison with the limits.
    for (const char *scale : {"nan", "inf", "-inf", "1e999", "0x2", ""}) {
        const QByteArray name = QByteArray("scale '") + scale + '\'';
        const QByteArray message = QByteArray("invalid scale '") + scale
                + "'; expected a finite number from 1 to 4";
        row(name.constData(), {chart, mix, QStringLiteral("--scale"), QString::fromLatin1(scale)},
            message.constData());
    }
    row("scale below", {chart, mix, QStringLiteral("--scale"), QStringLiteral("0.5")},
        "invalid scale '0.5'; the scale is below the limit of 1");
    row("scale above", {chart, mix, QStringLiteral("--scale"), QStringLiteral("9")},
        "invalid scale '9'; the scale is above the limit of 4");
    for (const char *size : {"nan", "inf", "-inf", "1e999", ""}) {
        const QByteArray name = QByteArray("size '") + size + '\'';
        const QByteArray message = QByteArray("invalid size '") + size
                + "'; expected WIDTHxHEIGHT such as 1600x900, 100 to 10000 pixels a side";
        row(name.constData(), {chart, mix, QStringLiteral("--size"), QString::fromLatin1(size)},
            message.constData());
    }
    row("size 0x2", {chart, mix, QStringLiteral("--size"), QStringLiteral("0x2")},
        "invalid size '0x2'; the width is below the limit of 100 pixels");
    row("width below", {chart, mix, QStringLiteral("--size"), QStringLiteral("99x900")},
        "invalid size '99x900'; the width is below the limit of 100 pixels");
    row("height above", {chart, mix, QStringLiteral("--size"), QStringLiteral("1600x10001")},
        "invalid size '1600x10001'; the height is above the limit of 10000 pixels");
    row("width above", {chart, mix, QStringLiteral("--size"), QStringLiteral("20000x900")},
        "invalid size '20000x900'; the width is above the limit of 10000 pixels");
    row("too many pixels",
        {chart, mix, QStringLiteral("--size"), QStringLiteral("10000x10000"),
         QStringLiteral("--scale"), QStringLiteral("4")},
        "invalid --size and --scale: 10000x10000 at scale 4 is a PNG of 40000x40000 pixels, "
        "1600 megapixels; the limit is 100 megapixels");
    row("bad language", {chart, mix, QStringLiteral("--lang"), QStringLiteral("fr")},
        "unknown language 'fr'");
    row("bad span", {chart, mix, QStringLiteral("--span"), QStringLiteral("-1")},
        "invalid span '-1'");
    row("missing -o", {chart, mix}, "missing -o PATH", false);
    row("bad as-of", {chart, mix, QStringLiteral("--as-of"), QStringLiteral("2013-02-30")},
        "invalid --as-of '2013-02-30'; expected announcement, latest or a date YYYY-MM-DD");
    row("as-of word", {chart, mix, QStringLiteral("--as-of"), QStringLiteral("today")},
        "invalid --as-of 'today'");
    row("unknown view", {chart, mix, QStringLiteral("--view"), QStringLiteral("pie")},
        "unknown view 'pie' of revenue-mix; expected one of segments, detailed, recurring");
    row("view of a one-view chart",
        {chart, QStringLiteral("targets"), QStringLiteral("--view"), QStringLiteral("detailed")},
        "the chart targets has one view");
    row("view with all", {chart, QStringLiteral("all"), QStringLiteral("--view"),
                          QStringLiteral("detailed")},
        "--view needs one chart");
}

void TestCommandLine::exportUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, output);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.png"));
    const Run run = irdash(output ? exportArguments(path, arguments)
                                  : QStringList {QStringLiteral("export"), QStringLiteral("--db"),
                                                 QStringLiteral(":memory:")}
                                           + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = irdashLines(run.err);
    QVERIFY2(lines.size() == 1, run.err.constData());  // one clear line
    QVERIFY2(lines.first().contains(message), run.err.constData());
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

void TestCommandLine::exportUnwritablePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/sub/x.png"));
    Run run = irdash(
            exportArguments(path, {QStringLiteral("--chart"), QStringLiteral("revenue-mix")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = irdashLines(run.err);
    QVERIFY2(lines.size() == 1, run.err.constData());  // one clear line
    QVERIFY2(lines.first().startsWith(QStringLiteral("irdash: cannot write ") + path),
             run.err.constData());
    QCOMPARE(entriesOf(dir.path()), QStringList());

    // For all charts, -o must be a folder irdash can make.
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString folder = blocker + QStringLiteral("/all");
    run = irdash(exportArguments(folder, {QStringLiteral("--chart"), QStringLiteral("all")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(irdashLines(run.err).value(0).contains(folder), run.err.constData());
    QCOMPARE(entriesOf(dir.path()), QStringList {QStringLiteral("file")});
    QCOMPARE(QFileInfo(blocker).size(), 0);
}

void TestCommandLine::importWithANamedEncoding()
{
    // 續キ in CP932 is also valid UTF-8 (it reads 㔃L): only a named encoding reads it right.
    QTemporaryDir dir;
    QStringEncoder toShiftJis("CP932");
    const QByteArray dataset = "period,metric,value,unit,basis,source,as_of\n"
                               "1Q14,revenue_total,27552,JPY_million,reported,"
            + QByteArray(toShiftJis.encode(QStringLiteral(u"決算短信 續キ"))) + ",2014-08-08\n";
    const QString file = writeTestFile(dir, QStringLiteral("sjis.csv"), dataset);
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    Run run = irdash({QStringLiteral("import"), file, QStringLiteral("--encoding"),
                      QStringLiteral("Shift_JIS"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Shift_JIS"), run.out.constData());
    run = irdash({QStringLiteral("data"), QStringLiteral("--period"), QStringLiteral("1Q14"),
                  QStringLiteral("--db"), db});
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral(u"決算短信 續キ")), run.out.constData());
    run = irdash({QStringLiteral("import"), file, QStringLiteral("--encoding"),
                  QStringLiteral("latin1"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("unknown encoding 'latin1'"), run.err.constData());
}

void TestCommandLine::exportFormatFollowsTheFileName()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    Run run = irdash(exportArguments(pdf, {QStringLiteral("--chart"), QStringLiteral("revenue-mix")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(contentsOf(pdf).startsWith("%PDF"));
    const QString svg = dir.filePath(QStringLiteral("chart.SVG"));
    run = irdash(exportArguments(svg, {QStringLiteral("--chart"), QStringLiteral("targets")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(contentsOf(svg).contains("<svg"));
    // A contradiction is a usage error, and writes nothing.
    const QString wrong = dir.filePath(QStringLiteral("x.pdf"));
    run = irdash(exportArguments(wrong, {QStringLiteral("--chart"), QStringLiteral("revenue-mix"),
                                         QStringLiteral("--format"), QStringLiteral("png")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--format png contradicts the file name"), run.err.constData());
    QVERIFY(!QFileInfo::exists(wrong));
    // A view by its name: the detailed revenue mix differs from the default one.
    const QString detailed = dir.filePath(QStringLiteral("detailed.csv"));
    run = irdash(exportArguments(detailed, {QStringLiteral("--chart"), QStringLiteral("revenue-mix"),
                                            QStringLiteral("--view"), QStringLiteral("detailed")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(contentsOf(detailed).contains("revenue_systems_construction"));
}

// A root-owned 0600 database, opened by another user: permission denied is no damage.
void TestCommandLine::anotherUsersDatabaseIsLeftAlone()
{
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        QSKIP("needs root and runuser to act as another user");
    QTemporaryDir home;
    QVERIFY(QFile::setPermissions(home.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                       | QFile::ReadOther | QFile::ExeOther
                                                       | QFile::ReadGroup | QFile::ExeGroup));
    // At the default location of a HOME the other user can enter, and named with --db.
    const QString folder = home.filePath(QStringLiteral(".local/share/irdash/irdash"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &sub : {QStringLiteral(".local"), QStringLiteral(".local/share"),
                               QStringLiteral(".local/share/irdash"),
                               QStringLiteral(".local/share/irdash/irdash")})
        QFile::setPermissions(home.filePath(sub), QFile::ReadOwner | QFile::WriteOwner
                                      | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const QString db = QDir(folder).filePath(QStringLiteral("irdash.sqlite"));
    QCOMPARE(irdash({QStringLiteral("import"),
                     QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
                     QStringLiteral("--db"), db})
                     .exitCode,
             0);
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray before = contentsOf(db);
    const QStringList entries = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    auto asNobody = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = englishEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.remove(QStringLiteral("XDG_DATA_HOME"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QStringLiteral("nobody"),
                                   QStringLiteral("--"), QStringLiteral("env"),
                                   QStringLiteral("HOME=") + home.path(),
                                   QStringLiteral(IRDASH_BINARY)}
                              + arguments);
        process.waitForFinished(60000);
        return Run {process.exitCode(), process.readAllStandardOutput(),
                    process.readAllStandardError()};
    };
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("data")}, QStringList {QStringLiteral("data"), QStringLiteral("--db"), db},
          QStringList {QStringLiteral("import"),
                       QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv")}}) {
        const Run run = asNobody(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(u' ') + QLatin1Char(' ')
                                               + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains(db.toUtf8()), run.err.constData());
        QVERIFY2(!run.err.contains("damaged"), run.err.constData());
        QCOMPARE(contentsOf(db), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), entries);
    }
}

// A database with the later releases, the February 2014 revision of the FY2013 targets
// among them; its path.
QString databaseWithLaterQuarters(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    const Run run = irdash({QStringLiteral("import"),
                            QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
                            QStringLiteral("--db"), db});
    return run.exitCode == 0 ? db : QString();
}

// The value column of the rows of a chart CSV for one series and category.
QStringList csvValues(const QByteArray &csv, const QString &category, const QString &series)
{
    QString error;
    const std::optional<Table> table = TableCsv::read(csv, &error);
    if (!table)
        return {QStringLiteral("unreadable: ") + error};
    QStringList values;
    if (const TableCell *cell = table->find(series, category); cell && cell->value)
        values.append(QString::number(*cell->value, 'f', cell->decimals));
    return values;
}

void TestCommandLine::exportStandsAtTheAnnouncement()
{
    QTemporaryDir dir;
    const QString db = databaseWithLaterQuarters(dir);
    QVERIFY(!db.isEmpty());
    const QString path = dir.filePath(QStringLiteral("targets.csv"));
    const QStringList common {QStringLiteral("export"), QStringLiteral("--db"), db,
                              QStringLiteral("--chart"), QStringLiteral("targets"),
                              QStringLiteral("--format"), QStringLiteral("csv"),
                              QStringLiteral("--quarter"), QStringLiteral("1Q13"),
                              QStringLiteral("-o"), path};
    // By default as the deck's day saw it: May's 117,000, not February 2014's 114,000.
    Run run = irdash(common);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QByteArray csv = contentsOf(path);
    QCOMPARE(csvValues(csv, QStringLiteral("revenue_total"), QStringLiteral("target")),
             QStringList {QStringLiteral("117000")});
    QVERIFY(!csv.contains(",114000,"));
    QVERIFY(csv.contains(",117000,"));
    // --as-of latest: the revision, and nothing of the first target.
    run = irdash(common + QStringList {QStringLiteral("--as-of"), QStringLiteral("latest")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    csv = contentsOf(path);
    QCOMPARE(csvValues(csv, QStringLiteral("revenue_total"), QStringLiteral("target")),
             QStringList {QStringLiteral("114000")});
    QVERIFY(!csv.contains(",117000,"));
    // A fixed date between the two.
    run = irdash(common + QStringList {QStringLiteral("--as-of"), QStringLiteral("2013-12-31")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(csvValues(contentsOf(path), QStringLiteral("revenue_total"), QStringLiteral("target")),
             QStringList {QStringLiteral("117000")});
}

void TestCommandLine::dataAndCheckAsOf()
{
    QTemporaryDir dir;
    const QString db = databaseWithLaterQuarters(dir);
    QVERIFY(!db.isEmpty());
    Run all = irdash({QStringLiteral("data"), QStringLiteral("--db"), db});
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QVERIFY(all.out.contains("2014-02-07"));
    // As of the deck's day: nothing announced later, every row dated then or before.
    Run then = irdash({QStringLiteral("data"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                       QStringLiteral("2013-08-06")});
    QVERIFY2(then.exitCode == 0, then.err.constData());
    const QList<QByteArray> rows = then.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 1 + 391);  // the header and the bundled figures
    for (const QByteArray &row : rows.mid(1)) {
        const QByteArray date = row.trimmed().split(',').last();
        QVERIFY2(date.isEmpty() || date <= "2013-08-06", row.constData());
    }
    // The announcement of the period asked for.
    Run period = irdash({QStringLiteral("data"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                         QStringLiteral("FY13"), QStringLiteral("--as-of"),
                         QStringLiteral("announcement")});
    QVERIFY2(period.exitCode == 0, period.err.constData());
    QVERIFY(period.out.contains("114272"));  // FY13's results, announced 2014-05-15
    Run check = irdash({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                        QStringLiteral("2013-08-06")});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY(!check.out.contains("9M13"));
    Run bad = irdash({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
                      QStringLiteral("yesterday")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCommandLine::importRefusesSpecialFiles()
{
    // Refused by their type before anything opens them: a FIFO never blocks, /dev/zero
    // never fills the memory. One line naming the file, and no database made.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("release.csv"));
    QVERIFY(makeFifo(fifo));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(fifo, link));
    const QString large = dir.filePath(QStringLiteral("large.csv"));
    QFile sparse(large);
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize((qint64(1) << 30) + 1));  // one byte over the limit, on no disk
    sparse.close();
    const QList<std::pair<QString, QString>> refused = {
            {fifo, fifo + QStringLiteral(" is a FIFO, not a file; expected a dataset file")},
            {link, link + QStringLiteral(" is a symbolic link to a FIFO, not a file; expected a "
                                         "dataset file")},
            {QStringLiteral("/dev/zero"), QStringLiteral("/dev/zero is a character device, not "
                                                         "a file; expected a dataset file")},
            {QStringLiteral("/dev/null"), QStringLiteral("/dev/null is a character device, not "
                                                         "a file; expected a dataset file")},
            {dir.path(), dir.path() + QStringLiteral(" is a folder, not a file; expected a "
                                                     "dataset file")},
            {large, large + QStringLiteral(" is too large for a dataset file: ")},
    };
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    for (const auto &[file, message] : refused) {
        const Run run = irdash({QStringLiteral("import"), file, QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.count('\n') == 1, run.err.constData());  // one line
        QVERIFY2(run.err.startsWith(QString(QStringLiteral("irdash: ") + message).toUtf8()),
                 run.err.constData());
        QVERIFY(!QFileInfo::exists(db));
    }
    // The size and the limit, in the numbers of irdash's locale (the same as this test's).
    const Run run = irdash({QStringLiteral("import"), large, QStringLiteral("--db"), db});
    const QLocale locale;
    QVERIFY2(run.err.contains(QStringLiteral(": %1 bytes; the limit is %2 bytes (1 GiB)")
                                      .arg(locale.toString((qint64(1) << 30) + 1),
                                           locale.toString(qint64(1) << 30))
                                      .toUtf8()),
             run.err.constData());
}

void TestCommandLine::databaseThatIsNoFile()
{
    // SQLite would wait for ever reading a FIFO: --db is looked at by its type first.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("irdash.sqlite"));
    QVERIFY(makeFifo(fifo));
    const QString dataset = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
    for (const QString &db : {fifo, QStringLiteral("/dev/null")}) {
        const QString what = db == fifo ? QStringLiteral("a FIFO")
                                        : QStringLiteral("a character device");
        const QList<QStringList> commands = {
                {QStringLiteral("data")},
                {QStringLiteral("check")},
                {QStringLiteral("import"), dataset},
                {QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("targets"),
                 QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))}};
        for (const QStringList &command : commands) {
            const Run run = irdash(command + QStringList {QStringLiteral("--db"), db});
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.isEmpty());
            const QStringList lines = irdashLines(run.err);
            QVERIFY2(lines.size() == 1, run.err.constData());
            QCOMPARE(lines.first(),
                     QStringLiteral("irdash: %1 is %2, not a file; expected a database file")
                             .arg(db, what));
        }
    }
    QCOMPARE(entriesOf(dir.path()), QStringList {QStringLiteral("irdash.sqlite")});
}

void TestCommandLine::exportRefusesSpecialFiles_data()
{
    QTest::addColumn<QString>("target");  // a device, or fifo / link made here
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("what");
    for (const char *format : {"png", "csv", "svg"}) {
        QTest::addRow("/dev/null %s", format) << QStringLiteral("/dev/null")
                                              << QString::fromLatin1(format)
                                              << QStringLiteral("a character device");
        QTest::addRow("/dev/full %s", format) << QStringLiteral("/dev/full")
                                              << QString::fromLatin1(format)
                                              << QStringLiteral("a character device");
        QTest::addRow("FIFO %s", format)
                << QStringLiteral("fifo") << QString::fromLatin1(format) << QStringLiteral("a FIFO");
        QTest::addRow("link to /dev/null %s", format)
                << QStringLiteral("link") << QString::fromLatin1(format)
                << QStringLiteral("a symbolic link to a character device");
    }
}

void TestCommandLine::exportRefusesSpecialFiles()
{
    // As root, replacing /dev/null by a file would break the system: refused, one line,
    // the target as it was, nothing left beside it.
    QFETCH(QString, target);
    QFETCH(QString, format);
    QFETCH(QString, what);
    QTemporaryDir dir;
    QString path = target;
    if (target == QLatin1String("fifo")) {
        path = dir.filePath(QStringLiteral("chart.") + format);
        QVERIFY(makeFifo(path));
    } else if (target == QLatin1String("link")) {
        path = dir.filePath(QStringLiteral("chart.") + format);
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), path));
    }
    const QString before = identity(path);
    const QStringList entries = entriesOf(dir.path());
    const QStringList devices = entriesOf(QStringLiteral("/dev"));
    const Run run = irdash(exportArguments(path, {QStringLiteral("--chart"),
                                                  QStringLiteral("revenue-mix"),
                                                  QStringLiteral("--format"), format}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = irdashLines(run.err);
    QVERIFY2(lines.size() == 1, run.err.constData());
    QCOMPARE(lines.first(),
             QStringLiteral("irdash: cannot write %1: it is %2, not a file").arg(path, what));
    QCOMPARE(identity(path), before);
    QCOMPARE(entriesOf(dir.path()), entries);
    QCOMPARE(entriesOf(QStringLiteral("/dev")), devices);
}

void TestCommandLine::exportAllRefusesSpecialFiles()
{
    // A FIFO where the third chart would go: refused before the first chart is written.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("charts"));
    QVERIFY(QDir().mkpath(folder));
    const QString fifo = QDir(folder).filePath(QStringLiteral("cloud-revenue_1Q13_en.png"));
    QVERIFY(makeFifo(fifo));
    const QString before = identity(fifo);
    Run run = irdash(exportArguments(folder, {QStringLiteral("--chart"), QStringLiteral("all")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QStringList lines = irdashLines(run.err);
    QVERIFY2(lines.size() == 1, run.err.constData());
    QCOMPARE(lines.first(),
             QStringLiteral("irdash: cannot write %1: it is a FIFO, not a file").arg(fifo));
    QCOMPARE(entriesOf(folder), QStringList {QStringLiteral("cloud-revenue_1Q13_en.png")});
    QCOMPARE(identity(fifo), before);

    // -o itself a FIFO, or a device: no folder to write into.
    for (const QString &target : {fifo, QStringLiteral("/dev/null")}) {
        run = irdash(exportArguments(target, {QStringLiteral("--chart"), QStringLiteral("all")}));
        QCOMPARE(run.exitCode, 1);
        lines = irdashLines(run.err);
        QVERIFY2(lines.size() == 1, run.err.constData());
        QVERIFY2(lines.first().startsWith(QStringLiteral("irdash: cannot write to %1: it is a ")
                                                  .arg(target)),
                 run.err.constData());
        QVERIFY2(lines.first().endsWith(QStringLiteral(", not a folder")), run.err.constData());
    }
    QCOMPARE(identity(fifo), before);
}

void TestCommandLine::exportOnAFullDisk_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"png", "svg", "pdf", "csv"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestCommandLine::exportOnAFullDisk()
{
    // The disk fills up while the chart is written: exit 1 with the cause, and the chart
    // exported before is still there, whole.
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.") + format);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("last quarter's chart");
    old.close();
    const Run run = irdashWithFileSizeLimit(
            4, exportArguments(path, {QStringLiteral("--chart"), QStringLiteral("revenue-mix"),
                                      QStringLiteral("--format"), format}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QStringList lines = irdashLines(run.err);
    QVERIFY2(lines.size() == 1, run.err.constData());
    QCOMPARE(lines.first(), QStringLiteral("irdash: cannot write %1: File too large").arg(path));
    QCOMPARE(contentsOf(path), QByteArray("last quarter's chart"));
    QCOMPARE(entriesOf(dir.path()), QStringList {QStringLiteral("chart.") + format});
}

void TestCommandLine::dataEscapesControlCharacters()
{
    // A source with a terminal escape, a bell, a C1 CSI, a right-to-left override and a
    // carriage return, as a database may hold it from before the reader refused them:
    // printed escaped.
    QTemporaryDir dir;
    const QString source = QStringLiteral(u"deck\x1b[2J\a \x9b" "31m \u202Edaolnwod\r\nmore");
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    Run run = irdash({QStringLiteral("import"),
                      QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
                      QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    {
        Store store;
        QVERIFY(store.open(db, Store::Access::ReadWrite, false));
        Fact fact;
        fact.period = *FiscalPeriod::fromCode(QStringLiteral("1Q30"));
        fact.metric = QStringLiteral("revenue_total");
        fact.value = 1;
        fact.source = source;
        fact.asOf = QDate(2030, 8, 6);
        QVERIFY(store.importFacts({fact}).ok);
    }
    // The reader refuses such a source in a file, where it was seen.
    const QByteArray dataset = "period,metric,value,unit,basis,source,as_of\n"
                               "1Q30,revenue_total,1,JPY_million,reported,\""
            + source.toUtf8() + "\",2030-08-06\n";
    const QString file = writeTestFile(dir, QStringLiteral("controls.csv"), dataset);
    QVERIFY(!file.isEmpty());
    run = irdash({QStringLiteral("import"), file, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("control character U+001B in the source"), run.err.constData());
    QCOMPARE(firstRawControl(run.err), QString());

    run = irdash({QStringLiteral("data"), QStringLiteral("--period"), QStringLiteral("1Q30"),
                  QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(firstRawControl(run.out), QString());
    QVERIFY2(run.out.contains(
                     "\"deck\\u001b[2J\\u0007 \\u009b31m \\u202edaolnwod\\u000d\nmore\""),
             run.out.constData());

    run = irdash({QStringLiteral("data"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--period"), QStringLiteral("1Q30"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(firstRawControl(run.out), QString());
    QVERIFY2(run.out.contains("deck\\u001b[2J\\u0007 \\u009b31m \\u202edaolnwod\\r\\nmore"),
             run.out.constData());
    // The JSON still means the stored text.
    const QJsonArray facts = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().toObject().value(QStringLiteral("source")).toString(), source);
}

void TestCommandLine::importErrorsEscapeControlCharacters()
{
    // An error quotes the field it found: escaped, on one line.
    QTemporaryDir dir;
    const QString file = writeTestFile(dir, QStringLiteral("bad.csv"),
                                       "period,metric,value,unit,basis,source,as_of\n"
                                       "1Q30,revenue_total,1\x1b[2J,JPY_million,reported,s,\n");
    const Run run = irdash({QStringLiteral("import"), file, QStringLiteral("--db"),
                            dir.filePath(QStringLiteral("irdash.sqlite"))});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(firstRawControl(run.err), QString());
    QVERIFY2(run.err.contains("invalid number '1\\u001b[2J'"), run.err.constData());
}

void TestCommandLine::windowWithoutDisplay()
{
    // Qt would abort in its platform plugin (exit 134); irdash says why in one line.
    const QByteArray line = "irdash: no display found (DISPLAY/WAYLAND_DISPLAY unset); the "
                            "commands data, check, import and export run without one\n";
    const QString dataset = QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv");
    for (const QStringList &arguments :
         {QStringList(), QStringList {QStringLiteral("--db"), QStringLiteral(":memory:")},
          QStringList {dataset}}) {
        const Run run = irdashWithoutDisplay(arguments);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, line);
    }
}

void TestCommandLine::noDisplayNeeded_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("text");  // the start of stdout, or stderr's one line
    QTest::addRow("--help") << QStringList {QStringLiteral("--help")} << 0
                            << QStringLiteral("Usage: irdash [options] [FILE...]");
    QTest::addRow("--version") << QStringList {QStringLiteral("--version")} << 0
                               << QStringLiteral("irdash " IRDASH_VERSION);
    QTest::addRow("export --help") << QStringList {QStringLiteral("export"), QStringLiteral("-h")}
                                   << 0 << QStringLiteral("Usage: irdash export");
    QTest::addRow("--bogus") << QStringList {QStringLiteral("--bogus")} << 2
                             << QStringLiteral(
                                        "irdash: unknown option '--bogus'; see irdash --help");
    QTest::addRow("-V") << QStringList {QStringLiteral("-V")} << 2
                        << QStringLiteral("irdash: unknown option '-V'; see irdash --help");
    QTest::addRow("--lang xx") << QStringList {QStringLiteral("--lang"), QStringLiteral("xx")} << 2
                               << QStringLiteral(
                                          "irdash: unknown language 'xx'; expected en or ja");
    QTest::addRow("unknown command") << QStringList {QStringLiteral("foo")} << 2
                                     << QStringLiteral("irdash: unknown command 'foo'; see irdash "
                                                       "--help");
    QTest::addRow("missing value")
            << QStringList {QStringLiteral("data"), QStringLiteral("--period")} << 2
            << QStringLiteral("irdash: Missing value after '--period'; see irdash data --help");
    QTest::addRow("export option")
            << QStringList {QStringLiteral("export"), QStringLiteral("--colour")} << 2
            << QStringLiteral("irdash: unknown option '--colour'; see irdash export --help");
}

void TestCommandLine::noDisplayNeeded()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, text);
    const Run run = irdashWithoutDisplay(arguments);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY2(run.out.startsWith(text.toUtf8()), run.out.left(200).constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
    } else {
        // One line; export's QApplication may add notes of Qt's own.
        QVERIFY(run.out.isEmpty());
        QCOMPARE(irdashLines(run.err), QStringList {text});
        QVERIFY2(!run.err.contains("platform plugin"), run.err.constData());
    }
}

void TestCommandLine::qtOptionsGoToQt()
{
    // -platform chooses where the window goes, with no display at all; the word after it is
    // the platform's name, not a command.
    QTemporaryDir dir;
    const QProcessEnvironment environment = freshHome(withoutDisplay(), dir);
    Run run = irdashIn(environment,
                       {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                        QStringLiteral("--db"), QStringLiteral(":memory:"),
                        QStringLiteral("--exit-after-first-paint")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.trimmed().toLongLong() > 0, run.out.constData());  // when it painted
    // Several, in both spellings and with their values, before and after irdash's own.
    run = irdashIn(environment,
                   {QStringLiteral("-style"), QStringLiteral("Fusion"),
                    QStringLiteral("--platform"), QStringLiteral("offscreen"),
                    QStringLiteral("-reverse"), QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("-qwindowgeometry"), QStringLiteral("800x600+0+0"),
                    QStringLiteral("--db"), QStringLiteral(":memory:"),
                    QStringLiteral("-qwindowtitle"), QStringLiteral("check"),
                    QStringLiteral("--exit-after-first-paint")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(irdashLines(run.err).isEmpty(), run.err.constData());
    // The command after them.
    run = irdash({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                  QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("check"),
                  QStringLiteral("--db"), QStringLiteral(":memory:")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("Comparisons: "));
    run = irdashWithoutDisplay({QStringLiteral("-style=Fusion"), QStringLiteral("export"),
                                QStringLiteral("--chart"), QStringLiteral("targets"),
                                QStringLiteral("--db"), QStringLiteral(":memory:"),
                                QStringLiteral("-o"), dir.filePath(QStringLiteral("t.png"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(pngSize(contentsOf(dir.filePath(QStringLiteral("t.png")))), QSize(1600, 900));
}

void TestCommandLine::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");  // as the help lists them
    const QStringList common = {QStringLiteral("--db <path>"), QStringLiteral("--lang <code>"),
                                QStringLiteral("-h, --help")};
    QTest::addRow("irdash") << QString()
                            << common
                    + QStringList {QStringLiteral("--exit-after-first-paint"),
                                   QStringLiteral("-v, --version")};
    QTest::addRow("data") << QStringLiteral("data")
                          << common
                    + QStringList {QStringLiteral("--format <format>"),
                                   QStringLiteral("--period <period>"),
                                   QStringLiteral("--as-of <when>")};
    QTest::addRow("check") << QStringLiteral("check")
                           << common + QStringList {QStringLiteral("--as-of <when>")};
    QTest::addRow("import") << QStringLiteral("import")
                            << common
                    + QStringList {QStringLiteral("--on-conflict <policy>"),
                                   QStringLiteral("--encoding <name>"), QStringLiteral("--undo"),
                                   QStringLiteral("--history")};
    QTest::addRow("export") << QStringLiteral("export")
                            << common + QStringList {QStringLiteral("--chart <name>"),
                                                     QStringLiteral("--view <name>"),
                                                     QStringLiteral("--as-of <when>"),
                                                     QStringLiteral("--quarter <quarter>"),
                                                     QStringLiteral("--span <quarters>"),
                                                     QStringLiteral("--size <WxH>"),
                                                     QStringLiteral("--scale <factor>"),
                                                     QStringLiteral("--format <format>"),
                                                     QStringLiteral("-o, --output <path>")};
}

void TestCommandLine::commandHelp()
{
    // Each command's own options, each with its description, as help2man reads them:
    // "  --chart <name>   Chart to draw: ...", under "Options:".
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const QStringList arguments = command.isEmpty()
            ? QStringList {QStringLiteral("--help")}
            : QStringList {command, QStringLiteral("--help")};
    const Run run = irdashWithoutDisplay(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    const QString usage = command.isEmpty() ? QStringLiteral("Usage: irdash ")
                                            : QStringLiteral("Usage: irdash %1 ").arg(command);
    QVERIFY2(text.startsWith(usage), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("\nOptions:\n")));
    // The binary's own path is no part of it (a manual page is made from this text).
    QVERIFY(!text.contains(QFileInfo(QStringLiteral(IRDASH_BINARY)).absolutePath()));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &option : options) {
        const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString &l) {
            return l.startsWith(QStringLiteral("  ") + option + QStringLiteral("  "));
        });
        QVERIFY2(line != lines.end(), qPrintable(option + QLatin1Char('\n') + text));
        QVERIFY2(line->mid(2 + option.size()).trimmed().size() > 10, qPrintable(*line));
    }
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 79, qPrintable(line));
}

void TestCommandLine::databaseInAMissingFolder()
{
    const Run run = irdash({QStringLiteral("data"), QStringLiteral("--db"),
                            QStringLiteral("/nonexistent/x.sqlite")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err,
             QByteArray("irdash: cannot open the database /nonexistent/x.sqlite: the "
                        "folder /nonexistent does not exist\n"));
}

void TestCommandLine::checkExitsOneOnAnUnexplainedMismatch()
{
    // A figure that contradicts its parts: 1Q13's revenues are 26,441 in the segments.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    const QString file
            = writeTestFile(dir, QStringLiteral("contradiction.csv"),
                            "period,metric,value,unit,basis,source,as_of\n"
                            "1Q13,revenue_total,30000,JPY_million,reported,my typo,2013-08-06\n");
    Run run = irdash({QStringLiteral("import"), file, QStringLiteral("--on-conflict"),
                      QStringLiteral("replace"), QStringLiteral("--db"), db});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = irdash({QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.isEmpty());  // a finding, not an error: the report says it
    QVERIFY(run.out.contains("MISMATCH  1Q13 [parts] revenue_total vs the sum of its parts"));
    QVERIFY(run.out.contains("NOT explained by rounding"));
    // The bundled dataset: every mismatch is rounding.
    run = irdash({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral(":memory:")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("(11 explained by rounding, 0 not)"));
}

void TestCommandLine::importFromStandardInput()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("irdash.sqlite"));
    const QByteArray later
            = contentsOf(QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"));
    QVERIFY(!later.isEmpty());
    QProcessEnvironment environment = englishEnvironment();
    Run run = irdashIn(environment,
                       {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--db"), db},
                       dir.path(), later);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out,
             QByteArray("standard input (UTF-8): 19 figures read; 19 new, 0 unchanged, 0 "
                        "replaced, 0 kept\n"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("-"))));
    run = irdash({QStringLiteral("data"), QStringLiteral("--period"), QStringLiteral("1Q14"),
                  QStringLiteral("--db"), db});
    QVERIFY(run.out.contains("1Q14,revenue_total,"));
    // Recorded, and undone, as a file's import.
    run = irdash(
            {QStringLiteral("import"), QStringLiteral("--history"), QStringLiteral("--db"), db});
    QVERIFY2(run.out.trimmed().endsWith("(standard input)"), run.out.constData());
    run = irdash({QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("--db"), db});
    QVERIFY2(run.out.contains("undone; new figures removed: 19"), run.out.constData());

    // An error names standard input where a file's name would be; nothing is made.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    run = irdashIn(environment,
                   {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--db"), fresh},
                   dir.path(),
                   "period,metric,value,unit,basis,source,as_of\n"
                   "1Q30,revenue_total,12x,JPY_million,reported,s,2030-08-06\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("standard input:2:"), run.err.constData());
    QVERIFY2(run.err.contains("irdash: standard input: 1 error(s); nothing was imported"),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestCommandLine::exportToStandardOutput()
{
    // `-o -`: the chart's bytes and nothing else on stdout; no file named "-".
    QTemporaryDir dir;
    Run run = irdashIn(withoutDisplay(),
                       {QStringLiteral("export"), QStringLiteral("--chart"),
                        QStringLiteral("revenue-mix"), QStringLiteral("-o"), QStringLiteral("-"),
                        QStringLiteral("--db"), QStringLiteral(":memory:")},
                       dir.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(pngSize(run.out), QSize(1600, 900));
    QVERIFY(run.out.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
    QCOMPARE(entriesOf(dir.path()), QStringList());
    // The format by --format, there being no file name to say it.
    run = irdash({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("targets"),
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                  QStringLiteral("-"), QStringLiteral("--db"), QStringLiteral(":memory:")},
                 dir.path());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QString error;
    QVERIFY2(TableCsv::read(run.out, &error), qPrintable(error));
    // One chart only.
    run = irdash({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("all"),
                  QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("--db"),
                  QStringLiteral(":memory:")},
                 dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(irdashLines(run.err),
             QStringList {QStringLiteral("irdash: -o - writes one chart; --chart all needs a "
                                         "folder")});
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

void TestCommandLine::japaneseOnTheCommandLine()
{
    // By --lang, before or after the command, and by the system's language for messages.
    QProcessEnvironment japanese = englishEnvironment();
    japanese.insert(QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8"));
    QProcessEnvironment messagesOnly = englishEnvironment();
    messagesOnly.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("ja_JP.UTF-8"));
    const QStringList check
            = {QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral(":memory:")};
    const QList<Run> runs
            = {irdash(QStringList {QStringLiteral("--lang"), QStringLiteral("ja")} + check),
               irdash(check + QStringList {QStringLiteral("--lang"), QStringLiteral("ja")}),
               irdashIn(japanese, check), irdashIn(messagesOnly, check)};
    for (const Run &run : runs) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString report = QString::fromUtf8(run.out);
        QVERIFY2(report.startsWith(QStringLiteral(u"照合件数: ")), qPrintable(report.left(200)));
        QVERIFY(report.contains(QStringLiteral(u"入力値の端数処理で説明できる")));
    }
    // Usage errors and the help too.
    Run run = irdashIn(japanese, {QStringLiteral("check"), QStringLiteral("--colour")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral(u"irdash: 不明なオプション '--colour'。詳しくは irdash check --help "
                            u"を参照してください\n"));
    run = irdashIn(japanese, {QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).startsWith(QStringLiteral(u"使い方: irdash export")),
             run.out.left(200).constData());
    run = irdashIn(withoutDisplay(), {QStringLiteral("--lang"), QStringLiteral("ja")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).startsWith(
                     QStringLiteral(u"irdash: ディスプレイが見つかりません")),
             run.err.constData());
    // English stays English.
    run = irdash({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"),
                  QStringLiteral("--db"), QStringLiteral(":memory:")});
    QVERIFY(run.out.startsWith("Comparisons: "));
}

void TestCommandLine::memoryDatabaseMakesNoFolder()
{
    // A throwaway database, and nothing else: no data folder, no settings, no cache.
    QTemporaryDir dir;
    const QProcessEnvironment environment = freshHome(englishEnvironment(), dir);
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("data"), QStringLiteral("--db"), QStringLiteral(":memory:")},
          QStringList {QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral(":memory:")},
          QStringList {QStringLiteral("import"), QStringLiteral("--history"),
                       QStringLiteral("--db"), QStringLiteral(":memory:")}}) {
        const Run run = irdashIn(environment, arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(entriesOf(dir.path()), QStringList());
    }
}

namespace {

QString equinixFile(const char *name)
{
    return QStringLiteral(IRDASH_TEST_DATA_DIR "/companies/equinix/") + QLatin1String(name);
}

}  // namespace

void TestCommandLine::secondCompanyBesideIij()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("two.sqlite"));
    // IIJ's figures before, as `irdash data` prints them.
    Run run = irdash(
            {QStringLiteral("import"), equinixFile("equinix.csv"), QStringLiteral("--db"), db});
    // Without its profile the file is read as IIJ's, and refused.
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("unknown metric 'revenue_recurring'")
                     || run.err.contains("revenue_non_recurring"),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(db));
    const Run iijBefore = irdash({QStringLiteral("data"), QStringLiteral("--db"), db});
    QCOMPARE(iijBefore.exitCode, 0);

    run = irdash({QStringLiteral("import"), equinixFile("equinix.csv"), QStringLiteral("--profile"),
                  equinixFile("equinix.profile.json"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("65 figures read; 65 new"), run.out.constData());
    // IIJ's figures are as they were.
    const Run iijAfter = irdash({QStringLiteral("data"), QStringLiteral("--db"), db});
    QCOMPARE(iijAfter.out, iijBefore.out);
    const Run equinix = irdash({QStringLiteral("data"), QStringLiteral("--db"), db,
                                QStringLiteral("--company"), QStringLiteral("equinix")});
    QCOMPARE(equinix.exitCode, 0);
    QCOMPARE(equinix.out.count('\n'), 66);  // the header and 65 figures
    QVERIFY(equinix.out.contains("4Q13,revenue_total,564.7,USD_million,reported"));
    QVERIFY(!equinix.out.contains("JPY"));

    // An unknown company: one line naming those there are.
    run = irdash({QStringLiteral("data"), QStringLiteral("--db"), db, QStringLiteral("--company"),
                  QStringLiteral("acme")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
             QByteArray("irdash: the database holds no company 'acme'; it holds iij, equinix\n"));

    // Every chart the profile draws, headless, in both languages: the revenue mix and targets.
    const QString folder = dir.filePath(QStringLiteral("charts"));
    QVERIFY(QDir().mkpath(folder));
    for (const char *language : {"en", "ja"}) {
        run = irdashWithoutDisplay({QStringLiteral("export"), QStringLiteral("--db"), db,
                                    QStringLiteral("--company"), QStringLiteral("equinix"),
                                    QStringLiteral("--chart"), QStringLiteral("all"),
                                    QStringLiteral("--lang"), QString::fromLatin1(language),
                                    QStringLiteral("-o"), folder});
        QCOMPARE(run.exitCode, 0);
    }
    QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
             (QStringList {QStringLiteral("cloud-revenue_4Q13_en.png"),
                           QStringLiteral("cloud-revenue_4Q13_ja.png"),
                           QStringLiteral("revenue-mix-segments_4Q13_en.png"),
                           QStringLiteral("revenue-mix-segments_4Q13_ja.png"),
                           QStringLiteral("targets_4Q13_en.png"),
                           QStringLiteral("targets_4Q13_ja.png")}));
    // A chart the profile gives nothing to draw is refused with what it does draw.
    run = irdash({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--company"),
                  QStringLiteral("equinix"), QStringLiteral("--chart"), QStringLiteral("headcount"),
                  QStringLiteral("-o"), dir.filePath(QStringLiteral("c.png"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("it draws revenue-mix, cloud-revenue, targets"), run.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("c.png"))));

    // The chart's table in the company's currency, 1Q being January-March.
    run = irdash({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--company"),
                  QStringLiteral("equinix"), QStringLiteral("--chart"),
                  QStringLiteral("revenue-mix"), QStringLiteral("--quarter"),
                  QStringLiteral("1Q13"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("-o"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("revenue_recurring,Recurring revenues,part,USD_million,495.3,1,"
                             "USD_million,reported,1Q13"));

    // The check runs on its figures: Equinix restated 2012 for the data centres it sold, so
    // the stated +17% of 1Q13 does not follow from the 1Q12 first reported.
    run = irdash({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--company"),
                  QStringLiteral("equinix")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("1Q13 revenue_total_yoy_pct 17 vs 100 x (1Q13 revenue_total 519.5 / "
                             "1Q12 revenue_total 452.2 - 1)"));
}

void TestCommandLine::malformedProfileStoresNothing_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("error");
    QTest::addRow("bad month") << QByteArray("\"fiscal_year_start_month\": 1")
                               << QByteArray("\"fiscal_year_start_month\": 13")
                               << QStringLiteral("company.fiscal_year_start_month: expected a "
                                                 "month from 1 to 12");
    QTest::addRow("currency") << QByteArray("\"currency\": \"USD\"")
                              << QByteArray("\"currency\": \"EUR\"")
                              << QStringLiteral("company.currency: EUR: this version of irdash "
                                                "reads figures in JPY or USD only");
    QTest::addRow("year names") << QByteArray("\"en\": \"FY{year}\"")
                                << QByteArray("\"en\": \"FY\"")
                                << QStringLiteral("company.fiscal_year_names.en: 'FY' does not "
                                                  "name the year");
    QTest::addRow("ratio names a missing metric")
            << QByteArray("\"denominator\": \"revenue_total\"")
            << QByteArray("\"denominator\": \"revenue_gross\"") << QStringLiteral("revenue_gross");
    QTest::addRow("parts name themselves")
            << QByteArray("\"revenue_recurring\",\n          \"revenue_non_recurring\"\n        ]")
            << QByteArray("\"revenue_total\",\n          \"revenue_non_recurring\"\n        ]")
            << QStringLiteral("metrics[0].parts[0]");
    QTest::addRow("unknown page") << QByteArray("\"headline\": ")
                                  << QByteArray("\"pies\": [], \"headline\": ")
                                  << QStringLiteral("dashboard.pies: unknown field");
    QTest::addRow("syntax") << QByteArray("\"irdash_profile\": 1,")
                            << QByteArray("\"irdash_profile\": 1")
                            << QStringLiteral("broken.profile.json:3:4: unterminated object");
}

void TestCommandLine::malformedProfileStoresNothing()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QByteArray profile = contentsOf(equinixFile("equinix.profile.json"));
    QVERIFY2(profile.contains(from), from.constData());
    profile.replace(from, to);
    const QString path = dir.filePath(QStringLiteral("broken.profile.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(profile);
    file.close();
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    QVERIFY(irdash({QStringLiteral("data"), QStringLiteral("--db"), db}).exitCode == 0);
    const QByteArray before = contentsOf(db);
    const Run run = irdash({QStringLiteral("import"), equinixFile("equinix.csv"),
                            QStringLiteral("--profile"), path, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(error), run.err.constData());
    QVERIFY(run.err.contains("nothing was imported"));
    QCOMPARE(contentsOf(db), before);
}

void TestCommandLine::dataBookImport()
{
    // The data book and the workbook irdash exports, read back.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("book.sqlite"));
    const QString book = QStringLiteral(IRDASH_TEST_DATA_DIR "/databook/iij-databook-ja.xlsx");
    Run run = irdash({QStringLiteral("import"), book, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("財務データ!A4: no source for the figures"), run.err.constData());
    QVERIFY(!QFileInfo::exists(db));
    run = irdash({QStringLiteral("import"), book, QStringLiteral("--source"),
                  QStringLiteral("IIJ data book"), QStringLiteral("--announced"),
                  QStringLiteral("2013-08-20"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("(xlsx): 36 figures read; 36 new"), run.out.constData());
    run = irdash({QStringLiteral("data"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                  QStringLiteral("4Q12")});
    QVERIFY2(run.out.contains("4Q12,income_tax_deferred,-679,JPY_million,reported,IIJ data book,"
                              "2013-08-20"),
             run.out.constData());

    const QString workbook = dir.filePath(QStringLiteral("all.xlsx"));
    QCOMPARE(irdash(exportArguments(workbook)).exitCode, 0);
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    run = irdash({QStringLiteral("import"), workbook, QStringLiteral("--sheet"),
                  QStringLiteral("Facts"), QStringLiteral("--db"), fresh});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("0 new"), run.out.constData());  // the bundled figures, as stored

    // A chart's table as a data book, and back.
    const QString wide = dir.filePath(QStringLiteral("targets.csv"));
    QCOMPARE(irdash(exportArguments(wide,
                                    {QStringLiteral("--chart"), QStringLiteral("targets"),
                                     QStringLiteral("--layout"), QStringLiteral("wide")}))
                     .exitCode,
             0);
    QVERIFY(contentsOf(wide).startsWith("metric,name,unit,basis,"));
    run = irdash({QStringLiteral("import"), wide, QStringLiteral("--source"),
                  QStringLiteral("irdash"), QStringLiteral("--db"), fresh});
    // Only figures of their metrics: no change or change % rows, no earlier vintage. Read
    // back, the one derived figure (FY2012 income before tax) wants its derivation.
    QVERIFY(!contentsOf(wide).contains("JPY_million,derived,,"));  // no FY13 change
    QVERIFY(!contentsOf(wide).contains("revenue_total,Total revenues,percent"));
    // The header, six actuals, six targets and the six stated changes the targets ask for.
    QCOMPARE(contentsOf(wide).count('\n'), 19);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 2);
    QVERIFY2(run.err.contains("targets!D4: a derived figure's source must say how it was "
                              "derived"),
             run.err.constData());
    QCOMPARE(irdash(exportArguments(wide,
                                    {QStringLiteral("--chart"), QStringLiteral("targets"),
                                     QStringLiteral("--layout"), QStringLiteral("tall")}))
                     .exitCode,
             2);
}

void TestCommandLine::brokenDataBookStoresNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("error");
    QTest::addRow("text in a number cell")
            << QStringLiteral("text-in-number-cell")
            << QByteArray("'Financial data'!C6: 'n.a.x' is not a number");
    QTest::addRow("unknown period header") << QStringLiteral("unknown-period-header")
                                           << QByteArray("'Financial data'!D5: unknown period "
                                                         "header '5Q'");
    QTest::addRow("two columns for one period")
            << QStringLiteral("two-columns-for-one-period")
            << QByteArray("'Financial data'!G5: two columns for one period");
    QTest::addRow("unknown metric") << QStringLiteral("unknown-metric-name")
                                    << QByteArray("'Financial data'!A8: unknown metric 'Net "
                                                  "profit'");
    QTest::addRow("merged over data") << QStringLiteral("merged-cell-over-data")
                                      << QByteArray("'Financial data'!B6: merged cells B6:B7");
    QTest::addRow("no unit") << QStringLiteral("no-unit")
                             << QByteArray("'Financial data'!B6: no unit for 'Total revenues'");
}

void TestCommandLine::brokenDataBookStoresNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, error);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    QCOMPARE(irdash({QStringLiteral("data"), QStringLiteral("--db"), db}).exitCode, 0);
    const QByteArray before = contentsOf(db);
    const Run run = irdash(
            {QStringLiteral("import"),
             QStringLiteral(IRDASH_TEST_DATA_DIR "/databook/bad/") + name + QStringLiteral(".xlsx"),
             QStringLiteral("--source"), QStringLiteral("x"), QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(error), run.err.constData());
    QVERIFY(run.err.contains("nothing was imported"));
    QCOMPARE(contentsOf(db), before);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
