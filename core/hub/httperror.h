#pragma once

#include "domain/error.h"

#include <QHttpServerResponse>

namespace lectern::hub {

// The status an error code means: 400 bad input, 401 not signed in, 403 not allowed, 404,
// 409 conflict (overlap, duplicate, full, closed), 503 while the database is away, 500 only
// for a failure of the server.
QHttpServerResponse::StatusCode statusFor(ErrorCode code);
// {"code", "message", "field"?}. A storage failure's text stays in the server's log; the
// client gets a plain message.
QJsonObject errorBody(const Error& error);
// {"error": errorBody(error)} with that status.
QHttpServerResponse errorResponse(const Error& error);

} // namespace lectern::hub
