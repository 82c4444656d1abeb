#include "hubconsole.h"

#include "client/forwardedcallsdefs.h"
#include "domain/events.h"
#include "keptsignin.h"
#include "wire/consolecalls.h"

namespace lectern::client {

HubConsole::HubConsole(ServerAddress address, QString token, User user, qint64 clockOffsetMs,
                       QObject* parent)
    : ForwardedCalls(std::move(user), parent)
    , m_connection(std::move(address))
    , m_events(m_connection) {
    m_connection.setToken(std::move(token));
    m_connection.setClockOffsetMs(clockOffsetMs);
    connect(&m_events, &ServerEvents::changed, this, &ConsoleApi::changed);
    // Views read everything again after events they may have missed.
    connect(&m_events, &ServerEvents::resync, this, [this] {
        Q_EMIT changed(DomainEvent{events::syncLost, 0, 0, true});
    });
    connect(&m_events, &ServerEvents::reachable, this, &ConsoleApi::reachabilityChanged);
    connect(&m_connection, &ServerConnection::reachable, this,
            [this](bool reached, const QString& why) {
                // A request that goes through while the channel is down says nothing of the
                // channel.
                if (!reached || m_events.isConnected())
                    Q_EMIT reachabilityChanged(reached, why);
            });
    // The server no longer takes the token: the window asks the person to sign in again,
    // unless they are signing out themselves.
    const auto ended = [this](const QString& why) {
        if (!m_signingOut)
            Q_EMIT signInEnded(why);
    };
    connect(&m_events, &ServerEvents::signInRefused, this, ended);
    connect(&m_connection, &ServerConnection::signInRefused, this, ended);
    m_events.start();
}

HubConsole::~HubConsole() = default;

template <typename Call, typename... A>
QFuture<wire::call::Outcome<Call>> HubConsole::call(const A&... arguments) {
    return m_connection
        .post(QStringLiteral("/api/console/") + QString(Call::path),
              wire::encodeArguments<Call>(arguments...))
        .then([](const Result<QJsonObject>& body) -> wire::call::Outcome<Call> {
            if (!body)
                return std::unexpected(body.error());
            return wire::decodeAnswer<Call>(*body);
        });
}

QDateTime HubConsole::now() const {
    return m_connection.serverNow();
}

QString HubConsole::placeText() const {
    return m_connection.address().url.toString();
}

QFuture<void> HubConsole::signOut() {
    // The channel goes first: the server refusing it once the token is gone is no news.
    m_signingOut = true;
    m_events.stop();
    const QUrl server = m_connection.address().url;
    return m_connection.post(QStringLiteral("/api/auth/logout"), {})
        .then(QtFuture::Launch::Async, [server](const Result<QJsonObject>&) {
            // Forgotten (on a worker: the keychain can take a moment) even when the server is
            // out of reach: the token dies with time.
            (void)KeptSignIn(server).forget();
        });
}

bool HubConsole::maySetAgoraKeys() const {
    return user().isAdmin();
}

Result<QString> HubConsole::participantPage() {
    return participantPageAddresses().first();
}

QStringList HubConsole::participantPageAddresses() const {
    // Students join at the server, which serves the page for every session.
    return {m_connection.address().url.toString() + u'/'};
}

void HubConsole::stopServingPage() {}

QFuture<Result<ExportedFile>> HubConsole::exportCourse(const CourseExport& request) {
    // The server writes the file and sends it whole; a cancel drops the answer.
    return call<wire::call::ExportCourse>(request);
}

template class ForwardedCalls<HubConsole>;

} // namespace lectern::client
