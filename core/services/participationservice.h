#pragma once

#include "domain/page.h"
#include "domain/sessionparticipant.h"
#include "servicecontext.h"

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

private:
    ServiceContext m_context;
};

} // namespace lectern
