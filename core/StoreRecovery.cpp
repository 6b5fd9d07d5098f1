#include "StoreRecovery.h"

#include "CompanyProfile.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <limits>

namespace {

constexpr int batch = 512;

bool failed(const QSqlQuery &query)
{
    return query.lastError().type() != QSqlError::NoError;
}

// Every row of `sql` (one placeholder: the lowest rowid to read, ordered by rowid, at
// most `batch` rows, the rowid in column 0) that can be read, handed to `take`.
void scanByRowid(const QSqlDatabase &database, const QString &sql,
                 const std::function<void(const QSqlQuery &)> &take)
{
    QSqlQuery query(database);
    if (!query.prepare(sql))
        return;
    // Whether reading from `from` on gets past its first row (or finds the end).
    auto readsFrom = [&](qint64 from) {
        query.bindValue(0, from);
        const bool ok = query.exec() && (query.next() || !failed(query));
        query.finish();
        return ok;
    };
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    qint64 next = std::numeric_limits<qint64>::min();
    for (;;) {
        query.bindValue(0, next);
        bool broken = !query.exec();
        int rows = 0;
        bool atEnd = false;
        while (!broken && query.next()) {
            take(query);
            const qint64 id = query.value(0).toLongLong();
            ++rows;
            if (id == highest) {
                atEnd = true;
                break;
            }
            next = id + 1;
        }
        broken = broken || failed(query);
        query.finish();
        if (atEnd || (!broken && rows < batch))
            return;
        if (!broken)
            continue;
        // Damaged from `next` on. Double the step until a bound reads again...
        // (Distances in unsigned arithmetic: rowids span the whole signed range.)
        const auto distance = [](qint64 from, qint64 to) { return quint64(to) - quint64(from); };
        qint64 bad = next;
        qint64 good = 0;
        bool found = false;
        for (quint64 step = 1; step <= distance(bad, highest); step *= 2) {
            const qint64 candidate = qint64(quint64(bad) + step);
            if (readsFrom(candidate)) {
                good = candidate;
                found = true;
                break;
            }
            bad = candidate;
            if (step > (quint64(highest) >> 1))
                break;
        }
        if (!found)
            return;  // nothing readable past the damage
        // ...then halve the gap to the first bound that reads.
        while (distance(bad, good) > 1) {
            const qint64 middle = qint64(quint64(bad) + distance(bad, good) / 2);
            (readsFrom(middle) ? good : bad) = middle;
        }
        next = good;
    }
}

// id -> code of a small code table, from the table and from its unique index on the code.
QHash<qint64, QString> codes(const QSqlDatabase &database, const QString &table,
                             const QString &column)
{
    QHash<qint64, QString> result;
    scanByRowid(database,
                QStringLiteral("SELECT id, %1 FROM %2 WHERE id >= ? ORDER BY id LIMIT %3")
                        .arg(column, table)
                        .arg(batch),
                [&](const QSqlQuery &row) {
                    result.insert(row.value(0).toLongLong(), row.value(1).toString());
                });
    // The index holds (code, rowid): readable where the table's pages are not.
    QSqlQuery index(database);
    if (index.exec(QStringLiteral("SELECT id, %1 FROM %2 INDEXED BY sqlite_autoindex_%2_1")
                           .arg(column, table))) {
        while (index.next()) {
            const qint64 id = index.value(0).toLongLong();
            if (!result.contains(id))
                result.insert(id, index.value(1).toString());
        }
    }
    return result;
}

}  // namespace

qsizetype StoreRecovery::count(const Figures &figures)
{
    qsizetype total = 0;
    for (const CompanyFigures &company : figures)
        total += company.facts.size();
    return total;
}

StoreRecovery::Figures StoreRecovery::readableFigures(const QSqlDatabase &database)
{
    const QHash<qint64, QString> periods
            = codes(database, QStringLiteral("period"), QStringLiteral("code"));
    const QHash<qint64, QString> metrics
            = codes(database, QStringLiteral("metric"), QStringLiteral("key"));
    // A database of an older schema has no bound column: its figures are all exact; nor a
    // company: they are all the bundled company's.
    bool bounds = false;
    bool companies = false;
    {
        QSqlQuery columns(database);
        if (columns.exec(QStringLiteral("PRAGMA table_info(fact)"))) {
            while (columns.next()) {
                bounds = bounds || columns.value(1).toString() == QLatin1String("bound");
                companies = companies || columns.value(1).toString() == QLatin1String("company_id");
            }
        }
    }
    // id -> the company's key and profile; a company whose row is lost is left out with
    // its figures, never put under another.
    QHash<qint64, CompanyFigures> byCompany;
    QList<qint64> order;
    const CompanyProfile &bundled = CompanyProfile::bundled();
    if (companies) {
        scanByRowid(database,
                    QStringLiteral("SELECT id, key, profile FROM company WHERE id >= ? ORDER BY "
                                   "id LIMIT %1")
                            .arg(batch),
                    [&](const QSqlQuery &row) {
                        const qint64 id = row.value(0).toLongLong();
                        byCompany.insert(
                                id,
                                {row.value(1).toString(), row.value(2).toString().toUtf8(), {}});
                        order.append(id);
                    });
    } else {
        byCompany.insert(1, {bundled.key, bundled.json, {}});
        order.append(1);
    }
    // The bundled company is known without its row.
    if (!byCompany.contains(1) && companies) {
        byCompany.insert(1, {bundled.key, bundled.json, {}});
        order.prepend(1);
    }
    scanByRowid(database,
                QStringLiteral("SELECT id, period_id, metric_id, value, decimals, unit, basis, "
                               "source, as_of, origin, %2, %3 FROM fact WHERE id >= ? ORDER BY id "
                               "LIMIT %1")
                        .arg(batch)
                        .arg(bounds ? QStringLiteral("bound") : QStringLiteral("''"),
                             companies ? QStringLiteral("company_id") : QStringLiteral("1")),
                [&](const QSqlQuery &row) {
                    const auto period
                            = FiscalPeriod::fromCode(periods.value(row.value(1).toLongLong()));
                    const QString metric = metrics.value(row.value(2).toLongLong());
                    const auto unit = Units::fromCode(row.value(5).toString());
                    const auto basis = Bases::fromCode(row.value(6).toString());
                    if (!period || metric.isEmpty() || !unit || !basis)
                        return;  // a damaged row is skipped, not guessed at
                    Fact fact;
                    fact.period = *period;
                    fact.metric = metric;
                    fact.value = row.value(3).toDouble();
                    fact.decimals = row.value(4).toInt();
                    fact.unit = *unit;
                    fact.basis = *basis;
                    fact.source = row.value(7).toString();
                    fact.asOf = QDate::fromString(row.value(8).toString(), Qt::ISODate);
                    fact.origin = row.value(9).toString() == QLatin1String("bundled")
                            ? Fact::Origin::Bundled
                            : Fact::Origin::User;
                    fact.setBoundText(row.value(10).toString());
                    const auto company = byCompany.find(row.value(11).toLongLong());
                    if (company != byCompany.end())
                        company->facts.append(fact);
                });
    Figures result;
    for (qint64 id : std::as_const(order))
        result.append(byCompany.value(id));
    return result;
}
