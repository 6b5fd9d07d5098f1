#include "DataBookReader.h"

#include "DatasetFields.h"
#include "DatasetReader.h"
#include "FiscalCalendar.h"
#include "MetricCatalogue.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

using Layout = DataBookReader::Layout;

// Full-width forms as ASCII, the ideographic space as a space, trimmed, inner runs of
// whitespace as one space: how a header or a name is compared.
QString normalized(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0)
            c = QLatin1Char(' ');
    }
    return folded.simplified();
}

// A cell's content as text: a number as its format shows it.
QString cellText(const SheetCell &cell)
{
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
        return {};
    case SheetCell::Kind::Text:
    case SheetCell::Kind::Error:
        return cell.text;
    case SheetCell::Kind::Boolean:
        return cell.number != 0.0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case SheetCell::Kind::Number:
        break;
    }
    if (!std::isfinite(cell.number))
        return QString::number(cell.number);
    if (cell.percentFormat && cell.decimals < 0) {
        // A fraction shown as a percentage as stored: its digits, the point two places on.
        QString digits
                = QString::number(std::abs(cell.number), 'f', QLocale::FloatingPointShortest);
        qsizetype point = digits.indexOf(QLatin1Char('.'));
        if (point < 0)
            point = digits.size();
        QString fraction = digits.mid(point + 1);
        QString whole = digits.left(point);
        while (fraction.size() < 2)
            fraction += QLatin1Char('0');
        whole += fraction.left(2);
        fraction = fraction.mid(2);
        while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
            whole.remove(0, 1);
        const QString sign = cell.number < 0 ? QStringLiteral("-") : QString();
        return sign + whole + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
    }
    const double value = cell.percentFormat ? cell.number * 100.0 : cell.number;
    QString text = cell.decimals >= 0 ? QString::number(value, 'f', cell.decimals)
                                      : QString::number(value, 'f', QLocale::FloatingPointShortest);
    // A negative that rounds to zero at the format's decimals reads as zero.
    if (text.startsWith(QLatin1Char('-'))
        && std::all_of(text.cbegin() + 1, text.cend(),
                       [](QChar c) { return c == QLatin1Char('0') || c == QLatin1Char('.'); }))
        text.remove(0, 1);
    return text;
}

bool isBlankRow(const SheetGrid &grid, int row)
{
    for (int c = 1; c <= grid.rowLength(row); ++c) {
        const SheetCell &cell = grid.cell(row, c);
        if (!cell.isEmpty() && !normalized(cellText(cell)).isEmpty())
            return false;
    }
    return true;
}

// Which of the wide layout's own columns a header names.
enum class Role { None, Metric, Name, Unit, Basis, Source, AsOf };

Role roleOf(const QString &header)
{
    const QString h = normalized(header).toLower();
    static const QHash<QString, Role> names = {
            {QStringLiteral("metric"), Role::Metric}, {QStringLiteral("key"), Role::Metric},
            {QStringLiteral("指標"), Role::Metric},   {QStringLiteral("項目"), Role::Metric},
            {QStringLiteral("科目"), Role::Metric},   {QStringLiteral("name"), Role::Name},
            {QStringLiteral("名称"), Role::Name},     {QStringLiteral("指標名"), Role::Name},
            {QStringLiteral("unit"), Role::Unit},     {QStringLiteral("単位"), Role::Unit},
            {QStringLiteral("basis"), Role::Basis},   {QStringLiteral("区分"), Role::Basis},
            {QStringLiteral("source"), Role::Source}, {QStringLiteral("出典"), Role::Source},
            {QStringLiteral("as_of"), Role::AsOf},    {QStringLiteral("発表日"), Role::AsOf},
    };
    return names.value(h, Role::None);
}

