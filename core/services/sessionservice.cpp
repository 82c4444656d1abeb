#include "sessionservice.h"

#include "access.h"
#include "domain/events.h"
#include "domain/meetinglink.h"
#include "domain/sessionrules.h"
#include "domain/try.h"
#include "storage/attendancerepository.h"
#include "storage/participantrepository.h"
#include "storage/pollrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace lectern {

namespace {
// Who may host: instructors and admins.
Status requireHost(const QSqlDatabase& connection, Id hostId) {
    LECTERN_TRY(const User host, UserRepository(connection).find(hostId));
    if (!host.runsCourses())
        return std::unexpected(
            Error::invalid(QStringLiteral("instructor"),
                           QStringLiteral("%1 is not an instructor").arg(host.email)));
    return {};
}

// The stream key is for the people who run the session. The way into the meeting (a Zoom or
// Teams link carries its password) is for its staff and for a participant it let in (past
// the password, the seats and any ban); everyone else learns the platform and whether there
// is a password.
void withholdCredentials(LiveSession& session, bool manager, bool mayEnterMeeting) {
    if (!manager)
        session.streamKey.clear();
    if (mayEnterMeeting)
        return;
    session.passwordWithheld = !session.meetingPassword.isEmpty();
    session.meetingPassword.clear();
    session.meetingLink.clear();
    session.meetingId.clear();
    session.channelName.clear();
}

// For lists, where nobody has been let in through this call: the way in is for staff.
Status withholdCredentials(const QSqlDatabase& connection, const User& actor,
                           QList<LiveSession>& sessions) {
    if (actor.isAdmin())
        return {};
    CourseRepository courses(connection);
    LECTERN_TRY(const QList<Id> taught, courses.taughtBy(actor.id));
    QList<Id> assisted;
    if (actor.role == Role::Ta) {
        LECTERN_TRY(const QList<Course> enrolled, courses.listFor(actor.id));
        for (const Course& course : enrolled)
            assisted.append(course.id);
    }
    for (LiveSession& session : sessions) {
        const bool manager = session.instructorId == actor.id || taught.contains(session.courseId);
        withholdCredentials(session, manager, manager || assisted.contains(session.courseId));
    }
    return {};
}

Status requireNoOverlap(SessionRepository& sessions, const LiveSession& session) {
    LECTERN_TRY(const auto clashes,
                sessions.overlapping(session.instructorId, session.scheduledStart,
                                     session.scheduledEnd,
                                     session.id ? std::optional<Id>(session.id) : std::nullopt));
    if (clashes.isEmpty())
        return {};
    const LiveSession& clash = clashes.first();
    const QString from = clash.scheduledStart.toString(Qt::ISODate);
    const QString to = clash.scheduledEnd.toString(Qt::ISODate);
    return std::unexpected(Error{ErrorCode::Conflict,
                                 QStringLiteral("The instructor already has \"%1\" from %2 to %3")
                                     .arg(clash.title, from, to),
                                 QStringLiteral("scheduled_start")}
                               .because(QStringLiteral("overlap"), {clash.title, from, to}));
}
} // namespace

Result<ScheduledSession> SessionService::createLiveSession(const User& actor,
                                                           const LiveSession& draft) {
    LECTERN_TRY(LiveSession session, validatedSessionFields(draft));
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const CourseMembership course,
                CourseRepository(connection).membership(session.courseId, actor.id));
    if (!schedulesFor(actor, course.instructorId))
        return std::unexpected(Error::forbidden(
            QStringLiteral("Only the course's instructor or an admin can schedule its sessions")));
    if (session.instructorId == 0)
        session.instructorId = actor.id;
    if (!actor.isAdmin() && session.instructorId != actor.id)
        return std::unexpected(Error::forbidden(
            QStringLiteral("Only an admin can schedule a session for someone else")));
    LECTERN_CHECK(requireHost(connection, session.instructorId));

    session.id = 0;
    if (session.streamKey.isEmpty())
        session.streamKey = meeting::newStreamKey();
    session.status = SessionStatus::Scheduled;
    session.actualStart = session.actualEnd = QDateTime();
    session.createdAt = session.updatedAt = m_context.now();
    SessionRepository sessions(connection, transaction.dialect());
    LECTERN_CHECK(sessions.lockTimetable(session.instructorId));
    LECTERN_CHECK(requireNoOverlap(sessions, session));
    LECTERN_TRY(session.id, sessions.insert(session));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::sessionCreated, session.id, session.id);
    return ScheduledSession{session, schedulingWarnings(session, m_context.now())};
}

