#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

// A period of a fiscal year. Its dates and label follow the active company's calendar
// (FiscalCalendar): for IIJ, FY2013 runs from April 2013 to March 2014 and 1Q13 is
// April-June 2013; for a December year end 1Q13 is January-March 2013. The code and the
// order do not depend on the calendar. Codes as the interchange format writes them:
// 1Q13..4Q13, 1H13, 2H13, 9M13, FY13 (two-digit years stand for 2000-2099).
class FiscalPeriod
{
public:
    enum class Kind {
        Quarter,
        Half,
        NineMonths,
        Year,
    };

    FiscalPeriod() = default;

    static std::optional<FiscalPeriod> fromCode(const QString &code);
    static FiscalPeriod quarter(int fiscalYear, int quarter);
    static FiscalPeriod half(int fiscalYear, int half);
    static FiscalPeriod nineMonths(int fiscalYear);
    static FiscalPeriod year(int fiscalYear);

    bool isValid() const { return m_fiscalYear != 0; }
    Kind kind() const { return m_kind; }
    int fiscalYear() const { return m_fiscalYear; }
    // Quarter 1-4 or half 1-2; 0 for nine months and years.
    int index() const { return m_index; }
    int months() const;

    QDate startDate() const;
    QDate endDate() const;

    QString code() const;
    // "1Q FY2013" / "2013年度第1四半期" / "2013年12月期第1四半期": the company's name of the
    // year (FiscalCalendar), the rest through the translator.
    QString label() const;
    // Compact form for chart axes: "1Q13" / "13/1Q".
    QString shortLabel() const;

    // Neighbours of a quarter; invalid for other kinds or outside FY2000-FY2099.
    FiscalPeriod previousQuarter() const;
    FiscalPeriod nextQuarter() const;
    // The same kind of period a year earlier (1Q13 -> 1Q12, 1H13 -> 1H12, FY13 -> FY12);
    // invalid before FY2000.
    FiscalPeriod samePeriodPreviousYear() const;

    // Chronological: by end date, a shorter span first (1Q13, 2Q13, 1H13, ...).
    std::strong_ordering operator<=>(const FiscalPeriod &other) const;
    bool operator==(const FiscalPeriod &other) const = default;

    static QString kindCode(Kind kind);

private:
    FiscalPeriod(Kind kind, int fiscalYear, int index);

    Kind m_kind = Kind::Quarter;
    int m_fiscalYear = 0;
    int m_index = 0;
};

size_t qHash(const FiscalPeriod &period, size_t seed = 0);
