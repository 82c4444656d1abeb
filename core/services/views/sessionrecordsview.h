#pragma once

#include "domain/views/sessionrecords.h"
#include "services/servicecontext.h"

namespace lectern::views {

// One ended session's recordings and, for whoever runs it, its attendance with the names of
// the attendees and of who verified them. Someone who may see the recordings only gets them
// and the reason there is no attendance.
Result<SessionRecords> readSessionRecords(const ServiceContext& context, const User& actor,
                                          Id sessionId);

} // namespace lectern::views
