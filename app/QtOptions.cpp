#include "QtOptions.h"

#include <QLatin1StringView>

#include <algorithm>
#include <iterator>

namespace {

// As Qt 6.4 reads them: QGuiApplicationPrivate (platform, window and session options),
// QApplicationPrivate::process_cmdline (style), QXcbIntegration (X11).
const char *const withValue[] = {"platform",        "platformpluginpath",
                                 "platformtheme",   "plugin",
                                 "qwindowgeometry", "qwindowicon",
                                 "qwindowtitle",    "geometry",
                                 "title",           "icon",
                                 "display",         "name",
                                 "visual",          "session",
                                 "style",           "stylesheet"};
const char *const flags[]
        = {"reverse", "testability", "widgetcount", "sync", "nograb", "dograb", "qdevel", "qdebug"};
// Options whose value is joined on with '=' (-style=Fusion).
const char *const joined[] = {"style=", "stylesheet=", "qmljsdebugger="};

// The option's name without its one or two dashes; empty for a word that is no option.
QString nameOf(const QString &argument)
{
    if (argument.size() < 2 || argument[0] != QLatin1Char('-') || argument == QLatin1String("--"))
        return {};
    return argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
}

template<std::size_t N>
bool among(const QString &name, const char *const (&names)[N])
{
    return std::any_of(std::begin(names), std::end(names),
                       [&](const char *known) { return name == QLatin1StringView(known); });
}

template<std::size_t N>
bool startsWithOneOf(const QString &name, const char *const (&prefixes)[N])
{
    return std::any_of(std::begin(prefixes), std::end(prefixes), [&](const char *prefix) {
        return name.startsWith(QLatin1StringView(prefix));
    });
}

}  // namespace

QStringList QtOptions::strip(const QStringList &arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--")) {
            kept += arguments.mid(i);
            break;
        }
        const QString name = nameOf(argument);
        if (name.isEmpty() || i == 0) {
            kept.append(argument);
            continue;
        }
        if (among(name, withValue)) {
            ++i;  // its value, as Qt takes it
            continue;
        }
        if (among(name, flags) || startsWithOneOf(name, joined))
            continue;
        kept.append(argument);
    }
    return kept;
}

bool QtOptions::choosePlatform(const QStringList &arguments)
{
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--"))
            return false;
        if (nameOf(arguments[i]) == QLatin1String("platform"))
            return true;
    }
    return false;
}
