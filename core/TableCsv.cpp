#include "TableCsv.h"

#include "FactWriter.h"
#include "MetricCatalogue.h"

#include <QHash>
#include <QLocale>

namespace {

enum Column {
    TableName,
    TableTitle,
    CategoryKey,
    CategoryLabel,
    SeriesKey,
    SeriesLabel,
    SeriesRole,
    SeriesUnit,
    Value,
    Decimals,
    UnitColumn,
    BasisColumn,
    Period,
    Metric,
    Source,
    AsOf,
    Note,
    ColumnCount
};

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    // Excel on Japanese Windows takes the full-width ＝ ＋ － ＠ for the ASCII ones.
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
            || first == QChar(0xFF1D) || first == QChar(0xFF0B) || first == QChar(0xFF0D)
            || first == QChar(0xFF20);
}

// RFC 4180 records; fields may hold commas, quotes and line breaks.
QList<QStringList> parseRecords(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = TableCsv::tr("a quoted field is not closed");
        return {};
    }
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

}  // namespace

QStringList TableCsv::header()
{
    return {QStringLiteral("table"),        QStringLiteral("title"),
            QStringLiteral("category_key"), QStringLiteral("category"),
            QStringLiteral("series_key"),   QStringLiteral("series"),
            QStringLiteral("role"),         QStringLiteral("series_unit"),
            QStringLiteral("value"),        QStringLiteral("decimals"),
            QStringLiteral("unit"),         QStringLiteral("basis"),
            QStringLiteral("period"),       QStringLiteral("metric"),
            QStringLiteral("source"),       QStringLiteral("as_of"),
            QStringLiteral("note")};
}

namespace {

// What neutralize() escapes: a formula start, or an apostrophe before one (so that
// escaping stays reversible).
bool needsEscape(const QString &text)
{
    return startsLikeFormula(text)
            || (text.startsWith(QLatin1Char('\'')) && startsLikeFormula(text.mid(1)))
            || (text.startsWith(QLatin1Char('\'')) && needsEscape(text.mid(1)));
}

}  // namespace

QString TableCsv::neutralize(const QString &text)
{
    return needsEscape(text) ? QLatin1Char('\'') + text : text;
}

QString TableCsv::restore(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')) && needsEscape(text.mid(1)))
        return text.mid(1);
    return text;
}

