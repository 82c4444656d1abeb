#pragma once

#include "user.h"

#include <optional>

namespace lectern {

struct SessionParticipant {
    Id id = 0;
    Id sessionId = 0;
    Id userId = 0;
    ParticipantStatus status = ParticipantStatus::Registered;
    QDateTime joinedAt;         // first join
    QDateTime leftAt;           // last leave
    QDateTime stintStartedAt;   // start of the current stint; null when not connected
    qint64 durationSeconds = 0; // closed stints only
    int chatMessagesCount = 0;
    int questionsAsked = 0;
    int pollsAnswered = 0;
    bool canUnmute = false;
    bool canShareScreen = false;
    bool isModerator = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Once a platform's report was merged: the union of every source's stints in the session.
    std::optional<qint64> mergedSeconds;

    // The seconds attendance counts: the merged figure when there is one.
    qint64 countedSeconds() const { return mergedSeconds.value_or(durationSeconds); }
    // Closed stints plus the open one up to `now`.
    qint64 attendedSeconds(const QDateTime& now) const;
    // Percentage of the session's actual duration, unrounded.
    double attendanceRate(qint64 sessionSeconds, const QDateTime& now) const;
};

} // namespace lectern
