#pragma once

#include "domain/domainevent.h"

#include <QObject>
#include <QString>

namespace lectern {

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
