#pragma once

#include <QLocale>
#include <QString>

// How a chart is to be drawn; the same options serve the window and the export.
struct ChartOptions
{
    int variant = 0;  // the builder's view, e.g. revenue mix by segment or in detail
    int highlightCategory = -1;  // the selected quarter's column, -1 for none
    QLocale locale;  // numbers on axes and labels
    QString fontFamily;  // empty: the application font's family
    qreal fontScale = 1.0;  // larger text for large exports
    bool animated = false;  // never for export
    // For a file or paper: no hints about hovering, and a footer with the date the
    // figures stand at.
    bool forExport = false;
    bool dark = false;  // the window's palette is dark (never for export)
};
