#include "codec.h"

namespace lectern::wire {

Status wrongType(const QString& path, const char* expected) {
    return std::unexpected(
        Error::invalid(path, QStringLiteral("%1 must be %2").arg(path, QLatin1String(expected))));
}

} // namespace lectern::wire
