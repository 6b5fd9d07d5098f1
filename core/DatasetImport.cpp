#include "DatasetImport.h"

#include <QFileInfo>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

DatasetImport::Outcome DatasetImport::run(const QString &path, Fact::Origin origin,
                                          const StoreOpener &openStore,
                                          const Store::ImportOptions &options,
                                          DatasetReader::Encoding encoding)
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
    return runReading(
            [&](const DatasetReader::PartSink &sink) {
                return DatasetReader::readFile(path, origin, sink, encoding);
            },
            std::move(outcome), openStore, recorded);
}

DatasetImport::Outcome DatasetImport::run(const QByteArray &data, const QString &name,
                                          Fact::Origin origin, const StoreOpener &openStore,
                                          const Store::ImportOptions &options,
                                          DatasetReader::Encoding encoding)
{
    return runReading(
            [&](const DatasetReader::PartSink &sink) {
                return DatasetReader::read(data, name, origin, sink, encoding);
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
                                              const StoreOpener &openStore)
{
    Preview preview;
    preview.read = DatasetReader::readFile(path, origin);
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
