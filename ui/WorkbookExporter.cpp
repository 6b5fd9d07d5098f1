#include "WorkbookExporter.h"

#include "CellFormatter.h"
#include "ChartCatalog.h"
#include "DatasetReader.h"
#include "OutputFile.h"
#include "Queries.h"
#include "charts/ChartBuilder.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>
#include <xlsxwriter.h>

namespace {

using Kind = ChartBuilder::WorkbookSeries::Kind;

// How a cell looks: as the window's data table shows it.
enum class Style {
    Reported,
    NotReported,  // derived or target: lighter and italic
    Flagged,  // contradicted by the figures it speaks of: the warning colour
};

constexpr lxw_color_t lighterText = 0x808080;
constexpr lxw_color_t warningFill = 0xfde2c4;

lxw_color_t rgbOf(const QColor &color)
{
    return static_cast<lxw_color_t>(color.rgb() & 0xffffff);
}

// The figure's decimals as Excel's number format: "#,##0", "#,##0.0", "0.0"%"" (the
// value stays the percentage the Table holds, 19.0, so that sums and charts read it as
// the page does); a bound says so ("10+"), a derived figure carries the table's "*".
QString numberFormatOf(const TableCell &cell)
{
    const int decimals = CellFormatter::displayDecimals(cell);
    QString format = cell.unit == Unit::Percent ? QStringLiteral("0") : QStringLiteral("#,##0");
    if (decimals > 0)
        format += QLatin1Char('.') + QString(decimals, QLatin1Char('0'));
    if (cell.unit == Unit::Percent)
        format += QStringLiteral("\"%\"");
    switch (cell.bound) {
    case Fact::Bound::Exact:
        break;
    case Fact::Bound::AtLeast:
        format += QStringLiteral("\"+\"");
        break;
    case Fact::Bound::AtMost:
        format = QStringLiteral("\"<\"") + format;
        break;
    case Fact::Bound::Range:
        format += QStringLiteral("\"–%1\"").arg(CellFormatter::number(
                cell.upper * CellFormatter::displayFactor(cell.unit), decimals));
        break;
    }
    if (cell.basis == Basis::Derived)
        format += QStringLiteral("\" *\"");
    return format;
}

// The workbook being written, with its formats made once each.
class Book
{
public:
    explicit Book(lxw_workbook *workbook) : m_workbook(workbook)
    {
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_bold = workbook_add_format(workbook);
        format_set_bold(m_bold);
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_align(m_header, LXW_ALIGN_RIGHT);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
        m_headerLeft = workbook_add_format(workbook);
        format_set_bold(m_headerLeft);
        format_set_bottom(m_headerLeft, LXW_BORDER_THIN);
        m_note = workbook_add_format(workbook);
        format_set_font_color(m_note, 0x505050);
    }

    lxw_workbook *workbook() const { return m_workbook; }
    lxw_format *title() const { return m_title; }
    lxw_format *bold() const { return m_bold; }
    lxw_format *header() const { return m_header; }
    lxw_format *headerLeft() const { return m_headerLeft; }
    lxw_format *note() const { return m_note; }

    lxw_format *style(Style style) { return number(QStringLiteral("General"), style); }

