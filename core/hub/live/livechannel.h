#pragma once

#include "livelistener.h"
#include "presence.h"
#include "services/servicecontext.h"
#include "sessionstream.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <chrono>
#include <deque>
#include <memory>

namespace lectern::hub {

// GET /api/live/sessions/{id}/ws: streams each session's events to its WebSocket listeners.
// Every event is {seq, type, session_id, ...}; seq rises by one per session, and a client that
// reconnects with ?since=SEQ&stream=ID gets what it missed (or {"type": "resync"} when that
// is too old: it reloads over REST). Payloads are as any student sees them, built once per
// event for all listeners.
class LiveChannel : public QObject {
    Q_OBJECT

public:
    struct Limits {
        std::chrono::milliseconds pingInterval{30'000};
        std::chrono::milliseconds authTimeout{10'000};
        std::chrono::milliseconds pollResultsInterval{100}; // at most 10 a second per poll
        qsizetype replayCapacity = 1000;
        // Sockets one user may hold open at once, over all sessions (a laptop, a phone and a
        // tab or two); the next one is refused.
        int maxSocketsPerUser = 4;
        // Every socket's token and membership are read again this often, a few sockets at a
        // time, for changes made where no event reaches this hub (another process on SQLite).
        // Sign-outs, bans and unenrolments here or through team sync act at once.
        std::chrono::milliseconds recheckInterval{300'000};
        // How long a participant's last socket may be gone before their stint ends (at the
        // moment it dropped); a reconnect within it continues the stint.
        std::chrono::milliseconds presenceGrace{60'000};
        LiveListener::Limits listener;
    };

    LiveChannel(ServiceContext context, const Limits& limits, QObject* parent = nullptr);
    ~LiveChannel() override;

    // Takes a socket the HTTP server upgraded: checks its path, Origin and token, then adds it
    // to its session's listeners.
    void accept(std::unique_ptr<QWebSocket> socket);
    // Over TLS, pages come from https:// origins (Qt names every upgraded request ws://).
    void setServedOverTls(bool tls) { m_tls = tls; }

private:
    void authorize(LiveListener* listener, const QString& token, qint64 since,
                   const QString& stream);
    void onPublished(const DomainEvent& event);
    void broadcast(const DomainEvent& event);
    void throttlePollResults(const DomainEvent& event);
    // Reads the listener's token and membership again and closes it if either is gone.
    void recheck(LiveListener* listener);
    void recheckUser(Id userId, std::optional<Id> sessionId = std::nullopt);
    void recheckSome();
    void resyncAll();
    void pingAll();
    void drop(LiveListener* listener);

    struct PollThrottle {
        QElapsedTimer sinceLastSent;
        bool pending = false;
    };

    ServiceContext m_context;
    Limits m_limits;
    Presence m_presence;
    bool m_tls = false;
    const QString m_streamId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QHash<Id, SessionStream> m_streams; // sessions someone here has listened to
    QHash<Id, QList<LiveListener*>> m_listeners;
    QHash<Id, PollThrottle> m_pollThrottles;
    QHash<Id, int> m_socketsPerUser; // listening sockets, by user
    std::deque<QPointer<LiveListener>> m_recheckQueue;
    QTimer m_pingTimer;
    QTimer m_recheckTimer;
};

} // namespace lectern::hub
