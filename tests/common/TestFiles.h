#pragma once

// Test files that more than one suite writes.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// A file large enough to be read in parts (over two million characters): one record
// per quarter of FY2000-FY2099 for every listed metric, announced in 2000-2029 (an as_of
// lies at most ten years ahead), some sources with doubled quotes.
inline QByteArray largeDatasetFile(int *records)
{
    QByteArray data = "period,metric,value,unit,basis,source,as_of\n";
    const char *const metrics[] = {"revenue_total", "operating_income", "net_income_attributable",
                                   "revenue_network_services", "revenue_systems_integration"};
    int count = 0;
    for (int year = 0; year < 100; ++year) {
        for (int q = 1; q <= 4; ++q) {
            for (const char *metric : metrics) {
                for (int vintage = 1; vintage <= 12; ++vintage) {
                    const QByteArray period = QByteArray::number(q) + 'Q'
                            + QByteArray::number(year).rightJustified(2, '0');
                    // Every 97th source has doubled quotes.
                    const QByteArray source = count % 97 == 0
                            ? "\"a \"\"quoted\"\" source, on one line\""
                            : "\"a source, with a comma\"";
                    data += period + ',' + metric + ',' + QByteArray::number(count) + '.'
                            + QByteArray::number(vintage % 10) + ",JPY_million,reported," + source
                            + ',' + QByteArray::number(2000 + year % 30) + "-01-"
                            + QByteArray::number(10 + vintage) + '\n';
                    ++count;
                }
            }
        }
    }
    *records = count;
    return data;
}

// Writes `data` to the file `name` in `dir`; its path, or an empty string on failure.
inline QString writeTestFile(const QTemporaryDir &dir, const QString &name,
                             const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}
