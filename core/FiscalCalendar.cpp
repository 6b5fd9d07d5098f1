#include "FiscalCalendar.h"

#include <QMutex>
#include <QRegularExpression>

#include <atomic>

namespace {

// Read on every period's date and label: a copy under a lock costs little beside what
// the caller does with it, and a company switch on the GUI thread never tears a read on
// an import thread.
QMutex activeLock;
FiscalCalendar &activeCalendar()
{
    static FiscalCalendar calendar;
    return calendar;
}

std::atomic<int> activeMonth {4};

}  // namespace

FiscalCalendar::FiscalCalendar(int startMonth, const LocalizedText &yearNames)
    : m_startMonth(startMonth), m_yearNames(yearNames)
{ }

LocalizedText FiscalCalendar::defaultYearNames()
{
    return {QStringLiteral("FY{year}"), QStringLiteral("{year}年度")};
}

int FiscalCalendar::endMonth() const
{
    return m_startMonth == 1 ? 12 : m_startMonth - 1;
}

int FiscalCalendar::endYear(int fiscalYear) const
{
    return m_startMonth == 1 ? fiscalYear : fiscalYear + 1;
}

QString FiscalCalendar::fill(const QString &pattern, int fiscalYear) const
{
    QString name = pattern;
    name.replace(QStringLiteral("{year}"), QString::number(fiscalYear));
    name.replace(QStringLiteral("{end_year}"), QString::number(endYear(fiscalYear)));
    name.replace(QStringLiteral("{end_month}"), QString::number(endMonth()));
    return name;
}

QString FiscalCalendar::yearName(int fiscalYear) const
{
    return fill(m_yearNames.text(), fiscalYear);
}

bool FiscalCalendar::isValidNamePattern(const QString &pattern)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]*)\\}"));
    bool namesYear = false;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(pattern)) {
        const QString name = match.captured(1);
        if (name == QLatin1String("year") || name == QLatin1String("end_year"))
            namesYear = true;
        else if (name != QLatin1String("end_month"))
            return false;
    }
    return namesYear;
}

FiscalCalendar FiscalCalendar::active()
{
    QMutexLocker locker(&activeLock);
    return activeCalendar();
}

void FiscalCalendar::setActive(const FiscalCalendar &calendar)
{
    QMutexLocker locker(&activeLock);
    activeCalendar() = calendar;
    activeMonth.store(calendar.startMonth(), std::memory_order_relaxed);
}

int FiscalCalendar::activeStartMonth()
{
    return activeMonth.load(std::memory_order_relaxed);
}
