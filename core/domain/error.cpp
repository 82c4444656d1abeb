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

ErrorCode errorCodeNamed(QStringView name) {
    for (ErrorCode code :
         {ErrorCode::Invalid, ErrorCode::NotFound, ErrorCode::Forbidden, ErrorCode::Conflict,
          ErrorCode::Full, ErrorCode::Closed, ErrorCode::Unauthorized, ErrorCode::TooLarge,
          ErrorCode::TooMany, ErrorCode::Storage, ErrorCode::Unavailable, ErrorCode::Cancelled}) {
        if (name == errorCodeName(code))
            return code;
    }
    return ErrorCode::Storage;
}

} // namespace lectern
