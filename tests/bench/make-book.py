#!/usr/bin/env python3
# A 100,000-figure data book (125 metrics x 800 periods of FY2000-FY2099) as .xlsx, and the
# same figures as the dataset CSV, for timing the workbook import beside the CSV import:
# python3 tests/bench/make-book.py (in an empty folder; writes book.xlsx and book.csv).
import csv, json, os
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import importlib.util
spec = importlib.util.spec_from_file_location("mk", os.path.join(ROOT, "tests/data/databook/make-databooks.py"))
mk = importlib.util.module_from_spec(spec); spec.loader.exec_module(mk)
prof = json.load(open(os.path.join(ROOT, 'resources/data/iij.profile.json')))
unit = {'money':'JPY_million','per_share':'JPY','percent':'percent','count':'count'}
rows = [(m['key'], unit[m['dimension']]) for m in prof['metrics']]
rows += [(m['key']+'_yoy_change', unit[m['dimension']]) for m in prof['metrics'][:25]]
periods = []
for y in range(0, 100):
    for code in ['1Q','2Q','1H','3Q','9M','4Q','2H','FY']:
        periods.append(f"{code}{y:02d}")
sheet = mk.Sheet("Book")
sheet.text(1, 1, "metric"); sheet.text(1, 2, "unit")
for i, p in enumerate(periods): sheet.text(1, 3 + i, p)
out = csv.writer(open('book.csv', 'w', newline=''), lineterminator='\n')
out.writerow(['period','metric','value','unit','basis','source','as_of'])
n = 0
for r, (key, u) in enumerate(rows):
    sheet.text(2 + r, 1, key); sheet.text(2 + r, 2, u)
    for i, p in enumerate(periods):
        v = (r * 1000 + i) % 99991
        sheet.number(2 + r, 3 + i, v, 0)
        out.writerow([p, key, v, u, 'reported', 'perf book', ''])
        n += 1
mk.write_workbook('book.xlsx', [sheet])
print(n, "figures")
