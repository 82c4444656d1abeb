#pragma once

#include "domain/sessionparticipant.h"
#include "domain/views/chatpage.h"
#include "domain/views/questionboard.h"
#include "services/servicecontext.h"

namespace lectern::views {

// The part of the session's chat `query` asks for, with the names of its authors.
Result<ChatPage> readChatPage(const ServiceContext& context, const User& actor, Id sessionId,
                              const ChatQuery& query);

// The session's questions, with the names of the askers the actor may know.
Result<QuestionBoard> readQuestionBoard(const ServiceContext& context, const User& actor,
                                        Id sessionId);

// Bans `userId` from the session, found in its roster: what moderating a chat author does.
Result<SessionParticipant> banFromSession(const ServiceContext& context, const User& actor,
                                          Id sessionId, Id userId);

} // namespace lectern::views
