#!/usr/bin/env python3
"""Builds the data-book workbooks in this folder from the bundled IIJ figures, in the shape
IR sites publish them: a title row, a blank row, a units note, fiscal years merged over their
quarters, metric names down the side, numbers as numbers (with grouping formats) and as text
("26,441", "△1,234"). Next to each workbook, the figures it holds in the dataset format
(`*.expected.csv`), so that a test can check the import figure by figure.

Usage: python3 tests/data/databook/make-databooks.py   (from the repository; rewrites the files)
Only the standard library: the workbook is written as the zip of XML parts it is.
"""
import csv
import io
import json
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
# The bundled figures, and the later quarters' release figures the tests import.
FIGURE_FILES = [os.path.join(ROOT, "resources", "data", "iij-1q13.csv"),
                os.path.join(ROOT, "tests", "data", "iij-public-later-quarters.csv")]
PROFILE = os.path.join(ROOT, "resources", "data", "iij.profile.json")
SOURCE = "IIJ data book (test workbook made from the bundled dataset)"

# Metrics shown (their names come from the profile, English or Japanese), and the periods:
# each fiscal year's quarters, then its full year.
METRICS = ["revenue_total", "operating_income", "net_income_attributable", "personnel_costs",
           "atm_operating_income", "equity_method_income", "income_tax_current",
           "income_tax_deferred"]
PERIODS = ["1Q12", "2Q12", "3Q12", "4Q12", "FY12", "1Q13"]


def bundled_figures():
    """(period, metric) -> value text, for reported JPY_million figures, newest vintage."""
    figures = {}
    for path in FIGURE_FILES:
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                if row["basis"] != "reported" or row["unit"] != "JPY_million":
                    continue
                key = (row["period"], row["metric"])
                if key not in figures or row["as_of"] > figures[key][1]:
                    figures[key] = (row["value"], row["as_of"])
    return {k: v[0] for k, v in figures.items()}


def metric_names():
    with open(PROFILE, encoding="utf-8") as f:
        profile = json.load(f)
    return {m["key"]: (m["name"]["en"], m["name"]["ja"]) for m in profile["metrics"]}


def column_name(n):
    name = ""
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


class Sheet:
    def __init__(self, name):
        self.name = name
        self.rows = {}  # row -> {column: (kind, value, style)}
        self.merges = []

    def text(self, row, col, value, style=0):
        self.rows.setdefault(row, {})[col] = ("s", value, style)

    def number(self, row, col, value, style):
        self.rows.setdefault(row, {})[col] = ("n", value, style)

    def merge(self, first_row, first_col, last_row, last_col):
        self.merges.append(f"{column_name(first_col)}{first_row}:{column_name(last_col)}{last_row}")


