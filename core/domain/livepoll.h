#pragma once

#include "user.h"

#include <QList>

namespace lectern {

struct PollOption {
    Id id = 0;
    Id pollId = 0;
    QString text;
    int order = 0;
    qint64 votesCount = 0;

    // Unrounded share of `totalVotes`.
    double votePercentage(qint64 totalVotes) const;
};

struct LivePoll {
    Id id = 0;
    Id sessionId = 0;
    Id createdBy = 0;
    QString question;
    QString description;
    PollStatus status = PollStatus::Draft;
    bool allowMultipleAnswers = false;
    bool showResultsImmediately = true;
    bool isAnonymous = false;
    int durationSeconds = 0; // 0: runs until closed
    QDateTime startedAt;
    QDateTime endsAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PollOption> options;

    qint64 totalVotes() const;
    // Active and, when it has a deadline, not past it.
    bool isActive(const QDateTime& now) const;
    // The status as people should see it: an active poll past its deadline is closed.
    PollStatus effectiveStatus(const QDateTime& now) const;
};

struct PollVote {
    Id id = 0;
    Id pollId = 0;
    Id optionId = 0;
    Id userId = 0;
    QDateTime createdAt;
};

} // namespace lectern
