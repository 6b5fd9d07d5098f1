#include "MetricDefinition.h"

#include <QCoreApplication>

QString MetricDefinition::displayName() const
{
    const QString base = name.text();
    switch (variant) {
    case Variant::Level:
        return base;
    case Variant::YoyChange:
        //: %1 is a metric name
        return QCoreApplication::translate("Metric", "%1, YoY change").arg(base);
    case Variant::QoqChange:
        return QCoreApplication::translate("Metric", "%1, QoQ change").arg(base);
    case Variant::YoyPercent:
        return QCoreApplication::translate("Metric", "%1, YoY change %").arg(base);
    case Variant::QoqPercent:
        return QCoreApplication::translate("Metric", "%1, QoQ change %").arg(base);
    }
    return base;
}
