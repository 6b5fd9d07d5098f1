#pragma once

#include "Fact.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Reads what can still be read from a damaged irdash database. Every fact row is read by
// rowid ranges over the whole table: a range that fails is stepped over (the first bound
// past it that reads again is found by doubling, then halving the step), so one damaged
// page loses only the rows on it, however many rows or gaps the table has. The period and
// metric codes come from their tables or, where a table page is damaged, from the unique
// index on the code, so a damaged code table loses no fact.
// Each company's figures are kept with its profile; a database from before companies (or
// whose company table cannot be read) holds the bundled company's.
class StoreRecovery final
{
public:
    struct CompanyFigures
    {
        QString key;
        QByteArray profile;  // as stored; the bundled one's when it cannot be read
        QList<Fact> facts;
    };
    using Figures = QList<CompanyFigures>;

    static Figures readableFigures(const QSqlDatabase &database);
    static qsizetype count(const Figures &figures);
};
