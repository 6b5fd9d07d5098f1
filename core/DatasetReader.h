#pragma once

#include "DatasetError.h"
#include "Fact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

// Reads the interchange format (UTF-8 CSV, RFC 4180, header
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

    static constexpr int maxErrors = 100;
    static constexpr int maxFieldLength = 4096;

    // Takes a file's figures part by part, in file order, while later parts are still
    // being read (on the thread that called readFile).
    using PartSink = std::function<void(QList<Fact> &&part)>;

    static Result readFile(const QString &path, Fact::Origin origin);
    // As readFile, but hands the figures to `sink` instead of keeping them in the Result: a
    // large file part by part, each part once it and every part before it read without
    // error; a small file in one part at the end. If the file turns out to have an error,
    // the parts already handed over are void (the receiver undoes what it did with them)
    // and the Result has the errors, in file order.
    static Result readFile(const QString &path, Fact::Origin origin, const PartSink &sink);
    // fileName is only used in error messages.
    static Result read(const QByteArray &data, const QString &fileName, Fact::Origin origin);

    static QString expectedHeader();

private:
    static Result readFileInParts(const QString &path, Fact::Origin origin, const PartSink *sink);
    static Result readInParts(const QByteArray &data, const QString &fileName, Fact::Origin origin,
                              const PartSink *sink);
};
