#pragma once

#include "services/servicecontext.h"

class QHttpServer;

namespace lectern::hub {

// Chat (list, send, edit, delete, pin, like), Q&A (list, ask, upvote, answer, dismiss,
// feature) and polls (list, create, start, vote, results, close).
void addInteractionRoutes(QHttpServer& server, const ServiceContext& context);

} // namespace lectern::hub
