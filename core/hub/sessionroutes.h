#pragma once

#include "services/servicecontext.h"

class QHttpServer;

namespace lectern::hub {

// Sessions (list, create, detail, update, delete, start, end, cancel), participation (join,
// leave, participants) and roster moderation (ban, moderator).
void addSessionRoutes(QHttpServer& server, const ServiceContext& context);

} // namespace lectern::hub
