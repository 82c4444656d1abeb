#include "access.h"

#include "domain/try.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"

namespace lectern {

bool runsSession(const User& actor, const LiveSession& session, Id courseInstructorId) {
    return actor.isAdmin() || session.instructorId == actor.id || courseInstructorId == actor.id;
}

bool schedulesFor(const User& actor, Id courseInstructorId) {
    return actor.isAdmin() || courseInstructorId == actor.id;
}

QHash<Id, Id> instructorsByCourse(const QList<Course>& courses) {
    QHash<Id, Id> instructors;
    for (const Course& course : courses)
        instructors.insert(course.id, course.instructorId);
    return instructors;
}

namespace {
SessionAccess accessFrom(const User& actor, const LiveSession& session,
                         const SessionStanding& standing) {
    SessionAccess access;
    access.manager = runsSession(actor, session, standing.courseInstructorId);
    access.enrolled = standing.enrolled;
    access.staff = access.manager || (actor.role == Role::Ta && standing.enrolled);
    access.participant = standing.participant;
    return access;
}
} // namespace

Result<SessionAccess> sessionAccess(const QSqlDatabase& connection, const User& actor,
                                    const LiveSession& session) {
    LECTERN_TRY(const SessionStanding standing,
                ParticipantRepository(connection).standing(session.courseId, session.id, actor.id));
    return accessFrom(actor, session, standing);
}

Result<SessionInContext> loadSession(const QSqlDatabase& connection, Dialect dialect,
                                     const User& actor, Id sessionId, RowLock lock) {
    SessionRepository sessions(connection, dialect);
    if (lock == RowLock::ForUpdate && dialect == Dialect::Postgres) {
        // Lock first, read after: a read in the locking statement would see the participant
        // row as it was before the wait (READ COMMITTED re-reads only the locked row).
        LECTERN_TRY(const LiveSession locked, sessions.findForUpdate(sessionId));
        Q_UNUSED(locked);
    }
    LECTERN_TRY(SessionWithStanding found, sessions.findWithStanding(sessionId, actor.id));
    SessionAccess access = accessFrom(actor, found.session, found.standing);
    return SessionInContext{std::move(found.session), std::move(access)};
}

Status requireManager(const SessionAccess& access, const QString& action) {
    if (access.manager)
        return {};
    return std::unexpected(Error::forbidden(
        QStringLiteral("Only the session's instructor or an admin can %1").arg(action)));
}

Status requireModerator(const SessionAccess& access, const QString& action) {
    if (access.moderator())
        return {};
    return std::unexpected(
        Error::forbidden(QStringLiteral("Only moderators of this session can %1").arg(action)));
}

Status requireStaff(const SessionAccess& access, const QString& action) {
    if (access.staff)
        return {};
    return std::unexpected(Error::forbidden(
        QStringLiteral("Only the course's instructor, its TAs or an admin can %1").arg(action)));
}

Status requireMember(const SessionAccess& access) {
    if (access.member())
        return {};
    if (access.banned())
        return std::unexpected(
            Error::forbidden(QStringLiteral("You were removed from this session")));
    return std::unexpected(
        Error::forbidden(QStringLiteral("This session belongs to a course you are not in")));
}

Status requireTakingPart(const LiveSession& session, const SessionAccess& access) {
    if (session.status != SessionStatus::Live)
        return std::unexpected(Error::closed(QStringLiteral("The session is not live")));
    if (access.banned())
        return std::unexpected(
            Error::forbidden(QStringLiteral("You were removed from this session")));
    if (!access.staff && !access.joined())
        return std::unexpected(Error::forbidden(QStringLiteral("Join the session first")));
    return {};
}

} // namespace lectern
