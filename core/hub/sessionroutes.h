#pragma once

#include "domain/livesession.h"
#include "hublimits.h"
#include "services/servicecontext.h"

#include <QJsonArray>

class QHttpServer;

namespace lectern::hub {

// Sessions (list, create, detail, update, delete, start, end, cancel), participation (join,
// leave, participants) and roster moderation (ban, moderator).
// `limits` (the hub's) holds back joins and leaves per user, and wrong session passwords.
void addSessionRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits);

// Sessions as JSON, each with its host's {id, name}, looked up in one go.
QJsonArray sessionList(const ServiceContext& context, const QList<LiveSession>& sessions);

} // namespace lectern::hub
