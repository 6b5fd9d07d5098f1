#pragma once

#include <QCoreApplication>
#include <QStringList>

// Parses the command line and runs a headless command (data, check) or opens the
// window. Exit codes: 0 success, 1 runtime error, 2 usage error.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode {
        Success = 0,
        RuntimeError = 1,
        UsageError = 2,
    };

    // True when argv names a command that needs no display.
    static bool isHeadless(int argc, char *argv[]);
    // True when the command draws charts: it needs QApplication, if need be offscreen.
    static bool drawsCharts(int argc, char *argv[]);
    // Chooses the offscreen platform unless QT_QPA_PLATFORM says otherwise (before
    // QApplication).
    static void useOffscreenWithoutDisplay();
    static void setApplicationInfo();
    static int runHeadless(const QStringList &arguments);
    static int runGui(const QStringList &arguments);
};
