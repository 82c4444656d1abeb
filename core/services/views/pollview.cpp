#include "pollview.h"

#include "domain/try.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/userservice.h"
#include "standing.h"

namespace lectern::views {

Result<PollBoard> readPollBoard(const ServiceContext& context, const User& actor, Id sessionId) {
    PollBoard board;
    LECTERN_TRY(const SessionInContext loaded, readStanding(context, actor, sessionId));
    LECTERN_CHECK(requireMember(loaded.access));
    board.rights = loaded.access.rights();
    LECTERN_TRY(board.polls, PollService(context).listPolls(actor, sessionId));
    return board;
}

Result<PollDetail> readPollDetail(const ServiceContext& context, const User& actor, Id sessionId,
                                  Id pollId) {
    PollService polls(context);
    LECTERN_TRY(const QList<LivePoll> listed, polls.listPolls(actor, sessionId));
    const auto poll =
        std::ranges::find_if(listed, [pollId](const LivePoll& p) { return p.id == pollId; });
    if (poll == listed.end())
        return std::unexpected(Error::notFound(QStringLiteral("No such poll in this session")));
    PollDetail detail;
    LECTERN_TRY(detail.results, polls.getPollResults(actor, pollId));
    if (poll->isAnonymous)
        return detail;
    auto voters = polls.pollVoters(actor, pollId);
    if (!voters)
        return detail; // not staff: results only
    LECTERN_TRY(const QList<SessionParticipant> roster,
                ParticipationService(context).listParticipants(actor, sessionId));
    QList<Id> ids = *voters;
    for (const SessionParticipant& participant : roster)
        ids << participant.userId;
    using UsersById = QHash<Id, User>;
    LECTERN_TRY(const UsersById users, UserService(context).usersById(ids));
    for (Id voter : std::as_const(*voters))
        detail.voted << users.value(voter).name;
    for (const SessionParticipant& participant : roster) {
        const User person = users.value(participant.userId);
        // Those who could vote: students in the session, not banned, not yet voted.
        if (person.role == Role::Student && participant.status != ParticipantStatus::Banned &&
            !voters->contains(participant.userId))
            detail.waiting << person.name;
    }
    detail.voted.sort(Qt::CaseInsensitive);
    detail.waiting.sort(Qt::CaseInsensitive);
    detail.votersKnown = true;
    return detail;
}

Result<CreatedPoll> createPoll(const ServiceContext& context, const User& actor, Id sessionId,
                               const PollDraft& draft, bool startNow) {
    PollService polls(context);
    CreatedPoll created;
    LECTERN_TRY(created.poll, polls.createPoll(actor, sessionId, draft));
    if (!startNow)
        return created;
    // Saved either way: a poll that could not start stays a draft to start later.
    if (auto started = polls.startPoll(actor, created.poll.id))
        created.poll = *started;
    else
        created.startProblem = started.error().message;
    return created;
}

} // namespace lectern::views
