#include "BundledDataset.h"
#include "ChartCatalog.h"
#include "ChartExporter.h"
#include "FileSizeLimit.h"
#include "Language.h"
#include "PngEncoder.h"
#include "Queries.h"
#include "Store.h"
#include "TableCsv.h"

#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <QMetaType>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

FiscalPeriod period(const char *code)
{
    return *FiscalPeriod::fromCode(QString::fromLatin1(code));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Distinct colours among every 4th pixel of every 4th row.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

// Pixels in `region` (fractions of the image) clearly darker than the white background.
int inkIn(const QImage &image, const QRectF &region)
{
    const QRect pixels(qRound(region.left() * image.width()), qRound(region.top() * image.height()),
                       qRound(region.width() * image.width()),
                       qRound(region.height() * image.height()));
    int ink = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            const QRgb rgb = image.pixel(x, y);
            if (std::min({qRed(rgb), qGreen(rgb), qBlue(rgb)}) < 200)
                ++ink;
        }
    }
    return ink;
}

// Every file in `dir`, hidden ones (a QSaveFile's temporary file) included.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot);
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

// The text of every <text> element of an SVG; false when it is no well-formed SVG.
bool svgTexts(const QByteArray &svg, QStringList *texts, QString *error)
{
    QXmlStreamReader xml(svg);
    bool root = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root) {
            root = false;
            if (xml.name() != QLatin1String("svg")) {
                *error = QStringLiteral("root element %1").arg(xml.name());
                return false;
            }
        }
        if (xml.name() == QLatin1String("text"))
            texts->append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    if (root) {
        *error = QStringLiteral("no element");
        return false;
    }
    return true;
}

}  // namespace

// The files the export writes, as a person opens them: a PNG of exactly the requested
// pixels with the chart in it, vector SVG and PDF, the Table as CSV, nothing at all
// when the file cannot be written.
class TestChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void pngAtScale2_data();
    void pngAtScale2();
    void pngAtScale1_data();
    void pngAtScale1();
    void japaneseDiffersFromEnglish();
    void pngKeepsEveryColour_data();
    void pngKeepsEveryColour();
    void svg_data();
    void svg();
    void pdf_data();
    void pdf();
    void csvIsTheTable_data();
    void csvIsTheTable();
    void unwritablePath_data();
    void unwritablePath();
    void readOnlyDirectory();
    void specialTargetsAreRefused_data();
    void specialTargetsAreRefused();
    void writeErrorKeepsTheOldFile_data();
    void writeErrorKeepsTheOldFile();
    void symbolicLinkToARegularFile();
    void parseSize_data();
    void parseSize();
    void parseSizeSaysWhichLimit_data();
    void parseSizeSaysWhichLimit();
    void parseScale_data();
    void parseScale();
    void pixelLimit();
    void formatFromName_data();
    void formatFromName();
    void svgTextAsLaidOut_data();
    void svgTextAsLaidOut();
    void printIsCentred_data();
    void printIsCentred();
    void footerOnPaperOnly();

private:
    void addChartRows();
    Table tableOf(const QString &name) const
    {
        return ChartCatalog::table(*m_queries, name, period("1Q13"), 5, 0);
    }
    // As the command line draws: the selected quarter highlighted, numbers in `locale`.
    static ChartOptions optionsFor(const Table &table, const QLocale &locale = QLocale(),
                                   const QString &fontFamily = QString())
    {
        ChartOptions options;
        options.locale = locale;
        options.fontFamily = fontFamily;
        options.highlightCategory = table.categoryIndex(QStringLiteral("1Q13"));
        return options;
    }
    // Writes one chart; empty on failure.
    QString exportChart(const QString &name, ChartExporter::Format format, const QSize &size,
                        qreal scale, const QString &suffix = QString());

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Queries> m_queries;
    QTemporaryDir m_dir;
};

void TestChartExporter::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    QString error;
    QVERIFY2(BundledDataset::ensureLoaded(*m_store, &error), qPrintable(error));
    m_queries = std::make_unique<Queries>(*m_store);
    QCOMPARE(ChartCatalog::names().size(), 5);
}

void TestChartExporter::cleanup()
{
    // A failed check in the Japanese test must not leave the next ones in Japanese.
    if (Language::current() != QLatin1String("en"))
        Language::apply(QStringLiteral("en"));
}

void TestChartExporter::addChartRows()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : ChartCatalog::names())
        QTest::newRow(qPrintable(name)) << name;
}

