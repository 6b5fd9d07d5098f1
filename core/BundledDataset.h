#pragma once

#include "DatasetReader.h"

#include <QCoreApplication>
#include <QString>

class Store;

// The dataset that ships inside the application as a Qt resource.
class BundledDataset final
{
    Q_DECLARE_TR_FUNCTIONS(BundledDataset)

public:
    static QString resourcePath();
    static QString displayName();
    static DatasetReader::Result read();

    // Loads the bundled dataset into the store unless this very version (by checksum)
    // is there already. Figures the user imported are never replaced. Returns false
    // with *error set when the bundled file or the database fails.
    static bool ensureLoaded(Store &store, QString *error);
    // Whether the store already holds this build's bundled dataset (ensureLoaded would
    // write nothing).
    static bool isCurrent(const Store &store);
    // Whether the store holds a bundled dataset, of this build or an older one.
    static bool isLoaded(const Store &store);
    // Makes the next ensureLoaded apply the bundled dataset again, as it applies a newer
    // one; false when the store cannot be written.
    static bool forget(Store &store);
};
