#pragma once

#include "services/eventbus.h"
#include "services/servicecontext.h"

#include <QJsonObject>
#include <optional>

namespace lectern::hub {

// What the live channel sends for a domain event, as any student of the session sees it:
// {type, session_id, ...} with the changed row (`message`, `question`, `poll`, `results`,
// `participant`, `session`). Nothing for events the channel does not stream (drafts,
// recordings, attendance) or whose row is gone by the time it is read.
std::optional<QJsonObject> livePayload(const ServiceContext& context, const DomainEvent& event);

// The events the channel streams.
bool isStreamed(const QString& type);

} // namespace lectern::hub
