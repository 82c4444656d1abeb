#pragma once

#include "domain/error.h"
#include "domain/user.h"
#include "services/authservice.h"

#include <QJsonObject>
#include <QObject>
#include <QWebSocket>
#include <chrono>
#include <memory>

namespace lectern::hub {

// A message of the live channel as the text frame that carries it.
QString compact(const QJsonObject& object);

// Where a client that reconnects left off: ?since=SEQ&stream=ID of its socket's URL.
struct ResumePoint {
    qint64 since = -1; // -1: a first connection, nothing to catch up on
    QString stream;    // the numbering it counted in (one per channel run)

    static ResumePoint of(const QUrl& url);
};

// One WebSocket of the live channel: first waiting for its token, then listening to one
// session. The channel decides; this class speaks the protocol and watches the socket.
class LiveListener : public QObject {
    Q_OBJECT

public:
    struct Limits {
        qint64 maxMessageBytes = 64 * 1024;
        // A listener this far behind in reading is dropped; it reconnects with ?since=. A
        // phone on a bad network is a few events behind, not a megabyte.
        qint64 maxBacklogBytes = 1024 * 1024;
    };

    LiveListener(std::unique_ptr<QWebSocket> socket, Id sessionId, const Limits& limits,
                 QObject* parent = nullptr);
    ~LiveListener() override;

    Id sessionId() const { return m_sessionId; }
    const User& user() const { return m_user; }
    // The token it was let in with, checked again whenever the user's access may have changed.
    const QString& token() const { return m_token; }
    const QDateTime& expiresAt() const { return m_expiresAt; }
    bool isListening() const { return m_listening; }
    bool isClosing() const { return m_closing; }
    void startListening(const SignIn& signIn);
    // The user as read again (a changed name or role).
    void setUser(const User& user) { m_user = user; }

    // Queues one event; drops the connection instead when the client has stopped reading.
    void send(const QString& json);
    // Says why in an {"type": "error"} message, then closes with 4000 + the HTTP status.
    void refuse(const Error& error);
    // Pings; false when the previous ping went unanswered, so the peer is gone.
    bool ping();
    // Refuses the socket unless it is listening (its token came) within `timeout`.
    void expectTokenWithin(std::chrono::milliseconds timeout);
    // Once per ping interval: refuses a sign-in that has expired by `now`, pings the peer, and
    // drops one that stopped answering.
    void keepAlive(const QDateTime& now);
    // Drops the connection without a closing handshake, for a peer that no longer answers.
    void abort();

Q_SIGNALS:
    // The first message of a socket that came without ?token=.
    void tokenReceived(const QString& token);
    void gone();

private:
    void onTextMessage(const QString& text);

    std::unique_ptr<QWebSocket> m_socket;
    Id m_sessionId;
    Limits m_limits;
    User m_user;
    QString m_token;
    QDateTime m_expiresAt;
    bool m_listening = false;
    bool m_awaitingPong = false;
    bool m_closing = false;
};

} // namespace lectern::hub