    lxw_format *number(const QString &numberFormat, Style style)
    {
        const QString key = numberFormat + QLatin1Char('\x1f') + QString::number(int(style));
        if (lxw_format *known = m_numbers.value(key))
            return known;
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_num_format(format, numberFormat.toUtf8().constData());
        if (style == Style::NotReported) {
            format_set_italic(format);
            format_set_font_color(format, lighterText);
        } else if (style == Style::Flagged) {
            format_set_bg_color(format, warningFill);
        }
        m_numbers.insert(key, format);
        return format;
    }

private:
    lxw_workbook *m_workbook;
    lxw_format *m_title;
    lxw_format *m_bold;
    lxw_format *m_header;
    lxw_format *m_headerLeft;
    lxw_format *m_note;
    QHash<QString, lxw_format *> m_numbers;  // the workbook owns them
};

// Excel's column width (in characters of the default font) that a text needs: CJK
// characters take two.
double columnWidth(const QString &text)
{
    double width = 2.0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2e80 ? 2.0 : 1.1;
    return width;
}

void writeText(lxw_worksheet *sheet, int row, int column, const QString &text,
               lxw_format *format = nullptr)
{
    worksheet_write_string(sheet, row, column, text.toUtf8().constData(), format);
}

Style styleOf(const TableCell &cell)
{
    if (cell.flagged)
        return Style::Flagged;
    return cell.basis == Basis::Reported ? Style::Reported : Style::NotReported;
}

// One native chart of some of the table's series, all of one kind on one value axis.
lxw_chart *nativeChart(Book &book, const QByteArray &sheetName, const Table &table,
                       const QList<ChartBuilder::WorkbookSeries> &series, const QString &title,
                       const QString &valueTitle)
{
    const Kind kind = series.first().kind;
    const uint8_t type = kind == Kind::StackedColumns ? LXW_CHART_COLUMN_STACKED
            : kind == Kind::Columns                   ? LXW_CHART_COLUMN
            : kind == Kind::Bars                      ? LXW_CHART_BAR
                                                      : LXW_CHART_LINE;
    lxw_chart *chart = workbook_add_chart(book.workbook(), type);
    chart_title_set_name(chart, title.toUtf8().constData());
    // In a bar chart libxlsxwriter's y axis is the categories' (vertical), x the values'.
    lxw_chart_axis *values = kind == Kind::Bars ? chart->x_axis : chart->y_axis;
    chart_axis_set_name(values, valueTitle.toUtf8().constData());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    if (kind == Kind::Bars)
        chart_axis_set_reverse(chart->y_axis);  // the first metric on top, as the page
    const int lastColumn = WorkbookExporter::firstPeriodColumn + table.categoryCount() - 1;
    for (const ChartBuilder::WorkbookSeries &wanted : series) {
        const int row = WorkbookExporter::firstSeriesRow + wanted.series;
        const TableSeries &data = table.series(wanted.series);
        lxw_chart_series *drawn = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(drawn, sheetName.constData(), WorkbookExporter::headerRow,
                                    WorkbookExporter::firstPeriodColumn,
                                    WorkbookExporter::headerRow, lastColumn);
        chart_series_set_values(drawn, sheetName.constData(), row,
                                WorkbookExporter::firstPeriodColumn, row, lastColumn);
        chart_series_set_name_range(drawn, sheetName.constData(), row, 0);
        const QColor color = ChartBuilder::colorFor(data.key, wanted.series);
        if (kind == Kind::Lines || kind == Kind::Markers) {
            lxw_chart_line line {};
            line.color = rgbOf(color);
            line.width = 2.25;
            line.none = kind == Kind::Markers;
            chart_series_set_line(drawn, &line);
            chart_series_set_marker_type(drawn,
                                         kind == Kind::Markers ? LXW_CHART_MARKER_SQUARE
                                                               : LXW_CHART_MARKER_CIRCLE);
            lxw_chart_fill marker {};
            marker.color = rgbOf(color);
            chart_series_set_marker_fill(drawn, &marker);
            continue;
        }
        lxw_chart_fill fill {};
        fill.color = rgbOf(color);
        chart_series_set_fill(drawn, &fill);
        // Derived and target figures in the lighter shade, as on the page.
        std::vector<lxw_chart_fill> fills(data.cells.size());
        std::vector<lxw_chart_point> points(data.cells.size());
        std::vector<lxw_chart_point *> pointers;
        bool lighter = false;
        for (qsizetype c = 0; c < data.cells.size(); ++c) {
            const TableCell &cell = data.cells[c];
            fills[c].color = rgbOf(cell.value && cell.basis != Basis::Reported
                                           ? ChartBuilder::notReportedColor(color)
                                           : color);
            lighter = lighter || (cell.value && cell.basis != Basis::Reported);
            points[c].fill = &fills[c];
            pointers.push_back(&points[c]);
        }
        pointers.push_back(nullptr);
        if (lighter)
            chart_series_set_points(drawn, pointers.data());
    }
    return chart;
}

// One chart's view: its table, a legend of the styles, the footer, the native chart.
void writeChartSheet(Book &book, lxw_worksheet *sheet, const QByteArray &sheetName,
                     const ChartBuilder &builder, const Table &table, const ChartOptions &options)
{
    writeText(sheet, 0, 0, table.title(), book.title());
    const QStringList views = builder.variantNames();
    const QString view = views.isEmpty()
            ? builder.displayName()
            : WorkbookExporter::tr("%1: %2").arg(builder.displayName(),
                                                 views.value(options.variant));
    writeText(sheet, 1, 0, view);

    const int header = WorkbookExporter::headerRow;
    const int first = WorkbookExporter::firstPeriodColumn;
    writeText(sheet, header, 0,
              table.categoryHeader().isEmpty() ? WorkbookExporter::tr("Series")
                                               : table.categoryHeader(),
              book.headerLeft());
    writeText(sheet, header, 1, WorkbookExporter::tr("Unit"), book.headerLeft());
    const QStringList labels = table.categoryLabels();
    for (int c = 0; c < labels.size(); ++c)
        writeText(sheet, header, first + c, labels[c], book.header());
    for (int s = 0; s < table.seriesCount(); ++s) {
        const TableSeries &series = table.series(s);
        const int row = WorkbookExporter::firstSeriesRow + s;
        writeText(sheet, row, 0, series.label);
        writeText(sheet, row, 1, CellFormatter::unitName(series.unit));
        for (int c = 0; c < series.cells.size(); ++c) {
            const TableCell &cell = series.cells[c];
            if (!cell.value)
                continue;  // a gap: an empty cell, never a zero
            worksheet_write_number(sheet, row, first + c,
                                   *cell.value * CellFormatter::displayFactor(cell.unit),
                                   book.number(numberFormatOf(cell), styleOf(cell)));
        }
    }
    worksheet_set_column(sheet, 0, 0, 34, nullptr);
    worksheet_set_column(sheet, 1, 1, 16, nullptr);
    // Each period's column as wide as its label needs (a metric's name, for the targets),
    // within reason: a longer one wraps in its header cell.
    for (int c = 0; c < labels.size(); ++c) {
        const double wide = std::clamp(columnWidth(labels[c]), 11.0, 24.0);
        worksheet_set_column(sheet, first + c, first + c, wide, nullptr);
    }
    worksheet_freeze_panes(sheet, WorkbookExporter::firstSeriesRow, first);
    // On paper: the table, its notes and the chart on one landscape page.
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 1);