Result<ScheduledSession> SessionService::updateLiveSession(const User& actor, Id sessionId,
                                                           const LiveSession& changes) {
    LECTERN_TRY(LiveSession fields, validatedSessionFields(changes));
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    SessionRepository sessions(connection, transaction.dialect());
    LECTERN_TRY(const LiveSession current, sessions.findForUpdate(sessionId));
    LECTERN_TRY(const SessionAccess access, sessionAccess(connection, actor, current));
    LECTERN_CHECK(requireManager(access, QStringLiteral("change it")));
    if (current.status == SessionStatus::Ended || current.status == SessionStatus::Cancelled)
        return std::unexpected(
            Error::conflict(QStringLiteral("A session that is %1 cannot be changed")
                                .arg(enumName(current.status))));

    // What a person edits; the course, status, actual times and counters stay as they are.
    LiveSession session = current;
    session.title = fields.title;
    session.description = fields.description;
    session.sessionType = fields.sessionType;
    session.scheduledStart = fields.scheduledStart;
    session.scheduledEnd = fields.scheduledEnd;
    session.platform = fields.platform;
    session.meetingLink = fields.meetingLink;
    session.meetingId = fields.meetingId;
    session.meetingPassword = fields.meetingPassword;
    session.streamKey = fields.streamKey;
    session.channelName = fields.channelName;
    session.maxParticipants = fields.maxParticipants;
    session.enableChat = fields.enableChat;
    session.enableQa = fields.enableQa;
    session.enablePolls = fields.enablePolls;
    session.enableRecording = fields.enableRecording;
    if (fields.instructorId != 0 && fields.instructorId != current.instructorId) {
        if (!actor.isAdmin())
            return std::unexpected(Error::forbidden(
                QStringLiteral("Only an admin can hand a session to another host")));
        LECTERN_CHECK(requireHost(connection, fields.instructorId));
        session.instructorId = fields.instructorId;
    }
    session.updatedAt = m_context.now();
    LECTERN_CHECK(sessions.lockTimetable(session.instructorId));
    LECTERN_CHECK(requireNoOverlap(sessions, session));
    LECTERN_CHECK(sessions.update(session));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::sessionUpdated, session.id, session.id);
    const QStringList warnings = session.status == SessionStatus::Scheduled
                                     ? schedulingWarnings(session, m_context.now())
                                     : QStringList();
    return ScheduledSession{session, warnings};
}

namespace {
// What removing `session` would do for `actor`, or why it may not: the one rule for the
// removal itself and for the console's question before it.
Result<SessionRemoval> plannedRemoval(SessionRepository& sessions, const User& actor,
                                      const LiveSession& session, bool purge) {
    if (session.status == SessionStatus::Live)
        return std::unexpected(
            Error::conflict(QStringLiteral("End the session before deleting it")));
    LECTERN_TRY(const auto held, sessions.attendanceAndParticipants(session.id));
    SessionRemoval removal;
    if (held.first > 0 && !purge) {
        LECTERN_TRY(const bool archived, sessions.isArchived(session.id));
        if (archived)
            return std::unexpected(Error::conflict(
                QStringLiteral("The session is archived with its attendance; only an admin can "
                               "delete it, asking to purge")));
        removal.archived = true;
        removal.attendanceRecords = held.first;
        return removal;
    }
    if (held.first > 0 && !actor.isAdmin())
        return std::unexpected(Error::forbidden(
            QStringLiteral("Only an admin can delete a session with its attendance (%1 records)")
                .arg(held.first)));
    removal.attendanceRecords = held.first;
    removal.participants = held.second;
    return removal;
}
} // namespace

