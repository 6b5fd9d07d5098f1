#pragma once

#include "Fact.h"

#include <QByteArray>
#include <QList>

// Writes facts in the interchange format (CSV) or as JSON, as `irdash data` prints them.
namespace FactWriter {

QByteArray toCsv(const QList<Fact> &facts);
QByteArray toJson(const QList<Fact> &facts);
// RFC 4180 quoting of one field.
QString csvField(const QString &text);

}  // namespace FactWriter
