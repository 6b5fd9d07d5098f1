#pragma once

#include <QCoreApplication>
#include <QStringList>

// Parses the command line and runs a headless command (data, check, import, export) or
// opens the window. Qt's own options (-platform NAME, -style NAME ...) go to Qt and are no
// part of what is parsed here. Exit codes: 0 success, 1 runtime error (and for check, a
// mismatch that rounding does not explain), 2 usage error.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        RuntimeError = 1,
        Unexplained = 1,  // check: a mismatch not explained by rounding, as diff's 1
        UsageError = 2,
    };

    // What main() creates before the arguments are parsed, decided from them alone.
    enum class Mode {
        Headless,  // QCoreApplication: data, check, import, --help, --version, an unknown command
        Charts,  // QApplication, offscreen unless a platform is chosen: export
        Window,  // QApplication on the display
        NoDisplay,  // the window without a display: QCoreApplication, to say so (or to report
                    // a usage error) instead of letting Qt abort
    };

    // argv as text, before an application object takes Qt's options out of it.
    static QStringList arguments(int argc, char *argv[]);
    static Mode mode(const QStringList &arguments);
    // Whether Qt has somewhere to show a window: QT_QPA_PLATFORM or -platform names a
    // platform, or DISPLAY or WAYLAND_DISPLAY is set.
    static bool hasDisplay(const QStringList &arguments);
    // Chooses the offscreen platform unless QT_QPA_PLATFORM says otherwise (before
    // QApplication).
    static void useOffscreenWithoutDisplay();
    static void setApplicationInfo();
    static int runHeadless(const QStringList &arguments);
    static int runWithoutDisplay(const QStringList &arguments);
    static int runGui(const QStringList &arguments);
};
