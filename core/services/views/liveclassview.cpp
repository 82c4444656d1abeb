#include "liveclassview.h"

#include "domain/try.h"
#include "services/access.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "standing.h"

namespace lectern::views {

Result<LiveClass> readLiveClass(const ServiceContext& context, const User& actor) {
    LiveClass live;
    SessionService sessions(context);
    SessionFilter liveOnly;
    liveOnly.status = SessionStatus::Live;
    LECTERN_TRY(const QList<LiveSession> running, sessions.listSessions(actor, liveOnly));
    LECTERN_TRY(const QList<Course> courses, CourseService(context).coursesOf(actor));
    const QHash<Id, Id> instructorOf = instructorsByCourse(courses);
    const auto runs = [&](const LiveSession& session) {
        return runsSession(actor, session, instructorOf.value(session.courseId));
    };
    live.readAt = context.now();
    if (running.isEmpty()) {
        LECTERN_TRY(const QList<LiveSession> upcoming, sessions.upcomingSessions(actor));
        for (const LiveSession& session : upcoming) {
            if (runs(session) && session.status == SessionStatus::Scheduled &&
                (!live.next || session.scheduledStart < live.next->scheduledStart))
                live.next = session;
        }
        return live;
    }
    const auto own = std::ranges::find_if(running, runs);
    live.session = own != running.end() ? *own : running.first();
    LECTERN_TRY(const SessionInContext loaded, readStanding(context, actor, live.session->id));
    live.rights = loaded.access.rights();
    LECTERN_TRY(live.participants,
                ParticipationService(context).listParticipants(actor, live.session->id));
    QList<Id> ids;
    for (const SessionParticipant& participant : std::as_const(live.participants))
        ids << participant.userId;
    LECTERN_TRY(live.people, UserService(context).usersById(ids));
    return live;
}

} // namespace lectern::views
