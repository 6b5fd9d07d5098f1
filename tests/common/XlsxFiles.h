#pragma once

// Workbooks (.xlsx) built in the test: a small zip writer (stored and deflated entries, via
// zlib) and the parts of a minimal workbook, so that suites need no binary test files and
// can damage any part on purpose.
//
//   const QByteArray book = XlsxFiles::workbook(
//           {{QStringLiteral("Sheet1"), XlsxFiles::sheet(R"(<row r="1"><c
//           r="A1"><v>1</v></c></row>)")}}, XlsxFiles::sharedStrings({QStringLiteral("Revenue")}));

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <zlib.h>

namespace XlsxFiles {

// Raw deflate (no zlib header), as a zip entry holds it.
inline QByteArray deflate(const QByteArray &data, int level = Z_DEFAULT_COMPRESSION)
{
    z_stream stream {};
    deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    ::deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

inline quint32 crc32(const QByteArray &data)
{
    return quint32(
            ::crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

// One entry of an archive: its name, and either its bytes (stored or deflated by zip()) or,
// for a large entry made in pieces by a Deflater, the deflated bytes with CRC and size.
struct Entry
{
    QByteArray name;
    QByteArray data;
    bool deflated = true;
    quint16 flags = 0;  // general-purpose bits: 0x0001 marks it encrypted
    quint16 method = 0xFFFF;  // written as is when set (an unsupported method, say)
    bool precompressed = false;
    quint32 crc = 0;
    qint64 size = 0;
};

// Deflates an entry piece by piece, so that a large sheet need never be held whole.
class Deflater
{
public:
    explicit Deflater(int level = 1)
    {
        deflateInit2(&m_stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    }
    ~Deflater() { deflateEnd(&m_stream); }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    void add(const QByteArray &piece) { run(piece, Z_NO_FLUSH); }
    Entry finish(const QByteArray &name)
    {
        run(QByteArray(), Z_FINISH);
        Entry entry;
        entry.name = name;
        entry.data = m_out;
        entry.precompressed = true;
        entry.crc = m_crc;
        entry.size = m_size;
        return entry;
    }

private:
    void run(const QByteArray &piece, int flush)
    {
        m_crc = quint32(::crc32(m_crc, reinterpret_cast<const Bytef *>(piece.constData()),
                                uInt(piece.size())));
        m_size += piece.size();
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.constData()));
        m_stream.avail_in = uInt(piece.size());
        int status = Z_OK;
        do {
            char buffer[1 << 16];
            m_stream.next_out = reinterpret_cast<Bytef *>(buffer);
            m_stream.avail_out = sizeof(buffer);
            status = ::deflate(&m_stream, flush);
            m_out.append(buffer, qsizetype(sizeof(buffer) - m_stream.avail_out));
        } while (m_stream.avail_in > 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    }

    z_stream m_stream {};
    QByteArray m_out;
    quint32 m_crc = 0;
    qint64 m_size = 0;
};

// An entry of pieces, each repeated so many times, deflated in the work of one of each: every
// piece deflated once from a fresh stream (so that it refers to nothing before it) and flushed
// to a byte boundary, its bytes repeated, then a final empty stored block. For entries of
// hundreds of MiB, such as a zip bomb or a sheet of a million rows, made in milliseconds.
inline Entry concatenated(const QByteArray &name, const QList<QPair<QByteArray, int>> &pieces,
                          int level = 9)
{
    Entry entry;
    entry.name = name;
    entry.precompressed = true;
    for (const auto &[piece, times] : pieces) {
        z_stream stream {};
        deflateInit2(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        QByteArray block(qsizetype(deflateBound(&stream, uLong(piece.size())) + 16),
                         Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(piece.constData()));
        stream.avail_in = uInt(piece.size());
        stream.next_out = reinterpret_cast<Bytef *>(block.data());
        stream.avail_out = uInt(block.size());
        ::deflate(&stream, Z_SYNC_FLUSH);
        block.resize(qsizetype(stream.total_out));
        deflateEnd(&stream);
        const quint32 pieceCrc = crc32(piece);
        entry.data.reserve(entry.data.size() + block.size() * times + 5);
        for (int i = 0; i < times; ++i) {
            entry.data += block;
            entry.crc = entry.size == 0
                    ? pieceCrc
                    : quint32(::crc32_combine(entry.crc, pieceCrc, z_off_t(piece.size())));
            entry.size += piece.size();
        }
    }
    entry.data += QByteArray("\x01\x00\x00\xFF\xFF", 5);
    return entry;
}

inline Entry repeated(const QByteArray &name, const QByteArray &piece, int times)
{
    return concatenated(name, {{piece, times}});
}

namespace detail {

    inline void put16(QByteArray &out, quint32 value)
    {
        char bytes[2];
        qToLittleEndian(quint16(value), bytes);
        out.append(bytes, 2);
    }

    inline void put32(QByteArray &out, quint32 value)
    {
        char bytes[4];
        qToLittleEndian(value, bytes);
        out.append(bytes, 4);
    }

}  // namespace detail

// A zip archive of the entries, in order, with an optional archive comment.
inline QByteArray zip(const QList<Entry> &entries, const QByteArray &comment = QByteArray())
{
    using detail::put16;
    using detail::put32;
    QByteArray out;
    QByteArray directory;
    for (const Entry &entry : entries) {
        const bool deflated = entry.precompressed || entry.deflated;
        const QByteArray data
                = entry.precompressed || !entry.deflated ? entry.data : deflate(entry.data);
        const quint32 crc = entry.precompressed ? entry.crc : crc32(entry.data);
        const quint32 size = quint32(entry.precompressed ? entry.size : entry.data.size());
        const quint16 method = entry.method != 0xFFFF ? entry.method : (deflated ? 8 : 0);
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, entry.flags);
        put16(out, method);
        put16(out, 0);  // time
        put16(out, 0x21);  // date: 1980-01-01
        put32(out, crc);
        put32(out, quint32(data.size()));
        put32(out, size);
        put16(out, quint32(entry.name.size()));
        put16(out, 0);
        out += entry.name;
        out += data;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, entry.flags);
        put16(directory, method);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, quint32(data.size()));
        put32(directory, size);
        put16(directory, quint32(entry.name.size()));
        put16(directory, 0);  // extra
        put16(directory, 0);  // comment
        put16(directory, 0);  // disk
        put16(directory, 0);  // internal attributes
        put32(directory, 0);  // external attributes
        put32(directory, offset);
        directory += entry.name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, quint32(comment.size()));
    out += comment;
    return out;
}

inline QByteArray escape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A worksheet part around the XML of its rows (<row>s), with merged ranges ("B2:E2").
inline QByteArray sheet(const QByteArray &rows, const QStringList &merged = {})
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                     "relationships\"><dimension ref=\"A1\"/><sheetData>"
            + rows + "</sheetData>";
    if (!merged.isEmpty()) {
        xml += "<mergeCells count=\"" + QByteArray::number(merged.size()) + "\">";
        for (const QString &range : merged)
            xml += "<mergeCell ref=\"" + escape(range) + "\"/>";
        xml += "</mergeCells>";
    }
    return xml + "</worksheet>";
}

// A shared strings part of plain strings (each <si><t>); for rich text, write the part.
inline QByteArray sharedStrings(const QStringList &strings)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "count=\""
            + QByteArray::number(strings.size()) + "\" uniqueCount=\""
            + QByteArray::number(strings.size()) + "\">";
    for (const QString &text : strings) {
        const bool spaced = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
        xml += QByteArray(spaced ? "<si><t xml:space=\"preserve\">" : "<si><t>") + escape(text)
                + "</t></si>";
    }
    return xml + "</sst>";
}

