#include "scheduleview.h"

#include "domain/try.h"
#include "services/access.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

namespace lectern::views {

SessionFilter sessionFilter(const User& actor, const SessionQuery& query) {
    SessionFilter filter;
    filter.courseId = query.courseId;
    filter.status = query.status;
    if (query.hostedByMe)
        filter.instructorId = actor.id;
    filter.startsFrom = query.startsFrom;
    filter.startsBefore = query.startsBefore;
    return filter;
}

Result<Schedule> readSchedule(const ServiceContext& context, const User& actor,
                              const SessionQuery& query) {
    Schedule schedule;
    SessionService sessions(context);
    LECTERN_TRY(schedule.sessions, sessions.listSessions(actor, sessionFilter(actor, query)));
    LECTERN_TRY(schedule.courses, CourseService(context).coursesOf(actor));
    const QHash<Id, Id> instructorOf = instructorsByCourse(schedule.courses);
    for (const Course& course : std::as_const(schedule.courses)) {
        if (schedulesFor(actor, course.instructorId))
            schedule.schedulable << course;
    }
    for (const LiveSession& session : std::as_const(schedule.sessions)) {
        if (runsSession(actor, session, instructorOf.value(session.courseId)))
            schedule.runs.insert(session.id);
    }
    // Live ones first, then the soonest.
    LECTERN_TRY(const QList<LiveSession> upcoming, sessions.upcomingSessions(actor));
    const auto rank = [](const LiveSession& s) { return std::pair{!s.isLive(), s.scheduledStart}; };
    for (const LiveSession& session : upcoming) {
        if (!schedule.next || rank(session) < rank(*schedule.next))
            schedule.next = session;
    }
    if (actor.isAdmin()) {
        LECTERN_TRY(const QList<User> users, UserService(context).listUsers());
        for (const User& candidate : users)
            if (candidate.runsCourses())
                schedule.hosts << candidate;
    }
    return schedule;
}

} // namespace lectern::views
