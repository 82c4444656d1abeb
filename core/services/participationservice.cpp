#include "participationservice.h"

#include "access.h"
#include "domain/events.h"
#include "domain/try.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/stintrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

namespace lectern {

namespace {
void closeStint(SessionParticipant& participant, const QDateTime& now) {
    if (!participant.stintStartedAt.isValid())
        return;
    participant.durationSeconds += qMax<qint64>(0, participant.stintStartedAt.secsTo(now));
    participant.stintStartedAt = QDateTime();
    participant.leftAt = now;
}

// Writes the participant back, keeping the stint it closed (if any) for merging with a
// platform's report later.
Status saveParticipant(const QSqlDatabase& connection, const SessionParticipant& before,
                       const SessionParticipant& after) {
    LECTERN_CHECK(ParticipantRepository(connection).update(after));
    if (before.stintStartedAt.isValid() && !after.stintStartedAt.isValid())
        return StintRepository(connection)
            .add({after.id, StintSource::Hub, before.stintStartedAt, after.leftAt});
    return {};
}

// A roster row with its session locked and the actor's standing there, read in that order:
// the row is read after the lock so that what is written back is current.
struct ParticipantInSession {
    SessionParticipant participant;
    SessionInContext session;
};

Result<ParticipantInSession> lockParticipant(const WriteTransaction& transaction, const User& actor,
                                             Id participantId) {
    ParticipantRepository participants(transaction.connection());
    LECTERN_TRY(const SessionParticipant before, participants.findById(participantId));
    LECTERN_TRY(SessionInContext session,
                loadSession(transaction.connection(), transaction.dialect(), actor,
                            before.sessionId, RowLock::ForUpdate));
    LECTERN_TRY(SessionParticipant participant, participants.findById(participantId));
    return ParticipantInSession{std::move(participant), std::move(session)};
}

bool passwordMatches(const QString& given, const QString& expected) {
    // Compare every character so the time taken says nothing about a near miss.
    if (given.size() != expected.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= given[i].unicode() ^ expected[i].unicode();
    return difference == 0;
}
} // namespace

Result<SessionParticipant> ParticipationService::joinSession(const User& actor, Id sessionId,
                                                             const QString& password) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    // Locking the session row makes concurrent joins take turns, so the seat count holds.
    LECTERN_TRY(const SessionInContext loaded, loadSession(connection, transaction.dialect(), actor,
                                                           sessionId, RowLock::ForUpdate));
    const auto& [session, access] = loaded;
    if (!access.staff && !access.enrolled)
        return std::unexpected(
            Error::forbidden(QStringLiteral("Enrol in the course to join its sessions")));
    if (access.banned())
        return std::unexpected(
            Error::forbidden(QStringLiteral("You were removed from this session")));
    if (session.status == SessionStatus::Ended || session.status == SessionStatus::Cancelled)
        return std::unexpected(
            Error::closed(QStringLiteral("The session is %1 and cannot be joined")
                              .arg(enumName(session.status))));
    if (!access.staff && !session.meetingPassword.isEmpty() &&
        !passwordMatches(password, session.meetingPassword))
        return std::unexpected(Error{ErrorCode::Forbidden,
                                     password.isEmpty()
                                         ? QStringLiteral("This session needs a password")
                                         : QStringLiteral("The session password is wrong"),
                                     QStringLiteral("password")});
    if (access.joined())
        return *access.participant;

    const QDateTime now = m_context.now();
    const bool live = session.status == SessionStatus::Live;
    ParticipantRepository participants(connection);
    if (live && !access.staff) {
        // Counted after the lock, in its own statement, so it sees joins committed meanwhile.
        LECTERN_TRY(const qint64 joinedNow, participants.countJoined(session.id));
        if (joinedNow >= session.maxParticipants)
            return std::unexpected(
                Error::full(QStringLiteral("The session is full (%1 participants)")
                                .arg(session.maxParticipants)));
    }
    SessionParticipant participant = access.participant.value_or(SessionParticipant{});
    participant.sessionId = session.id;
    participant.userId = actor.id;
    participant.updatedAt = now;
    if (live) {
        participant.status = ParticipantStatus::Joined;
        participant.stintStartedAt = now;
        if (!participant.joinedAt.isValid())
            participant.joinedAt = now;
    } else {
        participant.status = ParticipantStatus::Registered;
    }
    if (participant.id == 0) {
        participant.createdAt = now;
        LECTERN_TRY(participant.id, participants.insert(participant));
    } else {
        LECTERN_CHECK(participants.update(participant));
    }
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::participantJoined, session.id, participant.id);
    return participant;
}

Result<SessionParticipant> ParticipationService::leaveSession(const User& actor, Id sessionId) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const LiveSession session,
                SessionRepository(connection, transaction.dialect()).findForUpdate(sessionId));
    ParticipantRepository participants(connection);
    LECTERN_TRY(auto found, participants.find(session.id, actor.id));
    if (!found) {
        // Someone with no business in the session is refused, not told they are not in it.
        LECTERN_TRY(const SessionAccess access, sessionAccess(connection, actor, session));
        LECTERN_CHECK(requireMember(access));
    }
    if (!found || (found->status != ParticipantStatus::Joined &&
                   found->status != ParticipantStatus::Registered))
        return std::unexpected(Error::conflict(QStringLiteral("You are not in this session")));
    SessionParticipant participant = *found;
    const QDateTime now = m_context.now();
    closeStint(participant, now);
    participant.status = ParticipantStatus::Left;
    participant.updatedAt = now;
    LECTERN_CHECK(saveParticipant(connection, *found, participant));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::participantLeft, session.id, participant.id);
    return participant;
}

