#pragma once

#include "domain/livepoll.h"
#include "domain/polldraft.h"
#include "servicecontext.h"

#include <optional>

namespace lectern {

// Polls: drafted by the instructor, started with an optional deadline, voted once per user.
class PollService {
public:
    explicit PollService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<LivePoll> createPoll(const User& actor, Id sessionId, const PollDraft& draft);
    // Rewrites a draft's question, options and settings, checked as createPoll checks them;
    // a poll that has started is Conflict.
    Result<LivePoll> updatePoll(const User& actor, Id pollId, const PollDraft& draft);
    // Deletes a draft (given back as it was); a poll that has started is Conflict.
    Result<LivePoll> deletePoll(const User& actor, Id pollId);
    // Draft to active; `durationSeconds` replaces the poll's own when given.
    Result<LivePoll> startPoll(const User& actor, Id pollId,
                               std::optional<int> durationSeconds = std::nullopt);
    // One ballot per user: one option for single choice, distinct options for multiple.
    Result<PollResults> votePoll(const User& actor, Id pollId, const QList<Id>& optionIds);
    Result<PollResults> getPollResults(const User& actor, Id pollId);
    Result<LivePoll> closePoll(const User& actor, Id pollId);
    // Closes the timed polls whose end has passed and announces each (poll.closed); no actor,
    // the hub runs it every second. Several hubs may: each poll is closed, and announced, once.
    Result<qsizetype> closeExpiredPolls();
    Result<QList<LivePoll>> listPolls(const User& actor, Id sessionId);
    // Who has voted, for staff; refused for anonymous polls.
    Result<QList<Id>> pollVoters(const User& actor, Id pollId);

    // For the live channel, which sends one payload to every listener: read as any student of
    // the session sees it. No actor: the channel checked who listens.
    // A draft is NotFound, as it is for students.
    Result<LivePoll> pollForBroadcast(Id pollId);
    Result<PollResults> resultsForBroadcast(Id pollId);

private:
    ServiceContext m_context;
};

} // namespace lectern