QString TestChartExporter::exportChart(const QString &name, ChartExporter::Format format,
                                       const QSize &size, qreal scale, const QString &suffix)
{
    const auto builder = ChartCatalog::builder(name);
    if (!builder)
        return {};
    const Table table = tableOf(name);
    ChartExporter::Request request;
    request.size = size;
    request.scale = scale;
    request.format = format;
    const QString path = m_dir.filePath(QStringLiteral("%1_%2x%3@%4%5.%6")
                                                .arg(name)
                                                .arg(size.width())
                                                .arg(size.height())
                                                .arg(scale)
                                                .arg(suffix, ChartExporter::formatName(format)));
    QString error;
    if (!ChartExporter::write(*builder, table, optionsFor(table), request, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

void TestChartExporter::pngAtScale2_data()
{
    addChartRows();
}

void TestChartExporter::pngAtScale2()
{
    QFETCH(QString, name);
    const QString path = exportChart(name, ChartExporter::Format::Png, QSize(1600, 900), 2);
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(readAll(path).startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(3200, 1800));
    // The density is recorded for layout programs: 2 x 96 dpi.
    QCOMPARE(image.dotsPerMeterX(), 2 * 3780);

    // Not blank: bars, lines, antialiased text.
    const int colours = distinctColours(image);
    QVERIFY2(colours >= 50, qPrintable(QString::number(colours)));
    // The title at the top, in the middle.
    const int title = inkIn(image, QRectF(0.2, 0.0, 0.6, 0.08));
    QVERIFY2(title > 0, qPrintable(QString::number(title)));
    // The legend in a band near the bottom.
    const int legend = inkIn(image, QRectF(0.2, 0.8, 0.6, 0.15));
    QVERIFY2(legend > 0, qPrintable(QString::number(legend)));
    // The corners of the image are the white background (no rounded view frame).
    QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255));
    QCOMPARE(image.pixel(3199, 1799), qRgb(255, 255, 255));
}

void TestChartExporter::pngAtScale1_data()
{
    addChartRows();
}

void TestChartExporter::pngAtScale1()
{
    QFETCH(QString, name);
    const QString path = exportChart(name, ChartExporter::Format::Png, QSize(1600, 900), 1);
    QVERIFY(!path.isEmpty());
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(1600, 900));
    QVERIFY(distinctColours(image) >= 50);
    QVERIFY(inkIn(image, QRectF(0.2, 0.0, 0.6, 0.08)) > 0);
    QVERIFY(inkIn(image, QRectF(0.2, 0.8, 0.6, 0.15)) > 0);

    // The same chart at scale 2 is the same drawing with twice the pixels: scaled down,
    // it is close to this one (only antialiasing differs).
    const QString large = exportChart(name, ChartExporter::Format::Png, QSize(1600, 900), 2,
                                      QStringLiteral("_compare"));
    QImage twice;
    QVERIFY(twice.load(large));
    const QImage reduced
            = twice.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                      .convertToFormat(image.format());
    qint64 difference = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            difference += qAbs(qGray(image.pixel(x, y)) - qGray(reduced.pixel(x, y)));
    }
    const double mean = double(difference) / ((image.width() / 2) * (image.height() / 2));
    QVERIFY2(mean < 12.0, qPrintable(QString::number(mean)));
}

