#include "error.h"

namespace lectern {

QString errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Invalid:
        return QStringLiteral("invalid");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Full:
        return QStringLiteral("full");
    case ErrorCode::Closed:
        return QStringLiteral("closed");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::TooLarge:
        return QStringLiteral("too_large");
    case ErrorCode::TooMany:
        return QStringLiteral("too_many");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("storage");
}

} // namespace lectern
