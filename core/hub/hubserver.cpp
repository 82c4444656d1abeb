#include "hubserver.h"

#include "httperror.h"
#include "jsonformat.h"
#include "requestcontext.h"
#include "services/authservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "services/validation.h"

#include <QJsonArray>
#include <QTcpServer>

namespace lectern::hub {

namespace {
using Method = QHttpServerRequest::Method;

// The spec writes routes with a trailing slash; clients often leave it out. Both work.
template <typename Handler>
void routeBoth(QHttpServer& server, const QString& path, Method method, Handler handler) {
    server.route(path, method, handler);
    server.route(path + u'/', method, handler);
}

// {id, name} of a session's host.
QJsonObject hostOf(const ServiceContext& context, const LiveSession& session) {
    auto host = UserService(context).findUser(session.instructorId);
    if (!host)
        return QJsonObject{{QStringLiteral("id"), session.instructorId}};
    return json::person(*host, false);
}
} // namespace

HubServer::HubServer(ServiceContext context, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context)) {
    addAuthRoutes();
    addSessionRoutes();
    m_server.setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        errorResponse(Error::notFound(QStringLiteral("No such route"))).write(std::move(responder));
    });
}

Result<quint16> HubServer::listen(const QHostAddress& address, quint16 port) {
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0)
        return std::unexpected(Error::storage(
            QStringLiteral("Cannot listen on %1:%2").arg(address.toString()).arg(port)));
    return bound;
}

void HubServer::addAuthRoutes() {
    routeBoth(m_server, QStringLiteral("/api/auth/login"), Method::Post,
              [this](const QHttpServerRequest& request) {
                  auto body = jsonBody(request);
                  if (!body)
                      return errorResponse(body.error());
                  const QString email = body->value(QStringLiteral("email")).toString();
                  const QString password = body->value(QStringLiteral("password")).toString();
                  if (email.isEmpty() || password.isEmpty())
                      return errorResponse(Error::invalid(
                          email.isEmpty() ? QStringLiteral("email") : QStringLiteral("password"),
                          QStringLiteral("Give both email and password")));
                  auto signIn = AuthService(m_context).login(email, password);
                  if (!signIn)
                      return errorResponse(signIn.error());
                  return QHttpServerResponse(
                      QJsonObject{{QStringLiteral("token"), signIn->token},
                                  {QStringLiteral("expires_at"), json::time(signIn->expiresAt)},
                                  {QStringLiteral("user"), json::account(signIn->user)}});
              });
    routeBoth(m_server, QStringLiteral("/api/auth/logout"), Method::Post,
              [this](const QHttpServerRequest& request) {
                  auto user = signedInUser(m_context, request);
                  if (!user)
                      return errorResponse(user.error());
                  if (auto done = AuthService(m_context).logout(bearerToken(request)); !done)
                      return errorResponse(done.error());
                  return QHttpServerResponse(QJsonObject{{QStringLiteral("signed_out"), true}});
              });
}

void HubServer::addSessionRoutes() {
    routeBoth(m_server, QStringLiteral("/api/live/sessions"), Method::Get,
              [this](const QHttpServerRequest& request) {
                  auto user = signedInUser(m_context, request);
                  if (!user)
                      return errorResponse(user.error());
                  auto filter = sessionFilter(request.query());
                  if (!filter)
                      return errorResponse(filter.error());
                  auto sessions = SessionService(m_context).listSessions(*user, *filter);
                  if (!sessions)
                      return errorResponse(sessions.error());
                  QJsonArray list;
                  const QDateTime now = m_context.now();
                  for (const LiveSession& session : *sessions)
                      list.append(json::session(session, hostOf(m_context, session), now));
                  return QHttpServerResponse(list);
              });
    routeBoth(m_server, QStringLiteral("/api/live/sessions/<arg>"), Method::Get,
              [this](qint64 id, const QHttpServerRequest& request) {
                  auto user = signedInUser(m_context, request);
                  if (!user)
                      return errorResponse(user.error());
                  auto session = SessionService(m_context).getSession(*user, id);
                  if (!session)
                      return errorResponse(session.error());
                  return QHttpServerResponse(
                      json::session(*session, hostOf(m_context, *session), m_context.now()));
              });
}

} // namespace lectern::hub
