#include "CommandLine.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Headless commands must run where there is no display at all.
    if (CommandLine::drawsCharts(argc, argv)) {
        CommandLine::useOffscreenWithoutDisplay();
        QApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        return CommandLine::runHeadless(QCoreApplication::arguments());
    }
    if (CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        return CommandLine::runHeadless(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    CommandLine::setApplicationInfo();
    return CommandLine::runGui(QCoreApplication::arguments());
}