void TestChartExporter::japaneseDiffersFromEnglish()
{
    const QString name = QStringLiteral("revenue-mix");
    const auto builder = ChartCatalog::builder(name);
    QVERIFY(builder);
    ChartExporter::Request request;  // 1600x900, scale 1, PNG
    QString error;

    const Table english = tableOf(name);
    QCOMPARE(english.title(), QStringLiteral("Revenue mix"));
    const QString englishPath = m_dir.filePath(QStringLiteral("revenue-mix_en.png"));
    QVERIFY2(ChartExporter::write(*builder, english, optionsFor(english), request, englishPath,
                                  &error),
             qPrintable(error));

    QVERIFY(Language::apply(QStringLiteral("ja")));
    QCOMPARE(Language::current(), QStringLiteral("ja"));
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    const QString family = Language::chartFontFamily(QStringLiteral("ja"));
    // Without the font (only recommended by the package) the application font stands in.
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK JP")))
        QCOMPARE(family, QStringLiteral("Noto Sans CJK JP"));
    else
        QCOMPARE(family, QString());
    // Labels are translated when the table is built, so it is built again.
    const Table japanese = tableOf(name);
    // "Revenue mix" in translations/irdash_ja.ts (context Queries).
    QCOMPARE(japanese.title(), QStringLiteral("売上構成"));
    QCOMPARE(japanese.categoryKeys(), english.categoryKeys());
    QCOMPARE(japanese.seriesCount(), english.seriesCount());
    QVERIFY(japanese.series(0).label != english.series(0).label);
    const QString japanesePath = m_dir.filePath(QStringLiteral("revenue-mix_ja.png"));
    QVERIFY2(ChartExporter::write(*builder, japanese, optionsFor(japanese, QLocale(), family),
                                  request, japanesePath, &error),
             qPrintable(error));

    QImage englishImage;
    QImage japaneseImage;
    QVERIFY(englishImage.load(englishPath));
    QVERIFY(japaneseImage.load(japanesePath));
    QCOMPARE(japaneseImage.size(), englishImage.size());
    QVERIFY(japaneseImage != englishImage);
    // The difference is the text: the title region differs, and there is a title.
    const QRect titleRegion(320, 0, 960, 72);
    QVERIFY(japaneseImage.copy(titleRegion) != englishImage.copy(titleRegion));
    QVERIFY(inkIn(japaneseImage, QRectF(0.2, 0.0, 0.6, 0.08)) > 0);

    QVERIFY(Language::apply(QStringLiteral("en")));
    QCOMPARE(QLocale(), QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(tableOf(name).title(), QStringLiteral("Revenue mix"));
    QCOMPARE(tableOf(name).series(0).label, english.series(0).label);
}

void TestChartExporter::pngKeepsEveryColour_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("RGB32") << int(QImage::Format_RGB32);
    QTest::newRow("ARGB32") << int(QImage::Format_ARGB32);
    QTest::newRow("RGB888, converted") << int(QImage::Format_RGB888);
}

void TestChartExporter::pngKeepsEveryColour()
{
    // Channels in the right order whatever the byte order, odd sizes, the density kept.
    QFETCH(int, format);
    QImage image(7, 3, QImage::Format(format));
    const QList<QRgb> colours = {qRgb(255, 0, 0), qRgb(0, 255, 0), qRgb(0, 0, 255),
                                 qRgb(18, 52, 86), qRgb(0, 0, 0), qRgb(255, 255, 255),
                                 qRgb(250, 128, 7)};
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, colours[(x + y) % colours.size()]);
    }
    const QByteArray png = PngEncoder::encode(image, 7560);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage decoded = QImage::fromData(png, "PNG");
    QCOMPARE(decoded.size(), QSize(7, 3));
    QVERIFY(!decoded.hasAlphaChannel());
    QCOMPARE(decoded.dotsPerMeterX(), 7560);
    QCOMPARE(decoded.dotsPerMeterY(), 7560);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            QCOMPARE(decoded.pixel(x, y), colours[(x + y) % colours.size()]);
    }
    QVERIFY(PngEncoder::encode(QImage(), 3780).isEmpty());
}

void TestChartExporter::svg_data()
{
    addChartRows();
}

void TestChartExporter::svg()
{
    QFETCH(QString, name);
    const QString path = exportChart(name, ChartExporter::Format::Svg, QSize(1600, 900), 1);
    QVERIFY(!path.isEmpty());
    const QByteArray svg = readAll(path);
    QStringList texts;
    QString error;
    QVERIFY2(svgTexts(svg, &texts, &error), qPrintable(error));
    QVERIFY(!texts.isEmpty());
    const QString title = tableOf(name).title();
    QVERIFY(!title.isEmpty());
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(title),
             qPrintable(title + QLatin1String(" not in ") + texts.mid(0, 10).join(u'|')));
    if (name == QLatin1String("revenue-mix"))
        QVERIFY(texts.join(QLatin1Char('\n')).contains(QStringLiteral("Revenue mix")));
    // The requested size, in logical pixels.
    QVERIFY2(svg.contains("viewBox=\"0 0 1600 900\""), svg.left(600).constData());
}

void TestChartExporter::pdf_data()
{
    addChartRows();
}

void TestChartExporter::pdf()
{
    QFETCH(QString, name);
    const QString path = exportChart(name, ChartExporter::Format::Pdf, QSize(1600, 900), 1);
    QVERIFY(!path.isEmpty());
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Font"));
    // Vector: no image stands in for the chart.
    QVERIFY(!pdf.contains("/Subtype /Image"));
    QVERIFY(!pdf.contains("/Subtype/Image"));
    QVERIFY2(pdf.size() < 2 * 1024 * 1024, qPrintable(QString::number(pdf.size())));
    // One page of 1600x900 logical pixels at 96 dpi: 1200x675 points.
    static const QRegularExpression mediaBox(
            QStringLiteral("/MediaBox \\[\\s*0(?:\\.0+)? 0(?:\\.0+)? ([0-9.]+) ([0-9.]+)\\s*\\]"));
    const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY2(box.hasMatch(), pdf.mid(pdf.indexOf("/MediaBox"), 60).constData());
    QCOMPARE(box.captured(1).toDouble(), 1200.0);
    QCOMPARE(box.captured(2).toDouble(), 675.0);
    QCOMPARE(pdf.count("/MediaBox"), 1);  // one page
}

