// libFuzzer target for DatasetReader::read: feeds arbitrary bytes to the CSV reader
// and checks the invariants its header documents, that a read in many parts agrees with
// the one-pass read, plus a write/read round trip (the facts come back with their sources
// as FactWriter::escapeControls writes them, and those escapes decode to the sources read).
// Build and run it with tests/fuzz/run-fuzz.sh.
//
// No QCoreApplication is needed: the reader only uses QString, QRegularExpression,
// QDate, QHash and QCoreApplication::translate, which returns the source text when
// there is no application instance.

#include "DatasetReader.h"
#include "FactWriter.h"
#include "MetricCatalogue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void violated(const char *invariant, const QString &detail = QString())
{
    std::fprintf(stderr, "\nINVARIANT VIOLATED: %s\n", invariant);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

QString describe(const Fact &fact)
{
    return fact.period.code() + QLatin1Char('|') + fact.metric + QLatin1Char('|') + fact.valueText()
            + QLatin1String(" (decimals ") + QString::number(fact.decimals) + QLatin1String(")|")
            + Units::code(fact.unit) + QLatin1Char('|') + Bases::code(fact.basis) + QLatin1Char('|')
            + fact.source + QLatin1Char('|') + fact.asOfText();
}

QStringList errorTexts(const DatasetReader::Result &result)
{
    QStringList texts;
    for (const DatasetError &error : result.errors)
        texts.append(error.toString());
    return texts;
}

void checkResult(const DatasetReader::Result &result, const char *which)
{
    if (result.ok() != result.errors.isEmpty())
        violated("ok() == errors.isEmpty()", QString::fromLatin1(which));
    if (!result.ok() && !result.facts.isEmpty())
        violated("facts are empty when there are errors", QString::fromLatin1(which));
    if (result.errors.size() > DatasetReader::maxErrors + 1)
        violated("errors.size() <= maxErrors + 1",
                 QString::fromLatin1(which) + QLatin1String(": ")
                         + QString::number(result.errors.size()));

    for (const DatasetError &error : result.errors) {
        if (error.line < 0)
            violated("error line >= 0", error.toString());
        if (error.column < 0)
            violated("error column >= 0", error.toString());
        if (error.message.isEmpty())
            violated("error message is not empty", error.toString());
    }

    for (const Fact &fact : result.facts) {
        if (!fact.period.isValid())
            violated("fact period is valid", describe(fact));
        const auto metric = MetricCatalogue::find(fact.metric);
        if (!metric)
            violated("fact metric is known to the MetricCatalogue", describe(fact));
        if (!Units::isCompatible(fact.unit, metric->dimension))
            violated("fact unit fits the metric's dimension", describe(fact));
        if (fact.source.isEmpty())
            violated("fact source is not empty", describe(fact));
        if (fact.decimals < 0 || fact.decimals > 6)
            violated("fact decimals in 0..6", describe(fact));
        if (fact.origin != Fact::Origin::User)
            violated("fact origin is the one passed to read()", describe(fact));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const DatasetReader::Result result
            = DatasetReader::read(input, QStringLiteral("fuzz.csv"), Fact::Origin::User);
    checkResult(result, "first read");

    // The same bytes split into parts of a few characters (as many as the reader makes):
    // the parallel reader agrees with the one-pass read, error for error and figure for
    // figure.
    DatasetReader::setMinimumPartSize(8);
    QList<Fact> handedOver;
    const DatasetReader::Result parts
            = DatasetReader::read(input, QStringLiteral("fuzz.csv"), Fact::Origin::User,
                                  [&](QList<Fact> &&part) { handedOver.append(part); });
    DatasetReader::setMinimumPartSize(0);
    checkResult(parts, "read in parts");
    if (errorTexts(parts) != errorTexts(result) || parts.records != result.records
        || parts.encoding != result.encoding) {
        violated("a read in parts has the errors, records and encoding of the one-pass read",
                 QLatin1String("in parts:\n    ") + errorTexts(parts).join(QLatin1String("\n    "))
                         + QLatin1String("\n  in one pass:\n    ")
                         + errorTexts(result).join(QLatin1String("\n    ")));
    }
    if (result.ok() && handedOver != result.facts)
        violated("a read in parts hands over the facts of the one-pass read");

    if (!result.ok())
        return 0;

    // Round trip: what the writer produces from the facts reads back to the same facts.
    const QByteArray written = FactWriter::toCsv(result.facts);
    const DatasetReader::Result again
            = DatasetReader::read(written, QStringLiteral("roundtrip.csv"), Fact::Origin::User);
    checkResult(again, "round-trip read");
    if (!again.ok()) {
        QString detail = QLatin1String("written CSV:\n") + QString::fromUtf8(written)
                + QLatin1String("\n  errors:");
        for (const DatasetError &error : again.errors)
            detail += QLatin1String("\n    ") + error.toString();
        violated("FactWriter::toCsv(facts) reads back with ok()", detail);
    }
    // `data` escapes control characters in what it writes: the sources come back escaped.
    QList<Fact> expected = result.facts;
    for (Fact &fact : expected)
        fact.source = FactWriter::escapeControls(fact.source);
    for (qsizetype i = 0; i < qMin(result.facts.size(), again.facts.size()); ++i) {
        if (FactWriter::unescapeControls(again.facts[i].source) != result.facts[i].source)
            violated("the escaped source decodes to the source read",
                     QLatin1String("read:    ") + describe(result.facts[i])
                             + QLatin1String("\n  written: ") + describe(again.facts[i]));
    }
    if (again.facts != expected) {
        QString detail = QLatin1String("facts differ after the round trip (")
                + QString::number(result.facts.size()) + QLatin1String(" vs ")
                + QString::number(again.facts.size()) + QLatin1Char(')');
        for (qsizetype i = 0; i < qMin(expected.size(), again.facts.size()); ++i) {
            if (!(expected[i] == again.facts[i])) {
                detail += QLatin1String("\n  first read: ") + describe(expected[i])
                        + QLatin1String("\n  round trip: ") + describe(again.facts[i]);
                break;
            }
        }
        violated("round trip gives the same facts", detail);
    }
    return 0;
}
