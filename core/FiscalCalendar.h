#pragma once

#include "LocalizedText.h"

#include <QString>

// How a company's fiscal years fall and are named: the month a year begins (IIJ: April,
// so FY2013 runs April 2013 to March 2014; a December year end: January) and its name in
// each language ("FY{year}", "{year}年度", "{end_year}年{end_month}月期"). A fiscal year is
// numbered by the calendar year of its first month. Periods are dated and labelled by the
// calendar of the company on screen (the active one), which the company's profile sets.
class FiscalCalendar final
{
public:
    FiscalCalendar() = default;
    FiscalCalendar(int startMonth, const LocalizedText &yearNames);

    int startMonth() const { return m_startMonth; }
    const LocalizedText &yearNames() const { return m_yearNames; }

    // The fiscal year's name in the UI language: "FY2013", "2013年度", "2013年12月期".
    QString yearName(int fiscalYear) const;
    // The month and calendar year the fiscal year ends in.
    int endMonth() const;
    int endYear(int fiscalYear) const;

    // Whether a name pattern is one this calendar can fill: it names the year by
    // {year} or {end_year}, and uses no other placeholder than those and {end_month}.
    static bool isValidNamePattern(const QString &pattern);
    static LocalizedText defaultYearNames();

    // The calendar periods are dated and labelled by. Set with the active company
    // (CompanyProfile::activate); April years with FY names until then.
    static FiscalCalendar active();
    // Its start month alone, without a lock: every period's dates ask for it.
    static int activeStartMonth();
    static void setActive(const FiscalCalendar &calendar);

    friend bool operator==(const FiscalCalendar &, const FiscalCalendar &) = default;

private:
    QString fill(const QString &pattern, int fiscalYear) const;

    int m_startMonth = 4;
    LocalizedText m_yearNames = defaultYearNames();
};
