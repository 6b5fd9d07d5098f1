#include "FiscalPeriod.h"

#include "FiscalCalendar.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace {

constexpr int firstYear = 2000;
constexpr int lastYear = 2099;

bool yearInRange(int year)
{
    return year >= firstYear && year <= lastYear;
}

}  // namespace

FiscalPeriod::FiscalPeriod(Kind kind, int fiscalYear, int index)
    : m_kind(kind), m_fiscalYear(yearInRange(fiscalYear) ? fiscalYear : 0), m_index(index)
{ }

FiscalPeriod FiscalPeriod::quarter(int fiscalYear, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    return FiscalPeriod(Kind::Quarter, fiscalYear, quarter);
}

FiscalPeriod FiscalPeriod::half(int fiscalYear, int half)
{
    if (half < 1 || half > 2)
        return {};
    return FiscalPeriod(Kind::Half, fiscalYear, half);
}

FiscalPeriod FiscalPeriod::nineMonths(int fiscalYear)
{
    return FiscalPeriod(Kind::NineMonths, fiscalYear, 0);
}

FiscalPeriod FiscalPeriod::year(int fiscalYear)
{
    return FiscalPeriod(Kind::Year, fiscalYear, 0);
}

std::optional<FiscalPeriod> FiscalPeriod::fromCode(const QString &code)
{
    // 1Q13..4Q13, 1H13, 2H13, 9M13, FY13; by hand, as every row of an import parses one.
    if (code.size() != 4)
        return std::nullopt;
    const auto digit = [&](qsizetype i) {
        const char16_t c = code[i].unicode();
        return c >= u'0' && c <= u'9' ? c - u'0' : -1;
    };
    const int tens = digit(2);
    const int ones = digit(3);
    if (tens < 0 || ones < 0)
        return std::nullopt;
    const int year = firstYear + tens * 10 + ones;
    const char16_t first = code[0].unicode();
    const char16_t second = code[1].unicode();
    if (second == u'Q' && first >= u'1' && first <= u'4')
        return quarter(year, first - u'0');
    if (second == u'H' && (first == u'1' || first == u'2'))
        return half(year, first - u'0');
    if (first == u'9' && second == u'M')
        return nineMonths(year);
    if (first == u'F' && second == u'Y')
        return FiscalPeriod::year(year);
    return std::nullopt;
}

int FiscalPeriod::months() const
{
    switch (m_kind) {
    case Kind::Quarter:
        return 3;
    case Kind::Half:
        return 6;
    case Kind::NineMonths:
        return 9;
    case Kind::Year:
        return 12;
    }
    return 0;
}

QDate FiscalPeriod::startDate() const
{
    if (!isValid())
        return {};
    const QDate yearStart(m_fiscalYear, FiscalCalendar::activeStartMonth(), 1);
    switch (m_kind) {
    case Kind::Quarter:
        return yearStart.addMonths(3 * (m_index - 1));
    case Kind::Half:
        return yearStart.addMonths(6 * (m_index - 1));
    case Kind::NineMonths:
    case Kind::Year:
        return yearStart;
    }
    return {};
}

QDate FiscalPeriod::endDate() const
{
    if (!isValid())
        return {};
    return startDate().addMonths(months()).addDays(-1);
}

QString FiscalPeriod::code() const
{
    if (!isValid())
        return {};
    char16_t text[4] = {u'0', u'0', char16_t(u'0' + m_fiscalYear % 100 / 10),
                        char16_t(u'0' + m_fiscalYear % 10)};
    switch (m_kind) {
    case Kind::Quarter:
        text[0] = char16_t(u'0' + m_index);
        text[1] = u'Q';
        break;
    case Kind::Half:
        text[0] = char16_t(u'0' + m_index);
        text[1] = u'H';
        break;
    case Kind::NineMonths:
        text[0] = u'9';
        text[1] = u'M';
        break;
    case Kind::Year:
        text[0] = u'F';
        text[1] = u'Y';
        break;
    }
    return QString(reinterpret_cast<const QChar *>(text), 4);
}

