#include "hubsignin.h"

#include "hubconsole.h"
#include "keptsignin.h"
#include "wire/types.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lectern::client {

HubSignIn::HubSignIn(ServerAddress address, QObject* parent)
    : SignIn(parent)
    , m_connection(std::move(address)) {
    connect(&m_connection, &ServerConnection::certificateRefused, this,
            [this](const QSslCertificate& certificate) {
                m_offered = sha256Fingerprint(certificate);
                Q_EMIT certificateUntrusted(
                    certificate.subjectInfo(QSslCertificate::CommonName).join(u", "), m_offered);
            });
}

void HubSignIn::trustOfferedCertificate() {
    if (!m_offered.isEmpty())
        m_connection.pinCertificate(m_offered);
}

QFuture<std::optional<User>> HubSignIn::recall() {
    const QUrl server = m_connection.address().url;
    // The keychain can take a moment: read off this thread, then ask the server.
    return QtConcurrent::run([server] { return KeptSignIn(server).token(); })
        .then(this,
              [this, server](const Result<std::optional<QString>>& kept) {
                  if (!kept || !*kept)
                      return QtFuture::makeReadyFuture(std::optional<User>());
                  m_connection.setToken(**kept);
                  return m_connection.get(QStringLiteral("/api/auth/me"))
                      .then(this, [this, server](const Result<QJsonObject>& me) {
                          auto user = me ? wire::decoded<User>(me->value(u"user"))
                                         : Result<User>(std::unexpected(me.error()));
                          if (user)
                              return std::optional<User>(*user);
                          // Expired or signed out elsewhere: the dialog asks again. A server
                          // out of reach keeps it for the next start.
                          if (!me && me.error().code == ErrorCode::Unauthorized)
                              (void)QtConcurrent::run(
                                  [server] { (void)KeptSignIn(server).forget(); });
                          m_connection.setToken({});
                          return std::optional<User>();
                      });
              })
        .unwrap();
}

QFuture<Result<bool>> HubSignIn::hasAnyUser() {
    return QtFuture::makeReadyFuture(Result<bool>(true));
}

QFuture<Result<User>> HubSignIn::signIn(const QString& email, const QString& password, bool keep) {
    const QUrl server = m_connection.address().url;
    return m_connection
        .post(QStringLiteral("/api/auth/login"), {{QStringLiteral("email"), email},
                                                  {QStringLiteral("password"), password},
                                                  {QStringLiteral("keep_signed_in"), keep}})
        .then(this, [this, server, keep](const Result<QJsonObject>& answer) -> Result<User> {
            if (!answer)
                return std::unexpected(answer.error());
            auto user = wire::decoded<User>(answer->value(u"user"));
            if (!user)
                return std::unexpected(user.error());
            const QString token = answer->value(u"token").toString();
            m_connection.setToken(token);
            // Kept or forgotten off this thread; a keychain that fails costs only the next
            // start's sign-in.
            (void)QtConcurrent::run([server, token, keep] {
                const KeptSignIn kept(server);
                (void)(keep ? kept.keep(token) : kept.forget());
            });
            return *user;
        });
}

QFuture<Result<User>> HubSignIn::createFirstAccount(const FirstAccount&, bool) {
    return QtFuture::makeReadyFuture(Result<User>(std::unexpected(Error::forbidden(
        QStringLiteral("A server's accounts are made on the server: lectern-server users add")))));
}

std::unique_ptr<ConsoleApi> HubSignIn::open(const User& user) {
    return std::make_unique<HubConsole>(m_connection.address(), m_connection.token(), user,
                                        m_connection.clockOffsetMs());
}

} // namespace lectern::client
