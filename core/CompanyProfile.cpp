#include "CompanyProfile.h"

#include "FiscalCalendar.h"
#include "MetricCatalogue.h"
#include "Unit.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <memory>

namespace {

using Group = MetricDefinition::Group;

const QList<QPair<QString, Group>> &groups()
{
    static const QList<QPair<QString, Group>> list {
            {QStringLiteral("revenue"), Group::Revenue},
            {QStringLiteral("cost"), Group::Cost},
            {QStringLiteral("gross_margin"), Group::GrossMargin},
            {QStringLiteral("profit"), Group::Profit},
            {QStringLiteral("per_share"), Group::PerShare},
            {QStringLiteral("personnel"), Group::Personnel},
            {QStringLiteral("cloud"), Group::Cloud},
            {QStringLiteral("operations"), Group::Operations},
            {QStringLiteral("balance_sheet"), Group::BalanceSheet},
            {QStringLiteral("cash_flow"), Group::CashFlow},
    };
    return list;
}

// Walks the JSON tree, collecting every error with its path; never stops at the first, so
// that one pass over a broken file lists all that is wrong with it.
class Checker
{
public:
    explicit Checker(const QString &fileName) : m_fileName(fileName) { }

    QList<DatasetError> errors;

    void fail(const QString &path, const QString &message)
    {
        errors.append({m_fileName, 0, 0, QStringLiteral("%1: %2").arg(path, message)});
    }

