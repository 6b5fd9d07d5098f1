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

// A restatement of 1Q13's ATM revenue (645 to 545, announced 2013-09-02) that the other
// figures contradict beyond rounding: at the latest figures the segments no longer add up
// to 1Q13's total revenues, nor the ATM cost and margin to the ATM revenue. Announced after
// 1Q13, so at 1Q13's announcement every mismatch is rounding again.
inline QByteArray contradictingRestatement()
{
    return "period,metric,value,unit,basis,source,as_of\n"
           "1Q13,revenue_atm,545,JPY_million,reported,test: a restatement the other figures "
           "contradict,2013-09-02\n";
}

// An in-memory store with the bundled dataset and contradictingRestatement(); null when any
// step fails.
inline std::unique_ptr<Store> storeWithUnexplainedMismatch()
{
    auto store = std::make_unique<Store>();
    QString error;
    if (!store->open(QStringLiteral(":memory:")) || !BundledDataset::ensureLoaded(*store, &error))
        return nullptr;
    const auto restated = DatasetReader::read(contradictingRestatement(),
                                              QStringLiteral("restatement.csv"), Fact::Origin::User);
    if (!restated.ok() || !store->importFacts(restated.facts).ok)
        return nullptr;
    return store;
}