void TestChartExporter::csvIsTheTable_data()
{
    addChartRows();
}

void TestChartExporter::csvIsTheTable()
{
    QFETCH(QString, name);
    const QString path = exportChart(name, ChartExporter::Format::Csv, QSize(1600, 900), 1);
    QVERIFY(!path.isEmpty());
    const QByteArray csv = readAll(path);
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    QString error;
    const std::optional<Table> read = TableCsv::read(csv, &error);
    QVERIFY2(read, qPrintable(error));
    const Table table = tableOf(name);
    QCOMPARE(csv, TableCsv::write(table));  // the file holds exactly TableCsv's bytes
    QCOMPARE(read->name(), table.name());
    QCOMPARE(read->title(), table.title());
    QCOMPARE(read->categoryKeys(), table.categoryKeys());
    QCOMPARE(read->seriesCount(), table.seriesCount());
    for (int s = 0; s < table.seriesCount(); ++s) {
        QCOMPARE(read->series(s).key, table.series(s).key);
        for (int c = 0; c < table.categoryCount(); ++c)
            QVERIFY(read->cell(s, c).value == table.cell(s, c).value);
    }

    if (name == QLatin1String("revenue-mix")) {
        // The deck's figures: network services 16,785 and total revenues 26,441 in 1Q13.
        const TableCell *services
                = read->find(QStringLiteral("revenue_network_services"), QStringLiteral("1Q13"));
        QVERIFY(services);
        QVERIFY(services->value);
        QCOMPARE(*services->value, 16785.0);
        QCOMPARE(services->unit, Unit::JpyMillion);
        QCOMPARE(services->basis, Basis::Reported);
        QVERIFY(!services->source.isEmpty());
        const TableCell *total
                = read->find(QStringLiteral("revenue_total"), QStringLiteral("1Q13"));
        QVERIFY(total);
        QCOMPARE(total->value.value_or(0), 26441.0);
        QCOMPARE(read->series(read->seriesIndex(QStringLiteral("revenue_total"))).role,
                 TableSeries::Role::Total);

        // With the byte-order mark, the same table behind EF BB BF.
        const auto builder = ChartCatalog::builder(name);
        ChartExporter::Request request;
        request.format = ChartExporter::Format::Csv;
        request.byteOrderMark = true;
        const QString marked = m_dir.filePath(QStringLiteral("revenue-mix_bom.csv"));
        QVERIFY2(ChartExporter::write(*builder, table, optionsFor(table), request, marked, &error),
                 qPrintable(error));
        const QByteArray bytes = readAll(marked);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.mid(3), csv);
        QVERIFY(TableCsv::read(bytes));
    }
}

void TestChartExporter::unwritablePath_data()
{
    QTest::addColumn<ChartExporter::Format>("format");
    QTest::newRow("png") << ChartExporter::Format::Png;
    QTest::newRow("svg") << ChartExporter::Format::Svg;
    QTest::newRow("pdf") << ChartExporter::Format::Pdf;
    QTest::newRow("csv") << ChartExporter::Format::Csv;
}

