#include "FactWriter.h"

#include "DatasetReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FactWriter {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray toCsv(const QList<Fact> &facts)
{
    QString out = DatasetReader::expectedHeader() + QLatin1Char('\n');
    for (const Fact &fact : facts) {
        const QStringList fields
                = {fact.period.code(),      fact.metric, fact.valueText(), Units::code(fact.unit),
                   Bases::code(fact.basis), fact.source, fact.asOfText()};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray toJson(const QList<Fact> &facts)
{
    QJsonArray array;
    for (const Fact &fact : facts) {
        QJsonObject object;
        object.insert(QStringLiteral("period"), fact.period.code());
        object.insert(QStringLiteral("metric"), fact.metric);
        object.insert(QStringLiteral("value"), fact.value);
        object.insert(QStringLiteral("value_text"), fact.valueText());
        object.insert(QStringLiteral("unit"), Units::code(fact.unit));
        object.insert(QStringLiteral("basis"), Bases::code(fact.basis));
        object.insert(QStringLiteral("source"), fact.source);
        object.insert(QStringLiteral("as_of"),
                      fact.asOf.isValid() ? QJsonValue(fact.asOfText()) : QJsonValue());
        object.insert(QStringLiteral("origin"), Fact::originCode(fact.origin));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

}  // namespace FactWriter
