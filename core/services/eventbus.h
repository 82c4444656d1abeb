#pragma once

#include "domain/user.h"

#include <QObject>
#include <QString>

namespace lectern {

// What changed, published after the change is committed. Listeners (UI models, the hub's
// WebSocket channel, the NOTIFY bridge) read the rows they need.
struct DomainEvent {
    QString type; // "chat.created", "poll.results", ... (see events.h)
    Id sessionId = 0;
    Id entityId = 0;
    // Announced by another process on the same database (team sync), not by this one.
    bool remote = false;
};

class EventBus : public QObject {
    Q_OBJECT

public:
    explicit EventBus(QObject* parent = nullptr);
    // Safe from any thread: receivers in other threads get it queued.
    void publish(const DomainEvent& event);

Q_SIGNALS:
    void published(const lectern::DomainEvent& event);
};

} // namespace lectern

Q_DECLARE_METATYPE(lectern::DomainEvent)
