#pragma once

#include "domain/livesession.h"
#include "domain/sessionchanges.h"
#include "domain/sessionparticipant.h"
#include "servicecontext.h"
#include "storage/sessionrepository.h"

namespace lectern {

// A user's part in one session, for their history.
struct SessionHistoryEntry {
    LiveSession session;
    SessionParticipant participant;
};

// Scheduling and running sessions: create, update, cancel, delete, start and end.
class SessionService {
public:
    explicit SessionService(ServiceContext context)
        : m_context(std::move(context)) {}

    // `draft` carries the fields; its id, status, actual times and counters are ignored.
    // The host is `draft.instructorId`, or the actor when that is 0.
    Result<ScheduledSession> createLiveSession(const User& actor, const LiveSession& draft);
    Result<ScheduledSession> updateLiveSession(const User& actor, Id sessionId,
                                               const LiveSession& changes);
    // Deletes a session; one that ended with attendance (what admins certify) is archived
    // instead: out of schedules, kept for reports. Only an admin deletes such a session, and
    // only when asking to (`purge`); the answer says what went.
    Result<SessionRemoval> removeLiveSession(const User& actor, Id sessionId, bool purge);
    // What removeLiveSession(purge = false) would do, without doing it, or why it may not: for
    // the question the console asks first.
    Result<SessionRemoval> previewRemoval(const User& actor, Id sessionId);
    // removeLiveSession() without purging, for the console.
    Status deleteLiveSession(const User& actor, Id sessionId);
    Result<LiveSession> cancelLiveSession(const User& actor, Id sessionId);
    Result<LiveSession> startLiveSession(const User& actor, Id sessionId);
    // Closes every open stint at the end time, then writes each participant's attendance.
    Result<LiveSession> endLiveSession(const User& actor, Id sessionId);

    Result<LiveSession> getSession(const User& actor, Id sessionId);
    // Whether the actor may follow the session (what getSession allows), without counting
    // its participants: the live channel asks once per socket, thousands at a class's start.
    Status requireMembership(const User& actor, Id sessionId);
    // Whether people's email addresses are shown to the actor in this session: to its staff
    // (instructor, TAs, admins) only; false when the session cannot be read.
    bool showsEmailsTo(const User& actor, Id sessionId);
    // Sessions the actor may see (staff and admins see all of their courses), filtered.
    Result<QList<LiveSession>> listSessions(const User& actor, SessionFilter filter);
    // Scheduled or live sessions of the user's courses that have not ended yet, soonest
    // first; a page goes on after its cursor session.
    Result<QList<LiveSession>> upcomingSessions(const User& actor, const Page& page = Page::all());
    // The sessions the user has joined or registered for, most recent first; a page goes on
    // with the ones before its cursor (a participation id).
    Result<QList<SessionHistoryEntry>> sessionHistory(const User& actor,
                                                      const Page& page = Page::all());

    // For the live channel, which sends one payload to every listener: read as any student of
    // the session sees it. No actor: the channel checked who listens.
    // Meeting password and stream key withheld.
    Result<LiveSession> sessionForBroadcast(Id sessionId);

private:
    ServiceContext m_context;
};

} // namespace lectern
