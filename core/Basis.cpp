#include "Basis.h"

#include <QCoreApplication>

namespace Bases {

QString code(Basis basis)
{
    switch (basis) {
    case Basis::Reported:
        return QStringLiteral("reported");
    case Basis::Derived:
        return QStringLiteral("derived");
    case Basis::Target:
        return QStringLiteral("target");
    }
    return {};
}

std::optional<Basis> fromCode(const QString &text)
{
    for (Basis basis : {Basis::Reported, Basis::Derived, Basis::Target}) {
        if (code(basis) == text)
            return basis;
    }
    return std::nullopt;
}

QString displayName(Basis basis)
{
    switch (basis) {
    case Basis::Reported:
        return QCoreApplication::translate("Basis", "reported");
    case Basis::Derived:
        return QCoreApplication::translate("Basis", "derived");
    case Basis::Target:
        return QCoreApplication::translate("Basis", "target");
    }
    return {};
}

}  // namespace Bases
