#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Every persistent setting of the window, typed, in one place (QSettings underneath).
namespace Settings {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
int pageIndex();
void setPageIndex(int index);
QString quarterCode();
void setQuarterCode(const QString &code);
int quarterWindow();  // 5, 8, 12 or 0 for all
void setQuarterWindow(int quarters);
QString exportFolder();  // the last folder exported to; the pictures folder at first
void setExportFolder(const QString &folder);
QString language();  // "en" or "ja"; empty before the first choice
void setLanguage(const QString &code);
bool dataTablesVisible();
void setDataTablesVisible(bool visible);
int chartView(const QString &chart);  // the view a chart page showed last; 0 at first
void setChartView(const QString &chart, int view);
// The data table's height under a chart, as the user dragged it; 0: as tall as its rows.
int tableHeight(const QString &chart);
void setTableHeight(const QString &chart, int height);
QString importFolder();  // the last folder imported from; the home folder at first
void setImportFolder(const QString &folder);
// The company the window showed last, by its key; empty at first (the bundled one).
QString company();
void setCompany(const QString &key);
QStringList recentFiles();  // the last imported files, newest first
void addRecentFile(const QString &path);

}  // namespace Settings
