#pragma once

#include "DatasetError.h"
#include "Fact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Reads the interchange format (UTF-8 or Shift_JIS CSV, RFC 4180, header
// period,metric,value,unit,basis,source[,as_of]) strictly: a file with any error
// yields no facts, and every error names file, line, column and what was expected.
class DatasetReader final
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)

public:
    struct Result
    {
        QList<Fact> facts;  // empty unless errors is empty
        QList<DatasetError> errors;  // in file order, at most maxErrors (+1 saying so)
        int records = 0;  // data records seen, valid or not
        QString encoding;  // "UTF-8" or "Shift_JIS (CP932)" once decoded

        bool ok() const { return errors.isEmpty(); }
    };

    // How the file's bytes are decoded.
    //  - Detect: strictly as UTF-8 (always, after a UTF-8 byte order mark); otherwise
    //    strictly as Shift_JIS (CP932), what a spreadsheet on Japanese Windows saves. Bytes
    //    that are valid in both are UTF-8, so that what irdash writes reads back as written,
    //    unless the UTF-8 holds C1 controls (which no field takes) and the CP932 reading is
    //    plausible. A file that is mostly UTF-8 with a few other bytes, or whose CP932
    //    reading looks like Latin-1 or Windows-1252 (an accented letter inside a word
    //    becoming a kanji, a user-defined character), is refused rather than guessed.
    //  - Utf8, ShiftJis: that encoding and no other, without any guessing; the first byte
    //    sequence that is not valid in it is an error.
    enum class Encoding { Detect, Utf8, ShiftJis };

    static constexpr int maxErrors = 100;
    static constexpr int maxFieldLength = 4096;

    // Takes a file's figures part by part, in file order, while later parts are still
    // being read (on the thread that called readFile).
    using PartSink = std::function<void(QList<Fact> &&part)>;

    static Result readFile(const QString &path, Fact::Origin origin,
                           Encoding encoding = Encoding::Detect);
    // As readFile, but hands the figures to `sink` instead of keeping them in the Result: a
    // large file part by part, each part once it and every part before it read without
    // error; a small file in one part at the end. If the file turns out to have an error,
    // the parts already handed over are void (the receiver undoes what it did with them)
    // and the Result has the errors, in file order.
    static Result readFile(const QString &path, Fact::Origin origin, const PartSink &sink,
                           Encoding encoding = Encoding::Detect);
    // fileName is only used in error messages.
    static Result read(const QByteArray &data, const QString &fileName, Fact::Origin origin,
                       Encoding encoding = Encoding::Detect);
    // As read, handing the figures to `sink` as readFile does.
    static Result read(const QByteArray &data, const QString &fileName, Fact::Origin origin,
                       const PartSink &sink, Encoding encoding = Encoding::Detect);

    // The encoding a user names (for a command-line option): "UTF-8" or "Shift_JIS", any
    // case, also "UTF8", "Shift-JIS", "SJIS", "CP932" and "Windows-31J"; nullopt otherwise.
    static std::optional<Encoding> encodingFromName(const QString &name);

    static QString expectedHeader();

    // The text of a file's bytes, decoded as `encoding` says (see Encoding); nullopt with
    // the error, located to line and column, appended to `errors`. `encodingName` is set to
    // the encoding read. For every reader of text files (a wide CSV too).
    static std::optional<QString> decode(const QByteArray &data, Encoding encoding,
                                         const QString &fileName, QList<DatasetError> &errors,
                                         QString &encodingName);

    // For tests and the fuzz harness only: the size, in characters, of the smallest part a
    // file is split into for reading on several threads (1 << 20 by default), so that small
    // files take the parallel path. 0 restores the default. Applies to reads that start
    // after the call.
    static void setMinimumPartSize(qsizetype characters);
    static qsizetype minimumPartSize();

private:
    static Result readFileInParts(const QString &path, Fact::Origin origin, const PartSink *sink,
                                  Encoding encoding);
    static Result readInParts(const QByteArray &data, const QString &fileName, Fact::Origin origin,
                              const PartSink *sink, Encoding encoding);
};
