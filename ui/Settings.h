#pragma once

#include <QByteArray>
#include <QString>

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

}  // namespace Settings
