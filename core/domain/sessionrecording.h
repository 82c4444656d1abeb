#pragma once

#include "user.h"

namespace lectern {

struct SessionRecording {
    Id id = 0;
    Id sessionId = 0;
    QString title;
    QString description;
    QString videoUrl;
    QString thumbnailUrl;
    qint64 durationSeconds = 0;
    double fileSizeMb = 0.0;
    ProcessingStatus processingStatus = ProcessingStatus::Ready;
    bool isPublic = false;
    bool requiresEnrollment = true;
    qint64 viewsCount = 0;
    qint64 downloadsCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString durationFormatted() const;
};

struct RecordingView {
    Id id = 0;
    Id recordingId = 0;
    Id userId = 0;
    qint64 watchDurationSeconds = 0;
    qint64 lastPositionSeconds = 0;
    bool completed = false;
    QString deviceType;
    QString browser;
    QDateTime createdAt;
    QDateTime updatedAt;

    double watchPercentage(qint64 recordingSeconds) const;
};

// What a new recording is, as its maker gives it.
struct RecordingDraft {
    QString videoUrl;
    QString title;
    QString description;
    QString thumbnailUrl;
    qint64 durationSeconds = 0;
    double fileSizeMb = 0.0;
    ProcessingStatus processingStatus = ProcessingStatus::Ready;
    bool isPublic = false;
    bool requiresEnrollment = true;
};

// How far someone watched, as their player reports it.
struct ViewProgress {
    qint64 watchDurationSeconds = 0;
    qint64 lastPositionSeconds = 0;
    QString deviceType;
    QString browser;
};

} // namespace lectern