void TestChartExporter::unwritablePath()
{
    QFETCH(ChartExporter::Format, format);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString missing = base.filePath(QStringLiteral("missing/sub"));
    const QString path = missing + QStringLiteral("/x.") + ChartExporter::formatName(format);
    const QString name = QStringLiteral("revenue-mix");
    const auto builder = ChartCatalog::builder(name);
    const Table table = tableOf(name);
    ChartExporter::Request request;
    request.format = format;
    QString error;
    QVERIFY(!ChartExporter::write(*builder, table, optionsFor(table), request, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(missing));  // no folder made on the way
    QCOMPARE(entriesOf(base.path()), QStringList());

    // Without an error string, just false.
    QVERIFY(!ChartExporter::write(*builder, table, optionsFor(table), request, path, nullptr));

    // An existing folder is no file to write either.
    const QString folder = base.filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(folder));
    error.clear();
    QVERIFY(!ChartExporter::write(*builder, table, optionsFor(table), request, folder, &error));
    QVERIFY2(error.contains(folder), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(entriesOf(folder), QStringList());
    QCOMPARE(entriesOf(base.path()), QStringList {QStringLiteral("folder")});
}

void TestChartExporter::readOnlyDirectory()
{
    if (::getuid() == 0)
        QSKIP("root writes into read-only directories; run as another user to check this");
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString locked = base.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    // Give the permissions back, whatever happens, so QTemporaryDir can remove it.
    struct Unlock
    {
        QString path;
        ~Unlock()
        {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    } unlock {locked};

    const auto builder = ChartCatalog::builder(QStringLiteral("revenue-mix"));
    const Table table = tableOf(QStringLiteral("revenue-mix"));
    for (const ChartExporter::Format format :
         {ChartExporter::Format::Png, ChartExporter::Format::Svg, ChartExporter::Format::Pdf,
          ChartExporter::Format::Csv}) {
        const QString path = locked + QStringLiteral("/x.") + ChartExporter::formatName(format);
        ChartExporter::Request request;
        request.format = format;
        QString error;
        QVERIFY(!ChartExporter::write(*builder, table, optionsFor(table), request, path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entriesOf(locked), QStringList());
    }
}

void TestChartExporter::specialTargetsAreRefused_data()
{
    QTest::addColumn<ChartExporter::Format>("format");
    QTest::addColumn<QString>("target");  // a device, or fifo / link-to-fifo made here
    QTest::addColumn<QString>("what");
    const QList<std::pair<const char *, ChartExporter::Format>> formats = {
            {"png", ChartExporter::Format::Png},
            {"svg", ChartExporter::Format::Svg},
            {"pdf", ChartExporter::Format::Pdf},
            {"csv", ChartExporter::Format::Csv}};
    for (const auto &[name, format] : formats) {
        QTest::addRow("%s /dev/null", name)
                << format << QStringLiteral("/dev/null") << QStringLiteral("a character device");
        QTest::addRow("%s /dev/full", name)
                << format << QStringLiteral("/dev/full") << QStringLiteral("a character device");
        QTest::addRow("%s FIFO", name) << format << QStringLiteral("fifo") << QStringLiteral("a FIFO");
        QTest::addRow("%s link to a FIFO", name)
                << format << QStringLiteral("link-to-fifo")
                << QStringLiteral("a symbolic link to a FIFO");
    }
}

void TestChartExporter::specialTargetsAreRefused()
{
    QFETCH(ChartExporter::Format, format);
    QFETCH(QString, target);
    QFETCH(QString, what);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    QString path = target;
    if (target != QLatin1String("/dev/null") && target != QLatin1String("/dev/full")) {
        path = base.filePath(QStringLiteral("chart.fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        if (target == QLatin1String("link-to-fifo")) {
            const QString link = base.filePath(QStringLiteral("chart.") + ChartExporter::formatName(format));
            QVERIFY(QFile::link(path, link));
            path = link;
        }
    }
    const QString before = identity(path);
    const QStringList entries = entriesOf(base.path());
    const QStringList devices = entriesOf(QStringLiteral("/dev"));
    const auto builder = ChartCatalog::builder(QStringLiteral("revenue-mix"));
    const Table table = tableOf(QStringLiteral("revenue-mix"));
    ChartExporter::Request request;
    request.format = format;
    QString error;
    QVERIFY(!ChartExporter::write(*builder, table, optionsFor(table), request, path, &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: it is %2, not a file").arg(path, what));
    QCOMPARE(ChartExporter::refusal(path), error);
    if (format == ChartExporter::Format::Png) {
        error.clear();
        QVERIFY(!ChartExporter::writePng(
                ChartExporter::render(*builder, table, optionsFor(table), QSize(400, 300), 1), 1,
                path, &error));
        QCOMPARE(ChartExporter::refusal(path), error);
    }
    // The device or FIFO is what it was, and nothing was left beside it.
    QCOMPARE(identity(path), before);
    QCOMPARE(entriesOf(base.path()), entries);
    QCOMPARE(entriesOf(QStringLiteral("/dev")), devices);
}

void TestChartExporter::writeErrorKeepsTheOldFile_data()
{
    unwritablePath_data();
}

void TestChartExporter::writeErrorKeepsTheOldFile()
{
    // A disk that fills up while the chart is written: an error naming the file and the
    // cause, and the chart exported before stays as it was.
    QFETCH(ChartExporter::Format, format);
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString path = base.filePath(QStringLiteral("x.") + ChartExporter::formatName(format));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the chart of last quarter");
    }
    const auto builder = ChartCatalog::builder(QStringLiteral("revenue-mix"));
    const Table table = tableOf(QStringLiteral("revenue-mix"));
    ChartExporter::Request request;
    request.format = format;
    QString error;
    bool written = true;
    {
        const FileSizeLimit full(1024);
        QVERIFY(full.isActive());
        written = ChartExporter::write(*builder, table, optionsFor(table), request, path, &error);
    }
    QVERIFY(!written);
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path + QStringLiteral(": ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("the chart of last quarter"));
    QCOMPARE(entriesOf(base.path()), QStringList {QFileInfo(path).fileName()});
}

void TestChartExporter::symbolicLinkToARegularFile()
{
    // Followed as QSaveFile follows it: the file the link leads to gets the chart, the
    // link stays.
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString target = base.filePath(QStringLiteral("real.png"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const QString link = base.filePath(QStringLiteral("chart.png"));
    QVERIFY(QFile::link(target, link));
    const auto builder = ChartCatalog::builder(QStringLiteral("headcount"));
    const Table table = tableOf(QStringLiteral("headcount"));
    ChartExporter::Request request;
    request.size = QSize(800, 450);
    QString error;
    QVERIFY2(ChartExporter::write(*builder, table, optionsFor(table), request, link, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(QImage(target).size(), QSize(800, 450));
    QCOMPARE(entriesOf(base.path()),
             (QStringList {QStringLiteral("chart.png"), QStringLiteral("real.png")}));
}

void TestChartExporter::parseSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");  // invalid: rejected

    QTest::newRow("1600x900") << QStringLiteral("1600x900") << QSize(1600, 900);
    QTest::newRow("1600X900") << QStringLiteral("1600X900") << QSize(1600, 900);
    QTest::newRow("800x600") << QStringLiteral("800x600") << QSize(800, 600);
    QTest::newRow("smallest") << QStringLiteral("100x100") << QSize(100, 100);
    QTest::newRow("largest") << QStringLiteral("10000x10000") << QSize(10000, 10000);
    QTest::newRow("16x9") << QStringLiteral("16x9") << QSize();
    QTest::newRow("abc") << QStringLiteral("abc") << QSize();
    QTest::newRow("0x0") << QStringLiteral("0x0") << QSize();
    QTest::newRow("20000x900") << QStringLiteral("20000x900") << QSize();
    QTest::newRow("10001x900") << QStringLiteral("10001x900") << QSize();
    QTest::newRow("1600x") << QStringLiteral("1600x") << QSize();
    QTest::newRow("x900") << QStringLiteral("x900") << QSize();
    QTest::newRow("empty") << QString() << QSize();
    QTest::newRow("1600*900") << QStringLiteral("1600*900") << QSize();
    QTest::newRow("-1600x900") << QStringLiteral("-1600x900") << QSize();
    QTest::newRow("1600x900x2") << QStringLiteral("1600x900x2") << QSize();
}

void TestChartExporter::parseSize()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    const std::optional<QSize> parsed = ChartExporter::parseSize(text);
    QCOMPARE(parsed.has_value(), size.isValid());
    if (parsed)
        QCOMPARE(*parsed, size);
}

void TestChartExporter::parseSizeSaysWhichLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    const QString form
            = QStringLiteral("expected WIDTHxHEIGHT such as 1600x900, 100 to 10000 pixels a side");
    QTest::newRow("99x900") << QStringLiteral("99x900")
                            << QStringLiteral("the width is below the limit of 100 pixels");
    QTest::newRow("1600x16") << QStringLiteral("1600x16")
                             << QStringLiteral("the height is below the limit of 100 pixels");
    QTest::newRow("20000x900") << QStringLiteral("20000x900")
                               << QStringLiteral("the width is above the limit of 10000 pixels");
    QTest::newRow("1600x10001") << QStringLiteral("1600x10001")
                                << QStringLiteral("the height is above the limit of 10000 pixels");
    QTest::newRow("too many digits")
            << QStringLiteral("99999999999999999999x900")
            << QStringLiteral("the width is above the limit of 10000 pixels");
    // "0x2" is a size, if a small one.
    QTest::newRow("0x2") << QStringLiteral("0x2")
                         << QStringLiteral("the width is below the limit of 100 pixels");
    for (const char *text : {"nan", "inf", "-inf", "1e999", "", "1e3x900", "nanxnan", "infxinf",
                             "1600.5x900"})
        QTest::newRow(text) << QString::fromLatin1(text) << form;
}

void TestChartExporter::parseSizeSaysWhichLimit()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    QString message;
    QVERIFY(!ChartExporter::parseSize(text, &message));
    QCOMPARE(message, why);
}

void TestChartExporter::parseScale_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("scale");  // 0: rejected
    QTest::addColumn<QString>("why");
    const QString form = QStringLiteral("expected a finite number from 1 to 4");
    QTest::newRow("1") << QStringLiteral("1") << 1.0 << QString();
    QTest::newRow("2") << QStringLiteral("2") << 2.0 << QString();
    QTest::newRow("1.5") << QStringLiteral("1.5") << 1.5 << QString();
    QTest::newRow("4") << QStringLiteral("4") << 4.0 << QString();
    QTest::newRow("0.5") << QStringLiteral("0.5") << 0.0
                         << QStringLiteral("the scale is below the limit of 1");
    QTest::newRow("-2") << QStringLiteral("-2") << 0.0
                        << QStringLiteral("the scale is below the limit of 1");
    QTest::newRow("4.5") << QStringLiteral("4.5") << 0.0
                         << QStringLiteral("the scale is above the limit of 4");
    QTest::newRow("1e300") << QStringLiteral("1e300") << 0.0
                           << QStringLiteral("the scale is above the limit of 4");
    // Not finite, or no number at all.
    for (const char *text : {"nan", "NaN", "inf", "-inf", "+inf", "1e999", "0x2", "", "two", "2x"})
        QTest::newRow(text) << QString::fromLatin1(text) << 0.0 << form;
}

void TestChartExporter::parseScale()
{
    QFETCH(QString, text);
    QFETCH(double, scale);
    QFETCH(QString, why);
    QString message;
    const std::optional<qreal> parsed = ChartExporter::parseScale(text, &message);
    QCOMPARE(parsed.has_value(), scale > 0);
    if (parsed)
        QCOMPARE(*parsed, scale);
    QCOMPARE(message, why);
}

void TestChartExporter::pixelLimit()
{
    QVERIFY(ChartExporter::pixelLimitError(QSize(10000, 10000), 1).isEmpty());
    QVERIFY(ChartExporter::pixelLimitError(QSize(1600, 900), 4).isEmpty());
    QVERIFY(ChartExporter::pixelLimitError(QSize(5000, 5000), 2).isEmpty());
    QCOMPARE(ChartExporter::pixelLimitError(QSize(10000, 10000), 2),
             QStringLiteral("10000x10000 at scale 2 is a PNG of 20000x20000 pixels, 400 "
                            "megapixels; the limit is 100 megapixels"));
    // Refused before anything is drawn; a vector format has no pixels to count.
    QTemporaryDir base;
    const auto builder = ChartCatalog::builder(QStringLiteral("revenue-mix"));
    const Table table = tableOf(QStringLiteral("revenue-mix"));
    ChartExporter::Request request;
    request.size = QSize(10000, 10000);
    request.scale = 3;
    const QString png = base.filePath(QStringLiteral("huge.png"));
    QString error;
    QVERIFY(!ChartExporter::write(*builder, table, optionsFor(table), request, png, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + png + QStringLiteral(": 10000x10000 at scale 3")),
             qPrintable(error));
    QCOMPARE(entriesOf(base.path()), QStringList());
    request.format = ChartExporter::Format::Svg;
    const QString svg = base.filePath(QStringLiteral("huge.svg"));
    QVERIFY2(ChartExporter::write(*builder, table, optionsFor(table), request, svg, &error),
             qPrintable(error));
}

void TestChartExporter::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");  // -1: rejected

    QTest::newRow("png") << QStringLiteral("png") << int(ChartExporter::Format::Png);
    QTest::newRow("PNG") << QStringLiteral("PNG") << int(ChartExporter::Format::Png);
    QTest::newRow("svg") << QStringLiteral("svg") << int(ChartExporter::Format::Svg);
    QTest::newRow("Svg") << QStringLiteral("Svg") << int(ChartExporter::Format::Svg);
    QTest::newRow("pdf") << QStringLiteral("pdf") << int(ChartExporter::Format::Pdf);
    QTest::newRow("PdF") << QStringLiteral("PdF") << int(ChartExporter::Format::Pdf);
    QTest::newRow("csv") << QStringLiteral("csv") << int(ChartExporter::Format::Csv);
    QTest::newRow("CSV") << QStringLiteral("CSV") << int(ChartExporter::Format::Csv);
    QTest::newRow("gif") << QStringLiteral("gif") << -1;
    QTest::newRow("jpeg") << QStringLiteral("jpeg") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow(".png") << QStringLiteral(".png") << -1;
}

void TestChartExporter::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const auto parsed = ChartExporter::formatFromName(name);
    QCOMPARE(parsed.has_value(), format >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), format);
        QCOMPARE(ChartExporter::formatName(*parsed), name.toLower());
    }
}

void TestChartExporter::svgTextAsLaidOut_data()
{
    addChartRows();
}

// Every text of an SVG names a real face and is set at the size the chart was laid out
// with (fonts in points at 96 pixels to the inch), so it reads as the PNG does.
void TestChartExporter::svgTextAsLaidOut()
{
    QFETCH(QString, name);
    const QSize size(1600, 900);
    const QString path = exportChart(name, ChartExporter::Format::Svg, size, 1.0);
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    const qreal scale = ChartExporter::fontScaleFor(size);
    // The chart's three sizes: title 13 pt, labels 9.5 pt, notes 8.5 pt.
    QSet<QString> expected;
    for (qreal points : {13.0, 9.5, 8.5})
        expected.insert(QString::number(points * scale * 96.0 / 72.0, 'f', 1));
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("text"))
            continue;
        ++texts;
        const QString family = xml.attributes().value(QStringLiteral("font-family")).toString();
        const double fontSize = xml.attributes().value(QStringLiteral("font-size")).toDouble();
        QVERIFY2(!family.isEmpty() && family != QLatin1String("Sans Serif"), qPrintable(family));
        QVERIFY2(expected.contains(QString::number(fontSize, 'f', 1)),
                 qPrintable(QStringLiteral("font-size %1 not among %2")
                                    .arg(fontSize)
                                    .arg(QStringList(expected.cbegin(), expected.cend()).join(u','))));
    }
    QVERIFY(texts > 5);
}

