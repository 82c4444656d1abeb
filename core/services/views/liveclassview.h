#pragma once

#include "domain/views/liveclass.h"
#include "services/servicecontext.h"

namespace lectern::views {

// The live session the actor may see (one they run first, when several are live), their
// rights in it and its roster; with none live, the next scheduled session they run.
Result<LiveClass> readLiveClass(const ServiceContext& context, const User& actor);

} // namespace lectern::views
