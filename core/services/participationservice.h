#pragma once

#include "domain/page.h"
#include "domain/sessionparticipant.h"
#include "servicecontext.h"

#include <functional>

namespace lectern {

// Joining and leaving a session, the roster, and the moderator's hand on it.
class ParticipationService {
public:
    explicit ParticipationService(ServiceContext context)
        : m_context(std::move(context)) {}

    // Before the session starts this registers; while it is live it connects and starts a
    // stint. Joining again while connected changes nothing.
    Result<SessionParticipant> joinSession(const User& actor, Id sessionId,
                                           const QString& password = {});
    // Ends the current stint and adds it to duration_seconds.
    Result<SessionParticipant> leaveSession(const User& actor, Id sessionId);
    // In the order they first joined; a page goes on after its cursor (a participant id).
    Result<QList<SessionParticipant>> listParticipants(const User& actor, Id sessionId,
                                                       const Page& page = Page::all());

    // Banning ends the participant's stint and keeps them out; unbanning lets them join again.
    Result<SessionParticipant> setBanned(const User& actor, Id participantId, bool banned);
    Result<SessionParticipant> setModerator(const User& actor, Id participantId, bool moderator);

    // For the live channel, which sends one payload to every listener: read as any student of
    // the session sees it. No actor: the channel checked who listens.
    Result<SessionParticipant> participantForBroadcast(Id participantId);

    // Presence, from the live channel (no actor: the channel checked who listens). A socket
    // of the user's is open in the live session: if they joined and their stint had ended
    // with a dropped connection, a new one starts now. False when nothing changed.
    Result<bool> presenceResumed(Id userId, Id sessionId);
    // The user's sockets in the session went at `droppedAt` and none came back in time: the
    // open stint ends then. They stay joined (their seat is kept) and a socket resumes them.
    Result<bool> presenceLost(Id userId, Id sessionId, const QDateTime& droppedAt);
    // Joined participants of live sessions with a stint open: for a hub that has just started.
    Result<QList<SessionParticipant>> openStintsInLiveSessions();

private:
    // Applies `change` to a joined participant's row in a live session, in one transaction;
    // `change` says whether it changed anything.
    Result<bool> changePresence(Id userId, Id sessionId,
                                const std::function<bool(SessionParticipant&)>& change);

    ServiceContext m_context;
};

} // namespace lectern
