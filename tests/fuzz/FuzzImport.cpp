// libFuzzer target for the whole import, as `irdash import` runs it: DatasetImport reads a
// file (in parts while they are stored, when it is large enough) into a Store on an
// in-memory SQLite database. Invariants:
// - the import reads the file as DatasetReader::read reads the same bytes: the same
//   errors, records, encoding and number of figures;
// - nothing is stored unless the whole file read cleanly and the store took every figure;
// - what is stored reads back identical: Store::facts() are the facts read (a row without
//   as_of may instead match a dated vintage of the same figure, with the same value).
// Build and run it with tests/fuzz/run-fuzz.sh (-max_len=3000000, so that files of more
// than 2 MiB, which the reader splits into parts, are reached).

#include "DatasetImport.h"
#include "DatasetReader.h"
#include "Store.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> workDir;
QString inputPath;  // named fuzz.csv, as read() is told below: errors name the same file

[[noreturn]] void violated(const char *invariant, const QString &detail = QString())
{
    std::fprintf(stderr, "\nINVARIANT VIOLATED: %s\n", invariant);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// Everything Fact::operator== compares, as text. A zero is written without its sign:
// operator== holds 0.0 and -0.0 equal, and SQLite stores -0.0 as the integer 0 (a "-0.0"
// in a file reads back as "0.0"; known, see the file-safety report).
QString describe(const Fact &fact)
{
    const double value = fact.value == 0 ? 0.0 : fact.value;
    return fact.period.code() + QLatin1Char('|') + fact.metric + QLatin1Char('|')
            + QString::number(value, 'g', 17) + QLatin1String(" (decimals ")
            + QString::number(fact.decimals) + QLatin1String(")|") + Units::code(fact.unit)
            + QLatin1Char('|') + Bases::code(fact.basis) + QLatin1Char('|') + fact.source
            + QLatin1Char('|') + fact.asOfText() + QLatin1Char('|') + Fact::originCode(fact.origin);
}

QString identityOf(const Fact &fact)
{
    return fact.period.code() + QLatin1Char('|') + fact.metric + QLatin1Char('|')
            + Bases::code(fact.basis);
}

QStringList errorTexts(const DatasetReader::Result &result)
{
    QStringList texts;
    for (const DatasetError &error : result.errors)
        texts.append(error.toString());
    return texts;
}

void checkStored(const QList<Fact> &read, const Store::ImportReport &report,
                 const QList<Fact> &stored)
{
    if (report.replaced != 0 || report.kept != 0)
        violated("nothing replaced or kept in an empty store under the fail policy");
    if (report.inserted + report.unchanged != read.size())
        violated("every figure read is inserted or unchanged",
                 QStringLiteral("%1 read, %2 inserted, %3 unchanged")
                         .arg(read.size())
                         .arg(report.inserted)
                         .arg(report.unchanged));
    if (stored.size() != report.inserted)
        violated("Store::facts() holds the figures inserted",
                 QStringLiteral("%1 stored, %2 inserted").arg(stored.size()).arg(report.inserted));

    QHash<QString, int> readCount;
    for (const Fact &fact : read)
        ++readCount[describe(fact)];
    // Figures by identity and value, whatever their vintage.
    QSet<QString> storedValues;
    const auto valueOf = [](const Fact &fact) -> QString {
        return identityOf(fact) + QLatin1Char('|') + fact.valueText() + QLatin1Char('|')
                + Units::code(fact.unit);
    };
    for (const Fact &fact : stored) {
        const QString key = describe(fact);
        if (--readCount[key] < 0)
            violated("every stored fact is a fact read, as read", key);
        storedValues.insert(valueOf(fact));
    }
    // What was read and not stored as itself: an undated row that matched the newest
    // vintage of its figure stored at the time (a later row may add a newer one), with the
    // same value.
    for (const Fact &fact : read) {
        int &left = readCount[describe(fact)];
        if (left <= 0)
            continue;
        --left;
        if (fact.asOf.isValid() || !storedValues.contains(valueOf(fact)))
            violated("a fact read and not stored is an undated row matching a stored vintage",
                     describe(fact));
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QSqlDatabase loads its driver plugin through the application.
    static int arguments = *argc;
    static QCoreApplication application(arguments, *argv);
    workDir = std::make_unique<QTemporaryDir>();
    if (!workDir->isValid())
        violated("a temporary folder for the input file", workDir->errorString());
    inputPath = workDir->filePath(QStringLiteral("fuzz.csv"));
    // Parts of a few dozen characters: small inputs are read in parts and stored part by
    // part, as a large file is, many times a second.
    DatasetReader::setMinimumPartSize(64);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    {
        QFile file(inputPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(input) != input.size())
            violated("the input is written to its file", file.errorString());
    }
    const DatasetReader::Result direct
            = DatasetReader::read(input, QStringLiteral("fuzz.csv"), Fact::Origin::User);

    Store store;
    bool opened = false;
    const DatasetImport::Outcome outcome
            = DatasetImport::run(inputPath, Fact::Origin::User,
                                 [&](QString *error) -> Store * {
                                     opened = true;
                                     if (!store.open(QStringLiteral(":memory:"))) {
                                         *error = store.lastError();
                                         return nullptr;
                                     }
                                     return &store;
                                 },
                                 {});

    // The import reads what the reader reads.
    if (!outcome.input.ok())
        violated("a regular file within the limit is not refused", outcome.input.message);
    if (errorTexts(outcome.read) != errorTexts(direct))
        violated("the import's errors are read()'s",
                 errorTexts(outcome.read).join(QLatin1String("\n  ")) + QLatin1String("\n  vs\n  ")
                         + errorTexts(direct).join(QLatin1String("\n  ")));
    if (outcome.read.records != direct.records)
        violated("the import counts read()'s records",
                 QStringLiteral("%1 vs %2").arg(outcome.read.records).arg(direct.records));
    if (outcome.read.encoding != direct.encoding)
        violated("the import decodes as read() does",
                 outcome.read.encoding + QLatin1String(" vs ") + direct.encoding);
    if (!outcome.read.facts.isEmpty())
        violated("the import keeps no facts in its Result; the store has them");
    if (!outcome.storeError.isEmpty())
        violated("an in-memory store opens", outcome.storeError);

    if (!direct.ok()) {
        // Parts may have been stored before the error was read: rolled back.
        if (outcome.ok())
            violated("a file with errors is not imported");
        if (opened && store.factCount() != 0)
            violated("a file with errors leaves nothing stored",
                     QString::number(store.factCount()));
        return 0;
    }
    if (outcome.figures != direct.facts.size())
        violated("the import hands over every figure read",
                 QStringLiteral("%1 vs %2").arg(outcome.figures).arg(direct.facts.size()));
    if (!opened || !outcome.storeOpened)
        violated("a clean file opens the store");
    const QList<Fact> stored = store.facts();
    if (!outcome.report.ok) {
        // An undated row whose value differs from a dated vintage earlier in the file.
        if (outcome.report.conflicts.isEmpty())
            violated("a clean file is imported unless it conflicts with itself",
                     outcome.report.error);
        if (!stored.isEmpty())
            violated("a failed import leaves nothing stored", QString::number(stored.size()));
        return 0;
    }
    checkStored(direct.facts, outcome.report, stored);
    return 0;
}
