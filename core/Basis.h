#pragma once

#include <QString>

#include <optional>

// Where a figure comes from: stated in a source, computed from stated figures,
// or a company forecast.
enum class Basis {
    Reported,
    Derived,
    Target,
};

namespace Bases {

QString code(Basis basis);
std::optional<Basis> fromCode(const QString &code);
QString displayName(Basis basis);

}  // namespace Bases
