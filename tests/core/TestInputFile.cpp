#include "FileKind.h"
#include "InputFile.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// A Unix domain socket bound at `path`; the descriptor, or -1.
int bindSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (fd < 0 || name.size() >= qsizetype(sizeof(address.sun_path)))
        return -1;
    std::copy(name.begin(), name.end(), address.sun_path);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

}  // namespace

// A dataset file is looked at by its type before it is opened: only a regular file (or a
// link to one) within the size limit is read; FIFOs, devices, folders and sockets never are.
class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kinds();
    void regularFilesPass();
    void specialFilesAreRefused();
    void sizeLimit();
    void missingFilesAreLeftToTheReader();

private:
    QTemporaryDir m_dir;
};

void TestInputFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestInputFile::kinds()
{
    const QString file = m_dir.filePath(QStringLiteral("kinds.csv"));
    QVERIFY(writeFile(file, "12345"));
    const QString fifo = m_dir.filePath(QStringLiteral("kinds.fifo"));
    QVERIFY(makeFifo(fifo));
    const QString link = m_dir.filePath(QStringLiteral("kinds-link"));
    QVERIFY(QFile::link(fifo, link));
    const QString dangling = m_dir.filePath(QStringLiteral("kinds-dangling"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("nowhere")), dangling));

    FileKind kind = FileKind::of(file);
    QCOMPARE(kind.type(), FileKind::Type::Regular);
    QVERIFY(kind.isRegular());
    QVERIFY(!kind.isSymLink());
    QCOMPARE(kind.size(), 5);
    QCOMPARE(FileKind::of(fifo).type(), FileKind::Type::Fifo);
    QCOMPARE(FileKind::of(fifo).description(), QStringLiteral("a FIFO"));
    kind = FileKind::of(link);
    QCOMPARE(kind.type(), FileKind::Type::Fifo);
    QVERIFY(kind.isSymLink());
    QCOMPARE(kind.description(), QStringLiteral("a symbolic link to a FIFO"));
    QCOMPARE(FileKind::of(QStringLiteral("/dev/null")).type(), FileKind::Type::CharacterDevice);
    QCOMPARE(FileKind::of(QStringLiteral("/dev/zero")).description(),
             QStringLiteral("a character device"));
    QCOMPARE(FileKind::of(m_dir.path()).type(), FileKind::Type::Directory);
    kind = FileKind::of(dangling);
    QCOMPARE(kind.type(), FileKind::Type::Missing);
    QVERIFY(kind.isSymLink());
    QCOMPARE(FileKind::of(m_dir.filePath(QStringLiteral("none"))).type(), FileKind::Type::Missing);
    QCOMPARE(FileKind::of(file + QStringLiteral("/below")).type(), FileKind::Type::Missing);
}

void TestInputFile::regularFilesPass()
{
    const QString file = m_dir.filePath(QStringLiteral("good.csv"));
    QVERIFY(writeFile(file, "period,metric,value,unit,basis,source\n"));
    QVERIFY(InputFile::check(file).ok());
    QVERIFY(InputFile::check(file).message.isEmpty());
    // A link to a regular file is read as the file.
    const QString link = m_dir.filePath(QStringLiteral("good-link.csv"));
    QVERIFY(QFile::link(file, link));
    QVERIFY(InputFile::check(link).ok());
    // An empty file is a file; the reader says it is empty.
    const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
    QVERIFY(writeFile(empty, {}));
    QVERIFY(InputFile::check(empty).ok());
}

void TestInputFile::specialFilesAreRefused()
{
    const QString fifo = m_dir.filePath(QStringLiteral("import.fifo"));
    QVERIFY(makeFifo(fifo));
    const QString link = m_dir.filePath(QStringLiteral("fifo-link.csv"));
    QVERIFY(QFile::link(fifo, link));
    const QString socket = m_dir.filePath(QStringLiteral("s.sock"));
    const int fd = bindSocket(socket);
    QVERIFY(fd >= 0);
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });

    const QList<std::pair<QString, QString>> refused = {
            {fifo, QStringLiteral("a FIFO")},
            {link, QStringLiteral("a symbolic link to a FIFO")},
            {QStringLiteral("/dev/zero"), QStringLiteral("a character device")},
            {QStringLiteral("/dev/null"), QStringLiteral("a character device")},
            {m_dir.path(), QStringLiteral("a folder")},
            {socket, QStringLiteral("a socket")},
    };
    for (const auto &[path, what] : refused) {
        const InputFile::Check check = InputFile::check(path);
        QVERIFY2(!check.ok(), qPrintable(path));
        QCOMPARE(check.problem, InputFile::Problem::NotAFile);
        QCOMPARE(check.message,
                 QDir::toNativeSeparators(path) + QStringLiteral(" is ") + what
                         + QStringLiteral(", not a file; expected a dataset file"));
        QVERIFY(!check.message.contains(QLatin1Char('\n')));
    }
}

void TestInputFile::sizeLimit()
{
    // Sparse files: the size is what stat says, nothing is written to the disk.
    const QString limit = m_dir.filePath(QStringLiteral("limit.csv"));
    QFile atLimit(limit);
    QVERIFY(atLimit.open(QIODevice::WriteOnly));
    QVERIFY(atLimit.resize(InputFile::maxSize));
    atLimit.close();
    QVERIFY(InputFile::check(limit).ok());

    const QString over = m_dir.filePath(QStringLiteral("over.csv"));
    QFile overLimit(over);
    QVERIFY(overLimit.open(QIODevice::WriteOnly));
    QVERIFY(overLimit.resize(InputFile::maxSize + 1));
    overLimit.close();
    const InputFile::Check check = InputFile::check(over);
    QCOMPARE(check.problem, InputFile::Problem::TooLarge);
    QVERIFY2(check.message.startsWith(QDir::toNativeSeparators(over)
                                      + QStringLiteral(" is too large for a dataset file: ")),
             qPrintable(check.message));
    // The size and the limit, in bytes and in GiB.
    const QLocale locale;
    QVERIFY2(check.message.contains(locale.toString(InputFile::maxSize + 1)),
             qPrintable(check.message));
    QVERIFY2(check.message.contains(locale.toString(InputFile::maxSize)),
             qPrintable(check.message));
    QVERIFY2(check.message.contains(QStringLiteral("(1 GiB)")), qPrintable(check.message));
}

void TestInputFile::missingFilesAreLeftToTheReader()
{
    // Nothing to look at: opening it reports why, as it always has.
    QVERIFY(InputFile::check(m_dir.filePath(QStringLiteral("missing.csv"))).ok());
    const QString dangling = m_dir.filePath(QStringLiteral("dangling.csv"));
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("gone.csv")), dangling));
    QVERIFY(InputFile::check(dangling).ok());
}

QTEST_GUILESS_MAIN(TestInputFile)
#include "TestInputFile.moc"
