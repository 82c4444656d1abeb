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

} // namespace lectern
