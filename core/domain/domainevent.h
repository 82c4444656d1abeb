#pragma once

#include "domain/user.h"

#include <QMetaType>
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

} // namespace lectern

Q_DECLARE_METATYPE(lectern::DomainEvent)
