#include "calendarexport.h"

#include "domain/try.h"
#include "icalendar.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

namespace lectern::reports {
namespace {

Result<SessionCalendar> calendarOf(const ServiceContext& context,
                                   const QList<LiveSession>& sessions, Id courseId,
                                   const QDateTime& stamp) {
    LECTERN_TRY(const Course course, CourseService(context).findCourse(courseId));
    return SessionCalendar{iCalendar(sessions, {{course.id, course.title}}, stamp),
                           sessions.size()};
}

} // namespace

Result<SessionCalendar> courseCalendar(const ServiceContext& context, const User& actor,
                                       Id courseId, const QDateTime& stamp) {
    SessionFilter filter;
    filter.courseId = courseId;
    LECTERN_TRY(const QList<LiveSession> sessions,
                SessionService(context).listSessions(actor, filter));
    return calendarOf(context, sessions, courseId, stamp);
}

Result<SessionCalendar> sessionCalendar(const ServiceContext& context, const User& actor,
                                        Id sessionId, const QDateTime& stamp) {
    LECTERN_TRY(const LiveSession session, SessionService(context).getSession(actor, sessionId));
    return calendarOf(context, {session}, session.courseId, stamp);
}

} // namespace lectern::reports
