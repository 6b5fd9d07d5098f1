#pragma once

#include "DataBookReader.h"
#include "DatasetReader.h"
#include "InputFile.h"
#include "Store.h"

#include <functional>

// Imports a dataset file in one transaction, storing the parts of a large file while the
// rest of it is still being read: what `irdash import` does. Nothing is stored unless the
// whole file reads without error and the store takes every figure. A path that is not a
// regular file, or one over InputFile::maxSize, is refused before it is opened.
class DatasetImport final
{
public:
    struct Outcome
    {
        InputFile::Check input;  // the file refused before reading; read is empty then
        DatasetReader::Result read;  // errors, encoding and records; its facts stay empty
        qsizetype figures = 0;  // figures read
        bool storeOpened = false;  // openStore was called and succeeded
        QString storeError;  // why openStore failed
        Store::ImportReport report;  // the store's, once it was opened

        bool ok() const { return input.ok() && read.ok() && storeError.isEmpty() && report.ok; }
    };

    // Opens the store when the first part has been read without error, so that a file
    // that fails early never touches it; returns nullptr with a message when it cannot.
    using StoreOpener = std::function<Store *(QString *error)>;

    // `encoding`: how the file is decoded (Detect: UTF-8, else Shift_JIS). The import is
    // recorded in the import history under the file's absolute path unless options.file
    // names it otherwise.
    // A workbook or a wide CSV (DatasetFile) is read whole, by `book`'s options (the source
    // of a sheet without one), then stored; the dataset's CSV in parts as it is read.
    static Outcome run(const QString &path, Fact::Origin origin, const StoreOpener &openStore,
                       const Store::ImportOptions &options,
                       DatasetReader::Encoding encoding = DatasetReader::Encoding::Detect,
                       const DataBookReader::Options &book = {});
    // As run, for bytes already read (standard input): `name` stands for the file in error
    // messages; the import is recorded under options.file, which must name it.
    static Outcome run(const QByteArray &data, const QString &name, Fact::Origin origin,
                       const StoreOpener &openStore, const Store::ImportOptions &options,
                       DatasetReader::Encoding encoding = DatasetReader::Encoding::Detect,
                       const DataBookReader::Options &book = {});

    // What importing a file would change, changing nothing: the file read whole (its facts
    // kept, for a preview to list), then a dry run on the store (policy Keep). The store is
    // not opened when the file has an error.
    struct Preview
    {
        DatasetReader::Result read;
        Store::ImportReport report;
        QString storeError;
    };
    static Preview preview(const QString &path, Fact::Origin origin, const StoreOpener &openStore,
                           const DataBookReader::Options &book = {});
    // Stores figures a preview read, in one transaction; recorded when options.file names
    // the file they were read from.
    static Store::ImportReport store(const QList<Fact> &facts, const StoreOpener &openStore,
                                     const Store::ImportOptions &options);

private:
    // Reads with `read` (a file or bytes) on a thread of its own, storing its parts here.
    using Read = std::function<DatasetReader::Result(const DatasetReader::PartSink &sink)>;
    static Outcome runReading(const Read &read, Outcome outcome, const StoreOpener &openStore,
                              const Store::ImportOptions &options);
};