def sheet_xml(sheet, strings):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
           "<sheetData>"]
    for r in sorted(sheet.rows):
        out.append(f'<row r="{r}">')
        for c in sorted(sheet.rows[r]):
            kind, value, style = sheet.rows[r][c]
            ref = f"{column_name(c)}{r}"
            if kind == "s":
                if value not in strings:
                    strings[value] = len(strings)
                out.append(f'<c r="{ref}" t="s" s="{style}"><v>{strings[value]}</v></c>')
            else:
                out.append(f'<c r="{ref}" s="{style}"><v>{value}</v></c>')
        out.append("</row>")
    out.append("</sheetData>")
    if sheet.merges:
        out.append(f'<mergeCells count="{len(sheet.merges)}">')
        out.extend(f'<mergeCell ref="{m}"/>' for m in sheet.merges)
        out.append("</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


# Styles: 0 General, 1 bold title, 2 "#,##0" (built-in 3), 3 "#,##0;[Red]\-#,##0" custom.
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0;[Red]\\-#,##0"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>"""


def write_workbook(path, sheets):
    strings = {}
    parts = {f"xl/worksheets/sheet{i + 1}.xml": sheet_xml(s, strings) for i, s in enumerate(sheets)}
    shared = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
              f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              f'count="{len(strings)}" uniqueCount="{len(strings)}">']
    for text in sorted(strings, key=strings.get):
        shared.append(f'<si><t xml:space="preserve">{escape(text)}</t></si>')
    shared.append("</sst>")
    sheet_entries = "".join(
        f'<sheet name="{escape(s.name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
        for i, s in enumerate(sheets))
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" '
        f'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
    n = len(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # Fixed timestamps: the same figures give the same bytes.
        def put(name, text):
            info = zipfile.ZipInfo(name, date_time=(2013, 8, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
        put("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
            + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>")
        put("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
        put("xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"<sheets>{sheet_entries}</sheets></workbook>")
        put("xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + rels
            + f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>")
        put("xl/styles.xml", STYLES)
        put("xl/sharedStrings.xml", "".join(shared))
        for name, text in parts.items():
            put(name, text)


def as_text(value, japanese_negative):
    """A figure as IR books type it into a text cell: grouping, and △ for a negative."""
    number = int(value)
    text = f"{abs(number):,}"
    if number < 0:
        return ("△" if japanese_negative else "-") + text
    return text


def data_book(figures, names, japanese):
    """One sheet: title, blank row, units note, FY merged over its quarters and full year,
    then a metric a row, a blank row and a footnote."""
    sheet = Sheet("財務データ" if japanese else "Financial data")
    sheet.text(1, 1, "株式会社インターネットイニシアティブ 財務データ" if japanese
               else "Internet Initiative Japan Inc. Financial Data", 1)
    sheet.text(3, 1, "（単位：百万円）" if japanese else "(JPY million)")
    # Row 4: each fiscal year merged over its columns; row 5: 1Q ... 4Q and the full year.
    years = {}
    for i, code in enumerate(PERIODS):
        years.setdefault(code[2:], []).append(2 + i)
    for year, columns in years.items():
        sheet.text(4, columns[0], f"20{year}年度" if japanese else f"FY20{year}")
        if len(columns) > 1:
            sheet.merge(4, columns[0], 4, columns[-1])
    for i, code in enumerate(PERIODS):
        if code.startswith("FY"):
            sheet.text(5, 2 + i, "通期" if japanese else "Full year")
        else:
            sheet.text(5, 2 + i, f"{code[0]}Q")
    expected = []
    row = 6
    for n, key in enumerate(METRICS):
        sheet.text(row, 1, names[key][1] if japanese else names[key][0])
        for i, code in enumerate(PERIODS):
            value = figures.get((code, key))
            if value is None:
                continue  # a gap: the cell stays empty
            col = 2 + i
            # Alternate how figures are typed: numbers with a grouping format, and text.
            if (n + i) % 3 == 0:
                sheet.text(row, col, as_text(value, japanese))
            else:
                sheet.number(row, col, value, 2 if (n + i) % 3 == 1 else 3)
            expected.append((code, key, value))
        row += 1
    sheet.text(row + 1, 1, "注: 四半期の数値は決算短信による。" if japanese
               else "Note: quarterly figures as published in the results releases.")
    return sheet, expected


def write_expected(path, expected):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["period", "metric", "value", "unit", "basis", "source", "as_of"])
        for code, key, value in sorted(expected):
            writer.writerow([code, key, value, "JPY_million", "reported", SOURCE, ""])


# Broken books, each the English one with one fault, and the cell the import must name.
def broken_books(figures, names):
    def fresh():
        return data_book(figures, names, False)[0]

    books = {}
    sheet = fresh()
    sheet.text(6, 3, "n.a.x")  # revenue_total 2Q12: a word where a figure goes
    books["text-in-number-cell"] = sheet
    sheet = fresh()
    sheet.text(5, 4, "5Q")  # a period no calendar has
    books["unknown-period-header"] = sheet
    sheet = fresh()
    sheet.rows[4].pop(7, None)  # 1Q13's year header out, so its column reads 1Q of FY2012
    sheet.merges = [m for m in sheet.merges]
    sheet.merge(4, 2, 4, 7)
    books["two-columns-for-one-period"] = sheet
    sheet = fresh()
    sheet.text(8, 1, "Net profit")  # no metric of the catalogue is called that
    books["unknown-metric-name"] = sheet
    sheet = fresh()
    sheet.merge(6, 2, 7, 2)  # a merged range over figures
    books["merged-cell-over-data"] = sheet
    sheet = fresh()
    sheet.rows[3] = {}  # no units note, and no unit anywhere else
    books["no-unit"] = sheet
    return books


def main():
    figures = bundled_figures()
    names = metric_names()
    for japanese, name in ((False, "iij-databook-en"), (True, "iij-databook-ja")):
        sheet, expected = data_book(figures, names, japanese)
        write_workbook(os.path.join(HERE, name + ".xlsx"), [sheet])
        write_expected(os.path.join(HERE, name + ".expected.csv"), expected)
        print(f"{name}.xlsx: {len(expected)} figures")
    os.makedirs(os.path.join(HERE, "bad"), exist_ok=True)
    for name, sheet in broken_books(figures, names).items():
        write_workbook(os.path.join(HERE, "bad", name + ".xlsx"), [sheet])
        print(f"bad/{name}.xlsx")


if __name__ == "__main__":
    main()
