#pragma once

#include "domain/clock.h"
#include "eventbus.h"
#include "storage/database.h"

#include <memory>

namespace lectern {

// What every service needs: the database, the time, and where to announce changes.
struct ServiceContext {
    std::shared_ptr<Database> database;
    std::shared_ptr<const Clock> clock;
    EventBus* events = nullptr;

    QDateTime now() const { return clock->now(); }
    void publish(const QString& type, Id sessionId, Id entityId) const {
        if (events)
            events->publish(DomainEvent{type, sessionId, entityId});
    }
};

} // namespace lectern
