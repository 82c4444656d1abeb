#include "eventbus.h"

namespace lectern {

EventBus::EventBus(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<DomainEvent>();
}

void EventBus::publish(const DomainEvent& event) {
    Q_EMIT published(event);
}

} // namespace lectern