    // Only these fields, and each required one present.
    bool fields(const QJsonObject &object, const QString &path, const QStringList &required,
                const QStringList &optional = {})
    {
        bool ok = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!required.contains(it.key()) && !optional.contains(it.key())) {
                fail(join(path, it.key()),
                     CompanyProfile::tr("unknown field; expected one of %1")
                             .arg((required + optional).join(QStringLiteral(", "))));
                ok = false;
            }
        }
        for (const QString &name : required) {
            if (!object.contains(name)) {
                fail(join(path, name), CompanyProfile::tr("missing"));
                ok = false;
            }
        }
        return ok;
    }

    QString string(const QJsonObject &object, const QString &path, const QString &name)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return {};
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(join(path, name), CompanyProfile::tr("expected a text that is not empty"));
            return {};
        }
        return value.toString();
    }

    LocalizedText text(const QJsonObject &object, const QString &path, const QString &name)
    {
        const QJsonValue value = object.value(name);
        const QString at = join(path, name);
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            fail(at, CompanyProfile::tr("expected an object with \"en\" and \"ja\" texts"));
            return {};
        }
        const QJsonObject texts = value.toObject();
        fields(texts, at, {QStringLiteral("en")}, {QStringLiteral("ja")});
        return {string(texts, at, QStringLiteral("en")), string(texts, at, QStringLiteral("ja"))};
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &name)
    {
        const QJsonValue value = parent.value(name);
        if (!value.isUndefined() && !value.isObject())
            fail(join(path, name), CompanyProfile::tr("expected an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &path, const QString &name)
    {
        const QJsonValue value = parent.value(name);
        if (!value.isUndefined() && !value.isArray())
            fail(join(path, name), CompanyProfile::tr("expected an array"));
        return value.toArray();
    }

    static QString join(const QString &path, const QString &name)
    {
        return path.isEmpty() ? name : path + QLatin1Char('.') + name;
    }

private:
    QString m_fileName;
};

void readCompany(Checker &check, const QJsonObject &company, CompanyProfile &profile)
{
    const QString path = QStringLiteral("company");
    check.fields(company, path,
                 {QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("short_name"),
                  QStringLiteral("currency"), QStringLiteral("fiscal_year_start_month")},
                 {QStringLiteral("tickers"), QStringLiteral("fiscal_year_names")});
    profile.key = check.string(company, path, QStringLiteral("key"));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    if (!profile.key.isEmpty() && !keyPattern.match(profile.key).hasMatch())
        check.fail(QStringLiteral("company.key"),
                   CompanyProfile::tr("'%1' is not a company key; expected snake_case such as "
                                      "\"iij\" (what --company names)")
                           .arg(profile.key));
    profile.companyName = check.text(company, path, QStringLiteral("name"));
    profile.shortName = check.text(company, path, QStringLiteral("short_name"));
    const QJsonArray tickers = check.array(company, path, QStringLiteral("tickers"));
    for (qsizetype i = 0; i < tickers.size(); ++i) {
        if (!tickers[i].isString() || tickers[i].toString().trimmed().isEmpty())
            check.fail(QStringLiteral("company.tickers[%1]").arg(i),
                       CompanyProfile::tr("expected a text such as \"TSE 3774\""));
        else
            profile.tickers.append(tickers[i].toString());
    }
    profile.currency = check.string(company, path, QStringLiteral("currency"));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!profile.currency.isEmpty() && !currencyCode.match(profile.currency).hasMatch())
        check.fail(QStringLiteral("company.currency"),
                   CompanyProfile::tr("'%1' is not a currency code; expected three capital "
                                      "letters (ISO 4217) such as JPY or USD")
                           .arg(profile.currency));
    else if (!profile.currency.isEmpty() && !Units::currencyFromCode(profile.currency))
        // The dataset format has units of these currencies only: figures in another one
        // would be read as something they are not.
        check.fail(QStringLiteral("company.currency"),
                   CompanyProfile::tr("%1: this version of irdash reads figures in JPY or USD "
                                      "only")
                           .arg(profile.currency));
    const QJsonValue month = company.value(QStringLiteral("fiscal_year_start_month"));
    if (!month.isUndefined()) {
        const double value = month.toDouble(-1);
        if (!month.isDouble() || value != std::floor(value) || value < 1 || value > 12)
            check.fail(QStringLiteral("company.fiscal_year_start_month"),
                       CompanyProfile::tr("expected a month from 1 to 12"));
        else
            profile.fiscalYearStartMonth = int(value);
    }
    if (company.contains(QStringLiteral("fiscal_year_names"))) {
        const QString at = QStringLiteral("company.fiscal_year_names");
        profile.fiscalYearNames = check.text(company, path, QStringLiteral("fiscal_year_names"));
        for (const auto &[language, pattern] :
             {std::pair {QStringLiteral("en"), profile.fiscalYearNames.en},
              std::pair {QStringLiteral("ja"), profile.fiscalYearNames.ja}}) {
            if (!pattern.isEmpty() && !FiscalCalendar::isValidNamePattern(pattern))
                check.fail(at + QLatin1Char('.') + language,
                           CompanyProfile::tr("'%1' does not name the year; expected a text "
                                              "with {year} or {end_year} (and {end_month} if "
                                              "wanted), such as \"FY{year}\"")
                                   .arg(pattern));
        }
        if (profile.fiscalYearNames.ja.isEmpty())
            profile.fiscalYearNames.ja = FiscalCalendar::defaultYearNames().ja;
    }
}

void readDataset(Checker &check, const QJsonObject &dataset, CompanyProfile &profile)
{
    const QString path = QStringLiteral("dataset");
    check.fields(dataset, path, {QStringLiteral("name")}, {QStringLiteral("sources")});
    profile.datasetName = check.text(dataset, path, QStringLiteral("name"));
    const QJsonArray sources = check.array(dataset, path, QStringLiteral("sources"));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString at = QStringLiteral("dataset.sources[%1]").arg(i);
        if (!sources[i].isObject()) {
            check.fail(at, CompanyProfile::tr("expected an object with \"en\" and \"ja\" texts"));
            continue;
        }
        const QJsonObject texts = sources[i].toObject();
        check.fields(texts, at, {QStringLiteral("en")}, {QStringLiteral("ja")});
        profile.sources.append({check.string(texts, at, QStringLiteral("en")),
                                check.string(texts, at, QStringLiteral("ja"))});
    }
}

