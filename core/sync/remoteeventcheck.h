#pragma once

#include "services/eventbus.h"

#include <QSqlDatabase>

namespace lectern::hub {

// Whether an event another hub announced (a NOTIFY anyone with the database's address can send)
// names rows that are really there: the message, question, poll, participant, recording or
// attendance record in the session it names, the session itself, or the user whose access
// changed. A forged or stale event is dropped instead of being republished to every socket.
bool remoteEventIsTrue(const QSqlDatabase& connection, const DomainEvent& event);

} // namespace lectern::hub
