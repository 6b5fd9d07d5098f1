#include "DatasetImport.h"

#include "DatasetFile.h"

#include <QFileInfo>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

// A workbook or wide CSV read whole, its figures handed to the sink at once, as the CSV
// reader hands its parts (the result's own facts stay empty).
DatasetReader::Result readBookTo(const QByteArray &data, const QString &name,
                                 DatasetFile::Kind kind, const DataBookReader::Options &book,
                                 Fact::Origin origin, DatasetReader::Encoding encoding,
                                 const DatasetReader::PartSink &sink)
{
    DatasetReader::Result result
            = DatasetFile::readDataBook(data, name, kind, book, origin, encoding);
    if (result.ok() && !result.facts.isEmpty())
        sink(std::move(result.facts));
    result.facts.clear();
    return result;
}

}  // namespace

DatasetImport::Outcome DatasetImport::run(const QString &path, Fact::Origin origin,
                                          const StoreOpener &openStore,
                                          const Store::ImportOptions &options,
                                          DatasetReader::Encoding encoding,
                                          const DataBookReader::Options &book)
{
    Outcome outcome;
    // By its type, before anything opens it: a FIFO would block the reader, /dev/zero fill
    // the memory.
    outcome.input = InputFile::check(path);
    if (!outcome.input.ok())
        return outcome;
    // Recorded in the import history under the file's full path, unless the caller named it.
    Store::ImportOptions recorded = options;
    if (recorded.file.isEmpty())
        recorded.file = QFileInfo(path).absoluteFilePath();
    const DatasetFile::Kind kind = DatasetFile::kindOf(DatasetFile::head(path));
    return runReading(
            [&](const DatasetReader::PartSink &sink) {
                if (kind == DatasetFile::Kind::Interchange)
                    return DatasetReader::readFile(path, origin, sink, encoding);
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    DatasetReader::Result failed;
                    failed.errors.append({path, 0, 0, file.errorString()});
                    return failed;
                }
                return readBookTo(file.readAll(), path, kind, book, origin, encoding, sink);
            },
            std::move(outcome), openStore, recorded);
}

DatasetImport::Outcome DatasetImport::run(const QByteArray &data, const QString &name,
                                          Fact::Origin origin, const StoreOpener &openStore,
                                          const Store::ImportOptions &options,
                                          DatasetReader::Encoding encoding,
                                          const DataBookReader::Options &book)
{
    const DatasetFile::Kind kind = DatasetFile::kindOf(data.left(64));
    return runReading(
            [&](const DatasetReader::PartSink &sink) {
                if (kind == DatasetFile::Kind::Interchange)
                    return DatasetReader::read(data, name, origin, sink, encoding);
                return readBookTo(data, name, kind, book, origin, encoding, sink);
            },
            {}, openStore, options);
}

DatasetImport::Outcome DatasetImport::runReading(const Read &read, Outcome outcome,
                                                 const StoreOpener &openStore,
                                                 const Store::ImportOptions &options)
{
    // Parts travel from the reading thread to this one, which stores them.
    std::mutex mutex;
    std::condition_variable arrived;
    std::deque<QList<Fact>> parts;
    bool readingDone = false;
    std::atomic<bool> abandoned = false;  // the store gave up: drop what is still read

    std::thread reader([&] {
        DatasetReader::Result result = read([&](QList<Fact> &&part) {
            if (abandoned)
                return;
            const std::lock_guard lock(mutex);
            outcome.figures += part.size();
            parts.push_back(std::move(part));
            arrived.notify_one();
        });
        const std::lock_guard lock(mutex);
        outcome.read = std::move(result);
        readingDone = true;
        arrived.notify_one();
    });
    const auto finish = [&] {
        abandoned = true;
        reader.join();
        return outcome;
    };

    {
        std::unique_lock lock(mutex);
        arrived.wait(lock, [&] { return readingDone || !parts.empty(); });
        // A file that fails before its first part, or has been read whole with an error,
        // never touches the store.
        if (readingDone && (!outcome.read.ok() || parts.empty())) {
            lock.unlock();
            return finish();
        }
    }
    Store *store = openStore(&outcome.storeError);
    if (!store)
        return finish();
    outcome.storeOpened = true;
    outcome.report = store->importParts(
            [&](QList<Fact> &part) {
                std::unique_lock lock(mutex);
                arrived.wait(lock, [&] { return readingDone || !parts.empty(); });
                if (!parts.empty()) {
                    part = std::move(parts.front());
                    parts.pop_front();
                    return Store::PartStatus::Part;
                }
                return outcome.read.ok() ? Store::PartStatus::End : Store::PartStatus::Failed;
            },
            options);
    return finish();
}

DatasetImport::Preview DatasetImport::preview(const QString &path, Fact::Origin origin,
                                              const StoreOpener &openStore,
                                              const DataBookReader::Options &book)
{
    Preview preview;
    const DatasetFile::Kind kind = DatasetFile::kindOf(DatasetFile::head(path));
    if (kind == DatasetFile::Kind::Interchange) {
        preview.read = DatasetReader::readFile(path, origin);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            preview.read.errors.append({path, 0, 0, file.errorString()});
        else
            preview.read = DatasetFile::readDataBook(file.readAll(), path, kind, book, origin);
    }
    if (!preview.read.ok())
        return preview;
    Store *store = openStore(&preview.storeError);
    if (!store)
        return preview;
    Store::ImportOptions dryRun;
    dryRun.policy = Store::ConflictPolicy::Keep;
    dryRun.dryRun = true;
    preview.report = store->importFacts(preview.read.facts, dryRun);
    return preview;
}

Store::ImportReport DatasetImport::store(const QList<Fact> &facts, const StoreOpener &openStore,
                                         const Store::ImportOptions &options)
{
    Store::ImportReport report;
    Store *store = openStore(&report.error);
    if (!store)
        return report;
    return store->importFacts(facts, options);
}
