#pragma once

#include "domain/livepoll.h"
#include "servicecontext.h"

#include <QJsonObject>
#include <optional>

namespace lectern {

struct PollDraft {
    QString question;
    QString description;
    QStringList options;
    bool allowMultipleAnswers = false;
    bool showResultsImmediately = true;
    bool isAnonymous = false;
    int durationSeconds = 0; // 0: open until closed
};

inline constexpr int minPollOptions = 2;
inline constexpr int maxPollOptions = 10;
inline constexpr int maxPollDurationSeconds = 24 * 3600;

// get_poll_results in the spec's shape; percentages rounded to one decimal.
struct PollResults {
    struct Option {
        Id id = 0;
        QString text;
        qint64 votes = 0;
        double percentage = 0.0;
    };
    Id pollId = 0;
    QString question;
    PollStatus status = PollStatus::Draft;
    qint64 totalVotes = 0;
    QList<Option> options;
    // The counts are withheld from this viewer until the poll closes (and are zero here).
    bool hidden = false;

    QJsonObject toJson() const;
};

// Polls: drafted by the instructor, started with an optional deadline, voted once per user.
class PollService {
public:
    explicit PollService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<LivePoll> createPoll(const User& actor, Id sessionId, const PollDraft& draft);
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