void readMetrics(Checker &check, const QJsonArray &metrics, CompanyProfile &profile)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    QHash<QString, QString> seen;  // key -> path of its first definition
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString path = QStringLiteral("metrics[%1]").arg(i);
        if (!metrics[i].isObject()) {
            check.fail(path, CompanyProfile::tr("expected an object"));
            continue;
        }
        const QJsonObject metric = metrics[i].toObject();
        check.fields(
                metric, path,
                {QStringLiteral("key"), QStringLiteral("group"), QStringLiteral("dimension"),
                 QStringLiteral("aggregation"), QStringLiteral("name")},
                {QStringLiteral("description"), QStringLiteral("ratio"), QStringLiteral("parts")});
        MetricDefinition definition;
        definition.key = check.string(metric, path, QStringLiteral("key"));
        definition.baseKey = definition.key;
        if (!definition.key.isEmpty()) {
            if (!keyPattern.match(definition.key).hasMatch()) {
                check.fail(path + QStringLiteral(".key"),
                           CompanyProfile::tr("'%1' is not a key; expected snake_case: lower-case "
                                              "letters and digits joined by '_'")
                                   .arg(definition.key));
            } else if (const auto it = seen.constFind(definition.key); it != seen.cend()) {
                check.fail(path + QStringLiteral(".key"),
                           CompanyProfile::tr("'%1' is defined twice; first at %2")
                                   .arg(definition.key, *it));
            } else {
                for (const auto variant :
                     {MetricDefinition::Variant::YoyChange, MetricDefinition::Variant::QoqChange,
                      MetricDefinition::Variant::YoyPercent,
                      MetricDefinition::Variant::QoqPercent}) {
                    const QString suffix = MetricCatalogue::variantSuffix(variant);
                    if (definition.key.endsWith(suffix)) {
                        check.fail(path + QStringLiteral(".key"),
                                   CompanyProfile::tr("'%1' ends in %2, which names a stated "
                                                      "change of a metric; expected a base key")
                                           .arg(definition.key, suffix));
                        break;
                    }
                }
                seen.insert(definition.key, path);
            }
        }
        const QString group = check.string(metric, path, QStringLiteral("group"));
        QStringList groupCodes;
        bool known = false;
        for (const auto &[code, value] : groups()) {
            groupCodes.append(code);
            if (code == group) {
                definition.group = value;
                known = true;
            }
        }
        if (!group.isEmpty() && !known)
            check.fail(path + QStringLiteral(".group"),
                       CompanyProfile::tr("unknown group '%1'; expected one of %2")
                               .arg(group, groupCodes.join(QStringLiteral(", "))));
        const QString dimension = check.string(metric, path, QStringLiteral("dimension"));
        if (const auto parsed = Units::dimensionFromCode(dimension))
            definition.dimension = *parsed;
        else if (!dimension.isEmpty())
            check.fail(path + QStringLiteral(".dimension"),
                       CompanyProfile::tr("unknown dimension '%1'; expected money, per_share, "
                                          "percent or count")
                               .arg(dimension));
        const QString aggregation = check.string(metric, path, QStringLiteral("aggregation"));
        if (aggregation == QLatin1String("flow"))
            definition.aggregation = MetricDefinition::Aggregation::Flow;
        else if (aggregation == QLatin1String("stock"))
            definition.aggregation = MetricDefinition::Aggregation::Stock;
        else if (!aggregation.isEmpty())
            check.fail(path + QStringLiteral(".aggregation"),
                       CompanyProfile::tr("unknown aggregation '%1'; expected flow (adds up over "
                                          "time, as revenues) or stock (stands at a date, as "
                                          "headcount or a balance)")
                               .arg(aggregation));
        if (metric.contains(QStringLiteral("ratio"))) {
            const QString at = path + QStringLiteral(".ratio");
            const QJsonObject ratio = check.object(metric, path, QStringLiteral("ratio"));
            check.fields(ratio, at, {QStringLiteral("numerator"), QStringLiteral("denominator")});
            definition.numerator = check.string(ratio, at, QStringLiteral("numerator"));
            definition.denominator = check.string(ratio, at, QStringLiteral("denominator"));
            if (definition.dimension != Dimension::Percent && !dimension.isEmpty())
                check.fail(at,
                           CompanyProfile::tr("a ratio is a percentage; expected the "
                                              "dimension percent"));
        }
        const QJsonArray parts = check.array(metric, path, QStringLiteral("parts"));
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const QString at = QStringLiteral("%1.parts[%2]").arg(path).arg(p);
            if (!parts[p].isArray() || parts[p].toArray().size() < 2) {
                check.fail(at, CompanyProfile::tr("expected a list of two or more metric keys"));
                continue;
            }
            QStringList keys;
            for (const QJsonValue &part : parts[p].toArray())
                keys.append(part.toString());
            definition.parts.append(keys);
        }
        definition.name = check.text(metric, path, QStringLiteral("name"));
        definition.description = metric.value(QStringLiteral("description")).toString();
        if (metric.contains(QStringLiteral("description"))
            && !metric.value(QStringLiteral("description")).isString())
            check.fail(path + QStringLiteral(".description"),
                       CompanyProfile::tr("expected a text"));
        profile.metrics.append(definition);
    }
    if (metrics.isEmpty())
        check.fail(QStringLiteral("metrics"), CompanyProfile::tr("expected at least one metric"));
    // A ratio's parts are metrics of the profile, neither the ratio itself, of one dimension.
    QHash<QString, const MetricDefinition *> byKey;
    for (const MetricDefinition &definition : std::as_const(profile.metrics))
        byKey.insert(definition.key, &definition);
    for (qsizetype i = 0; i < profile.metrics.size(); ++i) {
        const MetricDefinition &total = profile.metrics[i];
        for (qsizetype p = 0; p < total.parts.size(); ++p) {
            const QString at = QStringLiteral("metrics[%1].parts[%2]").arg(i).arg(p);
            QSet<QString> seenParts;
            for (const QString &part : total.parts[p]) {
                const MetricDefinition *found = byKey.value(part);
                if (part == total.key)
                    check.fail(at,
                               CompanyProfile::tr("'%1' is a part of itself; expected other "
                                                  "metrics")
                                       .arg(part));
                else if (!found)
                    check.fail(
                            at,
                            CompanyProfile::tr("'%1' is not a metric of this profile").arg(part));
                else if (found->dimension != total.dimension)
                    check.fail(at,
                               CompanyProfile::tr("%1 measures another thing than %2; "
                                                  "expected parts of one dimension")
                                       .arg(part, total.key));
                else if (seenParts.contains(part))
                    check.fail(at, CompanyProfile::tr("'%1' is listed twice").arg(part));
                seenParts.insert(part);
            }
        }
    }
    for (qsizetype i = 0; i < profile.metrics.size(); ++i) {
        const MetricDefinition &ratio = profile.metrics[i];
        if (ratio.numerator.isEmpty() || ratio.denominator.isEmpty())
            continue;
        const QString at = QStringLiteral("metrics[%1].ratio").arg(i);
        for (const QString &part : {ratio.numerator, ratio.denominator}) {
            const MetricDefinition *found = byKey.value(part);
            if (part == ratio.key)
                check.fail(at,
                           CompanyProfile::tr("'%1' names itself; expected two other "
                                              "metrics")
                                   .arg(part));
            else if (!found)
                check.fail(at,
                           CompanyProfile::tr("'%1' is not a metric of this profile").arg(part));
        }
        const MetricDefinition *top = byKey.value(ratio.numerator);
        const MetricDefinition *bottom = byKey.value(ratio.denominator);
        if (top && bottom && top->dimension != bottom->dimension)
            check.fail(at,
                       CompanyProfile::tr("%1 and %2 measure different things; expected "
                                          "parts of one dimension")
                               .arg(ratio.numerator, ratio.denominator));
    }
}

