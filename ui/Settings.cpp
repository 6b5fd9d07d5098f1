#include "Settings.h"

#include <QSettings>

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString pageKey = QStringLiteral("window/page");
const QString quarterKey = QStringLiteral("browse/quarter");
const QString windowKey = QStringLiteral("browse/window");
const QString tablesKey = QStringLiteral("view/dataTables");

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

bool dataTablesVisible()
{
    return QSettings().value(tablesKey, true).toBool();
}

void setDataTablesVisible(bool visible)
{
    QSettings().setValue(tablesKey, visible);
}

}  // namespace Settings