// A note rather than a figure's row: a footnote mark first, or a note of the unit.
bool isNoteText(const QString &text)
{
    const QString t = normalized(text);
    static const QStringList marks = {
            QStringLiteral("*"),       QStringLiteral("※"),    QStringLiteral("注"),
            QStringLiteral("(注"),     QStringLiteral("(*"),   QStringLiteral("note"),
            QStringLiteral("source:"), QStringLiteral("出所"), QStringLiteral("出典"),
    };
    for (const QString &mark : marks) {
        if (t.startsWith(mark, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The unit a note states ("(JPY million)", "（単位：百万円）", "Unit: JPY_million"):
// nullopt when the text is no unit note; `known` false when it is one (it says "unit" or
// 単位) of a unit irdash does not know.
std::optional<QString> unitNoteText(const QString &text)
{
    QString t = normalized(text);
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')')))
        t = t.mid(1, t.size() - 2).trimmed();
    static const QRegularExpression prefix(QStringLiteral("\\A(?:units?\\s*:|単位\\s*:?)\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = prefix.match(t);
    if (match.hasMatch())
        return t.mid(match.capturedLength()).trimmed();
    if (DataBookReader::unitFromText(t) && normalized(text).startsWith(QLatin1Char('(')))
        return t;
    return std::nullopt;
}

std::optional<Basis> basisFromText(const QString &text)
{
    const QString t = normalized(text);
    if (const auto basis = Bases::fromCode(t.toLower()))
        return basis;
    if (t == QStringLiteral("実績"))
        return Basis::Reported;
    if (t == QStringLiteral("予想") || t == QStringLiteral("計画") || t == QStringLiteral("目標")
        || t == QStringLiteral("業績予想"))
        return Basis::Target;
    return std::nullopt;
}

bool isNoFigure(const QString &text)
{
    const QString t = normalized(text);
    return t.isEmpty() || t == QStringLiteral("-") || t == QStringLiteral("—")
            || t == QStringLiteral("–") || t == QStringLiteral("―")
            || t.compare(QLatin1String("n/a"), Qt::CaseInsensitive) == 0;
}

// A part of a year under a merged fiscal year: 1Q..4Q, 1H, 2H, 9M, FY and their Japanese
// names. Kind and index as FiscalPeriod takes them; nullopt for anything else.
struct SubPeriod
{
    FiscalPeriod::Kind kind;
    int index;
};

std::optional<SubPeriod> subPeriod(const QString &text)
{
    const QString t = normalized(text).toUpper().remove(QLatin1Char(' '));
    using K = FiscalPeriod::Kind;
    static const QHash<QString, SubPeriod> names = {
            {QStringLiteral("1Q"), {K::Quarter, 1}},
            {QStringLiteral("2Q"), {K::Quarter, 2}},
            {QStringLiteral("3Q"), {K::Quarter, 3}},
            {QStringLiteral("4Q"), {K::Quarter, 4}},
            {QStringLiteral("Q1"), {K::Quarter, 1}},
            {QStringLiteral("Q2"), {K::Quarter, 2}},
            {QStringLiteral("Q3"), {K::Quarter, 3}},
            {QStringLiteral("Q4"), {K::Quarter, 4}},
            {QStringLiteral("1H"), {K::Half, 1}},
            {QStringLiteral("2H"), {K::Half, 2}},
            {QStringLiteral("9M"), {K::NineMonths, 0}},
            {QStringLiteral("FY"), {K::Year, 0}},
            {QStringLiteral("FULLYEAR"), {K::Year, 0}},
            {QStringLiteral("通期"), {K::Year, 0}},
            {QStringLiteral("第1四半期"), {K::Quarter, 1}},
            {QStringLiteral("第2四半期"), {K::Quarter, 2}},
            {QStringLiteral("第3四半期"), {K::Quarter, 3}},
            {QStringLiteral("第4四半期"), {K::Quarter, 4}},
            {QStringLiteral("上期"), {K::Half, 1}},
            {QStringLiteral("下期"), {K::Half, 2}},
            {QStringLiteral("上半期"), {K::Half, 1}},
            {QStringLiteral("下半期"), {K::Half, 2}},
            {QStringLiteral("第3四半期累計"), {K::NineMonths, 0}},
    };
    const auto it = names.constFind(t);
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

FiscalPeriod periodOf(FiscalPeriod::Kind kind, int year, int index)
{
    switch (kind) {
    case FiscalPeriod::Kind::Quarter:
        return FiscalPeriod::quarter(year, index);
    case FiscalPeriod::Kind::Half:
        return FiscalPeriod::half(year, index);
    case FiscalPeriod::Kind::NineMonths:
        return FiscalPeriod::nineMonths(year);
    case FiscalPeriod::Kind::Year:
        return FiscalPeriod::year(year);
    }
    return {};
}

// A year name pattern of the calendar ("FY{year}", "{year}年度", "{end_year}年{end_month}月期")
// as a regular expression with the groups y (the year, four digits or two), e (the year
// it ends in) and m (the month it ends in).
QString yearExpression(const QString &pattern)
{
    QString expression;
    QString rest = pattern;
    static const QRegularExpression placeholder(QStringLiteral("\\{(year|end_year|end_month)\\}"));
    QSet<QString> used;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(pattern)) {
        expression += QRegularExpression::escape(
                normalized(pattern.mid(at, match.capturedStart() - at)));
        const QString name = match.captured(1);
        const QString group = used.contains(name)   ? QStringLiteral("(?:")
                : name == QLatin1String("year")     ? QStringLiteral("(?<y>")
                : name == QLatin1String("end_year") ? QStringLiteral("(?<e>")
                                                    : QStringLiteral("(?<m>");
        used.insert(name);
        expression += group
                + (name == QLatin1String("end_month")      ? QStringLiteral("[0-9]{1,2})")
                           : name == QLatin1String("year") ? QStringLiteral("[0-9]{4}|[0-9]{2})")
                                                           : QStringLiteral("[0-9]{4})"));
        at = match.capturedEnd();
    }
    expression += QRegularExpression::escape(normalized(pattern.mid(at)));
    return expression;
}

// The fiscal year a match of yearExpression() names; 0 when it names none.
int yearFrom(const QRegularExpressionMatch &match, const FiscalCalendar &calendar)
{
    if (!match.captured(u"m").isEmpty() && match.captured(u"m").toInt() != calendar.endMonth())
        return 0;
    if (!match.captured(u"y").isEmpty()) {
        const int year = match.captured(u"y").toInt();
        return year < 100 ? 2000 + year : year;
    }
    if (!match.captured(u"e").isEmpty()) {
        const int end = match.captured(u"e").toInt();
        return calendar.startMonth() == 1 ? end : end - 1;
    }
    return 0;
}

struct HeaderPatterns
{
    QRegularExpression english;
    QRegularExpression japanese;
    QRegularExpression shortJapanese;
    FiscalCalendar calendar;
};

const HeaderPatterns &headerPatterns()
{
    // Built for the calendar active at the first call of a read; see periodFromHeader.
    thread_local HeaderPatterns patterns;
    thread_local bool built = false;
    const FiscalCalendar calendar = FiscalCalendar::active();
    if (built && patterns.calendar == calendar)
        return patterns;
    const QString en = yearExpression(calendar.yearNames().en);
    const QString ja = yearExpression(calendar.yearNames().ja.isEmpty() ? calendar.yearNames().en
                                                                        : calendar.yearNames().ja);
    patterns.english = QRegularExpression(
            QStringLiteral("\\A(?:(?<q>[1-4])Q|(?<h>[12])H|(?<n>9M))? ?(?:%1)\\z").arg(en),
            QRegularExpression::CaseInsensitiveOption);
    patterns.japanese
            = QRegularExpression(QStringLiteral("\\A(?:%1) "
                                                "?(?:第(?<q>[1-4])四半期|(?<h>上|下)(?:半)?期|(?<n>"
                                                "第3四半期累計)|(?<f>通期))?\\z")
                                         .arg(ja));
    patterns.shortJapanese = QRegularExpression(
            QStringLiteral(
                    "\\A(?<y>[0-9]{2})(?:/(?:(?<q>[1-4])Q|(?<h>[12])H|(?<n>9M))|(?<f>年度))\\z"),
            QRegularExpression::CaseInsensitiveOption);
    patterns.calendar = calendar;
    built = true;
    return patterns;
}

FiscalPeriod periodFromMatch(const QRegularExpressionMatch &match, int year)
{
    if (year == 0)
        return {};
    if (!match.captured(u"q").isEmpty())
        return FiscalPeriod::quarter(year, match.captured(u"q").toInt());
    const QString half = match.captured(u"h");
    if (!half.isEmpty()) {
        const int index = half == QLatin1String("1") || half == QStringLiteral("上") ? 1 : 2;
        return FiscalPeriod::half(year, index);
    }
    if (!match.captured(u"n").isEmpty())
        return FiscalPeriod::nineMonths(year);
    return FiscalPeriod::year(year);
}

// The examples of period headers an error names, in the active company's calendar.
QString expectedPeriods()
{
    const FiscalCalendar calendar = FiscalCalendar::active();
    const auto fill = [&](QString pattern) {
        pattern.replace(QStringLiteral("{year}"), QStringLiteral("2013"));
        pattern.replace(QStringLiteral("{end_year}"), QString::number(calendar.endYear(2013)));
        pattern.replace(QStringLiteral("{end_month}"), QString::number(calendar.endMonth()));
        return pattern;
    };
    const QString en = fill(calendar.yearNames().en);
    const QString ja = fill(calendar.yearNames().ja);
    return QStringLiteral("1Q13, 1Q %1, %1, 1H %1, 9M %1, %2第1四半期, %2上期, %2, 13/1Q")
            .arg(en, ja);
}

// Edit distance, for naming the key closest to a name that matches none.
int distance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Every way a metric may be named in a data book: its key, its names in English (any case)
// and Japanese, and those of its stated changes.
class MetricNames
{
public:
    MetricNames()
    {
        using Variant = MetricDefinition::Variant;
        const struct
        {
            Variant variant;
            const char *en;
            const char16_t *ja;
        } variants[] = {
                {Variant::YoyChange, "%1, YoY change", u"%1（前年同期比増減）"},
                {Variant::QoqChange, "%1, QoQ change", u"%1（前四半期比増減）"},
                {Variant::YoyPercent, "%1, YoY change %", u"%1（前年同期比増減率）"},
                {Variant::QoqPercent, "%1, QoQ change %", u"%1（前四半期比増減率）"},
        };
        for (const MetricDefinition &base : MetricCatalogue::baseMetrics()) {
            add(base.key, base.key);
            add(base.name.en, base.key);
            add(base.name.ja, base.key);
            for (const auto &v : variants) {
                const QString key = MetricCatalogue::variantKey(base.key, v.variant);
                add(key, key);
                add(QString::fromLatin1(v.en).arg(base.name.en), key);
                if (!base.name.ja.isEmpty())
                    add(QString::fromUtf16(v.ja).arg(base.name.ja), key);
            }
        }
    }

    // The keys the name stands for: none, one, or (a name two metrics share) several.
    QStringList find(const QString &name) const { return m_keys.value(normalized(name).toLower()); }

    // The key whose key or name is nearest, when one is near enough to be a slip.
    QString closest(const QString &name) const
    {
        const QString n = normalized(name).toLower();
        if (n.size() > 100)
            return {};
        QString best;
        int bestDistance = std::max(2, int(n.size()) / 4) + 1;
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            if (std::abs(it.key().size() - n.size()) >= bestDistance)
                continue;
            const int d = distance(n, it.key());
            if (d < bestDistance) {
                bestDistance = d;
                best = it.value().first();
            }
        }
        return best;
    }

private:
    void add(const QString &name, const QString &key)
    {
        const QString n = normalized(name).toLower();
        if (n.isEmpty())
            return;
        QStringList &keys = m_keys[n];
        if (!keys.contains(key))
            keys.append(key);
    }

    QHash<QString, QStringList> m_keys;
};

// The identity of a figure, for finding one stated twice in a workbook.
QString identity(const Fact &fact)
{
    return fact.period.code() + QLatin1Char('|') + fact.metric + QLatin1Char('|')
            + Bases::code(fact.basis) + QLatin1Char('|') + fact.asOfText();
}

struct Reader
{
    const QList<SheetGrid> &sheets;
    const QString &fileName;
    const DataBookReader::Options &options;
    Fact::Origin origin;
    DataBookReader::Result &result;
    MetricNames names;
    QHash<QString, QString> firstCellOf;  // identity -> the cell it was first read from
    QDate latest = DatasetFields::latestAsOf();
    // Names looked for a near key: each search costs the catalogue's size, so only the
    // first few unknown names get one.
    int nearSearches = 0;

    bool full() const { return result.errors.size() >= DatasetReader::maxErrors; }

    void fail(const SheetGrid &grid, int row, int column, const QString &message)
    {
        result.errors.append({fileName, 0, 0, message, grid.reference(row, column)});
    }

    void add(const SheetGrid &grid, int row, int column, const Fact &fact)
    {
        const QString key = identity(fact);
        if (const auto it = firstCellOf.constFind(key); it != firstCellOf.cend()) {
            fail(grid, row, column,
                 DataBookReader::tr("duplicate figure: period, metric, basis and as_of repeat %1; "
                                    "expected each figure once")
                         .arg(*it));
            return;
        }
        firstCellOf.insert(key, grid.reference(row, column));
        result.facts.append(fact);
    }

    // The cell `reference` names ("Sheet1!A1", or "A1" on `grid`), for Options::sourceCell.
    std::optional<QString> textAt(const QString &reference, const SheetGrid &grid) const
    {
        QString sheet = grid.name();
        QString address = reference.trimmed();
        if (const qsizetype bang = address.lastIndexOf(QLatin1Char('!')); bang >= 0) {
            sheet = address.left(bang);
            if (sheet.size() >= 2 && sheet.startsWith(QLatin1Char('\''))
                && sheet.endsWith(QLatin1Char('\'')))
                sheet = sheet.mid(1, sheet.size() - 2)
                                .replace(QStringLiteral("''"), QStringLiteral("'"));
            address = address.mid(bang + 1);
        }
        static const QRegularExpression cell(
                QStringLiteral("\\A\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})\\z"));
        const auto match = cell.match(address);
        if (!match.hasMatch())
            return std::nullopt;
        const int column = SheetGrid::columnNumber(match.captured(1).toUpper());
        const int row = match.captured(2).toInt();
        for (const SheetGrid &g : sheets) {
            if (g.name() == sheet && column > 0 && row > 0)
                return cellText(g.cell(row, column)).trimmed();
        }
        return std::nullopt;
    }

    // The sheet's source from the options; nullopt with the error given when there is none.
    std::optional<QString> sheetSource(const SheetGrid &grid, int row, int column)
    {
        QString text = options.source;
        if (!options.sourceCell.isEmpty()) {
            const auto found = textAt(options.sourceCell, grid);
            if (!found || found->isEmpty()) {
                fail(grid, row, column,
                     DataBookReader::tr("the source cell %1 holds no text; expected a cell "
                                        "naming the document the figures come from")
                             .arg(options.sourceCell));
                return std::nullopt;
            }
            text = *found;
        }
        if (normalized(text).isEmpty()) {
            fail(grid, row, column,
                 DataBookReader::tr("no source for the figures of sheet %1; expected a source "
                                    "column, or the document they come from chosen for the "
                                    "import")
                         .arg(grid.name()));
            return std::nullopt;
        }
        return text;
    }

    Layout readInterchange(const SheetGrid &grid, int headerRow, int columns);
    Layout readWide(const SheetGrid &grid);
    void readSheet(const SheetGrid &grid);
};

const QStringList interchangeHeader
        = {QStringLiteral("period"), QStringLiteral("metric"), QStringLiteral("value"),
           QStringLiteral("unit"),   QStringLiteral("basis"),  QStringLiteral("source"),
           QStringLiteral("as_of")};

Layout Reader::readInterchange(const SheetGrid &grid, int headerRow, int columns)
{
    int figures = 0;
    for (int row = headerRow + 1; row <= grid.rowCount() && !full(); ++row) {
        if (isBlankRow(grid, row))
            continue;
        const qsizetype errorsBefore = result.errors.size();
        QStringList fields;
        for (int c = 1; c <= columns; ++c) {
            const SheetCell &cell = grid.cell(row, c);
            // An as_of Excel holds as a date is a serial day number (1900 system).
            if (c == 7 && cell.kind == SheetCell::Kind::Number && cell.number >= 1
                && cell.number < 2958466 && cell.number == std::floor(cell.number)) {
                fields.append(
                        QDate(1899, 12, 30).addDays(qint64(cell.number)).toString(Qt::ISODate));
                continue;
            }
            fields.append(cellText(cell));
        }
        for (int c = columns + 1; c <= grid.rowLength(row); ++c) {
            if (!grid.cell(row, c).isEmpty()) {
                fail(grid, row, c,
                     DataBookReader::tr("a cell beside the record; expected the %1 columns %2")
                             .arg(columns)
                             .arg(interchangeHeader.mid(0, columns).join(QLatin1Char(','))));
                break;
            }
        }
        bool readable[7] = {true, true, true, true, true, true, true};
        for (int c = 0; c < columns; ++c) {
            if (c == 5)
                continue;
            if (const auto refused = DatasetFields::foldFullWidth(fields[c], c == 2)) {
                readable[c] = false;
                fail(grid, row, c + 1,
                     DatasetFields::refusedCharacter(fields[c], *refused, interchangeHeader[c],
                                                     c == 2));
            }
        }
        Fact fact;
        fact.origin = origin;
        if (readable[0]) {
            if (const auto problem = DatasetFields::checkPeriod(fields[0], fact.period))
                fail(grid, row, 1, *problem);
        }
        std::optional<MetricDefinition> metric;
        if (readable[1]) {
            metric = MetricCatalogue::find(fields[1]);
            if (!metric)
                fail(grid, row, 2, DatasetFields::unknownMetric(fields[1]));
            else
                fact.metric = metric->key;
        }
        if (readable[2]) {
            if (const auto problem = DatasetFields::checkValue(fields[2], fact))
                fail(grid, row, 3, *problem);
        }
        if (readable[3]) {
            auto problem = DatasetFields::checkUnit(fields[3], fact.unit);
            if (!problem && metric)
                problem = DatasetFields::checkUnitFits(fact.unit, fields[3], metric->key,
                                                       metric->dimension);
            if (problem)
                fail(grid, row, 4, *problem);
        }
        std::optional<Basis> basis;
        if (readable[4]) {
            if (const auto problem = DatasetFields::checkBasis(fields[4], fact.basis)) {
                fail(grid, row, 5, *problem);
            } else {
                basis = fact.basis;
                if (const auto bound = DatasetFields::checkBoundBasis(fact, fields[2], fields[4]))
                    fail(grid, row, 3, *bound);
            }
        }
        qsizetype at = -1;
        if (const auto problem = DatasetFields::checkSource(fields[5], basis, fact.source, at))
            fail(grid, row, 6, *problem);
        if (columns == 7 && readable[6] && !fields[6].isEmpty()) {
            if (const auto problem = DatasetFields::checkAsOf(fields[6], latest, fact.asOf))
                fail(grid, row, 7, *problem);
        } else if (options.asOf.isValid()) {
            fact.asOf = options.asOf;
        }
        if (result.errors.size() != errorsBefore)
            continue;
        add(grid, row, 1, fact);
        ++figures;
    }
    if (figures == 0 && result.errors.isEmpty())
        fail(grid, headerRow + 1, 1,
             DataBookReader::tr("no figures after the header; expected at least one record"));
    result.sheets.last().figures = figures;
    return Layout::Interchange;
}

struct Column
{
    Role role = Role::None;
    FiscalPeriod period;
};

Layout Reader::readWide(const SheetGrid &grid)
{
    // The header: the first row naming a period.
    int headerRow = 0;
    for (int row = 1; row <= grid.rowCount() && headerRow == 0; ++row) {
        for (int c = 1; c <= grid.rowLength(row); ++c) {
            const SheetCell &cell = grid.cell(row, c);
            if (cell.kind == SheetCell::Kind::Text && DataBookReader::periodFromHeader(cell.text)) {
                headerRow = row;
                break;
            }
        }
    }
    if (headerRow == 0)
        return Layout::None;
    // The header's width, over both of its rows (a year merged over its quarters).
    const int columns = std::max(grid.rowLength(headerRow), grid.rowLength(headerRow + 1));

    // A second header row: the parts of a year (1Q..4Q) under a fiscal year, merged over
    // them or standing above the first.
    const auto yearAbove = [&](int column) -> FiscalPeriod {
        int c = column;
        if (const auto range = grid.mergedAt(headerRow, column))
            c = range->firstColumn;
        const SheetCell &cell = grid.cell(headerRow, c);
        if (cell.kind != SheetCell::Kind::Text)
            return {};
        const auto period = DataBookReader::periodFromHeader(cell.text);
        return period && period->kind() == FiscalPeriod::Kind::Year ? *period : FiscalPeriod();
    };
    bool twoRows = false;
    for (int c = 1; c <= columns && !twoRows; ++c) {
        const SheetCell &cell = grid.cell(headerRow + 1, c);
        twoRows = cell.kind == SheetCell::Kind::Text && subPeriod(cell.text)
                && yearAbove(c).isValid();
    }
    const int firstDataRow = headerRow + (twoRows ? 2 : 1);

    QList<Column> layout(columns + 1);
    QHash<FiscalPeriod, int> columnOf;
    int firstPeriodColumn = 0;
    int metricColumn = 0;
    std::optional<Unit> noteUnit;
    int noteRow = 0;
    int noteColumn = 0;
    const auto readNote = [&](int row, int c, const QString &text) {
        const auto note = unitNoteText(text);
        if (!note)
            return false;
        const auto unit = DataBookReader::unitFromText(*note);
        if (!unit) {
            fail(grid, row, c,
                 DataBookReader::tr("unknown unit '%1' in the note; expected one of %2, or JPY "
                                    "million, 百万円, %")
                         .arg(*note, Units::allCodes().join(QStringLiteral(", "))));
        } else if (noteUnit && *noteUnit != *unit) {
            fail(grid, row, c,
                 DataBookReader::tr("a second unit note, '%1', where %2 says %3; expected one "
                                    "unit for the sheet, or a unit column")
                         .arg(text, grid.reference(noteRow, noteColumn), Units::code(*noteUnit)));
        } else if (!noteUnit) {
            noteUnit = unit;
            noteRow = row;
            noteColumn = c;
        }
        return true;
    };
    for (int row = 1; row < headerRow; ++row) {
        for (int c = 1; c <= grid.rowLength(row); ++c) {
            const SheetCell &cell = grid.cell(row, c);
            if (cell.kind == SheetCell::Kind::Text)
                readNote(row, c, cell.text);
        }
    }

    for (int c = 1; c <= columns; ++c) {
        const SheetCell &top = grid.cell(headerRow, c);
        const SheetCell &below = twoRows ? grid.cell(headerRow + 1, c) : SheetCell();
        const QString topText = normalized(cellText(top));
        const QString belowText = normalized(cellText(below));
        std::optional<FiscalPeriod> period;
        int headerCellRow = headerRow;
        if (twoRows && !belowText.isEmpty()) {
            headerCellRow = headerRow + 1;
            const auto part = subPeriod(belowText);
            const FiscalPeriod year = yearAbove(c);
            if (part && year.isValid())
                period = periodOf(part->kind, year.fiscalYear(), part->index);
            else if (top.isEmpty() && !grid.mergedAt(headerRow, c))
                period = DataBookReader::periodFromHeader(belowText);
        } else if (!topText.isEmpty() && !grid.mergedAt(headerRow, c).has_value()) {
            period = DataBookReader::periodFromHeader(topText);
        } else if (!topText.isEmpty()) {
            const auto range = *grid.mergedAt(headerRow, c);
            if (range.firstColumn == c)
                period = DataBookReader::periodFromHeader(topText);
        }
        const QString text = headerCellRow == headerRow ? topText : belowText;
        if (period && period->isValid()) {
            if (const auto it = columnOf.constFind(*period); it != columnOf.cend()) {
                fail(grid, headerCellRow, c,
                     DataBookReader::tr("two columns for one period: '%1' is %2, as is column %3; "
                                        "expected each period once")
                             .arg(text, period->code(), SheetGrid::columnName(*it)));
                continue;
            }
            columnOf.insert(*period, c);
            layout[c].period = *period;
            if (firstPeriodColumn == 0)
                firstPeriodColumn = c;
            continue;
        }
        if (text.isEmpty())
            continue;
        const Role role = roleOf(text);
        if (role != Role::None) {
            layout[c].role = role;
            if (role == Role::Metric && metricColumn == 0)
                metricColumn = c;
            continue;
        }
        if (firstPeriodColumn == 0 && readNote(headerCellRow, c, text))
            continue;
        if (firstPeriodColumn == 0 && metricColumn == 0) {
            // A heading over the metrics of the book's own ("Fiscal year", "科目").
            metricColumn = c;
            layout[c].role = Role::Metric;
            continue;
        }
        fail(grid, headerCellRow, c,
             DataBookReader::tr("unknown period header '%1'; expected a period such as %2, or "
                                "a column named metric, name, unit, basis, source or as_of")
                     .arg(text, expectedPeriods()));
    }

    // Where the table ends: at a note after a blank row; the last row before it that is
    // not blank is the table's last.
    int lastRow = firstDataRow - 1;
    bool afterBlank = false;
    QList<int> rows;
    for (int row = firstDataRow; row <= grid.rowCount(); ++row) {
        if (isBlankRow(grid, row)) {
            afterBlank = true;
            continue;
        }
        QString first;
        for (int c = 1; c <= grid.rowLength(row) && first.isEmpty(); ++c)
            first = normalized(cellText(grid.cell(row, c)));
        const bool note = isNoteText(first) || unitNoteText(first).has_value();
        if (note && afterBlank)
            break;
        afterBlank = false;
        if (note)
            continue;
        rows.append(row);
        lastRow = row;
    }
    if (metricColumn == 0 && firstPeriodColumn > 1) {
        for (int c = 1; c < firstPeriodColumn && metricColumn == 0; ++c) {
            if (layout[c].role != Role::None)
                continue;
            for (int row : std::as_const(rows)) {
                if (!grid.cell(row, c).isEmpty()) {
                    metricColumn = c;
                    break;
                }
            }
        }
    }
    if (metricColumn == 0 || (firstPeriodColumn > 0 && metricColumn > firstPeriodColumn)) {
        fail(grid, headerRow, std::max(1, metricColumn),
             DataBookReader::tr("no column of metrics left of the periods; expected the metric "
                                "keys or names in a column before the first period"));
        return Layout::Wide;
    }
    const auto columnWith = [&](Role role) {
        for (int c = 1; c <= columns; ++c) {
            if (layout[c].role == role)
                return c;
        }
        return 0;
    };
    const int unitColumn = columnWith(Role::Unit);
    const int basisColumn = columnWith(Role::Basis);
    const int sourceColumn = columnWith(Role::Source);
    const int asOfColumn = columnWith(Role::AsOf);

    // Merged cells hold one value for several cells: over figures that cannot be read.
    for (const CellRange &range : grid.merged()) {
        if (range.lastRow < firstDataRow || range.firstRow > lastRow)
            continue;
        fail(grid, range.firstRow, range.firstColumn,
             DataBookReader::tr("merged cells %1:%2 in the table; expected one figure a cell "
                                "(only the header may be merged)")
                     .arg(SheetGrid::address(range.firstRow, range.firstColumn),
                          SheetGrid::address(range.lastRow, range.lastColumn)));
    }

    std::optional<QString> source;
    if (sourceColumn == 0) {
        source = sheetSource(grid, headerRow, metricColumn);
        if (!source)
            return Layout::Wide;
    }

    QHash<QString, int> rowOf;  // metric, basis and as_of -> the row that first named them
    int figures = 0;
    for (int row : std::as_const(rows)) {
        if (full())
            break;
        bool anyCell = false;
        const int end = grid.rowLength(row);
        for (int c = firstPeriodColumn; c > 0 && c <= end && !anyCell; ++c)
            anyCell = (c > columns || layout[c].role == Role::None) && !grid.cell(row, c).isEmpty();
        const QString name = normalized(cellText(grid.cell(row, metricColumn)));
        if (!anyCell)
            continue;  // a heading over the metrics below it, or a row of nothing
        if (name.isEmpty()) {
            fail(grid, row, metricColumn,
                 DataBookReader::tr("figures without a metric; expected the metric's key or "
                                    "name in this cell"));
            continue;
        }
        // The metric, and a unit the name may end in: "Gross margin ratio (%)".
        QStringList keys = names.find(name);
        std::optional<Unit> nameUnit;
        if (keys.isEmpty() && name.endsWith(QLatin1Char(')'))) {
            const qsizetype open = name.lastIndexOf(QLatin1Char('('));
            if (open > 0) {
                const auto unit
                        = DataBookReader::unitFromText(name.mid(open + 1, name.size() - open - 2));
                const QStringList bare = names.find(name.left(open));
                if (unit && !bare.isEmpty()) {
                    keys = bare;
                    nameUnit = unit;
                }
            }
        }
        if (keys.size() > 1) {
            fail(grid, row, metricColumn,
                 DataBookReader::tr("'%1' names more than one metric (%2); expected one of their "
                                    "keys")
                         .arg(name, keys.join(QStringLiteral(", "))));
            continue;
        }
        if (keys.isEmpty()) {
            const QString near = nearSearches++ < 10 ? names.closest(name) : QString();
            fail(grid, row, metricColumn,
                 near.isEmpty()
                         ? DataBookReader::tr("unknown metric '%1'; expected a key or name of the "
                                              "metric catalogue (docs/METRICS.md)")
                                   .arg(name)
                         : DataBookReader::tr("unknown metric '%1'; expected a key or name of the "
                                              "metric catalogue (docs/METRICS.md); the closest "
                                              "is %2 (%3)")
                                   .arg(name, near, MetricCatalogue::displayName(near)));
            continue;
        }
        const MetricDefinition metric = *MetricCatalogue::find(keys.first());
        const qsizetype errorsBefore = result.errors.size();

        std::optional<Unit> unit = nameUnit;
        QString unitPlace;  // where the unit was stated, for a unit that does not fit
        int unitCellRow = row;
        int unitCellColumn = metricColumn;
        if (unitColumn > 0 && !grid.cell(row, unitColumn).isEmpty()) {
            const QString text = normalized(cellText(grid.cell(row, unitColumn)));
            unit = DataBookReader::unitFromText(text);
            unitCellColumn = unitColumn;
            if (!unit) {
                fail(grid, row, unitColumn,
                     DataBookReader::tr("unknown unit '%1'; expected one of %2, or JPY million, "
                                        "百万円, %")
                             .arg(text, Units::allCodes().join(QStringLiteral(", "))));
                continue;
            }
        } else if (!unit && noteUnit) {
            unit = noteUnit;
            unitCellRow = noteRow;
            unitCellColumn = noteColumn;
            unitPlace = DataBookReader::tr(" (the unit of the note at %1)")
                                .arg(grid.reference(noteRow, noteColumn));
        } else if (!unit && options.unit) {
            unit = options.unit;
            unitPlace = DataBookReader::tr(" (the unit chosen for the import)");
        }
        // A unit the row does not state itself (the note's, the import's) that does not
        // fit its metric is reported once, at the row, by the first figure that takes it.
        std::optional<QString> unitProblem;
        if (unit) {
            unitProblem = DatasetFields::checkUnitFits(*unit, Units::code(*unit), metric.key,
                                                       metric.dimension);
            if (unitProblem && unitCellRow == row) {
                fail(grid, row, unitCellColumn, *unitProblem);
                continue;
            }
            if (unitProblem)
                *unitProblem += unitPlace;
        }

        Basis basis = options.basis;
        int basisCellColumn = metricColumn;
        if (basisColumn > 0 && !grid.cell(row, basisColumn).isEmpty()) {
            const QString text = normalized(cellText(grid.cell(row, basisColumn)));
            const auto known = basisFromText(text);
            if (!known) {
                fail(grid, row, basisColumn,
                     DataBookReader::tr("unknown basis '%1'; expected reported, derived or "
                                        "target (実績, 予想)")
                             .arg(text));
                continue;
            }
            basis = *known;
            basisCellColumn = basisColumn;
        }

        QString rowSource;
        qsizetype at = -1;
        const QString sourceText = sourceColumn > 0 ? cellText(grid.cell(row, sourceColumn))
                                                    : source.value_or(QString());
        if (const auto problem = DatasetFields::checkSource(sourceText, basis, rowSource, at)) {
            fail(grid, row, sourceColumn > 0 ? sourceColumn : basisCellColumn, *problem);
            continue;
        }

        QDate asOf = options.asOf;
        if (asOfColumn > 0 && !grid.cell(row, asOfColumn).isEmpty()) {
            const SheetCell &cell = grid.cell(row, asOfColumn);
            QString text = normalized(cellText(cell));
            if (cell.kind == SheetCell::Kind::Number && cell.number >= 1 && cell.number < 2958466
                && cell.number == std::floor(cell.number))
                text = QDate(1899, 12, 30).addDays(qint64(cell.number)).toString(Qt::ISODate);
            if (const auto problem = DatasetFields::checkAsOf(text, latest, asOf)) {
                fail(grid, row, asOfColumn, *problem);
                continue;
            }
        }

        const QString rowKey = metric.key + QLatin1Char('|') + Bases::code(basis) + QLatin1Char('|')
                + asOf.toString(Qt::ISODate);
        if (const auto it = rowOf.constFind(rowKey); it != rowOf.cend()) {
            fail(grid, row, metricColumn,
                 DataBookReader::tr("'%1' again: metric %2 (%3) is already in row %4; expected "
                                    "each metric once a sheet")
                         .arg(name, metric.key, Bases::code(basis))
                         .arg(*it));
            continue;
        }
        rowOf.insert(rowKey, row);

        bool saidNoUnit = false;
        for (int c = firstPeriodColumn; c <= end && !full(); ++c) {
            const SheetCell &cell = grid.cell(row, c);
            if (cell.isEmpty() || (c <= columns && layout[c].role != Role::None))
                continue;
            if (c > columns || !layout[c].period.isValid()) {
                fail(grid, row, c,
                     DataBookReader::tr("'%1' in a column without a period; expected a period "
                                        "header above it, or an empty cell")
                             .arg(cellText(cell)));
                continue;
            }
            Fact fact;
            fact.origin = origin;
            fact.period = layout[c].period;
            fact.metric = metric.key;
            fact.basis = basis;
            fact.source = rowSource;
            fact.asOf = asOf;
            bool percent = false;
            if (cell.kind == SheetCell::Kind::Number) {
                percent = cell.percentFormat;
                const QString text = cellText(cell);
                const auto number = DatasetFields::parseNumber(text);
                if (!number) {
                    fail(grid, row, c,
                         DataBookReader::tr("%1 is not a figure irdash can keep exactly; "
                                            "expected at most 15 significant digits and 6 "
                                            "decimals (set the cell's number format)")
                                 .arg(text));
                    continue;
                }
                fact.value = number->value;
                fact.decimals = number->decimals;
            } else if (cell.kind == SheetCell::Kind::Text) {
                if (isNoFigure(cell.text))
                    continue;
                int decimals = 0;
                const auto number = DataBookReader::numberFromText(cell.text, &decimals, &percent);
                QString folded = normalized(cell.text);
                const bool bound = !number && !DatasetFields::foldFullWidth(folded, true)
                        && (folded.startsWith(QLatin1Char('>'))
                            || folded.startsWith(QLatin1Char('<'))
                            || folded.contains(QLatin1Char('~')))
                        && !DatasetFields::checkValue(folded, fact);
                if (number) {
                    fact.value = *number;
                    fact.decimals = decimals;
                } else if (!bound) {
                    fail(grid, row, c,
                         DataBookReader::tr("'%1' is not a number; expected a figure such as "
                                            "26441, 26,441 or △1,234, or an empty cell")
                                 .arg(cell.text));
                    continue;
                } else if (const auto problem
                           = DatasetFields::checkBoundBasis(fact, folded, Bases::code(basis))) {
                    fail(grid, row, c, *problem);
                    continue;
                }
            } else {
                fail(grid, row, c,
                     DataBookReader::tr("'%1' is not a number; expected a figure such as 26441, "
                                        "26,441 or △1,234, or an empty cell")
                             .arg(cellText(cell)));
                continue;
            }
            if (percent) {
                if (unit && *unit != Unit::Percent && unitCellRow == row) {
                    fail(grid, row, c,
                         DataBookReader::tr("'%1' is a percentage, but the row's unit is %2; "
                                            "expected a figure in %2")
                                 .arg(cellText(cell), Units::code(*unit)));
                    continue;
                }
                fact.unit = Unit::Percent;
                if (const auto problem
                    = DatasetFields::checkUnitFits(Unit::Percent, QStringLiteral("percent"),
                                                   metric.key, metric.dimension)) {
                    fail(grid, row, c, *problem);
                    continue;
                }
            } else if (!unit) {
                if (!saidNoUnit)
                    fail(grid, row, c,
                         DataBookReader::tr("no unit for '%1'; expected a unit column, a unit in "
                                            "the name such as 'Total revenues (JPY million)', a "
                                            "note above the table such as (JPY million) or "
                                            "（単位：百万円）, or a unit chosen for the import")
                                 .arg(name));
                saidNoUnit = true;
                continue;
            } else if (unitProblem) {
                if (!saidNoUnit)
                    fail(grid, row, metricColumn, *unitProblem);
                saidNoUnit = true;
                continue;
            } else {
                fact.unit = *unit;
            }
            if (result.errors.size() != errorsBefore)
                continue;
            add(grid, row, c, fact);
            ++figures;
        }
    }
    if (figures == 0 && result.errors.isEmpty())
        fail(grid, firstDataRow, std::max(1, metricColumn),
             DataBookReader::tr("no figures in the table; expected a row of figures under the "
                                "period headers"));
    result.sheets.last().figures = figures;
    return Layout::Wide;
}

void Reader::readSheet(const SheetGrid &grid)
{
    result.sheets.append({grid.name(), Layout::None, 0});
    // The interchange header in the first row that is not blank.
    for (int row = 1; row <= grid.rowCount(); ++row) {
        if (isBlankRow(grid, row))
            continue;
        QStringList header;
        for (int c = 1; c <= grid.rowLength(row); ++c)
            header.append(normalized(cellText(grid.cell(row, c))).toLower());
        while (!header.isEmpty() && header.last().isEmpty())
            header.removeLast();
        if (header == interchangeHeader || header == interchangeHeader.mid(0, 6)) {
            result.sheets.last().layout = Layout::Interchange;
            readInterchange(grid, row, int(header.size()));
            return;
        }
        if (!header.isEmpty() && header.first() == interchangeHeader.first()
            && QSet<QString>(header.cbegin(), header.cend()).contains(interchangeHeader[1])) {
            fail(grid, row, 1,
                 DataBookReader::tr("unexpected header '%1'; expected %2 (as_of may be left out)")
                         .arg(header.join(QLatin1Char(',')).left(200),
                              interchangeHeader.join(QLatin1Char(','))));
            result.sheets.last().layout = Layout::Interchange;
            return;
        }
        break;
    }
    result.sheets.last().layout = readWide(grid);
}

}  // namespace

DataBookReader::Result DataBookReader::read(const QList<SheetGrid> &sheets, const QString &fileName,
                                            const Options &options, Fact::Origin origin)
{
    Result result;
    Reader reader {sheets, fileName, options, origin, result, MetricNames(), {}};
    QStringList names;
    for (const SheetGrid &grid : sheets)
        names.append(grid.name());
    for (const QString &wanted : options.sheets) {
        if (!names.contains(wanted)) {
            result.errors.append({fileName, 0, 0,
                                  tr("no sheet named '%1'; expected one of %2")
                                          .arg(wanted, names.join(QStringLiteral(", ")))});
        }
    }
    for (const SheetGrid &grid : sheets) {
        if (reader.full())
            break;
        if (!options.sheets.isEmpty() && !options.sheets.contains(grid.name()))
            continue;
        reader.readSheet(grid);
    }
    const bool anyLayout
            = std::any_of(result.sheets.cbegin(), result.sheets.cend(),
                          [](const SheetLayout &s) { return s.layout != Layout::None; });
    if (result.errors.isEmpty() && !anyLayout) {
        result.errors.append(
                {fileName, 0, 0,
                 tr("no sheet holds figures; expected a sheet with the header %1, or a table "
                    "with a column of metrics and a header of periods such as %2")
                         .arg(interchangeHeader.join(QLatin1Char(',')), expectedPeriods())});
    }
    if (result.errors.size() > DatasetReader::maxErrors) {
        result.errors.resize(DatasetReader::maxErrors);
    }
    if (result.errors.size() >= DatasetReader::maxErrors) {
        result.errors.append(
                {fileName, 0, 0,
                 tr("too many errors; stopped after %1").arg(DatasetReader::maxErrors)});
    }
    if (!result.errors.isEmpty())
        result.facts.clear();
    return result;
}

std::optional<double> DataBookReader::numberFromText(const QString &text, int *decimals,
                                                     bool *percent)
{
    QString t = normalized(text);
    if (DatasetFields::foldFullWidth(t, true))
        return std::nullopt;
    bool isPercent = false;
    if (t.endsWith(QLatin1Char('%'))) {
        isPercent = true;
        t.chop(1);
        t = t.trimmed();
    }
    static const QRegularExpression form(QStringLiteral(
            "\\A(?:(?<sign>[-\\x{25B3}\\x{25B2}])?(?<digits>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)"
            "(?:\\.(?<fraction>[0-9]+))?"
            "|\\((?<pdigits>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.(?<pfraction>[0-9]+))?\\))\\z"));
    const auto match = form.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const bool parenthesised = !match.captured(u"pdigits").isEmpty();
    QString digits = parenthesised ? match.captured(u"pdigits") : match.captured(u"digits");
    const QString fraction
            = parenthesised ? match.captured(u"pfraction") : match.captured(u"fraction");
    digits.remove(QLatin1Char(','));
    const bool negative = parenthesised || !match.captured(u"sign").isEmpty();
    QString plain = (negative ? QStringLiteral("-") : QString()) + digits;
    if (!fraction.isEmpty())
        plain += QLatin1Char('.') + fraction;
    const auto number = DatasetFields::parseNumber(plain);
    if (!number)
        return std::nullopt;
    if (decimals)
        *decimals = number->decimals;
    if (percent)
        *percent = isPercent;
    return number->value;
}

std::optional<FiscalPeriod> DataBookReader::periodFromHeader(const QString &text)
{
    const QString t = normalized(text);
    if (t.isEmpty() || t.size() > 40)
        return std::nullopt;
    if (const auto period = FiscalPeriod::fromCode(t.toUpper()))
        return period;
    const HeaderPatterns &patterns = headerPatterns();
    for (const QRegularExpression *expression :
         {&patterns.english, &patterns.japanese, &patterns.shortJapanese}) {
        const auto match = expression->match(t);
        if (!match.hasMatch())
            continue;
        const FiscalPeriod period = periodFromMatch(match, yearFrom(match, patterns.calendar));
        if (period.isValid())
            return period;
    }
    return std::nullopt;
}

std::optional<Unit> DataBookReader::unitFromText(const QString &text)
{
    const QString t = normalized(text);
    if (const auto unit = Units::fromCode(t))
        return unit;
    static const QHash<QString, Unit> names = {
            {QStringLiteral("jpy million"), Unit::JpyMillion},
            {QStringLiteral("millions of yen"), Unit::JpyMillion},
            {QStringLiteral("百万円"), Unit::JpyMillion},
            {QStringLiteral("jpy billion"), Unit::JpyBillion},
            {QStringLiteral("billions of yen"), Unit::JpyBillion},
            {QStringLiteral("十億円"), Unit::JpyBillion},
            {QStringLiteral("jpy"), Unit::Jpy},
            {QStringLiteral("yen"), Unit::Jpy},
            {QStringLiteral("円"), Unit::Jpy},
            {QStringLiteral("%"), Unit::Percent},
            {QStringLiteral("percent"), Unit::Percent},
            {QStringLiteral("count"), Unit::Count},
            {QStringLiteral("人"), Unit::Count},
            {QStringLiteral("usd thousand"), Unit::UsdThousand},
            {QStringLiteral("usd million"), Unit::UsdMillion},
            {QStringLiteral("usd billion"), Unit::UsdBillion},
            {QStringLiteral("usd"), Unit::Usd},
            {QStringLiteral("千ドル"), Unit::UsdThousand},
            {QStringLiteral("百万ドル"), Unit::UsdMillion},
            {QStringLiteral("十億ドル"), Unit::UsdBillion},
            {QStringLiteral("ドル"), Unit::Usd},
    };
    const auto it = names.constFind(t.toLower());
    if (it == names.cend())
        return std::nullopt;
    return *it;
}