QByteArray TableCsv::write(const Table &table, bool byteOrderMark)
{
    QString out = header().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int s = 0; s < table.seriesCount(); ++s) {
        const TableSeries &series = table.series(s);
        for (int c = 0; c < table.categoryCount(); ++c) {
            const TableCell &cell = series.cells[c];
            QStringList fields(ColumnCount);
            fields[TableName] = table.name();
            fields[TableTitle] = table.title();
            fields[CategoryKey] = table.categoryKeys()[c];
            fields[CategoryLabel] = table.categoryLabels()[c];
            fields[SeriesKey] = series.key;
            fields[SeriesLabel] = series.label;
            fields[SeriesRole] = series.role == TableSeries::Role::Total ? QStringLiteral("total")
                                                                         : QStringLiteral("part");
            fields[SeriesUnit] = Units::code(series.unit);
            fields[UnitColumn] = Units::code(cell.unit);
            fields[Period] = cell.periodCode;
            fields[Metric] = cell.metric;
            fields[Note] = cell.note;
            if (cell.value) {
                // Full precision, '.' decimal point, no grouping: a number to any spreadsheet.
                fields[Value] = QString::number(*cell.value, 'g', QLocale::FloatingPointShortest);
                fields[Decimals] = QString::number(cell.decimals);
                fields[BasisColumn] = Bases::code(cell.basis);
                fields[Source] = cell.source;
                fields[AsOf] = cell.asOf.isValid() ? cell.asOf.toString(Qt::ISODate) : QString();
            }
            QStringList quoted;
            for (int i = 0; i < ColumnCount; ++i) {
                const QString text = i == Value ? fields[i] : neutralize(fields[i]);
                quoted.append(FactWriter::csvField(text));
            }
            out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    QByteArray bytes = out.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QByteArray TableCsv::writeWide(const Table &table, bool byteOrderMark)
{
    struct Row
    {
        QString metric;
        Unit unit;
        Basis basis;
        QHash<QString, QString> values;  // period code -> value as written
    };
    QList<Row> rows;
    QList<FiscalPeriod> periods;
    for (const TableSeries &series : table.allSeries()) {
        if (series.comparison)
            continue;
        for (const TableCell &cell : series.cells) {
            const auto period = FiscalPeriod::fromCode(cell.periodCode);
            const auto definition = MetricCatalogue::find(cell.metric);
            // Only a figure of its metric: in a unit of the metric's dimension.
            if (!cell.value || !definition || !period
                || !Units::isCompatible(cell.unit, definition->dimension))
                continue;
            if (!periods.contains(*period))
                periods.append(*period);
            Fact fact;
            fact.value = *cell.value;
            fact.decimals = cell.decimals;
            fact.bound = cell.bound;
            fact.upper = cell.upper;
            // The first row of this metric, unit and basis without this period yet.
            Row *row = nullptr;
            for (Row &candidate : rows) {
                if (candidate.metric == cell.metric && candidate.unit == cell.unit
                    && candidate.basis == cell.basis
                    && !candidate.values.contains(cell.periodCode)) {
                    row = &candidate;
                    break;
                }
            }
            if (!row) {
                rows.append({cell.metric, cell.unit, cell.basis, {}});
                row = &rows.last();
            }
            row->values.insert(cell.periodCode, fact.valueText());
        }
    }
    std::sort(periods.begin(), periods.end());
    QStringList header = {QStringLiteral("metric"), QStringLiteral("name"), QStringLiteral("unit"),
                          QStringLiteral("basis")};
    for (const FiscalPeriod &period : std::as_const(periods))
        header.append(period.code());
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Row &row : std::as_const(rows)) {
        QStringList fields = {row.metric, MetricCatalogue::displayName(row.metric),
                              Units::code(row.unit), Bases::code(row.basis)};
        for (QString &field : fields)
            field = FactWriter::csvField(neutralize(field));
        for (const FiscalPeriod &period : std::as_const(periods))
            fields.append(FactWriter::csvField(row.values.value(period.code())));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes = out.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

std::optional<Table> TableCsv::read(const QByteArray &csv, QString *error)
{
    QByteArray data = csv;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QList<QStringList> records = parseRecords(QString::fromUtf8(data), error);
    if (records.isEmpty() || records.first() != header()) {
        if (error && error->isEmpty())
            *error = tr("expected the header %1").arg(header().join(QLatin1Char(',')));
        return std::nullopt;
    }
    Table table;
    QHash<QString, int> seriesIndex;
    QList<TableSeries> series;
    QStringList categories;
    QStringList labels;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records[r];
        if (record.size() == 1 && record.first().isEmpty())
            continue;
        if (record.size() != ColumnCount) {
            if (error)
                *error = tr("line %1: %2 fields; expected %3")
                                 .arg(r + 1)
                                 .arg(record.size())
                                 .arg(ColumnCount);
            return std::nullopt;
        }
        QStringList f;
        for (int i = 0; i < ColumnCount; ++i)
            f.append(i == Value ? record[i] : restore(record[i]));
        if (table.name().isEmpty())
            table = Table(f[TableName], f[TableTitle]);
        if (!categories.contains(f[CategoryKey])) {
            categories.append(f[CategoryKey]);
            labels.append(f[CategoryLabel]);
        }
        if (!seriesIndex.contains(f[SeriesKey])) {
            seriesIndex.insert(f[SeriesKey], static_cast<int>(series.size()));
            TableSeries s;
            s.key = f[SeriesKey];
            s.label = f[SeriesLabel];
            s.unit = Units::fromCode(f[SeriesUnit]).value_or(Unit::JpyMillion);
            s.role = f[SeriesRole] == QLatin1String("total") ? TableSeries::Role::Total
                                                             : TableSeries::Role::Part;
            series.append(s);
        }
        TableCell cell;
        cell.unit = Units::fromCode(f[UnitColumn]).value_or(Unit::JpyMillion);
        cell.periodCode = f[Period];
        cell.metric = f[Metric];
        cell.note = f[Note];
        if (!f[Value].isEmpty()) {
            bool ok = false;
            cell.value = f[Value].toDouble(&ok);
            if (!ok) {
                if (error)
                    *error = tr("line %1: '%2' is not a number").arg(r + 1).arg(f[Value]);
                return std::nullopt;
            }
            cell.decimals = f[Decimals].toInt();
            cell.basis = Bases::fromCode(f[BasisColumn]).value_or(Basis::Reported);
            cell.source = f[Source];
            cell.asOf = QDate::fromString(f[AsOf], Qt::ISODate);
        }
        series[seriesIndex.value(f[SeriesKey])].cells.append(cell);
    }
    for (int c = 0; c < categories.size(); ++c)
        table.addCategory(categories[c], labels[c]);
    for (const TableSeries &s : std::as_const(series)) {
        if (s.cells.size() != categories.size()) {
            if (error)
                *error = tr("series %1 has %2 cells; expected %3")
                                 .arg(s.key)
                                 .arg(s.cells.size())
                                 .arg(categories.size());
            return std::nullopt;
        }
        table.addSeries(s);
    }
    return table;
}