// A list of metric keys the dashboard names: each one the profile's.
QStringList metricList(Checker &check, const QJsonObject &parent, const QString &path,
                       const QString &name, const QSet<QString> &known, bool required = true)
{
    const QString at = Checker::join(path, name);
    if (!parent.contains(name)) {
        if (required)
            check.fail(at, CompanyProfile::tr("missing"));
        return {};
    }
    const QJsonArray array = check.array(parent, path, name);
    QStringList keys;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString key = array[i].toString();
        const QString item = QStringLiteral("%1[%2]").arg(at).arg(i);
        if (!array[i].isString())
            check.fail(item, CompanyProfile::tr("expected a metric key"));
        else if (!known.contains(key))
            check.fail(item, CompanyProfile::tr("'%1' is not a metric of this profile").arg(key));
        else if (keys.contains(key))
            check.fail(item, CompanyProfile::tr("'%1' is listed twice").arg(key));
        else
            keys.append(key);
    }
    if (array.isEmpty() && parent.value(name).isArray())
        check.fail(at, CompanyProfile::tr("expected at least one metric"));
    return keys;
}

void readDashboard(Checker &check, const QJsonObject &dashboard, CompanyProfile &profile)
{
    QSet<QString> known;
    for (const MetricDefinition &metric : std::as_const(profile.metrics))
        known.insert(metric.key);
    const QString path = QStringLiteral("dashboard");
    check.fields(dashboard, path,
                 {QStringLiteral("headline"), QStringLiteral("kpis"), QStringLiteral("targets"),
                  QStringLiteral("progress"), QStringLiteral("revenue_mix")},
                 {QStringLiteral("colours"), QStringLiteral("gross_margin_ratios"),
                  QStringLiteral("gross_margin_amounts"), QStringLiteral("year_comparison"),
                  QStringLiteral("personnel")});
    CompanyProfile::Dashboard &board = profile.dashboard;
    board.headline = check.string(dashboard, path, QStringLiteral("headline"));
    if (!board.headline.isEmpty() && !known.contains(board.headline))
        check.fail(QStringLiteral("dashboard.headline"),
                   CompanyProfile::tr("'%1' is not a metric of this profile").arg(board.headline));
    board.kpis = metricList(check, dashboard, path, QStringLiteral("kpis"), known);
    board.targets = metricList(check, dashboard, path, QStringLiteral("targets"), known);
    board.progress = metricList(check, dashboard, path, QStringLiteral("progress"), known);
    board.grossMarginRatios = metricList(check, dashboard, path,
                                         QStringLiteral("gross_margin_ratios"), known, false);
    for (qsizetype i = 0; i < board.grossMarginRatios.size(); ++i) {
        for (const MetricDefinition &metric : std::as_const(profile.metrics)) {
            if (metric.key == board.grossMarginRatios[i] && metric.numerator.isEmpty())
                check.fail(QStringLiteral("dashboard.gross_margin_ratios[%1]").arg(i),
                           CompanyProfile::tr("'%1' has no ratio; expected a metric with one")
                                   .arg(metric.key));
        }
    }
    board.grossMarginAmounts = metricList(check, dashboard, path,
                                          QStringLiteral("gross_margin_amounts"), known, false);
    const auto oneMetric = [&](const QJsonObject &parent, const QString &at, const QString &name) {
        const QString key = check.string(parent, at, name);
        if (!key.isEmpty() && !known.contains(key))
            check.fail(Checker::join(at, name),
                       CompanyProfile::tr("'%1' is not a metric of this profile").arg(key));
        return key;
    };
    if (dashboard.contains(QStringLiteral("year_comparison"))) {
        const QString at = QStringLiteral("dashboard.year_comparison");
        const QJsonObject comparison
                = check.object(dashboard, path, QStringLiteral("year_comparison"));
        check.fields(comparison, at, {QStringLiteral("metric"), QStringLiteral("name")});
        board.yearComparison.metric = oneMetric(comparison, at, QStringLiteral("metric"));
        board.yearComparison.name = check.text(comparison, at, QStringLiteral("name"));
    }
    if (dashboard.contains(QStringLiteral("personnel"))) {
        const QString at = QStringLiteral("dashboard.personnel");
        const QJsonObject personnel = check.object(dashboard, path, QStringLiteral("personnel"));
        check.fields(personnel, at, {QStringLiteral("costs")},
                     {QStringLiteral("ratio"), QStringLiteral("people")});
        board.personnelCosts = oneMetric(personnel, at, QStringLiteral("costs"));
        board.personnelRatio = oneMetric(personnel, at, QStringLiteral("ratio"));
        board.people = metricList(check, personnel, at, QStringLiteral("people"), known, false);
        for (const MetricDefinition &metric : std::as_const(profile.metrics)) {
            if (metric.key == board.personnelRatio && metric.numerator.isEmpty())
                check.fail(at + QStringLiteral(".ratio"),
                           CompanyProfile::tr("'%1' has no ratio; expected a metric with one")
                                   .arg(metric.key));
        }
    }
    const QString mixPath = QStringLiteral("dashboard.revenue_mix");
    const QJsonObject mix = check.object(dashboard, path, QStringLiteral("revenue_mix"));
    check.fields(mix, mixPath, {QStringLiteral("segments")},
                 {QStringLiteral("detailed"), QStringLiteral("recurring_one_time")});
    board.segments = metricList(check, mix, mixPath, QStringLiteral("segments"), known);
    board.detailed = metricList(check, mix, mixPath, QStringLiteral("detailed"), known, false);
    board.recurringOneTime
            = metricList(check, mix, mixPath, QStringLiteral("recurring_one_time"), known, false);
    for (const QStringList *parts : {&board.segments, &board.detailed, &board.recurringOneTime}) {
        if (parts->contains(board.headline))
            check.fail(mixPath,
                       CompanyProfile::tr("'%1' is the total drawn over the parts; expected it "
                                          "among none of the parts")
                               .arg(board.headline));
    }
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QJsonArray colours = check.array(dashboard, path, QStringLiteral("colours"));
    for (qsizetype i = 0; i < colours.size(); ++i) {
        const QString at = QStringLiteral("dashboard.colours[%1]").arg(i);
        const QJsonObject entry = colours[i].toObject();
        if (!colours[i].isObject()) {
            check.fail(at, CompanyProfile::tr("expected an object with a suffix and a colour"));
            continue;
        }
        check.fields(entry, at, {QStringLiteral("suffix"), QStringLiteral("colour")});
        const QString suffix = check.string(entry, at, QStringLiteral("suffix"));
        const QString colour = check.string(entry, at, QStringLiteral("colour"));
        if (!colour.isEmpty() && !colourPattern.match(colour).hasMatch())
            check.fail(at + QStringLiteral(".colour"),
                       CompanyProfile::tr("'%1' is not a colour; expected #rrggbb, such as "
                                          "#cc79a7")
                               .arg(colour));
        board.colours.append({suffix, colour});
    }
}

