#include "plainresponse.h"

#include "hub/httperror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::hub {
namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 400:
        return "Bad Request";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

} // namespace

QByteArray plainErrorResponse(int status, const Error& error) {
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), errorBody(error)}})
                                .toJson(QJsonDocument::Compact);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n";
    if (error.retryAfterSeconds > 0)
        response += "Retry-After: " + QByteArray::number(error.retryAfterSeconds) + "\r\n";
    return response + "\r\n" + body;
}

} // namespace lectern::hub
