#pragma once

#include "DatasetError.h"
#include "FiscalCalendar.h"
#include "LocalizedText.h"
#include "MetricDefinition.h"
#include "Unit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a dataset says about itself (docs/PROFILE.md): the company, the dataset and the
// metrics it may name, read from a JSON file that travels with the dataset. The bundled
// dataset's profile is a resource; the metric catalogue is built from it.
class CompanyProfile final
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)

public:
    static constexpr int formatVersion = 1;

    QString key;  // "iij": how the database and --company name the company
    LocalizedText companyName;  // "Internet Initiative Japan Inc."
    LocalizedText shortName;  // "IIJ"
    QStringList tickers;  // "TSE 3774"
    QString currency;  // ISO 4217: "JPY"
    int fiscalYearStartMonth = 4;  // the month the fiscal year begins (April)
    // How a fiscal year is named in each language ("FY{year}", "{year}年度").
    LocalizedText fiscalYearNames = FiscalCalendar::defaultYearNames();
    LocalizedText datasetName;
    QList<LocalizedText> sources;  // where the figures come from, for the About box
    QList<MetricDefinition> metrics;  // the base metrics, in display order

    // What the dashboard shows of the metrics.
    struct Dashboard
    {
        QString headline;  // the metric whose quarters are the quarters to browse; the total
                           // drawn over the revenue mix
        QStringList kpis;  // the KPI panel's cards
        QStringList targets;  // the metrics whose targets are compared with last year
        QStringList progress;  // the metrics whose progress toward the targets is shown
        QStringList grossMarginRatios;  // the ratio lines of the gross margin page
        QStringList grossMarginAmounts;  // its bars, by segment
        // The page comparing one metric's 1Q, 4Q and full year across fiscal years (IIJ's
        // cloud revenue), with its name: the page's tab and title.
        struct YearComparison
        {
            QString metric;
            LocalizedText name;
        };
        YearComparison yearComparison;
        QString personnelCosts;  // the Personnel page's bars
        QString personnelRatio;  // and their ratio to revenues, a line above them
        QStringList people;  // the Personnel page's other view
        // The revenue mix's three views: by segment, in detail, recurring and one-time.
        QStringList segments;
        QStringList detailed;
        QStringList recurringOneTime;
        // A series whose key ends in `suffix` is drawn in `colour` ("#cc79a7"); the
        // longest suffix that matches wins.
        struct Colour
        {
            QString suffix;
            QString colour;
        };
        QList<Colour> colours;

        // The colour for a series key, or empty when no suffix matches.
        QString colourFor(const QString &seriesKey) const;
    };
    Dashboard dashboard;
    QByteArray json;  // the file as read, which the database stores with the company

    FiscalCalendar calendar() const { return {fiscalYearStartMonth, fiscalYearNames}; }
    Currency reportingCurrency() const;

    struct Result;

    // Reads and checks a profile strictly: an unknown or missing field, a wrong type, an
    // unknown group, dimension or aggregation, a duplicate or malformed key, a month out
    // of range all refuse it, each error naming its JSON path (metrics[3].group) and what
    // was expected; a JSON syntax error names its line and column.
    static Result read(const QByteArray &json, const QString &fileName);
    static Result readFile(const QString &path);

    // The bundled dataset's profile, read once; a broken one is a build defect (a test
    // reads it) and stops the program with its errors.
    static const CompanyProfile &bundled();
    static QString bundledResourcePath();

    // The company on screen, whose metrics the catalogue holds, whose calendar dates and
    // labels periods and whose currency the money units are in; the bundled one until
    // another is activated. Activate on one thread while no other reads figures (the
    // window does it between loads); a reference stays valid for the program's life.
    static const CompanyProfile &active();
    static void activate(const CompanyProfile &profile);

    // Activates a profile for a while, on one thread, and the one before it again at the
    // end: the bundled dataset is read and stored under its own company's rules whichever
    // company is on screen.
    class Scope final
    {
        Q_DISABLE_COPY_MOVE(Scope)
    public:
        explicit Scope(const CompanyProfile &profile);
        ~Scope();

    private:
        const CompanyProfile *m_previous;
    };
};

struct CompanyProfile::Result
{
    QList<DatasetError> errors;  // empty when the profile was read
    std::optional<CompanyProfile> profile;
    bool ok() const { return errors.isEmpty() && profile.has_value(); }
};
