#include "AsOf.h"

std::optional<AsOf> AsOf::fromCode(const QString &code)
{
    if (code == QLatin1String("announcement"))
        return announcement();
    if (code == QLatin1String("latest"))
        return latest();
    // Exactly YYYY-MM-DD: a look-alike or partial date is no date.
    if (code.size() != 10)
        return std::nullopt;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash != (code[i] == QLatin1Char('-'))
            || (!dash && (code[i] < QLatin1Char('0') || code[i] > QLatin1Char('9'))))
            return std::nullopt;
    }
    const QDate parsed = QDate::fromString(code, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return date(parsed);
}

QString AsOf::code() const
{
    switch (m_kind) {
    case Kind::Announcement:
        return QStringLiteral("announcement");
    case Kind::Latest:
        return QStringLiteral("latest");
    case Kind::Date:
        return m_date.toString(Qt::ISODate);
    }
    return {};
}

QString AsOf::describe(const QDate &resolved, const FiscalPeriod &quarter) const
{
    const QString date = resolved.toString(Qt::ISODate);
    switch (m_kind) {
    case Kind::Announcement:
        if (!resolved.isValid())
            return tr("Every figure (%1 has no dated announcement)").arg(quarter.label());
        //: %1 a date, %2 a quarter such as 1Q FY2013
        return tr("As of %1, the announcement of %2").arg(date, quarter.label());
    case Kind::Latest:
        return tr("Latest figures, every revision included");
    case Kind::Date:
        return tr("As of %1").arg(date);
    }
    return {};
}
