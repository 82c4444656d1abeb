#include "signinroutes.h"

#include "connection/connectionwatch.h"
#include "httperror.h"
#include "jsonformat.h"
#include "requestcontext.h"
#include "routekit.h"
#include "services/passwordhasher.h"
#include "services/userservice.h"

#include <QTcpSocket>

namespace lectern::hub {
namespace {

// Sign-ins one address may have running at once. Failures are counted as they finish, so
// without a cap a burst of guesses would all run before the address is blocked; the cap is
// generous because a class behind one campus NAT signs in at the same minute.
constexpr int maxInFlightPerAddress = 16;

} // namespace

SignInRoutes::SignInRoutes(ServiceContext context, LoginThrottle& throttle, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_throttle(throttle) {
    m_pool.setObjectName(QStringLiteral("sign-in"));
}

SignInRoutes::~SignInRoutes() {
    m_pool.waitForDone();
}

qsizetype SignInRoutes::pending() const {
    qsizetype running = 0;
    for (int count : m_inFlight)
        running += count;
    return running;
}

void SignInRoutes::addTo(QHttpServer& server) {
    routeBoth(server, QStringLiteral("/api/auth/login"), Method::Post,
              [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                  signIn(request, std::move(responder));
              });
    // Who the token is for: a console checks the sign-in it kept from last time.
    routeBoth(server, QStringLiteral("/api/auth/me"), Method::Get,
              [this](const QHttpServerRequest& request) {
                  auto signIn = AuthService(m_context).signInOf(bearerToken(request));
                  if (!signIn)
                      return errorResponse(signIn.error());
                  return QHttpServerResponse(
                      QJsonObject{{QStringLiteral("user"), json::account(signIn->user)},
                                  {QStringLiteral("expires_at"), json::time(signIn->expiresAt)},
                                  {QStringLiteral("now"), json::time(m_context.now())}});
              });
    routeBoth(server, QStringLiteral("/api/auth/logout"), Method::Post,
              [this](const QHttpServerRequest& request) {
                  auto user = signedInUser(m_context, request);
                  if (!user)
                      return errorResponse(user.error());
                  if (auto done = AuthService(m_context).logout(bearerToken(request)); !done)
                      return errorResponse(done.error());
                  return QHttpServerResponse(QJsonObject{{QStringLiteral("signed_out"), true}});
              });
}

void SignInRoutes::signIn(const QHttpServerRequest& request, QHttpServerResponder&& responder) {
    const auto refuse = [&responder](const Error& error) {
        errorResponse(error).write(std::move(responder));
    };
    auto body = jsonBody(request);
    if (!body)
        return refuse(body.error());
    const QString email = body->value(QStringLiteral("email")).toString();
    const QString password = body->value(QStringLiteral("password")).toString();
    // A console's "keep me signed in": a token for 30 days instead of a class day's 12 hours.
    const auto lifetime = body->value(QStringLiteral("keep_signed_in")).toBool()
                              ? std::chrono::seconds(keptSignInLifetime)
                              : std::chrono::seconds(AuthService::defaultLifetime);
    if (email.isEmpty() || password.isEmpty())
        return refuse(
            Error::invalid(email.isEmpty() ? QStringLiteral("email") : QStringLiteral("password"),
                           QStringLiteral("Give both email and password")));
    const QString address = request.remoteAddress().toString();
    if (const auto wait = m_throttle.blocked(address, email))
        return refuse(Error::tooMany(QStringLiteral("Too many failed sign-ins; try again in %1 "
                                                    "minutes")
                                         .arg((*wait + 59) / 60),
                                     *wait));
    if (m_inFlight.value(address) >= maxInFlightPerAddress)
        return refuse(Error::tooMany(
            QStringLiteral("Sign-ins from this address are already under way; try again"), 1));

    QTcpSocket* socket = ConnectionWatch::socketBeingRead();
    if (!socket) // not through the hub's listener: answer now
        return finishNow(email, password, address, lifetime, std::move(responder));
    const quint64 id = ++m_lastId;
    Pending& pending = m_pending[id];
    pending.socket = socket;
    pending.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    ++m_inFlight[address];
    ConnectionWatch::setAnswerPending(socket, true);
    // The responder writes to the socket: it must go while the socket is still there.
    connect(socket, &QAbstractSocket::disconnected, this, [this, id] { m_pending.erase(id); });
    // Only the hash runs on the pool: database work stays on this thread and its connection.
    auto credentials = UserService(m_context).credentialsFor(email);
    if (!credentials)
        return finish(id, address, email, std::unexpected(credentials.error()));
    m_pool.start([this, id, address, email, password, lifetime, credentials = *credentials] {
        const bool matches = PasswordHasher::verify(password, credentials.passwordHash);
        QMetaObject::invokeMethod(
            this,
            [this, id, address, email, lifetime, credentials, matches] {
                auto user = UserService::checked(credentials, matches);
                finish(id, address, email,
                       user ? AuthService(m_context, lifetime).issueToken(*user)
                            : Result<SignIn>(std::unexpected(user.error())));
            },
            Qt::QueuedConnection);
    });
}

void SignInRoutes::finish(quint64 id, const QString& address, const QString& email,
                          const Result<SignIn>& result) {
    if (--m_inFlight[address] <= 0)
        m_inFlight.remove(address);
    // Counted even when the client has gone: hanging up must not dodge the throttle.
    if (!result && result.error().code == ErrorCode::Unauthorized)
        m_throttle.recordFailure(address, email);
    else if (result)
        m_throttle.recordSuccess(address, email);
    auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return; // the client left before its answer
    QHttpServerResponse response =
        result ? QHttpServerResponse(
                     QJsonObject{{QStringLiteral("token"), result->token},
                                 {QStringLiteral("expires_at"), json::time(result->expiresAt)},
                                 {QStringLiteral("user"), json::account(result->user)},
                                 {QStringLiteral("now"), json::time(m_context.now())}})
               : errorResponse(result.error());
    std::unique_ptr<QHttpServerResponder> responder = std::move(pending->second.responder);
    if (QTcpSocket* socket = pending->second.socket) {
        socket->disconnect(this);
        ConnectionWatch::setAnswerPending(socket, false);
    }
    m_pending.erase(pending);
    response.write(std::move(*responder));
}

void SignInRoutes::finishNow(const QString& email, const QString& password, const QString& address,
                             std::chrono::seconds lifetime, QHttpServerResponder&& responder) {
    ++m_inFlight[address];
    const quint64 id = ++m_lastId;
    m_pending[id].responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    finish(id, address, email, AuthService(m_context, lifetime).login(email, password));
}

} // namespace lectern::hub