// Line and column (1-based) of a character offset, for a syntax error.
std::pair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

}  // namespace

CompanyProfile::Result CompanyProfile::read(const QByteArray &json, const QString &fileName)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        result.errors.append({fileName, line, column,
                              tr("%1; expected a JSON profile (docs/PROFILE.md)")
                                      .arg(parseError.errorString())});
        return result;
    }
    if (!document.isObject()) {
        result.errors.append({fileName, 0, 0, tr("expected a JSON object (docs/PROFILE.md)")});
        return result;
    }
    Checker check(fileName);
    const QJsonObject root = document.object();
    check.fields(root, QString(),
                 {QStringLiteral("irdash_profile"), QStringLiteral("company"),
                  QStringLiteral("dataset"), QStringLiteral("metrics"),
                  QStringLiteral("dashboard")});
    const QJsonValue version = root.value(QStringLiteral("irdash_profile"));
    if (!version.isUndefined() && version.toDouble() != formatVersion)
        check.fail(QStringLiteral("irdash_profile"),
                   tr("expected %1, the version of the profile format this irdash reads")
                           .arg(formatVersion));
    CompanyProfile profile;
    readCompany(check, check.object(root, QString(), QStringLiteral("company")), profile);
    readDataset(check, check.object(root, QString(), QStringLiteral("dataset")), profile);
    readMetrics(check, check.array(root, QString(), QStringLiteral("metrics")), profile);
    readDashboard(check, check.object(root, QString(), QStringLiteral("dashboard")), profile);
    result.errors = check.errors;
    if (result.errors.isEmpty()) {
        profile.json = json;
        result.profile = std::move(profile);
    }
    return result;
}

