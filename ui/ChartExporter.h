#pragma once

#include "Table.h"
#include "charts/ChartOptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

class ChartBuilder;
class QPagedPaintDevice;

// The one export path: a chart builder's QChart (never a screenshot of the window)
// rendered at exactly the requested logical size times the scale, without the view's
// margins or rounded corners, animations off; or the chart's Table as CSV. Files are
// written to a temporary file and renamed, so a failure leaves nothing behind.
class ChartExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format {
        Png,
        Svg,
        Pdf,
        Csv,
    };

    struct Request
    {
        QSize size = QSize(1600, 900);  // logical pixels
        qreal scale = 1.0;  // 2: a 1600x900 request gives a 3200x1800 PNG
        Format format = Format::Png;
        bool byteOrderMark = false;  // CSV only
    };

    static std::optional<Format> formatFromName(const QString &name);
    static QString formatName(Format format);
    // "1600x900" -> QSize; sizes from 100 to 10000 pixels a side.
    static std::optional<QSize> parseSize(const QString &text);

    // Text grows with the image so a large export is as legible as the window.
    static qreal fontScaleFor(const QSize &size);
    static QImage render(const ChartBuilder &builder, const Table &table, ChartOptions options,
                         const QSize &size, qreal scale);
    static bool write(const ChartBuilder &builder, const Table &table, const ChartOptions &options,
                      const Request &request, const QString &path, QString *error);
    // Writes an image from render() as PNG. Touches no chart, so it may run on another
    // thread while the next chart renders.
    static bool writePng(QImage image, qreal scale, const QString &path, QString *error);
    // The chart on the page of a printer (or a PDF writer): laid out at the shape of the
    // printable area, scaled to it and centred, with the export footer. Returns where it
    // was drawn on the page, in device pixels from the page's corner.
    static QRectF print(QPagedPaintDevice *device, const ChartBuilder &builder, const Table &table,
                        ChartOptions options);
};
