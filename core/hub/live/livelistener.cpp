#include "livelistener.h"

#include "hub/httperror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace lectern::hub {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ResumePoint ResumePoint::of(const QUrl& url) {
    const QUrlQuery query(url);
    bool given = false;
    const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&given);
    return {given ? since : -1, query.queryItemValue(QStringLiteral("stream"))};
}

LiveListener::LiveListener(std::unique_ptr<QWebSocket> socket, Id sessionId, const Limits& limits,
                           QObject* parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_sessionId(sessionId)
    , m_limits(limits) {
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxMessageBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &LiveListener::onTextMessage);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            [this] { refuse(Error::invalid({}, QStringLiteral("Send JSON text messages"))); });
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    connect(m_socket.get(), &QWebSocket::disconnected, this, &LiveListener::gone);
}

LiveListener::~LiveListener() {
    if (m_socket)
        m_socket->disconnect(this);
}

void LiveListener::startListening(const SignIn& signIn) {
    m_user = signIn.user;
    m_token = signIn.token;
    m_expiresAt = signIn.expiresAt;
    m_listening = true;
}

void LiveListener::send(const QString& json) {
    if (m_closing)
        return;
    if (m_socket->bytesToWrite() > m_limits.maxBacklogBytes)
        return abort(); // it could not read a closing frame either
    m_socket->sendTextMessage(json);
}

void LiveListener::refuse(const Error& error) {
    if (m_closing)
        return;
    m_closing = true;
    m_socket->sendTextMessage(compact({{QStringLiteral("type"), QStringLiteral("error")},
                                       {QStringLiteral("error"), errorBody(error)}}));
    const int status = int(statusFor(error.code));
    m_socket->close(QWebSocketProtocol::CloseCode(4000 + status), errorCodeName(error.code));
}

bool LiveListener::ping() {
    if (m_awaitingPong)
        return false;
    m_awaitingPong = true;
    m_socket->ping();
    return true;
}

void LiveListener::expectTokenWithin(std::chrono::milliseconds timeout) {
    QTimer::singleShot(timeout, this, [this] {
        if (!m_listening)
            refuse(Error::unauthorized(QStringLiteral("No token in time")));
    });
}

void LiveListener::keepAlive(const QDateTime& now) {
    if (m_expiresAt.isValid() && m_expiresAt <= now)
        refuse(Error::unauthorized(QStringLiteral("Your sign-in has expired; sign in again")));
    else if (!ping())
        abort();
}

void LiveListener::abort() {
    m_closing = true;
    m_socket->abort();
}

void LiveListener::onTextMessage(const QString& text) {
    m_awaitingPong = false;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(QStringLiteral("type")).toString();
    if (!m_listening) {
        if (type != QStringLiteral("auth"))
            return refuse(Error::unauthorized(
                QStringLiteral("Send {\"type\": \"auth\", \"token\": ...} first")));
        Q_EMIT tokenReceived(message.value(QStringLiteral("token")).toString());
        return;
    }
    if (type == QStringLiteral("ping")) {
        send(compact({{QStringLiteral("type"), QStringLiteral("pong")}}));
        return;
    }
    send(compact({{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("error"),
                   errorBody(Error::invalid(QStringLiteral("type"),
                                            QStringLiteral("Unknown message type")))}}));
}

} // namespace lectern::hub