    // What the styles mean, in the styles themselves.
    int row = WorkbookExporter::firstSeriesRow + table.seriesCount() + 1;
    writeText(sheet, row, 0, WorkbookExporter::tr("Styles:"), book.bold());
    writeText(sheet, row, 1, WorkbookExporter::tr("reported"), book.style(Style::Reported));
    writeText(sheet, row, 2, WorkbookExporter::tr("derived *"), book.style(Style::NotReported));
    writeText(sheet, row, 3, WorkbookExporter::tr("target"), book.style(Style::NotReported));
    writeText(sheet, row, 4, WorkbookExporter::tr("inconsistent"), book.style(Style::Flagged));
    row += 2;
    for (const QString &line : builder.footer(table, options))
        writeText(sheet, row++, 0, line, book.note());
    ++row;

    const ChartBuilder::WorkbookChart wanted = builder.workbookChart(table, options);
    if (wanted.series.isEmpty() || table.categoryCount() == 0)
        return;
    // One native chart per kind and axis, side by side: libxlsxwriter 1.1.4 (Debian 12) has
    // no combined charts and no second value axis.
    QList<QList<ChartBuilder::WorkbookSeries>> groups;
    for (const ChartBuilder::WorkbookSeries &series : wanted.series) {
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto &g) {
            return g.first().kind == series.kind && g.first().secondaryAxis == series.secondaryAxis;
        });
        if (group == groups.end())
            groups.append({series});
        else
            group->append(series);
    }
    int offset = 0;
    for (const auto &group : std::as_const(groups)) {
        const bool secondary = group.first().secondaryAxis;
        // The first chart is the page's; another is named after the series it shows.
        QStringList labels;
        for (const ChartBuilder::WorkbookSeries &series : group)
            labels.append(table.series(series.series).label);
        const QString title = offset == 0 ? table.title() : labels.join(QStringLiteral(", "));
        lxw_chart *chart = nativeChart(book, sheetName, table, group, title,
                                       secondary ? wanted.secondaryTitle : wanted.valueTitle);
        lxw_chart_options place {};
        place.x_offset = offset;
        place.x_scale = 1.6;
        place.y_scale = 1.4;
        worksheet_insert_chart_opt(sheet, row, 0, chart, &place);
        offset += 790;
    }
}

void writeFactsSheet(Book &book, lxw_worksheet *sheet, const QList<Fact> &facts)
{
    // The dataset's own columns, so that the sheet reads back as the interchange format.
    const QStringList columns = DatasetReader::expectedHeader().split(QLatin1Char(','));
    for (int c = 0; c < columns.size(); ++c)
        writeText(sheet, 0, c, columns[c], book.headerLeft());
    int row = 1;
    for (const Fact &fact : facts) {
        writeText(sheet, row, 0, fact.period.code());
        writeText(sheet, row, 1, fact.metric);
        if (fact.bound == Fact::Bound::Exact) {
            QString format = QStringLiteral("0");
            if (fact.decimals > 0)
                format += QLatin1Char('.') + QString(fact.decimals, QLatin1Char('0'));
            worksheet_write_number(sheet, row, 2, fact.value,
                                   book.number(format,
                                               fact.basis == Basis::Reported ? Style::Reported
                                                                             : Style::NotReported));
        } else {
            writeText(sheet, row, 2, fact.valueText());  // ">10", "985~1005": as the CSV
        }
        writeText(sheet, row, 3, Units::code(fact.unit));
        writeText(sheet, row, 4, Bases::code(fact.basis));
        writeText(sheet, row, 5, fact.source);
        if (fact.asOf.isValid())
            writeText(sheet, row, 6, fact.asOfText());
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 8, nullptr);
    worksheet_set_column(sheet, 1, 1, 30, nullptr);
    worksheet_set_column(sheet, 2, 4, 12, nullptr);
    worksheet_set_column(sheet, 5, 5, 60, nullptr);
    worksheet_set_column(sheet, 6, 6, 12, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);  // as wide as the page, as many pages as it takes
    if (row > 1)
        worksheet_autofilter(sheet, 0, 0, row - 1, int(columns.size()) - 1);
}

}  // namespace

