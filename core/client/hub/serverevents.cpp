#include "serverevents.h"

#include "domain/events.h"
#include "serverconnection.h"
#include "wire/types.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace lectern::client {
namespace {

// 1, 2, 4 ... seconds between tries, at most half a minute.
int retryDelayMs(int failures) {
    return std::min(30'000, 1000 << std::min(failures, 5));
}

} // namespace

ServerEvents::ServerEvents(ServerConnection& connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ServerEvents::open);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                      {QStringLiteral("token"), m_connection.token()}})
                .toJson(QJsonDocument::Compact)));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ServerEvents::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &ServerEvents::onClosed);
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        if (m_connection.acceptsPinned(m_socket.sslConfiguration().peerCertificate(), errors))
            m_socket.ignoreSslErrors(errors);
    });
}

ServerEvents::~ServerEvents() {
    m_socket.disconnect(this);
}

void ServerEvents::start() {
    open();
}

void ServerEvents::stop() {
    m_stopped = true;
    m_retry.stop();
    m_socket.disconnect(this);
    m_socket.close();
    m_listening = false;
}

void ServerEvents::open() {
    QUrl url = m_connection.address().url;
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/console/events"));
    if (m_seq >= 0) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(m_seq));
        query.addQueryItem(QStringLiteral("stream"), m_stream);
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_connection.sslConfiguration());
    m_socket.open(request);
}

void ServerEvents::onText(const QString& text) {
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == u"hello") {
        // On a reconnect the server sends what was missed, or a resync (as it does when it
        // numbers in another stream, after a restart).
        m_stream = message.value(QStringLiteral("stream")).toString();
        if (m_seq < 0)
            m_seq = message.value(QStringLiteral("seq")).toInteger();
        m_listening = true;
        m_failures = 0;
        Q_EMIT reachable(true, {});
        return;
    }
    if (type == u"resync") {
        m_seq = message.value(QStringLiteral("seq")).toInteger();
        return Q_EMIT resync();
    }
    if (type == u"error") {
        const QJsonObject error = message.value(QStringLiteral("error")).toObject();
        if (error.value(QStringLiteral("code")).toString() == u"unauthorized") {
            m_refused = true;
            Q_EMIT signInRefused(error.value(QStringLiteral("message")).toString());
        }
        return;
    }
    auto event = wire::decoded<DomainEvent>(message);
    if (!event || event->type.isEmpty())
        return; // nothing a console knows
    m_seq = std::max(m_seq, message.value(QStringLiteral("seq")).toInteger());
    event->remote = true;
    Q_EMIT changed(*event);
}

void ServerEvents::onClosed() {
    const bool wasListening = m_listening;
    m_listening = false;
    if (m_refused)
        return;
    const QString why =
        m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    if (wasListening || m_failures == 0)
        Q_EMIT reachable(false, QStringLiteral("The live channel to %1 dropped (%2); reconnecting")
                                    .arg(m_connection.address().url.host(), why));
    m_retry.start(retryDelayMs(m_failures++));
}

} // namespace lectern::client