Result<SessionRemoval> SessionService::removeLiveSession(const User& actor, Id sessionId,
                                                         bool purge) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    SessionRepository sessions(transaction.connection(), transaction.dialect());
    LECTERN_TRY(const LiveSession session, sessions.findForUpdate(sessionId));
    LECTERN_TRY(const SessionAccess access,
                sessionAccess(transaction.connection(), actor, session));
    LECTERN_CHECK(requireManager(access, QStringLiteral("delete it")));
    LECTERN_TRY(const SessionRemoval removal, plannedRemoval(sessions, actor, session, purge));
    if (removal.archived)
        LECTERN_CHECK(sessions.archive(sessionId, m_context.now()));
    else
        LECTERN_CHECK(sessions.remove(sessionId));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::sessionDeleted, sessionId, sessionId);
    return removal;
}

Result<SessionRemoval> SessionService::previewRemoval(const User& actor, Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    SessionRepository sessions(connection, m_context.database->dialect());
    LECTERN_TRY(const LiveSession session, sessions.find(sessionId));
    LECTERN_TRY(const SessionAccess access, sessionAccess(connection, actor, session));
    LECTERN_CHECK(requireManager(access, QStringLiteral("delete it")));
    return plannedRemoval(sessions, actor, session, false);
}

Status SessionService::deleteLiveSession(const User& actor, Id sessionId) {
    LECTERN_TRY(const SessionRemoval removal, removeLiveSession(actor, sessionId, false));
    Q_UNUSED(removal);
    return {};
}

Result<LiveSession> SessionService::cancelLiveSession(const User& actor, Id sessionId) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    SessionRepository sessions(transaction.connection(), transaction.dialect());
    LECTERN_TRY(LiveSession session, sessions.findForUpdate(sessionId));
    LECTERN_TRY(const SessionAccess access,
                sessionAccess(transaction.connection(), actor, session));
    LECTERN_CHECK(requireManager(access, QStringLiteral("cancel it")));
    if (session.status != SessionStatus::Scheduled)
        return std::unexpected(Error::conflict(
            QStringLiteral("Only a scheduled session can be cancelled; this one is %1")
                .arg(enumName(session.status))));
    session.status = SessionStatus::Cancelled;
    session.updatedAt = m_context.now();
    LECTERN_CHECK(sessions.update(session));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::sessionCancelled, session.id, session.id);
    return session;
}

Result<LiveSession> SessionService::startLiveSession(const User& actor, Id sessionId) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    SessionRepository sessions(transaction.connection(), transaction.dialect());
    LECTERN_TRY(LiveSession session, sessions.findForUpdate(sessionId));
    LECTERN_TRY(const SessionAccess access,
                sessionAccess(transaction.connection(), actor, session));
    LECTERN_CHECK(requireManager(access, QStringLiteral("start it")));
    if (session.status != SessionStatus::Scheduled)
        return std::unexpected(Error::conflict(
            QStringLiteral("Only a scheduled session can be started; this one is %1")
                .arg(enumName(session.status))));
    session.status = SessionStatus::Live;
    session.actualStart = session.updatedAt = m_context.now();
    LECTERN_CHECK(sessions.update(session));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::sessionStarted, session.id, session.id);
    return session;
}

