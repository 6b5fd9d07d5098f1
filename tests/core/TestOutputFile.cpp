#include "FileSizeLimit.h"
#include "OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Every entry of a folder, hidden ones (a temporary file) included.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot);
}

// What stat says of a path, to tell that it is still the same node afterwards.
QString identity(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return QStringLiteral("missing");
    return QStringLiteral("mode %1 inode %2 device %3")
            .arg(status.st_mode, 0, 8)
            .arg(status.st_ino)
            .arg(status.st_rdev);
}

}  // namespace

// Exports are written only over regular files, all or nothing: a FIFO or a device stays
// what it is, a failed write leaves the old file as it was.
class TestOutputFile : public QObject
{
    Q_OBJECT

private slots:
    void newAndRegularFiles();
    void symbolicLinkToARegularFile();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void writeErrorKeepsTheOldFile_data();
    void writeErrorKeepsTheOldFile();
    void missingFolder();
};

void TestOutputFile::newAndRegularFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY(OutputFile::check(path).ok());
    QString error;
    QVERIFY2(OutputFile::write(path, "first", &error), qPrintable(error));
    QCOMPARE(contentsOf(path), QByteArray("first"));
    QVERIFY(OutputFile::check(path).ok());
    QVERIFY2(OutputFile::write(path, "second", &error), qPrintable(error));
    QCOMPARE(contentsOf(path), QByteArray("second"));
    // Large enough to go past Qt's write buffer.
    const QByteArray large(1 << 20, 'x');
    QVERIFY2(OutputFile::write(path, large, &error), qPrintable(error));
    QCOMPARE(contentsOf(path), large);
    QCOMPARE(entriesOf(dir.path()), QStringList {QStringLiteral("chart.csv")});
}

void TestOutputFile::symbolicLinkToARegularFile()
{
    // The link is followed as QSaveFile follows it: the file it leads to is replaced, the
    // link stays a link.
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.png"));
    QVERIFY(writeFile(target, "old"));
    const QString link = dir.filePath(QStringLiteral("link.png"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(OutputFile::check(link).ok());
    QString error;
    QVERIFY2(OutputFile::write(link, "new", &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(contentsOf(target), QByteArray("new"));
    QCOMPARE(entriesOf(dir.path()),
             (QStringList {QStringLiteral("link.png"), QStringLiteral("target.png")}));

    // A link to nothing makes the file it names.
    const QString dangling = dir.filePath(QStringLiteral("dangling.png"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("made.png")), dangling));
    QVERIFY2(OutputFile::write(dangling, "made", &error), qPrintable(error));
    QVERIFY(QFileInfo(dangling).isSymLink());
    QCOMPARE(contentsOf(dir.filePath(QStringLiteral("made.png"))), QByteArray("made"));
}

void TestOutputFile::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");  // fifo, link-to-fifo, folder, or a device's path
    QTest::addColumn<QString>("what");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("a FIFO");
    QTest::newRow("link to a FIFO")
            << QStringLiteral("link-to-fifo") << QStringLiteral("a symbolic link to a FIFO");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("a folder");
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null")
                               << QStringLiteral("a character device");
    QTest::newRow("/dev/full") << QStringLiteral("/dev/full")
                               << QStringLiteral("a character device");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                               << QStringLiteral("a character device");
    QTest::newRow("link to /dev/null") << QStringLiteral("link-to-null")
                                       << QStringLiteral("a symbolic link to a character device");
}

void TestOutputFile::specialFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, what);
    QTemporaryDir dir;
    QString path = kind;
    if (kind == QLatin1String("fifo") || kind == QLatin1String("link-to-fifo")) {
        path = dir.filePath(QStringLiteral("out.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        if (kind == QLatin1String("link-to-fifo")) {
            const QString link = dir.filePath(QStringLiteral("out.png"));
            QVERIFY(QFile::link(path, link));
            path = link;
        }
    } else if (kind == QLatin1String("folder")) {
        path = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("link-to-null")) {
        path = dir.filePath(QStringLiteral("out.png"));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), path));
    }
    const QString before = identity(path);
    const QStringList entries = entriesOf(dir.path());
    const QStringList devEntries = entriesOf(QStringLiteral("/dev"));

    const OutputFile::Check check = OutputFile::check(path);
    QCOMPARE(check.problem, OutputFile::Problem::NotAFile);
    const QString message = QStringLiteral("cannot write ") + QDir::toNativeSeparators(path)
            + QStringLiteral(": it is ") + what + QStringLiteral(", not a file");
    QCOMPARE(check.message, message);
    QString error;
    QVERIFY(!OutputFile::write(path, QByteArray(100000, 'x'), &error));
    QCOMPARE(error, message);
    QVERIFY(!OutputFile::write(path, "x", nullptr));
    // Nothing replaced, nothing left behind: the same node, the same entries.
    QCOMPARE(identity(path), before);
    QCOMPARE(entriesOf(dir.path()), entries);
    QCOMPARE(entriesOf(QStringLiteral("/dev")), devEntries);
}

void TestOutputFile::writeErrorKeepsTheOldFile_data()
{
    QTest::addColumn<int>("size");
    // Below Qt's 16 KiB write buffer, QSaveFile::commit() never sees the failed flush.
    QTest::newRow("small") << 1500;
    QTest::newRow("large") << 100000;
}

void TestOutputFile::writeErrorKeepsTheOldFile()
{
    QFETCH(int, size);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(writeFile(path, "the old chart"));
    QString error;
    bool written = true;
    bool smallWritten = false;
    {
        const FileSizeLimit full(1024);
        QVERIFY(full.isActive());
        written = OutputFile::write(path, QByteArray(size, 'x'), &error);
        smallWritten
                = OutputFile::write(dir.filePath(QStringLiteral("small.txt")), "fits", nullptr);
    }
    QVERIFY(!written);
    QVERIFY(smallWritten);
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral(": ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(contentsOf(path), QByteArray("the old chart"));
    QCOMPARE(entriesOf(dir.path()),
             (QStringList {QStringLiteral("chart.png"), QStringLiteral("small.txt")}));
}

void TestOutputFile::missingFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/chart.png"));
    QVERIFY(OutputFile::check(path).ok());  // nothing there: opening says why
    QString error;
    QVERIFY(!OutputFile::write(path, "x", &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral(": ")),
             qPrintable(error));
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "TestOutputFile.moc"