CompanyProfile::Result CompanyProfile::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.errors.append({path, 0, 0, tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return read(file.readAll(), path);
}

QString CompanyProfile::Dashboard::colourFor(const QString &seriesKey) const
{
    const Colour *best = nullptr;
    for (const Colour &colour : colours) {
        if (seriesKey.endsWith(colour.suffix)
            && (!best || colour.suffix.size() > best->suffix.size()))
            best = &colour;
    }
    return best ? best->colour : QString();
}

QString CompanyProfile::bundledResourcePath()
{
    return QStringLiteral(":/data/iij.profile.json");
}

Currency CompanyProfile::reportingCurrency() const
{
    return Units::currencyFromCode(currency).value_or(Currency::Jpy);
}

namespace {

// Every profile ever activated stays: a reference handed out stays valid.
QMutex activeLock;
QList<std::shared_ptr<const CompanyProfile>> activated;
std::atomic<const CompanyProfile *> activeProfile {nullptr};

}  // namespace

const CompanyProfile &CompanyProfile::active()
{
    if (const CompanyProfile *profile = activeProfile.load(std::memory_order_acquire))
        return *profile;
    return bundled();
}

void CompanyProfile::activate(const CompanyProfile &profile)
{
    QMutexLocker locker(&activeLock);
    auto kept = std::make_shared<const CompanyProfile>(profile);
    activated.append(kept);
    FiscalCalendar::setActive(kept->calendar());
    Units::setReportingCurrency(kept->reportingCurrency());
    activeProfile.store(kept.get(), std::memory_order_release);
    MetricCatalogue::rebuild();
}

CompanyProfile::Scope::Scope(const CompanyProfile &profile) : m_previous(&active())
{
    if (m_previous->json != profile.json || m_previous->key != profile.key)
        activate(profile);
}

CompanyProfile::Scope::~Scope()
{
    if (&active() != m_previous)
        activate(*m_previous);
}

const CompanyProfile &CompanyProfile::bundled()
{
    static const CompanyProfile profile = [] {
        const Result result = readFile(bundledResourcePath());
        if (!result.ok()) {
            QStringList errors;
            for (const DatasetError &error : result.errors)
                errors.append(error.toString());
            qFatal("the bundled profile is broken:\n%s", qPrintable(errors.join(u'\n')));
        }
        return *result.profile;
    }();
    return profile;
}
