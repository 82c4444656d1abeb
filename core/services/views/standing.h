#pragma once

#include "services/access.h"
#include "services/servicecontext.h"

namespace lectern::views {

// The session and how the actor stands in it, read on a connection of its own (released
// before the view's service calls take theirs).
Result<SessionInContext> readStanding(const ServiceContext& context, const User& actor,
                                      Id sessionId);

} // namespace lectern::views
