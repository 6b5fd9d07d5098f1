#include "ChartExporter.h"

#include "OutputFile.h"
#include "PngEncoder.h"
#include "TableCsv.h"
#include "charts/ChartBuilder.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cmath>
#include <memory>

namespace {

// A chart laid out at a logical size in a scene of its own; the scene owns the chart.
struct StagedChart
{
    QGraphicsScene scene;
    QChart *chart = nullptr;

    StagedChart(const ChartBuilder &builder, const Table &table, const ChartOptions &options,
                const QSizeF &size)
    {
        chart = builder.build(table, options);
        chart->setBackgroundRoundness(0);
        chart->setDropShadowEnabled(false);
        chart->layout()->setContentsMargins(4, 4, 16, 4);  // no view frame, a little air
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layout()->activate();
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
    }

    void paint(QPainter *painter, const QRectF &target)
    {
        painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                                | QPainter::SmoothPixmapTransform);
        scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    }
};

ChartOptions exportOptions(ChartOptions options, const QSize &size)
{
    options.animated = false;
    options.forExport = true;
    options.fontScale = ChartExporter::fontScaleFor(size);
    return options;
}

}  // namespace

std::optional<ChartExporter::Format> ChartExporter::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("png"))
        return Format::Png;
    if (lower == QLatin1String("svg"))
        return Format::Svg;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    if (lower == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString ChartExporter::formatName(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<QSize> ChartExporter::parseSize(const QString &text, QString *why)
{
    const auto fail = [&](const QString &message) -> std::optional<QSize> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    static const QRegularExpression pattern(QStringLiteral("\\A([0-9]+)[xX×]([0-9]+)\\z"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return fail(tr("expected WIDTHxHEIGHT such as 1600x900, %1 to %2 pixels a side")
                            .arg(minSide)
                            .arg(maxSide));
    const auto side = [&](int index, const QString &name) -> std::optional<int> {
        bool ok = false;
        const int value = match.captured(index).toInt(&ok);  // too many digits: not ok
        if (ok && value >= minSide && value <= maxSide)
            return value;
        fail(ok && value < minSide
                     ? tr("the %1 is below the limit of %2 pixels").arg(name).arg(minSide)
                     : tr("the %1 is above the limit of %2 pixels").arg(name).arg(maxSide));
        return std::nullopt;
    };
    const auto width = side(1, tr("width"));
    if (!width)
        return std::nullopt;
    const auto height = side(2, tr("height"));
    if (!height)
        return std::nullopt;
    return QSize(*width, *height);
}

std::optional<qreal> ChartExporter::parseScale(const QString &text, QString *why)
{
    bool ok = false;
    const double value = text.toDouble(&ok);  // "1e999" is not ok; "nan" and "inf" are
    QString message;
    if (!ok || !std::isfinite(value))
        message = tr("expected a finite number from %1 to %2").arg(minScale).arg(maxScale);
    else if (value < minScale)
        message = tr("the scale is below the limit of %1").arg(minScale);
    else if (value > maxScale)
        message = tr("the scale is above the limit of %1").arg(maxScale);
    if (message.isEmpty())
        return value;
    if (why)
        *why = message;
    return std::nullopt;
}

QString ChartExporter::pixelLimitError(const QSize &size, qreal scale)
{
    const qint64 width = qRound64(size.width() * scale);
    const qint64 height = qRound64(size.height() * scale);
    if (width * height <= maxPixels)
        return {};
    return tr("%1x%2 at scale %3 is a PNG of %4x%5 pixels, %6 megapixels; the limit is %7 "
              "megapixels")
            .arg(size.width())
            .arg(size.height())
            .arg(scale)
            .arg(width)
            .arg(height)
            .arg(width * height / 1'000'000)
            .arg(maxPixels / 1'000'000);
}

qreal ChartExporter::fontScaleFor(const QSize &size)
{
    // The window shows charts about 1,300 logical pixels wide at the default font.
    return std::clamp(std::min(size.width() / 1300.0, size.height() / 700.0), 0.8, 3.0);
}

QImage ChartExporter::render(const ChartBuilder &builder, const Table &table, ChartOptions options,
                             const QSize &size, qreal scale)
{
    StagedChart staged(builder, table, exportOptions(options, size), size);
    // Opaque: a white page. Without an alpha channel the PNG is a quarter smaller and
    // quicker to write.
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
                 QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    staged.paint(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

QString ChartExporter::refusal(const QString &path)
{
    return OutputFile::check(path).message;
}

bool ChartExporter::writePng(QImage image, qreal scale, const QString &path, QString *error)
{
    if (const QString refused = refusal(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    // Record the density for layout programs; the pixel size is the image's.
    const QByteArray png = PngEncoder::encode(image, qRound(3780 * scale));
    if (png.isEmpty()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, tr("the PNG encoder failed"));
        return false;
    }
    return OutputFile::write(path, png, error);
}

bool ChartExporter::write(const ChartBuilder &builder, const Table &table,
                          const ChartOptions &options, const Request &request, const QString &path,
                          QString *error)
{
    // Before drawing: a FIFO or a device is refused whatever the chart.
    if (const OutputFile::Check target = OutputFile::check(path); !target.ok()) {
        if (error)
            *error = target.message;
        return false;
    }
    QString why;
    const QByteArray bytes = encode(builder, table, options, request, &why);
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    }
    return OutputFile::write(path, bytes, error);
}

QByteArray ChartExporter::encode(const ChartBuilder &builder, const Table &table,
                                 const ChartOptions &options, const Request &request, QString *why)
{
    if (request.format == Format::Png) {
        if (const QString tooLarge = pixelLimitError(request.size, request.scale);
            !tooLarge.isEmpty()) {
            if (why)
                *why = tooLarge;
            return {};
        }
        // Record the density for layout programs; the pixel size is the image's.
        const QByteArray png
                = PngEncoder::encode(render(builder, table, options, request.size, request.scale),
                                     qRound(3780 * request.scale));
        if (png.isEmpty() && why)
            *why = tr("the PNG encoder failed");
        return png;
    }

    // Drawn into memory first, so that OutputFile checks every byte on its way to the file.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (request.format) {
    case Format::Png:
        break;  // encoded above
    case Format::Svg: {
        StagedChart staged(builder, table, exportOptions(options, request.size), request.size);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(request.size);
        generator.setViewBox(QRect(QPoint(0, 0), request.size));
        // The chart was laid out at 96 logical pixels to the inch: at the generator's default
        // of 72, every font would be written a quarter smaller than it was laid out.
        generator.setResolution(96);
        generator.setTitle(table.title());
        generator.setDescription(tr("irdash chart %1").arg(builder.name()));
        QPainter painter(&generator);
        staged.paint(&painter, QRectF(QPointF(0, 0), request.size));
        painter.end();
        break;
    }
    case Format::Pdf: {
        StagedChart staged(builder, table, exportOptions(options, request.size), request.size);
        QPdfWriter writer(&buffer);
        writer.setTitle(table.title());
        writer.setCreator(QStringLiteral("irdash"));
        writer.setResolution(96);
        // One page exactly the chart's size: 96 logical pixels to the inch.
        writer.setPageSize(QPageSize(QSizeF(request.size) * 72.0 / 96.0, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        staged.paint(&painter, QRectF(QPointF(0, 0), request.size));
        painter.end();
        break;
    }
    case Format::Csv:
        bytes = request.wideCsv ? TableCsv::writeWide(table, request.byteOrderMark)
                                : TableCsv::write(table, request.byteOrderMark);
        break;
    }
    buffer.close();
    if (bytes.isEmpty() && why)
        *why = tr("nothing was drawn");
    return bytes;
}

QRectF ChartExporter::print(QPagedPaintDevice *device, const ChartBuilder &builder,
                            const Table &table, ChartOptions options)
{
    const int dpi = device->logicalDpiX();
    const QRectF page = device->pageLayout().paintRectPixels(dpi);
    // Laid out at the shape of the printable area (within reason), about as wide as the
    // window shows it, then scaled to the area and centred in it: portrait or landscape.
    const qreal aspect = std::clamp(page.width() / std::max<qreal>(1.0, page.height()), 0.5, 2.0);
    const QSize size = aspect >= 1.0 ? QSize(1600, qRound(1600 / aspect))
                                     : QSize(qRound(1200 * aspect), 1200);
    StagedChart staged(builder, table, exportOptions(options, size), size);
    const qreal scale = std::min(page.width() / size.width(), page.height() / size.height());
    const QSizeF drawn = QSizeF(size) * scale;
    // Painter coordinates start at the printable area's corner.
    const QRectF target(
            QPointF((page.width() - drawn.width()) / 2.0, (page.height() - drawn.height()) / 2.0),
            drawn);
    QPainter painter(device);
    staged.paint(&painter, target);
    painter.end();
    return target.translated(page.topLeft());
}
