#pragma once

#include "domain/livesession.h"
#include "domain/sessionparticipant.h"
#include "domain/sessionrights.h"
#include "domain/user.h"

#include <QHash>
#include <QList>

#include <optional>

namespace lectern {

// The Live tab: the session that is live now, what the user may do in it, and who is in it;
// when none is, the next session the user runs, to go live with.
struct LiveClass {
    std::optional<LiveSession> session;
    SessionRights rights; // in `session`
    std::optional<LiveSession> next;
    QList<SessionParticipant> participants;
    QHash<Id, User> people; // the participants
    QDateTime readAt;       // what the roster's times are counted from
};

} // namespace lectern
