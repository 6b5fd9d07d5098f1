#include "PngEncoder.h"

#include <QImage>

#include <csetjmp>
#include <png.h>

namespace {

void append(png_structp png, png_bytep data, size_t length)
{
    static_cast<QByteArray *>(png_get_io_ptr(png))
            ->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void flush(png_structp) { }

// libpng reports errors by longjmp: nothing with a destructor lives in this frame.
bool encodeInto(const QImage &image, int dotsPerMeter, QByteArray *out)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, out, append, flush);
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE,
                 PNG_FILTER_TYPE_BASE);
    png_set_pHYs(png, info, png_uint_32(dotsPerMeter), png_uint_32(dotsPerMeter),
                 PNG_RESOLUTION_METER);
    png_write_info(png, info);
    // A 32-bit pixel is B, G, R, X in memory on little-endian machines, X, R, G, B on others.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(png);
    png_set_filler(png, 0, PNG_FILLER_AFTER);
#else
    png_set_filler(png, 0, PNG_FILLER_BEFORE);
#endif
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

}  // namespace

namespace PngEncoder {

QByteArray encode(const QImage &image, int dotsPerMeter)
{
    const QImage rgb
            = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
            ? image
            : image.convertToFormat(QImage::Format_RGB32);
    QByteArray bytes;
    bytes.reserve(qsizetype(rgb.width()) * rgb.height() / 8);
    if (rgb.isNull() || !encodeInto(rgb, dotsPerMeter, &bytes))
        return {};
    return bytes;
}

}  // namespace PngEncoder
