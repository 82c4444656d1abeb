#pragma once

#include "user.h"

namespace lectern {

struct LiveSession {
    Id id = 0;
    Id courseId = 0;
    Id instructorId = 0;
    QString title;
    QString description;
    SessionType sessionType = SessionType::Class;
    QDateTime scheduledStart;
    QDateTime scheduledEnd;
    QDateTime actualStart;
    QDateTime actualEnd;
    Platform platform = Platform::Agora;
    QString meetingLink;
    QString meetingId;
    QString meetingPassword;
    QString streamKey;
    QString channelName;
    int maxParticipants = 100;
    bool enableChat = true;
    bool enableQa = true;
    bool enablePolls = true;
    bool enableRecording = false;
    SessionStatus status = SessionStatus::Scheduled;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Set when the password was taken out for a viewer who may not know it.
    bool passwordWithheld = false;
    bool hasPassword() const { return passwordWithheld || !meetingPassword.isEmpty(); }

    // Read with the row: every participant, and those connected now.
    qint64 participantTotal = 0;
    qint64 joinedNow = 0;

    bool isUpcoming(const QDateTime& now) const;
    bool isLive() const { return status == SessionStatus::Live; }
    bool isPast(const QDateTime& now) const;
    qint64 durationMinutes() const;
    qint64 participantCount() const { return participantTotal; }
    qint64 availableSlots() const;
    // Seconds between actual start and actual end (or `now` while live); 0 before it starts.
    qint64 actualDurationSeconds(const QDateTime& now) const;
};

} // namespace lectern
