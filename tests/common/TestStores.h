#pragma once

// Stores more than one suite reads.

#include "BundledDataset.h"
#include "DatasetReader.h"
#include "Store.h"

#include <memory>

// An in-memory store with the bundled dataset and IIJ's later releases (1H13 to 1Q14,
// the February 2014 revision of the FY2013 targets among them); null when any step fails.
inline std::unique_ptr<Store> storeWithLaterQuarters()
{
    auto store = std::make_unique<Store>();
    QString error;
    if (!store->open(QStringLiteral(":memory:")) || !BundledDataset::ensureLoaded(*store, &error))
        return nullptr;
    const auto later = DatasetReader::readFile(
            QStringLiteral(IRDASH_TEST_DATA_DIR "/iij-public-later-quarters.csv"),
            Fact::Origin::User);
    if (!later.ok() || !store->importFacts(later.facts).ok)
        return nullptr;
    return store;
}
