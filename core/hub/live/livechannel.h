#pragma once

#include "livelistener.h"
#include "services/servicecontext.h"
#include "sessionstream.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>
#include <chrono>
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
    void kickBanned(Id sessionId, const QJsonObject& payload);
    void resyncAll();
    void pingAll();
    void drop(LiveListener* listener);

    struct PollThrottle {
        QElapsedTimer sinceLastSent;
        bool pending = false;
    };

    ServiceContext m_context;
    Limits m_limits;
    bool m_tls = false;
    const QString m_streamId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QHash<Id, SessionStream> m_streams; // sessions someone here has listened to
    QHash<Id, QList<LiveListener*>> m_listeners;
    QHash<Id, PollThrottle> m_pollThrottles;
    QTimer m_pingTimer;
};

} // namespace lectern::hub