QString FiscalPeriod::label() const
{
    if (!isValid())
        return {};
    // The year as the company names it ("FY2013", "2013年度", "2013年12月期").
    const QString year = FiscalCalendar::active().yearName(m_fiscalYear);
    switch (m_kind) {
    case Kind::Quarter:
        //: %1 is the quarter (1-4), %2 the fiscal year's name, e.g. "1Q FY2013"
        return QCoreApplication::translate("FiscalPeriod", "%1Q %2").arg(m_index).arg(year);
    case Kind::Half:
        return m_index == 1
                //: first half of the fiscal year named %1 ("FY2013")
                ? QCoreApplication::translate("FiscalPeriod", "1H %1").arg(year)
                //: second half of the fiscal year named %1 ("FY2013")
                : QCoreApplication::translate("FiscalPeriod", "2H %1").arg(year);
    case Kind::NineMonths:
        //: first nine months of the fiscal year named %1 ("FY2013")
        return QCoreApplication::translate("FiscalPeriod", "9M %1").arg(year);
    case Kind::Year:
        return year;
    }
    return {};
}

QString FiscalPeriod::shortLabel() const
{
    if (!isValid())
        return {};
    const QString yy = QStringLiteral("%1").arg(m_fiscalYear % 100, 2, 10, QLatin1Char('0'));
    switch (m_kind) {
    case Kind::Quarter:
        //: compact axis label; %1 is the quarter, %2 the two-digit fiscal year
        return QCoreApplication::translate("FiscalPeriod", "%1Q%2").arg(m_index).arg(yy);
    case Kind::Half:
        //: compact axis label; %1 is the half (1 or 2), %2 the two-digit fiscal year
        return QCoreApplication::translate("FiscalPeriod", "%1H%2").arg(m_index).arg(yy);
    case Kind::NineMonths:
        return QCoreApplication::translate("FiscalPeriod", "9M%1").arg(yy);
    case Kind::Year:
        return QCoreApplication::translate("FiscalPeriod", "FY%1").arg(yy);
    }
    return {};
}

FiscalPeriod FiscalPeriod::previousQuarter() const
{
    if (!isValid() || m_kind != Kind::Quarter)
        return {};
    return m_index == 1 ? quarter(m_fiscalYear - 1, 4) : quarter(m_fiscalYear, m_index - 1);
}

FiscalPeriod FiscalPeriod::nextQuarter() const
{
    if (!isValid() || m_kind != Kind::Quarter)
        return {};
    return m_index == 4 ? quarter(m_fiscalYear + 1, 1) : quarter(m_fiscalYear, m_index + 1);
}

FiscalPeriod FiscalPeriod::samePeriodPreviousYear() const
{
    if (!isValid())
        return {};
    return FiscalPeriod(m_kind, m_fiscalYear - 1, m_index);
}

std::strong_ordering FiscalPeriod::operator<=>(const FiscalPeriod &other) const
{
    // By end, then length: months since the start of FY2000 stand for the end date under
    // any calendar, and need none.
    const auto endMonth = [](const FiscalPeriod &period) {
        if (!period.isValid())
            return 0;
        const int startOffset = period.m_kind == Kind::Quarter ? 3 * (period.m_index - 1)
                : period.m_kind == Kind::Half                  ? 6 * (period.m_index - 1)
                                                               : 0;
        return (period.m_fiscalYear - firstYear) * 12 + startOffset + period.months();
    };
    if (auto c = endMonth(*this) <=> endMonth(other); c != 0)
        return c;
    return months() <=> other.months();
}

QString FiscalPeriod::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Quarter:
        return QStringLiteral("quarter");
    case Kind::Half:
        return QStringLiteral("half");
    case Kind::NineMonths:
        return QStringLiteral("nine_months");
    case Kind::Year:
        return QStringLiteral("year");
    }
    return {};
}

size_t qHash(const FiscalPeriod &period, size_t seed)
{
    return qHashMulti(seed, static_cast<int>(period.kind()), period.fiscalYear(), period.index());
}
