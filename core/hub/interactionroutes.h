#pragma once

#include "services/servicecontext.h"

class QHttpServer;

namespace lectern::hub {

// Chat (list, send, edit, delete, pin, like), Q&A (list, ask, upvote, answer, dismiss,
// feature) and polls (list, create, start, vote, results, close).
struct HubLimits;

// Sending chat, asking and voting take from the per-user limits in `limits` (429 when spent).
void addInteractionRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits);

} // namespace lectern::hub
