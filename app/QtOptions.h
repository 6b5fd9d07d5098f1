#pragma once

#include <QStringList>

// Qt's own command-line options (QGuiApplication, QApplication and the xcb platform take
// them out of argv themselves: -platform NAME, -style NAME, -reverse, -qwindowgeometry
// GEOMETRY, -display HOST:N ...), with one dash or two as Qt accepts them. irdash passes
// them to Qt untouched and reads its own arguments without them, so that a value such as
// the NAME of -platform NAME is never taken for a command.
class QtOptions final
{
public:
    // `arguments` (as argv: the program first) without Qt's options and their values; after
    // "--" nothing is taken out.
    static QStringList strip(const QStringList &arguments);
    // Whether the arguments choose a platform plugin (-platform NAME).
    static bool choosePlatform(const QStringList &arguments);
};