// A styles part whose cell formats (style index 0, 1, ...) have these number format ids;
// custom formats (id 164 and up) with their codes.
struct NumberFormat
{
    int id = 0;
    QString code;  // for a custom id; empty for a built-in one
};

inline QByteArray styles(const QList<NumberFormat> &cellFormats)
{
    QByteArray custom;
    int customCount = 0;
    QByteArray xfs;
    for (const NumberFormat &format : cellFormats) {
        if (!format.code.isEmpty()) {
            custom += "<numFmt numFmtId=\"" + QByteArray::number(format.id) + "\" formatCode=\""
                    + escape(format.code) + "\"/>";
            ++customCount;
        }
        xfs += "<xf numFmtId=\"" + QByteArray::number(format.id)
                + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                + (format.id ? " applyNumberFormat=\"1\"" : "") + "/>";
    }
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\">";
    if (customCount > 0)
        xml += "<numFmts count=\"" + QByteArray::number(customCount) + "\">" + custom
                + "</numFmts>";
    // A cell style format (cellStyleXfs) that is not a cell's, to be passed over.
    xml += "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
           "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"10\" "
           "fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\""
            + QByteArray::number(cellFormats.size()) + "\">" + xfs + "</cellXfs></styleSheet>";
    return xml;
}

struct Sheet
{
    QString name;
    QByteArray xml;  // the worksheet part (sheet())
};

// The entries of a workbook with these sheets (sheet1.xml, sheet2.xml, ... in this order),
// for a test to alter before zip().
inline QList<Entry> workbookEntries(const QList<Sheet> &sheets,
                                    const QByteArray &sharedStringsXml = QByteArray(),
                                    const QByteArray &stylesXml = QByteArray())
{
    QByteArray workbookXml
            = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "relationships\">";
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                       "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                       "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                       "ContentType=\"application/xml\"/>";
    const QByteArray relType = "http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/";
    QList<Entry> entries;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbookXml += "<sheet name=\"" + escape(sheets[i].name) + "\" sheetId=\"" + n
                + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relType
                + "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        types += "<Override PartName=\"/xl/worksheets/sheet" + n
                + ".xml\" ContentType=\"application/"
                  "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        entries.append({"xl/worksheets/sheet" + n + ".xml", sheets[i].xml});
    }
    workbookXml += "</sheets></workbook>";
    if (!sharedStringsXml.isNull()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + relType
                + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries.append({"xl/sharedStrings.xml", sharedStringsXml});
    }
    if (!stylesXml.isNull()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + relType + "styles\" Target=\"styles.xml\"/>";
        entries.append({"xl/styles.xml", stylesXml});
    }
    rels += "</Relationships>";
    types += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
    const QByteArray packageRels
            = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
              "relationships\"><Relationship Id=\"rId1\" Type=\""
            + relType + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    entries.prepend({"xl/_rels/workbook.xml.rels", rels});
    entries.prepend({"xl/workbook.xml", workbookXml});
    entries.prepend({"_rels/.rels", packageRels});
    entries.prepend({"[Content_Types].xml", types});
    return entries;
}

// The bytes of a workbook with these sheets, shared strings and styles (each part left out
// when null).
inline QByteArray workbook(const QList<Sheet> &sheets,
                           const QByteArray &sharedStringsXml = QByteArray(),
                           const QByteArray &stylesXml = QByteArray())
{
    return zip(workbookEntries(sheets, sharedStringsXml, stylesXml));
}

}  // namespace XlsxFiles
