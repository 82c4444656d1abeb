#include "page.h"

namespace lectern {

Status requirePageSize(int limit) {
    if (limit < 1 || limit > maxPageSize)
        return std::unexpected(
            Error::invalid(QStringLiteral("limit"),
                           QStringLiteral("limit must be between 1 and %1").arg(maxPageSize)));
    return {};
}

} // namespace lectern