QList<WorkbookExporter::Sheet> WorkbookExporter::sheets(const QString &chart)
{
    QList<Sheet> sheets;
    for (const QString &name : ChartCatalog::names()) {
        if (!chart.isEmpty() && name != chart)
            continue;
        for (int view : ChartCatalog::builder(name)->availableVariants())
            sheets.append({name, view});
    }
    return sheets;
}

QString WorkbookExporter::sheetName(const QString &wanted, QStringList *taken)
{
    QString name;
    for (const QChar c : wanted)
        name += QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control
                ? QLatin1Char('-')
                : c;
    // Excel refuses a name that starts or ends with an apostrophe, and "History".
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    name = name.trimmed();
    if (name.isEmpty() || name.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        name = tr("Sheet");
    const auto fitted = [](QString text, const QString &suffix) {
        text.truncate(maxSheetName - suffix.size());
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);  // never half a character
        while (text.endsWith(QLatin1Char('\'')))
            text.chop(1);
        return text + suffix;
    };
    QString candidate = fitted(name, QString());
    for (int n = 2; taken->contains(candidate, Qt::CaseInsensitive); ++n)
        candidate = fitted(name, QStringLiteral(" (%1)").arg(n));
    taken->append(candidate);
    return candidate;
}

bool WorkbookExporter::write(const Queries &queries, const FiscalPeriod &quarter, int window,
                             const QList<Sheet> &sheets, const ChartOptions &options,
                             const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, why);
        return false;
    };
    if (const OutputFile::Check target = OutputFile::check(path); !target.ok()) {
        if (error)
            *error = target.message;
        return false;
    }
    // libxlsxwriter writes to a file name: a file of our own, read back and handed to
    // OutputFile, which puts it in place whole or not at all.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(tr("no temporary folder: %1").arg(scratch.errorString()));
    const QString staged = scratch.filePath(QStringLiteral("workbook.xlsx"));
    lxw_workbook_options bookOptions {};
    const QByteArray scratchPath = QFile::encodeName(scratch.path());
    bookOptions.tmpdir = const_cast<char *>(scratchPath.constData());
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(staged).constData(), &bookOptions);
    if (!workbook)
        return fail(tr("the workbook could not be started"));
    Book book(workbook);

    ChartOptions exportOptions = options;
    exportOptions.forExport = true;
    exportOptions.animated = false;
    exportOptions.dark = false;
    QStringList taken;
    for (const Sheet &wanted : sheets) {
        const auto builder = ChartCatalog::builder(wanted.chart);
        if (!builder)
            continue;
        const Table table
                = ChartCatalog::table(queries, wanted.chart, quarter, window, wanted.view);
        exportOptions.variant = wanted.view;
        exportOptions.highlightCategory = table.categoryIndex(quarter.code());
        const QStringList views = builder->variantNames();
        const QString name
                = sheetName(views.isEmpty() ? builder->displayName()
                                            : tr("%1 - %2").arg(builder->displayName(),
                                                                views.value(wanted.view)),
                            &taken);
        const QByteArray utf8 = name.toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, utf8.constData());
        if (!sheet) {
            workbook_close(workbook);
            return fail(tr("the sheet name %1 was refused").arg(name));
        }
        writeChartSheet(book, sheet, utf8, *builder, table, exportOptions);
    }
    const QByteArray factsName = sheetName(tr("Facts"), &taken).toUtf8();
    lxw_worksheet *facts = workbook_add_worksheet(workbook, factsName.constData());
    if (!facts) {
        workbook_close(workbook);
        return fail(tr("the sheet name %1 was refused").arg(QString::fromUtf8(factsName)));
    }
    writeFactsSheet(book, facts, queries.facts().all());

    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    QFile file(staged);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fail(tr("the workbook came out empty"));
    return OutputFile::write(path, bytes, error);
}
