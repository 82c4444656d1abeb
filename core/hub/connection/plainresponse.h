#pragma once

#include "domain/error.h"

#include <QByteArray>

namespace lectern::hub {

// A whole HTTP/1.1 response carrying {"error": ...}, for the refusals the hub writes on the
// socket itself, before Qt's HTTP server has a request to answer. It says the connection
// closes.
QByteArray plainErrorResponse(int status, const Error& error);

} // namespace lectern::hub
