#pragma once

#include "domain/domainevent.h"
#include "livelistener.h"
#include "services/servicecontext.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <deque>
#include <memory>

namespace lectern::hub {

// GET /api/console/events: one WebSocket per signed-in console, carrying what changed in
// every session its user may see, as {seq, type, session_id, entity_id} (the console reads
// the rest through /api/console/). The first message is {"type": "auth", "token": ...}; the
// channel answers {"type": "hello", seq, stream}. A console that reconnects with
// ?since=SEQ&stream=ID gets the events it missed that it may see, or {"type": "resync"} when
// they are gone: it reloads every view.
class ConsoleChannel : public QObject {
    Q_OBJECT

public:
    struct Limits {
        std::chrono::milliseconds pingInterval{30'000};
        std::chrono::milliseconds authTimeout{10'000};
        qsizetype replayCapacity = 2000;
        int maxSocketsPerUser = 4; // a console or two per person
        LiveListener::Limits listener;
    };

    ConsoleChannel(ServiceContext context, const Limits& limits, QObject* parent = nullptr);
    ~ConsoleChannel() override;

    static bool isConsolePath(const QString& path);
    // Takes a socket the HTTP server upgraded for isConsolePath().
    void accept(std::unique_ptr<QWebSocket> socket);

private:
    struct Console {
        LiveListener* listener = nullptr;
        QSet<Id> sees;   // sessions its user may see, as last read
        QSet<Id> unseen; // and those it may not: a busy class elsewhere costs no reads
    };
    struct Kept {
        qint64 seq = 0;
        DomainEvent event;
        QString text; // the message as sent, built once for every console
    };

    void authorize(LiveListener* listener, const QString& token, qint64 since,
                   const QString& stream);
    void onPublished(const DomainEvent& event);
    // Whether the console's user may hear of `event`, reading again what may have changed.
    bool mayHear(Console& console, const DomainEvent& event);
    Status readWhatItSees(Console& console);
    void sendResync(LiveListener* listener);
    void pingAll();
    void drop(LiveListener* listener);

    ServiceContext m_context;
    Limits m_limits;
    const QString m_streamId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 m_lastSeq = 0;
    std::deque<Kept> m_recent;
    QHash<LiveListener*, Console> m_consoles;
    QHash<Id, int> m_socketsPerUser;
    QTimer m_pingTimer;
};

} // namespace lectern::hub
