#pragma once

#include "FiscalPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// The date a view stands at, as the user chose it: the announcement of the quarter
// being looked at (the default), the latest figures, or a fixed date. Resolved to a
// date per quarter by Queries::resolve().
class AsOf final
{
    Q_DECLARE_TR_FUNCTIONS(AsOf)

public:
    enum class Kind {
        Announcement,
        Latest,
        Date,
    };

    AsOf() = default;
    static AsOf announcement() { return AsOf(Kind::Announcement, QDate()); }
    static AsOf latest() { return AsOf(Kind::Latest, QDate()); }
    static AsOf date(const QDate &date) { return AsOf(Kind::Date, date); }
    // "announcement", "latest" or an ISO date such as "2013-08-06".
    static std::optional<AsOf> fromCode(const QString &code);

    Kind kind() const { return m_kind; }
    QDate fixedDate() const { return m_date; }
    QString code() const;
    // What a view resolved to `resolved` for `quarter` stands at, in words: "As of
    // 2013-08-06, the announcement of 1Q FY2013". An invalid `resolved` is every figure.
    QString describe(const QDate &resolved, const FiscalPeriod &quarter) const;

    bool operator==(const AsOf &other) const = default;

private:
    AsOf(Kind kind, const QDate &date) : m_kind(kind), m_date(date) { }

    Kind m_kind = Kind::Announcement;
    QDate m_date;
};
