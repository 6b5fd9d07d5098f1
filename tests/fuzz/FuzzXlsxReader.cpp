// libFuzzer target for XlsxReader::read: feeds arbitrary bytes as a workbook and checks the
// invariants its header documents: reading stops at the first problem with exactly one error
// and no sheets; a workbook read without error has its sheets within the limits.
// Seed it with .xlsx files (stored entries let the mutations reach the XML past the CRC).
//
// No QCoreApplication is needed: tr() returns the source text without one.

#include "XlsxReader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *invariant, const QString &detail = QString())
{
    std::fprintf(stderr, "\nINVARIANT VIOLATED: %s\n%s\n", invariant, qPrintable(detail));
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const XlsxReader::Result result = XlsxReader::read(bytes, QStringLiteral("fuzz.xlsx"));
    if (result.ok()) {
        if (!result.errors.isEmpty())
            violated("ok() with errors", result.errors.first().toString());
        qint64 rows = 0;
        for (const SheetGrid &sheet : result.sheets) {
            rows += sheet.rowCount();
            if (sheet.columnCount() > XlsxReader::lastColumn)
                violated("a sheet wider than XFD", sheet.name());
            for (int row = 1; row <= sheet.rowCount(); ++row) {
                for (int column = 1; column <= sheet.columnCount(); ++column) {
                    if (sheet.cell(row, column).text.size() > XlsxReader::maxTextLength)
                        violated("a text over the limit", sheet.reference(row, column));
                }
            }
        }
        if (rows > XlsxReader::maxRows)
            violated("more rows than the limit");
    } else {
        if (result.errors.size() != 1)
            violated("an error without exactly one message");
        if (!result.sheets.isEmpty())
            violated("sheets despite an error", result.errors.first().toString());
        if (result.errors.first().message.isEmpty())
            violated("an empty error message");
    }
    return 0;
}
