#pragma once

#include "domain/course.h"
#include "domain/error.h"
#include "domain/livesession.h"
#include "domain/sessionparticipant.h"
#include "domain/sessionrights.h"
#include "storage/databaseurl.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace lectern {

// Runs the session (changes, starts and ends it): an admin, its host, or its course's
// instructor.
bool runsSession(const User& actor, const LiveSession& session, Id courseInstructorId);
// May schedule sessions for a course: its instructor or an admin.
bool schedulesFor(const User& actor, Id courseInstructorId);
// Course id -> its instructor, for runsSession() over a list of sessions.
QHash<Id, Id> instructorsByCourse(const QList<Course>& courses);

// How the acting user stands in one session, worked out once per service call.
struct SessionAccess {
    // Runs the session: its host, the course's instructor, or an admin.
    bool manager = false;
    // Manager, or a TA enrolled in the course.
    bool staff = false;
    bool enrolled = false;
    std::optional<SessionParticipant> participant;

    // Staff by the course's roles as they are now, or a student the instructor appointed who
    // is still enrolled and not banned: rights never outlive the role that gave them.
    bool moderator() const {
        return staff || (participant && participant->isModerator && enrolled && !banned());
    }
    bool joined() const { return participant && participant->status == ParticipantStatus::Joined; }
    bool banned() const { return participant && participant->status == ParticipantStatus::Banned; }
    // May see the session at all: staff, and users enrolled in the course now, except whoever
    // was banned from it (staff cannot be). Someone taken out of the course is out of its
    // sessions too; their attendance stays in the reports.
    bool member() const { return staff || (enrolled && !banned()); }
    // The same standing as the console is told it.
    SessionRights rights() const { return {manager, staff, moderator()}; }
};

Result<SessionAccess> sessionAccess(const QSqlDatabase& connection, const User& actor,
                                    const LiveSession& session);

struct SessionInContext {
    LiveSession session;
    SessionAccess access;
};

enum class RowLock { None, ForUpdate };

// Reads the session and the actor's standing in it in one statement. With RowLock::ForUpdate
// the session row stays locked until the transaction ends (PostgreSQL; SQLite's write lock
// already serialises writers).
Result<SessionInContext> loadSession(const QSqlDatabase& connection, Dialect dialect,
                                     const User& actor, Id sessionId, RowLock lock = RowLock::None);

// Common refusals, worded once.
Status requireManager(const SessionAccess& access, const QString& action);
Status requireModerator(const SessionAccess& access, const QString& action);
// Staff only: the instructor, admins and the course's TAs (not student moderators).
Status requireStaff(const SessionAccess& access, const QString& action);
Status requireMember(const SessionAccess& access);
// Chat, questions and votes: the session is live and the actor is in it (staff always).
Status requireTakingPart(const LiveSession& session, const SessionAccess& access);

} // namespace lectern
