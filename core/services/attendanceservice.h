#pragma once

#include "domain/sessionattendance.h"
#include "servicecontext.h"

namespace lectern {

inline constexpr int maxAttendanceNotesLength = 2000;

// Attendance for certification: computed when a session ends, checked by a person.
class AttendanceService {
public:
    explicit AttendanceService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<QList<SessionAttendance>> getAttendance(const User& actor, Id sessionId);
    // Every change a person or an import made to the session's records, oldest first.
    Result<QList<AttendanceChange>> attendanceHistory(const User& actor, Id sessionId);
    // Recomputes every participant's figure for an ended session; verified records keep their
    // status.
    Result<QList<SessionAttendance>> processAttendance(const User& actor, Id sessionId);
    // Present and Late count as present; sets verified_by and verified_at, and keeps the
    // change in the record's history.
    Result<SessionAttendance> verifyAttendance(const User& actor, Id attendanceId,
                                               AttendanceStatus status, const QString& notes);

private:
    ServiceContext m_context;
};

} // namespace lectern
