#include "httperror.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lectern::hub {

QHttpServerResponse::StatusCode statusFor(ErrorCode code) {
    using Status = QHttpServerResponse::StatusCode;
    switch (code) {
    case ErrorCode::Invalid:
        return Status::BadRequest;
    case ErrorCode::Unauthorized:
        return Status::Unauthorized;
    case ErrorCode::Forbidden:
        return Status::Forbidden;
    case ErrorCode::NotFound:
        return Status::NotFound;
    case ErrorCode::Conflict:
    case ErrorCode::Full:
    case ErrorCode::Closed:
        return Status::Conflict;
    case ErrorCode::TooLarge:
        return Status::PayloadTooLarge;
    case ErrorCode::TooMany:
        return Status::TooManyRequests;
    case ErrorCode::Unavailable:
        return Status::ServiceUnavailable;
    case ErrorCode::Storage:
    case ErrorCode::Cancelled: // only a console's own exports are cancelled
        return Status::InternalServerError;
    }
    return Status::InternalServerError;
}

QJsonObject errorBody(const Error& error) {
    QJsonObject body{{QStringLiteral("code"), errorCodeName(error.code)}};
    if (error.code == ErrorCode::Storage) {
        qWarning("hub: %s", qPrintable(error.message));
        body.insert(QStringLiteral("message"),
                    QStringLiteral("The server could not complete the request; try again"));
    } else if (error.code == ErrorCode::Unavailable) {
        // The database said why when it went away (see Database::connection).
        body.insert(QStringLiteral("message"),
                    QStringLiteral("The server's database is unavailable; try again shortly"));
    } else {
        body.insert(QStringLiteral("message"), error.message);
    }
    if (!error.field.isEmpty())
        body.insert(QStringLiteral("field"), error.field);
    // For consoles to say it in their user's language.
    if (!error.reason.isEmpty() && error.code != ErrorCode::Storage) {
        body.insert(QStringLiteral("reason"), error.reason);
        body.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(error.arguments));
    }
    return body;
}

QHttpServerResponse errorResponse(const Error& error) {
    QHttpServerResponse response(QJsonObject{{QStringLiteral("error"), errorBody(error)}},
                                 statusFor(error.code));
    if (error.code == ErrorCode::Unauthorized)
        response.setHeader("WWW-Authenticate", "Bearer");
    if (error.code == ErrorCode::TooMany || error.code == ErrorCode::Unavailable)
        response.setHeader("Retry-After",
                           QByteArray::number(qMax<qint64>(1, error.retryAfterSeconds)));
    return response;
}

} // namespace lectern::hub