Result<LiveSession> SessionService::endLiveSession(const User& actor, Id sessionId) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    SessionRepository sessions(connection, transaction.dialect());
    LECTERN_TRY(LiveSession session, sessions.findForUpdate(sessionId));
    LECTERN_TRY(const SessionAccess access, sessionAccess(connection, actor, session));
    LECTERN_CHECK(requireManager(access, QStringLiteral("end it")));
    if (session.status != SessionStatus::Live)
        return std::unexpected(
            Error::conflict(QStringLiteral("Only a live session can be ended; this one is %1")
                                .arg(enumName(session.status))));
    const QDateTime end = m_context.now();
    session.status = SessionStatus::Ended;
    session.actualEnd = session.updatedAt = end;
    // Everyone still connected is counted up to the end, not left at zero.
    LECTERN_CHECK(ParticipantRepository(connection).closeOpenStints(session.id, end));
    LECTERN_CHECK(sessions.update(session));
    LECTERN_TRY(const QList<Id> closedPolls,
                PollRepository(connection, transaction.dialect()).closeActive(session.id, end));
    LECTERN_CHECK(AttendanceRepository(connection)
                      .computeForSession(session.id, session.actualDurationSeconds(end), end));
    LECTERN_TRY(session, sessions.find(session.id));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::sessionEnded, session.id, session.id);
    for (Id pollId : closedPolls)
        m_context.publish(events::pollClosed, session.id, pollId);
    m_context.publish(events::attendanceUpdated, session.id, session.id);
    return session;
}

Result<LiveSession> SessionService::getSession(const User& actor, Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(
        LiveSession session,
        SessionRepository(connection, m_context.database->dialect()).findWithCounts(sessionId));
    LECTERN_TRY(const SessionAccess access, sessionAccess(connection, actor, session));
    LECTERN_CHECK(requireMember(access));
    withholdCredentials(session, access.manager, access.staff || access.joined());
    return session;
}

Status SessionService::requireMembership(const User& actor, Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    return requireMember(loaded.access);
}

bool SessionService::showsEmailsTo(const User& actor, Id sessionId) {
    auto connection = m_context.database->connection();
    if (!connection)
        return false;
    const auto loaded = loadSession(*connection, m_context.database->dialect(), actor, sessionId);
    return loaded && loaded->access.staff;
}

Result<QList<LiveSession>> SessionService::listSessions(const User& actor, SessionFilter filter) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    if (!actor.isAdmin())
        filter.memberId = actor.id;
    LECTERN_TRY(QList<LiveSession> sessions,
                SessionRepository(connection, m_context.database->dialect()).list(filter));
    LECTERN_CHECK(withholdCredentials(connection, actor, sessions));
    return sessions;
}

Result<QList<LiveSession>> SessionService::upcomingSessions(const User& actor, const Page& page) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    SessionFilter filter;
    if (!actor.isAdmin())
        filter.memberId = actor.id;
    filter.upcomingAt = m_context.now();
    filter.page = page;
    LECTERN_TRY(QList<LiveSession> upcoming,
                SessionRepository(connection, m_context.database->dialect()).list(filter));
    LECTERN_CHECK(withholdCredentials(connection, actor, upcoming));
    return upcoming;
}

Result<QList<SessionHistoryEntry>> SessionService::sessionHistory(const User& actor,
                                                                  const Page& page) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const auto participations,
                ParticipantRepository(connection).listByUser(actor.id, page));
    SessionFilter filter;
    filter.ids = QList<Id>();
    for (const SessionParticipant& participant : participations)
        filter.ids->append(participant.sessionId);
    // Archived sessions stay in the history: they happened.
    filter.withArchived = true;
    LECTERN_TRY(QList<LiveSession> found,
                SessionRepository(connection, m_context.database->dialect()).list(filter));
    LECTERN_CHECK(withholdCredentials(connection, actor, found));
    QHash<Id, LiveSession> byId;
    for (LiveSession& session : found)
        byId.insert(session.id, std::move(session));
    QList<SessionHistoryEntry> history;
    for (const SessionParticipant& participant : participations) {
        if (const auto session = byId.constFind(participant.sessionId); session != byId.cend())
            history.append(SessionHistoryEntry{*session, participant});
    }
    return history;
}

Result<LiveSession> SessionService::sessionForBroadcast(Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(
        LiveSession session,
        SessionRepository(connection, m_context.database->dialect()).findWithCounts(sessionId));
    withholdCredentials(session, false, false);
    return session;
}

} // namespace lectern
