#include "ChartExporter.h"

#include "PngEncoder.h"
#include "TableCsv.h"
#include "charts/ChartBuilder.h"

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
#include <QSaveFile>
#include <QSvgGenerator>

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

std::optional<QSize> ChartExporter::parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\A([0-9]{3,5})[xX×]([0-9]{3,5})\\z"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000)
        return std::nullopt;
    return size;
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

bool ChartExporter::writePng(QImage image, qreal scale, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Record the density for layout programs; the pixel size is the image's.
    const QByteArray png = PngEncoder::encode(image, qRound(3780 * scale));
    if (png.isEmpty() || file.write(png) != png.size() || !file.commit()) {
        file.cancelWriting();
        if (error)
            *error = tr("cannot write %1: %2")
                             .arg(path,
                                  png.isEmpty() ? tr("the PNG encoder failed")
                                                : file.errorString());
        return false;
    }
    return true;
}

bool ChartExporter::write(const ChartBuilder &builder, const Table &table,
                          const ChartOptions &options, const Request &request, const QString &path,
                          QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (request.format == Format::Png)
        return writePng(render(builder, table, options, request.size, request.scale), request.scale,
                        path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));

    switch (request.format) {
    case Format::Png:
        break;  // written above
    case Format::Svg: {
        StagedChart staged(builder, table, exportOptions(options, request.size), request.size);
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
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
        QPdfWriter writer(&file);
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
        if (file.write(TableCsv::write(table, request.byteOrderMark)) < 0) {
            file.cancelWriting();
            return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
        }
        break;
    }
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return true;
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