void TestChartExporter::printIsCentred_data()
{
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::newRow("landscape") << QPageLayout::Landscape;
    QTest::newRow("portrait") << QPageLayout::Portrait;
}

// The print path, on a PDF writer's A4 page: the chart fills the printable area's width or
// height and sits in its middle.
void TestChartExporter::printIsCentred()
{
    QFETCH(QPageLayout::Orientation, orientation);
    const QString path = m_dir.filePath(QStringLiteral("print.pdf"));
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    const Table table = tableOf(QStringLiteral("revenue-mix"));
    const auto builder = ChartCatalog::builder(QStringLiteral("revenue-mix"));
    const QRectF drawn = ChartExporter::print(&writer, *builder, table, optionsFor(table));
    const QRectF paper = writer.pageLayout().fullRectPixels(writer.resolution());
    const qreal left = drawn.left() - paper.left();
    const qreal right = paper.right() - drawn.right();
    const qreal top = drawn.top() - paper.top();
    const qreal bottom = paper.bottom() - drawn.bottom();
    qInfo("margins: left %.0f right %.0f top %.0f bottom %.0f (page %.0fx%.0f)", left, right, top,
          bottom, paper.width(), paper.height());
    QVERIFY(qAbs(left - right) <= 0.02 * std::max(left, right));
    QVERIFY(qAbs(top - bottom) <= 0.02 * std::max(top, bottom));
    // It uses the page: it reaches the printable area on one axis at least.
    const QRectF printable = writer.pageLayout().paintRectPixels(writer.resolution());
    QVERIFY(drawn.width() >= printable.width() - 2 || drawn.height() >= printable.height() - 2);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
}

