#pragma once

#include "domain/page.h"
#include "hub/bodylimits.h"
#include "services/servicecontext.h"
#include "storage/sessionrepository.h"

#include <QHttpServerRequest>
#include <QJsonObject>

// Reading what a request brings: its token, its JSON body, its query.
namespace lectern::hub {

// The token of "Authorization: Bearer TOKEN", or empty.
QString bearerToken(const QHttpServerRequest& request);
// The user behind the request's token; Unauthorized without a valid one.
Result<User> signedInUser(const ServiceContext& context, const QHttpServerRequest& request);
// The body as a JSON object; Invalid when it is not one, TooLarge past `limit`.
Result<QJsonObject> jsonBody(const QHttpServerRequest& request, qsizetype limit = maxBodyBytes);
// `limit` (defaultPageSize unless given, at most maxPageSize) and the cursor parameter
// `cursorName` (`before` for lists newest first, `after` for the others), both optional.
Result<Page> pageParameters(const QUrlQuery& query, const QString& cursorName);
// The spec's `course`, `status` and `instructor` query parameters.
Result<SessionFilter> sessionFilter(const QUrlQuery& query);

} // namespace lectern::hub