Result<QList<SessionParticipant>>
ParticipationService::listParticipants(const User& actor, Id sessionId, const Page& page) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireMember(access));
    return ParticipantRepository(connection).listBySession(session.id, page);
}

Result<SessionParticipant> ParticipationService::setBanned(const User& actor, Id participantId,
                                                           bool banned) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(ParticipantInSession found, lockParticipant(transaction, actor, participantId));
    const auto& [session, access] = found.session;
    LECTERN_CHECK(requireModerator(access, QStringLiteral("remove people")));
    SessionParticipant& participant = found.participant;
    if (participant.userId == actor.id)
        return std::unexpected(Error::conflict(QStringLiteral("You cannot remove yourself")));
    // A student moderator removes students; letting someone back in, or removing another
    // moderator, is for the course's staff, so a moderator cannot undo the instructor.
    if (!access.staff && !banned)
        return std::unexpected(Error::forbidden(
            QStringLiteral("Only the course's instructor, its TAs or an admin can let someone "
                           "back in")));
    if (banned) {
        LECTERN_TRY(const User target, UserRepository(connection).find(participant.userId));
        LECTERN_TRY(const SessionAccess targetAccess, sessionAccess(connection, target, session));
        if (targetAccess.staff)
            return std::unexpected(
                Error::forbidden(QStringLiteral("Staff of the course cannot be removed")));
        if (!access.staff && targetAccess.moderator())
            return std::unexpected(
                Error::forbidden(QStringLiteral("Only the course's staff can remove a moderator")));
    }
    const QDateTime now = m_context.now();
    const SessionParticipant before = participant;
    if (banned) {
        closeStint(participant, now);
        participant.status = ParticipantStatus::Banned;
        participant.isModerator = false;
    } else if (participant.status == ParticipantStatus::Banned) {
        participant.status = ParticipantStatus::Left;
    }
    participant.updatedAt = now;
    LECTERN_CHECK(saveParticipant(connection, before, participant));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::participantUpdated, session.id, participant.id);
    return participant;
}

Result<SessionParticipant> ParticipationService::setModerator(const User& actor, Id participantId,
                                                              bool moderator) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(ParticipantInSession found, lockParticipant(transaction, actor, participantId));
    const auto& [session, access] = found.session;
    LECTERN_CHECK(requireManager(access, QStringLiteral("choose moderators")));
    SessionParticipant& participant = found.participant;
    ParticipantRepository participants(connection);
    if (participant.status == ParticipantStatus::Banned && moderator)
        return std::unexpected(
            Error::conflict(QStringLiteral("A removed participant cannot moderate")));
    participant.isModerator = moderator;
    participant.updatedAt = m_context.now();
    LECTERN_CHECK(participants.update(participant));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::participantUpdated, session.id, participant.id);
    return participant;
}

Result<SessionParticipant> ParticipationService::participantForBroadcast(Id participantId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    return ParticipantRepository(connection).findById(participantId);
}

Result<bool> ParticipationService::presenceResumed(Id userId, Id sessionId) {
    {
        // Read first, without a write lock: almost every socket belongs to a stint under way,
        // and a class connecting at once must not queue for the session's row.
        LECTERN_TRY(auto connection, m_context.database->connection());
        LECTERN_TRY(const auto found, ParticipantRepository(connection).find(sessionId, userId));
        if (!found || found->status != ParticipantStatus::Joined || found->stintStartedAt.isValid())
            return false;
    }
    return changePresence(userId, sessionId, [this](SessionParticipant& participant) {
        if (participant.stintStartedAt.isValid())
            return false;
        participant.stintStartedAt = m_context.now();
        return true;
    });
}

Result<bool> ParticipationService::presenceLost(Id userId, Id sessionId,
                                                const QDateTime& droppedAt) {
    return changePresence(userId, sessionId, [droppedAt](SessionParticipant& participant) {
        if (!participant.stintStartedAt.isValid())
            return false;
        // A stint that began after the drop (a rejoin meanwhile) is not this one.
        if (participant.stintStartedAt > droppedAt)
            return false;
        closeStint(participant, droppedAt);
        return true;
    });
}

Result<QList<SessionParticipant>> ParticipationService::openStintsInLiveSessions() {
    LECTERN_TRY(auto connection, m_context.database->connection());
    return ParticipantRepository(connection).listOpenStintsInLiveSessions();
}

Result<bool>
ParticipationService::changePresence(Id userId, Id sessionId,
                                     const std::function<bool(SessionParticipant&)>& change) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const LiveSession session,
                SessionRepository(connection, transaction.dialect()).findForUpdate(sessionId));
    if (session.status != SessionStatus::Live)
        return false; // ending the session closed every stint
    ParticipantRepository participants(connection);
    LECTERN_TRY(auto found, participants.find(sessionId, userId));
    // Only someone who joined and did not leave: a leave, a ban or a registration is theirs
    // or a moderator's word, not the network's.
    if (!found || found->status != ParticipantStatus::Joined)
        return false;
    SessionParticipant participant = *found;
    if (!change(participant))
        return false;
    participant.updatedAt = m_context.now();
    LECTERN_CHECK(saveParticipant(connection, *found, participant));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::participantUpdated, sessionId, participant.id);
    return true;
}

} // namespace lectern
