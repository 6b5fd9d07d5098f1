#include "DatasetError.h"

QString DatasetError::toString() const
{
    QString location = fileName;
    if (!cell.isEmpty())
        return location + QStringLiteral(": ") + cell + QStringLiteral(": ") + message;
    if (line > 0) {
        location += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            location += QLatin1Char(':') + QString::number(column);
    }
    return location + QStringLiteral(": ") + message;
}
