#pragma once

#include "user.h"

#include <optional>

namespace lectern {

struct SessionAttendance {
    Id id = 0;
    Id sessionId = 0;
    Id participantId = 0;
    Id userId = 0; // the participant's user, read with the row
    bool markedPresent = false;
    double attendancePercentage = 0.0;
    AttendanceStatus status = AttendanceStatus::Absent;
    std::optional<Id> verifiedBy;
    QDateTime verifiedAt;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One change a person made to an attendance record (verifying it, or merging a platform's
// report), kept so that what an admin certifies can be traced: who, when, before and after.
struct AttendanceChange {
    Id id = 0;
    Id attendanceId = 0;
    std::optional<Id> changedBy;
    QString changedByName; // read with the row; empty once the account is gone
    QDateTime changedAt;
    AttendanceChangeKind kind = AttendanceChangeKind::Verify;
    AttendanceStatus statusBefore = AttendanceStatus::Absent;
    AttendanceStatus statusAfter = AttendanceStatus::Absent;
    double percentageBefore = 0.0;
    double percentageAfter = 0.0;
    QString notesBefore;
    QString notesAfter;
    QString detail; // e.g. "Zoom report: 2 stints, 52 min"
};

} // namespace lectern
