#pragma once

#include "domain/views/pollboard.h"
#include "services/servicecontext.h"

namespace lectern::views {

Result<PollBoard> readPollBoard(const ServiceContext& context, const User& actor, Id sessionId);

// The results of one of the session's polls, with its voters when the actor may know them.
Result<PollDetail> readPollDetail(const ServiceContext& context, const User& actor, Id sessionId,
                                  Id pollId);

// Saves the draft and, when `startNow`, starts it; saved either way.
Result<CreatedPoll> createPoll(const ServiceContext& context, const User& actor, Id sessionId,
                               const PollDraft& draft, bool startNow);

} // namespace lectern::views
