#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString pageKey = QStringLiteral("window/page");
const QString quarterKey = QStringLiteral("browse/quarter");
const QString windowKey = QStringLiteral("browse/window");
const QString tablesKey = QStringLiteral("view/dataTables");
const QString exportKey = QStringLiteral("export/folder");
const QString languageKey = QStringLiteral("view/language");
const QString chartViewKey = QStringLiteral("view/chart/%1");
const QString tableHeightKey = QStringLiteral("view/tableHeight/%1");
const QString importKey = QStringLiteral("import/folder");
const QString recentKey = QStringLiteral("import/recent");
const QString companyKey = QStringLiteral("browse/company");
constexpr int recentCount = 8;

}  // namespace

namespace Settings {

QByteArray windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(geometryKey, geometry);
}

int pageIndex()
{
    return QSettings().value(pageKey, 0).toInt();
}

void setPageIndex(int index)
{
    QSettings().setValue(pageKey, index);
}

QString company()
{
    return QSettings().value(companyKey).toString();
}

void setCompany(const QString &key)
{
    QSettings().setValue(companyKey, key);
}

QString quarterCode()
{
    return QSettings().value(quarterKey).toString();
}

void setQuarterCode(const QString &code)
{
    QSettings().setValue(quarterKey, code);
}

int quarterWindow()
{
    const int quarters = QSettings().value(windowKey, 5).toInt();
    return quarters == 0 || quarters == 5 || quarters == 8 || quarters == 12 ? quarters : 5;
}

void setQuarterWindow(int quarters)
{
    QSettings().setValue(windowKey, quarters);
}

QString exportFolder()
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QSettings()
            .value(exportKey, fallback.isEmpty() ? QDir::homePath() : fallback)
            .toString();
}

void setExportFolder(const QString &folder)
{
    QSettings().setValue(exportKey, folder);
}

QString language()
{
    return QSettings().value(languageKey).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(languageKey, code);
}

bool dataTablesVisible()
{
    return QSettings().value(tablesKey, true).toBool();
}

void setDataTablesVisible(bool visible)
{
    QSettings().setValue(tablesKey, visible);
}

int chartView(const QString &chart)
{
    return QSettings().value(chartViewKey.arg(chart), 0).toInt();
}

void setChartView(const QString &chart, int view)
{
    QSettings().setValue(chartViewKey.arg(chart), view);
}

int tableHeight(const QString &chart)
{
    return QSettings().value(tableHeightKey.arg(chart), 0).toInt();
}

void setTableHeight(const QString &chart, int height)
{
    QSettings().setValue(tableHeightKey.arg(chart), height);
}

QString importFolder()
{
    return QSettings().value(importKey, QDir::homePath()).toString();
}

void setImportFolder(const QString &folder)
{
    QSettings().setValue(importKey, folder);
}

QStringList recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

void addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > recentCount)
        files.removeLast();
    QSettings().setValue(recentKey, files);
}

}  // namespace Settings
