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
// written by OutputFile: to a temporary file, checked and renamed, so a failure (a full
// disk) leaves nothing behind, and never over a FIFO, a device or a folder.
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
        // CSV only: the data book's layout (series down, periods across), which the import
        // reads back, instead of one row per cell.
        bool wideCsv = false;
    };

    // The limits of a request. A side of the logical size:
    static constexpr int minSide = 100;
    static constexpr int maxSide = 10000;
    static constexpr qreal minScale = 1.0;
    static constexpr qreal maxScale = 4.0;
    // Pixels of a PNG, 400 MB while it is drawn: 10000x10000 at 1x, 5000x5000 at 2x.
    static constexpr qint64 maxPixels = 100'000'000;

    static std::optional<Format> formatFromName(const QString &name);
    static QString formatName(Format format);
    // "1600x900" -> QSize, minSide to maxSide pixels a side; else *why says what is wrong
    // and which limit it breaks.
    static std::optional<QSize> parseSize(const QString &text, QString *why = nullptr);
    // "2" -> 2.0: a finite number from minScale to maxScale; else *why says which limit.
    static std::optional<qreal> parseScale(const QString &text, QString *why = nullptr);
    // Why a PNG of this logical size at this scale has too many pixels; empty if it has not.
    static QString pixelLimitError(const QSize &size, qreal scale);

    // Text grows with the image so a large export is as legible as the window.
    static qreal fontScaleFor(const QSize &size);
    static QImage render(const ChartBuilder &builder, const Table &table, ChartOptions options,
                         const QSize &size, qreal scale);
    // Whether `path` may be written (OutputFile::check): "cannot write PATH: it is a FIFO,
    // not a file"; empty when it may.
    static QString refusal(const QString &path);
    static bool write(const ChartBuilder &builder, const Table &table, const ChartOptions &options,
                      const Request &request, const QString &path, QString *error);
    // The bytes write() puts in the file (for standard output); empty, and *why says why,
    // when there are none.
    static QByteArray encode(const ChartBuilder &builder, const Table &table,
                             const ChartOptions &options, const Request &request, QString *why);
    // Writes an image from render() as PNG. Touches no chart, so it may run on another
    // thread while the next chart renders.
    static bool writePng(QImage image, qreal scale, const QString &path, QString *error);
    // The chart on the page of a printer (or a PDF writer): laid out at the shape of the
    // printable area, scaled to it and centred, with the export footer. Returns where it
    // was drawn on the page, in device pixels from the page's corner.
    static QRectF print(QPagedPaintDevice *device, const ChartBuilder &builder, const Table &table,
                        ChartOptions options);
};
