#pragma once

#include "httperror.h"
#include "hublimits.h"
#include "jsonfields.h"
#include "requestcontext.h"
#include "routemethods.h"

#include <QHttpServer>
#include <QJsonArray>

// What every route does the same way: find the signed-in user, read the body, turn a
// Result into a response.
namespace lectern::hub {

using Method = QHttpServerRequest::Method;
using StatusCode = QHttpServerResponse::StatusCode;

// The spec writes routes with a trailing slash; clients often leave it out. Both work.
template <typename Handler>
void routeBoth(QHttpServer& server, const QString& path, Method method, Handler handler) {
    server.route(path, method, handler);
    server.route(path + u'/', method, handler);
    RouteMethods::of(server).add(path, method);
    RouteMethods::of(server).add(path + u'/', method);
}

// Runs `handler(user)` for the request's signed-in user, or answers 401.
template <typename Handler>
QHttpServerResponse asUser(const ServiceContext& context, const QHttpServerRequest& request,
                           Handler handler) {
    auto user = signedInUser(context, request);
    if (!user)
        return errorResponse(user.error());
    return handler(*user);
}

// As asUser(), with the body read into `JsonFields` first (400 when it is not a JSON object).
template <typename Handler>
QHttpServerResponse asUserWithBody(const ServiceContext& context, const QHttpServerRequest& request,
                                   Handler handler) {
    return asUser(context, request, [&](const User& user) {
        auto body = request.body().trimmed().isEmpty() ? Result<QJsonObject>(QJsonObject{})
                                                       : jsonBody(request);
        if (!body)
            return errorResponse(body.error());
        JsonFields fields(*body);
        return handler(user, fields);
    });
}

// The result as JSON through `format`, or its error.
template <typename T, typename Format>
QHttpServerResponse reply(const Result<T>& result, Format format, StatusCode ok = StatusCode::Ok) {
    if (!result)
        return errorResponse(result.error());
    return QHttpServerResponse(format(*result), ok);
}

// A list through `format` per item.
template <typename T, typename Format>
QHttpServerResponse replyList(const Result<QList<T>>& result, Format format) {
    if (!result)
        return errorResponse(result.error());
    QJsonArray items;
    for (const T& item : *result)
        items.append(format(item));
    return QHttpServerResponse(items);
}

// Takes one action of `limiter` for the user; TooMany, with when to retry, when none is left.
inline Status withinLimit(RateLimiter& limiter, const User& user, const QString& what) {
    if (const auto wait = limiter.take(QString::number(user.id)))
        return std::unexpected(
            Error::tooMany(QStringLiteral("Too many %1; wait %2 s").arg(what).arg(*wait), *wait));
    return {};
}

} // namespace lectern::hub