// On paper: the sources and the date, never "hover"; on screen the hint stays.
void TestChartExporter::footerOnPaperOnly()
{
    const Table table = tableOf(QStringLiteral("revenue-mix"));
    const auto builder = ChartCatalog::builder(QStringLiteral("revenue-mix"));
    ChartOptions screen = optionsFor(table);
    std::unique_ptr<QChart> onScreen(builder->build(table, screen));
    ChartOptions paper = screen;
    paper.forExport = true;
    std::unique_ptr<QChart> onPaper(builder->build(table, paper));
    const QString screenNotes = onScreen->property("irdashNotes").toString();
    const QString paperNotes = onPaper->property("irdashNotes").toString();
    QVERIFY2(screenNotes.contains(QStringLiteral("hover")), qPrintable(screenNotes));
    QVERIFY2(!paperNotes.contains(QStringLiteral("hover")), qPrintable(paperNotes));
    QVERIFY2(paperNotes.contains(QStringLiteral("Sources: IIJ 1Q FY2013 results presentation "
                                                "(2013-08-06), II-2")),
             qPrintable(paperNotes));
    QVERIFY2(!paperNotes.contains(QStringLiteral("http")), qPrintable(paperNotes));
}

QTEST_MAIN(TestChartExporter)
#include "TestChartExporter.moc"
