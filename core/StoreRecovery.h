#pragma once

#include "Fact.h"

#include <QList>
#include <QSqlDatabase>

// Reads what can still be read from a damaged irdash database. Every fact row is read by
// rowid ranges over the whole table: a range that fails is stepped over (the first bound
// past it that reads again is found by doubling, then halving the step), so one damaged
// page loses only the rows on it, however many rows or gaps the table has. The period and
// metric codes come from their tables or, where a table page is damaged, from the unique
// index on the code, so a damaged code table loses no fact.
class StoreRecovery final
{
public:
    static QList<Fact> readableFacts(const QSqlDatabase &database);
};
