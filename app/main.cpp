#include "CommandLine.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Read before an application object takes Qt's options out of argv.
    const QStringList arguments = CommandLine::arguments(argc, argv);
    switch (CommandLine::mode(arguments)) {
    case CommandLine::Mode::Headless: {
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        return CommandLine::runHeadless(arguments);
    }
    case CommandLine::Mode::Charts: {
        // Charts are drawn with QtGui, into images: no display needed.
        CommandLine::useOffscreenWithoutDisplay();
        QApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        return CommandLine::runHeadless(arguments);
    }
    case CommandLine::Mode::NoDisplay: {
        // QApplication would abort in the platform plugin: one line instead.
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        return CommandLine::runWithoutDisplay(arguments);
    }
    case CommandLine::Mode::Window:
        break;
    }
    QApplication app(argc, argv);
    CommandLine::setApplicationInfo();
    return CommandLine::runGui(arguments);
}
